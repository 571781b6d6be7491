"""Quotation marks -> quotation spans over an item's paragraphs, any pairing of marks.

One left-to-right pass with a small stack, read again from where a quotation that never
closed must have ended (at most ``MAX_STRAY_OPENERS`` times): linear in the text, whatever
the marks.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from transforms.cues import (
    DASH_CLOSING_VERBS,
    MIN_WORDS_BEFORE_PRETERITE,
    NORDIC_SPEECH_VERBS,
    PORTUGUESE_DASH_VERBS,
    PORTUGUESE_PRETERITE,
    PRETERITE_LOOKALIKES,
    SLAVIC_SPEECH_VERBS,
    title_like,
)
from transforms.given_names import is_given_name
from transforms.paragraphs import MAX_CREDIT_LINE_WORDS
from transforms.persons import find_names, is_title_word
from transforms.speakers import CUE, PRONOUN

# Marks and the roles they can play; context (spaces around) and state decide.
GUILLEMETS_OPEN = "«‹"
GUILLEMETS_CLOSE = "»›"
LOW_OPEN = "„‚"
DOUBLE_LEFT, DOUBLE_RIGHT, STRAIGHT = "“", "”", '"'
SINGLE_LEFT, SINGLE_RIGHT = "‘", "’"
ALL_MARKS = frozenset(GUILLEMETS_OPEN + GUILLEMETS_CLOSE + LOW_OPEN + '“”"‘’')
SPACE_BEFORE_OPEN = frozenset(" \n([{—–-/:")  # a colon too: 'gileyləndi:"Qərara ...'
SPACE_AFTER_CLOSE = frozenset(" \n.,;:!?)]}…—–-")
MAX_NESTING = 8
TRAILING_PUNCTUATION = " ,;:–—-"
# Which opening marks a closing mark pairs with, when several quotations are open: a closer
# closes its own opener even past a stray inner mark that was never closed.
PARTNERS: dict[str, str] = {
    "»": "«",
    "«": "»",
    "›": "‹",
    "‹": "›",
    "“": "„",
    "”": "“„",
    '"': '"',
    "‘": "‚",
    "’": "‘‚",
}
# Dash-introduced speech (ru, uk, bg...): "— Text, — said he." opens at a paragraph start.
DASHES = "—–"
DASH_CLOSE_BEFORE = frozenset(",.!?…")
DASH_OPENERS = frozenset(f"{dash} " for dash in DASHES)  # a dash and its space open speech
MARKS_AND_BREAKS = ALL_MARKS | frozenset(DASHES + "\n")


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """A quotation found in an item: character offsets and the paragraphs it covers."""

    start: int
    end: int
    open_mark: str
    close_mark: str
    closed: bool
    first_paragraph: int
    last_paragraph: int
    text: str


@dataclass(slots=True)
class _Open:
    mark: str
    position: int


def _context(text: str, i: int) -> tuple[bool, bool]:
    """Return (can open, can close) from the characters around the mark at ``i``."""
    left_blank = i == 0 or text[i - 1] in SPACE_BEFORE_OPEN
    right_blank = i + 1 >= len(text) or text[i + 1] in SPACE_AFTER_CLOSE
    return left_blank and not right_blank, right_blank and not left_blank


def _role(
    mark: str,
    opens: bool,
    closes: bool,
    stack: list[_Open],
    single_primary: bool = False,
    nests: bool = False,
) -> str:
    """Return "open", "close" or "skip" for one mark, given context and the open quotes.

    ``single_primary``: the item quotes with ‘ ’ (Dutch, British English), so ‘ opens a
    quotation outside any other too. ``nests``: a straight mark has marks enough after it in
    its paragraph to close a nested quotation and the outer one.
    """
    inside = bool(stack)
    if mark in GUILLEMETS_OPEN:
        if inside and stack[-1].mark in GUILLEMETS_CLOSE and not opens:
            return "close"  # German »...«
        return "open"
    if mark in GUILLEMETS_CLOSE:
        if inside and stack[-1].mark in GUILLEMETS_CLOSE and stack[-1].mark != mark and opens:
            return "open"  # German »... ›nested‹ ...«: the single one opens inside the double
        return "close" if inside else ("open" if opens else "skip")
    if mark in LOW_OPEN:
        return "open" if mark == "„" or opens else "skip"
    if mark in (DOUBLE_LEFT, DOUBLE_RIGHT, STRAIGHT):
        if inside and mark == STRAIGHT == stack[-1].mark and opens and not closes and nests:
            return "open"  # '"... І ці "хлопчики" - не перші ..."': nested, the same marks
        if inside:
            return "open" if opens and stack[-1].mark != mark else "close"
        return "open" if opens or (mark == DOUBLE_LEFT and not closes) else "skip"
    if mark == SINGLE_LEFT:
        if inside and stack[-1].mark == "‚" and not opens:
            return "close"  # German ‚nested‘
        return "open" if opens and (inside or single_primary) else "skip"
    if mark == SINGLE_RIGHT:
        return "close" if inside and stack[-1].mark in "‘‚" and not opens else "skip"
    return "skip"


def _quotes_in_single_marks(text: str, positions: list[int]) -> bool:
    """Return True when ‘ ’ are the item's quotation marks: every ‘ that opens outside double
    quotes and guillemets finds its ’ before the next such ‘ or quotation.

    ’ is also the apostrophe (l’île, boats’), so ‘ decides. A stray ‘ (a scare quote left
    open, ‘ndrangheta) leaves the item as it was: the quotation it would swallow says so.
    ``positions`` are the item's marks (``_mark_positions``), read once for both passes.
    """
    if SINGLE_LEFT not in text:
        return False  # most items: no ‘ to open anything
    pairs = 0
    pending = False  # a ‘ opened at the top level, its ’ not seen yet
    opened = 0  # where the pending ‘ stands
    depth = 0  # inside double quotes or guillemets, ‘ is the nested mark it always was
    nested = 0  # double quotes inside the pending ‘ (‘Ze noemen dit een “spookdorp”.’)
    inner = 0  # single quotes nested in a pending ‘ that opened its paragraph
    for i in positions:
        ch = text[i]
        if ch not in ALL_MARKS:
            continue  # a dash or a paragraph end
        opens, closes = _context(text, i)
        if ch in DOUBLE_OPENERS or (ch == STRAIGHT and opens):
            if pending and not _nests_in_single(text, opened, ch):
                return False  # « » or „ “ inside an unclosed ‘: that ‘ quoted nothing
            if pending:
                nested += 1  # British and Dutch style: “...” nested in ‘...’
            else:
                depth += 1
        elif ch in DOUBLE_CLOSERS or (ch == STRAIGHT and closes):
            if pending and nested:
                nested -= 1
            else:
                depth = max(depth - 1, 0)
        elif ch == SINGLE_LEFT and opens and depth == 0 and not _elision(text, i):
            if pending and not _opens_paragraph(text, i) and _opens_paragraph(text, opened):
                # "‘During the campaign I was described as a ‘bloody difficult woman’ – and
                # ...’": a whole paragraph's quotation nests its own
                inner += 1
                continue
            if pending and not (_opens_paragraph(text, i) and _opens_quotation(text, opened)):
                return False
            # a quotation that opened its paragraph and ran past its end: ‘ opens the next
            # paragraph again ("‘In drie jaar ... juf.¶‘Maar de tunnel ...’, zegt ze")
            pending, opened = True, i
        elif ch == SINGLE_RIGHT and closes and pending and not nested and inner:
            inner -= 1
        elif ch == SINGLE_RIGHT and closes and pending and not nested:
            pending, pairs = False, pairs + 1
    # a ‘ still open, or one whose nested quotation never closed, quoted nothing; but after
    # pairs enough to show the convention, a last ‘ that opens a quotation (its paragraph,
    # or after a colon) was cut off at the item's end ("merkt nog dit op: ‘De aanstelling
    # ..." as a page's excerpt ends)
    cut_off = (
        pending
        and not nested
        and pairs >= MIN_PAIRS_BEFORE_A_CUT
        and _opens_quotation(text, opened)
        and "\n" not in text[opened:].rstrip()  # in the last paragraph: nothing to swallow
        and _cut_off_after(text, opened)
    )
    return pairs > 0 and (not pending or cut_off)


MIN_PAIRS_BEFORE_A_CUT = 2


def _cut_off_after(text: str, opened: int) -> bool:
    """Return True when the ‘ at ``opened`` reads as a quotation the excerpt cut off: the
    text stops mid-sentence or on an ellipsis, or the ‘ follows a colon ("merkt nog dit op:
    ‘De aanstelling ... landschap."); not a paragraph's ‘Tis or a title closing a sentence."""
    end = text.rstrip()
    before = _before_spaces(text, opened)
    return (
        end[-1:] not in ".!?" or end.endswith(("…", "...")) or (before >= 0 and text[before] == ":")
    )


DOUBLE_OPENERS = frozenset(GUILLEMETS_OPEN + "„“")
NESTED_IN_SINGLE = frozenset('“"')  # the double marks a ‘ ’ quotation nests


def _nests_in_single(text: str, opened: int, mark: str) -> bool:
    """Return True when the double mark ``mark`` may open inside the ‘ at ``opened``: “ and "
    always (British and Dutch style), « in a ‘ that opens a sentence with a capital (a
    Spanish review's headline: ‘Sánchez no dimite: «Sigo al frente»’), not in a stray ‘
    before a word (‘ndrangheta)."""
    if mark in NESTED_IN_SINGLE:
        return True
    end = text.find("\n", opened)
    return (
        mark == "«"
        and text[opened + 1 : opened + 2].isupper()
        and "»’" in text[opened : end if end >= 0 else len(text)]  # closed in the paragraph
    )


DOUBLE_CLOSERS = frozenset(GUILLEMETS_CLOSE + "”")


def _opens_quotation(text: str, i: int) -> bool:
    """Return True when the ‘ at ``i`` opens its paragraph or follows a colon (``neemt het
    met humor: ‘De kinderen ...``): a quotation that may run on to the next paragraph."""
    before = _before_spaces(text, i)
    return _opens_paragraph(text, i) or (before >= 0 and text[before] == ":")


def _before_spaces(text: str, i: int) -> int:
    """Return the index of the last character before ``i`` that is no space (-1 if none):
    no slice of the text before, as this runs at every mark of a long item."""
    before = i - 1
    while before >= 0 and text[before] in " \u00a0":
        before -= 1
    return before


def _inside_word(text: str, i: int) -> bool:
    """Return True for a mark with a letter on each side (``Sa’n``), or a digit before a
    lowercase suffix (Turkish ``yüzde 5’in``)."""
    if not 0 < i < len(text) - 1 or not text[i + 1].isalpha():
        return False
    return text[i - 1].isalpha() or (text[i - 1].isdigit() and text[i + 1].islower())


def _opens_paragraph(text: str, i: int) -> bool:
    """Return True when the mark at ``i`` opens its paragraph."""
    return i == 0 or text[i - 1] == "\n"


def _elision(text: str, i: int) -> bool:
    """Return True for a ‘ typed for an elision: ‘90s, ‘s avonds, ‘S-Hertogenbosch, rock ‘N’
    roll; not a capital word of one letter opening a quotation (‘I have ...’)."""
    following = text[i + 1 : i + 3]
    return following[:1].isdigit() or (
        len(following) == 2
        and following[0].isalpha()
        and following[1] in " ’'-"
        and not (following[0].isupper() and following[1] == " ")
    )


def _clean(text: str) -> str:
    """Return quotation text on one line, without the punctuation that ends the clause."""
    return " ".join(text.split()).strip(TRAILING_PUNCTUATION)


@dataclass(slots=True)
class _Scan:
    """The state of one left-to-right pass over an item's marks."""

    found: list[QuoteSpan]
    stack: list[_Open]
    continuation_marks: list[int]
    speech_resumes: bool = False  # dash speech paused by the author's words in this paragraph
    # Once an item has spoken in dashes, a later paragraph opening with a dash is speech too,
    # even with no verb of its own: "– Vi kommer inte ..." after a line of narration.
    dash_speech_seen: bool = False


# How many times an item is read again after a quotation mark that never closed (each
# reading goes on from where that quotation ends): a bound that keeps the scan linear.
MAX_STRAY_OPENERS = 8


def find_quotes(paragraphs: list[str]) -> list[QuoteSpan]:
    """Return the quotations of one item whose paragraphs are given in order.

    A mark that opens and never closes (``« Le représentant ... « envahisseur » (sic). «
    L'Azerbaïdjan ... », titre « Ekho »``, a slip of real reviews) would nest every later
    quotation inside it: its quotation ends where the text shows it must have (``_stray_end``)
    and the marks after that are read again, so one slip costs one quotation, not the item's.
    """
    text = "\n".join(paragraphs)
    starts = [0]
    for paragraph in paragraphs[:-1]:
        starts.append(starts[-1] + len(paragraph) + 1)
    positions = _mark_positions(text)
    single_primary = _quotes_in_single_marks(text, positions)
    scan = _Scan([], [], [])
    _read_marks(text, starts, positions, scan, single_primary)
    for _ in range(MAX_STRAY_OPENERS):
        if not scan.stack or scan.stack[0].mark in DASHES:
            break
        stray, marks = scan.stack[0], scan.continuation_marks
        end = _stray_end(text, starts, stray, marks)
        if end >= len(text):
            break  # left open at the end of the item: the quotation runs to its end
        scan.found.append(_span(text, starts, stray, end, "", [m for m in marks if m < end]))
        scan.stack, scan.continuation_marks, scan.speech_resumes = [], [], False
        rest = positions[bisect.bisect_left(positions, end) :]
        _read_marks(text, starts, rest, scan, single_primary)
    if scan.stack and scan.stack[0].mark in DASHES:
        scan.found += _dash_spans(text, starts, scan.stack[0], len(text), scan.continuation_marks)
    elif scan.stack:
        scan.found.append(
            _span(text, starts, scan.stack[0], len(text), "", scan.continuation_marks)
        )
    return scan.found


def _read_marks(
    text: str, starts: list[int], positions: list[int], scan: _Scan, single_primary: bool
) -> None:
    """Read the marks at ``positions`` in order, adding the quotations they close to
    ``scan.found``; what is still open at the end stays on ``scan.stack``."""
    paragraph_starts = set(starts)
    for i in positions:
        ch = text[i]
        stack = scan.stack
        if stack and stack[0].mark in DASHES and _ends_dash_speech(text, i):
            scan.found += _dash_spans(
                text, starts, stack[0], _dash_end(text, i), scan.continuation_marks
            )
            scan.stack, scan.continuation_marks = [], []
            scan.speech_resumes = ch != "\n"
            continue
        if ch == "\n" or ch in DASHES:
            if not stack and (
                (i in paragraph_starts and _opens_dash_speech(text, i, scan.dash_speech_seen))
                or (scan.speech_resumes and _resumes_dash_speech(text, i))
            ):
                stack.append(_Open(ch, _speech_opens_at(text, i)))
                scan.dash_speech_seen = True
            elif not stack and i not in paragraph_starts and _opens_speech_inside(text, i):
                stack.append(_Open(ch, i))
            scan.speech_resumes = scan.speech_resumes and ch != "\n"
            continue
        if (
            stack
            and i in paragraph_starts
            and _continues(ch, stack)
            and not _ends_at_start(text, i)
        ):
            scan.continuation_marks.append(i)  # « re-opened at each paragraph of a long quotation
            continue
        opens, closes = _context(text, i)
        if ch == SINGLE_LEFT and _elision(text, i):
            opens = False  # ‘90s, ‘s avonds: an apostrophe typed the other way round
        if ch == SINGLE_RIGHT and _inside_word(text, i):
            continue  # Frisian "Sa’n", "zo’n" inside a ‘ ’ quotation: an apostrophe
        if ch == STRAIGHT and not (opens or closes or stack) and _spaced_opener(text, i):
            opens = True  # French spacing typed with straight marks: de " regarder ... "
        if ch == STRAIGHT and not (opens or closes or stack) and _glued_after_a_stop(text, i):
            opens = True  # a space lost after a sentence: 'a-t-elle nuancé."Les États ...'
        if ch == STRAIGHT and stack and stack[-1].position == i - 1 and stack[-1].mark in "„«“‹":
            opens, closes = True, False  # „"Muttis" Entscheidungen ...“: nested at once
        nests = ch == STRAIGHT and bool(stack) and _closes_nested_and_outer(text, i)
        role = _role(ch, opens, closes, stack, single_primary, nests)
        if role == "open" and len(stack) < MAX_NESTING:
            stack.append(_Open(ch, i))
        elif role == "close" and stack:
            outer = stack[0]
            del stack[_closed_index(ch, stack) :]
            if not stack:
                scan.found.append(_span(text, starts, outer, i, ch, scan.continuation_marks))
                scan.continuation_marks = []


def _closes_nested_and_outer(text: str, i: int) -> bool:
    """Return True when the straight marks after ``i`` to its paragraph's end are an even
    number, two or more: the nested quotation's close, pairs at most, then the outer one's
    ('"... ці "хлопчики" - не перші ... були "наїзди" ... не вийде"'); one alone closes both
    ('"... кандидатуру від "Слуги народу", - сказала X'), as typed with one mark."""
    end = text.find("\n", i)
    after = text.count(STRAIGHT, i + 1, len(text) if end < 0 else end)
    return after >= 2 and after % 2 == 0


def _glued_after_a_stop(text: str, i: int) -> bool:
    """Return True for a straight mark between a word's full stop and a capital, with no
    space on either side (``nuancé."Les États``): the space after the sentence was lost."""
    line_start = text.rfind("\n", 0, i) + 1
    return (
        2 <= i < len(text) - 1
        and text[i - 1] in ".!?"
        and text[i - 2].isalpha()
        and text[i + 1].isupper()
        # none left open before it on its line: 'a répondu,"Nous ... année."Le' closes one
        and text.count(STRAIGHT, line_start, i) % 2 == 0
    )


def _spaced_opener(text: str, i: int) -> bool:
    """Return True for a straight mark with a space on each side and a word after the space
    (``a demandé de " regarder son histoire "``): French spacing, typed with the straight
    mark in place of « », opens when another one follows to close it; a mark between spaces
    before a digit or a dash does not."""
    return (
        i + 2 < len(text)
        and text[i + 1] in " \u00a0"
        and text[i + 2].isalpha()
        and (i == 0 or text[i - 1] in " \u00a0\n(")
        # a mark to close it ahead, within a quotation's reach: a lone "x " y" quotes nothing
        and text.find(STRAIGHT, i + 1, i + MAX_INSIDE_SPEECH) >= 0
    )


# A transcript's turn opened by its speaker's name and a colon ("Peter Okwoche: But ...").
SPEAKERS_LABEL = re.compile(
    r"[A-ZÀ-ÞĀ-ŽА-ЯЁІЇЄҐ][\w'’.-]*(?: [A-ZÀ-ÞĀ-ŽА-ЯЁІЇЄҐ][\w'’-]*){0,2}:[ \u00a0]+\S"
)
MIN_LABEL_TURNS = 2
# Characters either side of a label searched for its other turn: bounded, so the paragraphs
# a stray quotation runs over are each read once at a fixed cost.
LABEL_TURN_REACH = 4000


def _persons_label(text: str, start: int) -> bool:
    """Return True when the paragraph at ``start`` opens on a person's full name and a colon
    ("Peter Okwoche: ...") that labels another paragraph too, not a word or a place
    ("First:", "Estados Unidos:")."""
    label = SPEAKERS_LABEL.match(text, start)
    if label is None:
        return False
    name = text[start : text.index(":", start)]
    found = find_names(name)
    if len(found) != 1 or found[0].single or found[0].text != name:
        return False
    # a transcript's label comes back ("Okwoche: ..." twice); "Dani Carvajal: ..." once in
    # a coach's list of the injured is inside his words
    low, high = max(0, start - LABEL_TURN_REACH), start + LABEL_TURN_REACH
    first = low == 0 and text.startswith(f"{name}: ")  # the item's first paragraph
    return text.count(f"\n{name}: ", low, high) + first >= MIN_LABEL_TURNS


# The author's words after a quotation whose closing mark was forgotten: ", a déclaré X".
STRAY_AUTHOR = re.compile(r",\s+")
SENTENCE_ENDS = frozenset(".!?…")
# What closes an incise after its verb: a comma, maybe after a pronoun (", a-t-il martelé, ",
# ", подчеркнул он, "); not ", said officials, who ...".
INCISE_REST = re.compile(r"[ \u00a0]*,")
# The marks that open a top-level quotation (not ‹ or ‚, which nest).
STRAY_NEXT_OPENERS = frozenset("«„" + DOUBLE_LEFT + STRAIGHT)


def _stray_end(text: str, starts: list[int], stray: _Open, continuation_marks: list[int]) -> int:
    """Return where the quotation opened by ``stray``, which no mark closed, ends.

    It runs over the paragraphs that re-open it (a long quotation) or hold no quotation
    marks (``Il a dit «jamais de la vie¶et encore moins demain``), and stops before a
    paragraph with quotations of its own; before that, at the author's words (``, a déclaré
    X``) or at a quotation mark opening a new sentence (``(sic). « L'Azerbaïdjan``), where
    its closing mark was forgotten.
    """
    reopened = set(continuation_marks)
    paragraph = bisect.bisect_right(starts, stray.position) - 1
    start = stray.position + 1
    while paragraph + 1 < len(starts):
        following = starts[paragraph + 1]
        end = starts[paragraph + 2] - 1 if paragraph + 2 < len(starts) else len(text)
        if following in reopened:
            start = following  # "« ...¶« ...": the long quotation's next paragraph
        elif any(text[i] in STRAY_NEXT_OPENERS for i in range(following, end)):
            break  # a paragraph with quotations of its own is no part of this one
        elif _persons_label(text, following):
            break  # "Peter Okwoche: But how ...": a transcript's next turn, another's words
        paragraph += 1
    limit = starts[paragraph + 1] - 1 if paragraph + 1 < len(starts) else len(text)
    for comma in STRAY_AUTHOR.finditer(text, start, limit):
        verb = CUE.match(text, comma.end())
        if verb is not None and not _incise(text, verb.end()):
            limit = comma.start()  # ", a déclaré X": the author; not ", ha detto, " inside
            break
    for i in range(start, limit):
        if text[i] in STRAY_NEXT_OPENERS and _opens_sentence(text, i):
            return i
    return limit


def _incise(text: str, end: int) -> bool:
    """Return True when a comma closes the author's words that end at ``end``, right away or
    after a subject pronoun: the author's aside inside the quotation."""
    if INCISE_REST.match(text, end):
        return True
    pronoun = PRONOUN.match(text, end + 1) if text[end : end + 1] == " " else None
    return pronoun is not None and INCISE_REST.match(text, pronoun.end()) is not None


def _opens_sentence(text: str, i: int) -> bool:
    """Return True when the mark at ``i`` follows a full stop and a space."""
    before = _before_spaces(text, i)
    return before < i - 1 and before >= 0 and text[before] in SENTENCE_ENDS


def _dash_spans(
    text: str, starts: list[int], opened: _Open, end: int, skipped: list[int]
) -> list[QuoteSpan]:
    """Return dash speech up to ``end``; speech closed by a Nordic ``, säger X`` has no
    closing dash: it ends at the comma, and a lowercase clause after ``säger X,`` resumes it
    (``– Turismen är viktig, säger Wangmo, men den får aldrig ...``)."""
    said = NORDIC_SPEECH_END.search(text, opened.position, end)
    if said is None:
        return [_span(text, starts, opened, end, "", skipped)]
    spans = [_span(text, starts, opened, said.start(), "", skipped)]
    resumed = NORDIC_RESUMED.match(text, said.end(), end)
    if resumed is not None and not _describes_speaker(text, resumed.end(), end):
        # Resumed speech keeps the dash it opened with, as resumed Russian dash speech does.
        spans.append(_span(text, starts, _Open(opened.mark, resumed.end() - 1), end, "", []))
    return spans


def _describes_speaker(text: str, start: int, end: int) -> bool:
    """Return True when the clause at ``start`` is "der er" + a title: the speaker's post."""
    match = RELATIVE_DER.match(text, start, end)
    return match is not None and is_title_word(match.group(1))


def _mark_positions(text: str) -> list[int]:
    """Return the offsets of quotation marks, dashes and paragraph ends, in order."""
    return [i for i, ch in enumerate(text) if ch in MARKS_AND_BREAKS]


# Swedish, Norwegian and Danish speech opens with a dash and closes with no mark before the
# reporting verb: "– Vi vill ha färre besökare, säger turistminister X till TT."
NORDIC_SPEECH_END = re.compile(rf"[,.!?…](?=\s+(?:{'|'.join(NORDIC_SPEECH_VERBS)})\b)")
# The author's words end at the next comma within a few words, and speech goes on in
# lowercase; a relative clause there ("siger X, som leder ...") goes on describing the
# speaker.
NORDIC_RESUMED = re.compile(r"[^,.!?\n]{1,60}?,\s(?!(?:som|hvor)\s)(?=[a-zåäöæø])")
# Danish "der er"/"der var" is "who is" before a title ("siger X, der er formand for ...")
# and "there is" before anything else ("..., der er ingen tvivl om").
RELATIVE_DER = re.compile(r"der (?:er|var) (?:\w+ ){0,2}?(\w+)")
# Danish and Norwegian wires may open speech with a hyphen-minus ("- Vi venter, siger X"):
# when every "- " line is such speech or comes right before it (the same speaker's first
# paragraph), they are speech; a text with any other "- " line keeps them all as bullets.
# Norwegian "sa" is left out: it is Romanian "să" without its diacritic ("sa spunem").
HYPHEN_SPEECH_END = re.compile(
    rf"[,.!?…]\s+(?:{'|'.join(v for v in NORDIC_SPEECH_VERBS if v != 'sa')})\b"
)
# Russian and Ukrainian wire copy typed with hyphens: "- Осенью ..., - сказал водитель". The
# hyphen before the verb becomes a dash as well, so the speech ends where its author begins.
SLAVIC_HYPHEN_SPEECH_END = re.compile(
    rf"(?<=[,.!?…])\s+[-–]\s+(?=(?:{'|'.join(SLAVIC_SPEECH_VERBS)})\b)"
)
# Polish and Czech put no comma before the dash: "- ... sama - powiedział burmistrz X". Only
# a past verb of speech followed by its author or a full stop ("- dodał."), not a present
# "- ocenia dziennik" nor "- mówi o reformie": a review's bullets end that way too.
WEST_SLAVIC_PAST_VERBS = tuple(
    v for v in DASH_CLOSING_VERBS if v.endswith(("ł", "ła", "l", "la")) and " " not in v
)
# A present verb counts before a given name and a surname ("- mówi Stanisław Wziątek
# (SLD)"): a review's bullet names its paper after it ("- ocenia dziennik").
WEST_SLAVIC_PRESENT_VERBS = (
    "mówi|dodaje|podkreśla|zaznacza|tłumaczy|przekonuje|twierdzi|uważa|wyjaśnia|przyznaje|"
    "stwierdza|zauważa|komentuje|odpowiada|argumentuje|ocenia|říká|dodává|uvádí|vysvětluje"
)
# The author's dash may be an en dash after a hyphen opening the line ("- Zakładam ... –
# mówił ... Władysław Kosiniak-Kamysz"); the present verb may take "nam" (to us) and an
# academic title before the name ("– mówi nam prof. Wiesław Godzic").
WEST_SLAVIC_HYPHEN_SPEECH_END = re.compile(
    rf"(?<=[\w,.!?…\"”»])\s+[-–]\s+(?=(?:{'|'.join(WEST_SLAVIC_PAST_VERBS)})(?:\.|\s+(?!że\b|o\b)\w)"
    rf"|(?:{WEST_SLAVIC_PRESENT_VERBS})\s+(?:nam\s+|mi\s+)?(?:(?:prof|dr|ks)\.\s+)?"
    rf"[A-ZĄĆĘŁŃÓŚŹŻČŘŠŽ]\w+\s+[A-ZĄĆĘŁŃÓŚŹŻČŘŠŽ]\w)"
)
# The hyphen that resumes the speech right after its author's sentence ("- ... - powiedział
# X. - Prosiliśmy ..."), in a line already read as speech.
HYPHEN_SPEECH_RESUMES = re.compile(r"[.!?…]\s+-\s+(?=\w)")


# An em dash glued to the punctuation closing a speech line's words, as Kommersant sets it
# ("— Раньше ... не едет,— говорит X.— Платят ..."): spaced, so the line reads as speech.
GLUED_SPEECH_DASH = re.compile(r"(?<=,)—(?= ?[a-zа-яёіїєґ])|(?<=\.)—(?= ?[A-ZА-ЯЁІЇЄҐ])")


# A turn's label on its own line, one to three words and a full stop or a colon ("Փաշինյան.",
# "Պատգամավոր.", "Корреспондент:"), over the turn it names.
TURN_LABEL = re.compile(
    r"^[ \t]*[^\W\d_][\w'’-]*(?:(?<=\b\w)\.)?"
    r"(?:[ \t]+[A-ZÀ-ÞĀ-žА-ЯЁІЇЄҐԱ-Ֆ][\w'’-]*){0,2}[ \t]*[.:][ \t]*$",
    re.MULTILINE,
)  # every word after the first capitalised: a name, not a short sentence ("Фермеры ..."); the
# first may be an initial ("С. Мардан:", "Д. Песков:")
MIN_LABELLED_TURNS = 2


def labelled_turns_as_dashes(text: str) -> str:
    """Return ``text`` with the dashed turns that stand right under a label line of their
    speaker ("Փաշինյան." ¶ "-Դուք հա՞յ եք:") made dash speech; two such turns at least, as a
    transcript has. A text with none is returned as it is."""
    if not LINE_DASH.search(text):
        return text
    lines = text.split("\n")
    dashed = [i for i in range(1, len(lines)) if TURN_DASH.match(lines[i])]
    turns = [i for i in dashed if TURN_LABEL.match(lines[i - 1])]
    spaced = [
        i
        for i in dashed
        if i not in turns
        and _under_a_label(lines, i)
        and TURN_DASH.sub("", lines[i], count=1)[:1].isupper()  # "- увеличить ...;": a point
    ]
    if spaced and len(turns) + len(spaced) == len(dashed):
        # labels over a blank line, when they label every turn ("С. Мардан:" ¶ ¶ "- ..."):
        # a transcript, not some turns of an interview whose others go unlabelled
        turns = sorted(turns + spaced)
    if len(turns) < MIN_LABELLED_TURNS:
        return text
    for i in turns:
        lines[i] = "— " + TURN_DASH.sub("", lines[i], count=1)
    return "\n".join(lines)


INITIAL_AND_SURNAME = re.compile(
    r"^[ \t]*[A-ZÀ-ÞĀ-žА-ЯЁІЇЄҐ]\.[ \t]*[A-ZÀ-ÞĀ-žА-ЯЁІЇЄҐ][\w'’-]+[ \t]*:[ \t]*$"
)


def _under_a_label(lines: list[str], index: int) -> bool:
    """Return True when the line above a blank line over ``index`` is a turn's label of an
    initial and a surname ("Д. Песков:" ¶ "" ¶ "- Ну, скорее позитивно.")."""
    if lines[index - 1].strip() or index < 2:
        return False
    # over a blank line, an initial and a surname only ("Д. Песков:"; not "Плюсы:",
    # "New York.", "The Good:")
    return INITIAL_AND_SURNAME.match(lines[index - 2]) is not None


# A line of an interview typed with a hyphen or an en dash ("- Televiziyalara çıxmırsınız?",
# "– ფულთან როგორი დამოკიდებულება გაქვს?"): its questions and answers alternate.
# A hyphen or an en dash opening a turn, its space after it or glued to the first letter
# ("–Elmar müəllim, ...?" ¶ "-Vəzifə insan üçün əbədi deyil.").
TURN_DASH = re.compile(r"^[-–](?: (?=\S)|(?=[^\W\d_]|[¿¡]))")  # Spanish "-¿Qué ...?" too
LINE_DASH = re.compile(r"^[-–]", re.MULTILINE)
MIN_DASHED_QUESTIONS = 2
ANSWER_ENDS = tuple('.!…"»”')  # an answer's sentence ends; a headline's does not
SAID_ENDS = (*ANSWER_ENDS, "?")  # how words said end, a question's too


def _asks(line: str) -> bool:
    """Return True for a turn that ends on a question mark (its closing marks aside)."""
    return line.rstrip(' "”»').endswith("?")  # "..., ya yox?!": an answer's outcry


def dashed_interview_as_speech(text: str) -> str:
    """Return ``text`` with the hyphens or en dashes opening an interview's turns made em
    dashes, the dash speech the quotation finder reads: every such line answers the
    question on the one before, ending as a sentence, or asks the next (the last line may be
    cut off); two questions at least, and a person introduced before them. A list of dashed
    points, headlines or questions, a FAQ or a poll is returned as it is. Armenian and
    Georgian interviews, whose questions go unmarked, are read first, run by run (see
    :func:`unmarked_interview`); a text with none is read the common way."""
    if not LINE_DASH.search(text) and not UNSEEN_NAMES_SCRIPTS.search(text):
        return text
    lines = text.split("\n")
    if UNSEEN_NAMES_SCRIPTS.search(text) and _armenian_or_georgian_interviews(lines):
        return "\n".join(lines)
    turns = [i for i, line in enumerate(lines) if TURN_DASH.match(line)]
    if not _exchange(lines, turns) and GLUED_ANSWER.search(text):
        # "- Ən çox sevdiyiniz gül?- Qızılgül.": a question and its answer on one line
        lines = _answers_apart(lines)
        turns = [i for i, line in enumerate(lines) if TURN_DASH.match(line)]
    if _exchange(lines, turns):
        for i in turns:
            lines[i] = "— " + TURN_DASH.sub("", lines[i], count=1)
        return "\n".join(lines)
    lines = text.split("\n")  # no exchange: the glued answers stay as they were
    if _loose_interviews(lines):
        return "\n".join(lines)
    return text


# A question's mark, then the dash of the answer glued on: "...sevdiyiniz gül?- Qızılgül."
GLUED_ANSWER = re.compile(r"\?[-–] ?(?=[^\W\d_\s]|[“«\"])")


def _answers_apart(lines: list[str]) -> list[str]:
    """Return ``lines`` with each dashed turn holding a question and its glued answer cut
    into two turns, a blank line between."""
    apart: list[str] = []
    for line in lines:
        glued = GLUED_ANSWER.search(line) if TURN_DASH.match(line) else None
        if glued is None:
            apart.append(line)
            continue
        answer = line[glued.start() + 1 :]
        apart += [
            line[: glued.start() + 1],
            "",
            answer if answer[1:2] == " " else answer[:1] + " " + answer[1:],
        ]
    return apart


def _exchange(lines: list[str], turns: list[int]) -> bool:
    """Return True when the dashed ``turns`` among ``lines`` are an interview's exchange:
    questions and answers in turn, two questions at least, a person introduced before."""
    asked = [_asks(lines[i]) for i in turns]
    if sum(asked) < MIN_DASHED_QUESTIONS:
        return False
    for position, question in enumerate(asked[:-1]):
        if question == asked[position + 1]:
            return False  # two questions, or two answers, in a row: no exchange
        answer = lines[turns[position]].rstrip()
        if not question and not answer.endswith(ANSWER_ENDS):
            return False  # "- В Москве выпал первый снег": a link list's headline, no answer
    # not a readers' FAQ or a poll: questions and answers, nobody's words
    return _someone_introduced("\n".join(lines[: turns[0]]))


def _loose_interviews(lines: list[str]) -> bool:
    """Make em dashes of the hyphens and en dashes opening the turns of each interview among
    ``lines`` whose turns do not go question, answer, question (a greeting answered, a
    prompt that is a statement, an answer in two turns): runs of dashed lines, blank lines
    between them, that :func:`loose_interview` reads as one. Return True when there was one.
    A hyphen before the author's words inside a turn becomes a dash too ("- Все хорошо, -
    отвечает X")."""
    found = False
    for run in _dashed_runs(lines, lambda line: TURN_DASH.match(line) is not None):
        turns = [TURN_DASH.sub("", lines[i], count=1) for i in run]
        if loose_interview(turns, _line_before(lines, run[0])):
            found = True
            for i, turn in zip(run, turns, strict=True):
                hyphen = lines[i].startswith("-")
                lines[i] = "— " + (_dashed_speech(turn, _slavic_author(turn)) if hyphen else turn)
    return found


MIN_LOOSE_TURNS = 4
QUOTE_OPENERS = tuple('«»„“"‚‘')
ASKED_BEFORE_AUTHOR = re.compile(r"\?[ \u00a0]+[-—–][ \u00a0]")


def asks_in_turn(turn: str) -> bool:
    """Return True for a turn that asks: it ends on its question, or the question ends its
    speech before the author's words ("— Как дела? – интересуется X."); "Почему? Потому что
    ..." answers itself, and "– Что будет с ценами? Эксперты ждут роста." is a news item."""
    return _asks(turn) or ASKED_BEFORE_AUTHOR.search(turn) is not None


def alternates(asking: list[bool]) -> bool:
    """Return True when turns go question, answer, question, ... (either first)."""
    return all(asked != following for asked, following in itertools.pairwise(asking))


def loose_interview(turns: list[str], lead: str) -> bool:
    """Return True when the texts of a run of dashed paragraphs read as an interview told by
    the order of its turns: four turns at least, none opening with a quotation mark, one
    asking at least and at most half of them (a list of questions), not in turn (a FAQ),
    each ending as a sentence (the last may be cut off; dashed headlines do not), two saying
    "I" or "you", under no lead announcing a list (a caption or a heading may stand right
    above, in an item of its own)."""
    if len(turns) < MIN_LOOSE_TURNS:
        return False
    asked = [asks_in_turn(turn) for turn in turns]
    asking = sum(asked)
    if any(_opens_with_a_quotation(turn) for turn in turns):
        return False  # a quote digest's lines ("- « ... », a déclaré X."), authors named
    if not asking or asking * 2 > len(turns) or alternates(asked):
        # a readers' FAQ goes question, answer, question: an interview that does so, a
        # person introduced before it, is read as an exchange
        return False
    if not all(turn.rstrip().endswith(SAID_ENDS) for turn in turns[:-1]):
        return False
    if sum(speaks_as_a_person(turn) for turn in turns) < MIN_PERSONAL_TURNS:
        return False  # headlines, decisions, a FAQ: nobody says "I" or "you"
    lead = lead.rstrip()
    if lead.endswith(":") and questions_answered(lead):
        return True  # "... jurnalistlərin suallarını cavablandırıb:": the questions follow
    return not lead.endswith((":", *LIST_ANNOUNCING_ENDS))


# A lead over an interview's turns says that someone named answered questions ("answered
# reporters' questions:", "ответил на вопросы журналистов:", "jurnalistlərin suallarını
# cavablandırıb:"): a noun of questions (stems) and a verb of answering in the past (not a
# reporter's "asked residents a question:", whose answers are many people's, nor a FAQ's
# "Questions and answers:"). Turkish "soru" only in its case forms ("sorumlu" is
# "responsible").
QUESTIONS_NOUN = re.compile(
    r"\b(?:questions|вопрос|питанн|питань|pytani|pytań|sorular|sorusu|sual|domande|pregunt|"
    r"pergunt|fragen|vragen)",
    re.IGNORECASE,
)
ANSWERED_VERB = re.compile(
    r"\b(?:answered|répondu|respondió|respondeu|rispos[eto]|beantwortet\w*|odpowiedział\w*|"
    r"ответил\w*|відповів|відповіла|cavablandır\w*|cavab verib|yanıtladı|cevapladı)",
    re.IGNORECASE,
)


def questions_answered(lead: str) -> bool:
    """Return True for a lead saying that someone named answered questions ("X
    jurnalistlərin suallarını cavablandırıb:"), not a FAQ's "Questions and answers:"."""
    return (
        QUESTIONS_NOUN.search(lead) is not None
        and ANSWERED_VERB.search(lead) is not None
        and _someone_introduced(lead)
    )


MAX_NAME_IN_MARKS_WORDS = 3


def _opens_with_a_quotation(turn: str) -> bool:
    """Return True for a turn opening with a quotation ("« ... », a déclaré X."), not with a
    name in marks with a case ending glued on (``"Partizan"la oyundan sonra ...``)."""
    text = turn.lstrip()
    if not text.startswith(QUOTE_OPENERS):
        return False
    closing = QUOTE_CLOSER.search(text, 1)
    if closing is None or not text[closing.end() : closing.end() + 1].isalpha():
        return True  # "« Jamais », a répondu X": a digest's quotation
    return len(text[1 : closing.start()].split()) > MAX_NAME_IN_MARKS_WORDS


QUOTE_CLOSER = re.compile('[»“”"]')  # not ’, an apostrophe as often (L’Europe)


# First- and second-person pronouns: people talking to each other say them; a list of
# headlines or decisions, or a FAQ's impersonal answers, do not. Not the words that are
# something else in another of the languages: Italian "i" (the; English "I" counts in
# capitals), French "du", English "was" (Polish "you"), German "ja", "sie", "ihr", Dutch "u".
PERSONAL_PRONOUNS = frozenset(
    str.split(
        "me my we us our you your je moi nous vous tu toi ich mich mir wir uns dich dir io mi "
        "noi voi ti yo nosotros vosotros usted ustedes eu nós você vocês ik wij jij jullie "
        "я мне меня мной мы нас нам вы вас вам ты тебя тебе ми ви ти мене мені тобі "
        "wy mnie ciebie ben biz sen siz bana beni bize size mən sən məni bizi sizi"
    )
)
MIN_PERSONAL_TURNS = 2
LETTER_WORD = re.compile(r"[^\W\d_]+")


def speaks_as_a_person(turn: str) -> bool:
    """Return True for a turn with a first- or second-person pronoun in it."""
    return any(
        word == "I" or word.casefold() in PERSONAL_PRONOUNS for word in LETTER_WORD.findall(turn)
    )


# Armenian and Georgian letters: scripts whose names the name finder often misses (Georgian
# has no capitals, Armenian names take case endings), so an interview's lead there is not
# asked to name its interviewee.
UNSEEN_NAMES_SCRIPTS = re.compile("[\u0530-\u058f\u10a0-\u10ff]")


# Armenian and Georgian interviews: a hyphen may be glued to the turn ("-Սրբազան, ..."), an
# Armenian question is marked on its stressed word ("չէ՞ր"), answers too ask rhetorically,
# and the paper's prompts are often statements: the turns need not alternate.
GLUED_TURN_DASH = re.compile(r"^[-–] ?(?=[\u0530-\u058f\u10a0-\u10ff(«„“\"])")
ARMENIAN_QUESTION = "\u055e"
# Armenian ends a sentence with "։" (or a colon typed for it) and trails off with "․․․".
ARMENIAN_GEORGIAN_ENDS = (*ANSWER_ENDS, "?", "\u0589", ":", "\u2024")
MIN_UNMARKED_TURNS = 3


def _armenian_or_georgian_interviews(lines: list[str]) -> bool:
    """Make em dashes of the hyphens and en dashes opening the turns of each Armenian or
    Georgian interview among ``lines`` (runs of dashed lines, blank lines between them, that
    :func:`unmarked_interview` reads as one); return True when there was one."""
    found = False
    for run in _dashed_runs(lines, _opens_unmarked_turn):
        turns = [GLUED_TURN_DASH.sub("", lines[i]).removeprefix("— ") for i in run]
        if unmarked_interview(turns, _line_before(lines, run[0])):
            found = True
            for i, turn in zip(run, turns, strict=True):
                lines[i] = "— " + turn
    return found


def _opens_unmarked_turn(line: str) -> bool:
    """Return True for a line opening an Armenian or Georgian turn: a glued or spaced hyphen
    or en dash before the letters or a quotation mark, or an em dash."""
    return GLUED_TURN_DASH.match(line) is not None or line.startswith("— ")


def _dashed_runs(lines: list[str], opens: Callable[[str], bool]) -> Iterator[list[int]]:
    """Yield the indices of each run of ``lines`` that ``opens`` (blank lines may stand
    between them; any other line ends the run): the turns an interview may be. The lines
    are read as they were when the reading began, so a caller may rewrite a run's lines."""
    run: list[int] = []
    for index, line in enumerate([*lines, "end"]):
        if opens(line):
            run.append(index)
            continue
        if not line.strip() and index < len(lines):
            continue  # the blank line between two turns
        if run:
            yield run
        run = []


def _line_before(lines: list[str], index: int) -> str:
    """Return the last line before ``index`` that is not blank, else ""."""
    return next((lines[i] for i in range(index - 1, -1, -1) if lines[i].strip()), "")


def unmarked_interview(turns: list[str], lead: str) -> bool:
    """Return True when the texts of a run of dashed paragraphs read as an Armenian or
    Georgian interview: three turns at least, some asking ('?' or '՞' inside a word) and some
    not (a list of questions), each ending as a sentence (the last may be cut off), under a
    lead that is no announcement of a list ("Կառավարությունը որոշեց՝")."""
    if len(turns) < MIN_UNMARKED_TURNS or not UNSEEN_NAMES_SCRIPTS.search(" ".join(turns)):
        return False
    asking = [_asks(turn) or ARMENIAN_QUESTION in turn for turn in turns]
    if not any(asking) or all(asking):
        return False
    if not all(turn.rstrip().endswith(ARMENIAN_GEORGIAN_ENDS) for turn in turns[:-1]):
        return False  # dashed headlines
    lead = lead.rstrip()
    if lead.endswith(":") and not ARMENIAN_LETTERS.search(lead):
        return False  # a Georgian (or any) colon announcing a list
    return bool(lead) and not lead.endswith(LIST_ANNOUNCING_ENDS)


# "՝", the Armenian comma a list hangs from, or a semicolon; Armenian papers type a colon for
# their full stop, so a colon announces nothing there.
LIST_ANNOUNCING_ENDS = ("\u055d", ";")
ARMENIAN_LETTERS = re.compile("[\u0530-\u058f]")


def _someone_introduced(lead: str) -> bool:
    """Return True when the text before an interview names a person in full, or is written
    in Armenian or Georgian letters."""
    return bool(UNSEEN_NAMES_SCRIPTS.search(lead)) or any(not n.single for n in find_names(lead))


# A dashed question and its dashed answer glued on one line ("—¿Cuál es su sueño?—Que no
# haya ningún niño ..."), as Spanish papers print short interviews.
GLUED_EXCHANGE = re.compile(r"^—(?! )([^\n]*?\?)—(?=[A-ZÀ-ÞÁÉÍÓÚÑ¿¡])", re.MULTILINE)
MIN_GLUED_EXCHANGES = 2  # one is a dash in a sentence as often


def glued_exchanges_split(text: str) -> str:
    """Return ``text`` with each dashed question glued to its dashed answer set as two
    turns, each its own paragraph opened by a spaced dash, when two lines at least are so
    glued; else ``text`` as it is."""
    if "?—" not in text or len(GLUED_EXCHANGE.findall(text)) < MIN_GLUED_EXCHANGES:
        return text
    return GLUED_EXCHANGE.sub(lambda match: f"— {match[1]}\n\n— ", text)


def glued_dashes_spaced(text: str) -> str:
    """Return ``text`` with the em dashes glued to a comma before the author's lowercase
    words, or to a full stop before speech resuming in capitals, inside its dash speech
    lines (lines opening with ``— ``) set apart by a space (``не едет, — говорит``); other
    dashes ("и т. д.— то есть"), other lines, and a text with none, as they are."""
    if ",—" not in text and ".—" not in text:
        return text
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if line.startswith("— "):
            lines[index] = GLUED_SPEECH_DASH.sub(_spaced, line)
    return "\n".join(lines)


def _spaced(match: re.Match[str]) -> str:
    """Return the glued dash with a space before it, and after it when none follows."""
    following = match.string[match.end() : match.end() + 1]
    return " —" if following == " " else " — "


def hyphen_speech_as_dashes(text: str) -> str:
    """Return ``text`` with the hyphens opening its Nordic or Slavic speech lines made em
    dashes (speech, never an en-dash item), and the hyphens around a Slavic author's words
    too, also where the speech opens inside a line; a text with none is returned as it is."""
    if "- " not in text:
        return text
    if INLINE_HYPHEN_OPENER.search(text):
        text = "\n".join(_inline_hyphen_speech(line) for line in text.split("\n"))
    lines = text.split("\n")
    nordic = [
        line.startswith("- ") and HYPHEN_SPEECH_END.search(line) is not None for line in lines
    ]
    authors = [_slavic_author(line[2:]) if line.startswith("- ") else None for line in lines]
    labelled = [
        line.startswith("- ") and _under_topic_label(lines, i) for i, line in enumerate(lines)
    ]
    collected = _collected_quotations(lines)
    credited = [
        line.startswith("- ") and _under_credit_line(lines, i) for i, line in enumerate(lines)
    ]
    speech = [
        n or a is not None or lab or c or cr
        for n, a, lab, c, cr in zip(nordic, authors, labelled, collected, credited, strict=True)
    ]
    if not any(speech):
        return text
    authored = any(author is not None for author in authors)
    converted = []
    nordic_next = False  # whether the next non-blank line closes on a Nordic reporting verb
    slavic_next = False  # ... or is Slavic speech, or the paragraph it goes on in
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index]
        if not line.strip():
            continue
        if line.startswith("- ") and _topic_label(line):
            continue  # "- О работе парламента:": a quote digest's topic over the speech
        if line.startswith("- "):
            # The speaker's first paragraphs come before the one that names them: a "- "
            # line over speech, or over the paragraph its speech goes on in ("...
            # socjotechnika - mówił ks. Boniecki"). A Slavic one is a sentence: not "-
            # Gazeta Wyborcza - 4 czerwca" over the first speech line, nor a list's point
            # under its announcement ("Najważniejsze:").
            sentence = line.rstrip(' "”»').endswith(tuple(".!?…"))
            first = slavic_next and sentence and not _under_a_colon(lines, index)
            announced = sentence and _announced_alone(lines, index)
            # a sentence alone between paragraphs of narration, in a text whose other
            # hyphens are speech with their author ("- Tu właśnie się trzeba wzorować ...")
            isolated = authored and not _beside_a_dash_line(lines, index)
            alone = (
                sentence
                and isolated
                and not _under_a_colon(lines, index)
                and not _source_before_hyphen(line[2:])  # "- Rzeczpospolita - ...": an item
                and _speech_above(lines, index)  # not a footnote or a photo's credit
            )
            if speech[index] or nordic_next or first or announced or alone:
                converted.append(index)
            elif not isolated or _source_before_hyphen(line[2:]):
                # a "- " line that is no speech: the text's hyphens are bullets ("- Dziennik
                # Wschodni, Gazeta Wyborcza - ...": a review's items)
                return text
            # else a footnote's or a caption's hyphen among authored speech: left as it is
        nordic_next = nordic[index]
        slavic_next = authors[index] is not None or (
            not line.startswith("- ") and _slavic_author(line) is not None
        )
    for index in converted:
        # the speeches a line of agency copy strings on after its first ("... - powiedział
        # premier. Jak podkreślił, ... - Dzisiaj nikt ... - mówił Tusk.")
        lines[index] = _inline_hyphen_speech(
            "— " + _dashed_speech(lines[index][2:], authors[index])
        )
        if collected[index] and index and lines[index - 1].strip():
            # a list of quotations typed with no blank line between: each its own paragraph
            lines[index] = "\n" + lines[index]
        if labelled[index]:
            # the topic over the speech joins the name's block as its last line, lowercase
            # and no bullet: what the speaker spoke about, neither a name nor a speech
            topic = _nonblank(lines, index, -1)
            lines[topic] = lines[topic][2:3].lower() + lines[topic][3:]
    return "\n".join(lines)


