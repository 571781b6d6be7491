"""Shapes of session 65, on invented text: interviews set as plain paragraphs (a question,
then its answer, no label); Armenian turns labelled "Name․ -"; a transcript's "Д.ИВАНОВ:"
and "NAME [editor's note]:" labels; a full name in capitals over the one answer; two
voices' statements labelled with their names; an answer that runs on over unlabelled
paragraphs; a paper's column as a credit; a title's abbreviation in a dash credit; a
Polish dashed speech ending on a paper's name in marks; a title's article telling the
gender; Spanish "así se ha pronunciado"; a Cyrillic trade opening a sentence; an Italian
park; and guards beside each."""

from __future__ import annotations

from tests.transforms.parsed import quotes, speakers, speakers_and_roles

MAYOR = (
    "Yonne, France\n\n"
    "Selon une étude révélée par le Figaro, 39% des maires envisagent de briguer un nouveau "
    "mandat : comment expliquez-vous, Mahfoud Aomar, leur peu d'empressement?\n\n"
    "La première raison, c'est la disponibilité au niveau de la famille. On n'a plus de vie.\n\n"
    "Le travail de maire a-t-il beaucoup changé en 10 ans?\n\n"
    "Énormément. Je peux vous dire que c'est complètement différent.\n\n"
    "La relation aux administrés a-t-elle aussi changé?\n\n"
    "Oui, je crois qu'elle a changé puisque nous n'avons plus affaire à des citoyens.\n\n"
    "Il faut aussi du temps pour la famille, et les indemnités restent faibles."
)


def test_a_plain_interview_addressing_its_interviewee_by_name_gives_the_answers() -> None:
    # the paper's questions are quotations with no speaker (session 66)
    assert speakers(MAYOR) == [None, "Mahfoud Aomar"] * 3
    assert quotes(MAYOR)[5]["text"].endswith("les indemnités restent faibles.")


BURGEMEESTER = (
    "In Zaltbommel zoekt de gemeenteraad een burgemeester. Dat deed raadslid Kees Metz van "
    "de lokale partij ZVV, hij leidt de zoektocht.\n\n"
    "U zegt op zoek te zijn naar een burgemeester 2.0, wat bedoelt u daarmee?\n\n"
    "Vroeger was een burgemeester een lintjesknipper. Wij willen iemand tussen de mensen.\n\n"
    "En daarom hebben jullie gekozen om inwoners te laten meedenken?\n\n"
    "Ja. De burgemeester is er voor alle inwoners. Dan ga je iemand uitzoeken.\n\n"
    "Wat kwam er uit de vragenlijst naar voren?\n\n"
    "Voor ons als gemeenteraad is het belangrijk dat de burgemeester verbindt.\n\n"
    "En uit de enquête kwam dat de burgemeester moet kunnen handhaven."
)


def test_a_plain_interview_under_a_lead_naming_one_person_gives_the_answers() -> None:
    assert speakers(BURGEMEESTER) == [None, "Kees Metz"] * 3


def test_a_faqs_impersonal_answers_are_no_interview() -> None:
    text = (
        "Our adviser Jane Smith explains the new parking rules for residents.\n\n"
        "Do you need a permit to park in your street?\n\n"
        "Residents of zone A need a permit from the town hall.\n\n"
        "How much does your permit cost?\n\n"
        "A permit costs 40 pounds a year, payable online.\n\n"
        "Can you park in another zone?\n\n"
        "Visitors may park there for two hours."
    )
    assert quotes(text) == []


def test_a_plain_question_and_answer_text_naming_no_one_is_no_interview() -> None:
    text = MAYOR.replace(", Mahfoud Aomar,", "")
    assert quotes(text) == []


def test_a_plain_interview_whose_lead_names_two_people_names_no_one() -> None:
    text = BURGEMEESTER.replace("hij leidt", "met wethouder Anna de Vries leidt hij")
    assert quotes(text) == []


SAHAKYAN = (
    "Ազգային ժողովի նախագահ Գալուստ Սահակյանը այսօր զրույցում տեղեկացրել է նշանակման մասին:\n\n"
    "«Ազատություն»․ - Ասում են, որ նոր պաշտոն կառաջարկվի: Ի՞նչ եք կարծում:\n\n"
    "Գալուստ Սահակյան․ - Ես կարծում եմ, որ բնապահպանության նախարար կգնա:\n\n"
    "«Ազատություն»․ - Այդ ուղղությամբ քննարկումներ գնո՞ւմ են:\n\n"
    "Գալուստ Սահակյան․ - Բնականաբար ամեն օր քննարկումներ լինում են:"
)


