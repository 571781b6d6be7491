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


@pytest.mark.parametrize(
    "first_line",
    [
        "Armenia's Foreign Minister Ararat Mirzoyan told reporters on Tuesday that",
        "Selon le ministre de l'Économie Éric Lombard,",
        "By Sarah Jones and Tom Whitfield",
    ],
)
def test_no_headline_from_a_sentence_half_or_a_byline(first_line: str) -> None:
    doc = parse(
        f"{first_line}\n\nthe talks would resume in the spring, after a winter in which both "
        "sides had traded accusations over the border villages and the water of the river. "
        "Officials on both sides confirmed the date on Wednesday.\n\n"
        '"We are closer than ever," he said.\n'
    )
    assert headings(doc) == [None]


def test_a_review_whose_items_open_with_a_dated_source_is_no_article() -> None:
    doc = parse(
        "Was die Zeitungen heute zur Wehrpflicht schreiben\n\nDie deutschen Tageszeitungen "
        "befassen sich am Donnerstag vor allem mit dem neuen Wehrdienstgesetz, das der "
        "Bundestag in der Nacht beschlossen hat, und mit der Frage, ob die Freiwilligkeit "
        "ausreicht, um die Bundeswehr bis 2030 personell zu stärken.\n\nSüddeutsche Zeitung, "
        "14. März\nVerteidigungsminister Boris Pistorius sagte: „Wir setzen zuerst auf "
        "Freiwilligkeit.“\n"
    )
    assert headings(doc) == [None]
