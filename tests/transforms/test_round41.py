"""Shapes of session 41 (real web texts), on invented text: Armenian and Georgian interviews
whose turns are told by their order, Georgian full names with no title before them, a verb
the tables lack before a surname, "De" opening a sentence before a full name."""

from __future__ import annotations

from tests.transforms.parsed import quotes, speakers
from transforms.persons import find_names

ARMENIAN_INTERVIEW = (
    "Հարցազրույց նախկին նախարարի հետ\n\n"
    "Նախկին նախարար Արամ Պետրոսյանը երեկ այցելել է մեր խմբագրություն։ Նա պատասխանել է մեր "
    "հարցերին։\n\n"
    "-Դուք պատրաստվու՞մ եք վերադառնալ քաղաքականություն։\n\n"
    "-Ոչ, ես այլևս չեմ մտածում այդ մասին։ Ինչի՞ս է պետք։\n\n"
    "– Բայց շատերը կարծում են, որ դուք դեռ ազդեցություն ունեք։\n\n"
    "– Այո, ունեմ ընկերներ, բայց դա քաղաքականություն չէ։"
)


def test_an_armenian_interviews_turns_alternate_whatever_they_ask() -> None:
    # glued and spaced dashes, a question marked inside a word, a rhetorical question in
    # an answer and a prompt that is a statement: the paper's turns, then the minister's
    assert speakers(ARMENIAN_INTERVIEW) == [None, "Արամ Պետրոսյան", None, "Արամ Պետրոսյան"]


def test_a_georgian_interviews_answers_go_to_the_person_named_without_a_title() -> None:
    text = (
        "გუშინ თანაგუნდელი ნინო ბერიძე სტუმრად გვეწვია.\n\n"
        "- მზად ხართ არჩევნებისთვის?\n\n"
        "- დიახ, ჩვენ დიდი ხანია ვემზადებით.\n\n"
        "- რას ელით?\n\n"
        "- ვფიქრობ, რომ გავიმარჯვებთ."
    )
    assert speakers(text) == [None, "ნინო ბერიძე", None, "ნინო ბერიძე"]


def test_a_georgian_given_name_and_a_surname_shaped_word_are_a_name() -> None:
    names = find_names("გუშინ თანაგუნდელი ნინო ბერიძე სტუმრად გვეწვია.")
    assert [n.text for n in names] == ["ნინო ბერიძე"]


def test_armenian_dashed_headlines_are_no_interview() -> None:
    text = (
        "Այսօրվա լուրերը՝\n\n- Կառավարությունը հաստատեց բյուջեն\n\n- Ի՞նչ է սպասվում վաղը\n\n"
        "- Նոր դպրոց Գյումրիում\n\n- Ընտրությունները կանցկացվեն հունիսին"
    )
    assert quotes(text) == []


def test_armenian_dashed_sentences_asking_nothing_are_no_interview() -> None:
    text = (
        "Ամփոփում\n\n- Կառավարությունը հաստատեց բյուջեն։\n\n- Նոր դպրոց կբացվի Գյումրիում։\n\n"
        "- Ընտրությունները կանցկացվեն հունիսին։\n\n- Քաղաքապետարանը նոր ավտոբուսներ է գնել։"
    )
    assert quotes(text) == []


def test_an_unlisted_verb_before_a_known_surname_names_the_speaker() -> None:
    text = (
        "O vereador Agnaldo Meira falou na tribuna.\n\n“Os deputados vêm a nossa cidade com "
        "um discurso de apoio, mas votam contra o povo“, cutucou Meira."
    )
    assert speakers(text) == ["Agnaldo Meira"]


def test_an_unlisted_verb_before_a_papers_name_names_nobody() -> None:
    text = "“Os deputados vêm a nossa cidade com um discurso de apoio“, escreveu Reuters."
    assert speakers(text) == [None]


def test_de_opening_a_sentence_before_a_given_name_is_no_particle() -> None:
    names = find_names("De Maria Silva a João Souza, os vereadores foram unânimes.")
    assert [n.text for n in names] == ["Maria Silva", "João Souza"]


def test_a_capitalised_particle_before_a_surname_stays_in_the_name() -> None:
    names = find_names("Ieri De Luca ha parlato a lungo con i sindaci.")
    assert [n.text for n in names] == ["De Luca"]
