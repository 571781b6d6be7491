"""Attribution shapes of session 14 (held-out 52, 55 and 56's failures), on invented text.

French pronominal verbs in the compound past, Ukrainian and Polish present-tense cues,
unnamed Romanian and Turkish subjects, the one told after Romanian "pentru", and a quoted
company name inside a title.
"""

from __future__ import annotations

import pytest

from tests.transforms.parsed import quotes, speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Le musée rouvrira en mai. « C'est une renaissance pour toute la vallée », s'est "
            "félicitée la conservatrice du musée, Odile Ferrand.",
            "Odile Ferrand",
        ),
        (
            "Le port reste fermé. « Personne ne nous a prévenus », s'est indigné Marc Tessier, "
            "patron pêcheur.",
            "Marc Tessier",
        ),
        (
            "«Нові вагони вже замовлені», — каже директор депо Петро Коваль.\n\n"
            "Голова профспілки Ірина Мельник не згодна: «Їх чекають із 2019 року».\n\n"
            "«Цього разу гроші вже в бюджеті», — наполягає Коваль.",
            "Петро Коваль",
        ),
        (
            "Minister Anna Rybak zapowiedziała: „Pompy ruszą w maju”.\n\n"
            "Jerzy Wawrzyniak słyszał to już wiele razy.\n\n"
            "– Ja na te pompy czekam od dziesięciu lat – ucina.",
            "Jerzy Wawrzyniak",
        ),
    ],
)
def test_cues_of_round_14(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


@pytest.mark.parametrize(
    "unnamed",
    [
        "„Vrem ca școala să rămână deschisă”, a spus o mamă din satul Mihoreni.",
        "„Autobuzul nu a mai venit de o săptămână”, a declarat o vânzătoare din orașul Storojineț.",
        'Köyde bakkal işleten bir kadın da "Yol kapanınca kimse gelmiyor" dedi.',
        'Bir balıkçı da "Ağlar boş dönüyor" diye konuştu.',
    ],
)
def test_an_unnamed_subject_after_a_named_speaker(unnamed: str) -> None:
    named = (
        "„Școala va primi fonduri noi”, a declarat primarul Ion Vlad."
        if unnamed.startswith("„")
        else 'Belediye Başkanı Ahmet Kurt, "Yol bu ay açılacak" dedi.'
    )
    assert speakers(f"{named}\n\n{unnamed}")[-1] is None


def test_portuguese_o_after_a_cue_is_still_the_article() -> None:
    text = (
        '"Vamos reabrir a estrada em maio", disse o prefeito de Tefé, Nilton Batalha.\n\n'
        '"Os barcos chegam amanhã", disse o prefeito.'
    )
    assert speakers(text) == ["Nilton Batalha", "Nilton Batalha"]


def test_the_one_told_after_romanian_pentru_is_no_speaker() -> None:
    text = (
        "„Școala va primi fonduri noi”, a declarat primarul Ion Vlad.\n\n"
        "O sursă din Prefectura Suceava a declarat pentru Radio Iași că „ordinul va fi publicat "
        "până la sfârșitul lunii”."
    )
    assert speakers(text) == ["Ion Vlad", None]


def test_a_quoted_company_name_stays_inside_the_title_before_a_name() -> None:
    text = (
        "Директор «Карпати-Енерго» Віктор Лазорук заявив, що проєкт пройшов усі погодження: "
        "«Ми маємо висновок з оцінки впливу на довкілля»."
    )
    [quote] = quotes(text)
    assert (quote["speaker"], quote["speaker_role"]) == (
        "Віктор Лазорук",
        "Директор «Карпати-Енерго»",
    )


def test_a_paper_told_in_quotation_marks_is_no_part_of_the_role() -> None:
    text = (
        "«Ми маємо висновок з оцінки впливу на довкілля», — сказав «Українській правді» "
        "директор компанії Віктор Лазорук."
    )
    [quote] = quotes(text)
    assert (quote["speaker"], quote["speaker_role"]) == ("Віктор Лазорук", "директор компанії")