MAX_TOPIC_WORDS = 12  # "- О «газовой» политике правительства Тимошенко:"
# A noun of quotations, sayings or statements in the line announcing a list of them
# ("Rəsul Quliyevin ... söylədiyi fikirlərdən bəzi sitatları diqqətinizə çatdırırıq:").
QUOTATIONS_NOUN = re.compile(
    r"\b(?:sitat|цитат|quotes\b|quotations|zitate|citations|citas\b|frases|cytat|alıntı|"
    r"ციტატ|մեջբերում|высказыван|висловлюван|wypowiedzi)",
    re.IGNORECASE,
)


# The double marks a line of plain words or a question holds none of (‹ › are left out).
PLAIN_LINE_MARKS = frozenset('«»“”„"')


def holds_a_double_quotation_mark(text: str) -> bool:
    """Return True when ``text`` holds a double quotation mark (« » “ ” „ or ")."""
    return not PLAIN_LINE_MARKS.isdisjoint(text)


def _said_line(text: str) -> bool:
    """Return True for a list line that reads as someone's words: a sentence with no
    quotation marks of its own, not opened by another person's name ("Friedrich Merz nannte
    die Rede „enttäuschend“.")."""
    if not text.rstrip(' "”»').endswith(tuple(".!?…։")) or holds_a_double_quotation_mark(text):
        return False
    names = find_names(text[:MAX_NAME_LOOK])
    opening = names[0] if names and names[0].span.start == 0 and not names[0].single else None
    # a person's name, from its given name (not a body's: "İctimai Palata YAP-la ...")
    return opening is None or not is_given_name(opening.text.split()[0])


