"""Shapes of session 64, on invented text: transcripts labelled by office ("PRIME
MINISTER:", "PRESIDENTE.-") under the paper's own label, the label on the line over its
turn; an interview that goes on unlabelled after its labelled exchange; a sentence cut off
at a text's end; Italian and Spanish sentences with no subject before a colon; "for" before
an infinitive; Russian names in a case with a given name no table knows; Cyrillic surnames
in capitals; a wire's ‘'...'' marks; a quote digest titled with its date; "X MP"; a few
reporting verbs; the one interviewed after "intervista"; a German compound trade before a
name; a title and a surname before a colon; and guards beside each."""

from __future__ import annotations

from tests.transforms.parsed import headings, paragraph_texts, quotes, speakers, speakers_and_roles
from transforms.persons import find_names, nominative_name

HOWARD = (
    "Transcript of the Prime Minister John Howard, interview with Radio B105\n\n"
    "Subjects: federal election 2001.\n\n"
    "JOURNALIST:\nPrime Minister John Howard, good morning and welcome again.\n\n"
    "PRIME MINISTER:\nWell it is great to be back. I would like to know who won.\n\n"
    "JOURNALIST:\nThe last election we had here was just an absolute Labor landslide.\n\n"
    "PRIME MINISTER:\nThe state one, yes. I do not see that being repeated here."
)


def test_a_transcript_labelled_by_office_gives_the_answers_to_its_holder() -> None:
    assert speakers(HOWARD) == [None, "John Howard", None, "John Howard"]
    assert "JOURNALIST:" not in headings(HOWARD)


def test_an_office_label_no_one_in_the_text_holds_names_no_one() -> None:
    text = HOWARD.replace("the Prime Minister John Howard", "a radio station").replace(
        "Prime Minister John Howard, good", "Good"
    )
    assert "John Howard" not in speakers(text)


def test_a_government_transcripts_full_stop_and_dash_labels_one_exchange() -> None:
    text = (
        "Entrevista al presidente de la Nación, Alberto Fernández, para la CGTN\n\n"
        "PERIODISTA.- Hola señor Presidente, es un placer. ¿Qué sintió usted?\n\n"
        "PRESIDENTE.- Nosotros celebramos mucho este campeonato mundial."
    )
    assert speakers(text) == [None, "Alberto Fernández"]


SASIN = (
    "Sasin: nie będę demontował tęczy\n\n"
    "Jacek Sasin jest najgroźniejszym rywalem Hanny Gronkiewicz-Waltz w wyścigu o fotel.\n\n"
    "Piotr Bakalarski: Jest pan posłem z okręgu podwarszawskiego. Jakie są pańskie związki "
    "z Warszawą?\n\n"
    "Jacek Sasin: Bardzo liczne. Urodziłem się w Warszawie.\n\n"
    "Jeśli spojrzeć na pańską aktywność poselską, to Warszawy jest tam niewiele.\n\n"
    "Jak pan wspomniał, tam zostałem wybrany, z tego okręgu.\n\n"
    "W czym pan będzie lepszym prezydentem od Hanny Gronkiewicz-Waltz?\n\n"
    "Obiecałem sobie, że będę starał się"
)


def test_an_interview_goes_on_unlabelled_after_its_labelled_exchange() -> None:
    assert speakers(SASIN) == ["Piotr Bakalarski", "Jacek Sasin"] * 3


def test_a_sentence_cut_off_at_the_texts_end_is_a_paragraph_not_a_heading() -> None:
    assert paragraph_texts(SASIN)[-1] == "Obiecałem sobie, że będę starał się"
    assert "Obiecałem sobie, że będę starał się" not in headings(SASIN)


def test_narration_after_a_labelled_exchange_is_no_ones_turn() -> None:
    text = SASIN.rsplit("\n\n", 4)[0] + (
        "\n\nKandydat spotkał się potem z mieszkańcami Pragi.\n\n"
        "Wieczorem wrócił do Ząbek, gdzie mieszka od lat."
    )
    assert speakers(text) == ["Piotr Bakalarski", "Jacek Sasin"]


def test_a_short_last_heading_stays_a_heading() -> None:
    text = "Titel\n\nDer Minister sprach lange über die Lage im Land.\n\nWeitere Artikel"
    assert "Weitere Artikel" not in paragraph_texts(text)


