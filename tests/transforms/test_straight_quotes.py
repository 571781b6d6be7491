"""Straight single quotation marks typed for ‘ ’ (session 39), on invented text."""

from __future__ import annotations

import pytest

from tests.transforms.parsed import quotes
from transforms.document import document_to_dict, parse_document
from transforms.straight_quotes import straight_single_quotes_curled


def test_a_turkish_quotation_in_straight_marks_is_found_and_its_apostrophes_stay() -> None:
    text = (
        "Bakan'ın, 'Belediyelerin bütçelerini her ay denetleyeceğiz' sözlerine Ankara'dan "
        "düzeltme gelmedi."
    )
    assert [q["text"] for q in quotes(text)] == ["Belediyelerin bütçelerini her ay denetleyeceğiz"]
    curled = straight_single_quotes_curled(text)
    assert "Bakan'ın" in curled and "Ankara'dan" in curled


def test_a_spanish_headline_and_paper_names_in_straight_marks() -> None:
    text = (
        "'The Guardian' titula 'La noche de Obama, una victoria amarga para los demócratas' "
        "y 'El País' abre con la economía."
    )
    found = [q["text"] for q in quotes(text)]
    assert found == ["La noche de Obama, una victoria amarga para los demócratas"]


@pytest.mark.parametrize(
    "line",
    [
        "The students' union said it didn't know about the plan.",  # apostrophes only
        "Rock 'n' roll was born in the '50s, he said.",  # '50s opens and never closes
        "He kept the 'old rules for a while, the union's leaders said.",  # left open
    ],
)
def test_apostrophes_are_left_alone(line: str) -> None:
    assert straight_single_quotes_curled(line) == line


def test_a_line_with_an_opening_mark_left_open_keeps_all_its_marks() -> None:
    line = "He said 'we will win and then the 'others will follow."
    assert straight_single_quotes_curled(line) == line


def test_the_paragraph_keeps_its_straight_marks() -> None:
    text = "Bakan'ın 'Belediyelerin bütçelerini her ay denetleyeceğiz' sözleri tartışılıyor."
    paragraphs = [
        p["text"]
        for s in document_to_dict(parse_document(text.encode("utf-8")))["sections"]
        for i in s["items"]
        for p in i["paragraphs"]
    ]
    assert paragraphs == [text]


@pytest.mark.parametrize(
    ("line", "quoted"),
    [
        ("'Teachers' pay must rise this year,' said the union leader.", "‘Teachers' pay"),
        (
            "Ha detto: 'non è un problema, è un po' come sempre'.",
            "‘non è un problema, è un po' come",
        ),
        ("'The Times' writes 'a new era begins' on its front page.", "‘The Times’ writes ‘a new"),
    ],
)
def test_possessives_and_truncations_inside_a_quotation(line: str, quoted: str) -> None:
    assert quoted in straight_single_quotes_curled(line)


@pytest.mark.parametrize(
    "line",
    [
        "La 'ndrangheta è un po' ovunque in Calabria, dice il procuratore.",
        "Ministers told 'em the nurses' pay would rise.",
        "He loved rock 'n' roll.",
    ],
)
def test_elisions_open_no_quotation(line: str) -> None:
    assert straight_single_quotes_curled(line) == line


def test_a_quotation_keeps_its_own_inner_marks() -> None:
    text = "The senator said: \"I told them 'no' three times and they did not listen to me.\""
    assert [q["text"] for q in quotes(text)] == [
        "I told them 'no' three times and they did not listen to me."
    ]