def test_armenian_turns_labelled_with_a_dot_and_a_dash_are_an_interview() -> None:
    assert speakers(SAHAKYAN) == [None, "Գալուստ Սահակյան"] * 2


MEDVEDEV = (
    "Стенограмма встречи Дмитрия Медведева с коллективом газеты, 29 апреля 2008 г.\n\n"
    "Д.МЕДВЕДЕВ: Дорогие коллеги! Мне очень приятно побывать у вас в гостях.\n\n"
    "НИКОЛАЙ ЗЯТЬКОВ [главный редактор газеты «Аргументы и факты»]: Мы покажем Вам.\n\n"
    "Д.МЕДВЕДЕВ: Конечно, было бы интересно посмотреть. Я стал постоянным читателем."
)


def test_a_transcripts_initial_and_surname_label_and_its_editors_note() -> None:
    assert speakers(MEDVEDEV) == ["Дмитрий Медведев", "Николай Зятьков", "Дмитрий Медведев"]


PAPIERZ = (
    "Zbigniew Papierz: Kadencja burmistrza dwa razy po pięć lat\n\n"
    "SEDNO: Ma Pan za sobą okres solidarnościowy. Pełnił Pan w związku odpowiedzialne role?\n\n"
    "ZBIGNIEW PAPIERZ: Tak. Dla mnie to był ważny czas. W sierpniu 1979 roku odbyłem staż.\n\n"
    "W okresie stanu wojennego jako przedstawiciel Myślenic uczestniczyłem w pracach "
    "podziemnych regionalnych struktur Związku. Prowadziliśmy akcje rozprowadzania ulotek i "
    "gazetek, a latem zorganizowaliśmy wypoczynek dla rodzin internowanych struktur Związku."
)


def test_one_exchange_answered_under_a_full_name_in_capitals() -> None:
    found = quotes(PAPIERZ)
    assert [q["speaker"] for q in found] == [None, "Zbigniew Papierz"]
    assert found[1]["text"].endswith("struktur Związku.")


VOICES = (
    "Trainerstimmen zum Spiel\n\n"
    "Marc Fascher: Bis zur 70. Minute haben wir heute fast alles richtig gemacht und sind "
    "verdient 2:0 in Führung gegangen. Die Enttäuschung ist riesengroß.\n\n"
    "Rico Schmitt: Wir haben heute ein Spiel gesehen, was für Trainer, Spieler und Fans sehr "
    "aufregend war. Am Ende geht das Remis in Ordnung."
)


def test_two_voices_statements_labelled_with_their_names() -> None:
    assert speakers(VOICES) == ["Marc Fascher", "Rico Schmitt"]


def test_two_labelled_lines_of_facts_are_no_statements() -> None:
    text = (
        "Kader\n\n"
        "Marc Fascher: Trainer seit 2012, davor beim FC St. Pauli II und bei Hansa Rostock "
        "in der zweiten Mannschaft.\n\n"
        "Rico Schmitt: Trainer seit 2011, davor beim Chemnitzer FC und beim FC Erzgebirge Aue "
        "in der zweiten Liga."
    )
    assert quotes(text) == []


def test_an_answer_runs_on_over_its_unlabelled_paragraphs_to_the_next_turn() -> None:
    text = (
        "Interview mit Javad Zarif\n\n"
        "SPIEGEL: Herr Zarif, wie geht es weiter?\n\n"
        "Zarif: Wir verhandeln weiter. Das ist der richtige Weg.\n\n"
        "Die Sanktionen schaden allen, auch Europa.\n\n"
        "SPIEGEL: Und wenn die Gespräche scheitern?\n\n"
        "Zarif: Dann haben wir es wenigstens versucht."
    )
    found = quotes(text)
    assert [q["speaker"] for q in found] == [None, "Javad Zarif", None, "Javad Zarif"]
    assert found[1]["text"].endswith("auch Europa.")


def test_a_papers_column_credited_after_a_dash_is_nobody() -> None:
    text = (
        '"Assessores palacianos avaliaram que as declarações de Ricardo Salles caíram mal" '
        "– Coluna do Estadão – O Estado de S. Paulo, 24-05-2020."
    )
    assert speakers(text) == [None]