MAX_NAME_LOOK = 80  # characters of a list line read for the name opening it


def _collected_quotations(lines: list[str]) -> list[bool]:
    """Return, for each line, whether it is a "- " sentence in the run of them right under a
    line announcing quotations with a colon: each a quotation of whoever the line names."""
    collected = []
    under = False
    for line in lines:
        if line.startswith("- "):
            collected.append(under and _said_line(line[2:]))
            continue
        if line.strip():
            # someone's quotations: not "Подборка цитат недели:" over linked headlines
            under = (
                line.rstrip().endswith(":")
                and QUOTATIONS_NOUN.search(line) is not None
                and any(not name.single for name in find_names(line))
            )
        collected.append(False)
    return collected


def _topic_label(line: str) -> bool:
    """Return True for a short "- " line ending with a colon: what a quote digest's speaker
    speaks about, under the name and over the speech."""
    return line.rstrip().endswith(":") and len(line.split()) <= MAX_TOPIC_WORDS + 1


MIN_CREDITED_SPEECH_WORDS = 6  # a sentence of speech, not a list's item ("- Za całokształt.")
RATING = re.compile(
    r"\b(?:nota|ocena|оценка|оцінка|not|qiymət|rating)\s*:\s*\d|\d\s*/\s*10\b", re.IGNORECASE
)


