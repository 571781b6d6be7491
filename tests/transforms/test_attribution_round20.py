"""Attribution shapes of session 20, on invented text.

An impersonal statement cue ("йдеться в заяві", "говорится в заявлении") names no speaker,
unless a person's full name follows the statement noun: then the statement is theirs.
"""

from __future__ import annotations

import pytest

from tests.transforms.parsed import attributions, quotes


# The person's name as the nominative (session 46), written only in the genitive here.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Київ. «Ми не здамося», — йдеться в заяві президента Володимира Зеленського.",
            [("Володимир Зеленський", None)],
        ),
        (
            "Київ. «Ми не здамося», — йдеться в заяві Володимира Зеленського.",
            [("Володимир Зеленський", None)],
        ),
        (
            "Москва. «Мы не сдадимся», — говорится в заявлении президента Владимира Путина.",
            [("Владимир Путин", None)],
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


def test_a_pronoun_goes_back_to_the_one_person_its_paragraph_names() -> None:
    # the last speaker was quoted a paragraph earlier; this paragraph introduces another man
    text = (
        "Nachrichten\n\n„Wir bauen die Strecke bis 2030“, sagte Bürgermeister Paweł Drozdowicz."
        "\n\nSkeptisch äußerte sich der Verkehrsplaner Jens Tauscher von der Technischen "
        "Universität Dresden. Die Brücke sei für Fußgänger gebaut worden. „Bevor man über "
        "Fahrpläne spricht, muss jemand rechnen“, sagte er."
    )
    assert attributions(text) == [("Paweł Drozdowicz", None), ("Jens Tauscher", None)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a Polish academy in the genitive is a body, not a person named before the woman
        (
            "Wiadomości\n\nGeolożka z Akademii Górniczo-Hutniczej dr hab. Beata Sroka-Niemiec, "
            "która nadzoruje prace, studzi oczekiwania. „Temperatura na dnie otworu powinna "
            "wynieść około 85 stopni” – zaznaczyła.",
            "Beata Sroka-Niemiec",
        ),
        # Romanian "edilul" (the town's head) is a title, not a name
        (
            "Știri\n\n„Ne ținem de cuvânt”, a declarat primarul municipiului Galați, Cristian "
            "Bădărău.\n\nEdilul a admis că majorarea „nu este deloc populară pentru nimeni”.",
            "Cristian Bădărău",
        ),
        # French "conseille" reports speech
        (
            "Revue\n\nSelon Météo-Bénin, la saison des pluies démarrera en retard. « Les semis ne "
            "devraient pas intervenir avant la fin avril », conseille son directeur, Ulrich "
            "Sossa-Hountondji, dans les colonnes de La Nation.",
            "Ulrich Sossa-Hountondji",
        ),
    ],
)
def test_a_body_in_a_case_a_lone_title_and_a_verb_of_advice(text: str, speaker: str) -> None:
    assert attributions(text)[-1] == (speaker, None)


def test_author_words_between_hyphens_inside_the_marks() -> None:
    # TASS types the dashes as hyphens: a new sentence after them is a second quotation...
    text = (
        "Новости\n\nОб этом ТАСС сообщил министр транспорта области Дмитрий Хватов.\n\n"
        "«Полоса не ремонтировалась с 1985 года, покрытие разрушено, - сказал он. - "
        "Откладывать работы еще на год мы не можем»."
    )
    found = quotes(text)
    assert [q["speaker"] for q in found] == ["Дмитрий Хватов", "Дмитрий Хватов"]
    assert str(found[1]["text"]).startswith("Откладывать")
    # ...one sentence cut by them stays one quotation, attributed by the words inside
    text = (
        "Новости\n\nМинистр Сергей Лавров провел переговоры.\n\n«Мы не навязываем никаких "
        "решений, - подчеркнул министр, - а лишь предлагаем площадку для переговоров»."
    )
    [quote] = quotes(text)
    assert quote["speaker"] == "Сергей Лавров" and quote["speaker_role"] == "министр"


def test_hungarian_cues_titles_and_an_unnamed_source() -> None:
    text = (
        "Hírek\n\nVágvölgyi Tamás, a Szegedi Tudományegyetem hidrológusa szerint a felújítás "
        "„legalább húsz évvel késik a tervekhez képest”. „A régi fal erre nem készült fel” – "
        "magyarázta a szakember.\n\n„Ha két szezonon át állványok lesznek a teraszunk előtt, "
        "azt nem éljük túl” – mondta egy étteremtulajdonos, aki a neve elhallgatását kérte."
    )
    assert [q["speaker"] for q in quotes(text)] == ["Vágvölgyi Tamás", "Vágvölgyi Tamás", None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # someone quoted inside the quotation is not its author
        (
            "Депутат Иван Петров заявил: «Это решение - как сказал вчера Владимир Путин - "
            "Россия не примет никогда».",
            [("Иван Петров", None)],
        ),
        # an academician is a person, not an academy
        (
            "Академик Геннадий Онищенко заявил: «Вакцина будет готова к осени этого года».",
            [("Геннадий Онищенко", None)],
        ),
        # a statement addressed to someone is not theirs; a press office's is the office's
        (
            "«Мы не сдадимся», — говорится в заявлении в адрес губернатора Александра Беглова.",
            [(None, None)],
        ),
        (
            "«Мы не сдадимся», — говорится в сообщении пресс-службы губернатора Александра "
            "Беглова.",
            [(None, "пресс-служба губернатора Александра Беглова")],
        ),
        # the nearest man of the paragraph, not the first
        (
            "Lee said it was fine.\n\nNext to Mayor John Smith sat councillor Peter Brown, who "
            'had long opposed the plan. The criticism was sharp. "This is a disaster for the '
            'whole city," he said.',
            [("Peter Brown", None)],
        ),
    ],
)
def test_counter_examples_of_a_review(text: str, expected: list[tuple[object, object]]) -> None:
    assert attributions("Headline\n\n" + text) == expected
