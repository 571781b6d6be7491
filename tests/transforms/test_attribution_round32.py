"""Attribution shapes of session 32, on invented text."""

from __future__ import annotations

import pytest

from tests.transforms.parsed import attributions, quotes


@pytest.mark.parametrize(
    ("text", "institution"),
    [
        (
            "• Lodi: «Nei campi mancano trecento raccoglitori per la stagione del melone», "
            "denuncia la Flai Cgil di Lodi.",
            "Flai Cgil di Lodi",
        ),
        (
            "La Confédération hydrographique de l'Èbre a fait savoir que « les prélèvements "
            "agricoles restent la principale cause de la baisse du fleuve ».",
            "Confédération hydrographique de l'Èbre",
        ),
    ],
)
def test_bodies_of_session_32(text: str, institution: str) -> None:
    assert attributions(text) == [(None, institution)]


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        (
            "«Non firmeremo questo contratto», ha detto il segretario della Cgil di Lodi, "
            "Marco Ferrari.",
            "Marco Ferrari",
            "segretario della Cgil di Lodi",
        ),
        (
            "Selon Jean Dupont, président de la Confédération paysanne, « les prix ne couvrent "
            "plus les coûts ».",
            "Jean Dupont",
            "président de la Confédération paysanne",
        ),
    ],
)
def test_a_person_of_such_a_body_keeps_the_quotation(text: str, speaker: str, role: str) -> None:
    (quote,) = quotes(text)
    assert (quote["speaker"], quote["speaker_role"]) == (speaker, role)
