"""Paragraphs: lines of a block into paragraphs, and repair of paragraphs broken mid-sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass

from transforms.cues import LANGUAGES
from transforms.markup import Line
from transforms.persons import VERB_WORDS, is_title_word
from transforms.records import Span

# ``։`` is the Armenian full stop, ``。！？`` the full-width ones.
TERMINAL = tuple('.!?…:;»"”“)։。！？')
# A block ending on a comma or a lone dash stops mid-sentence whatever the next one starts with
# (``Le président,`` / ``Vahagn Khatchatourian, a reçu ...``).
DANGLING = (",", " -", " –", " —")
OPENING_MARKS = '«»"“„‹—–-•'
BULLET_MARKS = frozenset("•◦▪‣·●■►▶➢➤✓✔")
# Pronouns that open sentences: after a block ending on a name, ``Il a ajouté`` is a new one.
SENTENCE_PRONOUNS = frozenset(
    (
        *("i", "he", "she", "it", "we", "you", "they", "il", "elle", "ils", "elles", "nous"),
        *("vous", "on", "er", "sie", "es", "wir", "ihr", "он", "она", "оно", "мы", "вы", "они"),
        *("я", "él", "ella", "ellos", "ellas", "nosotros", "lui", "lei", "loro", "noi", "voi"),
        *("egli", "essa", "o", "onlar", "biz", "siz", "ben", "ele", "ela", "eles", "elas", "nós"),
    )
)
# A tail opening with one of these closes a quotation cut from its paragraph (``», a dit``).
CLOSING_MARKS = "»”“"
AFTER_CLOSING = frozenset((",", ";", ".", "!", "?", "…", "", "—", "–", "-"))
QUOTE_OPENERS = "«„“\"‹‚'"
MIN_CLOSED_WORD = 3  # a word and its closing mark: "Transformacji”", not a lone "”"
# Title words that never end a title: a paragraph cut after one goes on with the title.
TITLE_MODIFIERS = frozenset(
    {"prime", "deputy", "vice", "acting", "first", "foreign", "defence", "defense", "interior"}
    | {"finance", "justice", "home", "trade", "health", "chief", "special", "senior"}
    | {"assistant", "under", "secretary"}
)
# A last word after a comma or one of these ends an enumeration (``Polónia e Estónia``).
LIST_CONJUNCTIONS = frozenset(
    ("and", "or", "et", "ou", "und", "oder", "и", "или", "y", "e", "o", "ed", "ve", "veya", "և")
)
REPAIR_VIEW = 200  # characters of a growing paragraph the repair checks read (> 2 headlines)
MAX_HEADLINE_CHARS = 60  # a line ending without punctuation this short may be a headline
MAX_TITLE_CASE_CHARS = 150
TITLE_SMALL_WORD = 3  # ``of``, ``and``, ``the`` stay lowercase in title case
TITLE_MIN_WORDS = 3
TITLE_CASE_SHARE = 0.75
SENTENCE_INSIDE = re.compile(r"[.!?։…]\s")
SENTENCE_END = re.compile(r"[.!?։…](?:\s|$)")
FRAGMENT_WORDS = 3
FRAGMENT_CHARS = 60
WRAP_MIN, WRAP_MAX = 55, 100
# A line ending this much short of the wrapping width (its next word would have fitted), or
# this much longer than it, ended on purpose.
WRAP_SLACK = 4
# The width is where wrapped lines pile up, never wider than they are: a next word that fits
# within it (one column spared) would have been put on the line by any wrapper.
FIT_SLACK = 1
SENTENCE_LINES = 0.6  # share of lines ending a sentence in text written one paragraph a line
WRAP_BAND = 12  # wrapped lines end within this many columns of the width
MIN_CUT_HEAD = 40  # a shorter block ending without punctuation may be a heading
# Lowercase prepositions, articles and conjunctions: a block never ends on one of them.
FUNCTION_WORDS = frozenset(
    word.casefold()
    for cues in LANGUAGES.values()
    for word in (*cues.articles, *cues.connectors, *cues.stop_words)
    if " " not in word and word.islower() and len(word) <= 5
) - {"me", "us", "it", "him", "her", "them", "lui", "elle", "er", "sie", "es", "он", "она"}
OPENING_WORDS = FUNCTION_WORDS | SENTENCE_PRONOUNS  # built once, read per paragraph


@dataclass(frozen=True, slots=True)
class RepairedParagraph:
    """A paragraph after repair, and whether broken pieces were joined into it."""

    line: Line
    repaired: bool


def ends_sentence(text: str) -> bool:
    """Return True when ``text`` ends with sentence-closing punctuation or a quote mark."""
    return text.rstrip().endswith(TERMINAL)


def is_caseless(ch: str) -> bool:
    """Return True for a letter of a script without capitals in running text (Georgian).

    Python calls Georgian Mkhedruli letters lowercase since Unicode added Mtavruli capitals,
    which Georgian sentences never use: such a letter can open a sentence or a heading.
    """
    return "\u10d0" <= ch <= "\u10ff" or (ch.isalpha() and not ch.islower() and not ch.isupper())


def starts_lowercase(text: str) -> bool:
    """Return True when the first letter-or-digit of ``text`` is a lowercase letter."""
    for ch in text:
        if ch.isalnum():
            return ch.islower() and not is_caseless(ch)
    return False


def ends_with_function_word(text: str) -> bool:
    """Return True when ``text`` ends with a preposition or article (``prévue le 15 octobre à``).

    Such a block is cut mid-sentence even when the next one starts with a capital (``Genève.``).
    """
    words = text[-40:].split()
    return bool(words) and words[-1].casefold() in FUNCTION_WORDS


def starts_new_paragraph(text: str) -> bool:
    """Return True when a line opens like a paragraph: capital, quote mark, dash or bullet."""
    first = text.lstrip()[:1]
    return bool(first) and (
        first.isupper() or first.isdigit() or first in OPENING_MARKS or is_caseless(first)
    )


def join_lines(first: Line, second: Line) -> Line:
    """Return the two lines joined by one space, bold spans kept in place."""
    if not first.text:
        return second
    offset = len(first.text) + 1
    shifted = tuple(Span(s.start + offset, s.end + offset) for s in second.bold)
    return Line(f"{first.text} {second.text}", first.bold + shifted)


def looks_hard_wrapped(lines_of_blocks: list[tuple[Line, ...]]) -> bool:
    """Return True when multi-line blocks look wrapped at a fixed width, like an e-mail.

    Either most inner lines are of one wrapping width (and not most of them end a sentence:
    short paragraphs one per line), or no line is longer than that width and several
    prose-long lines end mid-sentence: then a line that happens to end with a full stop is a
    wrap too, not a paragraph end.
    """
    inner = [line.text for lines in lines_of_blocks for line in lines[:-1]]
    if not inner:
        return False
    lengths = [len(text) for text in inner]
    wrapped = sum(WRAP_MIN <= n <= WRAP_MAX for n in lengths)
    ended = sum(ends_sentence(text) for text in inner)
    if len(inner) >= 5 and wrapped >= 0.8 * len(inner) and ended < SENTENCE_LINES * len(inner):
        return True
    cut = sum(len(text) >= MIN_CUT_HEAD and not ends_sentence(text) for text in inner)
    return max(lengths) <= WRAP_MAX and cut >= 2


def wrap_width(lines_of_blocks: list[tuple[Line, ...]]) -> int:
    """Return the width text was wrapped at: where the inner lines pile up.

    Wrapped at ``w`` columns, a line ends within a long word's length short of ``w``: the
    width is the smallest ``w`` with the most inner lines in ``(w - WRAP_BAND, w]``. A long URL,
    a line left unwrapped or a one-line paragraph does not widen it; lines cut early before
    a long word do not narrow it. Linear: a histogram of lengths, then one sweep.
    """
    counts = [0] * (WRAP_MAX + 1)
    for lines in lines_of_blocks:
        for line in lines[:-1]:
            if len(line.text) <= WRAP_MAX:
                counts[len(line.text)] += 1
    best, best_count, window = 0, 0, 0
    for width in range(WRAP_MAX + 1):
        window += counts[width] - (counts[width - WRAP_BAND] if width >= WRAP_BAND else 0)
        if window > best_count:
            best, best_count = width, window
    return best


def lines_to_paragraphs(lines: tuple[Line, ...], hard_wrapped: bool, width: int = 0) -> list[Line]:
    """Return the paragraphs of a block: a sentence end then a capital starts a new one.

    Files with one paragraph per line and no blank lines are common; in hard-wrapped text a
    line end means nothing unless the line stopped well short of the wrapping ``width``.
    """
    groups: list[list[Line]] = []
    previous_line = ""
    for line in lines:
        if groups and not _opens_paragraph(previous_line, line, hard_wrapped, width):
            groups[-1].append(line)
        else:
            groups.append([line])
        previous_line = line.text
    return [join_all(group) for group in groups]


# A dash line naming what a quote digest's entry is about, ending with the colon that
# announces the words: "— про свої лопати й городи:", "— on the budget:".
TOPIC_DASH_LINE = re.compile(
    r"^[–—]\s+(?:про|о|об|обо|щодо|on|about|sur|über|sobre|su)\s[^\n]{1,120}:\s*$"
)  # lowercase only: "— О чём ...:" is a question, "— O primeiro-ministro ...:" a turn
SENTENCE_OR_COLON = (".", "!", "?", "…", ":", ";")


def _credits_topic(previous: str, text: str) -> bool:
    """Return True for a topic's dash line under a credit's line: no sentence, colon or
    dash turn above it."""
    return (
        TOPIC_DASH_LINE.match(text) is not None
        and not previous.rstrip().endswith(SENTENCE_OR_COLON)
        and not previous.startswith(("–", "—"))
    )


# Words of a quote digest's credit line, here and in quotes.py ("Дмитрий Песков,
# пресс-секретарь президента РФ", "Vüqar Əliyev, sosial şəbəkə istifadəçisi:")
MAX_CREDIT_LINE_WORDS = 12
DASH_TURN = re.compile(r"^[–—]\s+[^\W\d_]")
# The line naming who conducted an interview ("Беседовал Иван Петров, корреспондент").
INTERVIEWER_WORDS = frozenset(
    str.split("беседовал беседовала беседовали розмовляв розмовляла розмовляли интервью інтерв'ю")
)


def _turn_under_credit(previous: str, text: str) -> bool:
    """Return True for a dash turn opening with a capital under a quote digest's credit
    line ("Name Surname, title"), which ends on no full stop."""
    words = previous.split()
    return (
        DASH_TURN.match(text) is not None
        and text[2:3].isupper()
        and previous.count(",") == 1  # not a jury's list of names
        and not text.rstrip().endswith("?")  # a reader's or an interviewer's question
        and words[0].casefold().rstrip(",") not in INTERVIEWER_WORDS
        and 2 < len(words) <= MAX_CREDIT_LINE_WORDS
        and words[0][:1].isupper()
        and words[1][:1].isupper()
        and not previous.startswith(("–", "—"))
    )


# A byline (``By X``, ``Par X``, ``Von X, dpa``, ``di X``): no sentence runs on from it, and
# the outline reads it as the text's credit, never a paragraph.
BYLINE = re.compile(
    r"^(?i:(?:written |posted |reported )?by|par|von|por|di|от|автор:?|yazan:?)"
    r"\s+[A-ZÀ-ÞĀ-žА-ЯЁЄІЇҐ][^\W\d_]+\s+[A-ZÀ-ÞĀ-žА-ЯЁЄІЇҐ]"
    r"[^.!?:;«»\"“”„]{1,50}$"
)


# A line crediting its words to the name before a spaced dash ("Donald Tusk - dziś ...",
# "ირაკლი ღარიბაშვილი - დღეს ..."): two such lines in a row are a list's, each its own
# paragraph, whether or not the one before ends as a sentence.
CREDITED_LINE = re.compile(r"^[^\W\d_]+(?: [^\W\d_]+){1,2} [-–—] [^\W\d_]")


def _opens_paragraph(previous: str, line: Line, hard_wrapped: bool, width: int) -> bool:
    """Return True when ``line`` starts a new paragraph rather than continuing ``previous``.

    A bullet always does, wrapped text or not. After a full stop, a capital does in text
    written one paragraph per line; in wrapped text a dash does (an item or a reply), and so
    does a capital when its first word would have fitted on the short line before: the
    writer broke the line on purpose.
    """
    if line.after_break:
        return False
    if line.text[:1] in BULLET_MARKS:
        return True
    if _credits_topic(previous, line.text):
        return False  # "... ВО «Свобода»" / "— про призначення ...:": a credit's topic
    if not hard_wrapped and _turn_under_credit(previous, line.text):
        return True  # "Дмитрий Песков, пресс-секретарь президента" / "— Сообщения ..."
    if not hard_wrapped and BYLINE.match(previous.strip()):
        return True  # "di Enrico Casale" over "Guterres in Somalia": no name runs on
    if not hard_wrapped and CREDITED_LINE.match(previous) and CREDITED_LINE.match(line.text):
        return True  # "ირაკლი ღარიბაშვილი - ..." over "გია ცაგარეიშვილი - ...": a list's lines
    if not ends_sentence(previous):
        return False
    if not hard_wrapped:
        return starts_new_paragraph(line.text)
    if line.text[:2] in ("– ", "— "):
        return True
    if width < WRAP_MIN or not starts_new_paragraph(line.text):
        return False
    first_word = line.text.split(" ", 1)[0]
    fits = len(previous) + 1 + len(first_word) <= width - FIT_SLACK
    unwrapped = len(previous) > width + WRAP_SLACK  # longer than the width: never wrapped
    return fits or unwrapped


def _year_tail(head: str, tail: str) -> bool:
    """Return True for a sentence cut before a number (``... by the end of`` / ``2026. ...``).

    The head must read as a sentence (long enough, ending in a lowercase word); a heading or
    a list line does not.
    """
    words = head[-40:].split()
    return (
        tail[:1].isdigit()
        and len(head) >= MIN_CUT_HEAD
        and bool(words)
        and words[-1].isalpha()
        and words[-1].islower()
    )


def _last_word(text: str) -> str | None:
    """Return the last word of ``text`` (after an elided article) when it is a plain word.

    A URL, an e-mail address, a number or a code is no word: a block may well end on one.
    """
    words = text[-60:].split()
    if not words:
        return None
    word = words[-1].replace("’", "'").rsplit("'", 1)[-1]  # ``l'Azerbaïdjan``: the noun
    return word if word and word.replace("-", "").isalpha() else None


def _name_opening(text: str) -> bool:
    """Return True when ``text`` opens with a name of two capitalised words then goes on in
    lowercase (``Nikol Pashinyan on the ...``): the rest of a sentence cut before a name."""
    words = text.split(None, 3)
    return (
        len(words) == 4
        and all(w[:1].isupper() and w[1:2].islower() for w in words[:2])
        and words[2][:1].islower()
    )


def _ends_a_list(text: str) -> bool:
    """Return True when ``text`` ends with an enumeration (``..., Polónia e Estónia``)."""
    words = text[-60:].split()
    return len(words) >= 2 and (
        words[-2].endswith(",") or words[-2].casefold() in LIST_CONJUNCTIONS
    )


def reads_as_headline(text: str) -> bool:
    """Return True for a line that may stand alone as an item's headline or a subtitle: short
    with no comma (``Le gouvernement prépare un remaniement ministériel``) or in title case
    to its last word, no sentence end inside, no quotation left open. Its missing full stop
    cuts nothing. (Title case alone says little in German, where nouns are capitalised: a
    line ending on a lowercase word is never taken for one by it.)
    """
    if len(text) > MAX_TITLE_CASE_CHARS:
        return False  # checked before copying: a long paragraph grows by repairs
    text = text.strip()
    if SENTENCE_INSIDE.search(text) is not None or _open_quotes(text):
        return False
    last = text.rsplit(None, 1)[-1] if text else ""
    short = len(text) <= MAX_HEADLINE_CHARS and "," not in text
    return short or (last[:1].isupper() and _title_cased(text))


def _title_cased(text: str) -> bool:
    """Return True for a line in capitals or in English-style title case (``Armenia and
    Azerbaijan Agree on First Section of the Border``): most of its long words capitalised."""
    words = [w for w in text.split() if w[:1].isalpha() and len(w) > TITLE_SMALL_WORD]
    if len(words) < TITLE_MIN_WORDS:
        return False
    capitalised = sum(w[0].isupper() for w in words)
    return capitalised >= TITLE_CASE_SHARE * len(words)


def _open_quotes(text: str) -> int:
    """Return how many quotation marks ``text`` opens and does not close (never below 0)."""
    opened = sum(text.count(mark) for mark in "«„")
    closed = sum(text.count(mark) for mark in "»")
    straight = text.count('"') % 2
    return max(opened - closed, 0) + straight


def _fragment(text: str) -> bool:
    """Return True when ``text`` opens with a sentence's end of a few words only
    (``«опасной иллюзией».``, ``Irakli Garibashvili.``): no paragraph starts so."""
    end = SENTENCE_END.search(text, 0, FRAGMENT_CHARS)
    return end is not None and len(text[: end.start()].split()) <= FRAGMENT_WORDS


def cut_mid_sentence(head: str, tail: str) -> bool:
    """Return True when ``head`` (ending without punctuation) stops mid-sentence before ``tail``
    even though ``tail`` opens with a capital, a digit or a quotation mark.

    ``über die künftige`` / ``Zusammenarbeit ...``, ``com o homólogo`` / ``Mihai Popșoi e``,
    ``auch wenn die Gespräche noch viele`` / ``Monate dauern``, ``Prime Minister`` /
    ``Nikol Pashinyan on ...``, ``bis Ende`` / ``2025 vollständig``, ``neste processo`` /
    ``», garantiu``. The head must read as prose (long enough, ending on a plain word, not
    a headline); a block ending on a URL, a list of names or a heading-like line is no cut
    sentence, and in a script without capitals (Georgian) the missing full stop is the only
    sign.
    """
    tail = tail.lstrip()
    if len(head) < MIN_CUT_HEAD or not tail:
        return False
    if tail[0] in CLOSING_MARKS and tail[1:].lstrip()[:1] in AFTER_CLOSING:
        return True  # ``», garantiu Rangel``: the quotation's end, cut from it
    last = _last_word(head)
    if last is None or (reads_as_headline(head) and not _fragment(tail)):
        return False
    first = tail[0]
    if is_caseless(last[-1]):
        return is_caseless(first) or first.isdigit() or first in QUOTE_OPENERS
    if last[0].islower():
        if first in QUOTE_OPENERS and _credit_after_quotation(tail) is not None:
            return False  # the next entry of a digest: '“...” Adriano Gabiru, ex-jogador'
        if first in QUOTE_OPENERS and _whole_quotation(tail) and not _reports(head):
            # a digest's credit ending on a plain word, then the next entry's words; not "o
            # ministro ... disse" ¶ "“...”", one sentence broken before its quotation
            return False
        return first.isupper() or first.isdigit() or first in QUOTE_OPENERS
    if _ends_a_list(head):
        return False
    words = tail.split(None, 2)
    second = words[1:2]
    if _closes_open_quotation(head, words[0]):
        return True  # "z Funduszu Sprawiedliwej" / "Transformacji” – dodała": the quotation's end
    if last.casefold() in TITLE_MODIFIERS and is_title_word(words[0].strip("*_")):
        return True  # "said Deputy Prime" / "Minister **Mele Fifita** at ...": one title
    if first.isdigit():
        return bool(second) and second[0][:1].islower()  # ``2025 vollständig umgesetzt``
    # ``the Constitutional`` / ``Court by the end of the year``: a name's next word, not a
    # sentence's first (an article, a conjunction or a pronoun opens those).
    opener = words[0].strip(",;:").casefold()
    content_word = first.isupper() and opener not in OPENING_WORDS
    if _name_opening(tail):
        # "Prime Minister" / "Nikol Pashinyan on ...": a title's holder, and a paragraph's
        # sentence cut before a name ("von Bayern-Trainer" / "Vincent Kompany, der ...");
        # a subtitle with no sentence end, ending on a name ("... na mensagem de Marcelo")
        # over "André Ventura, do Chega, ...", is none
        return last[0].islower() or _ends_on_title(head) or SENTENCE_INSIDE.search(head) is not None
    return content_word and bool(second) and second[0][:1].islower()


MIN_CUE_PART = 5  # letters of a word of a longer cue that counts alone ("detto", not "ai")
# The words of the reporting verbs: one-word cues whole, and the longer words of the others
# ("ha detto ai giornalisti": detto, giornalisti).
REPORTING_WORDS = VERB_WORDS | frozenset(
    part
    for cues in LANGUAGES.values()
    for cue in cues.verbs
    if " " in cue
    for part in cue.casefold().split()
    if len(part) >= MIN_CUE_PART
)
WORDS = re.compile(r"[^\W\d_]+")


def _reports(head: str) -> bool:
    """Return True when the last sentence of ``head`` holds a reporting verb."""
    sentence = SENTENCE_INSIDE.split(head)[-1]
    return any(word in REPORTING_WORDS for word in WORDS.findall(sentence.casefold()))


# The closing marks of each opening one; a quotation whose own closing mark comes only at
# its end is one whole quotation.
CLOSERS = {"«": "»", "“": "”", "„": "“”", '"': '"'}
MIN_WHOLE_QUOTATION_WORDS = 8


def _whole_quotation(text: str) -> bool:
    """Return True when ``text`` is one quotation of a full sentence or more and nothing
    else (``“Brasil e Argentina desvalorizaram ... por esses países”``), a capital opening it:
    a paragraph of its own, no sentence's cut rest."""
    closers = CLOSERS.get(text[0], "")
    body = text.rstrip(" .!?…")
    credit = _credit_after_quotation(body)
    if credit is not None:
        body = body[:credit]  # '“...” Raul Jungmann, ministro da Defesa, ...'
    return (
        bool(closers)
        and text[1:2].isupper()
        and body[-1:] in closers
        and not any(mark in body[1:-1] for mark in closers)
        and len(body.split()) >= MIN_WHOLE_QUOTATION_WORDS
    )


