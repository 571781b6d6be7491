"""Headings, items, credits, wire datelines and review dates in the shapes real inboxes bring."""

from __future__ import annotations

from datetime import date

import pytest

from tests.transforms.test_sections import outline_of
from transforms.dates import find_date, review_date
from transforms.document import parse_document
from transforms.markup import setext_to_atx
from transforms.sections import (
    DATELINE,
    Outline,
    is_byline,
    is_credit_line,
    is_separator,
    match_dateline,
    undecorated,
)


def headings(outline: Outline) -> list[tuple[str | None, str | None, int]]:
    """Return (heading, country, number of items) per section."""
    return [(s.heading, s.country_code, len(s.items)) for s in outline.sections]


def paragraphs(outline: Outline) -> list[str]:
    return [line.text for s in outline.sections for item in s.items for line in item.lines]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I. ARMENIA", "ARMENIA"),
        ("2) Azerbaijan", "Azerbaijan"),
        ("IV. Politique étrangère", "Politique étrangère"),
        ("— БЕЛАРУСЬ —", "БЕЛАРУСЬ"),
        ("• Georgia •", "Georgia"),
        ("1. Le ministre a signé un accord de coopération avec la Turquie.", None),
    ],
)
def test_undecorated_numbered_and_dashed_headings(text: str, expected: str | None) -> None:
    assert undecorated(text) == expected


def test_setext_headings_rubric_and_country() -> None:
    outline = outline_of("À la une\n========\n\nTexte un.\n\nArménie\n-------\n\nTexte deux.")
    assert headings(outline) == [("À la une", None, 1), ("Arménie", "AM", 1)]


def test_dashes_under_a_sentence_stay_a_separator() -> None:
    assert setext_to_atx("Une phrase entière.\n---") == "Une phrase entière.\n---"
    assert setext_to_atx("Texte\nsuite du texte\n---") == "Texte\nsuite du texte\n---"


def test_numbered_list_heading_then_numbered_items() -> None:
    text = "1. Azerbaijan\n\nFirst item text.\n\n2. Foreign policy\n\nSecond item text."
    assert headings(outline_of(text)) == [("Azerbaijan", "AZ", 1), ("Foreign policy", None, 1)]


def test_numbered_items_are_items() -> None:
    text = "ARMENIA\n\n1. The parliament voted a law.\n\n2. The dram rose again."
    assert headings(outline_of(text)) == [("ARMENIA", "AM", 2)]


def test_rubric_with_a_colon_but_not_speech_announcement() -> None:
    outline = outline_of("Gürcistan:\n\nBanka faizi tuttu.\n\nDış politika:\n\nBakanlar toplandı.")
    assert headings(outline) == [("Gürcistan", "GE", 1), ("Dış politika", None, 1)]
    outline = outline_of("Armenia:\n\nIl a ajouté :\n\n« Nous sommes prêts. »")
    assert [s.heading for s in outline.sections] == ["Armenia"]


def test_colon_line_without_colon_headings_is_text() -> None:
    outline = outline_of(
        "ARMENIA\n\nHraparak writes:\n\n> The government is preparing a reshuffle."
    )
    assert headings(outline) == [("ARMENIA", "AM", 1)]
    assert paragraphs(outline)[0] == "Hraparak writes:"


def test_en_dash_items_but_not_dash_speech() -> None:
    outline = outline_of("ARGELIA\n\n– Primera noticia.\n\n– Segunda noticia.")
    assert headings(outline) == [("ARGELIA", "DZ", 2)]
    outline = outline_of("– Мы готовы, – сказал он.\n\n– Когда? – спросил журналист.")
    assert len(outline.sections[0].items) == 1


@pytest.mark.parametrize("text", ["• • •", "———", "═════", "+++", "* * *", "[…]"])
def test_more_separator_rows(text: str) -> None:
    assert is_separator(text)


@pytest.mark.parametrize(
    "text", ["Photo: Azertac", "Foto: Demonstranten vor dem Parlament.", "Source: APA", "cd/ab/gv"]
)
def test_credit_lines(text: str) -> None:
    assert is_credit_line(text)


