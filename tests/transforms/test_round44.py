"""Shapes of session 44 (real web texts), on invented text: a page's headline over a
review's rubrics, a quotation and its credit as a headline, the interviewee the headline
names, hyphen speech announced by a colon, a picture's credit under the headline, an
article's crossheads, an Armenian sentence closed by a Latin colon."""

from __future__ import annotations

from tests.transforms.parsed import attributions, headings, paragraph_texts, quotes, speakers, title

FRONT_PAGES = (
    "La partita delle nomine è conclusa: le prime pagine\n\n"
    "Le nomine e le proteste aprono i giornali di oggi.\n\n"
    "CORRIERE DELLA SERA\n\n"
    "“Trovata l’intesa sulle nomine”, apre il quotidiano.\n\n"
    "LA STAMPA\n\n"
    "“Il Governo attacca la Costituzione”, titola il giornale torinese.\n"
)


def test_a_pages_headline_over_the_reviews_rubrics_is_its_title() -> None:
    assert title(FRONT_PAGES) == "La partita delle nomine è conclusa: le prime pagine"
    assert headings(FRONT_PAGES) == [None, "CORRIERE DELLA SERA", "LA STAMPA"]
    assert paragraph_texts(FRONT_PAGES)[0] == "Le nomine e le proteste aprono i giornali di oggi."
    assert len(paragraph_texts(FRONT_PAGES)) == 3


def test_a_headline_alone_over_a_rubric_leaves_no_empty_section() -> None:
    text = (
        "«Hraparak». Sargsyan still asks for the government to go\n\n"
        "ARMENIAN PRESS\n\n"
        "The paper writes that the president attended the funeral yesterday.\n"
    )
    assert headings(text) == ["ARMENIAN PRESS"]
    assert paragraph_texts(text) == [
        "The paper writes that the president attended the funeral yesterday."
    ]


def test_an_opening_sentence_or_announcement_over_rubrics_stays_a_paragraph() -> None:
    for opening in ("Les journaux parlent surtout des élections.", "Ce matin dans la presse :"):
        text = f"{opening}\n\nFRANCE\n\nLe Monde titre.\n\nALLEMAGNE\n\nDie Zeit aussi.\n"
        assert title(text) is None
        assert paragraph_texts(text)[0] == opening


INTERVIEW = (
    "“Hələ heç nə qərarlaşdırmamışam” — Rauf Quliyev danışdı\n\n"
    "— Rauf müəllim, yeni vəzifəniz barədə nə deyə bilərsiniz?\n\n"
    "— Vəzifə insan üçün əbədi deyil. Mən bir müddət dincələcəyəm.\n\n"
    "— Gələcək planınız nədir?\n\n"
    "— Hələ heç nə qərarlaşdırmamışam. Ailəmlə vaxt keçirəcəyəm.\n"
)


def test_a_quotation_and_its_credit_over_an_interview_is_the_headline() -> None:
    assert headings(INTERVIEW) == [INTERVIEW.split("\n")[0]]
    assert len(paragraph_texts(INTERVIEW)) == 4


def test_the_person_the_headline_names_answers_the_interview() -> None:
    answers = [q for q in quotes(INTERVIEW) if not str(q["text"]).endswith("?")]
    assert [q["speaker"] for q in answers] == ["Rauf Quliyev", "Rauf Quliyev"]


def test_a_headline_naming_two_persons_gives_the_answers_to_neither() -> None:
    headline = "Rauf Quliyev və Anar Məmmədov yeni layihədən danışdı"
    text = headline + INTERVIEW[INTERVIEW.index("\n") :]
    assert headings(text) == [headline]
    answers = [q for q in quotes(text) if not str(q["text"]).endswith("?")]
    assert [q["speaker"] for q in answers] == [None, None]


def test_a_hyphen_line_announced_by_a_colon_is_speech_among_hyphen_speech() -> None:
    text = (
        "Нарада\n\n"
        "Депутатка Олена Коваль вийшла до людей і запитала в мера:\n\n"
        "- Чому ви людей не пускаєте?\n\n"
        "Мер наполягав, що є процедура.\n\n"
        "- Нам тут дуже холодно, - звернулася вона до мера. - Відчиніть двері!\n"
    )
    found = quotes(text)
    assert [q["text"] for q in found] == [
        "Чому ви людей не пускаєте?",
        "Нам тут дуже холодно",
        "Відчиніть двері!",
    ]
    assert found[0]["speaker"] == "Олена Коваль"


