"""Shapes of session 45 (real web texts), on invented text: a surname that doubles a letter
of a name particle, a German object noun after a name, "But «...»" alone in its sentence,
the present of Portuguese verbs of writing, a quotation that is the object of "que" before
a coordinated clause with its own cue, "while" inside the clause after a quotation, a
subordinate clause that names someone before the main clause's subject, the council of
ministers, a paper found after its article, an initial glued to a surname."""

from __future__ import annotations

from tests.transforms.parsed import attributions, headings, speakers, title


def test_a_surname_spelling_a_particle_with_a_double_letter_is_the_persons() -> None:
    for surname in ("Lee", "Dell"):
        text = (
            "Storm night\n\n"
            f"Thomas {surname} was woken up by the wind around 8 a.m. on Sunday.\n\n"
            f"“We smelled smoke and called the fire department at once,” said {surname}."
        )
        assert speakers(text) == [f"Thomas {surname}"]


def test_a_german_object_noun_after_a_name_ends_the_name() -> None:
    text = (
        "Zehn Jahre Kooperation\n\n"
        "Zum Jubiläum zogen Parkleiter Anton Weber und der Vorsitzende Jonas Kessler Bilanz. "
        "„Wir haben gemeinsam viele Aktionen für den Vogelschutz gemacht“, so Kessler."
    )
    assert speakers(text) == ["Jonas Kessler"]


def test_but_and_a_quotation_is_a_sentence_of_the_same_speaker() -> None:
    text = (
        "The appeal\n\n"
        "Chancellor Maria Berger asked all citizens to keep to the rules on Monday.\n\n"
        "Caution is waning – “I can feel that myself,” said the Chancellor. "
        "But “we are risking everything we have achieved in recent months.”"
    )
    assert speakers(text) == ["Maria Berger", "Maria Berger"]


def test_the_portuguese_present_of_writing_is_a_cue() -> None:
    text = (
        "Os jornais\n\n"
        "“Uma nova era começou para o país inteiro”, escreve o economista Rui Tavares."
    )
    assert speakers(text) == ["Rui Tavares"]


def test_words_after_que_are_its_clauses_not_the_next_subjects() -> None:
    text = (
        "Os jornais\n\n"
        "O deputado Paulo Morais escreve no Times que “o verdadeiro significado da votação "
        "está na democracia” e um Daily Express jubiloso diz aos leitores que “se "
        "levantem e brilhem hoje mesmo”."
    )
    assert speakers(text)[0] == "Paulo Morais"


def test_a_cue_after_while_in_the_next_clause_is_the_other_subjects() -> None:
    text = (
        "Os jornais\n\n"
        "O Guardian fala do “dia em que nos despedimos de todos” com um cão triste, "
        "enquanto o editor Rui Tavares escreveu que a era mudou."
    )
    assert speakers(text) == [None]


def test_the_main_clause_after_a_subordinate_one_holds_the_subject() -> None:
    text = (
        "Akkoord\n\n"
        "Minister van Financiën Joost Verbeek noemt de begroting deugdelijk. Waar "
        "zorgminister Anke Smit aangaf pas achteraf te horen hoe het eruitziet, was Verbeek "
        'wel betrokken. "De tabellen zijn gewoon elke keer langs mij gekomen", aldus de '
        "schatkistbewaarder voor de ministerraad."
    )
    assert speakers(text) == ["Joost Verbeek"]


def test_a_paper_found_after_its_article_speaks_as_the_paper() -> None:
    text = (
        "Imprensa\n\n"
        "“Os partidos de esquerda apresentam hoje a sua aliança”, escreve o El País na sua "
        "edição online."
    )
    assert attributions(text) == [(None, "El País")]


def test_an_initial_glued_to_a_surname_names_the_speaker_of_a_digest_line() -> None:
    text = (
        "Обзор цитат\n\n"
        "Б.Смирнов (председатель комитета): 'Это подтверждение, что мир не однополярный и "
        "у нас есть союзники' (The Times, 6.07).\n\n"
        "К.Орлова (директор агентства): 'Это будет сногсшибательно для всего города' "
        "(Le Temps, 6.06)."
    )
    assert speakers(text) == ["Б.Смирнов", "К.Орлова"]