def _under_credit_line(lines: list[str], index: int) -> bool:
    """Return True when the line right above ``lines[index]`` is a quote digest's credit:
    a full name opening it, a comma, the title, and a colon closing it ("Fazil Mustafa,
    millət vəkili:")."""
    above = index - 1
    if above < 0:
        return False
    line = lines[above].rstrip()
    if line.startswith("- ") or not line.endswith(":") or line.count(",") != 1:
        return False  # not "Jan Kowalski, prezes spółki, przedstawił plan:"
    if len(line.split()) > MAX_CREDIT_LINE_WORDS:
        return False
    name, role = line[:-1].split(",")
    speech = lines[index][2:].rstrip()
    if not role.strip()[:1].islower() or not speech[:1].isupper():
        # "Jan Kowalski, Szkoła Podstawowa nr 3:", "X, Y:" (two names), "- obaj zagrają": a
        # list's entry; the title after a digest's name is lowercase, its speech a sentence
        return False
    if not speech.endswith(tuple('.!?…»”"')) or len(speech.split()) < MIN_CREDITED_SPEECH_WORDS:
        return False
    if RATING.search(speech):
        return False  # "- Pewny w bramce, obronił rzut karny. Nota: 7.": a player's rating
    names = find_names(name)
    return bool(names) and not names[0].single and names[0].span.start == 0