MELONI = (
    "Le parole della Premier\n\n"
    "Giorgia Meloni ha rilasciato oggi una lunga conferenza stampa.\n\n"
    "{}: «Sento dire che io non risponderei spesso alle domande dei giornalisti».\n\n"
    "Poi ha parlato anche del caso Sala. «C’è stato un lavoro di triangolazione diplomatica "
    "con Iran e Usa, il governo è tenuto alla riservatezza»."
)


def test_a_clause_with_no_subject_before_a_colon_is_the_person_spoken_of() -> None:
    text = MELONI.format("Ci ha tenuto a puntualizzare la sua disponibilità con la stampa")
    assert speakers(text) == ["Giorgia Meloni", "Giorgia Meloni"]


def test_an_impersonal_clause_before_a_colon_gives_no_speaker() -> None:
    text = MELONI.format("È chiaro a tutti").rsplit("\n\n", 1)[0]
    assert speakers(text) == [None]


def test_for_before_an_infinitive_joins_two_quotations_of_one_sentence() -> None:
    text = (
        "Titolo\n\n"
        "Giorgia Meloni ha spiegato: «Ho fatto la scelta di non fare conferenze stampa” per "
        "dare spazio ai ministri, perché “Io non sono sola al governo»."
    )
    assert speakers(text) == ["Giorgia Meloni", "Giorgia Meloni"]


def test_for_before_a_person_still_gives_another_view() -> None:
    text = (
        "Título\n\n"
        "El ministro Luis Caputo dijo que fue «un año muy difícil para todos», pero "
        "para Javier Milei fue «el mejor año de la historia argentina»."
    )
    assert speakers(text) == ["Luis Caputo", "Javier Milei"]


def test_a_mans_name_in_the_instrumental_with_an_unknown_given_name() -> None:
    assert nominative_name("Бейбитом Кусанбаевым") == "Бейбит Кусанбаев"
    assert nominative_name("Дархану Калетаеву") == "Дархан Калетаев"
    assert nominative_name("Домом Советов") is None
    text = (
        "Обзор\n\nБыло опубликовано интервью с Бейбитом Кусанбаевым, который прославился.\n\n"
        "«Мы и подумать не могли, что так быстро превратимся в хит», ― рассказал Кусанбаев."
    )
    assert speakers(text) == ["Бейбит Кусанбаев"]


def test_a_cyrillic_surname_in_capitals_by_its_ending() -> None:
    found = [n.text for n in find_names("Звезды эстрады Сакен МАЙГАЗИЕВ и Баян ЕСЕНТАЕВА.")]
    assert found[-2:] == ["Сакен МАЙГАЗИЕВ", "Баян ЕСЕНТАЕВА"]
    assert [n.text for n in find_names("Эксперт Сакен ПРОКУРАТУРА сказал.")] != [
        "Сакен ПРОКУРАТУРА"
    ]


def test_a_wires_curly_and_straight_apostrophes_quote() -> None:
    text = (
        "Revue de presse\n\n"
        "‘'Révolte populaire au Burkina Faso : Blaise Compaoré victime du mandat de trop'', "
        "titre le quotidien national Le Soleil."
    )
    assert [q["text"] for q in quotes(text)] == [
        "Révolte populaire au Burkina Faso : Blaise Compaoré victime du mandat de trop"
    ]


WEEK = (
    "The week in quotes – 17th November 2017\n\n"
    "“The idea of not qualifying for the World Cup would be an apocalypse”\n\n"
    "Carlo Tavecchio, the president of the Italian FA, famously said last year that failing "
    "to qualify “would be an apocalypse”.\n\n"
    "“a national scandal that the government could stop”\n\n"
    "Frank Field, the Labour chair of the Commons work and pensions committee, calls on the "
    "government to halt the rollout of Universal Credit.\n\n"
    "“I am beginning to worry … We have not had any message from the military.”\n\n"
    "Zimbabwean Priscilla Misihairabwi-Mushinga MP comments on the state of the coup.\n\n"
    "“I hope it’s OK if I am at once very angry and sad, because he’s my friend,”\n\n"
    "Comedian Sarah Silverman speaks out about the stories."
)


