"""Which words form a person's name: particles, case endings, title complements, keys."""

from __future__ import annotations

import pytest

from transforms.persons import (
    build_registry,
    find_names,
    hyphen_nominatives,
    person_key,
    trade_words,
)


def _names(text: str) -> list[str]:
    return [m.text for m in find_names(text) if not m.single]


def test_kinship_particle_keeps_a_title_like_name() -> None:
    text = "a assuré le ministre du Pétrole, Sidi Mohamed Ould Cheikh, lors de"
    assert "Sidi Mohamed Ould Cheikh" in _names(text)


def test_common_noun_after_particles_is_a_surname() -> None:
    text = "La ministra, María Teresa Ruiz de la Fuente, anunció un plan"
    assert _names(text) == ["María Teresa Ruiz de la Fuente"]


def test_compass_word_after_particle_is_a_region() -> None:
    assert _names("la diplomatie du Caucase du Sud reste prudente") == []


def test_catalan_i_joins_two_surnames() -> None:
    assert _names("el presidente, Josep Maria Puig i Ferrer, criticó") == [
        "Josep Maria Puig i Ferrer"
    ]


def test_elided_de_joins_the_surname() -> None:
    assert _names("Kossi Ayité d'Almeida, ministre de l'Économie maritime") == [
        "Kossi Ayité d'Almeida"
    ]


def test_stroke_letters_share_a_key_with_their_transliteration() -> None:
    assert person_key("Marković-Đurić") == person_key("Markovic-Djuric")
    assert person_key("Łukasz Søren") == person_key("Lukasz Soren")


def test_azerbaijani_place_case_ends_the_name() -> None:
    text = "Xarici işlər naziri Rəşad Əliquliyev Brüsseldə Avropa İttifaqının nümayəndələri"
    assert "Rəşad Əliquliyev" in _names(text)
    assert "Aynur Məmmədzadə" in _names("müavini Aynur Məmmədzadə qeyd edib")


def test_russian_title_complement_before_the_name() -> None:
    assert _names("Мэр Душанбе Шамсиддин Курбонов пообещал") == ["Шамсиддин Курбонов"]
    assert _names("Президент Владимир Владимирович Путин заявил") == ["Владимир Владимирович Путин"]


def test_surname_of_a_known_name_opens_another_phrase() -> None:
    text = (
        "Qazaxıstanın xarici işlər naziri Nurlan Sadıqov Astanada keçirib. "
        "Sadıqov Aktau limanının genişləndirilməsinə də toxunub."
    )
    registry = build_registry(find_names(text))
    assert [p.name for p in registry.persons()] == ["Nurlan Sadıqov"]
    assert registry.canonical("Sadıqov Aktau") == "Nurlan Sadıqov"


def test_georgian_head_of_a_title_phrase_declines_alone() -> None:
    text = "ამის შესახებ ეკონომიკის მინისტრის მოადგილემ ნინო ბერიძემ განუცხადა."
    registry = build_registry(find_names(text))
    assert [p.name for p in registry.persons()] == ["ნინო ბერიძე"]


def test_name_wrapped_over_two_lines_is_one_name() -> None:
    assert _names("Der Tessiner Staatsrat Marco\nBernasconi-Pedrini warnte") == [
        "Marco Bernasconi-Pedrini"
    ]


def test_portfolio_before_a_title_is_no_person() -> None:
    assert _names("diyen Turizm Bakanı Radostina Velikova, kış sezonu") == ["Radostina Velikova"]
    assert [m.text for m in find_names("said Tourism Minister Anna Smith")] == ["Anna Smith"]


def test_news_agency_in_a_case_ending_is_no_name() -> None:
    assert find_names("Источник сообщил «Интерфаксу», что переговоры идут") == []


def test_long_iberian_name_with_a_particle_stays_whole() -> None:
    text = (
        "A ministra das Infraestruturas, Recursos Naturais e Ambiente, "
        "Ana Cristina Vaz Neto da Graça, inaugurou"
    )
    assert _names(text) == ["Ana Cristina Vaz Neto da Graça"]


def test_country_of_two_words_is_no_person() -> None:
    text = "A ministra de São Tomé e Príncipe disse. O presidente da Energia de Cabo Verde falou."
    assert _names(text) == []


def test_latin_run_after_an_institution_is_its_name() -> None:
    text = "indicó la Empresa Eléctrica Regional Centro Sur, según el diario"
    assert find_names(text) == []


def test_german_noun_after_an_article_is_no_person() -> None:
    assert find_names("räumte ein, die Finanzierung der Grenzpolizei sei offen") == []


def test_medium_header_before_its_date_is_no_person() -> None:
    assert find_names("Business News - 4 giugno\nSecondo una nota") == []


