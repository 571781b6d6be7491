"""Shapes of session 55 (real web texts), on invented text: an answer behind the paper's
question, announced collections of one person's words, "according to the paper", digest
credits over a subjectless lead, quote logs' credits, quoted headlines over dash speech,
"added" going on with the last speaker; and the guards the session's reviews asked for."""

from __future__ import annotations

from tests.transforms.parsed import attributions, speakers


def test_an_answer_behind_the_papers_question_goes_on_with_the_speaker() -> None:
    text = (
        '"Non ho nulla da nascondere". Lo ha detto il ministro Carlo Ferretti, dopo '
        "l'incontro con il sindaco Giulia Bassi.\n\n"
        "Una commissione d'inchiesta sul porto? \"Ben venga, i cittadini hanno il diritto di "
        'sapere tutto quello che è successo".'
    )
    assert speakers(text) == ["Carlo Ferretti", "Carlo Ferretti"]


def test_a_question_naming_someone_else_gives_no_speaker() -> None:
    text = (
        '"Non ho nulla da nascondere". Lo ha detto il ministro Carlo Ferretti, dopo '
        "l'incontro con il sindaco Giulia Bassi.\n\n"
        'E Marco Lodi? "Ben venga, i cittadini hanno il diritto di sapere tutto quello che '
        'è successo".'
    )
    assert speakers(text)[1] != "Carlo Ferretti"


def test_a_question_two_paragraphs_later_is_not_answered_by_the_speaker() -> None:
    text = (
        '"Non ho nulla da nascondere". Lo ha detto il ministro Carlo Ferretti, dopo '
        "l'incontro con il sindaco Giulia Bassi.\n\n"
        "La seduta è stata poi sospesa per un'ora.\n\n"
        "Una commissione d'inchiesta sul porto? \"Ben venga, i cittadini hanno il diritto di "
        'sapere tutto quello che è successo".'
    )
    assert speakers(text)[1] != "Carlo Ferretti"


def test_a_club_before_its_coach_is_no_name() -> None:
    text = (
        "Leiden müssen auch der FC Nordstadt und Trainer Jens Kahl, die in Bremen stark "
        "mitspielen. „Wir sind zwar zurückgekommen, aber es hat nicht gereicht“, so der "
        "frustrierte Kahl."
    )
    assert speakers(text) == ["Jens Kahl"]


def test_according_to_the_paper_is_the_papers_words() -> None:
    text = (
        "NEW YORK TIMES\n\n"
        "Segundo o jornal, a vitória de Lula “completa um renascimento político "
        "impressionante” do petista."
    )
    assert attributions(text) == [(None, "New York Times")]


def test_a_label_among_listed_papers_labels_a_paper() -> None:
    text = (
        'Marca: "Ein Bad für die Türken. Die erste Halbzeit war noch nicht vorbei."\n\n'
        'as: "Spanien verbreitet Panik. Iniesta tanzt mit den Türken."'
    )
    # (a capitalised label is read as a name first: "Sport:" stays a speaker, for "Macron:"
    # among the papers' lines is a person's)
    assert attributions(text) == [(None, "Marca"), (None, "as")]


def test_a_magazine_noun_opening_the_sentence_is_no_speaker() -> None:
    text = (
        "Economist dergisi kapağında Başbakan Erdoğan’ı liderliği devretmeye çağırdı. "
        "Dergi, “Türkiye, sultanlar gibi davranan demokratlara artık tahammül etmeyecek” "
        "diyor."
    )
    assert speakers(text) == [None]


def test_a_spanish_surname_with_its_particle_alone() -> None:
    text = (
        "Luis de la Torre, seleccionador de Chile, habló este miércoles en Santiago.\n\n"
        "En ese sentido, De la Torre fue contundente: «Hasta donde yo sé, quiere jugar para "
        "Chile»."
    )
    assert speakers(text) == ["Luis de la Torre"]