def test_a_list_under_a_one_word_label_stays_a_list() -> None:
    text = (
        "Zmiany\n\n"
        "Najważniejsze:\n\n"
        "- Nowe stawki podatku od stycznia.\n\n"
        "Minister Jan Nowak ocenił zmiany.\n\n"
        "- To dobra reforma - powiedział Nowak.\n"
    )
    assert not any("Nowe stawki" in str(q["text"]) for q in quotes(text))


ARTICLE = (
    "Premier odpowiada ministrowi na konferencji w porcie\n\n"
    "Premier Jan Kowal / PAP/Adam Nowak\n\n"
    "Premier podczas konferencji prasowej w Gdyni został zapytany o słowa ministra.\n\n"
    "„Rolnicy nauczyli mnie starego przysłowia” – powiedział Kowal.\n\n"
    "Kowal: nie ma co marudzić i narzekać\n\n"
    "„Minister ma bardzo dużo do zrobienia” – dodał premier.\n"
)


def test_a_pictures_credit_under_the_headline_is_no_heading_below_it() -> None:
    assert headings(ARTICLE) == ["Premier odpowiada ministrowi na konferencji w porcie"]


def test_an_articles_crosshead_is_neither_a_section_nor_a_paragraph() -> None:
    texts = paragraph_texts(ARTICLE)
    assert "Kowal: nie ma co marudzić i narzekać" not in texts
    assert len(texts) == 3


def test_the_line_presenting_an_interviewee_over_the_first_turn_stays() -> None:
    text = (
        "Rozmowa z byłym ministrem o jego odejściu z rządu\n\n"
        "Minister odszedł z rządu w piątek. Rozmawialiśmy z nim w sobotę.\n\n"
        "Były minister finansów i rozwoju regionalnego Jan Kowal\n\n"
        "– Czy żałuje pan decyzji?\n\n"
        "– Nie, niczego nie żałuję.\n"
    )
    assert "Były minister finansów i rozwoju regionalnego Jan Kowal" in paragraph_texts(text)


def test_two_apostrophes_are_a_quotation_mark_when_paired_on_the_line() -> None:
    text = (
        "Dış basın\n\n"
        "The New York Times da ''Obama, Türkiye'nin hem laik hem de dini kesimlerini "
        "etkiledi'' yorumunu yaptı.\n\n"
        "Folha escreveu que a menção ao trecho ''escrevem para o esquecimento agora\", se "
        "referia a jornalistas.\n\n"
        "Het blad kopte ''t zal wel gaan, Bob' boven het stuk.\n"
    )
    assert [q["text"] for q in quotes(text)] == [
        "Obama, Türkiye'nin hem laik hem de dini kesimlerini etkiledi",
        "escrevem para o esquecimento agora",
    ]


def test_the_headline_as_subject_names_nobody_cited_after_it() -> None:
    text = (
        "Imprensa\n\n"
        'O jornal deu destaque à vitória. "Brasil elege novo presidente em reprovação ao '
        'governo", diz a manchete, citando o presidente Jair Bolsonaro.'
    )
    assert speakers(text) == [None]


def test_an_elided_indefinite_article_makes_an_unnamed_speaker() -> None:
    text = (
        "Piazza\n\n"
        "«Signori sentite, ve l’abbiamo spiegata» ha replicato Fagioli. «I cittadini si "
        "ascoltano sempre» ha ribadito un’altra saronnese."
    )
    assert speakers(text) == ["Fagioli", None]


def test_a_name_after_an_elided_article_is_a_papers() -> None:
    text = (
        "Revue\n\n"
        "« Le prix du sang a toujours été payé en monnaie de singe », s’indigne dans son "
        "éditorial l’Observateur Paalga au Burkina Faso."
    )
    assert attributions(text) == [(None, "Observateur Paalga")]


def test_a_papers_name_in_quotation_marks_after_it_writes() -> None:
    text = (
        "Prasa\n\n"
        "„Putin i Orban to dwaj bratankowie z jednej gliny” - pisze „Kurier Lubelski” o "
        "spotkaniu prezydentów Rosji i Węgier."
    )
    assert attributions(text) == [(None, "Kurier Lubelski")]


def test_a_paper_told_in_quotation_marks_is_not_the_speaker() -> None:
    text = (
        "Solina\n\n"
        "Wójt gminy Marzena Kędziora-Bąk nie kryje irytacji. „Od wiosny pisaliśmy, że sezon "
        "będzie zagrożony” – mówi „Wyborczej”."
    )
    assert speakers(text) == ["Marzena Kędziora-Bąk"]