def test_credit_lines_are_not_paragraphs_and_sources_are_kept() -> None:
    outline = outline_of("GEORGIA\n\nThe bank kept its rate.\nSource: Interpressnews\n\nNext.")
    assert paragraphs(outline) == ["The bank kept its rate.", "Next."]
    assert outline.sections[0].items[0].sources == ("Interpressnews",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("By Nailia Bagirova", True), ("Von Anna Müller, dpa", True), ("Par la suite", False)],
)
def test_bylines(text: str, expected: bool) -> None:
    assert is_byline(text) is expected


@pytest.mark.parametrize(
    "line",
    [
        "BAKU, March 12 (Reuters) - Text.",
        "ANKARA (AA) - Text.",
        "Tiflis, 7. Oktober 2020 (dpa) - Text.",
        "Maputo, 22 jan 2022 (Lusa) – Texto.",
        "МОСКВА, 3 марта. /ТАСС/. Текст.",
        "თბილისი, 7 ოქტომბერი /საქინფორმი/. ტექსტი.",
    ],
)
def test_datelines(line: str) -> None:
    assert DATELINE.match(line)


def test_not_a_dateline() -> None:
    assert DATELINE.match("The European Union (EU). It said so.") is None


def test_wire_article_with_byline_is_one_section_headed_and_titled_by_its_headline() -> None:
    text = (
        "Georgia delays media law\n\nBy Anna Smith\n\n"
        "TBILISI, Oct 7 (Reuters) - The government delayed the vote.\n\nProtests went on."
    )
    outline = outline_of(text)
    assert outline.title == "Georgia delays media law"
    assert headings(outline) == [("Georgia delays media law", None, 1)]
    assert len(paragraphs(outline)) == 2


def test_dateline_alone_joins_the_paragraph_after_it() -> None:
    outline = outline_of("Headline here\n\nANKARA (AA) -\n\nThe talks began.\n\nMore.")
    assert paragraphs(outline)[0] == "ANKARA (AA) - The talks began."


def test_source_date_header_line_then_text_without_blank_line() -> None:
    outline = outline_of("ARMENIA\n\nHraparak - 5 March 2024\nThe text of the item.")
    (item,) = outline.sections[0].items
    assert item.sources == ("Hraparak",)
    assert [line.text for line in item.lines] == ["The text of the item."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pressespiegel 5.3.2024", date(2024, 3, 5)),
        ("Обзор прессы 05-03-2024", date(2024, 3, 5)),
        ("Press review, 12th of March 2024", date(2024, 3, 12)),
        ("საქართველო, 2024 წლის 7 ოქტომბერი", date(2024, 10, 7)),
    ],
)
def test_more_date_forms(text: str, expected: date) -> None:
    assert find_date(text) == expected


def test_review_date_day_month_takes_the_file_name_year() -> None:
    assert review_date(["Rassegna stampa del 12 marzo"], "rs_20240313.txt") == date(2024, 3, 12)
    assert review_date(["BAKU, March 12 (Reuters) -"], "x_2024-03-13.txt") == date(2024, 3, 12)
    assert review_date(["Revue de presse du 28 décembre"], "r_20250102.txt") == date(2024, 12, 28)


def test_review_date_never_guessed() -> None:
    assert review_date(["МОСКВА, 3 марта. /ТАСС/."], "article.txt") is None


def test_review_date_of_a_parsed_wire_without_year() -> None:
    raw = b"Headline of the day\n\nPARIS, 5 mars (AFP) - Le texte."
    assert parse_document(raw, "afp_20240305.txt").review_date == "2024-03-05"
    assert parse_document(raw, "afp.txt").review_date is None


def test_mail_header_block_gives_title_and_date_and_no_paragraph() -> None:
    text = (
        "From: Press Office <press@example.org>\nSent: Tuesday, March 12, 2024 9:14 AM\n"
        "To: Desk\nSubject: FW: Press review\n\nARMENIA\n\nThe parliament voted."
    )
    outline = outline_of(text)
    assert outline.title == "Press review"
    assert outline.date_line == "Tuesday, March 12, 2024 9:14 AM"
    assert headings(outline) == [("ARMENIA", "AM", 1)]


