"""parse_blocks: Markdown/HTML to plain-text blocks with bold spans at the right offsets."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.markup import Block, Line, parse_blocks

PROPERTY = settings(max_examples=200, deadline=None, derandomize=True)
WORDS = st.lists(
    st.tuples(st.text("abcdefghijklmnopqrstuvwxyzéèàçœ", min_size=1, max_size=8), st.booleans()),
    min_size=1,
    max_size=12,
)


def bold_texts(line: Line) -> list[str]:
    return [line.text[span.start : span.end] for span in line.bold]


def only_line(blocks: list[Block]) -> Line:
    assert len(blocks) == 1 and len(blocks[0].lines) == 1
    return blocks[0].lines[0]


def test_markdown_bold_span_points_at_the_name() -> None:
    line = only_line(parse_blocks("a déclaré le président **Ilham Aliyev** à l'issue"))
    assert line.text == "a déclaré le président Ilham Aliyev à l'issue"
    assert bold_texts(line) == ["Ilham Aliyev"]


@pytest.mark.parametrize("tag", ["b", "strong", "B", "STRONG"])
def test_html_bold_span_points_at_the_name(tag: str) -> None:
    line = only_line(parse_blocks(f"a indiqué <{tag}>Hikmet Hajiyev</{tag}>."))
    assert line.text == "a indiqué Hikmet Hajiyev."
    assert bold_texts(line) == ["Hikmet Hajiyev"]


def test_several_bold_spans_in_one_line() -> None:
    line = only_line(parse_blocks("**Zakir Hasanov** a rencontré le général **Zafer Ocak**."))
    assert bold_texts(line) == ["Zakir Hasanov", "Zafer Ocak"]


def test_whole_line_bold() -> None:
    line = only_line(parse_blocks("**Il a rappelé l'objectif principal.**"))
    assert line.text == "Il a rappelé l'objectif principal."
    assert bold_texts(line) == [line.text]


def test_bold_across_a_soft_break_is_split_per_line() -> None:
    (block,) = parse_blocks("**gras\nsuite** fin")
    assert [line.text for line in block.lines] == ["gras", "suite fin"]
    assert [bold_texts(line) for line in block.lines] == [["gras"], ["suite"]]


def test_sup_is_removed_keeping_its_text() -> None:
    line = only_line(parse_blocks("Dans le même temps, le G<sup>al</sup> Hasanov a défini"))
    assert line.text == "Dans le même temps, le Gal Hasanov a défini"
    assert line.bold == ()


def test_italic_markers_vanish() -> None:
    assert only_line(parse_blocks("un *mot* et un _autre_")).text == "un mot et un autre"


def test_link_keeps_its_label() -> None:
    assert only_line(parse_blocks("voir [APA](https://apa.az) hier")).text == "voir APA hier"


@pytest.mark.parametrize(
    ("source", "level"), [("# Titre", 1), ("## Azerbaïdjan", 2), ("### Sub", 3)]
)
def test_heading_with_level(source: str, level: int) -> None:
    (block,) = parse_blocks(source)
    assert block.kind == "heading"
    assert block.level == level
    assert block.lines[0].text == source.lstrip("# ")


def test_setext_underline_is_a_rule_not_a_heading() -> None:
    blocks = parse_blocks("titre\n---")
    assert [b.kind for b in blocks] == ["paragraph", "rule"]


@pytest.mark.parametrize("rule", ["---", "***", "___", "- - -"])
def test_thematic_break_is_a_rule(rule: str) -> None:
    blocks = parse_blocks(f"Avant.\n\n{rule}\n\nAprès.")
    assert [b.kind for b in blocks] == ["paragraph", "rule", "paragraph"]
    assert blocks[1].lines == ()


@pytest.mark.parametrize("source", ["- un\n- deux", "* un\n* deux", "1. un\n2. deux"])
def test_markdown_list_items_are_bullets(source: str) -> None:
    blocks = parse_blocks(source)
    assert [(b.kind, b.lines[0].text) for b in blocks] == [("bullet", "un"), ("bullet", "deux")]


def test_second_paragraph_of_a_list_item_is_a_paragraph() -> None:
    blocks = parse_blocks("- un\n\n  suite du point\n- deux")
    assert [b.kind for b in blocks] == ["bullet", "paragraph", "bullet"]


def test_unicode_bullet_stays_in_the_text() -> None:
    # "•" is not Markdown: sections.py opens the item, markup keeps the character.
    (block,) = parse_blocks("• trois")
    assert block.kind == "paragraph"
    assert block.lines[0].text == "• trois"


def test_indented_line_is_prose_not_code() -> None:
    (block,) = parse_blocks("    Le ministre a parlé.")
    assert block.kind == "paragraph"
    assert block.lines[0].text == "Le ministre a parlé."


def test_html_block_paragraphs_and_entities() -> None:
    blocks = parse_blocks("<p>Un &amp; deux</p><p>trois</p>")
    assert [(b.kind, b.lines[0].text) for b in blocks] == [
        ("paragraph", "Un & deux"),
        ("paragraph", "trois"),
    ]


def test_br_splits_lines() -> None:
    (block,) = parse_blocks("un<br>deux<br/>trois")
    assert [line.text for line in block.lines] == ["un", "deux", "trois"]


def test_fenced_block_is_kept_as_text() -> None:
    (block,) = parse_blocks("```\nligne un\nligne deux\n```")
    assert block.kind == "paragraph"
    assert [line.text for line in block.lines] == ["ligne un", "ligne deux"]


def test_separators_are_plain_paragraphs() -> None:
    blocks = parse_blocks("(...)\n\n( )\n\n(…)")
    assert [(b.kind, b.lines[0].text) for b in blocks] == [
        ("paragraph", "(...)"),
        ("paragraph", "( )"),
        ("paragraph", "(…)"),
    ]


def test_blocks_come_in_source_order() -> None:
    blocks = parse_blocks("## A\n\nun\n\n## B\n\ndeux")
    assert [(b.kind, b.lines[0].text) for b in blocks] == [
        ("heading", "A"),
        ("paragraph", "un"),
        ("heading", "B"),
        ("paragraph", "deux"),
    ]


def test_empty_text_has_no_blocks() -> None:
    assert parse_blocks("") == []
    assert parse_blocks("\n\n  \n") == []


@PROPERTY
@given(WORDS, st.sampled_from([("**", "**"), ("<b>", "</b>"), ("<strong>", "</strong>")]))
def test_bold_spans_cover_exactly_the_bold_words(
    words: list[tuple[str, bool]], marks: tuple[str, str]
) -> None:
    opening, closing = marks
    source = " ".join(f"{opening}{w}{closing}" if bold else w for w, bold in words)
    line = only_line(parse_blocks(source))
    assert line.text == " ".join(w for w, _ in words)
    assert bold_texts(line) == [w for w, bold in words if bold]
    for span in line.bold:
        assert 0 <= span.start < span.end <= len(line.text)


def test_html_block_structure_br_hr_headings_and_scripts() -> None:
    source = (
        "<html><head><style>p { color: red; }</style></head><body>\n<h2>Arménie</h2>\n"
        "<p>Un.<br>Deux.</p>\n<hr>\n<p>Trois.</p><script>var x = 1;</script>\n</body></html>"
    )
    blocks = parse_blocks(source)
    assert [(b.kind, [line.text for line in b.lines]) for b in blocks] == [
        ("heading", ["Arménie"]),
        ("paragraph", ["Un.", "Deux."]),
        ("rule", []),
        ("paragraph", ["Trois."]),
    ]
    assert blocks[1].lines[1].after_break


def test_setext_rubric_and_numbered_list_flag() -> None:
    blocks = parse_blocks("Politique étrangère\n===================\n\n1. Azerbaïdjan")
    assert [(b.kind, b.numbered) for b in blocks] == [("heading", False), ("bullet", True)]


def test_setext_heading_inside_a_quoted_block() -> None:
    blocks = parse_blocks("> Politique\n> ==========\n>\n> Texte.")
    assert [(b.kind, [line.text for line in b.lines]) for b in blocks] == [
        ("heading", ["Politique"]),
        ("paragraph", ["Texte."]),
    ]
