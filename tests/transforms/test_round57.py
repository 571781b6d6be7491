"""Shapes of session 57, on invented text: an interview's asker named in its lead, "the
latter" with an adverb after its verb, given names in -a that men bear, whole-paragraph
single quotes nesting their own, Polish hyphen speech with an aside, Turkish genitives
owning the words, "asked" before its subject, "these were the words of", a paper read in
("peut-on lire dans"), the German subjunctive going on reporting; and guards beside each
(the reviews' regressions among them)."""

from __future__ import annotations

from tests.transforms.parsed import attributions, quotes, speakers, speakers_and_roles
from transforms.gender import given_name_gender


def test_the_interviewer_named_in_the_lead_answers_nothing() -> None:
    text = (
        "Nach dem Treffen mit Olaf Scholz hat Friedrich Merz unsere Fragen beantwortet. "
        "Die Fragen stellte Anna Müller:\n\n"
        "– Herr Merz, wie war das Treffen?\n\n"
        "– Es war ein gutes Gespräch, wir haben viel erreicht.\n\n"
        "– Und was kommt jetzt?\n\n"
        "– Jetzt kommt die Arbeit an den Details des Haushalts."
    )
    assert speakers(text) == [None, "Friedrich Merz", None, "Friedrich Merz"]


def test_propos_recueillis_par_names_no_answerer() -> None:
    text = (
        "Le ministre Bruno Le Maire répond à nos questions. Propos recueillis par "
        "Claire Dupont.\n\n"
        "— Monsieur le ministre, la croissance reviendra-t-elle cette année ?\n\n"
        "— Oui, nous tablons sur un point de croissance au second semestre."
    )
    assert speakers(text)[-1] == "Bruno Le Maire"


def test_a_name_after_the_word_interview_inside_a_sentence_still_speaks() -> None:
    text = (
        "Im Interview Friedrich Merz sprach über den Haushalt. Er sagte: "
        "„Wir werden sparen müssen, überall und sofort.“"
    )
    assert speakers(text) == ["Friedrich Merz"]


def test_the_latter_with_an_adverb_after_its_verb() -> None:
    text = (
        "Bundeskanzler Olaf Scholz traf Friedrich Merz. Letzterer sagte anschließend: "
        "„Wir haben gut gesprochen und werden weiter reden.“"
    )
    assert speakers(text) == ["Friedrich Merz"]


def test_the_latter_before_an_interview_after_its_verb() -> None:
    text = (
        "Emmanuel Macron a reçu Olaf Scholz. « Nous avons parlé de tout, sans tabou », a "
        "déclaré ce dernier dans un entretien au Monde."
    )
    assert speakers(text) == ["Olaf Scholz"]


def test_the_feminine_latter_before_an_interview_is_the_woman_named() -> None:
    text = (
        "Мария Захарова встретилась с Сергеем Лавровым. «Мы обсудили все вопросы», — "
        "заявила последняя в интервью РИА Новости."
    )
    assert speakers(text) == ["Мария Захарова"]


def test_the_feminine_latter_passes_over_men_the_name_dictionary_calls_women() -> None:
    text = (
        "Anne Hidalgo a reçu Camille Chamoun. « Nous avons parlé de tout, sans tabou », a "
        "déclaré cette dernière dans un entretien au Monde."
    )
    assert speakers(text) != ["Camille Chamoun"]


def test_the_latter_then_an_adjective_phrase_is_no_subject() -> None:
    text = (
        "Emmanuel Macron a reçu Olaf Scholz. « Nous avons parlé de tout, sans tabou », a "
        "déclaré ce dernier ministre en date, Jean Dupuis."
    )
    assert speakers(text) != ["Olaf Scholz"]


def test_men_bear_these_given_names_in_a() -> None:
    for name in ("Данила Козловский", "Савва Мамонтов", "Elia Viviani", "Mattia Binotto"):
        assert given_name_gender(name) != "f", name
    assert given_name_gender("Женя Белоусов") == "m"  # Женя either; the surname tells
    assert given_name_gender("Илия Илиев") != "f"
    assert given_name_gender("Maria Zakharova") == "f"
    assert given_name_gender("Дмитрия Пескова") is None  # a man's genitive


