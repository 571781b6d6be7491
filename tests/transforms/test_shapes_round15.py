"""Document shapes of session 15 (held-out 67's failures), on invented text: a headline
over an article with no dateline, UNN's dateline between bullets, and AGI's agency before
a place written in mixed case."""

from __future__ import annotations

import pytest

from transforms.document import document_to_dict, parse_document


def parse(text: str) -> dict[str, object]:
    return document_to_dict(parse_document(text.encode("utf-8")))


def headings(doc: dict[str, object]) -> list[object]:
    sections = doc["sections"]
    assert isinstance(sections, list)
    return [s["heading"] for s in sections]


def test_a_headline_over_an_article_without_a_dateline() -> None:
    headline = "Ostende: la digue fermée aux vélos tout l'été"
    doc = parse(
        f"{headline}\n\nLa digue d'Ostende sera interdite aux vélos du 1er juin au 31 août, a "
        "annoncé mardi le collège communal. Les commerçants craignent une baisse de leur "
        "chiffre d'affaires, les promeneurs applaudissent. La mesure sera évaluée en "
        "septembre.\n\n« Les familles pourront enfin "
        "marcher sans se retourner toutes les dix secondes », a expliqué l'échevine Ann "
        "Peeters.\n"
    )
    assert headings(doc) == [headline]


def test_a_review_opening_with_a_short_line_keeps_its_shape() -> None:
    doc = parse(
        "Revue de presse\n\nLa presse locale consacre ses unes à la digue d'Ostende, interdite "
        "aux vélos du 1er juin au 31 août, et aux commerçants inquiets pour leur saison.\n\n"
        "BELGIQUE\n\n« Les familles pourront enfin marcher tranquilles », a expliqué l'échevine "
        "Ann Peeters.\n\nPAYS-BAS\n\n« Nous suivrons l'exemple », a dit le maire de Vlissingen.\n"
    )
    assert "BELGIQUE" in " ".join(str(h) for h in headings(doc))


@pytest.mark.parametrize(
    ("dateline", "date"),
    [
        ("Ужгород • 14 березня 2029 • УНН.", "2029-03-14"),
        ("(AGI) - Cagliari, 3 luglio 2029 -", "2029-07-03"),
    ],
)
def test_wire_datelines_date_the_article(dateline: str, date: str) -> None:
    doc = parse(
        f"Un titolo di prova senza punto finale\n\n{dateline} Il traghetto resta fermo in porto "
        "per la terza settimana consecutiva.\n\nLe autorità promettono una soluzione entro "
        "l'estate.\n"
    )
    assert doc["review_date"] == date
