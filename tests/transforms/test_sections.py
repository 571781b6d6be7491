"""build_outline over parse_blocks: headings, title, separators, bullets, source headers."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.transforms.parsed import headings
from transforms.countries import country_code
from transforms.markup import Block, Line, parse_blocks
from transforms.normalize import normalize_text
from transforms.sections import (
    Outline,
    build_outline,
    heading_of,
    is_separator,
    source_header,
)


def outline_of(text: str) -> Outline:
    return build_outline(parse_blocks(normalize_text(text)))


def shape(outline: Outline) -> list[tuple[str | None, str | None, list[list[str]]]]:
    """Return (heading, country, [[paragraph texts] per item]) per section."""
    return [
        (s.heading, s.country_code, [[line.text for line in item.lines] for item in s.items])
        for s in outline.sections
    ]


def test_markdown_heading_opens_a_country_section() -> None:
    outline = outline_of("## Azerbaïdjan\n\nLe président a parlé.")
    assert shape(outline) == [("Azerbaïdjan", "AZ", [["Le président a parlé."]])]


def test_capitals_heading_and_a_la_une() -> None:
    outline = outline_of("AZERBAIDJAN\n\nUn texte ici.\n\nA LA UNE\n\nAutre texte.")
    assert shape(outline) == [
        ("AZERBAIDJAN", "AZ", [["Un texte ici."]]),
        ("A LA UNE", None, [["Autre texte."]]),
    ]


def test_capitals_heading_as_first_line_of_a_block() -> None:
    outline = outline_of("AZERBAIDJAN\nLe président a parlé.\nIl a dit oui.")
    assert shape(outline) == [("AZERBAIDJAN", "AZ", [["Le président a parlé.", "Il a dit oui."]])]


def test_rubric_line_opens_a_section_without_country() -> None:
    outline = outline_of("AZERBAIDJAN\n\nPolitique étrangère\n\nLe ministre a parlé.")
    assert shape(outline) == [
        ("AZERBAIDJAN", "AZ", []),
        ("Politique étrangère", None, [["Le ministre a parlé."]]),
    ]


def test_short_line_followed_by_lowercase_is_a_broken_paragraph_not_a_rubric() -> None:
    outline = outline_of("Le ministre a parlé de grandes\n\ntraditions.")
    assert shape(outline) == [(None, None, [["Le ministre a parlé de grandes", "traditions."]])]


@pytest.mark.parametrize(
    "heading", ["Azerbaïdjan", "AZERBAIDJAN", "Aserbaidschan", "Азербайджан", "Azerbaijan"]
)
def test_country_headings_in_many_languages(heading: str) -> None:
    outline = outline_of(f"{heading}\n\nTexte.")
    assert shape(outline) == [(heading, "AZ", [["Texte."]])]


def test_title_line_with_a_date_is_the_title_not_a_section() -> None:
    outline = outline_of(
        "Revue de la presse azerbaïdjanaise du 27 mars 2017\n\nAZERBAIDJAN\n\nTexte."
    )
    assert outline.title == "Revue de la presse azerbaïdjanaise du 27 mars 2017"
    assert shape(outline) == [("AZERBAIDJAN", "AZ", [["Texte."]])]


@pytest.mark.parametrize(
    "title",
    [
        "Press review 27 March 2017",
        "Pressespiegel vom 3. März 2017",
        "# Revue de presse du 2 mai 2017",
    ],
)
def test_title_lines_in_other_languages_and_as_heading(title: str) -> None:
    outline = outline_of(f"{title}\n\nGEORGIA\n\nText one.")
    assert outline.title == title.lstrip("# ")
    assert shape(outline) == [("GEORGIA", "GE", [["Text one."]])]


def test_a_dated_sentence_in_the_body_is_not_a_title() -> None:
    outline = outline_of("## Géorgie\n\nTexte.\n\nLe 27 mars 2017 le ministre est venu.")
    assert outline.title is None


@pytest.mark.parametrize("separator", ["(...)", "(…)", "( )", "()", "***", "---", "* * *"])
def test_separators_split_items_and_are_not_text(separator: str) -> None:
    outline = outline_of(f"## Azerbaïdjan\n\nUn.\n\n{separator}\n\nDeux.")
    assert shape(outline) == [("Azerbaïdjan", "AZ", [["Un."], ["Deux."]])]


def test_separator_lines_without_blank_lines_split_items() -> None:
    outline = outline_of("## Azerbaïdjan\nUn.\n(...)\nDeux.")
    assert shape(outline) == [("Azerbaïdjan", "AZ", [["Un."], ["Deux."]])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(...)", True),
        ("(…)", True),
        ("( )", True),
        (" ( ... ) ", True),
        ("***", True),
        ("- - -", True),
        ("===", True),
        ("(sic)", False),
        ("Oui (...) non", False),
        ("...", False),
        ("", False),
    ],
)
def test_is_separator(text: str, expected: bool) -> None:
    assert is_separator(text) is expected


def test_unicode_bullets_open_items_and_lose_the_mark() -> None:
    outline = outline_of("## Azerbaïdjan\n\n• Premier point.\n• Deuxième point.\n\n• Troisième.")
    assert shape(outline) == [
        ("Azerbaïdjan", "AZ", [["Premier point."], ["Deuxième point."], ["Troisième."]])
    ]


def test_markdown_bullets_open_items() -> None:
    outline = outline_of("## Géorgie\n\n- Troisième.\n- Quatrième.")
    assert shape(outline) == [("Géorgie", "GE", [["Troisième."], ["Quatrième."]])]


def test_source_list_opens_an_item_with_its_sources() -> None:
    outline = outline_of("## Azerbaïdjan\n\nAPA, Trend - Le président a signé un décret.")
    (section,) = outline.sections
    (item,) = section.items
    assert item.sources == ("APA", "Trend")
    assert [line.text for line in item.lines] == ["Le président a signé un décret."]


def test_source_and_date_header_opens_an_item_and_is_not_text() -> None:
    outline = outline_of(
        "## Azerbaïdjan\n\nUn.\n\nAzerTac - 12 mars 2017\n\nLe texte de la dépêche."
    )
    (section,) = outline.sections
    assert [(i.sources, [line.text for line in i.lines]) for i in section.items] == [
        ((), ["Un."]),
        (("AzerTac",), ["Le texte de la dépêche."]),
    ]


def test_source_and_date_header_of_the_first_item_is_not_the_title() -> None:
    outline = outline_of("## Azerbaïdjan\n\nAzerTac - 12 mars 2017\n\nLe texte de la dépêche.")
    assert outline.title is None
    (section,) = outline.sections
    (item,) = section.items
    assert item.sources == ("AzerTac",)


def test_bold_in_text_after_a_source_header_is_shifted() -> None:
    outline = outline_of("## Azerbaïdjan\n\nAPA, Trend - Le président **Ilham Aliyev** a signé.")
    (line,) = outline.sections[0].items[0].lines
    (span,) = line.bold
    assert line.text[span.start : span.end] == "Ilham Aliyev"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("APA, Trend - Le président a signé.", (("APA", "Trend"), "Le président a signé.")),
        ("AzerTac - 12 mars 2017", (("AzerTac",), "12 mars 2017")),
        ("Trend.az - Le texte", (("Trend.az",), "Le texte")),
        ("APA - le texte", (("APA",), "le texte")),
        ("Le ministre - dit-on - est parti.", None),
        ("Bakou - La capitale est calme.", None),
        ("Un texte sans tiret.", None),
    ],
)
def test_source_header(text: str, expected: tuple[tuple[str, ...], str] | None) -> None:
    assert source_header(text) == expected


def test_heading_of_body_text_is_none() -> None:
    block = Block("paragraph", (Line("Le ministre a dit que la paix est proche."),))
    assert heading_of(block, None) is None


def test_heading_of_bold_rubric() -> None:
    block = Block("paragraph", (Line("Politique intérieure", ()),))
    assert heading_of(block, "Le parlement a voté.") == "Politique intérieure"


def test_section_country_codes_agree_with_country_code() -> None:
    outline = outline_of("## Géorgie\n\nA.\n\n## Arménie\n\nB.\n\n## A la une\n\nC.")
    assert [(s.heading, s.country_code) for s in outline.sections] == [
        ("Géorgie", country_code("Géorgie")),
        ("Arménie", "AM"),
        ("A la une", None),
    ]


def test_text_before_any_heading_goes_to_an_untitled_section() -> None:
    outline = outline_of("Un texte.\n\n## Arménie\n\nB.")
    assert shape(outline) == [(None, None, [["Un texte."]]), ("Arménie", "AM", [["B."]])]


def test_sample_outline() -> None:
    sample = Path(__file__).resolve().parents[2] / "seeds" / "000_0f0d6b5f540838f0.txt"
    outline = outline_of(sample.read_text("utf-8"))
    assert outline.title is None
    ((heading, country, items),) = shape(outline)
    assert (heading, country) == ("Azerbaïdjan", "AZ")
    assert len(items) == 5
    assert sum(len(lines) for lines in items) == 22  # raw blocks, before repair
    assert not any(is_separator(text) for lines in items for text in lines)


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        (
            "Rekonstrukcja rządu coraz bliżej. Kto pożegna się z teką ministra?\n\n"
            "PiS musi wprowadzić pewien rodzaj narracji, powiedział redaktor naczelny.\n\n"
            "Niezależny publicysta stwierdził natomiast, że partia ponosi koszty.\n\n"
            "Premier nie skomentowała tych doniesień.\n",
            "Rekonstrukcja rządu coraz bliżej. Kto pożegna się z teką ministra?",
        ),
        (
            "Deputatdan nazirə sərt cavab: “Biz niyə onun arxasınca düşməliyik?!”\n\n"
            "“Hansısa ölkə gəlmək istəyir gəlsin, istəmir, gəlməsin.”\n\n"
            "Bunu millət vəkili Fazil Mustafa AzNews.az-a açıqlamasında deyib.\n\n"
            "Nazirlik bu barədə hələ açıqlama verməyib.\n",
            "Deputatdan nazirə sərt cavab: “Biz niyə onun arxasınca düşməliyik?!”",
        ),
    ],
)
def test_a_short_web_texts_first_line_is_its_headline(text: str, heading: str) -> None:
    assert headings(text) == [heading]


def test_a_first_line_over_a_review_with_headings_is_no_headline() -> None:
    text = (
        "Revue de presse régionale des quotidiens\n\n"
        "ARMENIE\n\n"
        "Le gouvernement a annoncé de nouvelles mesures pour les retraités.\n\n"
        "GEORGIE\n\n"
        "Le parlement a voté la loi sur les médias.\n"
    )
    assert headings(text) == ["ARMENIE", "GEORGIE"]