def test_a_whole_paragraph_in_single_quotes_nests_its_own() -> None:
    text = (
        "Here is a selection of the best quotes of the year.\n\n"
        "‘During the leadership campaign I was described by a colleague as a ‘bloody "
        "difficult woman’ – and I said the next person to find that out would be Juncker.’\n\n"
        "Prime Minister Theresa May, in April.\n\n"
        "‘I have to confess, when me and my friend used to run through the fields of wheat, "
        "the farmers weren’t too pleased about that.’\n\n"
        "Theresa May confesses her naughtiest moment."
    )
    found = [str(q["text"]) for q in quotes(text)]
    assert len(found) == 2
    assert found[0].startswith("During the leadership campaign") and found[0].endswith("Juncker.")


def test_a_single_quote_left_open_in_its_paragraph_quotes_nothing() -> None:
    text = "‘Ndrangheta bosses met in ‘the kitchen’ of the villa, police said on Monday."
    assert quotes(text) == []


def test_polish_hyphen_speech_with_an_aside() -> None:
    text = (
        "- Nie widziałem powtórki tej sytuacji, więc nie wiem czy faul był - jak pan to "
        "określił - bandycki. Skoro sędzia dał żółtą kartkę, to nie można tak mówić - "
        "odpowiedział trener Sobolewski.\n\n"
        "- A jeśli faul był bandycki, to jaka jest kara za takie zachowanie - dopytywał "
        "dziennikarz.\n\n"
        "- To czemu była żółta, i to jeszcze po interwencji VAR-u? - odparł Sobolewski."
    )
    found = quotes(text)
    assert len(found) == 3
    assert str(found[0]["text"]).endswith("nie można tak mówić")
    assert found[2]["speaker"] == "Sobolewski"


def test_polish_asking_alone_is_the_author_s_hyphen() -> None:
    text = "- Czemu nikt nie reaguje? - pyta. - Bo nikt nie chce - odparła radna Anna Lis."
    assert all("pyta" not in str(q["text"]) for q in quotes(text))


def test_turkish_words_owned_by_a_genitive_before_them() -> None:
    text = (
        'Vatan-i Emruz Gazetesi haberde Putin\'in "sessiz kalmayacağız" dediğini yazdı. '
        "Le Figaro gazetesi ve BFM.TV kanalı Cumhurbaşkanı Erdoğan'ın \"Hanımlar anlaşıyor "
        'biz anlaşamıyoruz" sözünü manşetten verdi.'
    )
    assert speakers(text) == ["Putin", "Erdoğan"]


def test_a_turkish_nationality_before_a_foreign_paper_is_no_name() -> None:
    text = (
        'İspanyol El Pais gazetesi, haberinde şu başlığı kullandı: "Rus uçağının '
        'düşürülmesi Suriye savaşını içinden çıkılmaz bir hale sokuyor."'
    )
    assert attributions(text) == [(None, "El Pais")]


def test_what_the_locals_call_is_a_term() -> None:
    text = 'Kıyıdan çekilen su, yöre halkının "ölü göl" dediği geniş bir düzlük bıraktı.'
    assert quotes(text) == []


def test_asked_before_its_titled_subject() -> None:
    text = (
        "“Why did the prime minister say that dialogue can only take place if Modi wins?” "
        "asked PPP Senator Sherry Rehman. “A state has friendly relations with another "
        "state, not with a personality,” she said."
    )
    assert speakers_and_roles(text)[0] == ("Sherry Rehman", "PPP Senator")
    assert speakers(text)[1] == "Sherry Rehman"


def test_asked_before_capitalised_words_that_name_no_one() -> None:
    text = (
        "“Why did the prime minister say that dialogue can only take place?” asked Many Americans."
    )
    assert speakers(text) == [None]


def test_these_were_the_words_of() -> None:
    text = (
        '"È una bella giornata, nonostante la pioggia": queste le parole di Luigi Di Maio '
        "mentre usciva dalla sua abitazione a Roma."
    )
    assert speakers(text) == ["Luigi Di Maio"]