def test_an_announced_collection_of_the_coachs_words_goes_on_under_topic_lines() -> None:
    text = (
        "Luis de la Torre, seleccionador de Chile, habló este miércoles en Santiago.\n\n"
        "Estas son las declaraciones del seleccionador en sala de prensa:\n\n"
        "Álvaro Pinto\n\n"
        "«Los capitanes se ganan. Pinto es un ejemplo de liderazgo para todos».\n\n"
        "Jesús Rivas\n\n"
        "«Para mí es de los mejores del mundo en su puesto. Aporta mucho fuera del campo»."
    )
    assert speakers(text) == ["Luis de la Torre", "Luis de la Torre"]


def test_a_press_conference_line_announces_the_answers_below() -> None:
    text = (
        "Carlos Vieira, treinador do Sporting, na conferência de imprensa após a derrota no "
        "Estádio do Bessa:\n\n"
        "O Sporting merecia outro resultado?\n\n"
        "«Sim. Não é fácil jogar contra o Boavista no Bessa. Merecíamos mais.»"
    )
    assert speakers(text) == ["Carlos Vieira"]


def test_a_former_star_credit_after_a_quote_log_entry() -> None:
    text = (
        "The Quotes Log\n\n"
        '"I would rather look at someone like Ravi Shastri, who has done a wonderful job." '
        "Former Indian star Kapil Sharma, on the issue of a foreign coach\n"
        "Source: The Hindu, India\n\n"
        '"We are a very forgiving people. We should look at it," Board president Wes Hall, '
        "on the appointment of the new captain\n"
        "Source: Ananova, UK\n\n"
        '"We are the benchmark for other teams to aspire to," Australia Test captain '
        "Steve Walsh\n"
        "Source: BBC, UK"
    )
    assert speakers(text)[0] == "Kapil Sharma"
    assert speakers(text)[2] == "Steve Walsh"


def test_a_quoted_headline_over_the_speech_it_is_cut_from() -> None:
    text = (
        "Wyrwane z kontekstu\n\n"
        '"Rozpadł się duet Nowak-Lis, a duet Wrona-Kos trwa"\n'
        "- Przyjaźń w polityce jest możliwa, ale bardzo trudna - powiedział Jan Kos w rozmowie "
        "z portalem.\n"
        "- Niewiele jest tej przyjaźni, rozpadł się duet Nowak-Lis, a duet Wrona-Kos trwa - "
        "dodał z uśmiechem poseł Solidarnej Polski."
    )
    assert speakers(text) == ["Jan Kos", "Jan Kos", "Jan Kos"]


def test_a_convention_is_no_person() -> None:
    text = (
        "El ministro de Hacienda, Mario Ibáñez, destacó el trabajo que ha realizado la "
        "Convención Constitucional y afirmó que el borrador no presenta problemas. “Tengo "
        "mucho interés en ver el texto final de esa Constitución”, afirmó durante una "
        "entrevista."
    )
    assert speakers(text) == ["Mario Ibáñez"]


def test_the_dutch_paper_writes() -> None:
    text = (
        "De Frankfurter Allgemeine Zeitung heeft een artikel aan onze verkiezingen gewijd. "
        "“Maar toen de resultaten binnendruppelden, werd duidelijk dat het moeilijk wordt”, "
        "schrijft het Duitse dagblad."
    )
    assert attributions(text) == [(None, "Frankfurter Allgemeine Zeitung")]


def test_a_digest_credit_over_a_lead_with_no_subject() -> None:
    text = (
        "Цитаты, которые нас удивили\n\n"
        "Олег ТКАЧЕНКО, депутат от партии\n\n"
        "Прокомментировал драку с депутатом Александром Петренко в столовой Рады:\n\n"
        '"Банальная месть повара-кондитера за то, что в свое время я не взял его на работу."'
    )
    assert speakers(text) == ["Олег ТКАЧЕНКО"]


def test_a_section_heading_crediting_a_surname_in_capitals() -> None:
    text = (
        "Цитаты, которые нас удивили\n\n"
        "Олег ТКАЧЕНКО, президент клуба\n\n"
        "Порадовался законопроекту об ответственности за ложь в декларациях:\n\n"
        '"Систему реальной ответственности многие пытались сломать. Сломали только зубы."'
    )
    assert speakers(text) == ["Олег ТКАЧЕНКО"]