def test_forward_banner_is_not_a_paragraph() -> None:
    outline = outline_of("---------- Forwarded message ---------\n\nGEORGIA\n\nText.")
    assert paragraphs(outline) == ["Text."]


def test_flag_before_a_country_name() -> None:
    outline = outline_of("🇦🇲 Армения\n\nПарламент принял бюджет.\n\n🇦🇿 Azerbaijan\n\nText.")
    assert headings(outline) == [("Армения", "AM", 1), ("Azerbaijan", "AZ", 1)]


@pytest.mark.parametrize(
    ("heading", "code"), [("ПО АРМЕНИИ", "AM"), ("В Азербайджане", "AZ"), ("Беларуси", "BY")]
)
def test_russian_country_in_another_case(heading: str, code: str) -> None:
    assert headings(outline_of(f"{heading}\n\nТекст заметки.")) == [(heading, code, 1)]


def test_opening_rubric_without_items_is_the_title() -> None:
    outline = outline_of("Armenian news of the week\n\nAzerbaijan\n\nThe parliament voted.")
    assert outline.title == "Armenian news of the week"
    assert headings(outline) == [("Azerbaijan", "AZ", 1)]


def test_tilde_rows_separate_items_and_open_no_code_block() -> None:
    outline = outline_of("GEORGIA\n\n~~~\n\nOne.\n\n~~~\n\nTwo.")
    assert headings(outline) == [("GEORGIA", "GE", 2)]


@pytest.mark.parametrize(
    ("line", "dateline"),
    [
        ("YEREVAN, MARCH 12, ARMENPRESS: Armenia signed.", "YEREVAN, MARCH 12, ARMENPRESS:"),
        ("Москва. 3 марта. ИНТЕРФАКС - Текст.", "Москва. 3 марта. ИНТЕРФАКС -"),
        ("Baku, 12 March 2024 – Text.", "Baku, 12 March 2024 –"),
    ],
)
def test_datelines_without_brackets(line: str, dateline: str) -> None:
    assert match_dateline(line) == dateline


def test_a_sentence_with_a_dash_is_no_dateline() -> None:
    assert match_dateline("Le ministre – qui était à Bakou – a parlé.") is None


def test_reporting_credit_is_not_a_paragraph() -> None:
    text = "Deal signed\n\nBAKU (Reuters) - Text.\n\n(Reporting by A. B.; Editing by C. D.)"
    assert paragraphs(outline_of(text)) == ["BAKU (Reuters) - Text."]


def test_subheading_inside_a_news_article_opens_no_section() -> None:
    text = (
        "Armenia and France sign defence deal\n\nYEREVAN, March 12 (Reuters) - They signed.\n\n"
        "Background\n\nThey have cooperated since 2023.\n\nReporting by A. B.; Editing by C. D."
    )
    outline = outline_of(text)
    assert headings(outline) == [("Armenia and France sign defence deal", None, 1)]
    assert len(paragraphs(outline)) == 2


def test_date_heading_under_the_title_is_no_section() -> None:
    outline = outline_of("# Revue de presse\n\n## 4 mars 2024\n\n1/ Géorgie\n\nLa banque.")
    assert outline.date_line == "4 mars 2024"
    assert headings(outline) == [("Géorgie", "GE", 1)]


def test_georgian_rubric_opens_a_section_and_is_not_joined_to_the_next_paragraph() -> None:
    text = "საქართველო\n\nმთავრობამ ბიუჯეტი დაამტკიცა.\n\nეკონომიკა\n\nბანკმა განაკვეთი შეინარჩუნა."
    assert headings(outline_of(text)) == [("საქართველო", "GE", 1), ("ეკონომიკა", None, 1)]


