"""Markdown/HTML -> plain-text blocks, remembering where bold spans were."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from markdown_it import MarkdownIt
from markdown_it.token import Token

from transforms.records import Span

# Indented code and setext headings are off: in press reviews an indented line is prose and a
# line of dashes under a paragraph is a separator, not a heading underline.
MARKDOWN = MarkdownIt("commonmark").disable(["code", "lheading"])
TAG = re.compile(r"<[^<>]{0,200}>")
LINE_BREAK_TAG = re.compile(r"<br\s*/?>|</p>|</div>|</li>", re.IGNORECASE)
HTML_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
HTML_BLOCK_TAG = re.compile(
    r"</?(?P<name>p|div|li|ul|ol|h[1-6]|hr|tr|td|table|body|html|head|section|article|"
    r"blockquote|header|footer|main)\b[^<>]{0,200}>",
    re.IGNORECASE,
)
# A line opening with a year ("2026. Traffic ..."): the tail of a broken sentence, never an
# ordered list starting at 2026; escaping the dot keeps Markdown from reading a list.
NUMBER_LINE = re.compile(r"^( {0,3}\d{3,9})([.)])(?=[ \t])", re.MULTILINE)
# A line opening with a list marker (``- and the presidency``, ``1. April``) right under a
# line that ends no sentence, outside a list: hard-wrapped prose whose dash or number fell at
# the line start, not a list interrupting the paragraph. Escaped, the marker stays text.
LIST_MARKER = re.compile(r"^( {0,3})(?:[-+*]|\d{1,9}(?=[.)]))(?=[.)]?[ \t]+\S)")
MIN_WRAPPED_CHARS = 40
WRAP_CONTINUED = (".", "!", "?", "…", ":", ";", "։", "»", '"', "”")
# A row of tildes (``~~~`` or ``~~~ Armenia ~~~``) is a separator or a decorated heading in a
# review, not the fence of a code block that would swallow the rest of the file: escaped, it
# stays text.
TILDE_ROW = re.compile(r"^( {0,3})(~{3,})", re.MULTILINE)
# A setext underline: a row of ``=`` or ``-`` right under a short line.
UNDERLINE = re.compile(r"^ {0,3}(?:={3,}|-{3,})\s*$")
SETEXT_MAX_CHARS = 80
QUOTE_PREFIX = re.compile(r"(?:[ \t]*>)*[ \t]?")  # the marks of a ``> `` quoted block
SENTENCE_CLOSERS = (".", "!", "?", ";", ",", "…", "»", '"', "”")
BOLD_TAGS = {"<b>", "<strong>"}
BBCODE_PAIR = re.compile(r"\[([biuBIU])\]([^\[\n]*?)\[/\1\]")
BOLD_CLOSE_TAGS = {"</b>", "</strong>"}


@dataclass(frozen=True, slots=True)
class Line:
    """One line of plain text and its bold spans."""

    text: str
    bold: tuple[Span, ...] = ()
    after_break: bool = False  # follows an HTML <br>: the same paragraph, not a new one


@dataclass(frozen=True, slots=True)
class Block:
    """A block of the source: heading, paragraph, bullet (first block of a list item) or rule."""

    kind: str
    lines: tuple[Line, ...]
    level: int = 0
    numbered: bool = False  # an ordered-list item (``1.``, ``2)``): a numbered heading or item


class _LineBuilder:
    """Accumulates inline tokens into lines, tracking bold spans."""

    def __init__(self) -> None:
        self.lines: list[Line] = []
        self.parts: list[str] = []
        self.length = 0
        self.bold_start: int | None = None
        self.bold: list[Span] = []
        self.after_break = False

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def open_bold(self) -> None:
        if self.bold_start is None:
            self.bold_start = self.length

    def close_bold(self) -> None:
        if self.bold_start is not None and self.length > self.bold_start:
            self.bold.append(Span(self.bold_start, self.length))
        self.bold_start = None

    def newline(self, tag: bool = False) -> None:
        reopen = self.bold_start is not None
        self.close_bold()
        self.lines.append(_trimmed_line("".join(self.parts), self.bold, self.after_break))
        self.parts, self.length, self.bold = [], 0, []
        self.after_break = tag
        if reopen:
            self.open_bold()

    def finish(self) -> tuple[Line, ...]:
        self.newline()
        return tuple(line for line in self.lines if line.text)


def _trimmed_line(text: str, bold: list[Span], after_break: bool = False) -> Line:
    """Return a Line with outer whitespace and double spaces removed, spans shifted to match."""
    if not bold:
        return Line(" ".join(text.split()), (), after_break)  # no spans to shift: the fast way
    out: list[str] = []
    index_map: list[int] = []
    for ch in text:
        if ch.isspace() and (not out or out[-1] == " "):
            index_map.append(len(out))
            continue
        index_map.append(len(out))
        out.append(" " if ch.isspace() else ch)
    index_map.append(len(out))
    clean = "".join(out).rstrip()
    spans = []
    for span in bold:
        start, end = index_map[span.start], min(index_map[span.end], len(clean))
        while start < end and clean[start] == " ":
            start += 1
        if end > start:
            spans.append(Span(start, end))
    return Line(clean, tuple(spans), after_break)


def _inline_lines(token: Token) -> tuple[Line, ...]:
    """Return the plain-text lines of an inline token."""
    builder = _LineBuilder()
    for child in token.children or []:
        kind = child.type
        if kind in ("text", "code_inline"):
            builder.add(child.content)
        elif kind in ("softbreak", "hardbreak"):
            builder.newline()
        elif kind == "strong_open":
            builder.open_bold()
        elif kind == "strong_close":
            builder.close_bold()
        elif kind == "html_inline":
            _inline_html(builder, child.content)
    return builder.finish()


def _inline_html(builder: _LineBuilder, tag: str) -> None:
    """Apply an inline HTML tag: bold and line breaks matter, other tags vanish."""
    lowered = tag.lower().replace(" ", "")
    if lowered in BOLD_TAGS:
        builder.open_bold()
    elif lowered in BOLD_CLOSE_TAGS:
        builder.close_bold()
    elif LINE_BREAK_TAG.fullmatch(lowered):
        builder.newline(tag=True)


def _html_blocks(content: str) -> list[Block]:
    """Return the blocks of a raw HTML block: one per ``<p>``/``<div>``/``<li>``/``<hN>``.

    ``<br>`` breaks a line inside its paragraph, ``<hr>`` is a rule, ``<h2>`` a heading.
    """
    blocks: list[Block] = []
    kind, last = "paragraph", 0
    content = _without_code(content)
    for tag in HTML_BLOCK_TAG.finditer(content):
        _add_html_segment(blocks, content[last : tag.start()], kind)
        name = tag["name"].lower()
        if name == "hr":
            blocks.append(Block("rule", ()))
        opening = not tag.group().startswith("</")
        kind = "heading" if opening and name[:1] == "h" and name != "hr" else "paragraph"
        last = tag.end()
    _add_html_segment(blocks, content[last:], kind)
    return blocks


def _without_code(content: str) -> str:
    """Return ``content`` without ``<script>`` and ``<style>`` elements (one forward scan)."""
    lowered = content.lower()
    kept: list[str] = []
    position = 0
    while True:
        start = min(
            (
                i
                for i in (lowered.find("<script", position), lowered.find("<style", position))
                if i >= 0
            ),
            default=-1,
        )
        if start < 0:
            kept.append(content[position:])
            return "".join(kept)
        kept.append(content[position:start])
        name = "</script>" if lowered.startswith("<script", start) else "</style>"
        end = lowered.find(name, start)
        if end < 0:
            return "".join(kept)
        position = end + len(name)


def _add_html_segment(blocks: list[Block], segment: str, kind: str) -> None:
    """Append the text between two block tags as one block, ``<br>`` splitting its lines."""
    lines: list[Line] = []
    for part in HTML_BREAK.split(segment):
        text = " ".join(html.unescape(TAG.sub("", part)).split())
        if text:
            lines.append(Line(text, (), after_break=bool(lines)))
    if lines:
        blocks.append(Block(kind, tuple(lines)))


def _plain_heading(title: str) -> bool:
    """Return True for a line that dashes may underline: no digits, colon or brackets.

    ``(APA)`` or ``Source: Trend`` over ``---`` is an item's last line then a separator.
    """
    return not any(ch.isdigit() or ch == ":" for ch in title) and not title.startswith(("(", "["))


def setext_to_atx(text: str) -> str:
    """Return ``text`` with setext headings (``Arménie`` over ``-------``) written as ``#``.

    Only a short line standing alone above the underline counts: under a sentence or a
    paragraph's last line a row of dashes stays an item separator. Inside a ``> `` quoted
    block the same holds behind the quote marks.
    """
    lines = text.split("\n")
    for index in range(1, len(lines)):
        quoted = QUOTE_PREFIX.match(lines[index - 1])
        prefix = quoted.group() if quoted else ""
        if not lines[index].startswith(prefix):
            continue
        underline, title = lines[index][len(prefix) :], lines[index - 1][len(prefix) :].strip()
        above = lines[index - 2][len(prefix) :].strip() if index >= 2 else ""
        if UNDERLINE.match(underline) and not above and _setext_title(title, underline):
            marks = "#" if underline.strip()[0] == "=" else "##"
            lines[index - 1], lines[index] = f"{prefix}{marks} {title}", prefix.rstrip()
    return "\n".join(lines)


def _setext_title(title: str, underline: str) -> bool:
    """Return True for a line a setext underline makes a heading (see setext_to_atx)."""
    return (
        0 < len(title) <= SETEXT_MAX_CHARS
        and not title.endswith(SENTENCE_CLOSERS)
        and not title.startswith(("#", ">", "-", "*", "|"))
        and not title[:1].islower()
        and any(ch.isalpha() for ch in title)
        and (underline.strip()[0] == "=" or _plain_heading(title))
    )


def escape_wrapped_markers(text: str) -> str:
    """Return ``text`` with list markers that continue a wrapped sentence escaped.

    ``which controls parliament`` / ``- and the presidency ...``: the line before is long,
    ends no sentence and no list is open since the last blank line, so the dash is the
    writer's, not a bullet. A list after a sentence, a colon or a short line, and every item
    of an open list, stay lists. One pass over the lines.
    """
    lines = text.split("\n")
    in_list = False
    for index, line in enumerate(lines):
        quoted = QUOTE_PREFIX.match(line)
        body = line[quoted.end() :] if quoted else line
        if not body.strip():
            in_list = False
            continue
        marker = LIST_MARKER.match(body)
        if marker is None:
            continue
        previous = lines[index - 1] if index else ""
        before = QUOTE_PREFIX.match(previous)
        previous = (previous[before.end() :] if before else previous).strip()
        if (
            in_list
            or len(previous) < MIN_WRAPPED_CHARS  # a heading or an intro line over a list
            or previous.endswith(WRAP_CONTINUED)
            or previous[:1] == "#"
        ):
            in_list = True
            continue
        # ``\- and ...`` or ``1\. April ...``: the backslash before the marker's punctuation
        start = (quoted.end() if quoted else 0) + marker.end()
        if body[marker.end() : marker.end() + 1] not in (".", ")"):
            start = (quoted.end() if quoted else 0) + marker.end() - 1
        lines[index] = f"{line[:start]}\\{line[start:]}"
    return "\n".join(lines)


# A name set in underscores with a space inside the opening one, closing a line: "”
# _ Silvio Berlusconi_" (a blog's credit), which Markdown reads as no emphasis.
SPACED_EMPHASIS = re.compile(r"(^|\s)_ ([^\W\d_][^_\n]{0,60}?[^\s_])_[ \t]*$", re.MULTILINE)


def parse_blocks(text: str) -> list[Block]:
    """Return the blocks of a Markdown (or plain-text) document in source order."""
    blocks: list[Block] = []
    if "[/" in text:
        # forum and CMS BBCode ("[b]Adam Ejnik: ...?[/b]"): the HTML tags it stands for
        # in pairs on one line: "[i]t is" is an editor's capital, not italics
        text = BBCODE_PAIR.sub(lambda tag: f"<{tag[1].lower()}>{tag[2]}</{tag[1].lower()}>", text)
    text = TILDE_ROW.sub(r"\1\\\2", escape_wrapped_markers(setext_to_atx(text)))
    text = SPACED_EMPHASIS.sub(r"\1_\2_", text)
    tokens = MARKDOWN.parse(NUMBER_LINE.sub(r"\1\\\2", text))
    list_item_fresh = False
    ordered: list[bool] = []  # the open lists, innermost last: numbered or not
    for index, token in enumerate(tokens):
        if token.type in ("ordered_list_open", "bullet_list_open"):
            ordered.append(token.type == "ordered_list_open")
        elif token.type in ("ordered_list_close", "bullet_list_close") and ordered:
            ordered.pop()
        elif token.type == "list_item_open":
            list_item_fresh = True
        elif token.type == "hr":
            blocks.append(Block("rule", ()))
        elif token.type == "html_block":
            blocks.extend(_html_blocks(token.content))
        elif token.type == "fence":
            blocks.append(Block("paragraph", tuple(Line(x) for x in token.content.splitlines())))
        elif token.type == "inline":
            opener = tokens[index - 1]
            lines = _inline_lines(token)
            if opener.type == "heading_open":
                blocks.append(Block("heading", lines, level=int(opener.tag[1:])))
            elif lines:
                kind = "bullet" if list_item_fresh else "paragraph"
                numbered = list_item_fresh and bool(ordered) and ordered[-1]
                blocks.append(Block(kind, lines, numbered=numbered))
            list_item_fresh = False
    return blocks
