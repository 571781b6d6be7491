"""Shapes of session 41 (real web texts), on invented text: Armenian and Georgian interviews
whose turns are told by their order, Georgian full names with no title before them, a verb
the tables lack before a surname, "De" opening a sentence before a full name."""

from __future__ import annotations

import pytest

from tests.transforms.parsed import (
    attributions,
    headings,
    paragraph_texts,
    quotes,
    speaker_and_role,
    speakers,
)
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
        "Talks on the border resume\n\nThe talks were opened on Monday by the Armenian Prime "
        "Minister\n\n"
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


HEADLINES = [
    (
        (
            "Ministers slam the breakaway group at a briefing\n\nWritten by Staff "
            "Writer\n\nConstituent parties of the government convened a media briefing "
            "today. The parties were represented by three ministers who spoke at "
            "length.\n\nThe minister accused the group of sabotage. He said the group "
            'had "no objective whatsoever in this debate".\n'
        ),
        "Ministers slam the breakaway group at a briefing",
    ),
    (
        (
            "Ils ont déclaré…\n\nAbdelmalek Sellal, Premier ministre : « Le terrorisme "
            "est devenu un fléau d’une extrême gravité pour la communauté "
            "internationale. »\n\nAli Benflis : « La sortie du porte-parole était une "
            "erreur de communication grave. »\n\nNouria Benghebrit, ministre : « Toutes "
            "les mesures prévues seront appliquées dès la rentrée. »\n"
        ),
        "Ils ont déclaré…",
    ),
]


@pytest.mark.parametrize(("text", "heading"), HEADLINES)
def test_a_web_texts_headline_heads_its_only_section(text: str, heading: str) -> None:
    # a byline under it ("Written by ..."), a short rubric trailing off: still the headline
    assert headings(text) == [heading]


# The review's misfires, mended (session 41)


def test_a_georgian_news_list_under_a_colon_is_no_interview() -> None:
    text = (
        "ახალი ამბები\n\nპრემიერ-მინისტრმა ირაკლი კობახიძემ დღეს ბათუმს ეწვია. დღის მთავარი "
        "ამბები:\n\n- მთავრობამ ახალი ბიუჯეტი დაამტკიცა.\n\n- რატომ გაძვირდა პური?\n\n- "
        "თბილისში ახალი სკოლა გაიხსნა.\n\n- ეროვნული ნაკრები ესპანეთს დაუპირისპირდება."
    )
    assert "ირაკლი კობახიძე" not in speakers(text)


def test_an_armenian_list_hanging_from_its_comma_is_no_interview() -> None:
    text = (
        "Լրահոս\n\nՆիստին մասնակցել է նախարար Վահե Հովհաննիսյանը։ Որոշումները՝\n\n"
        "- Հաստատվեց բյուջեն։\n\n- Ի՞նչ կլինի թոշակների հետ։\n\n- Կբարձրացվեն թոշակները։"
    )
    assert quotes(text) == []


def test_an_armenian_word_leaves_a_russian_hyphen_interview_as_it_was() -> None:
    text = (
        "Обзор армянской прессы\n\nГазета «Ժողովուրդ» пишет о новом бюджете.\n\nИнтервью\n\n"
        "Мы поговорили с министром финансов Ваге Оганесяном.\n\n- Как вы оцениваете ситуацию "
        "с бюджетом?\n\n- Ситуация сложная, но мы справимся.\n\n- Когда будут повышены "
        "пенсии?\n\n- В следующем году, я уверен."
    )
    assert len(quotes(text)) == 4


def test_a_surname_before_the_paper_told_is_still_the_speaker() -> None:
    text = (
        "Der Kanzler Olaf Scholz verteidigte den Haushalt. „Wir werden die Schuldenbremse "
        "einhalten“, sagte Scholz der ARD."
    )
    assert speakers(text) == ["Olaf Scholz"]


@pytest.mark.parametrize(
    "text",
    [
        "Цитата дня. «Он опасен для всего мира и прежде всего для собственного народа», о Путине.",
        "Главное за неделю.\n\n«Нам нужен мир, а не бесконечная война на истощение», - "
        "обращение к Владимиру Путину.",
    ],
)
def test_whom_a_quotation_is_about_or_for_is_not_its_speaker(text: str) -> None:
    assert speakers(text) == [None]


def test_a_dash_line_under_a_finished_quotation_credits_nobody() -> None:
    text = (
        "Реакция\n\n«Нам нужен мир любой ценой, и мы готовы к переговорам»\n\n— Глава МИД "
        "Сергей Лавров не согласен с этой позицией и считает её наивной."
    )
    assert "Сергей Лавров" not in speakers(text)


def test_a_georgian_given_name_before_an_adjective_is_no_full_name() -> None:
    names = find_names("მისი თქმით, ბიძინა ქართული ოცნების დამფუძნებელია.")
    assert "ბიძინა ქართული" not in [n.text for n in names]


def test_a_particle_after_a_title_stays_with_the_surname_first_name() -> None:
    text = (
        "Consiglio comunale\n\nSul punto è intervenuto il consigliere De Luca Vincenzo: «Questa "
        "delibera è illegittima e la impugneremo davanti al Tar»."
    )
    assert speakers(text) == ["De Luca Vincenzo"]


def test_a_sentence_cut_before_a_name_after_a_trade_noun_is_joined() -> None:
    text = (
        "Bundesliga\n\nDie Entscheidung des Schiedsrichters sorgte am Samstag in München für "
        "viel Aufregung. Kritik kam vor allem von Bayern-Trainer\n\nVincent Kompany, der nach "
        "dem Spiel sagte: „Das war niemals ein Elfmeter.“"
    )
    assert headings(text) == ["Bundesliga"]
    assert any("Bayern-Trainer Vincent Kompany" in p for p in paragraph_texts(text))


def test_an_adverb_opening_the_sentence_before_para_keeps_the_source() -> None:
    text = (
        'Já para o ministro da Fazenda, Fernando Haddad, "o país está no caminho certo e vai '
        'crescer".'
    )
    assert speaker_and_role(text) == ("Fernando Haddad", "ministro da Fazenda")
