"""Shapes of session 56 (real web texts), on invented text: interviews under a lead naming
the questions or the press conference, "the latter", a title subject before names it speaks
of, papers writing with no subject or through their blog, French inverted titles after a
verb the tables lack, Turkish converbs and participles, credits' qualifiers, nested and
Georgian quotation marks; and guards beside each."""

from __future__ import annotations

from tests.transforms.parsed import attributions, paragraph_texts, quotes, speakers


def test_answers_under_a_lead_naming_the_questions_go_to_the_one_it_names() -> None:
    text = (
        "Oyundan sonra keçirilən mətbuat konfransında komandanın məşqçisi Rəşad Əliyev "
        "jurnalistlərin suallarını cavablandırıb:\n"
        "- Biz bura qələbə üçün gəlmişdik. Amma oyuna pis başladıq.\n"
        '- "Qarabağ"la oyundan sonra komandada ruh düşkünlüyü var. Bu, belədir?....\n'
        "- Mən belə düşünmürəm. Biz yaxşı oynadıq.\n"
        "- Qələbə üçün nə çatmadı?\n"
        "- Qol fürsətlərimiz çox oldu, amma vura bilmədik.\n"
        "- Növbəti oyunda kim oynayacaq?\n"
        "- Bunu siz özünüz görəcəksiniz."
    )
    found = speakers(text)
    assert found.count("Rəşad Əliyev") == 4
    assert found[3] is None  # "Qələbə üçün nə çatmadı?": the paper asks


def test_a_colon_lead_announcing_a_list_keeps_its_dashed_points() -> None:
    text = (
        "Nazirlik yeni qaydaları açıqlayıb:\n"
        "- Biz hər il yoxlama aparacağıq.\n"
        "- Sizin üçün nə dəyişəcək?\n"
        "- Mən bunu bilmirəm.\n"
        "- Yeni qaydalar mayda qüvvəyə minir."
    )
    assert quotes(text) == []


def test_a_reporters_dashed_question_under_a_press_conference_lead_is_nobodys() -> None:
    text = (
        "Na konferencji prasowej byli minister Jan Nowicki i komendant Piotr Zając.\n\n"
        "— Kiedy rząd podejmie działania, by takie rzeczy się nie powtarzały?\n\n"
        "Minister odpowiedział, że prace trwają."
    )
    assert speakers(text) in ([], [None])


def test_the_latter_is_the_person_named_last() -> None:
    text = (
        "Le Premier ministre Paul Girardin a reçu le maire de Lille, Hugo Marchal. Ce dernier "
        "a déclaré : « Nous avons parlé des transports. »\n\n"
        "Boris Lane asked whether President Adama Sow would run again, to which the latter "
        "responded: “Another term for me? No!”"
    )
    assert speakers(text) == ["Hugo Marchal", "Adama Sow"]


def test_latter_is_no_name_in_german() -> None:
    text = "Der Kanzler traf Emmanuel Dubois. Letzterer sagte: „Wir sind uns einig.“"
    assert speakers(text) == ["Emmanuel Dubois"]


def test_a_title_subject_speaks_over_the_name_in_what_it_reports() -> None:
    text = (
        "President Musa Bello met Prime Minister Tom Hardy on Thursday.\n\n"
        "The president said helping Libya could be a good first step, as the fall of Omar "
        "Gaddafi unleashed his guards, “and they are causing havoc everywhere.”\n\n"
        "On the jailed activist Ken Obi, the president dispelled the claim, saying he was "
        "given every opportunity “to justify all the things he said in London.”"
    )
    assert speakers(text) == ["Musa Bello", "Musa Bello"]


def test_an_aide_to_the_president_is_not_the_president() -> None:
    text = (
        "According to a statement by Femi Ola, Special Adviser to the President, President "
        "Musa Bello met Tom Hardy.\n\n"
        "The statement quoted the president as saying: “He felt very safe in Britain.”"
    )
    assert speakers(text) == ["Musa Bello"]


def test_a_ministry_opening_the_clause_is_no_title() -> None:
    text = (
        "«Non lavoreremo più così», ha detto il pescatore Ali Ben Salah.\n\n"
        "Il ministero ha spiegato in un comunicato che la sospensione è «l'unico modo per "
        "permettere ai banchi di rigenerarsi»."
    )
    assert speakers(text)[1] is None


def test_a_byline_does_not_run_into_the_line_under_it() -> None:
    text = (
        "Somalia – Mendes a Mogadiscio: «La gente muore»\n\n"
        "di Paolo Rinaldi\n"
        "Mendes in Somalia\n\n"
        "Il segretario generale, António Mendes, è arrivato ieri. «La gente sta morendo», ha "
        "dichiarato il segretario generale."
    )
    assert not any("Rinaldi Mendes" in p for p in paragraph_texts(text))
    assert "Paolo Rinaldi Mendes" not in speakers(text)


def test_a_digest_of_sayings_reads_its_credits_with_new_and_compound_titles() -> None:
    text = (
        "Die besten Sprüche zum 12. Spieltag der Bundesliga:\n\n"
        "«Es gibt keine Alternative, ich bin froh, dass es weitergeht.»\n\n"
        "(Geschäftsführer Hans Kellermann von Borussia Nordstadt)\n\n"
        "«In meinem Herzen ist immer Emotion.»\n\n"
        "(Herthas neuer Trainer Bruno Lindner)\n\n"
        "«Es war extrem komisch ohne Zuschauer.»\n\n"
        "(Freiburg-Coach Christian Stein)"
    )
    assert speakers(text) == ["Hans Kellermann", "Bruno Lindner", "Christian Stein"]


