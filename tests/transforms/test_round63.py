"""Shapes of session 63, on invented text: a review in ‘ ’ whose last quotation is cut off at
the end; interviews whose questions stand unlabelled under one speaker's label, credited to
the interviewer named below; labels in capitals with a title ("SECRETARY BLINKEN:"), in
BBCode bold, or a given name and an initial ("Ali N."); one exchange labelled with the
surname its question addresses; an interview opening on a question that addresses its
interviewee; Polish women's names written only in a case; a role that is the object of
"with"; a generation after a name ("Sr."); and guards beside each."""

from __future__ import annotations

from tests.transforms.parsed import headings, paragraph_texts, quotes, speakers, speakers_and_roles
from transforms.persons import find_names, nominative_name


def test_a_review_in_single_marks_keeps_its_quotations_when_the_last_is_cut_off() -> None:
    text = (
        "Wat schrijven de kranten over de nieuwe regering?\n\n"
        "De Morgen vindt het ‘een verstandige keuze van de koning’. ‘De rest volgt later.’\n\n"
        "Het Belang van Limburg sluit zich aan: ‘De kans op succes is klein.’\n\n"
        "De Standaard merkt nog dit op: ‘De aanstelling van twee informateurs geeft de indruk"
    )
    found = [str(q["text"]).split()[0] for q in quotes(text)]
    assert found == ["een", "De", "De", "De"]


def test_a_lone_opening_single_mark_still_quotes_nothing() -> None:
    text = (
        "Nieuws\n\n"
        "De ‘ndrangheta breidt uit in het noorden van het land, zegt de politie. Ze spreekt "
        "van een ‘gevaarlijke evolutie’ in de haven."
    )
    assert [q["text"] for q in quotes(text)] == []


WILLI = (
    "Bürgermeister Georg Willi, wie klingt das?\n\n"
    "Willi: Neu und ungewohnt. Ich muss mich erst daran gewöhnen.\n\n"
    "Sie wollen ab Dienstag sondieren. Was haben Sie sonst geplant?\n\n"
    "Willi: An meinem ersten Tag möchte ich die Schulen der Stadt besuchen.\n\n"
    "Hat ein Bürgermeister bei dieser Wahlbeteiligung ein Problem?\n\n"
    "Willi: Mit der Wahlbeteiligung geht es mir natürlich nicht gut.\n\n"
    "Das Interview führte Marco Witting"
)


def test_unlabelled_questions_between_one_speakers_labelled_answers_are_the_interviewers() -> None:
    assert speakers(WILLI) == [
        "Georg Willi",
        "Marco Witting",
        "Georg Willi",
        "Marco Witting",
        "Georg Willi",
    ]
    assert "Das Interview führte Marco Witting" not in headings(WILLI)


def test_unlabelled_questions_with_no_interviewer_named_are_no_ones() -> None:
    text = "Ein Interview zum Amtsantritt\n\n" + WILLI.rsplit("\n\n", 1)[0]
    assert speakers(text) == [None, "Georg Willi", None, "Georg Willi", None, "Georg Willi"]


def test_unlabelled_questions_with_no_word_of_an_interview_make_no_interview() -> None:
    text = WILLI.rsplit("\n\n", 1)[0]
    assert quotes(text) == []


def test_one_label_over_paragraphs_that_ask_nothing_is_no_interview() -> None:
    text = (
        "Stadtrat\n\n"
        "Georg Willi hat am Montag die Sitzung eröffnet.\n\n"
        "Willi: ein Name, den man sich merken muss.\n\n"
        "Die Sitzung dauerte drei Stunden.\n\n"
        "Willi: der Bürgermeister mit den meisten Stimmen."
    )
    assert quotes(text) == []


def test_labels_in_capitals_with_a_title_name_the_one_the_text_names() -> None:
    text = (
        "Transcript\n\n"
        "Antony Blinken met reporters in Washington on Monday.\n\n"
        "SECRETARY BLINKEN: We are working on it, and we will keep working on it.\n\n"
        "QUESTION: Can you say more about the talks?\n\n"
        "SECRETARY BLINKEN: No, not at this stage of the talks.\n\n"
        "QUESTION: And the sanctions?\n\n"
        "SECRETARY BLINKEN: They stay in place for now."
    )
    assert speakers_and_roles(text) == [
        ("Antony Blinken", "SECRETARY"),
        (None, None),
        ("Antony Blinken", "SECRETARY"),
        (None, None),
        ("Antony Blinken", "SECRETARY"),
    ]