def test_a_titles_abbreviation_before_a_surname_in_a_dash_credit() -> None:
    text = (
        "“I’m finding I’m being introduced these days in the past tense.”\n"
        "—Gov. Baker who is not seeking re-election.\n\n"
        "“I’m not going to go away quietly. My wife would never let me.”\n"
        "—Gov. Baker on his future plans."
    )
    assert speakers(text) == ["Baker", "Baker"]


def test_polish_dashed_speech_ending_on_a_papers_name_in_marks() -> None:
    text = (
        "- Popełniłem takie przestępstwo, że wystawiałem prace w galerii. To próba wzbudzenia "
        'histerii wśród czytelników "Gazety Wyborczej" - mówił Piotr Bernatowicz, który był '
        "gościem Polskiego Radia 24."
    )
    assert speakers(text) == ["Piotr Bernatowicz"]


def test_a_review_bullet_quoting_someone_before_the_dash_stays_a_bullet() -> None:
    text = (
        "- Słowacja: „Poziom wód gruntowych w Liptowie jest najniższy od 2003 roku” - "
        "powiedział hydrolog Peter Ondrejka.\n\n"
        "- Litwa: „Nikt z nami tego nie konsultował” - powiedział Darius Kielė."
    )
    assert [str(q["text"])[:6] for q in quotes(text)] == ["Poziom", "Nikt z"]


ANA = (
    "“Pedíamos la dimisión del consejero de Salud, y se ha producido”. Así de contundente se "
    "ha pronunciado hoy la portavoz del Ejecutivo regional, Ana Martínez Vidal, tras la "
    "dimisión del consejero de Salud, Manuel Villegas.\n\n"
    "“El error ha sido gravísimo”. Así, después de asegurar que “dada la calidad humana "
    "esperábamos esa reacción por su parte”, la líder de la formación naranja en Murcia ha "
    "pedido al presidente toda la documentación relativa a los más de 400 profesionales de "
    "la Consejería de Salud a los que se les ha administrado la vacuna."
)


def test_spanish_asi_se_ha_pronunciado_points_back_at_the_quotation() -> None:
    assert speakers(ANA)[0] == "Ana Martínez Vidal"


def test_a_titles_feminine_article_before_the_cue_picks_the_woman() -> None:
    assert speakers_and_roles(ANA)[2] == (
        "Ana Martínez Vidal",
        "líder de la formación naranja en Murcia",
    )


def test_a_cyrillic_trade_opening_its_sentence_is_the_one_named_before() -> None:
    text = (
        "Президент вибрав книгу російського видавництва. Про це в Фейсбуці розповіла "
        "журналістка Емма Антонюк.\n\n"
        'Журналістка зазначила: "В руках у глави держави книжка Бакмана. Гарний вибір."'
    )
    assert speakers_and_roles(text) == [("Емма Антонюк", "журналістка")]


def test_an_italian_park_is_no_speaker() -> None:
    text = (
        "Droga e sicurezza? «Tutte le istituzioni devono fare di più come sistema». "
        "Telecamere ai Giardini Diaz solo ora? «Poteva essere fatto prima ma non siamo a "
        "Milano»."
    )
    assert speakers(text) == [None, None]


def test_an_open_letters_questions_to_its_addressee_are_no_interview() -> None:
    text = (
        "Lettre ouverte des parents d'élèves de l'école Jules-Ferry\n\n"
        "Pourquoi fermer notre école, Anne Hidalgo, alors que vous promettiez le contraire?\n\n"
        "Nous avons appris la nouvelle par la presse. Nous vous demandons de nous recevoir.\n\n"
        "Que deviendront les enfants du quartier?\n\n"
        "Nous ne voulons pas qu'ils traversent la ville chaque matin.\n\n"
        "Qui paiera les transports?\n\n"
        "Nous attendons votre réponse avant la rentrée."
    )
    assert quotes(text) == []


def test_a_plain_interview_about_the_person_in_the_news_names_no_one() -> None:
    text = (
        "Christian Lindner hat sein Amt niedergelegt. Wir haben einen Politikwissenschaftler "
        "gefragt, was das bedeutet.\n\n"
        "Was bedeutet der Rücktritt für Sie?\n\n"
        "Ich halte ihn für überfällig. Wir haben das lange kommen sehen.\n\n"
        "Haben Sie damit gerechnet?\n\n"
        "Ich habe damit gerechnet, ja.\n\n"
        "Wie geht es jetzt weiter, was meinen Sie?\n\n"
        "Ich glaube, die Partei wird sich neu sortieren."
    )
    assert "Christian Lindner" not in speakers(text)