def test_human_rights_is_no_persons_name() -> None:
    text = (
        "“The vote marks a bright spot amid dark times,” said the ASEAN Parliamentarians for "
        "Human Rights, a grouping of Southeast Asian politicians."
    )
    assert speakers(text) == [None]


# Guards from the session's reviews: the same rules must not reach other people.


def test_narration_naming_someone_else_ends_an_announced_collection() -> None:
    text = (
        "Pep Garrido, Manchester City manager, at the press conference after the defeat:\n\n"
        '"We were not good enough in the first half."\n\n'
        "Arsenal captain Martin Olsen spoke to Sky Sports after the final whistle.\n\n"
        '"It is a huge win for us and for the fans."'
    )
    assert speakers(text)[1] != "Pep Garrido"


def test_reactions_to_someones_words_are_not_theirs() -> None:
    text = (
        "El escándalo no para de crecer. Estas son las reacciones a las declaraciones de Luis "
        "Robles:\n\n"
        "«Es una vergüenza para el fútbol español».\n\n"
        "«Debe dimitir hoy mismo»."
    )
    assert speakers(text) == [None, None]


def test_a_lead_naming_its_own_subject_keeps_it_under_a_credit_line() -> None:
    text = (
        "Cytaty tygodnia\n\n"
        "Donald TUSK, premier\n\n"
        "Po spotkaniu z premierem głos zabrał prezydent Andrzej Duda:\n\n"
        "„Nie podpiszę tej ustawy, to jest moja ostateczna decyzja”."
    )
    assert speakers(text) == ["Andrzej Duda"]


def test_added_after_someone_new_is_named_is_not_the_last_speaker() -> None:
    text = (
        "«Abbiamo bisogno di più fondi», ha detto il sindaco Beppe Sala dopo l'incontro con "
        "Attilio Fontana.\n\n"
        "«La Regione ha già dato tutto», ha aggiunto il governatore lombardo."
    )
    assert speakers(text) == ["Beppe Sala", "Attilio Fontana"]


def test_a_new_voice_after_the_papers_question_is_not_the_last_speaker() -> None:
    text = (
        '"Vamos a ganar la liga", aseguró el entrenador del Betis, Manuel Pellegrini.\n\n'
        '¿Y los aficionados? "Estamos ilusionados, este año sí", comentaba un socio a la '
        "salida del estadio."
    )
    assert speakers(text)[1] is None


def test_a_slogan_quoted_in_the_speech_below_is_not_the_speakers() -> None:
    text = (
        "«Хотели как лучше, а получилось как всегда»\n\n"
        "— Хотели как лучше, а получилось как всегда, — эту фразу вспомнил в четверг "
        "депутат Андрей Исаев."
    )
    assert speakers(text)[0] != "Андрей Исаев"


def test_former_colleagues_of_someone_credit_nobody() -> None:
    text = (
        "Quotes of the week\n\n"
        '"She was the kindest person we knew." Former colleagues of Jo Cox, at a vigil.'
    )
    assert speakers(text) == [None]


def test_a_club_after_a_comma_is_no_prefix_of_a_person() -> None:
    text = (
        "Der Präsident des Hamburger SV, Henrik Köhler, sagte am Montag: „Wir werden den "
        "Trainer nicht entlassen.“"
    )
    assert speakers(text) == ["Henrik Köhler"]


def test_a_womans_name_in_the_polish_genitive_is_a_name() -> None:
    text = "Zdaniem Barbary Nowackiej „szkoła musi się zmienić, i to jak najszybciej”."
    # (the genitive is not yet put back in the nominative)
    assert speakers(text)[0] in ("Barbara Nowacka", "Barbary Nowackiej")


def test_roman_numerals_keep_their_capitals() -> None:
    text = "“We must protect the weakest among us,” said Pope Leo XIV in Rome on Sunday."
    assert speakers(text) == ["Leo XIV"]


def test_a_byline_correspondent_takes_no_quotation() -> None:
    text = (
        "By our correspondent Tom Baker\n\n"
        "GAZA CITY — The night was long.\n\n"
        '"We have nothing left," a mother of four told reporters.'
    )
    assert speakers(text) == [None]