def test_bbcode_bold_labels_are_turns_and_no_caption_swallows_them() -> None:
    text = (
        "Wywiad z burmistrzem\n\n"
        "Rozmawiamy z Andrzejem Szymańskim o finansach gminy i o szkołach.\n\n"
        "Burmistrz Andrzej Szymański w swoim gabinecie\n\n"
        "[b]Adam Ejnik: Panie burmistrzu, lubił pan czytać lektury?[/b]\n\n"
        "Andrzej Szymański: Oczywiście, przeczytałem w całości „Potop”.\n\n"
        "[b]Adam Ejnik: Jaki był pana ulubiony bohater?[/b]\n\n"
        "Andrzej Szymański: Mały Książę, oczywiście. To ciekawy bohater"
    )
    assert speakers(text) == [
        "Adam Ejnik",
        "Andrzej Szymański",
        "Adam Ejnik",
        "Andrzej Szymański",
    ]
    assert not any("[b]" in paragraph for paragraph in paragraph_texts(text))


def test_a_given_name_and_an_initial_label_the_one_named_in_full_before() -> None:
    text = (
        "Söyleşi\n\n"
        "Ali Nesin ve Semih Poroy bahçede buluştu.\n\n"
        "Ali Nesin: Gittin mi Gezi’ye?\n\n"
        "Semih Poroy: Dün gittim. Ortam çok hoşuma gitti.\n\n"
        "Ali N.: Ortam olağanüstü değil mi? Böyle kalsın.\n\n"
        "Semih P.: Evet kesinlikle. Ve inanılmaz bir görüntü."
    )
    assert speakers(text) == ["Ali Nesin", "Semih Poroy", "Ali Nesin", "Semih Poroy"]


def test_one_exchange_labelled_with_the_surname_its_question_addresses() -> None:
    text = (
        "Halbzeit im Rathaus\n\n"
        "Anfang Februar hat Ingo Meyer die Hälfte seiner Amtszeit hinter sich.\n\n"
        "HAZ: Herr Meyer, Sie haben bald Halbzeit: Wie sind die ersten Jahre gelaufen?\n\n"
        "Meyer: Das ist gleich eine unangenehme Frage, das überlasse ich lieber anderen."
    )
    assert speakers(text) == [None, "Ingo Meyer"]


def test_a_surname_label_its_question_does_not_address_makes_no_exchange() -> None:
    text = (
        "Halbzeit im Rathaus\n\n"
        "Anfang Februar hat Ingo Meyer die Hälfte seiner Amtszeit hinter sich.\n\n"
        "HAZ: Wie sind die ersten Jahre gelaufen?\n\n"
        "Meyer: eine Frage, die er nicht beantworten will."
    )
    assert quotes(text) == []


def test_an_interview_opening_on_a_question_to_its_interviewee_gives_them_the_answers() -> None:
    text = (
        "Assessore Raffaele Piemontese, sta per iniziare il terzo mandato. Cosa cambia?\n\n"
        "«È un nuovo inizio. Sono molto grato per la fiducia».\n\n"
        "In dieci anni è cambiata la Puglia. La regione è un laboratorio?\n\n"
        "«Laboratorio? In Puglia governiamo con qualità da oltre vent’anni»."
    )
    assert speakers(text) == ["Raffaele Piemontese", "Raffaele Piemontese"]


def test_a_question_naming_a_topic_gives_no_one_the_answers() -> None:
    text = (
        "Raffaele Piemontese, un assessore per tutte le stagioni?\n\n"
        "«È un nuovo inizio. Sono molto grato per la fiducia».\n\n"
        "«Laboratorio? In Puglia governiamo con qualità da oltre vent’anni»."
    )
    assert "Raffaele Piemontese" not in speakers(text)