def test_a_glued_initial_refers_to_the_full_name_known() -> None:
    # guards the rule above: the initial must not make a person of its own
    text = (
        "Yol açılıb\n\n"
        "İcra hakimiyyətinin əməkdaşı Rəşad Əliquliyev yolun açıldığını bildirib.\n\n"
        "“Bu, təkcə kəndimiz üçün deyil, bütün rayon üçün vacibdir”, - deyə R.Əliquliyev "
        "qeyd edib."
    )
    assert speakers(text) == ["Rəşad Əliquliyev"]


def test_a_review_without_rubrics_is_one_section_headed_by_its_title() -> None:
    text = (
        "Die Presseschau von Dienstag, dem 3. Februar 2026\n\n"
        "Die Kontakte des Prinzen sind heute auf allen Titelseiten zu sehen.\n\n"
        '"Erst sprach der Prinz nicht persönlich mit ihm, dann doch", titelt De Standaard.\n'
    )
    assert title(text) == "Die Presseschau von Dienstag, dem 3. Februar 2026"
    assert headings(text) == ["Die Presseschau von Dienstag, dem 3. Februar 2026"]


def test_a_georgian_reviews_title_heads_its_one_section() -> None:
    text = (
        "ქართული პრესის მიმოხილვა, 23 სექტემბერი 2010\n\n"
        "გაზეთი წერს, რომ მთავრობა ახალ კანონს ამზადებს და ოპოზიცია ამას აკრიტიკებს.\n"
    )
    assert headings(text) == ["ქართული პრესის მიმოხილვა, 23 სექტემბერი 2010"]


def test_a_dutch_paper_that_headlines_the_words_speaks_them() -> None:
    text = (
        "Belgische kranten\n\n"
        "Een dag nadat premier Jan Peeters het ontslag van zijn regering aanbood, lijken de "
        'kranten de wanhoop nabij. „Niemand weet het nog", kopt De Morgen.'
    )
    assert attributions(text) == [(None, "De Morgen")]


def test_a_digests_credit_in_parentheses_may_say_what_it_was_about() -> None:
    text = (
        "Цитаты недели\n\n"
        "«Как родина может угрожать своим гражданам?» (пресс-секретарь президента Дмитрий "
        "Сергеев о том, что при возвращении в страну ничего не угрожает)."
    )
    assert speakers(text) == ["Дмитрий Сергеев"]


def test_a_name_a_hyphen_and_a_role_over_the_words_credits_the_speaker() -> None:
    text = (
        "Kəndlərdə su problemi\n\n"
        "Kəndin sakinləri içməyə su tapmır.\n\n"
        'Rauf Əlizadə - Sakin: "Camaat məhləsində sudan çətinlik çəkir, çaydan su gətirir".\n\n'
        'Vüqar Səmədli - Sakin: "Ac dolanarsan, amma susuz qala bilmərsən, bunu hamı bilir".'
    )
    assert speakers(text) == ["Rauf Əlizadə", "Vüqar Səmədli"]


def test_a_quotation_opening_the_paragraph_after_one_that_ended_quoting_goes_on() -> None:
    text = (
        "Begroting\n\n"
        'De sommen "kloppen" uiteindelijk, aldus minister Joost Verbeek. "Het is nu aan de '
        "collega's om ze ook uit te voeren.\"\n\n"
        '"Ik en het hele ministerie hebben meegekeken en meegerekend." Anke Smit twijfelt '
        "hardop over sommige bezuinigingen."
    )
    assert speakers(text)[-1] == "Joost Verbeek"


def test_the_interviewer_in_the_genitive_is_not_the_speaker() -> None:
    text = (
        "Co w nowym numerze\n\n"
        "„Idą ciężkie lata”. – Prezydent może mieć problem, gdy Polacy zaczną uważać, że to "
        "on rządzi – ostrzega w wywiadzie Agnieszki Nowackiej prof. Joanna Wiśniewska."
    )
    assert speakers(text)[-1] == "Joanna Wiśniewska"