def _under_topic_label(lines: list[str], index: int) -> bool:
    """Return True when the nearest line above ``lines[index]`` is a topic label closing a
    block that names a person in full and holds no "- " line: a quote digest's name, role
    and topic over the speech, not a notice's "- Місце проведення:" over its value."""
    above = _nonblank(lines, index, -1)
    if above < 1 or not lines[above].startswith("- ") or not _topic_label(lines[above]):
        return False
    # the name's block right over the label: "Виктор Ющенко," ¶ "Президент Украины"
    block = list(itertools.takewhile(lambda line: line.strip(), reversed(lines[:above])))
    return (
        bool(block)
        and not any(line.startswith("- ") for line in block)
        and any(not name.single for line in block for name in find_names(line))
    )


MAX_SOURCE_WORDS = 6  # "Dziennik Wschodni, Gazeta Wyborcza" before a review item's hyphen


def _source_before_hyphen(text: str) -> bool:
    """Return True when a few words with no stop open the line before a hyphen, as a
    review names its sources ("Dziennik Wschodni, Gazeta Wyborcza - З 1 квітня ...")."""
    head, hyphen, _ = text.partition(" - ")
    return (
        bool(hyphen)
        and len(head.split()) <= MAX_SOURCE_WORDS
        and not any(mark in head for mark in ".;:!?")
    )


