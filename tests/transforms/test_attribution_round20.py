"""Attribution shapes of session 20, on invented text.

An impersonal statement cue ("йдеться в заяві", "говорится в заявлении") names no speaker,
unless a person's full name follows the statement noun: then the statement is theirs.
"""

from __future__ import annotations

import pytest

from tests.transforms.parsed import attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Київ. «Ми не здамося», — йдеться в заяві президента Володимира Зеленського.",
            [("Володимира Зеленського", None)],
        ),
        (
            "Київ. «Ми не здамося», — йдеться в заяві Володимира Зеленського.",
            [("Володимира Зеленського", None)],
        ),
        (
            "Москва. «Мы не сдадимся», — говорится в заявлении президента Владимира Путина.",
            [("Владимира Путина", None)],
        ),
        # a body's statement stays the body's
        (
            "Київ. «Ми не здамося», — йдеться в заяві Міністерства оборони України.",
            [(None, "Міністерство оборони України")],
        ),
        (
            "Москва. «Мы не сдадимся», — говорится в заявлении Министерства обороны России.",
            [(None, "Министерство обороны России")],
        ),
    ],
)
def test_a_statement_cue_then_a_persons_name_gives_the_person(
    text: str, expected: list[tuple[object, object]]
) -> None:
    assert attributions("Новини\n\n" + text) == expected
