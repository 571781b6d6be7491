"""Gender from titles in a complement and from Slavic and Turkic surname endings."""

from __future__ import annotations

from transforms.gender import given_name_gender, role_gender, surname_gender


def test_a_title_in_a_complement_is_not_the_head() -> None:
    assert role_gender(["le", "porte-parole", "de", "la", "diplomatie", "iranienne"]) == "m"
    assert role_gender(["le", "chef", "de", "la", "diplomatie"]) == "m"
    assert role_gender(["la", "présidente", "de", "la", "Commission"]) == "f"
    assert role_gender(["la", "ministre"]) == "f"


def test_slavic_and_turkic_surnames_mark_gender() -> None:
    assert given_name_gender("Elnur Mammadov") == "m"
    assert given_name_gender("Kamila Sadykova") == "f"
    assert given_name_gender("Анна Петрова") == "f"
    assert given_name_gender("Игорь Петров") == "m"
    assert given_name_gender("Kadri Simson") is None
    assert given_name_gender("Xosé Villanueva") is None  # -va ends a Spanish surname too
    assert given_name_gender("José Villanueva") == "m"  # a common given name tells
    assert surname_gender("Nowicka") == "f"
    assert surname_gender("Nowicki") == "m"