def test_capitalised_title_after_of_opens_a_name() -> None:
    text = "The government of Prime Minister Zdravko Krivokapić survived a vote"
    assert _names(text) == ["Zdravko Krivokapić"]
    assert _names("head of the Foreign Policy Department") == []


def test_country_after_a_titled_given_name_is_a_surname() -> None:
    text = "e o primeiro-ministro Luís Montenegro visitaram o centro"
    assert _names(text) == ["Luís Montenegro"]


def test_line_break_after_a_noun_ends_the_run() -> None:
    assert _names("nur weil im Herbst\nWahlen anstehen«, sagte sie") == []


def test_run_after_a_fused_german_preposition_is_a_noun_phrase() -> None:
    assert _names("nur weil im Herbst Wahlen anstehen, sagte sie") == []


def test_georgian_title_in_a_postpositional_case_names_nobody_after_it() -> None:
    text = "– განაცხადა ევროკომისიის პრეზიდენტთან შეხვედრის შემდეგ."
    assert _names(text) == []


def test_turkic_occupation_noun_before_a_name_is_a_role() -> None:
    text = "haber sitesinde. Gazeteci Aigerim Tulegenova, hükümetin tasarıyı"
    assert _names(text) == ["Aigerim Tulegenova"]


def test_portfolio_words_joined_by_and_stay_out_of_the_name() -> None:
    text = "said Minister of Natural Resources and Environment Do Duc Duy Anh on Monday"
    assert _names(text) == ["Do Duc Duy Anh"]


def test_short_function_word_after_a_title_opens_the_name() -> None:
    assert _names("Prof. Le Van Thanh, a geologist, warned") == ["Le Van Thanh"]
    assert _names("Ihre Vorsitzende Elle Ánne Somby erklärte") == ["Elle Ánne Somby"]
    assert _names("Le ministre a parlé") == []


def test_korean_name_in_cyrillic_after_a_title_keeps_its_surname() -> None:
    assert _names("Бывший министр Ким Дэ Хо, ныне профессор") == ["Ким Дэ Хо"]
    assert _names("Мэр Душанбе Шамсиддин Курбонов заявил") == ["Шамсиддин Курбонов"]


def test_azerbaijani_locative_ends_a_foreign_name() -> None:
    text = "enerji naziri Park Ji-sung Tokioda keçirilən forumda"
    assert _names(text) == ["Park Ji-sung"]


def test_dutch_article_before_a_nationality_is_no_name() -> None:
    assert _names("De Duitse minister, Anna Peters, reageerde") == ["Anna Peters"]
    assert _names("aldus Van der Berg-Smit. Ze zei") == ["Van der Berg-Smit"]


def test_saint_place_name_and_turkish_strait_are_places() -> None:
    assert _names("con empresarios en Santa Rosa Copán, dijo") == []
    assert _names("“Çanakkale Boğazı'ndaki trafik arttı” dedi") == []


def test_hyphenated_slavic_surname_in_a_case_form_finds_its_person() -> None:
    text = "повідомив Олег Коваленко-Білий. За словами Коваленка-Білого, порт працює"
    registry = build_registry(find_names(text))
    assert registry.canonical("Коваленка-Білого") == "Олег Коваленко-Білий"


def test_surname_suffix_is_no_case_ending_on_an_institution() -> None:
    text = "La direttrice del parco, Elena Marinescu, ha detto"
    assert _names(text) == ["Elena Marinescu"]


def test_particle_surnames_stay_whole_beside_nationality_words() -> None:
    for name in ("De Santis", "Van Hollen", "De Rossi", "De Bruyne"):
        assert _names(f"zei {name} gisteren") == [name]


def test_middle_initial_stays_in_the_name() -> None:
    names = [m.text for m in find_names("O comandante, coronel Daniel K. Whitfield, garantiu")]
    assert "Daniel K. Whitfield" in names


def test_los_inside_a_given_name() -> None:
    names = [m.text for m in find_names("la ministra María de los Ángeles Rivas Tovar dijo")]
    assert names == ["María de los Ángeles Rivas Tovar"]


def test_ukrainian_genitive_in_ya_keys_as_the_nominative() -> None:
    assert "Грицай-Мельник" in hyphen_nominatives("Грицая-Мельника")


def test_swedish_af_joins_a_name() -> None:
    assert _names("Außenminister Magnus Fredrik af Ekström sagte") == ["Magnus Fredrik af Ekström"]


def test_portfolio_before_a_name_with_van_den() -> None:
    text = "minister voor Ontwikkelingshulp Willemijn van den Berg-Oosterhuis zei"
    assert _names(text) == ["Willemijn van den Berg-Oosterhuis"]


