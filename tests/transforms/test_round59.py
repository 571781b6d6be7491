"""Shapes of session 59, on invented text: a German press review's papers in capitals; a
paper's one-word tail or home town read as a name; a paper's newsroom at the cue; a
transcript whose two voices are named only by their labels; Spanish dashed turns opening on
"¿" and interviews titled "Entrevista a X"; words the text calls a page's headline; a
Georgian "tells" after the speaker and his title; short Dutch and German quotations in their
article's language; and guards beside each (the reviews' regressions among them)."""

from __future__ import annotations

from tests.transforms.parsed import attributions, quotes, speakers, speakers_and_roles


def test_a_german_review_names_its_papers_in_capitals() -> None:
    text = (
        "Presseschau\n\n"
        "Die SÜDDEUTSCHE ZEITUNG schreibt:\n\n"
        '"Die Geduld der Bürger ist erschöpft, Angst und Zorn nehmen zu."\n\n'
        '"Die Regierung wird das Thema nicht mehr los", meint der MÜNCHNER MERKUR.\n\n'
        'Die Zeitung TAGESBOTE WEST sieht es anders und kritisiert: "Wer jetzt mitmacht, '
        'betreibt das Geschäft der anderen."'
    )
    found = attributions(text)
    assert [speaker for speaker, _ in found] == [None, None, None]
    assert found[0][1] == "Süddeutsche Zeitung"
    assert str(found[1][1]).casefold() == "münchner merkur"
    assert found[2][1] == "TAGESBOTE WEST"


def test_a_masculine_paper_after_its_verb_speaks() -> None:
    text = (
        '"Die Koalition hat ihre Mehrheit verspielt", meint der Kölner Stadt-Anzeiger.\n\n'
        'Der Münchner Merkur schreibt: "Die Koalition hat ihre Mehrheit längst verspielt."'
    )
    assert attributions(text) == [(None, "Kölner Stadt-Anzeiger"), (None, "Münchner Merkur")]


def test_a_paper_in_the_paragraph_before_is_no_persons_surname() -> None:
    text = (
        "Revue de presse\n\n"
        "Le Figaro écrit :\n\n"
        "« La patience des citoyens est épuisée, la peur et la colère augmentent. »"
    )
    assert attributions(text) == [(None, "Le Figaro")]


def test_someone_told_a_paper_in_the_dative_still_speaks() -> None:
    text = (
        '"Die Koalition hat ihre Mehrheit verspielt", sagte Olaf Scholz der Süddeutschen '
        "Zeitung.\n\n"
        '"Wir prüfen alle Optionen für den Haushalt", sagte der FAZ ein Sprecher des '
        "Ministeriums."
    )
    found = attributions(text)
    assert found[0] == ("Olaf Scholz", None)
    assert found[1][1] is None  # a spokesman, told the paper: not the paper's words


def test_capitals_that_end_on_no_papers_word_are_no_paper() -> None:
    text = (
        'Die EU-KOMMISSION erklärte: "Wir prüfen den Vorschlag sorgfältig und ohne Eile."\n\n'
        'Der Minister sagte in Berlin: "Die USA bleiben unser engster Partner."'
    )
    assert [institution for _, institution in attributions(text)][1] is None


def test_the_newsroom_after_its_verb_is_the_papers() -> None:
    text = (
        '"Gazeta Polska Codziennie" donosi dziś o fundacji senatora. Jak wyjaśnia redakcja, '
        '"chodzi o fundację, na którą marszałek miał brać pieniądze za operacje".'
    )
    assert attributions(text)[-1] == (None, "Gazeta Polska Codziennie")


def test_the_newsroom_named_before_someone_else_speaks_is_no_speaker() -> None:
    text = (
        'Redakcja "Gazety Wyborczej" rozmawiała z posłem Janem Kowalskim. Jak wyjaśnia poseł '
        'Jan Kowalski, "to była decyzja całego klubu, a nie moja".'
    )
    assert speakers(text) == ["Jan Kowalski"]


def test_a_transcript_with_two_surnames_as_labels() -> None:
    text = (
        "Vogel: Guten Morgen, Herr Liminski.\n\n"
        "Liminski: Herr Vogel, die Partei wechselt ihre Führung in Etappen. Steht nun das "
        "Personaltableau?\n\n"
        "Vogel: Ich hoffe, dass das die richtige Entscheidung gewesen ist. Vieles spricht "
        "dafür.\n\n"
        "Liminski: Also schützt Erfahrung vor Fehlentscheidungen nicht?\n\n"
        "Vogel: Nein, eine solche Situation gibt es gelegentlich in jeder Partei."
    )
    assert speakers(text) == ["Vogel", "Liminski", "Vogel", "Liminski", "Vogel"]


