"""Shapes of session 62, on invented text: genders told sure from guessed (a masculine title
said of a woman, "she" after an unnamed source, a surname's ending against the given
name); Russian names in the instrumental and statements "говорится в комментарии"; French
" :" transcript labels and voices by their initials, a one-question labelled excerpt, an
interview's title naming its interviewee; papers credited under their quotations with their
city; sports trades as titles and credits in parentheses after a title; a place after a
locative; a participle of being asked; conjunctions opening a sentence; an uncued quotation
after narration by a pronoun; Russian papers' present cues; and guards beside each."""

from __future__ import annotations

from tests.transforms.parsed import attributions, quotes, speakers, speakers_and_roles
from transforms.gender import listed_gender, sure_gender
from transforms.persons import find_names


def test_a_masculine_title_before_a_womans_listed_name_says_nothing() -> None:
    text = (
        "Revue\n\n"
        "Le maire de Vallon, Hélène Marchetti, a ouvert la séance. Le conseiller Paul Gros "
        "s'y est opposé. « Nous tiendrons le calendrier », a déclaré Paul Gros.\n\n"
        "« Les travaux commenceront en mai », a-t-elle ajouté."
    )
    assert speakers(text) == ["Paul Gros", "Hélène Marchetti"]


def test_she_after_an_unnamed_source_is_no_known_man() -> None:
    text = (
        "Revista\n\n"
        "El diario recuerda que el presidente Nicolas Varennes estuvo en la cena. "
        '"Preparé un sobre con dinero", denunció la contadora. Según ella, "los '
        'invitados se iban con un sobre" y Varennes lo sabía.'
    )
    assert speakers(text)[1] is None


def test_sure_genders_come_from_names_and_feminine_titles_only() -> None:
    assert listed_gender("Jean-Baptiste Ehui") == "m"
    assert listed_gender("Marthe Malafosse") == "f"
    assert sure_gender(["le", "ministre"], "Fanja Rakoto", False, True) is None
    assert sure_gender(["la", "ministre"], "Fanja Rakoto", False, True) == "f"
    # a title across a verb says nothing: "la diplomatie ..., reçu lundi par X"
    assert sure_gender(["la", "diplomatie", "reçu", "par"], "Fanja Rakoto", False, False) is None
    # a surname's ending against the given name: Ukrainian -ин is a woman's too
    assert sure_gender([], "Олена Кравчишин", False, False) is None
    assert sure_gender([], "Сергій Кравчишин", False, False) == "m"


def test_a_russian_name_in_the_instrumental_is_filed_in_the_nominative() -> None:
    text = (
        "Интервью\n\n"
        "Журналисты встретились с депутатом Игорем Кривошеевым.\n\n"
        "«Я родился в Ужгороде, там же вырос», — рассказал он.\n\n"
        "По словам Игоря Кривошеева, «это правда и все это знают»."
    )
    assert speakers(text) == ["Игорь Кривошеев", "Игорь Кривошеев"]


def test_a_statement_of_a_person_after_a_courtesy_title() -> None:
    text = (
        "Новости\n\n"
        "Председатель Думы Вячеслав Володин ответил на критику. «Депутаты избраны "
        "гражданами, он оскорбил народ», — говорится в комментарии господина Володина."
    )
    assert speakers_and_roles(text) == [("Вячеслав Володин", "Председатель Думы")]


def test_french_transcript_labels_and_their_initials() -> None:
    text = (
        "Entretien\n\n"
        "Marc Lenoir : Bonjour, Madame la Ministre.\n\n"
        "Claire Dumas : Bonjour, et bienvenue au ministère.\n\n"
        "ML : Merci de me recevoir aujourd'hui.\n\n"
        "CD : C'est un plaisir, vraiment.\n\n"
        "ML : Que pensez-vous des blogs ?\n\n"
        "CD : J'en lis beaucoup, le soir surtout."
    )
    assert speakers(text) == ["Marc Lenoir", "Claire Dumas"] * 3


def test_initials_that_are_no_voice_stay_unread() -> None:
    text = (
        "Entretien\n\n"
        "Marc Lenoir : Bonjour, Madame la Ministre.\n\n"
        "Claire Dumas : Bonjour, et bienvenue au ministère.\n\n"
        "UE : une union de vingt-sept États.\n\n"
        "CD : C'est un plaisir, vraiment."
    )
    assert "UE" not in speakers(text)


def test_one_question_and_its_answer_under_labels() -> None:
    text = (
        "Wahl 2025: Gespräch mit Katrin Uhlmann\n\n"
        "Katrin Uhlmann traf sich mit unserer Redaktion.\n\n"
        "Stadtblog.de: Wie kann man Kleinwagen attraktiver machen?\n\n"
        "Katrin Uhlmann: Wir wollen die Autobranche bei der Umstellung unterstützen."
    )
    assert speakers(text) == [None, "Katrin Uhlmann"]