def test_russian_compound_adjective_is_no_name() -> None:
    text = (
        "заявил руководитель Азово-Черноморского территориального управления "
        "Росрыболовства Геннадий Павлович Скворцов-Лаптев."
    )
    assert _names(text) == ["Геннадий Павлович Скворцов-Лаптев"]


def test_double_surname_in_enko_is_no_compound_adjective() -> None:
    assert _names("повідомив Сергій Бондаренко-Лисий.") == ["Сергій Бондаренко-Лисий"]


def test_one_german_noun_after_an_article_is_no_name() -> None:
    assert find_names("Der Minister betonte, die Zusammenarbeit sei gut.") == []


def test_polish_and_czech_surnames_in_a_case_find_their_full_name() -> None:
    mentions = find_names(
        "Wiceminister Ołeh Hnatiuk powiedział. Według Hnatiuka blokady kosztują. Minister "
        "Jan Kowalski przyjechał. Według Kowalskiego nic."
    )
    registry = build_registry(mentions)
    assert registry.canonical("Hnatiuka") == "Ołeh Hnatiuk"
    assert registry.canonical("Kowalskiego") == "Jan Kowalski"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("сообщил руководитель управления Севморпути Дмитрий Шамраев", "Дмитрий Шамраев"),
        ("Poseł Konfederacji Marek J. Wróblewski stwierdził", "Marek J. Wróblewski"),
        (
            "La profesora de Geografía Humana de la Universidad de Almería Inmaculada "
            "Fernández Vílchez considera",
            "Inmaculada Fernández Vílchez",
        ),
    ],
)
def test_a_run_is_cut_where_its_given_name_starts(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "name", ["Ismaïl Omar Bouh", "Ghjuvan Petru Santucci", "Sidi Mohamed Ould Cheikh"]
)
def test_an_unlisted_given_name_before_a_listed_one_stays(name: str) -> None:
    assert _names(f"a déclaré le ministre {name} lundi") == [name]


def test_a_short_title_stem_takes_only_a_case_ending() -> None:
    assert _names("The governor of Cabo Delgado province, Valige Tauabo Momade, said") == [
        "Valige Tauabo Momade"
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Глава городского округа Певек Игорь Вуквутагин отметил", "Игорь Вуквутагин"),
        ("— говорит фермер из села Ак-Сай Бакыт Осмонкулов.", "Бакыт Осмонкулов"),
    ],
)
def test_a_place_named_after_its_noun_is_cut_before_the_given_name(text: str, name: str) -> None:
    assert _names(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lantrådet Annika Sjöberg-Karlsson sagte am Dienstag", "Annika Sjöberg-Karlsson"),
        (
            "Dat maakte minister voor Buitenlandse Handel en Ontwikkelingshulp Willemijn van "
            "den Berg bekend",
            "Willemijn van den Berg",
        ),
    ],
)
def test_a_title_or_portfolio_noun_before_a_name_is_cut(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Selon Marine Le Pen, la réforme échouera.", ["Marine Le Pen"]),
        ("Hier, Marine Tondelier a répondu.", ["Marine Tondelier"]),
        ("Gabriel Attal et Marine Tondelier ont débattu.", ["Gabriel Attal", "Marine Tondelier"]),
        ("Marine Le Pen et Olivier Faure ont débattu.", ["Marine Le Pen", "Olivier Faure"]),
        ("Le ministre Bruno Le Maire a répondu.", ["Bruno Le Maire"]),
        # the navy and companies keep their word: no given name there
        ("Les marins de la Marine nationale ont répondu.", []),
        ("The owner, Cotentin Marine Lines, said.", []),
        ("The US Marine Corps said.", []),
        ("Marine Harvest said it expected losses.", []),
        ("Le Maire de Paris a répondu.", []),
    ],
)
def test_a_given_name_that_is_a_body_or_a_title_word_still_opens_or_ends_a_name(
    text: str, names: list[str]
) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Fisherman Oddvar Nergård said the quota was cut.", ["Oddvar Nergård"]),
        ("Слесарь Виктор Ганусевич говорит, что завод закроют.", ["Виктор Ганусевич"]),
        ("Fermer Nəriman Şeyxəliyev deyir ki, su yoxdur.", ["Nəriman Şeyxəliyev"]),
        # a name of three words whose first word is no trade stays whole
        ("Sidi Mohamed Ould Cheikh a déclaré.", ["Sidi Mohamed Ould Cheikh"]),
    ],
)
def test_a_trade_opening_a_name_run_is_no_part_of_the_name(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_the_trade_words_are_lowercase_single_words_of_every_language() -> None:
    words = trade_words()
    assert len(words) > 5000
    assert all(w == w.casefold() and " " not in w for w in words)