def test_a_digest_titled_with_its_date_gives_each_entry_to_its_credit_below() -> None:
    found = speakers(WEEK)
    assert found[-3:] == ["Frank Field", "Priscilla Misihairabwi-Mushinga", "Sarah Silverman"]


def test_letters_after_a_name_end_it() -> None:
    assert [n.text for n in find_names("Priscilla Smith MP comments on it.")] == ["Priscilla Smith"]
    assert [n.text for n in find_names("Labour MP Jo Cox said it.")] == ["Jo Cox"]


def test_spanish_se_refirio_a_que_is_a_cue() -> None:
    text = (
        "Título\n\nEl embajador Rafael Bielsa habló ante el Senado.\n\n"
        "También se refirió a que “cuando se les falta el respeto a los gobiernos argentinos, "
        "yo no puedo dejarlo pasar”."
    )
    assert speakers(text) == ["Rafael Bielsa"]


def test_ukrainian_pyshe_is_a_cue() -> None:
    text = (
        "Огляд\n\nУкраїну відвідав журналіст Стаффан Геймерсон.\n\n"
        "«Це була Україна. Але тут не смерділо корупцією», – пише журналіст."
    )
    assert speakers(text) == ["Стаффан Геймерсон"]


def test_para_before_an_infinitive_is_no_according_to() -> None:
    text = (
        "Portadas\n\nEl diario se adhiere al optimismo de Mariano Rajoy.\n\n"
        "Y para reafirmarlo, ha hecho una encuesta entre «20 líderes económicos y políticos "
        "de todo el país»."
    )
    assert speakers(text) != ["Mariano Rajoy"]


def test_the_one_interviewed_after_intervista_speaks_after_the_colon() -> None:
    text = (
        "Rassegna\n\nGiacomo Galeazzi su La Stampa intervista il direttore del Qn, Andrea "
        "Cangini: «Negli Usa accadde lo stesso. Abbiamo fatto il nostro lavoro di cronisti»."
    )
    assert speakers_and_roles(text) == [("Andrea Cangini", "direttore del Qn")]


def test_a_german_compound_trade_is_no_part_of_the_name() -> None:
    text = (
        "Kommentare\n\n„Nach Aufmerksamkeits-Punkten war Martin Schulz klarer Sieger des "
        "Abends“, schreibt Chefredakteur Ulli Tückmantel in der „Westdeutschen Zeitung“."
    )
    assert speakers(text) == ["Ulli Tückmantel"]


def test_a_title_and_a_surname_before_a_colon_speak() -> None:
    text = (
        "Rassegna\n\nSu Corsera intervista al cardinale Kasper: «Ad alcuni il Papa non piace, "
        "non facciamoci manipolare»."
    )
    assert speakers_and_roles(text) == [("Kasper", "cardinale")]


def test_a_dashed_question_is_no_headline_of_the_answer_below() -> None:
    text = (
        "Müsahibə\n\nMillət vəkili Siyavuş Novruzov xəbərlərə aydınlıq gətirib.\n\n"
        "– Siyavuş müəllim, nazirliyi niyə məhkəməyə verməyi düşündünüz?\n\n"
        "– Kim deyir ki, məhkəməyə vermişəm? Bunu vaxtında edərdim.\n\n"
        "– Daxili İşlər Nazirliyi ilə aranızda hər hansı problem varmı?\n\n"
        "– Daxili İşlər Nazirliyi ilə problemim yoxdur, əməyini yüksək qiymətləndirmişəm."
    )
    assert speakers(text) == [None, "Siyavuş Novruzov", None, "Siyavuş Novruzov"]


def test_rubrics_in_capitals_with_a_colon_stay_headings() -> None:
    text = (
        "Revue de presse du 3 mars\n\n"
        "LE MONDE:\nLe quotidien juge la réforme « mal préparée et trop rapide ».\n\n"
        "LE FIGARO:\nLe journal salue « un courage politique rare ».\n\n"
        "LE MONDE:\nDans un second article, il revient sur les retraites.\n\n"
        "LE FIGARO:\nSon éditorialiste doute du calendrier."
    )
    assert headings(text) == ["LE MONDE:", "LE FIGARO:", "LE MONDE:", "LE FIGARO:"]


