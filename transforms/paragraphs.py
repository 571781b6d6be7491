"""Paragraphs: lines of a block into paragraphs, and repair of paragraphs broken mid-sentence."""

from __future__ import annotations

from dataclasses import dataclass

from transforms.cues import LANGUAGES
from transforms.markup import Line
from transforms.records import Span

# ``։`` is the Armenian full stop, ``。！？`` the full-width ones.
TERMINAL = tuple('.!?…:;»"”“)։。！？')
# A block ending on a comma or a lone dash stops mid-sentence whatever the next one starts with
# (``Le président,`` / ``Vahagn Khatchatourian, a reçu ...``).
DANGLING = (",", " -", " –", " —")
OPENING_MARKS = '«»"“„‹—–-•'
BULLET_MARKS = frozenset("•◦▪‣·●■►▶➢➤✓✔")
WRAP_MIN, WRAP_MAX = 55, 100
WRAP_SLACK = 12  # a line this much shorter than the wrapping width ended on purpose
MIN_CUT_HEAD = 40  # a shorter block ending without punctuation may be a heading
# Lowercase prepositions, articles and conjunctions: a block never ends on one of them.
FUNCTION_WORDS = frozenset(
    word.casefold()
    for cues in LANGUAGES.values()
    for word in (*cues.articles, *cues.connectors, *cues.stop_words)
    if " " not in word and word.islower() and len(word) <= 5
) - {"me", "us", "it", "him", "her", "them", "lui", "elle", "er", "sie", "es", "он", "она"}


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

    Either most inner lines are of one wrapping width, or no line is longer than that width
    and several prose-long lines end mid-sentence: then a line that happens to end with a
    full stop is a wrap too, not a paragraph end.
    """
    inner = [line.text for lines in lines_of_blocks for line in lines[:-1]]
    if not inner:
        return False
    lengths = [len(text) for text in inner]
    wrapped = sum(WRAP_MIN <= n <= WRAP_MAX for n in lengths)
    if len(inner) >= 5 and wrapped >= 0.8 * len(inner):
        return True
    cut = sum(len(text) >= MIN_CUT_HEAD and not ends_sentence(text) for text in inner)
    return max(lengths) <= WRAP_MAX and cut >= 2


def wrap_width(lines_of_blocks: list[tuple[Line, ...]]) -> int:
    """Return the width text was wrapped at: the median inner line, so that one long URL or
    a line left unwrapped does not widen it."""
    inner = sorted(len(line.text) for lines in lines_of_blocks for line in lines[:-1])
    return min(inner[len(inner) // 2], WRAP_MAX) if inner else 0


def lines_to_paragraphs(lines: tuple[Line, ...], hard_wrapped: bool, width: int = 0) -> list[Line]:
    """Return the paragraphs of a block: a sentence end then a capital starts a new one.

    Files with one paragraph per line and no blank lines are common; in hard-wrapped text a
    line end means nothing unless the line stopped well short of the wrapping ``width``.
    """
    paragraphs: list[Line] = []
    previous_line = ""
    for line in lines:
        if paragraphs and not _opens_paragraph(previous_line, line, hard_wrapped, width):
            paragraphs[-1] = join_lines(paragraphs[-1], line)
        else:
            paragraphs.append(line)
        previous_line = line.text
    return paragraphs


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
    if not ends_sentence(previous):
        return False
    if not hard_wrapped:
        return starts_new_paragraph(line.text)
    if line.text[:2] in ("– ", "— "):
        return True
    first_word = line.text.split(" ", 1)[0]
    fits = len(previous) + 1 + len(first_word) <= width - WRAP_SLACK
    return width >= WRAP_MIN and fits and starts_new_paragraph(line.text)


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


def repair_paragraphs(paragraphs: list[Line]) -> list[RepairedParagraph]:
    """Return paragraphs with mid-sentence breaks joined: no closing punctuation, then lowercase."""
    repaired: list[RepairedParagraph] = []
    for line in paragraphs:
        if repaired:
            previous = repaired[-1].line
            if not ends_sentence(previous.text) and (
                starts_lowercase(line.text)
                or (line.text[:1].isalpha() and ends_with_function_word(previous.text))
                or _year_tail(previous.text, line.text)
                or previous.text.rstrip().endswith(DANGLING)
            ):
                repaired[-1] = RepairedParagraph(join_lines(previous, line), True)
                continue
        repaired.append(RepairedParagraph(line, False))
    return repaired
