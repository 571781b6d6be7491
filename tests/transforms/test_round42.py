"""Shapes of session 42 (real web texts), on invented text: an Azerbaijani site's formula
naming the agency it cites before "bunu ... deyib", a full name before a lowercase body noun,
and a cue whose "that" opens what is reported (no title, no speaker from it)."""

from __future__ import annotations

from tests.transforms.parsed import attributions, headings, quotes, speaker_and_role, speakers
from transforms.persons import find_names


def test_a_sites_formula_citing_an_agency_still_points_back_at_the_quotation() -> None:
    text = (
        "Deputat: büdcə artırılmalıdır\n\n"
        "“Təhsil xərcləri gələn il mütləq artırılmalıdır, başqa yol yoxdur”.\n\n"
        "Xeber.az Trend-ə istinadən xəbər verir ki, bunu komitənin üzvü Rauf Həsənov "
        "parlamentin bu gün keçirilən iclasında deyib."
    )
    assert speakers(text) == ["Rauf Həsənov"]


def test_a_full_name_before_a_lowercase_body_noun_is_a_name() -> None:
    names = find_names("Bunu komitənin üzvü Rauf Həsənov parlamentin iclasında deyib.")
    assert [n.text for n in names] == ["Rauf Həsənov"]


def test_a_bodys_name_ending_on_its_capitalised_noun_is_no_name() -> None:
    assert find_names("Dün Milli Savunma Bakanlığı açıklama yaptı.") == []


def test_a_cue_whose_that_opens_the_report_names_no_title() -> None:
    text = (
        "Imprensa\n\n"
        "O jornal criticou a visita do presidente da Bolívia, Carlos Mendoza Ruiz.\n\n"
        'Sob o título "Chile entre os grandes", afirmou que o presidente Lula leva o país a '
        '"um lugar de destaque na política mundial".'
    )
    found = quotes(text)
    assert [(q["speaker"], q["speaker_role"]) for q in found] == [(None, None), (None, None)]


def test_a_quotation_after_that_is_no_title_of_the_one_before() -> None:
    text = (
        "Imprensa\n\n"
        "O jornal criticou a visita do presidente da Bolívia, Carlos Mendoza Ruiz.\n\n"
        'No site da revista, "Para onde vai o Brasil agora?", com um texto que abria dizendo '
        'que "O presidente do Brasil está a ganhar fama à custa de amigos duvidosos".'
    )
    found = quotes(text)
    assert [(q["speaker"], q["speaker_role"]) for q in found] == [(None, None), (None, None)]


def test_a_that_clause_after_the_quotation_keeps_the_speaker_named_before_it() -> None:
    text = (
        "Notícia\n\n"
        'O autarca Rui Tavares Costa disse que a obra "vai custar mais do que o previsto", mas '
        "garantiu que o prazo será cumprido."
    )
    assert speakers(text) == ["Rui Tavares Costa"]


def test_a_name_in_the_genitive_before_an_agencys_name_is_not_joined_to_it() -> None:
    text = (
        "Qəzetlər Prezident Rauf Əliyevin Assoşieyted Press agentliyinə verdiyi müsahibəni yazıb."
    )
    assert "Rauf Əliyevin Assoşieyted Press" not in [n.text for n in find_names(text)]


def test_single_quotation_marks_may_nest_guillemets() -> None:
    # a Spanish review quoting headlines in ‘ ’, one headline quoting its minister in « »
    text = (
        "Prensa internacional\n\n"
        "En Italia, ‘La Nazione’ situó la noticia en portada: ‘La ministra no dimite tras la "
        "polémica: «Sigo al frente del ministerio»’. En Alemania, ‘Die Welt’ abrió con otra: "
        "‘Madrid mantiene el rumbo pese a las críticas de la oposición’."
    )
    found = [str(q["text"]) for q in quotes(text)]
    assert [t[:30] for t in found] == [
        "La ministra no dimite tras la ",
        "Madrid mantiene el rumbo pese ",
    ]


def test_a_sentence_opening_adverb_is_no_name() -> None:
    assert find_names("Así, en Reino Unido, la BBC abrió su edición digital con ello.") == []
    names = find_names("Era Daniel K. Moreira, diretor do comité, numa carta aberta.")
    assert [n.text for n in names] == ["Daniel K. Moreira"]


def test_a_paper_opening_the_clause_speaks_not_the_name_after_its_verb() -> None:
    text = (
        "Imprensa internacional\n\n"
        'O Le Monde recorda Jorge Almeida Reis como o "arquitecto da democracia portuguesa '
        'moderna".'
    )
    assert attributions(text) == [(None, "Le Monde")]


