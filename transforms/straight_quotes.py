"""Straight single quotation marks typed for ‘ ’: 'Kızlarla ... denetleyeceğiz' sözlerine.

Turkish and Spanish web copy, and British headlines, quote with the keyboard's apostrophe.
The same key writes apostrophes (Erdoğan'ın, don't, students'), so a pair is read only
where each mark stands as a quotation mark would: the opening one after a space or an
opening bracket and before a letter, the closing one after a letter or a stop and before a
space, a stop or the line's end, with no other such mark between them on the line. Such a
pair is set in ‘ ’ for the quotation finder, one character for one, so that its spans hold
for the paragraph's own text; every other apostrophe stays.
"""

from __future__ import annotations

import re

# An opening mark: at the line's start or after a space, a bracket, a dash or a colon, and
# before a letter or a digit.
OPENS = re.compile(r"(?:(?<=^)|(?<=[\s(\[«“„\"—–:]))'(?=\w)", re.MULTILINE)
# A closing mark: after a letter, a digit or a stop, and before a space, a stop, a closing
# bracket or the line's end. Not after "s" alone before a space (the students' union) unless
# a stop follows.
CLOSES = re.compile(r"(?<=[\w.!?…,])'(?=[\s.,;:!?)\]»”\"…-]|$)", re.MULTILINE)
MAX_QUOTED = 600  # characters between a pair: a quotation, not two apostrophes far apart


def straight_single_quotes_curled(text: str) -> str:
    """Return ``text`` with its straight single quotation marks paired as ‘ ’ on each line;
    a line with an opening mark that finds no closing one keeps all its marks."""
    if "'" not in text:
        return text
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if "'" in line:
            lines[index] = _curled_line(line)
    return "\n".join(lines)


def _curled_line(line: str) -> str:
    """Return one line with its straight quotation pairs curled, or as it is."""
    opens = {m.start() for m in OPENS.finditer(line)}
    if not opens:
        return line
    closes = {m.start() for m in CLOSES.finditer(line)}
    pairs: list[tuple[int, int]] = []
    opened: int | None = None
    for i, ch in enumerate(line):
        if ch != "'":
            continue
        if opened is None:
            if i in opens and i not in closes:
                opened = i
            continue  # an apostrophe (Erdoğan'ın, students') outside any quotation
        if i in closes and i not in opens:
            if i - opened > MAX_QUOTED:
                return line
            pairs.append((opened, i))
            opened = None
        elif i in opens:
            return line  # a second opening mark before the first closed: no pairs here
    if opened is not None or not pairs:
        return line  # an opening mark left open: the marks are apostrophes after all
    chars = list(line)
    for start, end in pairs:
        chars[start], chars[end] = "‘", "’"
    return "".join(chars)
