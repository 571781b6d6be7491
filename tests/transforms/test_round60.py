"""Shapes of session 60, on invented text: a digest's "Name: headline" line over the words
it heads, and its credit line over a topic line over dashed words; a digest's quotation
credited after it to a full name and its title, or under a rubric of quotations; a paper
after a sentence adverb and its cue; a pronoun that goes on with the speaker, not with the
man the speaker's title names; a reported paragraph opened by a fronted phrase; Brazilian
dash speech closed by its verb; Azerbaijani genitives in -nin; a Slavic name in a case
before a dative noun, and in the nominative; answers under a question with a scare quote;
and guards beside each."""

from __future__ import annotations

from tests.transforms.parsed import attributions, quotes, speakers, speakers_and_roles
from transforms.persons import find_names, nominative_name


def test_a_digest_credit_after_the_quotation_names_the_person_and_title() -> None:
    text = (
        "Цитаты дня\n\n"
        "'Политикой на жизнь не заработаешь' Мишлин Кальми-Рей, президент Швейцарии "
        "('Аргументы и факты')\n\n"
        "«Российская армия стояла на коленях, а сегодня она встала с колен» Юрий "
        "Балуевский («Аргументы и факты»)"
    )
    assert speakers_and_roles(text) == [
        ("Мишлин Кальми-Рей", "президент Швейцарии"),
        ("Юрий Балуевский", None),
    ]


def test_a_sentence_adverb_between_the_cue_and_the_paper() -> None:
    text = (
        "À la Une\n\n"
        "Le chanteur Johnny Clegg est mort à 66 ans.\n\n"
        "« Johnny laisse de profondes empreintes dans le cœur de chaque personne », estime "
        "de son côté le site IOL.\n\n"
        "« Il a montré qu'on pouvait embrasser d'autres cultures », a écrit, pour sa part, "
        "le journal Libération."
    )
    assert attributions(text) == [(None, "IOL"), (None, "Libération")]


def test_a_pronoun_goes_on_with_the_speaker_not_the_man_his_title_names() -> None:
    text = (
        "Revue de presse\n\n"
        '"C’est la pire émission que j’ai jamais vue", lance l’ancien conseiller en '
        "communication de Nicolas Sarkozy, Franck Louvrier dans le Parisien. La faute à qui ? "
        '"A Plenel et Bourdin qui ont davantage écouté leurs questions, dit-il, que les '
        'réponses".'
    )
    assert set(speakers(text)) == {"Franck Louvrier"}


def test_brazilian_dash_speech_closed_by_its_verb() -> None:
    text = (
        "O presidente falou na chegada ao Palácio da Alvorada.\n\n"
        "— O vídeo para nós estava classificado como secreto. E essa sempre foi a nossa "
        "prática — afirmou Bolsonaro, na chegada ao palácio."
    )
    found = quotes(text)
    assert [(q["speaker"], str(q["text"])[:8]) for q in found] == [("Bolsonaro", "O vídeo ")]


def test_an_azerbaijani_genitive_in_nin_is_no_part_of_the_name() -> None:
    text = (
        '"Rusiya rəsmiləri erməniləri rahatlatmaq üçün elə hey deyirlər ki, sülhməramlılar '
        'olmayacaq".\n\n'
        "News24.az xəbər verir ki, bunu “Atlas” Araşdırmalar Mərkəzinin rəhbəri, politoloq "
        "Elxan Şahinoğlu deyib."
    )
    assert speakers(text) == ["Elxan Şahinoğlu"]


def test_a_digest_credit_over_the_topic_line_names_the_dashed_speaker() -> None:
    text = (
        "ЦИТАТИ ТИЖНЯ\n\n"
        "Віталій Кличко, лідер партії «УДАР»\n\n"
        "— про переговори опозиції та влади:\n\n"
        "— Якщо Янукович не піде нам назустріч, ми підемо в наступ. Я з кожним із вас тут "
        "на площі."
    )
    assert speakers_and_roles(text) == [("Віталій Кличко", "лідер партії «УДАР»")]


