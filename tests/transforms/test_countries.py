"""country_code: section headings in many languages and scripts -> ISO 3166-1 alpha-2."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.countries import country_code, name_key

PROPERTY = settings(max_examples=200, deadline=None, derandomize=True)


@pytest.mark.parametrize(
    "heading",
    [
        "Azerbaïdjan",
        "AZERBAIDJAN",
        "Aserbaidschan",
        "Азербайджан",
        "Azerbaijan",
        "Azərbaycan",
        "## Azerbaïdjan",
        "Azerbaïdjan :",
        "  azerbaïdjan  ",
        "**Azerbaïdjan**",
    ],
)
def test_azerbaijan_in_every_form(heading: str) -> None:
    assert country_code(heading) == "AZ"


@pytest.mark.parametrize(
    ("heading", "code"),
    [
        ("Arménie", "AM"),
        ("ARMENIE", "AM"),
        ("Armenia", "AM"),
        ("Հայաստան", "AM"),
        ("Géorgie", "GE"),
        ("GEORGIE", "GE"),
        ("საქართველო", "GE"),
        ("Russie", "RU"),
        ("Russia", "RU"),
        ("Россия", "RU"),
        ("Russian Federation", "RU"),
        ("Turquie", "TR"),
        ("Türkiye", "TR"),
        ("Iran", "IR"),
        ("Iran, Islamic Republic of", "IR"),
        ("États-Unis", "US"),
        ("USA", "US"),
        ("Royaume-Uni", "GB"),
        ("Allemagne", "DE"),
        ("Deutschland", "DE"),
        ("Israël", "IL"),
        ("Corée du Sud", "KR"),
        ("Kosovo", "XK"),
        ("КЫРГЫЗСТАН", "KG"),
        ("Kirgisien", "KG"),
        ("Moldawien", "MD"),
        ("Qazaqstan", "KZ"),
    ],
)
def test_other_countries(heading: str, code: str) -> None:
    assert country_code(heading) == code


@pytest.mark.parametrize(
    "heading",
    [
        "A LA UNE",
        "À LA UNE",
        "Politique étrangère",
        "Moscou",
        "Union européenne",
        "Haut-Karabakh",
        "Azerbaïdjan / Arménie",
        "Le",
        "",
    ],
)
def test_rubrics_cities_and_regions_have_no_code(heading: str) -> None:
    assert country_code(heading) is None


def test_name_key_folds_case_accents_and_edge_punctuation() -> None:
    assert name_key("  ## Azerbaïdjan : ") == "azerbaidjan"
    assert name_key("Côte d’Ivoire") == "cote d'ivoire"


@PROPERTY
@given(st.text(max_size=40))
def test_country_code_is_none_or_two_capitals(heading: str) -> None:
    code = country_code(heading)
    assert code is None or (len(code) == 2 and code.isascii() and code.isupper())


@pytest.mark.parametrize(
    ("name", "code"),
    [("Amerika", "US"), ("Großbritannien", "GB"), ("İngiltere", "GB"), ("Косово", "XK")],
)
def test_everyday_names_outside_the_iso_tables(name: str, code: str) -> None:
    assert country_code(name) == code


@pytest.mark.parametrize(
    ("heading", "code"),
    [("L'Arménie", "AM"), ("LA GÉORGIE", "GE"), ("Die Ukraine", "UA"), ("Le Monde", None)],
)
def test_heading_with_a_leading_article(heading: str, code: str | None) -> None:
    assert country_code(heading, fuzzy=True) == code


@pytest.mark.parametrize(
    ("heading", "code"),
    [
        ("En Arménie", "AM"),
        ("Aus Georgien", "GE"),
        ("Azerbaycan'da", "AZ"),
        ("Ադրբեջանում", "AZ"),
        ("საქართველოში", "GE"),
        ("Da Roma", None),
    ],
)
def test_heading_with_a_preposition_or_a_case_ending(heading: str, code: str | None) -> None:
    assert country_code(heading, fuzzy=True) == code


@pytest.mark.parametrize(
    ("heading", "code"),
    [
        ("SCOTLAND", "GB"),
        ("WALES", "GB"),
        ("Écosse", "GB"),
        ("Nordirland", "GB"),
        ("RDC", "CD"),
        ("CENTRAFRIQUE", "CF"),
        ("KIBRIS", "CY"),
        ("Sint Maarten", "SX"),
        ("SINT EUSTATIUS", "BQ"),
        ("FALKLAND ISLANDS", "FK"),
        ("ST VINCENT AND THE GRENADINES", "VC"),
        ("St. Kitts and Nevis", "KN"),
        ("Չեռնոգորիա", "ME"),
        ("لبنان", "LB"),
    ],
)
def test_headings_of_nations_short_forms_and_saints(heading: str, code: str) -> None:
    assert country_code(heading, fuzzy=True) == code


def test_the_uk_nations_are_no_country_outside_a_heading() -> None:
    # "Transport Scotland", "Rhodri Wales": the person and body tables read without fuzzy
    assert country_code("Scotland") is None


@pytest.mark.parametrize(
    ("heading", "code"),
    [
        ("St. Kitts und Nevis", "KN"),
        ("St. Vincent und die Grenadinen", "VC"),
        ("St. Pierre und Miquelon", "PM"),
    ],
)
def test_names_written_with_st_are_read_before_saint(heading: str, code: str) -> None:
    assert country_code(heading) == code


def test_a_name_two_countries_share_before_their_brackets_names_neither() -> None:
    assert country_code("Sint-Maarten") is None