def test_armenian_full_stop_ends_a_sentence_so_the_line_is_no_heading() -> None:
    text = (
        "ՀԱՅԱՍՏԱՆ\n\nԿենտրոնական բանկը պահպանել է տոկոսադրույքը։\n\nԱԴՐԲԵՋԱՆ\n\nՆախագահը խոսել է։"
    )
    assert headings(outline_of(text)) == [("ՀԱՅԱՍՏԱՆ", "AM", 1), ("ԱԴՐԲԵՋԱՆ", "AZ", 1)]


def test_mixed_case_place_with_agency_and_dash_is_a_dateline() -> None:
    assert match_dateline("Berlin (dpa) - Die Bundesregierung ...") == "Berlin (dpa) -"
    assert match_dateline("Die Europäische Union (EU) hat ...") is None


def test_armenian_sentence_ending_in_a_colon_is_no_rubric() -> None:
    outline = outline_of("ՀԱՅԱՍՏԱՆ\n\nՎարչապետը մեկնել է Փարիզ:\n\nԱյցը կտևի երկու օր:")
    assert headings(outline) == [("ՀԱՅԱՍՏԱՆ", "AM", 1)]


def test_source_comma_date_line_heads_an_item() -> None:
    text = (
        "AZERBAIGIAN\n\nAPA, 12 marzo 2024\nIl presidente ha firmato.\n\n"
        "Trend, 11.03.2024\nLa SOCAR."
    )
    (section,) = outline_of(text).sections
    assert [item.sources for item in section.items] == [("APA",), ("Trend",)]
    assert [[line.text for line in item.lines] for item in section.items] == [
        ["Il presidente ha firmato."],
        ["La SOCAR."],
    ]


def test_credit_line_alone_is_no_rubric() -> None:
    outline = outline_of("ARMENIA\n\nIl governo ha approvato.\n\nFonte: Armenpress\n\nIl resto.")
    assert headings(outline) == [("ARMENIA", "AM", 1)]


def test_two_digit_year() -> None:
    assert find_date("Press review 12.03.24") == date(2024, 3, 12)
    assert find_date("version 1.2.3.24") is None


def test_wire_with_kicker_stamp_bare_agency_and_caption() -> None:
    text = (
        "AZERBAIJAN-ARMENIA/\nAzerbaijan, Armenia agree to resume border talks\n\n"
        "March 12, 2024 10:45 AM UTC Updated 2 hours ago\n\n"
        "(Reuters) - Azerbaijan and Armenia agreed on Tuesday to resume talks.\n\n"
        "Aliyev and Pashinyan in Munich. (Photo: AFP)\n\nThe talks will be held in Baku."
    )
    outline = outline_of(text)
    assert outline.title is not None and outline.title.endswith("border talks")
    assert outline.date_line == "March 12, 2024 10:45 AM UTC Updated 2 hours ago"
    assert headings(outline) == [(outline.title, None, 1)]
    assert len(paragraphs(outline)) == 2


@pytest.mark.parametrize(
    "name",
    ["2024-03-12_review.txt", "revue_20240312.txt", "review_12.03.2024.txt", "r_12_mars_2024.md"],
)
def test_review_date_from_file_names(name: str) -> None:
    assert review_date([], name) == date(2024, 3, 12)


def test_slashed_iso_date() -> None:
    assert find_date("Press review 2024/03/12") == date(2024, 3, 12)


def test_three_line_title_block() -> None:
    text = "EMBASSY OF FRANCE IN ARMENIA\nPRESS REVIEW\nTuesday 12 March 2024\n\nARMENIA\n\nText."
    outline = outline_of(text)
    assert outline.title is not None and find_date(outline.title) == date(2024, 3, 12)
    assert headings(outline) == [("ARMENIA", "AM", 1)]


def test_item_source_header_does_not_date_the_review() -> None:
    outline = outline_of(
        "POLITIQUE\n\nInterpressnews - 11 mars 2024\nLe parti a présenté sa liste."
    )
    assert outline.date_line is None