# A digest's credit after a whole quotation in its block: a capitalised name of two to four
# words and its comma ("” Raul Jungmann, ministro", "” Hillary Clinton , candidata").
NAME_AND_COMMA_AFTER = re.compile(r"\s+[^\W\d_][\w'’.-]*(?: [A-ZÀ-ÞĀ-žА-ЯЁЄІЇҐ][\w'’.-]*){0,3}\s?,")


def _credit_after_quotation(text: str) -> int | None:
    """Return where a digest's credit starts after the quotation opening ``text`` (its
    first closing mark, then a name and its comma), else None."""
    closers = CLOSERS.get(text[:1], "")
    close = min((i for i in (text.find(c, 1) for c in closers) if i > 0), default=-1)
    if close < 0:
        return None
    credit = NAME_AND_COMMA_AFTER.match(text, close + 1)
    return credit.start() if credit else None


TITLE_REACH = 4  # words back from a head's end to its title: "la ministre de l'Économie"


def _ends_on_title(head: str) -> bool:
    """Return True when one of the last few words of ``head`` is a title (``Prime
    Minister``, ``la ministre de l'Économie``): the name after it is its holder's."""
    words = head[-REPAIR_VIEW:].split()[-TITLE_REACH:]
    return any(is_title_word(w.replace("’", "'").rsplit("'", 1)[-1]) for w in words)