# Speech in a paragraph: a quotation mark, or a hyphen opening speech inside it.
SPEECH_IN_PARAGRAPH = re.compile(r"[«»„“”\"]|\s-\s(?=[A-ZÀ-ÞĀ-žА-ЯЁЄІЇҐ])")


def _speech_above(lines: list[str], index: int) -> bool:
    """Return True when the nearest paragraph above holds speech (a quotation mark or a
    hyphen's speech inside it) or announces it with a colon: the "- " line goes on with it."""
    above = _nonblank(lines, index, -1)
    if above < 0:
        return False
    text = lines[above].rstrip()
    return text.endswith(":") or SPEECH_IN_PARAGRAPH.search(text) is not None


def _beside_a_dash_line(lines: list[str], index: int) -> bool:
    """Return True when the nearest line above or below ``lines[index]`` opens with "- "."""
    for step in (-1, 1):
        near = _nonblank(lines, index, step)
        if 0 <= near < len(lines) and lines[near].startswith("- "):
            return True
    return False


def _nonblank(lines: list[str], index: int, step: int) -> int:
    """Return the index of the nearest non-blank line from ``index`` on in the direction
    ``step`` (-1 above, 1 below), or one past the end (-1 or ``len(lines)``)."""
    index += step
    while 0 <= index < len(lines) and not lines[index].strip():
        index += step
    return index


def _under_a_colon(lines: list[str], index: int) -> bool:
    """Return True when the last non-blank line above ``lines[index]`` ends with a colon."""
    above = _nonblank(lines, index, -1)
    return above >= 0 and lines[above].rstrip().endswith(":")


def _announced_alone(lines: list[str], index: int) -> bool:
    """Return True for a "- " line alone between a clause that announces someone's words with
    a colon ("... запитавши в мера:") and a line of narration: one speaker's words in a text whose
    other hyphens are speech, where a list's points stand together under one word
    ("Najważniejsze:")."""
    above, below = _nonblank(lines, index, -1), _nonblank(lines, index, 1)
    if above < 0 or (below < len(lines) and lines[below].startswith("- ")):
        return False
    announcing = lines[above].rstrip()
    if not announcing.endswith(":") or len(announcing.split()) < MIN_ANNOUNCING_WORDS:
        return False
    # someone announced: a name or a title ("Міський голова ... продовжував глузувати:"),
    # not a document's words ("В документе говорится следующее:")
    return any(not n.single for n in find_names(announcing)) or any(
        is_title_word(word.strip(".,;:")) for word in announcing.split()
    )


MIN_ANNOUNCING_WORDS = 4  # a clause with its verb, not a label ("Najważniejsze:")


# Polish and Czech speech typed with hyphens inside a paragraph, after the author's sentence:
# "... zapytał, o czym ma mówić. - Jak się dorobić - odparł dźwiękowiec."
INLINE_HYPHEN_OPENER = re.compile(r"(?<=[.!?…:]) - (?=[^\W\d_])")


def _inline_hyphen_speech(line: str) -> str:
    """Return ``line`` with each speech opened by a hyphen after a sentence, and closed by a
    hyphen before a Slavic verb of speech, set in en dashes as the typeset text has them."""
    if line.startswith("- "):
        return line  # a speech line, read whole by the caller
    parts = []
    done = 0
    for opener in INLINE_HYPHEN_OPENER.finditer(line):
        if opener.start() < done or not line[opener.end()].isupper():
            continue
        reach = line[opener.end() : opener.end() + MAX_INLINE_SPEECH]
        author = _slavic_author(reach)
        if author is None or _author_hyphen_inside(reach[: author.start()]):
            continue  # no author after the speech, or another hyphen first: no dialogue
        close = opener.end() + author.start()
        parts += [line[done : opener.start()], " – ", line[opener.end() : close], " – "]
        done = opener.end() + author.end()
        # "- ... - odpowiedział X. - Mam nadzieję ...": the same speaker goes on
        stop = SENTENCE_STOP.search(line, done, done + MAX_INLINE_SPEECH)
        resumed = HYPHEN_SPEECH_RESUMES.match(line, stop.start()) if stop else None
        if resumed is not None and _slavic_author(_sentence_at(line, resumed.end())) is None:
            # not "- ... - powiedział X. - A my ... - odparła Y": another speaker answers
            parts += [line[done : resumed.start() + 1], " – "]
            done = resumed.end()
    return "".join(parts) + line[done:] if parts else line


MAX_INLINE_SPEECH = 600  # characters read after an inline hyphen for its author's hyphen
# Words after a hyphen inside the speech that no author's words open ("- by sprostać", "-
# jaka jest przyszłość", "- ani w Brukseli"): a dash of the speaker's own sentence.
SPEECH_DASH_WORDS = frozenset(
    str.split("by aby żeby jaka jaki jakie jak kto co który która które ani czy gdzie kiedy że")
)


def _author_hyphen_inside(speech: str) -> bool:
    """Return True when a spaced hyphen inside ``speech`` may open an author's words."""
    return any(
        speech[at + 3 :].split(" ", 1)[0].casefold() not in SPEECH_DASH_WORDS
        for at in (m.start() for m in re.finditer(" - ", speech))
    )


def _sentence_at(line: str, start: int) -> str:
    """Return the words of ``line`` from ``start`` to the next sentence stop (bounded)."""
    stop = SENTENCE_STOP.search(line, start, start + MAX_INLINE_SPEECH)
    return line[start : stop.end() if stop else start + MAX_INLINE_SPEECH]


def _slavic_author(line: str) -> re.Match[str] | None:
    """Return the hyphen before a Slavic author's words in a speech line, if there is one
    and it is the line's first (not "- ... - ucina X. ... - dodał": another author first)."""
    found = SLAVIC_HYPHEN_SPEECH_END.search(line)
    if found is not None:
        return found  # after a comma or a stop: "- Это - лучший вариант, - сказал X"
    found = WEST_SLAVIC_HYPHEN_SPEECH_END.search(line)
    if found is None or AUTHOR_HYPHEN_BEFORE.search(line[: found.start() + 1]):
        return None
    if _closes_a_quotation(line[: found.start()]):
        return None  # "- Słowacja: „...” - powiedział X": a review's bullet quoting someone
    return found


def _closes_a_quotation(before: str) -> bool:
    """Return True when ``before`` ends on a closing mark after more words than a name or
    a scare quote holds (not "czytelników "Gazety Wyborczej""): a quotation of its own."""
    if before[-1:] not in '"”»':
        return False
    opening = max(before.rfind(mark, 0, len(before) - 1) for mark in '"„“«')
    if not re.search(r"\w", before[:opening]):
        return True  # "- "Chłopi" - powiedział nam kierownik": a title alone, no speech
    return len(before[opening + 1 : -1].split()) > MAX_SCARE_QUOTE_WORDS


MAX_SCARE_QUOTE_WORDS = 3


# A hyphen before a past verb ("- powtórzył"), before a name ("- ucina rzecznik Rafał") or
# before up to three small words and a full stop ("- mówi wójt."): an author's words earlier
# in the line, where "ministrów - tylko są takie" is a dash in the speech.
AUTHOR_HYPHEN_BEFORE = re.compile(
    r"\s-\s+(?!(?:jaka|jaki|jakie|kto|co|który|która|które|ani|czy|gdzie|kiedy|jak|że|i|a|"
    r"albo|lub|ale|bo|czyli|což|který|která|kdo)\s)"
    r"(?:\w+(?:ł|ła|li|ły|l|la)\b|[a-ząćęłńóśźżěščřžýáíéůú]+(?:\s+[a-ząćęłńóśźżěščřžýáíéůú]+){0,2}"
    r"\s+[A-ZĄĆĘŁŃÓŚŹŻĚŠČŘŽ]|[a-ząćęłńóśźżěščřžýáíéůú]+(?:\s+[a-ząćęłńóśźżěščřžýáíéůú]+){1,2}\."
    rf"|(?:{WEST_SLAVIC_PRESENT_VERBS}|pyta|pytam|pytamy|dopytuje|ptá)\.)"
)  # not "- jak pan to określił - bandycki.": one word and a stop ends an aside