def test_alternating_labels_of_questions_and_answers_name_no_one() -> None:
    text = (
        "Frage: Wie lange dauert die Sanierung der Brücke noch?\n\n"
        "Antwort: Nach heutigem Stand bis zum Herbst, wenn das Wetter mitspielt.\n\n"
        "Frage: Und was kostet die Sanierung insgesamt?\n\n"
        "Antwort: Rund zwölf Millionen Euro, der Bund zahlt die Hälfte."
    )
    assert all(speaker is None for speaker in speakers(text))


def test_alternating_places_are_no_transcript() -> None:
    text = (
        "Berlin: Die Mieten sind im Jahr um acht Prozent gestiegen.\n\n"
        "Hamburg: Hier stiegen sie um sechs Prozent, in guten Lagen mehr.\n\n"
        "Berlin: Die Zahl der Baugenehmigungen ist gesunken.\n\n"
        "Hamburg: Hier blieb sie gleich, der Senat baut selbst."
    )
    assert speakers(text) == []


def test_labels_not_named_elsewhere_are_no_transcript() -> None:
    text = (
        "Schmidt: Die Mieten sind im Jahr um acht Prozent gestiegen.\n\n"
        "Wagner: Hier stiegen sie um sechs Prozent, in guten Lagen mehr.\n\n"
        "Schmidt: Die Zahl der Baugenehmigungen ist gesunken.\n\n"
        "Wagner: Hier blieb sie gleich, der Senat baut selbst."
    )
    assert speakers(text) == []


def test_a_spanish_dashed_interview_whose_question_opens_on_its_mark() -> None:
    text = (
        "El escritor Santiago Roncagliolo habló con el programa de radio.\n\n"
        "-Hola, Santiago. Hoy hablamos de tu nueva novela.\n\n"
        "-Ya nadie está en su lugar, eso es verdad. Yo no sé cuál es el mío.\n\n"
        "-Es cierto.\n\n"
        "-Ya la gente vive donde puede.\n\n"
        "-A mí me encanta el cine. Mis libros tienen mucho de visual.\n\n"
        "-¿De qué manera trabajás esto?"
    )
    found = [q["text"] for q in quotes(text)]
    assert "¿De qué manera trabajás esto?" in found
    assert len(found) == 6


def test_words_called_a_headline_are_the_papers() -> None:
    text = (
        "O Diário de Notícias chama para primeira página a morte da cantora, sob o título "
        "«Morreu a diva que mostrou ao mundo a música».\n\n"
        "«Calou-se a voz da morna» é o título do Jornal de Notícias, que destaca os cursos "
        "de Maria Alves."
    )
    assert attributions(text) == [(None, "Diário de Notícias"), (None, "Jornal de Notícias")]


def test_the_headline_of_an_unlisted_paper_is_no_one_elses() -> None:
    text = (
        "O ministro Pedro Lopes falou ontem em Lisboa.\n\n"
        "«Benfica vence o clássico sem espinhas» é o título de capa do Desportivo Norte."
    )
    assert attributions(text) == [(None, None)]


def test_a_quoted_title_that_is_no_headline_keeps_its_speaker() -> None:
    text = (
        "« Nous ne céderons rien sur les retraites », a déclaré le ministre Jean Dupuis, "
        "dont le titre est contesté."
    )
    assert speakers(text) == ["Jean Dupuis"]


def test_a_surname_after_the_dumas_title_and_a_chambers_president_speak() -> None:
    # guards: the review's regressions of a Duma and a chamber read as institutions
    text = (
        "Депутат Госдумы Милонов заявил: «Мы внесём этот законопроект уже осенью».\n\n"
        "„Handel potrzebuje jasnych zasad i stabilnego prawa” – mówi prezes Polskiej Izby "
        "Handlu Maciej Ptaszyński."
    )
    found = speakers(text)
    assert str(found[0]).endswith("Милонов")
    assert found[1] == "Maciej Ptaszyński"


def test_a_pitcher_surnamed_familia_speaks() -> None:
    text = (
        '"Lo importante es ganar la serie y seguir adelante", aseguró el lanzador dominicano '
        "Jeurys Familia tras el partido."
    )
    assert speakers(text) == ["Jeurys Familia"]


def test_a_georgian_speaker_and_title_before_tells() -> None:
    text = (
        "პრესის მიმოხილვა\n\n"
        "„ჩვენ არ ვართ აფხაზეთში დაბრუნების ღირსი, რადგან აფხაზეთისთვის არ ვიბრძვით!“, - "
        "ადა მარშანია, აფხაზეთის უზენაესი საბჭოს დეპუტატი ეუბნება „ვერსიას“."
    )
    assert speakers_and_roles(text) == [("ადა მარშანია", "აფხაზეთის უზენაესი საბჭოს დეპუტატი")]


