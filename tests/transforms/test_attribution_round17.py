"""Attribution shapes of session 17, on invented text.

A name speaking through a statement is a body's unless it reads as a person's (a given name,
from the tables or from the dictionary of first names); a portfolio's name ending on
"Affairs" is no person.
"""

from __future__ import annotations

import pytest

from tests.transforms.parsed import attributions, speakers


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            '"Sailings will resume on Monday," Transport Norrland said in a statement.',
            "Transport Norrland",
        ),
        (
            "«La galleria riaprirà a maggio», ha fatto sapere Acquedotto Lucano in una nota.",
            "Acquedotto Lucano",
        ),
        (
            "„Die Fähre fährt wieder“, teilte Reederei Halligflotte in einer Mitteilung mit.",
            "Reederei Halligflotte",
        ),
        (
            'Em comunicado, Conservas Barlavento afirmou que "os salários serão pagos".',
            "Conservas Barlavento",
        ),
    ],
)
def test_a_name_without_a_given_name_speaking_through_a_statement_is_a_body(
    text: str, body: str
) -> None:
    assert attributions(text)[-1] == (None, body)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a given name only the dictionary of first names knows
        ('"We acted within the law," Boštjan Hrastnik said in a statement.', "Boštjan Hrastnik"),
        ('"The port stays open," Ferdinand Oyono said in a statement.', "Ferdinand Oyono"),
        # a given name of the African table
        ('"The water is safe," Lindiwe Mabuza said in a statement.', "Lindiwe Mabuza"),
    ],
)
def test_a_person_speaking_through_a_statement_stays_a_person(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # a dictionary given name first, a company's last word: a body
        ('"Fares will rise," Victoria Shipping said in a statement.', "Victoria Shipping"),
    ],
)
def test_a_company_word_ends_a_body_whatever_its_first_word(text: str, body: str) -> None:
    assert attributions(text)[-1] == (None, body)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Minister of Lands and Water Affairs, Dr Sarah Modise, visited Maun. She told "
            'a meeting that the government had "no intention of rationing the delta".',
            "Sarah Modise",
        ),
        (
            "The Minister of Home Affairs, Peter Dlamini, went further. "
            '"The border stays closed," he said.',
            "Peter Dlamini",
        ),
    ],
)
def test_a_portfolio_ending_on_affairs_is_no_person(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # given names common in some country that the tables lack: the words before them
        # are a role's noun or a place, not part of the name
        ("„Die Brücke bleibt zu“, sagte Schleusenwärter Ronny Albers.", "Ronny Albers"),
        (
            "„Zákaz přišel ze dne na den,“ říká majitel půjčovny z Bovce Boštjan Kralj.",
            "Boštjan Kralj",
        ),
        (
            "„Ohne die Höhle haben wir keine Gäste“, sagt Starosta Semriach Ferdinand Pichler.",
            "Ferdinand Pichler",
        ),
        # guards: a place adjective, a surname first, an unknown given name first
        (
            "„Voda je čistá,“ řekl starosta obce Veliko Polje Marek Dvořák.",
            "Marek Dvořák",
        ),
        ('"The dam will hold," said Minister Do Duc Duy Anh.', "Do Duc Duy Anh"),
        ('"Wir bleiben hier", sagte Ghjuvan Petru Santucci.', "Ghjuvan Petru Santucci"),
    ],
)
def test_the_dictionary_of_first_names_shows_where_a_name_starts(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a reporting verb the tables lack, then the speaker's full name
        ('"Who pays for the pumps now?" asked Derek Rowse, a former foreman.', "Derek Rowse"),
        (
            "«Wie betaalt straks de rekening van de renovatie?», gaf rector Pieter Vanhoutte toe.",
            "Pieter Vanhoutte",
        ),
    ],
)
def test_an_unknown_verb_right_after_a_quotation_leads_to_the_full_name(
    text: str, speaker: str
) -> None:
    assert speakers(text)[-1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        # a word opening another clause: its subject is no speaker of the quotation
        "«Il ponte resta chiuso fino a giugno», mentre Carla Neri tace.",
        '"The yard is closed for good," and Peter Smith nodded.',
    ],
)
def test_a_name_after_a_word_opening_another_clause_is_no_speaker(text: str) -> None:
    assert speakers(text)[-1] is None