def _closes_open_quotation(head: str, word: str) -> bool:
    """Return True when ``word`` ends a quotation the head left open (``„... z Funduszu
    Sprawiedliwej`` / ``Transformacji”``). "“" opens in English and closes „ in German."""
    if word[-1:] not in CLOSING_MARKS or len(word) < MIN_CLOSED_WORD:
        return False
    opener = ""
    for mark in head[-REPAIR_VIEW:]:
        if mark in "„«":
            opener = mark
        elif mark == "“":
            opener = "" if opener == "„" else mark
        elif mark in "»”":
            opener = ""
    return bool(opener)


# A quotation closed, then a dash and its credit to the paragraph's end.
CREDITED_QUOTATION = re.compile(
    r"[»”“\"]\.?\s[–—-]\s[A-ZÀ-ÞĀ-žА-ЯЁЄІЇҐ](?:[^–—«»„”“\".]|\.(?!\s))(?:[^–—«»„”“\".]|\.(?!\s)){0,249}$"
)


# ...or a quotation ending its sentence inside its marks, then a name and title with no
# dash, to the paragraph's end ('"... au rez-de-chaussée." André Suzède, maire de
# Calvisson à franceinfo').
BARE_CREDITED_QUOTATION = re.compile(
    r"[.!?…][»”“\"]\s[A-ZÀ-ÞА-ЯЁЄІЇҐ][\w'’-]+(?: [A-ZÀ-ÞА-ЯЁЄІЇҐ][\w'’-]+){1,3},"
    r"[^–—«»„”“\".!?]{1,160}$"
)


