"""Attribution shapes of session 31, on invented text."""

from __future__ import annotations

import pytest

from tests.transforms.parsed import speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Burmistrz Karpacza Joanna Kowalczyk mówiła o parku.\n\n"
            "W rozmowie z Radiem Wrocław Kowalczyk dodała: „Nie pozwolimy na to”.",
            "Joanna Kowalczyk",
        ),
        (
            "Dyrektor parku Ołena Bondarenko zapewniła, że woda nie zagraża grocie.\n\n"
            "W rozmowie z telewizją Suspilne Bondarenko mówiła: „Ми не закриваємо парк”.",
            "Ołena Bondarenko",
        ),
    ],
)
def test_a_medium_glued_to_a_known_surname_is_not_part_of_the_name(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


def test_a_given_name_before_a_known_surname_is_another_person() -> None:
    text = (
        "Burmistrz Joanna Kowalczyk mówiła o parku.\n\n"
        "„Nie pozwolimy na to” – powiedziała Anna Kowalczyk, radna."
    )
    assert speakers(text)[-1] == "Anna Kowalczyk"
