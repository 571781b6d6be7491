"""Shapes of session 41 (real web texts), on invented text: Armenian and Georgian interviews
whose turns are told by their order, Georgian full names with no title before them, a verb
the tables lack before a surname, "De" opening a sentence before a full name."""

from __future__ import annotations

import pytest

from tests.transforms.parsed import attributions, quotes, speaker_and_role, speakers
from transforms.document import document_to_dict, parse_document
from transforms.persons import find_names


def paragraph_texts(text: str) -> list[str]:
    """Return the text of every paragraph of ``text``, in order."""
    doc = document_to_dict(parse_document((text + "\n").encode("utf-8")))
    return [
        str(p["text"])
        for section in doc["sections"]  # type: ignore[union-attr]
        for item in section["items"]
        for p in item["paragraphs"]
    ]


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


def test_a_listed_papers_name_opening_a_sentence_speaks_for_nobody() -> None:
    text = (
        'De Telegraaf kopt "crisis overleefd" op de voorpagina. Boven een artikel in de krant '
        'staat: "vlam slaat weer in de pan en niemand weet hoe lang".'
    )
    assert speakers(text) == [None]


def test_a_subtitle_ending_on_a_name_keeps_apart_from_the_full_name_under_it() -> None:
    text = (
        "Crise política\n\nVentura lê atribuir de culpas a Montenegro na mensagem de Marcelo\n\n"
        "André Ventura, do "
        'Chega, considerou que a declaração "foi completamente diferente de todas as outras".'
    )
    assert paragraph_texts(text)[-1].startswith("André Ventura, do Chega")
    assert speakers(text) == ["André Ventura"]


def test_a_title_cut_from_its_holder_still_joins_his_name() -> None:
    text = (
        "Crise política\n\nThe talks were opened on Monday by the Armenian Prime Minister\n\n"
        "Nikol Pashinyan on the border of the two countries, with delegations of both."
    )
    assert any(
        p.endswith(
            "Prime Minister Nikol Pashinyan on the border of the two countries,"
            " with delegations of both."
        )
        for p in paragraph_texts(text)
    )


def test_a_quote_digests_dash_line_under_the_quotation_credits_its_speaker() -> None:
    text = (
        "The things they say\n\n■ “It’s time to eat out to help out and to work out to help "
        "out,”\n\n– Culture Secretary Oliver Dowden announces gyms will soon reopen.\n\n■ “There "
        "are only so many old episodes one can possibly watch,”\n\n– Senior Conservative Julian "
        "Knight calls for studios to reopen."
    )
    found = quotes(text)
    assert [(q["speaker"], q["speaker_role"]) for q in found] == [
        ("Oliver Dowden", "Culture Secretary"),
        ("Julian Knight", None),
    ]


def test_a_title_under_a_subtitle_naming_one_person_is_that_persons() -> None:
    text = (
        'André Ventura, do Chega, considerou que a declaração "foi completamente diferente de '
        'todas as outras".\n\nPedro Nuno Santos apela à escolha de um Governo "com condições '
        'para que não esteja a prazo"\n\nO secretário-geral do PS diz que estas eleições "não '
        'podem ser encaradas como um estorvo".'
    )
    assert speakers(text)[-1] == "Pedro Nuno Santos"


def test_na_opiniao_do_names_the_source_before_the_quotation() -> None:
    text = (
        "O ministro João Silva falou ontem.\n\nO debate continua. Na opinião do antigo ministro, "
        'o governo "não pode continuar a ignorar os professores".'
    )
    assert speakers(text) == ["João Silva"]


def test_para_inside_a_clause_names_no_source() -> None:
    # "para este año": a preposition, not "Para el Gobierno," naming the source
    text = (
        "La portavoz Pilar Alegría habló ayer. El Gobierno solo presentará los presupuestos del "
        "Estado para este año si los tiene “previamente acordados con las fuerzas "
        "parlamentarias”."
    )
    assert attributions(text) == [(None, None)]


def test_a_portuguese_gerund_carries_the_speaker_to_the_next_quotation() -> None:
    text = (
        '"Temos de escolher um Governo duradouro e com condições", apelou Pedro Nuno Santos, '
        'insistindo que "esta crise tem origem no primeiro-ministro".'
    )
    assert speakers(text) == ["Pedro Nuno Santos", "Pedro Nuno Santos"]


@pytest.mark.parametrize(
    "text",
    [
        "Издание отмечает, что «на этой неделе Великобритания отправила в Киев оборонное оружие».",
        "Gazete, “Eğer Türkiye asla Avrupa Birliği üyesi olmayacaksa bu şart” dedi.",
    ],
)
def test_a_papers_noun_opening_the_sentence_is_no_person(text: str) -> None:
    assert speakers(text) == [None]


def test_pisze_gazeta_gives_the_words_to_the_paper_named_before() -> None:
    text = (
        "W poszukiwania zaangażowała się też „Rzeczpospolita”. Prezydent Ramazan Kadyrow jest "
        "ważny. „Kadyrow jest jednak figurą wymyśloną przez Putina, mającą zapewnić spokój” – "
        "pisze gazeta."
    )
    assert attributions(text) == [(None, "Rzeczpospolita")]


def test_a_quote_digests_dash_credit_after_the_quotation_names_the_speaker() -> None:
    text = (
        "«Я не понимаю, что происходит за той колонной в зале», - нардеп от фракции "
        "«Самопомич» Семен Семенченко о странном поведении коллег.\n\n«Там такая "
        "обстановка, что можно опьянеть от одного воздуха», - народный депутат от «Опоблока» "
        "Михаил Добкин об атмосфере в парламенте."
    )
    assert speakers(text) == ["Семен Семенченко", "Михаил Добкин"]


def test_a_dash_after_a_quotation_then_a_name_and_a_verb_is_no_digest_credit() -> None:
    text = "«Мы не сдадимся никогда и никому», - сказал он, и Иван Петров кивнул."
    assert "Иван Петров" not in speakers(text)


def test_an_armenian_interview_of_three_turns() -> None:
    text = (
        "Հարցազրույց պատգամավորի հետ\n\n"
        "Պատգամավոր Արամ Պետրոսյանը երեկ եկել էր խորհրդարան։ Մենք հանդիպեցինք նրան միջանցքում։\n\n"
        "-Պարոն Պետրոսյան, ի՞նչ եք անում այստեղ այսքան ուշ։\n\n"
        "-Սպասում եմ, որ անձրևը դադարի, հետո կգնամ տուն։\n\n"
        "-Հասկացանք։ Փաստորեն, անձրևից վախենում եք։"
    )
    assert speakers(text) == [None, "Արամ Պետրոսյան", None]


def test_the_author_of_an_article_is_its_titles_holder() -> None:
    text = (
        "Автор статті Крістіан Шлютер вважає, що Європа має бути вдячна. Канцлер Олаф "
        "Шольц з цим не згоден.\n\n«Закон "
        "найсильнішого переміг би, і справедливість програла б», – підкреслив автор."
    )
    assert speaker_and_role(text) == ("Крістіан Шлютер", "автор")


def test_a_misturned_opening_mark_with_spaces_around_it_opens_a_quotation() -> None:
    text = (
        "He added that, contrary to people leaving the party, ” several parties and groups "
        "intend on joining our alliance as well …”"
    )
    assert [q["text"] for q in quotes(text)] == [
        "several parties and groups intend on joining our alliance as well …"
    ]