def repair_paragraphs(paragraphs: list[Line]) -> list[RepairedParagraph]:
    """Return paragraphs with mid-sentence breaks joined: no closing punctuation, then a
    lowercase word, a preposition's object, or a sentence's cut rest (see cut_mid_sentence).

    Linear however many pieces join: each group is joined once at the end, and the checks
    read a bounded tail of what the group holds so far (they look at its end and whether it
    is long, never further back).
    """
    groups: list[list[Line]] = []
    view = ""  # the current group's text, or its last REPAIR_VIEW characters
    credit = False  # the current group is a digest's credit, under a quotation alone
    quotation = False  # ...and the group before it was that quotation
    listed = False  # the current group is one line crediting words to a name
    for line in paragraphs:
        entry = credit and line.text[:1] in DOUBLE_QUOTE_OPENERS  # the next entry's quotation
        # "Donald Tusk - dziś ..." over "Jarosław Kaczyński - pamiętam ...": a list's lines
        entry = entry or (listed and CREDITED_LINE.match(line.text) is not None)
        if groups and not entry and _continues(view, line.text):
            groups[-1].append(line)
            view = f"{view} {line.text}"[-REPAIR_VIEW:]
            listed = False
            continue
        listed = CREDITED_LINE.match(line.text) is not None
        credit = (
            quotation
            and _speaker_credit(line.text.rstrip(","), CREDIT_OVER_QUOTATION)
            and not _reports(line.text)  # "X, portavoz, recordó que la consigna era": cut
        )
        quotation = _quotation_alone(line.text)
        groups.append([line])
        view = line.text[-REPAIR_VIEW:] if len(line.text) > REPAIR_VIEW else line.text
    return [RepairedParagraph(join_all(group), len(group) > 1) for group in groups]