QUESTIONNAIRE = (
    "Sorğu\n\n"
    "Xalq artisti Rəşid Behbudov 1975-ci ildə jurnala müsahibə verib.\n\n"
    "- Ən çox sevdiyiniz şəhər?\n\n"
    "- Bakı.\n\n"
    "- Ən çox sevdiyiniz mahnı?- Xalq mahnıları.\n\n"
    "- Ən çox sevdiyiniz mövsüm?\n\n"
    "- Yaz, səhərlər.\n"
)


def test_a_questionnaires_answers_glued_to_their_questions_are_turns() -> None:
    found = quotes(QUESTIONNAIRE)
    assert [q["text"] for q in found] == [
        "Ən çox sevdiyiniz şəhər?",
        "Bakı.",
        "Ən çox sevdiyiniz mahnı?",
        "Xalq mahnıları.",
        "Ən çox sevdiyiniz mövsüm?",
        "Yaz, səhərlər.",
    ]
    assert [q["speaker"] for q in found][1::2] == ["Rəşid Behbudov"] * 3


def test_a_faq_with_glued_answers_and_nobody_introduced_stays_a_list() -> None:
    text = QUESTIONNAIRE.replace("Xalq artisti Rəşid Behbudov", "Bir müğənni")
    assert quotes(text) == []


def test_a_sites_address_and_colon_before_a_back_reference() -> None:
    text = (
        "Sirk\n\n"
        '"Nazirlik tərəfindən sirk ilə bağlı müəyyən haqlı iradlar irəli sürülüb".\n\n'
        "Yenixeber.org: Bunu jurnalistlərə Mədəniyyət naziri Əli Həsənov deyib.\n"
    )
    assert speakers(text) == ["Əli Həsənov"]


def test_an_armenian_reply_verb_after_the_quotation() -> None:
    text = (
        "Լուր\n\n"
        "Նախագահ Արամ Պետրոսյանին դիմեց պատգամավոր Արմինե Սարգսյանը:\n\n"
        "”Իհարկե ես բացակայել եմ, բայց ոչինչ չի փոխվել”,-արձագանքեց Սարգսյանն ու "
        "հետաքրքրվեց Պետրոսյանից` երբ է նիստը:\n"
    )
    assert speakers(text) == ["Արմինե Սարգսյան"]


def test_a_reviews_name_over_one_pieces_headline_stays_the_title() -> None:
    text = (
        "Revue de presse Afrique\n\n"
        "À la Une: des peines de prison pour des supporters\n\n"
        "La condamnation est tombée jeudi au Maroc, rapporte Dakaractu.\n\n"
        "« Le juge a suivi les réquisitions du procureur », précise le site.\n"
    )
    assert title(text) == "Revue de presse Afrique"
    assert headings(text) == ["À la Une: des peines de prison pour des supporters"]


def test_a_reviews_title_naming_its_piece_heads_the_unheaded_text() -> None:
    text = (
        "German Press Review: A Peace Process Is Stalled\n\n"
        "On Monday, editorialists focus on proposals for a Europe-wide toll.\n\n"
        '"The decisive factor is the charge," wrote the Neue Osnabrücker Zeitung.\n'
    )
    assert headings(text) == ["German Press Review: A Peace Process Is Stalled"]


def test_a_one_word_rubric_over_the_headline_is_the_pages() -> None:
    text = (
        "Geral\n\n"
        "Imprensa britânica repercute viagem de Lima para velório da rainha\n\n"
        "Por Redação O Sul | 19 de setembro de 2022\n\n"
        "Os jornais britânicos repercutiram a ida do presidente ao velório da rainha.\n\n"
        "“O presidente é acusado de transformar a visita em comício”, titulou o jornal.\n\n"
        "O jornal lembrou ainda que a campanha eleitoral está em curso.\n"
    )
    assert headings(text) == ["Imprensa britânica repercute viagem de Lima para velório da rainha"]
    assert "Geral" not in paragraph_texts(text)


def test_an_armenian_sentence_closed_by_a_latin_colon_ends_there() -> None:
    text = (
        "Լուր\n\n"
        "Նախագահ Գալուստ Սահակյանին հարցով դիմեց պատգամավոր Զարուհի Փոստանջյանը: Քանի որ "
        "խոսափողը չէր միանում, փոխնախագահ Շարմազանովը կատակեց. ”Ով որ բացակայում է, նրա "
        "քարտն էլ է փչանում”:\n"
    )
    assert speakers(text) == ["Շարմազանով"]
