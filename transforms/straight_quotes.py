"""Straight single quotation marks typed for ‘ ’: 'Kızlarla ... denetleyeceğiz' sözlerine.

Turkish and Spanish web copy, and British headlines, quote with the keyboard's apostrophe.
The same key writes apostrophes (Erdoğan'ın, don't, students'), so a pair is read only
where each mark stands as a quotation mark would: the opening one after a space or an
opening bracket and before a letter, the closing one after a letter or a stop and before a
space, a stop or the line's end, with no other such mark between them on the line. An
elision opens nothing ('ndrangheta, 'em), an Italian truncation closes nothing (un po'), and
a plural's possessive closes only when no closing mark comes next (the students' union).
Such a pair is set in ‘ ’ for the quotation finder, one character for one, so that its
spans hold for the paragraph's own text; every other apostrophe stays.
"""

from __future__ import annotations

import re

# An opening mark: at the line's start or after a space, a bracket, a dash or a colon, and
# before a letter. Not an elision that opens a word ('ndrangheta, 'sta roba, 'em, 'n', 'tis,
# 'bout) nor a year's ('90s).
# Dutch papers also type the right mark on both sides (’in geen geval acceptabel’): it is
# read the same way, on a line with no left mark, past the Dutch elisions.
MARKS = ("'", "’")
ELISIONS = {
    "'": r"(?!ndr|(?:sta|sto|st[ie]|em|n|tis|bout)\b)",
    # Dutch ’s, ’t, ’k, ’n, ’r, ’m, ’ie, ’ns, ’tzelfde: lowercase only ("’S Avonds" opens no
    # word of a quotation either way)
    "’": r"(?!ndr|(?:sta|sto|st[ie]|em|n|tis|bout)\b)(?!(?-i:(?:s|t|k|n|r|m|ie|ns|tzelfde)\b))",
}
OPENS = {
    mark: re.compile(
        rf"(?:(?<=^)|(?<=[\s(\[«“„\"—–:])){mark}(?=[^\W\d_]){ELISIONS[mark]}",
        re.MULTILINE | re.IGNORECASE,
    )
    for mark in MARKS
}
# A closing mark: after a letter, a digit or a stop, and before a space, a stop, a closing
# bracket or the line's end (:func:`_plural` and :func:`_truncation` tell the apostrophes
# shaped like one).
CLOSES = {
    mark: re.compile(rf"(?<=[\w.!?…,]){mark}(?=[\s.,;:!?)\]»”\"…-]|$)", re.MULTILINE)
    for mark in MARKS
}
# Italian words truncated with an apostrophe: un po', ca', mo', pie'.
TRUNCATED = frozenset(str.split("po ca mo pie"))
MAX_QUOTED = 600  # characters between a pair: a quotation, not two apostrophes far apart


def straight_single_quotes_curled(text: str) -> str:
    """Return ``text`` with its straight single quotation marks (and right marks typed on
    both sides) paired as ‘ ’ on each line; a line with an opening mark that finds no
    closing one keeps all its marks."""
    if "'" not in text and "’" not in text:
        return text
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if "'" in line:
            line = _curled_line(line, "'")
        if "’" in line and "‘" not in line:
            line = _curled_line(line, "’")
        lines[index] = line
    return "\n".join(lines)


def _curled_line(line: str, mark: str) -> str:
    """Return one line with its quotation pairs of ``mark`` curled, or as it is."""
    opens = {m.start() for m in OPENS[mark].finditer(line)}
    if not opens:
        return line
    closes = {m.start() for m in CLOSES[mark].finditer(line) if not _truncation(line, m.start())}
    # Each mark's part, in order: "open", "close", or "plural" for a closing shape after an
    # "s" before a small letter: the students' union, or 'The New York Times' titula.
    marks = [
        (i, "open" if i in opens else "plural" if _plural(line, i) else "close")
        for i in sorted((opens | closes) - (opens & closes))
    ]
    pairs: list[tuple[int, int]] = []
    opened: int | None = None
    for n, (i, part) in enumerate(marks):
        if opened is None:
            if part == "open":
                opened = i
            continue  # an apostrophe (students') outside any quotation
        if part == "open":
            return line  # a second opening mark before the first closed: no pairs here
        if part == "plural" and n + 1 < len(marks) and marks[n + 1][1] == "close":
            continue  # a closing mark comes next: this one is the plural's possessive
        if i - opened > MAX_QUOTED:
            return line
        pairs.append((opened, i))
        opened = None
    if opened is not None or not pairs:
        return line  # an opening mark left open: the marks are apostrophes after all
    chars = list(line)
    for start, end in pairs:
        chars[start], chars[end] = "‘", "’"
    return "".join(chars)


def _plural(line: str, i: int) -> bool:
    """Return True for a closing shape after an "s" and before a small letter."""
    return line[i - 1] in "sS" and line[i + 1 : i + 2] == " " and line[i + 2 : i + 3].islower()


def _truncation(line: str, i: int) -> bool:
    """Return True for the apostrophe of an Italian word cut short (un po' come)."""
    start = i
    while start > 0 and line[start - 1].isalpha():
        start -= 1
    return line[start:i].casefold() in TRUNCATED