def _quotation_alone(text: str) -> bool:
    """Return True for a paragraph that is one quotation in its marks and nothing else."""
    body = text.rstrip(" .!?…")
    closers = CLOSERS.get(body[:1], "")
    return bool(closers) and body[-1:] in closers and len(body) > 2


def _continues(previous: str, text: str) -> bool:
    """Return True when ``text`` goes on with the sentence ``previous`` left unfinished."""
    if CREDITED_QUOTATION.search(previous) or BARE_CREDITED_QUOTATION.search(previous):
        return False  # '"..." — Mr MAEFIOLO, opening the market day': a credit ends it
    if not ends_sentence(previous) and starts_lowercase(text):
        return True
    if _speaker_credit(previous):
        return False  # "David Clarke, chairman of the association" over "The council ...": a credit
    if (
        text[:1] in DOUBLE_QUOTE_OPENERS
        and _ends_on_a_credit(previous)
        # a sentence cut before a paper's or a programme's quoted name: "... in an interview
        # with the" ¶ '"El País", ...', "... l'émission" ¶ "«Questions politiques», a assuré"
        and not ends_with_function_word(previous)
        and not previous.rstrip().endswith(",")
        and not _quotation_goes_on(text)
    ):
        # '"...," West Indies Cricket Board president Rev. Wes Hall, on the appointment of
        # Brian Lara' over '"We are ..."': a quote log's entries, one a paragraph
        return False
    if (
        text[:1] in DOUBLE_QUOTE_OPENERS
        and _speaker_credit(previous, CREDIT_OVER_QUOTATION)
        and not _has_verb(previous)
    ):
        # "Manuel Valls, au Grand Rendez-Vous iTélé, dimanche 8 mars" over "« ... »"; not
        # "Emmanuel Macron, en visite à Marseille, a été interpellé par une habitante"
        return False
    if (
        LABELLED_TURN.match(text)
        and len(SENTENCE_END.split(previous.rstrip())[-1].split()) <= MAX_CAPTION_WORDS
        and len(text.split(":", 1)[0].split()) > 1
        and not ends_with_function_word(previous)
        and not is_title_word(previous.split()[-1])
    ):
        # "Burmistrz ... w swoim gabinecie" (a caption) over "Adam Ejnik: Panie burmistrzu,
        # ...?": a transcript's turn under its speaker's full name opens its own paragraph;
        # not "in einer ersten" ¶ "Stellungnahme: ...", nor "przemawiał poseł" ¶ "Marek X:"
        return False
    return not ends_sentence(previous) and (
        (text[:1].isalpha() and ends_with_function_word(previous))
        or _year_tail(previous, text)
        or previous.rstrip().endswith(DANGLING)
        or cut_mid_sentence(previous, text)
    )