def _dashed_speech(line: str, author: re.Match[str] | None) -> str:
    """Return a hyphen speech line with its ``author``'s hyphen made a dash, and the hyphen
    resuming the speech right after the author's sentence, then the next author's hyphen."""
    if author is None:
        return line
    line = line[: author.start()] + " — " + line[author.end() :]
    start = author.start() + len(" — ")
    end = SENTENCE_STOP.search(line, start)
    resumed = HYPHEN_SPEECH_RESUMES.match(line, end.start()) if end else None
    if resumed is None:
        return line
    rest = line[resumed.end() :]
    following = _slavic_author(rest)
    if following is not None:
        rest = rest[: following.start()] + " — " + rest[following.end() :]
    return line[: resumed.start() + 1] + " — " + rest


SENTENCE_STOP = re.compile(r"[.!?…]")


# Spanish dialogue: the raya glued to the speech (``—Sin percebe no hay Navidad —lamenta
# Rodil—. Los restaurantes ...``), the author's words between a spaced raya and a glued one.
RAYA = "—"
RAYA_OPENS = re.compile(r"—[¿¡«\"]?[A-ZÀ-ÞÑ]")
RAYA_AUTHOR = re.compile(r"\s—[a-záéíóúñü]")
# Speech resumes after the author's closing raya only past a stop or a comma ("—. Los",
# "—, nadie"): "—dijo X— en declaraciones a la SER" goes on narrating.
RAYA_RESUMED = re.compile(r"[.,;]\s+(?=[¿¡«\"]?\w)")


def _speech_opens_at(text: str, i: int) -> int:
    """Return where dash speech at ``i`` opens: the dash itself, or for Spanish speech
    resumed after its author (``—lamenta Rodil—. Los ...``) the space before its words."""
    if text[i] == RAYA and text[i - 1 : i].isalpha():
        resumed = RAYA_RESUMED.match(text, i + 1)
        if resumed is not None:
            return resumed.end() - 1
    return i


def _raya_speech(text: str, i: int) -> bool:
    """Return True for a raya glued to a capital at a paragraph start whose paragraph then
    hands over to its author with a spaced raya before a lowercase word."""
    if RAYA_OPENS.match(text, i) is None:
        return False
    end = text.find("\n", i)
    author = RAYA_AUTHOR.search(text, i, end if end >= 0 else len(text))
    # the author's words open with a reporting verb ("—lamenta", "—dijo"): a bullet's
    # aside ("—Madrid —en el centro— ...") is no speech
    return author is not None and CUE.match(text, author.start() + 2) is not None


def _opens_dash_speech(text: str, i: int, seen: bool = False) -> bool:
    """Return True for ``— `` opening a paragraph of speech, not a dash bullet.

    Speech is announced by a colon ending the previous paragraph, or closed in its own
    paragraph by ``, — said he``, or follows dash speech ``seen`` earlier in the item.
    """
    if text[i] == RAYA and _raya_speech(text, i):
        return True
    if text[i] not in DASHES or text[i + 1 : i + 2] != " ":
        return False
    if seen:
        return True
    before = i - 1
    while before >= 0 and text[before].isspace():
        before -= 1
    if (
        before >= 0
        and text[before] == "."
        and TURN_LABEL.match(text, text.rfind("\n", 0, before) + 1, before + 1)
    ):
        return True  # "Փաշինյան." over "— ...": a transcript's turn under its speaker's label
    if before >= 0 and text[before] == ":":
        # "In evidenza sui quotidiani:" over "– Vaccini: ...;" and "– Sanità: ...;": a list's
        # points end with a semicolon, one after the other; speech ends with a stop
        return not _listed_point(text, i)
    line_end = text.find("\n", i)
    said = text[i : line_end if line_end >= 0 else len(text)].rstrip().endswith(SAID_ENDS)
    if before >= 0 and said and _credit_line_above(text, before):
        # "Владимир Путин, президент России" over "— Нужно ...": a quote digest's speaker
        return True
    if before >= 0 and text[before] == "?" and "\n" in text[before + 1 : i]:
        # an interview's answer under the paper's question
        return _exchange_goes_on(text, i) or _answered_before(text, before)
    end = text.find("\n", i)
    paragraph = text[i + 1 : end if end >= 0 else len(text)]
    if NORDIC_SPEECH_END.search(paragraph):
        return True
    if end >= 0 and _unmarked_interview_at(text, i):
        return True  # an interview told by its turns' order: Armenian, Georgian, or loose
    first_question = paragraph.rstrip().endswith("?") and text[end + 1 : end + 2] in DASHES
    if end >= 0 and first_question and _exchange_goes_on(text, end + 1):
        return True  # "— Скільки учнів?" ¶ "— Троє." ¶ "— А глини ...?": an interview
    if end >= 0 and _speech_next(text, end):
        return True  # "— Muslingerne ligger døde. ¶ — Vi venter, siger X": one speaker
    if dash_verb_in(paragraph, 1, len(paragraph)):
        return True  # "– Nie mogliśmy zaryzykować – mówi burmistrz"
    return any(f"{p} {d} " in paragraph for p in DASH_CLOSE_BEFORE for d in DASHES)


# A line naming who speaks in the dash paragraph under it, as quote digests set it: a
# person's name, a comma, a lowercase role, no closing punctuation ("Дмитрий Медведев,
# зампред Совбеза РФ").
MAX_CREDIT_LINE = 150


# "em Bruxelas", "in Brussels", "à Paris": where a byline's writer is, no role (not "de
# Vox", "from Labour": a party).
PLACE_ROLE = re.compile(r"(?:em|in|en|à|au|na|no|nel|im)\s+[A-ZÀ-Ý]")
NAME_PARTICLES = frozenset(str.split("de da do dos das del della di van von der den du la le"))


def credits_a_speaker(line: str, alone: bool = False, capital_title: bool = False) -> bool:
    """Return True for a line that is a person's full name, a comma and their role; with
    ``alone``, a full name alone on its line ("Владимир Путин") as well; with
    ``capital_title``, a role opened by a capitalised title ("João Lourenço, Presidente de
    Angola", "Olaf Scholz, Bundeskanzler") too."""
    line = line.strip()
    if len(line) > MAX_CREDIT_LINE or line.endswith(tuple(".!?:;…")):
        return False
    if ", " in line:
        name, role = line.split(", ", 1)
        titled = role[:1].islower() or (capital_title and is_title_word(role.split(" ", 1)[0]))
        if not titled or _reporters_role(role) or _place_alone(role):
            # "Anna Nowak, korespondentka PAP", "Rui Gomes, em Bruxelas": who writes, where
            return False
    elif alone:
        name = line
    else:
        return False
    words = name.split()
    # "Jerónimo de Sousa": a particle inside the name
    inside = [w for w in words[1:-1] if w in NAME_PARTICLES]
    if not all(word[:1].isupper() or word in inside for word in words):
        return False
    found = find_names(name)
    return len(found) == 1 and not found[0].single and found[0].text == name


# Stems of a journalist's trade: a byline's role, never a speaker's caption.
REPORTER_STEMS = (
    "korespond",
    "correspond",
    "dziennikar",
    "reporter",
    "journalist",
    "envoy",
    "inviat",
    "corresponsal",
    "periodist",
    "redakt",
    "redact",
    "staff",  # "staff writer"
    "columnist",
    "colunist",
    "enviad",
    "корреспондент",
    "кореспондент",
    "журналист",
    "журналіст",
    "редактор",
    "fotograf",
    "photograph",
    "muhabir",
    "müxbir",
)


MAX_BYLINE_PLACE_WORDS = 4  # "em Bruxelas", "in New York City"


def _place_alone(role: str) -> bool:
    """Return True for a byline's place after the name ("em Bruxelas"), not the venue of a
    credit that goes on ("au Grand Rendez-Vous iTélé/Europe1/Le Monde, dimanche 8 mars")."""
    return PLACE_ROLE.match(role) is not None and len(role.split()) <= MAX_BYLINE_PLACE_WORDS


def _reporters_role(role: str) -> bool:
    """Return True when a role's words name a journalist's trade."""
    return any(word.startswith(REPORTER_STEMS) for word in role.casefold().split())


def _credit_line_above(text: str, end: int) -> bool:
    """Return True when the line ending at ``end`` (its last character) credits a speaker."""
    return credits_a_speaker(text[text.rfind("\n", 0, end) + 1 : end + 1])


def _listed_point(text: str, i: int) -> bool:
    """Return True when the dash line at ``i`` and the next line, a dash line too, both end
    with a semicolon: points of a list."""
    end = text.find("\n", i)
    if end < 0 or not text[i:end].rstrip().endswith(";"):
        return False
    following = text.find("\n", end + 1)
    after = text[end + 1 : following if following >= 0 else len(text)]
    return after[:1] in DASHES and after.rstrip().endswith(";")


def _exchange_goes_on(text: str, answer: int) -> bool:
    """Return True when the dash paragraph at ``answer`` (under a question) answers a dashed
    question with narration after it, or is followed by another question and its dashed
    answer: an interview, not a list of dashed points under a heading that asks ("Что
    изменится с 1 января?") nor a list of dashed headlines."""
    end = text.find("\n", answer)
    asked = text.rfind("\n", 0, max(answer - 1, 0)) + 1
    if text[asked : asked + 1] in DASHES and (end < 0 or text[end + 1 : end + 2] not in DASHES):
        # "— Когда лодки вернутся?" ¶ "— Не раньше лета." ¶ narration: one exchange in dashes
        return True
    if end < 0:
        return False
    question_end = text.find("\n", end + 1)
    question = text[end + 1 : question_end if question_end >= 0 else len(text)]
    return (
        question.rstrip().endswith("?")
        and question_end >= 0
        and text[question_end + 1 : question_end + 2] in DASHES
    )


def _answered_before(text: str, question_end: int) -> bool:
    """Return True when the question ending at ``question_end`` follows a dashed answer to an
    earlier question: the exchange's last answer is speech too."""
    start = text.rfind("\n", 0, question_end) + 1
    if start == 0:
        return False
    answer_start = text.rfind("\n", 0, start - 1) + 1
    if text[answer_start : answer_start + 1] not in DASHES:
        return False
    question_start = text.rfind("\n", 0, max(answer_start - 1, 0)) + 1
    return answer_start > 0 and text[question_start : answer_start - 1].rstrip().endswith("?")


# Marks that quote (not the apostrophes ’ ‘ that words hold: м’ясо, l’État).
QUOTATION_MARKS = ALL_MARKS - {"’", "‘"}
MAX_INSIDE_SPEECH = 1500  # characters of speech, or of the sentence before its colon
# What ends the author's words before dash speech inside a paragraph.
SPEECH_LEAD_ENDS = frozenset(".!?…:")