def test_a_paper_read_in_after_the_quotation() -> None:
    french = '"La France est en retard sur ses voisins européens", peut-on lire dans Le Monde.'
    dutch = (
        'Loïs Openda kreeg een vermelding bij het Algemeen Dagblad. "België heeft zich in de '
        'tweede groepswedstrijd hersteld van het debacle tegen Oranje", klinkt het bij de krant.'
    )
    assert attributions(french) == [(None, "Le Monde")]
    assert attributions(dutch) == [(None, "Algemeen Dagblad")]


def test_the_dutch_medium_is_the_paper_named_last() -> None:
    text = (
        'Loïs Openda scoorde. De Telegraaf schreef erover. "België heeft zich voor eigen '
        'publiek overtuigend hersteld van de dreun", schrijft het medium.'
    )
    assert attributions(text) == [(None, "De Telegraaf")]


def test_the_german_subjunctive_goes_on_reporting_the_last_speaker() -> None:
    text = (
        'Bundesentwicklungsminister Gerd Müller hat Chinas Politik kritisiert. "Es geht China '
        'vor allem um die Ressourcen Afrikas", sagte Müller der Zeitung.\n\n'
        'Mit "hohen und intransparenten Krediten" führe China "viele Staaten in die '
        'Schuldenfalle".'
    )
    assert speakers(text) == ["Gerd Müller"] * 3


def test_a_body_s_subjunctive_sentence_is_not_the_last_speaker_s() -> None:
    text = (
        "„Wir hatten mehr Autos im Ort als je zuvor“, sagt Bürgermeister Carsten "
        "Wiegelmann.\n\n"
        "Das Wasserstraßenamt teilte mit, der Pegel werde „bis zum Herbst weiter sinken, "
        "weil Wasser abgelassen wird“."
    )
    assert speakers(text)[-1] is None


def test_reported_speech_after_another_view_in_between_is_not_the_last_speakers() -> None:
    text = (
        "„Wir stehen fest an der Seite der Ukraine“, sagte Bundeskanzler Olaf Scholz.\n\n"
        "Die AfD sieht das anders. Die Hilfe sei „eine Verschwendung von Steuergeld“."
    )
    assert speakers(text)[-1] is None


def test_a_paper_read_in_before_the_one_it_quotes_gives_no_paper() -> None:
    text = (
        '"La France est en retard sur ses voisins européens", peut-on lire dans Le Monde, '
        "qui cite Sophie Binet."
    )
    assert attributions(text) != [(None, "Le Monde")]


def test_words_in_a_capitalised_noun_phrase_are_no_paper() -> None:
    text = (
        '"Die Forschung ist in Gefahr und niemand reagiert darauf", lesen wir in der Welt '
        "der Wissenschaft."
    )
    assert attributions(text) == [(None, None)]


def test_the_words_of_a_named_speaker_s_lawyer_are_not_the_speaker_s() -> None:
    text = (
        '"We will appeal this ruling immediately and we will win." These were the words of '
        "Donald Trump's lawyer, Alina Habba."
    )
    assert speakers(text) != ["Donald Trump"]


def test_a_polish_title_before_an_unchanged_surname_keeps_it() -> None:
    text = "- Nie ma na to pieniędzy w budżecie państwa - powiedział minister Rau."
    assert speakers(text) == ["Rau"]


def test_a_subjunctive_sentence_with_its_own_source_or_a_title_is_not_the_last_speakers() -> None:
    lead = "„Wir stehen zu unserem Trainer“, sagte Vereinspräsident Herbert Hainer.\n\n"
    for sentence in (
        "Der Verein habe „jede Glaubwürdigkeit bei den Fans verloren“, twitterte der Fanklub.",
        "Kritik kam von Hoeneß: Der Verein habe „jede Glaubwürdigkeit bei den Fans verloren“.",
        "Das Buch „Die Bayern-Jahre der großen Erfolge“ sei ein Bestseller.",
    ):
        found = speakers(lead + sentence)
        assert len(found) == 2 and found[-1] != "Herbert Hainer", sentence


def test_the_words_of_someone_s_lawyer_with_a_bare_apostrophe() -> None:
    text = (
        '"We will appeal this ruling immediately and we will win." These were the words of '
        "Chris Williams' lawyer on Monday."
    )
    assert speakers(text) == [None]


