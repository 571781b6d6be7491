"""A news page pasted from the web: the site's trail, stamps, captions, links to other
articles and tags are no text; the headline heads the article. The pages are invented."""

from __future__ import annotations

import pytest

from transforms.document import document_to_dict, parse_document
from transforms.web_furniture import is_page_link, is_site_trail

PAGE = """VN.at › Vorarlberg › Montafon

„Ohne Lift verliert Gargellen seine Familien“ – Bürgermeisterin schlägt Alarm

Von Theresa Bitschnau · 12. Dezember 2034, 07:30 Uhr
Foto: Der stillgelegte Schlepplift am Ortsrand von Gargellen. VN/Hartinger

Gargellen, das hinterste Dorf im Montafon, geht in den ersten Winter ohne seinen Dorflift. \
Die Liftgesellschaft hat den Betrieb im Oktober eingestellt, weil sich eine Sanierung nicht \
mehr rechnet. Für die Familien des Dorfes beginnt damit ein Winter der langen Busfahrten.

„Der Lift war für unsere Kinder der Weg zum Skifahren“, sagt Rosmarie Tschofen, \
Bürgermeisterin von St. Gallenkirch.

Lesen Sie auch: Montafon: Schneemangel kostet die Bergbahnen Millionen

Der Geschäftsführer der Liftgesellschaft, Engelbert Salzgeber, sieht das anders. „Ein Lift \
auf 1400 Metern hat ohne Beschneiung keine Zukunft“, so Salzgeber.

Schlagwörter: Gargellen, Skilift, Montafon
"""


def _parsed(text: str) -> dict[str, object]:
    return document_to_dict(parse_document(text.encode("utf-8")))


def test_a_pasted_news_page_is_headed_by_its_headline_and_dated_by_its_stamp() -> None:
    doc = _parsed(PAGE)
    sections = doc["sections"]
    assert isinstance(sections, list) and len(sections) == 1
    assert sections[0]["heading"].startswith("„Ohne Lift verliert Gargellen")
    assert doc["review_date"] == "2034-12-12"


def test_a_pasted_news_page_keeps_only_its_text_as_paragraphs() -> None:
    doc = _parsed(PAGE)
    (section,) = doc["sections"]
    paragraphs = [p["text"] for item in section["items"] for p in item["paragraphs"]]
    assert len(paragraphs) == 3
    assert not any(
        p.startswith(("VN.at", "Von ", "Foto:", "Lesen Sie", "Schlag")) for p in paragraphs
    )


def test_a_headlines_quotation_is_no_quotation_of_the_text() -> None:
    doc = _parsed(PAGE)
    quotes = doc["quotes"]
    assert isinstance(quotes, list)
    assert [q["speaker"] for q in quotes] == ["Rosmarie Tschofen", "Engelbert Salzgeber"]


@pytest.mark.parametrize(
    "line",
    [
        "VN.at › Vorarlberg › Montafon",
        "Milliyet > Yerel Haberler > Kırklareli",
        "Schwarzwälder Bote | Lokales | Triberg",
        "Report.az / Region",
        "azatutyun.am",
    ],
)
def test_site_trails(line: str) -> None:
    assert is_site_trail(line)


@pytest.mark.parametrize(
    "line",
    [
        "Aliyev / Aliev: the same man",
        "Le ministre a parlé. Il reviendra › demain",
        "Baku, 12 March 2034",
    ],
)
def test_lines_that_are_no_trail(line: str) -> None:
    assert not is_site_trail(line)


@pytest.mark.parametrize(
    "line",
    [
        "Etiketler: Kıyıköy, dalyan, balıkçılık",
        "Պիտակներ՝ Տավուշ, Չինարի, ծիրան",
        "Читайте також: На Прикарпатті відкрили школу писанкарства",
        "Lire aussi : les castanéiculteurs à bout",
        "Czytaj także: Gmina Istebna dopłaci do dowozu uczniów",
    ],
)
def test_tag_lines_and_links_to_other_articles(line: str) -> None:
    assert is_page_link(line)


def test_a_sentence_about_tags_is_text() -> None:
    assert not is_page_link("Tags are what the site adds at the end of each article.")


def test_a_stamp_of_three_parts_under_the_headline_is_no_paragraph() -> None:
    page = (
        "Menorca.info › Menorca › Ciutadella\n\n"
        "El último mestre d'aixa de Ciutadella busca aprendiz\n\n"
        "Joana Maria Febrer | Ciutadella | Actualizado hace 3 horas\n\n"
        "El mestre d'aixa Xec Benejam Olives entró en el astillero de su padre a los catorce "
        "años y no ha vuelto a salir de él. Hoy es el último que trabaja en el puerto, y busca "
        "desde hace dos años a alguien que quiera aprender el oficio.\n\n"
        "«Una barca ben feta dura més que qui la fa», dice Benejam.\n"
    )
    doc = _parsed(page)
    (section,) = doc["sections"]
    paragraphs = [p["text"] for item in section["items"] for p in item["paragraphs"]]
    assert len(paragraphs) == 2
    assert [q["speaker"] for q in doc["quotes"]] == ["Xec Benejam Olives"]


@pytest.mark.parametrize(
    "line",
    [
        "Arménie / Azerbaïdjan",
        "Israel · Gaza",
        "Elecciones 2024 | Sánchez gana en Cataluña",
        "Von Max Muster | 12.03.2024 | Berlin",
        "Revue de presse | 12 mars 2024",
    ],
)
def test_headings_and_dated_stamps_are_no_trail(line: str) -> None:
    assert not is_site_trail(line)


def test_two_dated_lines_opening_a_review_stay_its_text() -> None:
    text = (
        "Arménie : élections le 12 mai 2024\nGéorgie : manifestations depuis le 28 novembre 2023"
        "\n\nLa presse arménienne commente la campagne électorale.\n"
    )
    doc = _parsed(text)
    paragraphs = [p["text"] for s in doc["sections"] for i in s["items"] for p in i["paragraphs"]]
    assert doc["review_date"] is None
    assert any(p.startswith("Géorgie : manifestations") for p in paragraphs)