def test_an_interviews_credit_line_is_no_part_of_the_last_answer() -> None:
    text = (
        "Interview mit Javad Zarif\n\n"
        "SPIEGEL: Herr Zarif, wie geht es weiter?\n\n"
        "Zarif: Wir verhandeln weiter. Das ist der richtige Weg.\n\n"
        "SPIEGEL: Und wenn die Gespräche scheitern?\n\n"
        "Zarif: Dann haben wir es wenigstens versucht.\n\n"
        "Das Interview führte Anna Schmidt."
    )
    assert quotes(text)[-1]["text"] == "Dann haben wir es wenigstens versucht."


def test_capitals_labels_each_opening_one_paragraph_are_headings() -> None:
    text = (
        "Zakupy świąteczne\n\n"
        "JOHN LEWIS: W tym roku sieć obniża ceny zabawek i elektroniki.\n\n"
        "TED BAKER: Marka zamyka dwa sklepy w centrum Londynu."
    )
    assert "John Lewis" not in speakers(text)


def test_a_labelled_portrait_opening_with_an_article_is_no_statement() -> None:
    text = (
        "Die Kandidaten\n\n"
        "Angela Merkel: Die Altkanzlerin hat uns in sechzehn Jahren gezeigt, wie man mit "
        "Krisen umgeht, und sie bleibt für viele von uns ein Vorbild.\n\n"
        "Olaf Scholz: Der Kanzler hat uns in drei Jahren gezeigt, wie schwer eine Koalition "
        "aus drei Parteien zu führen ist, und wir sehen die Folgen."
    )
    assert quotes(text) == []


def test_a_cyrillic_bystander_opening_its_sentence_is_someone_new() -> None:
    text = (
        "Полиция задержала Алексея Смирнова по подозрению в краже.\n\n"
        "Сосед рассказал: «Он всегда был тихим и вежливым человеком»."
    )
    assert speakers(text) == [None]


def test_an_italian_surname_that_names_a_square_stays_a_surname() -> None:
    text = "«È il coronamento di una carriera», ha detto l'assessore Marco Piazza."
    assert speakers(text) == ["Marco Piazza"]


def test_a_films_title_after_a_dash_is_no_credit() -> None:
    text = "“Gentlemen, you can't fight in here! This is the War Room.”\n—Dr. Strangelove (1964)"
    assert speakers(text) == [None]


def test_a_husbands_words_are_not_the_mayors_his_title_complements() -> None:
    text = (
        "La sindaca di Vasto, Francesca Di Donato, e il marito Paolo Rossi hanno aperto la "
        "bottega.\n\n"
        "«Abbiamo lavorato tutta la notte», il marito della sindaca ha spiegato ai cronisti."
    )
    assert speakers(text) == ["Paolo Rossi"]


COHEN = (
    "Interview de M. Edouard Philippe, Premier ministre, à France Inter le 18 mai 2017.\n\n"
    "PATRICK COHEN\nBonjour Edouard PHILIPPE.\n\n"
    "EDOUARD PHILIPPE\nBonjour Patrick COHEN.\n\n"
    "PATRICK COHEN\nLe président les nomme, dans la réalité qui a choisi ?\n\n"
    "EDOUARD PHILIPPE\nComme dans la Constitution, après des échanges nombreux. Je vous le dis."
)


def test_a_radio_transcripts_capitals_names_over_their_turns_are_labels() -> None:
    assert speakers(COHEN) == ["Patrick COHEN", "Edouard Philippe"] * 2


def test_capitals_names_heading_one_paragraph_each_are_no_labels() -> None:
    text = (
        "Les disparus de l'année\n\n"
        "JEAN DUPONT\nAncien maire de Lyon, mort en mars à 88 ans. Qui s'en souvient ?\n\n"
        "MARIE MARTIN\nRésistante, morte en mai à 101 ans."
    )
    assert quotes(text) == []


def test_a_dotted_letter_after_a_particle_is_a_courtesy_title() -> None:
    text = (
        "Entretien de M. Edouard Philippe, Premier ministre, avec RTL.\n\n"
        "« Nous tiendrons le cap », a déclaré Edouard Philippe."
    )
    assert speakers(text) == ["Edouard Philippe"]