def test_a_short_dutch_quotation_in_a_dutch_article_is_dutch() -> None:
    text = (
        "De politie heeft inmiddels laten weten sterke aanwijzingen te hebben wie de "
        "bestuurder is. Volgens de burgemeester heerst in het gemeentehuis verslagenheid: "
        "'Dit verwacht je hier niet', zegt ze, en ze hoopt dat de balie snel weer open kan."
    )
    assert [q["language"] for q in quotes(text)] == ["nl"]


def test_a_short_german_quotation_in_a_german_article_is_german() -> None:
    text = (
        "Die Polizei hat die Ermittlungen am Montag aufgenommen. Ein Sprecher sagte, eine "
        "Straftat sei bislang nicht festgestellt worden.\n\n"
        'Der Bürgermeister sagte nur: "Das ist nicht gut."'
    )
    assert [q["language"] for q in quotes(text)][-1] == "de"


def test_a_papers_home_town_is_no_speaker() -> None:
    text = (
        "Presseschau\n\n"
        'Die Lausitzer Rundschau aus Cottbus schreibt: "Der Strukturwandel braucht mehr '
        'Zeit."\n\n'
        'Ein Brief kam aus Kiew. Selenskyj schrieb: "Wir brauchen mehr Luftabwehr."'
    )
    assert speakers(text) == [None, "Selenskyj"]


def test_a_books_or_an_op_eds_title_is_no_papers_headline() -> None:
    text = (
        "Le Monde consacre une page à l'ancienne chancelière, qui publie ses mémoires sous "
        "le titre « Liberté, souvenirs de trente années de politique ».\n\n"
        'The Guardian reports that the minister wrote an op-ed with the headline "We will '
        'not abandon Ukraine, whatever the cost".'
    )
    assert [institution for _, institution in attributions(text)] == [None, None]


def test_a_minister_told_the_newsroom_speaks() -> None:
    text = 'Faeser sagte der Redaktion: "Wir werden die Kontrollen an den Grenzen verlängern."'
    assert attributions(text)[0][1] is None


def test_an_interviews_dashed_answers_are_the_interviewees_named_in_its_title() -> None:
    text = (
        "Entrevista a Pedro Sánchez en TVE\n\n"
        "El presidente del Gobierno, Pedro Sánchez, concedió una entrevista a Xabier "
        "Fortes.\n\n"
        "-¿Habrá adelanto electoral, presidente?\n\n"
        "-No, las elecciones serán en 2027, cuando tocan.\n\n"
        "-¿Y si no aprueba los presupuestos?\n\n"
        "-Los aprobaremos. Estoy convencido."
    )
    assert speakers(text) == [None, "Pedro Sánchez", None, "Pedro Sánchez"]


def test_a_digests_credit_names_the_interviewee_not_an_articles_author() -> None:
    text = (
        "Rassegna stampa\n\n"
        "“Va rivalutata anche la sconfitta in Liguria, abbiamo compiuto un recupero”. "
        "(L’intervista a Pier Luigi Bersani, Il Corriere della Sera)\n\n"
        "Il ministro Carlo Nordio ha detto: “La riforma si farà entro l’estate”. (L’articolo "
        "di Liana Milella, la Repubblica)"
    )
    assert speakers(text) == ["Pier Luigi Bersani", "Carlo Nordio"]


def test_guards_from_the_reviews_papers_and_labels() -> None:
    text = (
        '"Wir hatten alle große Angst", berichtete der Welt am Sonntag eine Schülerin.\n\n'
        'Die Rheinische Post hat mit Achim Post gesprochen. Post sagte: "Der Haushalt '
        'steht, die Koalition auch."'
    )
    found = attributions(text)
    assert found[0][1] is None
    assert found[1] == ("Achim Post", None)


def test_roles_addressed_as_labels_are_no_transcript() -> None:
    text = (
        "Vorsitzender: Frau Zeugin, wo waren Sie am Abend des dritten Mai?\n\n"
        "Zeugin: Ich war zu Hause, Herr Vorsitzender, mit meiner Schwester.\n\n"
        "Vorsitzender: Kann Ihre Schwester das bestätigen, Frau Zeugin?\n\n"
        "Zeugin: Ja, sie war den ganzen Abend bei mir, Herr Vorsitzender."
    )
    assert all(speaker not in ("Vorsitzender", "Zeugin") for speaker in speakers(text))