def test_polish_womens_names_written_only_in_a_case_are_filed_in_the_nominative() -> None:
    assert nominative_name("Aleksandrą Dulkiewicz") == "Aleksandra Dulkiewicz"
    assert nominative_name("Beatą Szydło") == "Beata Szydło"
    assert nominative_name("Marii Kowalskiej") == "Maria Kowalska"
    # a man's genitive, or a name each part of which declines its own way: unsure
    assert nominative_name("Aleksandra Dulkiewicz") is None
    assert nominative_name("Jana Kowalskiego") is None
    assert nominative_name("Małgorzaty Kidawy-Błońskiej") is None


def test_given_names_ending_in_y_or_i_in_other_languages_stay_as_written() -> None:
    for name in ("Lucy Powell", "Dani Olmo", "Gigi Buffon", "Marty Walsh", "Aleksandry Nowak"):
        assert nominative_name(name) is None


def test_a_photo_of_someone_is_no_person_and_the_role_after_with_is_the_title() -> None:
    text = (
        "Prasa dziś\n\n"
        "Gazeta publikuje rozmowę z Aleksandrą Dulkiewicz, która opowiada o hejcie.\n\n"
        "Zdjęcie Aleksandry Dulkiewicz widnieje na okładce. W środku znajdziemy wywiad z "
        'prezydent Gdańska, w którym mówi o hejcie. "Nie wiem, kto to napisał i po co" - to '
        "fragment rozmowy."
    )
    assert speakers_and_roles(text) == [("Aleksandra Dulkiewicz", "prezydent Gdańska")]


def test_a_generation_after_a_name_ends_it() -> None:
    names = [m.text for m in find_names("Leaders like Dr. Warren H. Stewart Sr. and others.")]
    assert "Warren H. Stewart" in names
    text = (
        "Phoenix\n\n"
        "City leaders like Dr. Warren H. Stewart Sr. echoed those words.\n\n"
        "“Violence damages,” Stewart said."
    )
    assert speakers(text) == ["Warren H. Stewart"]


def test_junior_stays_in_the_name_the_son_is_not_his_father() -> None:
    names = [m.text for m in find_names("Donald Trump Jr. told Fox News on Sunday.")]
    assert "Donald Trump Jr" in names


def test_a_role_after_with_keeps_the_speakers_own_title_after_it() -> None:
    text = (
        "Prasa\n\n"
        'Po rozmowie z prezydentem rzecznik rządu Piotr Müller powiedział: "Rozmowa była '
        'bardzo rzeczowa i długa."'
    )
    assert speakers_and_roles(text)[0][1] != "prezydentem"


def test_an_editorials_question_to_a_politician_makes_no_interview() -> None:
    text = (
        "Mr Harwood, who will pay for the hospitals?\n\n"
        "Health secretary Tom Harwood announced new funding on Monday.\n\n"
        "Outside, protesters held a banner: “No cuts, no closures.”"
    )
    assert "Tom Harwood" not in speakers(text)


def test_a_witness_shortened_to_an_initial_is_not_a_named_official() -> None:
    text = (
        "Betrug\n\n"
        "Polizeisprecherin Anna Kowalczyk warnt vor Anrufen falscher Beamter.\n\n"
        "Anna K.: Er klang so freundlich, ich habe ihm alles geglaubt.\n\n"
        "Anna Kowalczyk: Legen Sie bei solchen Anrufen sofort auf."
    )
    assert speakers(text)[:1] != ["Anna Kowalczyk"]


def test_a_digests_credit_over_topic_lines_gives_the_words_under_each_topic() -> None:
    text = (
        "Цитаты недели\n\n"
        "На этой неделе Олег Самойлов дал итоговую пресс-конференцию.\n\n"
        "Губернатор области Олег Самойлов:\n"
        "о дорогах:\n\n"
        "«Мы отремонтируем все мосты до конца года, как и обещали жителям».\n\n"
        "о бюджете:\n\n"
        "«Денег хватит на всё, что мы запланировали, и даже немного больше»."
    )
    assert speakers(text) == ["Олег Самойлов", "Олег Самойлов"]


