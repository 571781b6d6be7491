"""Quotation marks -> quotation spans over an item's paragraphs, any pairing of marks.

One left-to-right pass with a small stack: linear in the text, whatever the marks.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

# Marks and the roles they can play; context (spaces around) and state decide.
GUILLEMETS_OPEN = "«‹"
GUILLEMETS_CLOSE = "»›"
LOW_OPEN = "„‚"
DOUBLE_LEFT, DOUBLE_RIGHT, STRAIGHT = "“", "”", '"'
SINGLE_LEFT, SINGLE_RIGHT = "‘", "’"
ALL_MARKS = frozenset(GUILLEMETS_OPEN + GUILLEMETS_CLOSE + LOW_OPEN + '“”"‘’')
SPACE_BEFORE_OPEN = frozenset(" \n([{—–-/")
SPACE_AFTER_CLOSE = frozenset(" \n.,;:!?)]}…—–-")
MAX_NESTING = 8
TRAILING_PUNCTUATION = " ,;:–—-"


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


def _role(mark: str, opens: bool, closes: bool, stack: list[_Open]) -> str:
    """Return "open", "close" or "skip" for one mark, given context and the open quotes."""
    inside = bool(stack)
    if mark in GUILLEMETS_OPEN:
        if inside and stack[-1].mark in GUILLEMETS_CLOSE and not opens:
            return "close"  # German »...«
        return "open"
    if mark in GUILLEMETS_CLOSE:
        return "close" if inside else ("open" if opens else "skip")
    if mark in LOW_OPEN:
        return "open" if mark == "„" or opens else "skip"
    if mark in (DOUBLE_LEFT, DOUBLE_RIGHT, STRAIGHT):
        if inside:
            return "open" if opens and stack[-1].mark != mark else "close"
        return "open" if opens or (mark == DOUBLE_LEFT and not closes) else "skip"
    if mark == SINGLE_LEFT:
        return "open" if inside and opens else "skip"
    if mark == SINGLE_RIGHT:
        return "close" if inside and stack[-1].mark in "‘‚" and not opens else "skip"
    return "skip"


def _clean(text: str) -> str:
    """Return quotation text on one line, without the punctuation that ends the clause."""
    return " ".join(text.split()).strip(TRAILING_PUNCTUATION)


def find_quotes(paragraphs: list[str]) -> list[QuoteSpan]:
    """Return the quotations of one item whose paragraphs are given in order."""
    text = "\n".join(paragraphs)
    starts = [0]
    for paragraph in paragraphs[:-1]:
        starts.append(starts[-1] + len(paragraph) + 1)
    paragraph_starts = set(starts)
    found: list[QuoteSpan] = []
    stack: list[_Open] = []
    continuation_marks: list[int] = []
    for i, ch in enumerate(text):
        if ch not in ALL_MARKS:
            continue
        if stack and i in paragraph_starts and ch not in GUILLEMETS_CLOSE + DOUBLE_RIGHT:
            continuation_marks.append(i)  # « re-opened at each paragraph of a long quotation
            continue
        opens, closes = _context(text, i)
        role = _role(ch, opens, closes, stack)
        if role == "open" and len(stack) < MAX_NESTING:
            stack.append(_Open(ch, i))
        elif role == "close" and stack:
            outer = stack[0]
            stack.pop()
            if not stack:
                found.append(_span(text, starts, outer, i, ch, continuation_marks))
                continuation_marks = []
    if stack:
        found.append(_span(text, starts, stack[0], len(text), "", continuation_marks))
    return found


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