def test_a_dash_turn_labelled_with_initials() -> None:
    text = (
        "Интервью\n\n"
        "Мы встретились с депутатом Игорем Кривошеевым.\n\n"
        "– Елена Данилевская: Цель нашего интервью – раскрыть ваш портрет?\n\n"
        "– Это правда. Обо мне мало что можно найти.\n\n"
        "– Е. Д.: Расскажите о себе. Где вы родились?\n\n"
        "– Я родился в Ужгороде, там же вырос."
    )
    assert speakers(text)[2] == "Елена Данилевская"


def test_an_interviews_title_naming_one_person() -> None:
    text = (
        "Արամ Պետրոսյանը հարցազրույց չի տալիս\n\n"
        "Երկար ժամանակ է քաղաքական գործիչ Արամ Պետրոսյանը չի հանդիպել լրագրողների հետ:\n\n"
        "Ինչպե՞ս են Ձեր գործերը:\n\n"
        "– Ես հեռախոսային հարցազրույցներ չեմ տալիս, լա՞վ:\n\n"
        "Իսկ ե՞րբ սպասենք Ձեր ասելիքին:\n\n"
        "– Ես ձեր հասցեն գիտեմ, ձեզ էլ լավ եմ վերաբերվում:"
    )
    assert speakers(text) == ["Արամ Պետրոսյան", "Արամ Պետրոսյան"]


def test_papers_credited_under_their_quotations_with_their_city() -> None:
    text = (
        "zur Wahl\n\nPRESSESTIMMEN\n\n"
        "„Die Institutionen haben Ruhe bewahrt. Und bisher auch die Wähler.“\n\n"
        "Corriere della Sera, Rom\n\n"
        "„Niemand kann sich Illusionen über das Ausmaß der Aufgabe machen.“\n\n"
        "The Times, London"
    )
    assert attributions(text) == [(None, "Corriere della Sera"), (None, "The Times")]


def test_a_paper_line_above_its_quotation_still_heads_it() -> None:
    text = (
        "Presseschau\n\n"
        "The Times\n\n"
        "„Niemand kann sich Illusionen über das Ausmaß der Aufgabe machen.“\n\n"
        "De Standaard\n\n"
        "„Es ist offensichtlich, dass er die Niederlage nicht ertragen kann.“"
    )
    assert attributions(text) == [(None, "The Times"), (None, "De Standaard")]


def test_sports_trades_and_a_title_apposed_in_a_credit() -> None:
    text = (
        "Las frases del día\n\n"
        '"El fútbol es para vivos y no para la tecnología". (El arquero argentino Sergio '
        "Roldán, ante la polémica del domingo)\n\n"
        '"Uno daría lo que no tiene por continuar". (El entrenador de Chile, Marcelo '
        "Bravo, tras la eliminación de su equipo)\n\n"
        '"Juegan como sudamericanos". (El entrenador brasileño, Carlos Dutra, sobre Holanda)'
    )
    assert speakers(text) == ["Sergio Roldán", "Marcelo Bravo", "Carlos Dutra"]


def test_a_parenthesis_of_what_happened_credits_no_one() -> None:
    text = (
        "Frases\n\n"
        '"Nadie esperaba este resultado tan amplio". (El entrenador de Chile, Marcelo '
        "Bravo, quien dimitió al día siguiente)"
    )
    assert speakers(text) == [None]


def test_a_place_after_a_locative_is_no_person() -> None:
    names = [m.text for m in find_names("Em resposta, na Cidadela de Cascais, o ministro")]
    assert "Cidadela de Cascais" not in names
    names = [m.text for m in find_names("Ontem, Marcelo Rebelo de Sousa recusou")]
    assert names == ["Marcelo Rebelo de Sousa"]


def test_asked_about_something_drops_the_subject() -> None:
    text = (
        "Notícias\n\n"
        "O ministro Rui Pestana chegou ao palácio. « A justiça funciona », disse Rui "
        "Pestana.\n\n"
        "Interrogado se o arquivamento é uma boa notícia, respondeu: « Eu não vou "
        "qualificar. A democracia precisa de uma justiça forte »."
    )
    assert speakers(text) == ["Rui Pestana", "Rui Pestana"]


def test_a_conjunction_opening_a_sentence_is_no_given_name() -> None:
    names = [m.text for m in find_names("Voordat Brini naar Den Haag kwam, had ze andere")]
    assert "Voordat Brini" not in names


def test_an_uncued_quotation_after_narration_by_a_pronoun() -> None:
    text = (
        "Verkiezingen\n\n"
        '"Ik ben blij met de uitslag", zegt Valentina Brandi.\n\n'
        'Het valt haar op dat migratie hoog op de agenda staat. "Dat snap ik niet '
        'helemaal. Ik vraag me af hoeveel migranten echt een probleem zijn."'
    )
    assert speakers(text) == ["Valentina Brandi", "Valentina Brandi"]


def test_narration_of_another_gender_gives_no_speaker() -> None:
    text = (
        "Verkiezingen\n\n"
        '"Ik ben blij met de uitslag", zegt Valentina Brandi.\n\n'
        'Hij kijkt naar de cijfers van vandaag. "Dat snap ik niet helemaal. Ik vraag me '
        'af hoeveel migranten echt een probleem zijn."'
    )
    assert speakers(text)[1] is None