UKRAINIAN_INTERVIEW = (
    "Інтерв'ю з режисеркою\n\n"
    "Режисерка Оксана Левченко-Мирна розповіла нам про новий фільм.\n\n"
    "– Оксано, добрий день.\n\n"
    "– Добрий день.\n\n"
    "– Дякую, що знайшли час. Ми говоритимемо українською, як домовлялися.\n\n"
    "– Так, звісно, мені так зручніше.\n\n"
    "– Коли почалися зйомки?\n\n"
    "– Минулої весни, у Карпатах, і тривали майже пів року."
)


def test_an_interview_whose_turns_break_the_questions_rhythm_is_told_by_their_order() -> None:
    # a greeting answered, a prompt that is a statement: the paper's turns, then hers
    found = quotes(UKRAINIAN_INTERVIEW)
    assert [q["speaker"] for q in found] == [None, "Оксана Левченко-Мирна"] * 3
    assert str(found[1]["text"]).startswith("Добрий день")


def test_the_author_one_turn_names_speaks_every_turn_on_that_side() -> None:
    text = (
        "Интервью на форуме\n\n"
        "Журналист Анна Соколова поговорила с губернатором Петром Власовым.\n\n"
        "- Как здесь погода, как настроение? – интересуется Соколова.\n\n"
        "- Все хорошо, - отвечает Петр Власов.\n\n"
        "- Кого из коллег вы уже видели? Я видела многих…\n\n"
        "- Я еще никого не видел.\n\n"
        "- Говорят, министр уехал на рыбалку.\n\n"
        "- Там рыбы нет."
    )
    assert speakers(text) == ["Анна Соколова", "Петр Власов"] * 3


def test_dashed_sentences_under_a_colon_stay_a_list() -> None:
    text = (
        "Главное за день\n\n"
        "Правительство одобрило несколько решений:\n\n"
        "- Бюджет на следующий год принят.\n\n"
        "- Пенсии вырастут на пять процентов.\n\n"
        "- Кто получит льготы? Это решат позже.\n\n"
        "- Налоги останутся прежними."
    )
    assert quotes(text) == []


def test_dashed_headlines_with_one_question_stay_a_list() -> None:
    text = (
        "Новости\n\n"
        "Коротко о событиях недели\n\n"
        "- Бюджет на следующий год принят\n\n"
        "- Пенсии вырастут на пять процентов\n\n"
        "- Кто получит льготы?\n\n"
        "- Налоги останутся прежними"
    )
    assert quotes(text) == []


def test_my_interviewee_opens_no_name() -> None:
    names = find_names("Müsahibim Vidadi müəllimlə telefonda danışdım.")
    assert [n.text for n in names] == ["Vidadi"]


def test_a_paper_quoting_him_as_saying_gives_the_words_to_the_one_he_stands_for() -> None:
    text = (
        "Press\n\n"
        "Defence minister John Carter met the media on Monday. The Daily Star quotes him as "
        'saying "there is no shortage of ammunition at all".'
    )
    assert speaker_and_role(text) == ("John Carter", "Defence minister")


def test_a_polish_conjunction_opens_no_name() -> None:
    text = (
        "Przegląd prasy\n\n"
        "Bo jak zauważa w „Rzeczpospolitej” Maria Kowalczyk, „rząd nie ma już żadnego planu "
        "na jesień”."
    )
    assert speakers(text) == ["Maria Kowalczyk"]


def test_a_title_after_the_verb_between_commas_is_its_subject() -> None:
    text = (
        "Rassegna\n\n"
        "Il quotidiano intervista la ministra della Salute, Carla Bruni Vento, che parla dei "
        'conti. Ma non ci saranno tagli, aggiunge la ministra, "nessun ospedale verrà chiuso '
        'nei prossimi anni".'
    )
    assert speakers(text) == ["Carla Bruni Vento"]


def test_an_italian_region_is_no_name() -> None:
    assert find_names("La piena sta mettendo a dura prova l'Emilia Romagna da giorni.") == []


def test_part_of_a_listed_papers_name_is_no_person() -> None:
    text = (
        "Buitenlandse pers\n\n"
        "Ook media als Het Laatste Nieuws berichten over de crisis in het buurland. "
        '"De regering in Den Haag valt dan toch niet", schrijft de krant.'
    )
    assert speakers(text) == [None]


def test_a_listed_papers_name_over_a_headline_is_no_heading() -> None:
    text = (
        "Heraldo de Aragón\n\n"
        "La prensa europea destaca la visita del presidente a Zaragoza\n\n"
        "Los diarios franceses y alemanes dedicaron ayer amplios espacios a la visita.\n\n"
        "El diario Le Monde abrió su edición con una fotografía del encuentro.\n\n"
        "La prensa alemana, en cambio, la situó en las páginas interiores."
    )
    assert headings(text) == ["La prensa europea destaca la visita del presidente a Zaragoza"]


