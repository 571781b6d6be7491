"""Attribution shapes of session 13 (held-out 50's failures), on invented text.

A body's name before its head's, a pronoun inside a Dutch cue, unnamed Turkic subjects,
the Azerbaijani q of a name Turkish spells with g, and a programme's title after a role.
"""

from __future__ import annotations

import pytest

from tests.transforms.parsed import quotes, speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "« Le quai restera fermé tout l'été », a soupiré Ludovic Amrane, qui vend des "
            "billets au port.",
            "Ludovic Amrane",
        ),
        (
            "Les pêcheurs sont inquiets. « On ne voit plus un seul poisson », soupire "
            "Henriette Malabar.",
            "Henriette Malabar",
        ),
        (
            '"We will not close the mine this year," Chief Executive Naledi Mothibi told '
            "reporters in Francistown.",
            "Naledi Mothibi",
        ),
    ],
)
def test_cues_and_titles_of_round_13(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_a_body_noun_before_a_run_makes_it_the_bodys_name() -> None:
    text = (
        "«El agua alcanza para todos», afirmó la bióloga Almudena Cortés Prieto.\n\n"
        "El presidente del Consejo Regulador del Pimentón, Anselmo Berrocal Lucas, rechazó "
        "las cifras. «Nosotros regamos menos que un campo de golf», dijo."
    )
    assert speakers(text) == ["Almudena Cortés Prieto", "Anselmo Berrocal Lucas"]


def test_a_latin_company_name_before_a_cyrillic_name_is_no_person() -> None:
    text = (
        "«Работы начнутся в мае», — сказал мэр Токмока Бакыт Осмонов.\n\n"
        "Генеральный директор немецкой компании Alpenbahn Technik Франц Обермайер высказался "
        "осторожнее: «Склон очень крутой, и зима здесь приходит рано»."
    )
    assert speakers(text) == ["Бакыт Осмонов", "Франц Обермайер"]


def test_a_pronoun_inside_the_cue_is_its_subject() -> None:
    text = (
        "„De fabriek komt er niet dit jaar”, verklaarde topman Rik Dewaele. In het Engels "
        "voegde hij eraan toe: „We will be back next year.”"
    )
    assert speakers(text) == ["Rik Dewaele", "Rik Dewaele"]


def test_a_programmes_title_after_a_role_is_not_its_holder() -> None:
    text = (
        "De Vlaamse minister van Werk, Greet Van Loocke, reageerde ontgoocheld. „We hebben "
        "alles gedaan wat we konden”, zei de minister in De Zondag Avond."
    )
    assert speakers(text) == ["Greet Van Loocke"]


@pytest.mark.parametrize(
    "unnamed",
    [
        "“Torpağımız qoruq zonasına düşsə, evimizi genişləndirə bilməyəcəyik”, – deyə "
        "sakinlərdən biri bildirib.",
        'Yol kenarında simit satan bir esnaf ise "Yolcular artık burada durmayacak" diye '
        "endişesini dile getirdi.",
    ],
)
def test_an_unnamed_turkic_subject_after_a_named_speaker(unnamed: str) -> None:
    named = (
        "“Tunel noyabr ayında istifadəyə veriləcək”, – deyə nazir müavini Rauf Həsənli bildirib."
    )
    assert speakers(f"{named}\n\n{unnamed}") == ["Rauf Həsənli", None]


def test_the_azerbaijani_q_is_the_turkish_g_of_one_name() -> None:
    text = (
        'Karayolları Ajansı Başkanı Elnur Gafarlı, "Tünel kasımda açılacak" dedi.\n\n'
        '"Hiçbir köy yolsuz kalmayacak" diyen Qafarlı, yeni bir kavşak yapılacağını açıkladı.'
    )
    assert speakers(text) == ["Elnur Gafarlı", "Elnur Gafarlı"]


def test_a_noun_before_de_and_a_full_name_is_no_part_of_it() -> None:
    text = (
        "Le directeur du port, **Farid Gasimov**, a promis des navettes.\n\n"
        "Réponse de Farid Qasımov : « Les navettes partiront toutes les heures. »"
    )
    found = quotes(text)
    assert [q["speaker"] for q in found] == ["Farid Gasimov"]


def test_the_arabic_son_of_stays_inside_a_name() -> None:
    text = "«Il prezzo resterà stabile», ha dichiarato il ministro Turki bin Nasser al-Harbi."
    assert speakers(text) == ["Turki bin Nasser al-Harbi"]