MAX_CAPTION_WORDS = 12  # a photo's caption: "Burmistrz ... w swoim gabinecie"
# A transcript's turn: one to three capitalised words, a colon, the words said.
LABELLED_TURN = re.compile(r"^[^\W\d_a-zß-ÿ][\w'’.-]*(?: [^\W\d_a-zß-ÿ][\w'’.-]*){0,2} ?: \S")


# A speaker's credit line: two to four words, a comma, a lowercase role with no comma and no
# sentence's end ("David Clarke, chairman of the residents' association").
SPEAKER_CREDIT_LINE = re.compile(
    r"^[^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*){1,3}, [^\W\d_][^.!?:;,\n]{0,80}$"
)


# The same over a quotation's paragraph, whose role may hold commas (where, when).
CREDIT_OVER_QUOTATION = re.compile(
    r"^[^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*){1,3}, [^\W\d_][^.!?:;\n]{0,150}$"
)
# A digest entry's opening marks: double ones only (QUOTE_OPENERS adds single marks).
DOUBLE_QUOTE_OPENERS = '«“„"'
# A quotation's closing mark, then a credit with no verb to the paragraph's end.
CREDIT_AFTER_QUOTATION = re.compile(r'[.!?…,][»”“"]\s+(?P<credit>[^\W\d_][^«»„”“"\n]{2,200})$')
MAX_TAIL_CREDIT_WORDS = 30
# A paragraph's opening quotation, to its closing mark, and what follows it.
OPENING_QUOTATION = re.compile(r'.[^»”“"\n]{0,200}[»”“"]\s*(?P<next>[–—-]?\s*\S?)')


