"""Attribution shapes of session 23, on invented text: plural verbs of a body's people, a
given name that is also a word, clergy and trade titles, long attributions and parenthetical
verbs."""

from __future__ import annotations

import pytest

from tests.transforms.parsed import attributions, quotes, speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Russian: a body's people in the plural, the body in the locative before or after
        (
            "• Улгий: «Снегопады продлятся до пятницы», – предупредили в Национальном "
            "агентстве метеорологии Монголии.",
            [(None, "Национальное агентство метеорологии Монголии")],
        ),
        (
            "В Министерстве природных ресурсов и экологии Карелии заверили, что «проверка "
            "шахт завершится до конца ноября».",
            [(None, "Министерство природных ресурсов и экологии Карелии")],
        ),
    ],
)
def test_a_body_speaks_through_its_people_in_the_plural(
    text: str, expected: list[tuple[object, object]]
) -> None:
    assert attributions(text) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a listed given name that is also a word (Ante, Spanish "before"), then the surname
        # closing the sentence
        (
            "„Wir sparen jedes Jahr viel Diesel“, sagte Hafenmeister Ante Kovačević.",
            "Ante Kovačević",
        ),
        # Georgian: "told us" and a shepherd's trade before his name in the ergative
        (
            "„ფარა ორი კვირით გვიან ავიყვანეთ მთაში“, — გვიამბო მეცხვარე ლევან ბერიძემ.",
            "ლევან ბერიძე",
        ),
        # Nato, a given name, though ნატო alone is NATO
        (
            "სასტუმროს მეპატრონე ნატო კაპანაძე ამბობს: „სეზონი ორი კვირით დაგვიანდა“.",
            "ნატო კაპანაძე",
        ),
        # Armenian: Տեր, a married priest's title, is no part of his name
        (
            "Վանքի հովիվ Տեր Վահան Սահակյանը կարևորել է, որ ժամերգությունները չեն դադարեցվի։ "
            "«Վանքը ոչ միայն հուշարձան է, այլև գործող եկեղեցի»,-ընդգծել է նա։",
            "Վահան Սահակյան",
        ),
        # ... but Տեր- opens surnames
        ("«Մենք պատրաստ ենք բանակցել», - ասել է Նարինե Տեր-Պողոսյանը։", "Նարինե Տեր-Պողոսյան"),
    ],
)
def test_the_speaker_named_after_a_title_or_a_verb(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_a_second_quotation_after_a_long_attribution_is_the_same_speakers() -> None:
    text = (
        "« Nous attendions cette décision depuis des années », a déclaré à l'AFP "
        "Anne-Laure Castellani-Orsini, présidente du conseil scientifique du parc marin. « En "
        "1990, on comptait ici douze couples. Il en reste quatre. »"
    )
    assert speakers(text) == ["Anne-Laure Castellani-Orsini"] * 2


def test_a_verb_alone_between_commas_goes_on_with_the_last_speaker() -> None:
    text = (
        'La commissaria europea Ingrid Solberg ha parlato in inglese: "This island is where '
        'Europe began". Un luogo, ha aggiunto, che "ogni studente dovrebbe vedere una volta".'
    )
    assert speakers(text) == ["Ingrid Solberg", "Ingrid Solberg"]


def test_a_subject_with_its_relative_clause_between_commas_is_no_dropped_subject() -> None:
    text = (
        "Мер міста Якуб Новак звернувся до туристів: «Підземелля безпечні, запрошуємо всіх "
        "з липня». Екскурсовод, який двадцять років водить групи, розповів, що «половина "
        "туристів приїжджає зі "
        "Львівщини»."
    )
    found = quotes(text)
    assert [q["speaker"] for q in found] == ["Якуб Новак", None]


def test_after_as_he_added_and_a_comma_the_body_is_what_he_speaks_of() -> None:
    text = (
        "Wójt Hrabušic Ján Novotný zapowiedział po słowacku: „Parkovisko bude počas opráv "
        "bezplatné pre všetkých”. Jak dodał, gmina „straci w tym roku jedną trzecią dochodów”."
    )
    assert speakers(text) == ["Ján Novotný", "Ján Novotný"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Azerbaijani: "one of the traders", before the quotation and its verb
        (
            "Müdir Elnarə Həsənova qeyd edib: “Zərərverici bütün rayonlarda müşahidə olunur.” "
            "Bazarda fındıq satan sahibkarlardan biri “qiymət artıq 9 manata çatıb” deyib.",
            [("Elnarə Həsənova", None), (None, None)],
        ),
        # French: "en <word>" after the verb is its manner, the subject comes after it
        (
            "Le maire Jean Ravelo a promis des aides. « Tsy manana tany hafa izahay, ary ny vary "
            "no sakafonay », lance en malgache un paysan du village voisin.",
            [(None, None)],
        ),
    ],
)
def test_nobody_named_speaks(text: str, expected: list[tuple[object, object]]) -> None:
    assert attributions(text) == expected


def test_a_frisian_given_name_keeps_the_affiliation_out_of_the_name() -> None:
    text = (
        'Volgens kustonderzoeker Sietske Bouma van Deltares "schuift het wantij al jaren op, '
        'en baggeren alleen verandert daar niets aan".'
    )
    assert speakers(text) == ["Sietske Bouma"]


def test_a_person_before_of_the_university_is_no_part_of_its_name() -> None:
    """The university is named after people; the one quoted stands before "dell'"."""
    text = (
        "Secondo la geologa Marta Kovačeva dell'Università Santi Cirillo e Metodio di Skopje, "
        "«il fosforo dei meleti ha raddoppiato le fioriture in cinque anni»."
    )
    assert speakers(text) == ["Marta Kovačeva"]


def test_russian_speech_typed_with_hyphens_is_dash_speech() -> None:
    text = (
        "Водители не скрывали облегчения.\n\n- Осенью на паром стояли по пять часов, а сегодня "
        "проехали за двадцать минут, - сказал корреспонденту водитель из Нижнего Бестяха.\n\n"
        "- Мост откроют в 2033 году, - добавил министр транспорта Василий Слепцов."
    )
    found = quotes(text)
    assert [q["text"] for q in found] == [
        "Осенью на паром стояли по пять часов, а сегодня проехали за двадцать минут",
        "Мост откроют в 2033 году",
    ]
    assert [q["speaker"] for q in found] == [None, "Василий Слепцов"]


def test_hyphen_bullets_stay_bullets() -> None:
    text = "- Паром: стояли по пять часов, - сказал водитель.\n\n- Мост: откроют в 2033 году."
    assert quotes(text) == []