def test_a_quote_digests_rubric_before_its_colon_is_no_speaker() -> None:
    text = (
        "Цитаты дня: 'В нашей стране давняя застарелая проблема - отчуждение власти и "
        "граждан, недоверие граждан к власти' Владимир Путин ('Комсомольская правда')\n\n"
        "Другой текст без цитат."
    )
    assert speakers(text) == ["Владимир Путин"]


def test_a_papers_questions_in_a_labelled_transcript_are_no_ones_named() -> None:
    text = (
        "SPIEGEL-Gespräch mit dem Arbeitsminister Herbert Ehrenberg\n\n"
        "SPIEGEL: Herr Minister, glauben Sie noch an einen Aufschwung?\n\n"
        "Ehrenberg: So pauschal war mein Glaube nie, und wenn es nötig ist, muss man etwas "
        "tun.\n\n"
        "SPIEGEL: Wie erklären Sie sich dann die neuen Zahlen?\n\n"
        "Ehrenberg: Das ist ein Erlass, mit dem kurzfristig Mittel gesperrt werden."
    )
    assert speakers(text) == [None, "Herbert Ehrenberg", None, "Herbert Ehrenberg"]


def test_a_topic_line_that_heads_a_list_gives_its_lines_no_speaker() -> None:
    text = (
        "Україна — Англія: оцінки гравців\n\n"
        "Віталій Миколенко, захисник «Евертона»\n\n"
        "— статистика матчу:\n\n"
        "— Три відбори, два перехоплення, 89% точних передач. Найкращий у лінії оборони."
    )
    assert speakers(text) == [None]


def test_a_slavic_name_in_a_case_before_a_dative_noun_is_a_name() -> None:
    found = find_names("Ексклюзивне інтерв’ю голови Ради Руслана Стефанчука агентству.")
    assert "Руслана Стефанчука" in [name.text for name in found]
    assert [name.text for name in find_names("интервью Сергея Лаврова агентству")] == [
        "Сергея Лаврова"
    ]


def test_a_ukrainian_surname_in_uk_is_nominative_from_the_genitive_only() -> None:
    assert nominative_name("Руслана Стефанчука") == "Руслан Стефанчук"
    assert nominative_name("Анатолія Щуку") is None  # Щука's accusative, or Щук's?


def test_a_role_answering_the_interviews_question_is_the_interviewee() -> None:
    text = (
        "Entrevista com Marina Silva\n\n"
        "— A senhora acredita no desmatamento zero até 2030?\n\n"
        "— Acredito. Já reduzimos pela metade o desmatamento — respondeu a ministra.\n\n"
        "— E o petróleo na Foz do Amazonas?\n\n"
        "— Essa decisão é técnica e não política — disse."
    )
    assert [q["speaker"] for q in quotes(text) if not str(q["text"]).endswith("?")] == [
        "Marina Silva",
        "Marina Silva",
    ]


def test_a_role_not_answering_a_question_in_an_interview_is_someone_else() -> None:
    text = (
        "Entrevista a Pedro Sánchez\n\n"
        "Preguntado por la ley, el PSOE no quiso entrar en detalles.\n\n"
        "—No vamos a valorar declaraciones de otros partidos sobre la ley —señaló el "
        "portavoz socialista."
    )
    assert speakers(text) == [None]


def test_a_title_in_single_marks_over_its_author_is_no_credited_quotation() -> None:
    text = (
        "Estrenos de la semana\n\n"
        "'La sociedad de la nieve'\n"
        "Juan Antonio Bayona, director de cine\n\n"
        "'Inside Number 10: The Final Days of a Government' Michael Cockerell (BBC Two)"
    )
    assert [q["speaker"] for q in quotes(text)] in ([], [None], [None, None])