def test_the_same_paper_writes_and_a_cyrillic_papers_name() -> None:
    text = (
        "Обзор прессы\n\n"
        "Газета «Новое утро» пишет, что полиция выяснила все. Издание иронизирует: "
        "«Ну, конечно, кто видел такое раньше».\n\n"
        "Та же газета пишет: «Способа избежать этого нет»."
    )
    assert attributions(text) == [(None, "Новое утро"), (None, "Новое утро")]


def test_a_cue_after_a_demonstrative_title_keeps_no_demonstrative() -> None:
    text = (
        "Revue\n\n"
        "Le quotidien s'intéresse au professeur Kader Ndiaye. Cet universitaire préconise "
        "de « mettre fin au phénomène du président omnipotent »."
    )
    (quote,) = quotes(text)
    assert quote["speaker"] == "Kader Ndiaye"
    assert quote["speaker_role"] != "Cet universitaire"


def test_guards_from_the_reviews_of_session_62() -> None:
    # a surname that is also a conjunction elsewhere ("weil"), after its cue
    assert speakers("Landtag\n\n„Das ist ein guter Tag für das Land“, sagte Weil.") == ["Weil"]
    # a work's title and its author with a year: no one's words
    text = 'Music\n\nThe album opens with "Imagine" (John Lennon, 1971) and closes quietly.'
    assert "John Lennon" not in speakers(text)
    # a body after the participle of being asked is the subject, not the last speaker
    text = (
        "Leak inquiry\n\n"
        '"This is a witch hunt," said the former minister Sarah Holt.\n\n'
        "Asked about the leak, Downing Street, in a short statement, said: "
        '"An investigation is under way."'
    )
    assert speakers(text)[1] != "Sarah Holt"
    # parties' codes that spell two people's initials are no voices
    text = (
        "Programmes : ce que proposent les partis\n\n"
        "Pierre Sauvage (PS) et Laurent Roux (LR) ont présenté leurs propositions mardi.\n\n"
        "PS : retour à la retraite à 62 ans.\n\nLR : maintien de l'âge à 64 ans.\n\n"
        "PS : abrogation de la réforme.\n\nLR : pas de retour en arrière."
    )
    assert "Pierre Sauvage" not in speakers(text)
    # a who's who with a space before its colons is no transcript
    text = (
        "Chronologie de l'affaire\n\n"
        "Nicolas Sarkozy : mis en examen en mars 2018 pour corruption passive.\n\n"
        "Claude Guéant : condamné en 2017 dans l'affaire des primes.\n\n"
        "Brice Hortefeux : entendu comme témoin assisté."
    )
    assert quotes(text) == []
    # a letter addressed to someone is not their statement
    text = (
        "Дипломатия\n\nПосол направил ответ в МИД.\n\n"
        "«Мы требуем объяснений», — говорится в письме на имя господина Лаврова."
    )
    assert speakers(text) == [None]


def test_an_interviewers_name_before_the_word_is_no_interviewee() -> None:
    text = (
        "Fabio Fazio intervista il regista premio Oscar\n\n"
        "Il conduttore Fabio Fazio ha ospitato il regista Paolo Verdi.\n\n"
        "– Come è nato il film?\n\n"
        "– Da un sogno che facevo da bambino, a Napoli.\n\n"
        "– E il premio?\n\n"
        "– Non me lo aspettavo affatto."
    )
    assert "Fabio Fazio" not in speakers(text)


def test_a_determiner_opening_a_sentence_is_no_speaker() -> None:
    text = "Обзор\n\nТот же автор пишет: «Россия устала от войны»."
    assert speakers(text) == [None]


def test_a_press_services_feminine_verb_is_not_the_persons_gender() -> None:
    text = (
        "Новости\n\n"
        "«Ситуация под контролем», — сообщила пресс-служба губернатора Андрея Воронцова.\n\n"
        "«Эвакуация пока не требуется», — сказал он."
    )
    assert speakers(text)[1] == "Андрей Воронцов"


def test_a_quotation_after_a_lone_conjunction_goes_on_with_the_speaker() -> None:
    text = (
        "Rassegna\n\n"
        "Il governatore del Veneto Luca Zanetti ha detto: «Mancano vaccini. Avanti così ci "
        "metteremo 3 o 4 anni». Ma «Roma può fare molto» e «accelerare la lotta al Covid»."
    )
    assert speakers(text) == ["Luca Zanetti"] * 3
    text = (
        "Rassegna\n\n"
        "Il governatore Luca Zanetti ha detto: «Mancano vaccini». Ma il sindaco Paolo "
        "Ferri ribatte. Ma «Roma può fare molto di più»."
    )
    assert speakers(text)[1] != "Luca Zanetti"


def test_a_conjunction_before_words_that_do_not_close_their_sentence() -> None:
    text = (
        "Revue\n\n"
        "Le président Marc Delorme a défendu sa réforme. « Elle était nécessaire », a-t-il dit. "
        "Mais « le compte n'y est pas » pour la CGT et sa secrétaire générale Anne Roux."
    )
    assert speakers(text)[1] is None