def test_a_paper_that_heard_a_minister_is_not_the_speaker() -> None:
    text = (
        '"O país precisa de reformas estruturais já este ano", lê-se no Expresso, que ouviu '
        "o ministro Fernando Medina."
    )
    assert attributions(text) != [(None, "Expresso")]


def test_a_turkish_text_s_genitive_says_nothing() -> None:
    text = (
        'Anayasa\'nın "Türkiye Cumhuriyeti demokratik, laik ve sosyal bir hukuk devletidir" '
        "ifadesini içeren 2. maddesi tartışılıyor."
    )
    assert speakers(text) == [None]


def test_a_known_surname_closing_the_clause_after_a_phrase_speaks() -> None:
    text = (
        "La periodista Eleni Varvitsiotis le preguntaba a Hernán Lorenzino por la cifra. "
        "“Para medir cualquier estadística está el Instituto Nacional”, fue lo que ha "
        "asegurado en la entrevista Lorenzino."
    )
    assert speakers(text) == ["Hernán Lorenzino"]


def test_a_known_surname_after_a_preposition_is_not_the_speaker() -> None:
    text = (
        "Pedro Sánchez habló en Berlín con Angela Merkel. “No vamos a aceptar ese acuerdo "
        "tal como está”, dijo en la reunión con Merkel."
    )
    assert speakers(text) == ["Pedro Sánchez"]


def test_turkish_he_who_says_he_said_it_speaks() -> None:
    text = (
        "MHP Genel Başkanı Devlet Bahçeli açıklama yaptı. Ahmet Hakan'ın programında \"Bu "
        'ittifak bozulmaz, sonuna kadar sürecek" dediğini söyleyen Bahçeli, tepki gösterdi.'
    )
    assert speakers(text) == ["Devlet Bahçeli"]


def test_a_body_named_after_a_person_or_his_entourage_is_no_speaker() -> None:
    for text in (
        "El presidente Pedro Sánchez habló. «No vamos a aceptar este acuerdo tal como está», "
        "señaló la administración Sánchez.",
        "Глава МИД России Сергей Лавров провёл переговоры с госсекретарём США Марко Рубио. "
        "«Мы договорились продолжить контакты», — сообщили в окружении Рубио.",
    ):
        assert speakers(text) == [None], text


def test_a_genitive_before_the_quotation_said_what_the_participle_recalls() -> None:
    text = (
        "CHP lideri Özgür Özel grup toplantısında konuştu. Bakanın “Zam yok artık, söz "
        "veriyorum” dediğini hatırlatan Özel, itiraz etti."
    )
    assert speakers(text)[0] is None


def test_a_surname_alone_is_not_the_relative_named_in_full() -> None:
    text = (
        'Trump arrived with his wife Melania Trump. "We are very happy to be here with all '
        'of you," Trump said.'
    )
    assert speakers(text) == ["Trump"]


def test_a_turkish_wife_named_in_full_does_not_take_her_husbands_surname() -> None:
    text = (
        "BFM.TV, Cumhurbaşkanı Erdoğan'ın ve eşi Emine Erdoğan'ın bir fotoğrafını paylaştı. "
        'Le Figaro, Cumhurbaşkanı Erdoğan\'ın "Hanımlar anlaşıyor ama biz anlaşamıyoruz" '
        "sözünü manşetten verdi."
    )
    assert speakers(text) == ["Erdoğan"]


def test_a_relative_named_without_a_word_of_kinship_keeps_her_surname() -> None:
    text = (
        "Brigitte Macron a visité une école. « Nous sommes heureux d’être ici avec vous », a "
        "déclaré Macron."
    )
    assert speakers(text) == ["Brigitte Macron"]


def test_a_relative_who_is_the_article_s_main_person_keeps_her_surname() -> None:
    text = (
        'Former first lady Melania Trump opened the exhibition. "Art brings us together," '
        "Trump said."
    )
    assert speakers(text) == ["Melania Trump"]


def test_a_parent_in_the_genitive_after_son_is_no_relative() -> None:
    text = (
        "Рамзан Кадыров выступил в Грозном. Награду получил сын Рамзана Кадырова. «Мы будем "
        "строить дальше и больше», — сказал Кадыров."
    )
    assert speakers(text) == ["Рамзан Кадыров"]