def test_a_sentence_ending_on_a_colon_is_no_topic_line() -> None:
    text = (
        "Цитаты недели\n\n"
        "Губернатор области Олег Самойлов:\n"
        "о дорогах:\n\n"
        "«Мы отремонтируем все мосты до конца года, как и обещали жителям».\n\n"
        "Мэр города Анна Белова ответила ему так:\n\n"
        "«Денег хватит на всё, что мы запланировали, и даже немного больше»."
    )
    assert speakers(text)[1] != "Олег Самойлов"


def test_according_to_him_over_a_quotation_alone_is_the_last_speakers() -> None:
    text = (
        "Новости\n\n"
        '"Такого правительства никогда не было", - заявил президент Петр Коваленко.\n\n'
        "По его словам, министры должны сосредоточиться на реформах.\n\n"
        '"Критикуют все, но мы будем работать дальше."'
    )
    assert speakers(text) == ["Петр Коваленко", "Петр Коваленко"]


def test_according_to_her_after_a_mans_words_gives_him_nothing() -> None:
    text = (
        "Новости\n\n"
        '"Такого правительства никогда не было", - заявил президент Петр Коваленко.\n\n'
        "По её словам, министры должны сосредоточиться на реформах.\n\n"
        '"Критикуют все, но мы будем работать дальше."'
    )
    assert speakers(text)[1] is None


def test_the_papers_own_question_is_no_ones_and_he_who_was_asked_answers() -> None:
    text = (
        "Council\n\n"
        "We called the mayor, John Smith, and asked him: “Why did you not sign the letter?”\n\n"
        "He replied: “I never sign such letters, and I will not start now.”"
    )
    assert speakers(text) == [None, "John Smith"]
    russian = (
        "Новости\n\n"
        "Мы связались с депутатом Иваном Петровым и спросили: «Почему вы не подписали?»\n\n"
        "Он ответил: «Я такие письма не подписываю»."
    )
    assert speakers(russian) == [None, "Иван Петров"]


def test_a_question_someone_else_asked_keeps_its_asker() -> None:
    text = "Council\n\nThe mayor, John Smith, asked the council: “Why did nobody sign the letter?”"
    assert speakers(text) == ["John Smith"]


def test_a_paper_before_which_says_is_the_source_not_the_sentences_subject() -> None:
    text = (
        "Review\n\n"
        "The minister, John Smith, spoke on Monday. He did not convince The Guardian, which "
        "says it was “a balancing act worthy of the Fourth Republic”."
    )
    assert speakers(text) == [None]
    assert quotes(text)[0]["institution"] == "The Guardian"


def test_another_voices_lead_ending_on_a_colon_ends_a_credits_topics() -> None:
    text = (
        "Цитаты недели\n\n"
        "Губернатор Олег Самойлов:\n"
        "о дорогах:\n\n"
        "«Мы отремонтируем все мосты до конца года».\n\n"
        "а вот у жителей области совсем другое мнение:\n\n"
        "«Мост в Заречье обещают чинить уже десять лет»."
    )
    assert speakers(text)[1] != "Олег Самойлов"


def test_according_to_him_gives_way_to_a_credit_in_the_next_paragraph() -> None:
    text = (
        "Реформа\n\n"
        "«Реформа пройдёт без потрясений», — заявил министр Иван Орлов.\n\n"
        "По его мнению, регионы готовы к переходу.\n\n"
        "«Регионы не готовы, и министр это знает».\n\n"
        "Так ответил ему губернатор Олег Самойлов."
    )
    assert speakers(text)[1] != "Иван Орлов"


def test_the_one_asked_keeps_his_answer_when_we_asked_is_a_subordinate_clause() -> None:
    text = (
        "Budget\n\n"
        "When we asked her about the deficit, Rachel Reeves laughed: “Which deficit? We have a "
        "plan, and it is working.”"
    )
    assert speakers(text) == ["Rachel Reeves"]


def test_we_asked_inside_a_speakers_own_words_takes_nothing_from_them() -> None:
    text = (
        "Housing\n\n"
        "“We asked the council for help and got nothing back,” said tenant leader Maria Lopez. "
        "“Who is responsible for this mess?”"
    )
    assert speakers(text) == ["Maria Lopez", "Maria Lopez"]