def _quotation_goes_on(text: str) -> bool:
    """Return True when the paragraph's opening quotation is followed at once by a comma, a
    lowercase word or a dash and one ("«...», a assuré", "«...!» — сказал он"): a sentence
    that goes on past it, not a log's entry."""
    match = OPENING_QUOTATION.match(text)
    following = match["next"] if match else ""
    return following[:1] == "," or following[-1:].islower()


def _ends_on_a_credit(text: str) -> bool:
    """Return True when ``text`` ends on a quotation and the credit after it: a name and
    title that hold no verb, capitalised, nothing else."""
    match = CREDIT_AFTER_QUOTATION.search(text)
    if match is None or not match["credit"][:1].isupper():
        return False
    credit = match["credit"]
    # one-letter auxiliaries (fr "a", pt "é") read as the English article here: "on the
    # issue of a foreign coach"
    return len(credit.split()) <= MAX_TAIL_CREDIT_WORDS and not _has_verb(credit, min_letters=2)


# Auxiliaries and one-word reporting verbs of every language: a line holding one is a
# sentence, no credit.
VERBS_OF_A_SENTENCE = VERB_WORDS | frozenset(
    a.casefold() for cues in LANGUAGES.values() for a in cues.auxiliaries if " " not in a
)


def _has_verb(text: str, min_letters: int = 1) -> bool:
    """Return True when ``text`` holds an auxiliary or a reporting verb of ``min_letters``
    letters or more."""
    words = re.findall(rf"[^\W\d_]{{{min_letters},}}", text)
    return any(w.casefold() in VERBS_OF_A_SENTENCE for w in words)


def _speaker_credit(text: str, shape: re.Pattern[str] = SPEAKER_CREDIT_LINE) -> bool:
    """Return True for a credit line whose name words are capitalised and role lowercase."""
    if shape.match(text) is None:
        return False
    name, role = text.split(", ", 1)
    return all(word[:1].isupper() for word in name.split()) and role[:1].islower()


def join_all(lines: list[Line]) -> Line:
    """Return ``lines`` joined by single spaces (as join_lines, in one pass)."""
    if len(lines) == 1:
        return lines[0]
    texts: list[str] = []
    bold: list[Span] = []
    offset = 0
    for line in lines:
        if not line.text:
            continue
        if texts:
            offset += 1
        bold.extend(Span(s.start + offset, s.end + offset) for s in line.bold)
        texts.append(line.text)
        offset += len(line.text)
    return Line(" ".join(texts), tuple(bold))