def test_country_over_a_first_item_with_a_dateline_is_no_headline() -> None:
    text = "Azerbaïdjan\n\nBAKOU, 12 mars (APA) - Le président a signé.\n\nArménie\n\nLe projet."
    outline = outline_of(text)
    assert headings(outline) == [("Azerbaïdjan", "AZ", 1), ("Arménie", "AM", 1)]


def test_dash_replies_after_an_announcement_stay_speech() -> None:
    outline = outline_of("ARMENIA\n\nThe minister said:\n\n– We are ready.\n\n– Also for talks.")
    assert headings(outline) == [("ARMENIA", "AM", 1)]
    assert paragraphs(outline)[1:] == ["– We are ready.", "– Also for talks."]


def test_dashes_under_a_source_line_are_a_separator() -> None:
    assert setext_to_atx("\nTrend, 12.03.2024\n---") == "\nTrend, 12.03.2024\n---"
    assert setext_to_atx("\n(APA)\n---") == "\n(APA)\n---"


def test_tilde_decorated_heading_and_lone_dash_separator() -> None:
    text = "~~~ Armenia ~~~\n\nThe reform.\n\n—\n\nThe dram.\n\n~~~ Georgia ~~~\n\nThe bank."
    assert headings(outline_of(text)) == [("Armenia", "AM", 2), ("Georgia", "GE", 1)]


@pytest.mark.parametrize(
    "line",
    ["İstanbul (AA) - Metin.", "Şuşa, 12 mart (APA) - Mətn.", "(ANSA) - ROMA, 12 MAR - Testo."],
)
def test_datelines_with_latin_extended_places_and_agency_first(line: str) -> None:
    assert match_dateline(line)


def test_bare_source_line_takes_the_name_under_it() -> None:
    outline = outline_of("ARMENIA\n\nThe reform passed.\nSource:\nArmenpress\n\nThe dram rose.")
    assert paragraphs(outline) == ["The reform passed.", "The dram rose."]
    assert outline.sections[0].items[0].sources == ("Armenpress",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prepared by the press service of the Embassy", True),
        ("Подготовила пресс-служба посольства", True),
        ("Fin de la revue de presse", True),
        ("Prepared by experts, the plan was adopted in May.", False),
    ],
)
def test_who_prepared_the_review_is_a_credit(text: str, expected: bool) -> None:
    assert is_credit_line(text) is expected


def test_headline_then_country_headings_is_a_review_titled_by_the_headline() -> None:
    """A headline-looking first line before country sections is a title, not a section."""
    text = (
        "Caucasus press digest\n\nBAKU, March 12 (Reuters) - Opening words.\n\n"
        "ARMENIA\n\nYerevan said things.\n\nGEORGIA\n\nTbilisi said other things."
    )
    outline = outline_of(text)
    assert outline.title == "Caucasus press digest"
    assert [h[0] for h in headings(outline)][-2:] == ["ARMENIA", "GEORGIA"]
    assert all(h[2] > 0 for h in headings(outline))  # no empty section left by the headline


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        (  # a place of four words in the dateline
            "Galicia declara la emergencia por la sequía en las rías\n\nSan Andrés de Teixido"
            ", 3 de mayo de 2027 (EFE).- La Xunta declaró hoy la emergencia.\n\nMás.",
            "Galicia declara la emergencia por la sequía en las rías",
        ),
        (  # a headline ending on a quotation without a full stop
            'Cabo Verde pede apoio contra a seca "antes das chuvas"\n\nPraia, 4 mai 2027 '
            "(Lusa) - O Governo pediu hoje ajuda.\n\nMais.",
            'Cabo Verde pede apoio contra a seca "antes das chuvas"',
        ),
    ],
)
def test_wire_headline_shapes(text: str, headline: str) -> None:
    assert headings(outline_of(text)) == [(headline, None, 1)]


def test_a_quoted_sentence_closing_with_its_full_stop_is_no_headline() -> None:
    text = 'He said "we will win."\n\nPraia, 4 mai 2027 (Lusa) - O Governo pediu hoje.'
    assert headings(outline_of(text))[0][0] is None
