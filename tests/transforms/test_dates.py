"""Dates in titles and file names, and day-month dates resolved against the review's date."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.dates import date_in_file_name, find_date, month_number, resolve_partial_dates

PROPERTY = settings(max_examples=300, deadline=None, derandomize=True)
REVIEW = date(2017, 3, 27)
FRENCH_MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Revue de la presse azerbaïdjanaise du 27 mars 2017", date(2017, 3, 27)),
        ("Revue de presse du 1er février 2018", date(2018, 2, 1)),
        ("Revue du 5 août 2017", date(2017, 8, 5)),
        ("Revue du 5 aout 2017", date(2017, 8, 5)),
        ("3 Décembre 2016", date(2016, 12, 3)),
        ("le 12 sept. 2017", date(2017, 9, 12)),
        ("Press review, March 27, 2017", date(2017, 3, 27)),
        ("Press review 27th March 2017", date(2017, 3, 27)),
        ("Jan 5, 2018", date(2018, 1, 5)),
        ("Pressespiegel vom 3. März 2017", date(2017, 3, 3)),
        ("Обзор прессы 27 марта 2017 г.", date(2017, 3, 27)),
        ("Обзор СМИ за 27.03.2017", date(2017, 3, 27)),
        ("Rassegna stampa 5 marzo 2017", date(2017, 3, 5)),
        ("Basın özeti 5 Şubat 2017", date(2017, 2, 5)),
    ],
)
def test_find_date_in_title_lines(text: str, expected: date) -> None:
    assert find_date(text) == expected


@pytest.mark.parametrize(
    "text", ["Revista de prensa del 5 de marzo de 2017", "Revista de imprensa, 5 de março de 2017"]
)
def test_find_date_spanish_and_portuguese(text: str) -> None:
    assert find_date(text) == date(2017, 3, 5)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("revue_2017-03-27.txt", date(2017, 3, 27)),
        ("20170327_az.txt", date(2017, 3, 27)),
        ("review 2017_03_27.md", date(2017, 3, 27)),
        ("2017.03.27-revue.txt", date(2017, 3, 27)),
    ],
)
def test_dates_in_file_names(name: str, expected: date) -> None:
    assert date_in_file_name(name) == expected
    assert find_date(name) == expected


@pytest.mark.parametrize(
    "text",
    [
        "31 février 2017",
        "27 mars",
        "March 2017",
        "le 12 mai 1850",
        "ID 12345678",
        "99999999",
        "v1.2.2017",
        "000_0f0d6b5f540838f0.txt",
        "",
    ],
)
def test_no_date(text: str) -> None:
    assert find_date(text) is None


@pytest.mark.parametrize(
    ("word", "number"),
    [
        ("mars", 3),
        ("MARS", 3),
        ("août", 8),
        ("sept.", 9),
        ("Jan", 1),
        ("juil", 7),
        ("Mai", 5),
        ("März", 3),
        ("марта", 3),
        ("Şubat", 2),
        ("ju", None),
        ("ans", None),
        ("martyrs", None),
    ],
)
def test_month_number(word: str, number: int | None) -> None:
    assert month_number(word) == number


def test_partial_date_before_the_review_month_is_this_year() -> None:
    assert resolve_partial_dates("le 12 mars et le 3 février", REVIEW) == [
        ("12 mars", "2017-03-12"),
        ("3 février", "2017-02-03"),
    ]


def test_partial_date_after_the_review_month_is_last_year() -> None:
    assert resolve_partial_dates("lors de la réunion du 1er septembre", REVIEW) == [
        ("1er septembre", "2016-09-01")
    ]


def test_partial_date_without_review_date_keeps_year_unknown() -> None:
    assert resolve_partial_dates("lors de la réunion du 1er septembre", None) == [
        ("1er septembre", None)
    ]


@pytest.mark.parametrize(
    ("text", "written"),
    [("am 3. März", "3. März"), ("le 3 марта", "3 марта"), ("on 3 March", "3 March")],
)
def test_partial_dates_in_other_languages(text: str, written: str) -> None:
    assert resolve_partial_dates(text, REVIEW) == [(written, "2017-03-03")]


def test_impossible_partial_date_is_kept_without_a_year() -> None:
    assert resolve_partial_dates("le 31 février", REVIEW) == [("31 février", None)]


@pytest.mark.parametrize("text", ["depuis 25 ans", "3 martyrs", "les 12 mais aussi", "5 jours"])
def test_numbers_before_ordinary_words_are_not_dates(text: str) -> None:
    assert resolve_partial_dates(text, REVIEW) == []


@pytest.mark.parametrize(
    "text", ["le 1er septembre 2017", "le 3 mars 2017", "on 3 March 2017", "am 3. März 2017"]
)
def test_full_dates_are_not_partial_dates(text: str) -> None:
    assert resolve_partial_dates(text, REVIEW) == []


@PROPERTY
@given(
    st.integers(min_value=1, max_value=28),
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=1900, max_value=2100),
)
def test_french_title_dates_round_trip(day: int, month: int, year: int) -> None:
    text = f"Revue de presse du {day} {FRENCH_MONTHS[month - 1]} {year}"
    assert find_date(text) == date(year, month, day)
    assert date_in_file_name(f"revue_{year:04d}-{month:02d}-{day:02d}.txt") == date(
        year, month, day
    )


@PROPERTY
@given(st.integers(min_value=1, max_value=28), st.integers(min_value=1, max_value=12))
def test_resolved_partial_dates_never_lie_after_the_review_month(day: int, month: int) -> None:
    ((written, resolved),) = resolve_partial_dates(f"le {day} {FRENCH_MONTHS[month - 1]}", REVIEW)
    assert written == f"{day} {FRENCH_MONTHS[month - 1]}"
    assert resolved is not None
    when = date.fromisoformat(resolved)
    assert (when.year, when.month) <= (REVIEW.year, REVIEW.month)
    assert (when.month, when.day) == (month, day)


@PROPERTY
@given(st.text(max_size=80))
def test_find_date_never_raises(text: str) -> None:
    found = find_date(text)
    assert found is None or 1900 <= found.year <= 2100