def test_an_answer_stops_at_a_paragraph_on_a_body() -> None:
    text = (
        "Interview\n\n"
        "Burgemeester Femke Halsema sprak met ons over de drukte in de binnenstad.\n\n"
        "Vraag: Komt er een verbod op rondleidingen door de Wallen?\n\n"
        "Femke Halsema: Ja. Ik wil dat de buurt weer leefbaar wordt voor bewoners.\n\n"
        "Vraag: Wanneer gaat dat in?\n\n"
        "Femke Halsema: Nog dit voorjaar. Wij overleggen met de ondernemers.\n\n"
        "De gemeenteraad debatteert volgende week over het voorstel, dat op steun van een "
        "ruime meerderheid lijkt te kunnen rekenen, al willen de VVD en het CDA eerst een "
        "onderzoek naar de gevolgen voor de horeca in het centrum."
    )
    assert quotes(text)[-1]["text"] == "Nog dit voorjaar. Wij overleggen met de ondernemers."


def test_a_german_ordinal_after_des_before_a_genitive_ends_no_sentence() -> None:
    text = (
        "Die Ausstellung über die Geschichte des 3. Reiches ist eröffnet. Kurator Jan Berg "
        "sagte: „Wir zeigen, was viele vergessen wollen.“"
    )
    assert speakers(text) == ["Jan Berg"]


def test_a_french_number_after_des_ends_its_sentence() -> None:
    text = (
        "Ursula von der Leyen a salué l'accord des 27. Emmanuel Macron a déclaré : « C'est un "
        "moment historique pour l'Europe. »"
    )
    assert speakers(text) == ["Emmanuel Macron"]


def test_dashed_questions_glued_to_their_answers_are_two_turns() -> None:
    text = (
        "Antonio Alarcó: «El Ayuntamiento está técnicamente en bancarrota»\n\n"
        "Entrevista al candidato a la Alcaldía de La Laguna\n\n"
        "—¿Cuál es su sueño para la ciudad?—Que no haya ningún niño sin desayuno.\n\n"
        "—¿Cómo lo va a lograr?—Disminuyendo el gasto político y refinanciando la deuda.\n\n"
        "—¿Se ve de alcalde?—Sí, modestamente."
    )
    found = quotes(text)
    assert [q["speaker"] for q in found] == [None, "Antonio Alarcó"] * 3
    assert found[1]["text"] == "Que no haya ningún niño sin desayuno."


def test_one_dashed_question_glued_to_its_answer_stays_one_line() -> None:
    text = "El debate siguió así:\n\n—¿Y usted qué propone?—Nada, respondió el concejal Luis Gil."
    assert all("\n" not in str(q["text"]) for q in quotes(text))


def test_a_name_with_a_particle_and_an_initial_stays_whole() -> None:
    text = "«Vamos a recurrir la sentencia», dijo José de J. Martínez, abogado de la familia."
    assert speakers(text) == ["José de J. Martínez"]


def test_poems_under_their_poets_names_in_capitals_are_no_transcript() -> None:
    text = (
        "Anthologie\n\n"
        "PAUL VERLAINE\nIl pleure dans mon cœur\nComme il pleut sur la ville ;\n"
        "Quelle est cette langueur ?\n\n"
        "ARTHUR RIMBAUD\nJe suis le ténébreux\nLe veuf, l'inconsolé ?\n\n"
        "PAUL VERLAINE\nLes sanglots longs\nDes violons de l'automne\n\n"
        "ARTHUR RIMBAUD\nElle est retrouvée.\nQuoi ? L'Éternité."
    )
    assert quotes(text) == []


def test_an_answer_about_a_body_goes_on_between_two_turns() -> None:
    text = (
        "Interview mit Javad Zarif\n\n"
        "SPIEGEL: Herr Zarif, wie geht es weiter?\n\n"
        "Zarif: Wir verhandeln weiter. Das ist der richtige Weg.\n\n"
        "Die Regierung hat den Europäern ein faires Angebot gemacht.\n\n"
        "SPIEGEL: Und wenn die Gespräche scheitern?\n\n"
        "Zarif: Dann haben wir es wenigstens versucht."
    )
    assert quotes(text)[1]["text"].endswith("ein faires Angebot gemacht.")