def test_a_turkish_surname_opening_a_converb_clause_speaks() -> None:
    text = (
        "İlk toplantıda Başbakan Yıldırım, bakanları uyardı.\n\n"
        'Başbakan Yıldırım, zor bir süreçten geçtiğimize işaret ederek, "Burada konuşulanları '
        'dışarıda duyarsam hoş olmaz" dedi. "Bu konuda çok hassasım" diyerek söze başlayan '
        "Yıldırım, bilgi sızdırılmamasını istedi."
    )
    assert speakers(text) == ["Yıldırım", "Yıldırım"]


def test_a_body_opening_a_converb_clause_is_no_surname() -> None:
    text = 'Savcılık, delillere dayanarak, "Şüpheli tutuklandı" dedi.'
    assert speakers(text) == [None]


def test_such_words_point_back_at_the_quotation() -> None:
    text = (
        '"Сьогоднішню ситуацію в країні можна порівняти із часами розпаду Союзу", - такі '
        "паралелі з сьогоденням провів на форумі Сергій Мельник."
    )
    assert speakers(text) == ["Сергій Мельник"]


def test_a_papers_blog_and_a_paper_named_after_its_verb() -> None:
    text = (
        '"Nagelbijten in Nederland", kopt het blog van De Morgen. Daarin wordt opgemerkt '
        'dat hij goed scoorde in het programma Het Lagerhuis. "Eigenlijk heeft Jansen '
        'gedaan wat Bakker deed", schrijft De Standaard.'
    )
    assert attributions(text) == [(None, "De Morgen"), (None, "De Standaard")]


def test_a_french_title_after_a_verb_the_tables_lack() -> None:
    text = (
        "« Le gouvernement ne discutera pas », déclare le ministre de la santé, Aka Yao.\n\n"
        "« Le gouvernement est disposé à discuter », a fini par concéder le ministre de la "
        "santé dans les colonnes du journal.\n\n"
        "« C'est une faute lourde et grave », grince le président du Sénat, Gérard Lemoine."
    )
    assert speakers(text) == ["Aka Yao", "Aka Yao", "Gérard Lemoine"]


def test_a_clause_after_the_quotation_opening_with_dont_is_no_title_subject() -> None:
    text = "Il a cité « une réforme historique » dont le président parle souvent."
    assert quotes(text) == [] or speakers(text) == [None]


def test_a_straight_mark_right_after_the_opening_one_nests() -> None:
    text = (
        "Presse:\n\n"
        'Lettland: „"Muttis" Entscheidungen finden bei den Deutschen nicht immer Zuspruch. '
        'Doch die Wähler lösen sich nicht aus ihrer Obhut."“'
    )
    (quote,) = quotes(text)
    assert str(quote["text"]).startswith('"Muttis" Entscheidungen')


def test_a_lone_word_after_a_title_and_of_completes_the_title() -> None:
    text = (
        "Mário Tembe, presidente interino da Renamo, visitou Beira. O jornal destaca, "
        "acrescentando que o líder interino da Renamo disse: “Nós vamos entregar as armas "
        "quando estivermos representados”."
    )
    assert speakers(text) != ["Renamo"]


def test_a_trade_in_the_genitive_before_according_to_is_the_one_named_before() -> None:
    text = (
        "“Report” agentliyinin əməkdaşı Elvin Qasımlı da düşünür ki, bu sahədə az adam var. "
        "Jurnalistin fikrincə, hər kəsin bildiyini söyləmək analiz deyil:\n\n"
        "“Analiz vermək elə də asan məsələ deyil.”"
    )
    assert speakers(text) == ["Elvin Qasımlı"]


def test_georgian_double_marks_closed_by_two_single_ones() -> None:
    text = (
        "ბერიძე შეხვედრაზე: „ჩავიდე და მათთან ერთად ვიმუშაო, თუ რა გავაკეთოთ?!’’\n\n"
        "რედაქტორებთან შეხვედრაზე ბერიძემ განაცხადა, რომ სწორი განცხადება გააკეთა.\n\n"
        "“მახსოვს, ჟურნალისტებმა შენიშვნა მომცეს, რატომ არ ჩავედი?’’- განაცხადა ბერიძემ."
    )
    found = quotes(text)
    assert len(found) == 2
    assert "შეხვედრაზე ბერიძე" not in speakers(text)


def test_a_short_french_quotation_read_as_italian_keeps_its_paragraphs_language() -> None:
    text = (
        "La grève continue dans les hôpitaux du pays, selon les journaux parus samedi.\n\n"
        "« L’intimidation ne passera pas », répondent les syndicats en couverture de "
        "L’Inter, qui consacre toute sa une à la grève des agents de santé."
    )
    (quote,) = quotes(text)
    assert quote["language"] == "fr"


def test_a_verb_in_a_relative_clause_after_the_quotation_does_not_attribute_it() -> None:
    text = (
        "“Nós levamos o povo moçambicano em solidariedade” com Angola num momento em que se "
        "recorda o ex-presidente José Eduardo Matos."
    )
    assert speakers(text) != ["José Eduardo Matos"]


def test_the_one_named_before_the_verb_of_answering_answers() -> None:
    text = (
        "Nach dem Treffen mit Olaf Brandt hat Finanzminister Christian Lehner unsere Fragen "
        "beantwortet:\n"
        "- Wir werden sparen müssen. Das ist klar, und ich sage es offen.\n"
        "- Wann kommt der Haushalt?\n"
        "- Ich denke, im Herbst. Wir arbeiten daran.\n"
        "- Und die Schuldenbremse?\n"
        "- Die bleibt. Ich stehe dazu."
    )
    assert speakers(text)[0] == "Christian Lehner"