def test_a_former_holder_of_the_office_does_not_answer_for_it() -> None:
    text = (
        "Entrevista na RTP\n\n"
        "O antigo ministro Fernando Medina criticou ontem o Orçamento.\n\n"
        "PERGUNTA: Senhor ministro, o Orçamento passa?\n\n"
        "MINISTRO: Estou confiante. Temos os votos necessários.\n\n"
        "PERGUNTA: E se o PS votar contra?\n\n"
        "MINISTRO: Não acredito nesse cenário."
    )
    assert "Fernando Medina" not in speakers(text)


def test_narration_opening_with_a_question_after_a_labelled_exchange_is_no_turn() -> None:
    text = SASIN.rsplit("\n\n", 4)[0] + (
        "\n\nCzy to wystarczy, by wygrać w stolicy?\n\n"
        "Sondaże dają mu na razie drugie miejsce, daleko za urzędującą prezydent."
    )
    assert speakers(text) == ["Piotr Bakalarski", "Jacek Sasin"]


def test_a_name_set_off_after_the_quotation_is_no_subject_of_the_verb_after_it() -> None:
    text = (
        "Título\n\n"
        '"Foram todos a pedido dos próprios, como consta do decreto do senhor Presidente da '
        'República", Marcelo Rebelo de Sousa, declarou António Costa, depois de interrogado.'
    )
    assert speakers(text) == ["António Costa"]


def test_cest_du_moins_ce_quaffirme_points_back_at_the_quotation() -> None:
    text = (
        "Revue\n\n« Le choc de ce lundi noir est tellurique pour le pouvoir ». C’est du moins "
        "ce qu’affirme Alioune Tine, fondateur du think tank Afrikajom Center."
    )
    assert speakers(text) == ["Alioune Tine"]


def test_a_digest_whose_credits_stand_above_its_quotations_keeps_them() -> None:
    text = (
        "The week in quotes – 17th November 2017\n\n"
        "Theresa May told the CBI conference on Monday that Brexit talks were going well.\n\n"
        "“We are making real progress in the negotiations.”\n\n"
        "Jeremy Corbyn said at Prime Minister's Questions that the government was in chaos.\n\n"
        "“This government is too weak and divided to deliver for Britain.”"
    )
    assert speakers(text) == ["Theresa May", "Jeremy Corbyn"]


def test_a_passive_before_a_colon_gives_no_speaker() -> None:
    text = (
        "Bologna\n\nIl sindaco Matteo Lepore ha presieduto la seduta del consiglio.\n\n"
        "È stato deciso all'unanimità di rinviare il voto: «La seduta è aggiornata a lunedì "
        "prossimo, quando il bilancio sarà pronto»."
    )
    assert speakers(text) != ["Matteo Lepore"]


def test_a_title_after_to_or_against_before_a_colon_is_no_speaker() -> None:
    text = (
        "Rassegna\n\nIl Fatto pubblica una lettera aperta al presidente Mattarella: «Non firmi "
        "questa legge, presidente, perché è contraria alla Costituzione»."
    )
    assert speakers(text) != ["Mattarella"]


def test_initials_before_a_surname_are_no_letters_after_a_name() -> None:
    text = (
        "Sports roundup\n\n"
        '"I am not done yet, I still enjoy every game," Chennai Super Kings MS Dhoni said '
        "after the win at Chepauk."
    )
    assert speakers(text) == ["Dhoni"]


def test_the_noun_intervista_gives_no_interviewee() -> None:
    text = (
        "Rassegna\n\nCarlo Calenda, dopo l'intervista di ieri a Enrico Letta su Repubblica, "
        "torna all'attacco: «Il Pd ha scelto di inseguire i Cinque Stelle»."
    )
    assert speakers(text) == ["Carlo Calenda"]


def test_intervista_with_no_word_before_the_name_parses() -> None:
    text = (
        "Rassegna\n\nGiacomo Galeazzi su La Stampa intervista – Andrea Cangini: «Negli Usa "
        "accadde lo stesso. Abbiamo fatto il nostro lavoro di cronisti»."
    )
    assert len(quotes(text)) == 1