def _opens_speech_inside(text: str, i: int) -> bool:
    """Return True for `` – `` opening speech after the author's words in one paragraph:
    "... mieszkańców. – Pod ziemią jest ... – mówi „Wyborczej”." (a Polish or Czech verb
    after a closing dash) or "... trzydzieści lat: – W latach 50. ..." (speech to the end)."""
    if (
        i < 3
        or text[i - 1] != " "
        or text[i - 2] not in SPEECH_LEAD_ENDS
        or text[i - 3].isdigit()  # "Praha 12. 5. – ...": a dateline
        or text[i + 1 : i + 2] != " "
        or not text[i + 2 : i + 3].isupper()
    ):
        return False
    # Bounded look-ahead and look-back keep the scan linear on a one-line megabyte.
    reach = min(len(text), i + 1 + MAX_INSIDE_SPEECH)
    end = text.find("\n", i, reach)
    paragraph = text[i + 1 : end if end >= 0 else reach]
    verb = dash_verb_in(paragraph, 0, len(paragraph))
    # Speech holds no other dash (a parenthesis, a list) and no quotation marks (a narration
    # sentence before a quotation of its own).
    speech = paragraph[: verb.start()] if verb else paragraph
    if any(ch in DASHES or ch in QUOTATION_MARKS for ch in speech):
        return False
    if verb:
        return True
    # After a colon, only when the sentence before has a reporting verb or names the person
    # who speaks ("..., Stanisław Kulik, sztygar: – W latach", "Zdaniem Wiśniewskiej ...: –"),
    # not a heading or a list ("Program konference: – ...", "Das Ergebnis der Prüfung: – ...").
    if text[i - 2] != ":":
        return False
    start = max(text.rfind("\n", max(0, i - MAX_INSIDE_SPEECH), i) + 1, i - MAX_INSIDE_SPEECH)
    lead = re.split(r"[.!?…]\s", text[start : i - 1])[-1]
    return CUE.search(lead) is not None or any(
        not name.single or name.text.casefold().endswith(SLAVIC_NAME_CASES)
        for name in find_names(lead)
    )


# Endings of Slavic surnames in an oblique case (Wiśniewskiej, Nowickim, Петровой): a name,
# where a capitalised German noun (Prüfung) is none.
SLAVIC_NAME_CASES = ("ej", "im", "ym", "ego", "em", "ą", "owi", "ой", "ым", "ого", "ому", "ої")


MAX_TURNS_READ = 50  # turns of a run read to tell an interview: a long list costs no more


def _unmarked_interview_at(text: str, i: int) -> bool:
    """Return True when the em dash paragraph at ``i`` opens a run of them that reads as an
    interview told by its turns' order: an Armenian or Georgian one (see
    :func:`unmarked_interview`), or one whose turns break the questions' rhythm (see
    :func:`loose_interview`)."""
    lead_end = text.rfind("\n", 0, i)
    lead = text[text.rfind("\n", 0, max(lead_end, 0)) + 1 : max(lead_end, 0)]
    turns: list[str] = []
    start = i
    while start < len(text) and len(turns) < MAX_TURNS_READ and text[start : start + 2] == "— ":
        end = text.find("\n", start)
        end = end if end >= 0 else len(text)
        turns.append(text[start + 2 : end])
        start = end
        while start < len(text) and text[start].isspace():
            start += 1
    if UNSEEN_NAMES_SCRIPTS.match(text, i + 2):
        return unmarked_interview(turns, lead)
    return loose_interview(turns, lead)


def _speech_next(text: str, end: int) -> bool:
    """Return True when the paragraph after the one ending at ``end`` is dash speech that
    names its author: Nordic (``— ..., siger X``) or Slavic (``— ... — powiedział X``)."""
    start = end
    while start < len(text) and text[start].isspace():
        start += 1
    if text[start : start + 2] not in DASH_OPENERS:
        return False
    stop = text.find("\n", start)
    stop = stop if stop >= 0 else len(text)
    return (
        NORDIC_SPEECH_END.search(text, start, stop) is not None
        or dash_verb_in(text, start + 1, stop) is not None
    )


def _resumes_dash_speech(text: str, i: int) -> bool:
    """Return True for `` — `` after the author's words: ``— ..., — сказал он. — Если ...``;
    in Spanish, the dash that closes them, then a stop or a comma and more words
    (``—lamenta Rodil—. Los restaurantes ...``)."""
    if text[i] == RAYA and text[i - 1 : i].isalpha():
        return RAYA_RESUMED.match(text, i + 1) is not None
    return (
        text[i] in DASHES
        and i >= 2
        and text[i - 1] == " "
        and text[i - 2] in DASH_CLOSE_BEFORE
        and text[i + 1 : i + 2] == " "
    )


def _continues(mark: str, stack: list[_Open]) -> bool:
    """Return True for a mark at a paragraph start that re-opens the open quotation.

    Spanish and Italian open each continued paragraph of a « quotation with »: at a
    paragraph start it cannot close anything.
    """
    if mark in GUILLEMETS_CLOSE and stack[0].mark in GUILLEMETS_OPEN:
        return True
    return mark not in GUILLEMETS_CLOSE + DOUBLE_RIGHT or mark == stack[0].mark


def _ends_at_start(text: str, i: int) -> bool:
    """Return True for a straight mark opening its paragraph before a stop or a comma
    (``". Il a ajouté``): a quotation cut by the line's end closes there, none re-opens."""
    if text[i + 1 : i + 4] == "..." or text[i + 1 : i + 2] == "…":
        return False  # '"...We shall go on': a long quotation going on after an ellipsis
    return text[i] == STRAIGHT and (i + 1 == len(text) or text[i + 1] in ".,;:!?)")


def _closed_index(mark: str, stack: list[_Open]) -> int:
    """Return the stack index a closing mark closes: its own opener if open, else the top."""
    partners = PARTNERS.get(mark, "")
    for index in range(len(stack) - 1, -1, -1):
        if stack[index].mark in partners:
            return index
    return len(stack) - 1


def _ends_dash_speech(text: str, i: int) -> bool:
    """Return True where dash-introduced speech ends: the paragraph end, ``, — `` or, in
    Polish and Czech, `` – mówi`` with no comma before the dash; in Spanish, the dash glued
    to the author's lowercase words (``... Cedeira —lamenta Rodil—.``)."""
    if text[i] == "\n":
        return True
    if text[i] == RAYA and text[i - 1 : i] == " " and text[i + 1 : i + 2].islower():
        return True
    if text[i] not in DASHES or i < 2 or text[i - 1] != " " or text[i + 1 : i + 2] not in (" ", ""):
        return False
    verb = DASH_VERB.match(text, i)
    if verb is not None and verb["preterite"] and verb["preterite"] in PRETERITE_LOOKALIKES:
        verb = None  # "– ... – enjeu national": a noun, no verb
    return text[i - 2] in DASH_CLOSE_BEFORE or verb is not None


# A dash and a Polish or Czech reporting verb after it: "– mówi", "– dodała".
DASH_VERB = re.compile(
    rf"[{DASHES}] (?:(?:{'|'.join(DASH_CLOSING_VERBS)})\b"
    # Brazilian "— ... — afirmou X.": the verb then its subject to the sentence's end; not
    # "— diz que ..." nor a list's point ("— ... — afirmou o governo em nota;")
    rf"|(?:{'|'.join(PORTUGUESE_DASH_VERBS)})\b(?![ \u00a0]+que\b)(?=[^\n;]*[.!?…](?:\s|$))"
    # any other preterite ("— reagiu Abel Ferreira."), only where it closes the paragraph: no
    # dash after it (not an aside, "— Meu pai — morreu em 2010 — sempre dizia ... — contou
    # X", nor Czech "– jsou"), no figure ("— Ibovespa — subiu 1,2%": a list's point)
    rf"|(?P<preterite>{PORTUGUESE_PRETERITE})\b(?![ \u00a0]+que\b)"
    rf"(?=[^\n;{DASHES}\d]*[.!?…](?:\s|$)))"
)


def dash_verb_in(text: str, start: int, stop: int) -> re.Match[str] | None:
    """Return the first dash and reporting verb closing speech in ``text[start:stop]``; a
    preterite no listed verb only after a sentence's words or its stop ("— Cuidado! —
    gritou"), not after a list's label ("— Correio Braziliense — publicou ...")."""
    for match in DASH_VERB.finditer(text, start, stop):
        if match["preterite"] is None:
            return match
        before = text[start : match.start()].strip()
        if match["preterite"].casefold() in PRETERITE_LOOKALIKES or title_like(before):
            continue  # "– ... – enjeu majeur", "— Banco Central do Brasil — elevou ...": a label
        if len(before.split()) >= MIN_WORDS_BEFORE_PRETERITE or before.endswith(tuple(".!?…,")):
            return match
    return None


def _dash_end(text: str, i: int) -> int:
    """Return where the speech text ends: before ``, — `` (the comma stays out)."""
    if text[i] == "\n":
        return i
    return i - 1


def _span(
    text: str, starts: list[int], opened: _Open, end: int, close_mark: str, skipped: list[int]
) -> QuoteSpan:
    """Return the QuoteSpan from an opening mark to ``end``, continuation marks removed."""
    start = opened.position + 1
    pieces, cursor = [], start
    for position in skipped:
        pieces.append(text[cursor:position])
        cursor = position + 1
    pieces.append(text[cursor:end])
    first = bisect.bisect_right(starts, opened.position) - 1
    last = bisect.bisect_right(starts, max(end - 1, start)) - 1
    return QuoteSpan(
        start=start,
        end=end,
        open_mark=opened.mark,
        close_mark=close_mark,
        closed=bool(close_mark),
        first_paragraph=first,
        last_paragraph=last,
        text=_clean("".join(pieces)),
    )


# A quote digest that marks none of its quotations: each entry's words alone in a
# paragraph, the paragraph under them in parentheses saying who said them ("Das ist
# deutsches Mäusekino. ¶ (Westerwelle über Bildungsinvestitionen ...)"). Two entries at
# least make the rhythm; one sentence over a parenthesis is an article's aside.
MIN_UNMARKED_ENTRIES = 2
MAX_UNMARKED_ENTRY_WORDS = 80
SENTENCE_STOPS = ".!?…"
DOUBLE_MARKS = DOUBLE_OPENERS | DOUBLE_CLOSERS | {'"'}  # not ’: it is an apostrophe too


def find_unmarked_entries(paragraphs: list[str], marked: list[QuoteSpan]) -> list[QuoteSpan]:
    """Return the unmarked digest entries of one item (see ``MIN_UNMARKED_ENTRIES``): a
    paragraph holding no double quotation mark and no marked quotation, ending a sentence, right
    over a paragraph that opens with a parenthesis. Their marks are empty."""
    inside = {p for span in marked for p in range(span.first_paragraph, span.last_paragraph + 1)}
    entries, start = [], 0
    for index, paragraph in enumerate(paragraphs[:-1]):
        own = paragraph.strip()
        if (
            index not in inside
            and own[-1:] in SENTENCE_STOPS
            and own[:1] not in "(["
            and paragraphs[index + 1].lstrip().startswith("(")
            and len(own.split()) <= MAX_UNMARKED_ENTRY_WORDS
            and not DOUBLE_MARKS.intersection(own)
        ):
            at = start + len(paragraph) - len(paragraph.lstrip())
            entries.append(QuoteSpan(at, at + len(own), "", "", True, index, index, own))
        start += len(paragraph) + 1
    return entries if len(entries) >= MIN_UNMARKED_ENTRIES else []