def test_a_turkish_plural_noun_opening_the_sentence_is_no_name() -> None:
    text = (
        "Mahalle sakinleri tepkili\n\n"
        "Vatandaşlar, “Yollarımız yıllardır çamur içinde, kimse bizi dinlemiyor” diyerek "
        "yetkililere çağrıda bulundu."
    )
    assert speakers(text) == [None]


def test_the_one_spoken_to_before_the_subject_is_no_speaker() -> None:
    text = (
        "Floods\n\n"
        "Shop owner Janet Greaves was cleaning up on Monday. Speaking to reporter Tom "
        'Hadley, Ms Greaves said: "I have never seen the river this high in thirty years."'
    )
    assert speakers(text) == ["Janet Greaves"]


# The review of session 42's interview, quotation-mark and name rules, on its own repros.


def test_a_quote_digest_typed_with_hyphens_keeps_its_authors() -> None:
    text = (
        "Les phrases de la semaine\n\n- « Nous ne lâcherons rien », a déclaré Marine Le Pen.\n\n"
        "- « Qui paiera la facture ? », s'interroge Jean-Luc Mélenchon.\n\n- « La croissance "
        "est là », assure Bruno Le Maire.\n\n- « C'est une honte », a dénoncé Olivier Faure."
    )
    assert speakers(text) == [
        "Marine Le Pen",
        "Jean-Luc Mélenchon",
        "Bruno Le Maire",
        "Olivier Faure",
    ]


def test_dashed_headlines_ending_in_stops_and_one_question_are_no_interview() -> None:
    text = (
        "Revue de presse du 12 mars\n\nLes titres du jour\n\n- Le gouvernement adopte le "
        "budget 2025.\n\n- Grève à la SNCF : quels trains circulent ?\n\n- Le PSG bat "
        "Marseille 3-1.\n\n- La météo se dégrade dans l'Ouest."
    )
    assert quotes(text) == []


def test_an_answer_in_two_turns_is_the_interviewees_after_the_question() -> None:
    text = (
        "Інтерв'ю\n\nМер Львова Андрій Садовий відповів на запитання газети.\n\n— Як минув "
        "рік?\n\n— Рік був важкий. Ми втратили багато часу.\n\n— А проте ми збудували три "
        "школи.\n\n— Що далі?\n\n— Нові проєкти.\n\n— А школи?\n\n— Збудуємо ще три."
    )
    assert speakers(text)[:3] == [None, "Андрій Садовий", "Андрій Садовий"]


def test_a_stray_single_mark_before_a_capital_swallows_no_quotation() -> None:
    text = (
        "Rassegna\n\nLa ‘Ndrangheta, ha detto il procuratore Nicola Gratteri, «controlla i "
        "porti del Nord». E aggiunge: «Bisogna fare di più, e in fretta». Un po’ di ottimismo "
        "però resta."
    )
    assert speakers(text) == ["Nicola Gratteri", "Nicola Gratteri"]


def test_a_body_named_after_a_person_before_a_title_is_no_name() -> None:
    text = (
        "Xəbərlər\n\n“Biz bu layihəni davam etdirəcəyik”.\n\nBunu Heydər Əliyev fondunun "
        "vitse-prezidenti Leyla Əliyeva tədbirdə deyib."
    )
    assert speakers(text) == ["Leyla Əliyeva"]


def test_the_one_told_after_a_title_is_no_part_of_it() -> None:
    text = (
        "Prensa\n\nLa ministra Pilar Alegría visitó ayer Zaragoza con el alcalde Jorge Azcón. "
        'No habrá recortes, explicó el alcalde a la ministra, "porque la ciudad no puede '
        'esperar".'
    )
    assert speaker_and_role(text) == ("Jorge Azcón", "alcalde")


def test_a_surname_that_names_a_region_elsewhere_is_a_surname() -> None:
    text = "Rassegna\n\nLa cantante Anna Venezia ha detto: «Torno sul palco a maggio»."
    assert speakers(text) == ["Anna Venezia"]


def test_a_list_of_decisions_with_was_and_one_question_is_no_interview() -> None:
    # English "was" is Polish "you" and Italian "i" is "the": neither makes a list speak
    text = (
        "Council meeting\n\nThe council met on Monday evening.\n\n- The new library was "
        "approved.\n\n- Who pays for the new bridge?\n\n- The old pool was closed.\n\n- "
        "Parking fees were raised."
    )
    assert quotes(text) == []
