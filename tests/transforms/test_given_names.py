"""given_names: common given names in many languages and scripts, and words that only look so."""

from __future__ import annotations

import unicodedata

import pytest

from transforms.given_names import (
    GIVEN_NAMES,
    NOT_GIVEN_NAMES,
    is_given_name,
    is_listed_given_name,
    name_key,
)


@pytest.mark.parametrize(
    "word",
    [
        # English, French, German, Dutch
        "Keir",
        "Olivia",
        "Ségolène",
        "Hélène",
        "Jürgen",
        "Annalena",
        "Wopke",
        # Spanish with Catalan, Basque, Galician; Portuguese; Italian
        "Inmaculada",
        "Jordi",
        "Iker",
        "Xosé",
        "João",
        "Gonçalo",
        "Giuseppe",
        # Nordic, Baltic
        "Björn",
        "Guðrún",
        "Jānis",
        "Rūta",
        "Andrius",
        "Tõnis",
        # Polish, Czech/Slovak, Romanian (comma and cedilla), Hungarian
        "Małgorzata",
        "Przemysław",
        "Jiří",
        "Ľudovít",
        "Ștefan",
        "Ştefan",
        "Zoltán",
        # South Slavic, both scripts
        "Ivan",
        "Marko",
        "Jelena",
        "Đorđe",
        "Јелена",
        "Димитър",
        # Russian, Ukrainian, Belarusian, and transliterations
        "Дмитрий",
        "Пётр",
        "Dmitry",
        "Dmitri",
        "Dmitriy",
        "Sergei",
        "Sergey",
        "Андрій",
        "Олена",
        "Ірина",
        "Volodymyr",
        "Oleksandr",
        "Аляксандр",
        "Sviatlana",
        # Greek, Turkish, Azerbaijani
        "Konstantinos",
        "Eleni",
        "Mehmet",
        "Ayşe",
        "Levent",
        "İbrahim",
        "Recep",
        "Elnur",
        "Aygün",
        "İlham",
        "Ilham",
        "Rəşad",
        # Central Asia, both scripts
        "Nursultan",
        "Aigerim",
        "Шавкат",
        "Айгуль",
        "Қасым",
        # Georgian and Armenian, both scripts; Armenian "և" either way
        "გიორგი",
        "ნიკა",
        "თამარ",
        "Giorgi",
        "Irakli",
        "Tamar",
        "Արմեն",
        "Նարինե",
        "Գոհար",
        "Հայկ",
        "Գևորգ",
        "Գեւորգ",
        "Tigran",
        "Anahit",
        # Arabic, Persian, Hebrew
        "Mohammed",
        "Ahmed",
        "Fatima",
        "Youssef",
        "Huda",
        "Reza",
        "Yael",
        # Any case, decomposed input, hyphenated names
        "MARIA",
        unicodedata.normalize("NFD", "Jānis"),
        "Jean-Pierre",
        "Marie-Hélène",
        "Anna-Lena",
        "Kassym-Jomart",
    ],
)
def test_given_name(word: str) -> None:
    assert is_given_name(word)


@pytest.mark.parametrize(
    "word",
    [
        "Said",
        "Mark",
        "May",
        "Paris",
        "Georgia",
        "Jordan",
        "Santiago",
        "Victoria",
        "Ministry",
        "Президент",
        "Москва",
        "Janvier",
        "März",
        "Ankara",
        # titles, saint prefixes, months, capitals, common nouns
        "Sultan",
        "San",
        "Santa",
        "August",
        "Kasım",
        "София",
        "Deniz",
        "Devlet",
        "Bianca",
        "ნატო",
        # hyphenated words with a part that is not a given name
        "Saint-Pierre",
        "Nur-Sultan",
        "Mercedes-Benz",
        "Jean-",
        "-Pierre",
        "",
        "Jo",
    ],
)
def test_not_a_given_name(word: str) -> None:
    assert not is_given_name(word)


def test_names_are_casefolded_single_words_of_three_letters_or_more() -> None:
    bad = sorted(
        name
        for name in GIVEN_NAMES
        if name != name.casefold() or name != name_key(name) or " " in name or len(name) < 3
    )
    assert bad == []


def test_names_are_letters_only() -> None:
    assert sorted(name for name in GIVEN_NAMES if not name.isalpha()) == []


def test_deliberate_exclusions_stay_out() -> None:
    assert sorted(GIVEN_NAMES & NOT_GIVEN_NAMES) == []


def test_table_is_large() -> None:
    assert len(GIVEN_NAMES) > 3000


@pytest.mark.parametrize("word", ["Boštjan", "brendan", "Humberto", "Min"])
def test_the_dictionary_of_first_names_knows_names_the_tables_lack(word: str) -> None:
    assert is_listed_given_name(word)


@pytest.mark.parametrize("word", ["Transport", "Acquedotto", "Zestafoni", "Povodí"])
def test_the_dictionary_of_first_names_lacks_bodies_first_words(word: str) -> None:
    assert not is_listed_given_name(word)


@pytest.mark.parametrize("word", ["Ferdinand", "Boštjan", "Ronny", "Halldóra", "Фердинанд"])
def test_names_common_in_a_country_count_as_given_names(word: str) -> None:
    assert is_given_name(word)


@pytest.mark.parametrize("word", ["Van", "Veliko", "Novo", "Mar", "Duc", "Grant", "Hope"])
def test_particles_place_words_and_family_first_names_are_no_given_names(word: str) -> None:
    assert not is_given_name(word)


@pytest.mark.parametrize("word", ["Elşən", "Əhməd", "Ołeksandr", "Swietłana", "Wołodymyr"])
def test_azerbaijani_names_and_east_slavic_names_written_in_polish_are_given_names(
    word: str,
) -> None:
    assert is_given_name(word)
