"""Attribution shapes of session 8 (held-out 25's failures), on invented text.

A person's name after a ministry's portfolio or a city in the genitive, a surname that does
not decline after a given name that does, civil-protection bodies, a Polish adverb that
starts like an alliance's acronym, and bodies named inside an earlier quotation.
"""

from __future__ import annotations

import pytest

from tests.transforms.parsed import quotes
from transforms.given_names import is_given_name_in_a_case
from transforms.persons import build_registry, find_names
from transforms.speakers import institution_in


def _fields(text: str) -> list[tuple[object, object]]:
    return [(q["speaker"], q["institution"]) for q in quotes(text)]


def test_a_name_after_a_ministry_portfolio_is_the_person() -> None:
    text = (
        "Comerț\n\nDirectorul general din Ministerul Economiei Ioana Petrescu-Vlad a anunțat "
        "noi reguli. „Firmele mici vor avea un formular mai scurt de acum înainte”, a precizat "
        "Petrescu-Vlad."
    )
    assert _fields(text) == [("Ioana Petrescu-Vlad", None)]


def test_a_given_name_in_a_case_after_a_city_opens_the_name() -> None:
    text = (
        "УКРАЇНА\n\nЗа словами міської голови Житомира Ірини Коваль, ремонт мосту завершать "
        "«не пізніше жовтня, якщо не буде нових затримок». Ірина Коваль додала, що відкриють "
        "і пішохідну частину."
    )
    assert _fields(text) == [("Ірина Коваль", None)]


@pytest.mark.parametrize(
    ("word", "expected"),
    [("Ірини", True), ("Katarzyny", True), ("Дмитрия", True), ("Житомира", False)],
)
def test_given_names_in_a_case_come_from_the_table(word: str, expected: bool) -> None:
    assert is_given_name_in_a_case(word) is expected


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            'BRASIL\n\nA Defesa Civil de Santa Catarina informou que "o nível do rio Itajaí '
            'deve passar da cota de inundação ainda hoje".',
            "Defesa Civil de Santa Catarina",
        ),
        (
            'ESPAÑA\n\nProtección Civil advirtió de que "las lluvias seguirán durante toda la '
            'noche en la comarca".',
            "Protección Civil",
        ),
    ],
)
def test_civil_protection_speaks_as_a_body(text: str, body: str) -> None:
    assert _fields(text) == [(None, body)]


def test_natomiast_is_no_alliance() -> None:
    assert institution_in("Nowak zapowiedziała natomiast zmiany w ustawie.", 30) is None
    assert institution_in("Według NATO-u sytuacja się nie zmieni.", 30) is not None


def test_a_body_named_inside_a_quotation_is_no_referent_later() -> None:
    text = (
        "POLSKA\n\nUnijna komisarz Ingrid Vanhove nie miała złudzeń. „Kolejne odroczenie byłoby "
        "sygnałem, że Komisja nie traktuje poważnie zobowiązań” – odpowiedziała komisarz.\n\n"
        "Vanhove zapowiedziała natomiast prostsze formularze dla firm. „To możemy zrobić "
        "jeszcze w tym roku, bez zmiany rozporządzenia” – zapewniła."
    )
    assert _fields(text) == [("Ingrid Vanhove", None), ("Ingrid Vanhove", None)]


def test_someone_unnamed_after_the_cue_is_nobody_not_the_last_speaker() -> None:
    text = (
        "GABON\n\nLe ministre Hervé Obiang a promis des livraisons. « Le carburant arrivera "
        "lundi dans toutes les stations », a-t-il assuré.\n\nÀ Franceville, les files "
        "s'allongent. « Je fais la queue depuis cinq heures et on me dit qu'il n'y a plus de "
        "gazole », a raconté une commerçante au journal."
    )
    assert [q["speaker"] for q in quotes(text)] == ["Hervé Obiang", None]


@pytest.mark.parametrize(
    "text",
    [
        'Mayor Anna Haufiku asked for the contract. "It will be public before the end of the '
        'month," the minister replied.\n\n"Your word is not a water meter," the mayor shot back.',
        "Der Landrat Jonas Weber war skeptisch. „Das Wasser reicht schon heute kaum für die "
        "Dörfer im Tal“, erzählte Weber den Zuhörern.",
        "La alcaldesa Marta Ruiz Peña visitó el puerto. «Llevamos tres semanas sin un solo "
        "barco en el muelle», contó Ruiz Peña a los periodistas.",
    ],
)
def test_shooting_back_and_telling_are_speech(text: str) -> None:
    speakers = [q["speaker"] for q in quotes(text)]
    assert speakers[-1] in ("Anna Haufiku", "Jonas Weber", "Marta Ruiz Peña")


def test_a_portfolio_in_a_case_after_a_ministry_is_no_person() -> None:
    text = (
        "Kenya\n\nMinistrul kenyan al Agriculturii, Daniel Otieno Wekesa, a cerut o nouă "
        "inspecție. „Nu putem lăsa mii de fermieri fără venit din cauza a două fabrici”, a "
        "subliniat ministrul.\n\n„Fabricile au fost închise până la finalizarea anchetei”, se "
        "arată într-un comunicat al Ministerului Agriculturii de la Nairobi."
    )
    assert _fields(text) == [
        ("Daniel Otieno Wekesa", None),
        (None, "Ministerul Agriculturii de la Nairobi"),  # dictionary form
    ]


def test_the_pronoun_of_a_chained_cue_speaks_not_the_body_reported() -> None:
    text = (
        'Chief executive Jonas Ekblad defended the plan. "We will not take the town\'s water," '
        "Ekblad said.\n\nThe company had moved the outfall offshore after new modelling, he "
        'said, adding: "We publish the model. Anyone is welcome to run it."'
    )
    assert _fields(text) == [("Jonas Ekblad", None), ("Jonas Ekblad", None)]


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        (
            "BRASIL\n\nO jornal ouviu o prefeito de Porto Velho, Anselmo Rocha Dias, sobre os "
            'diques. "A cidade não vai viver outra enchente como a de 2024", disse o prefeito.',
            "Anselmo Rocha Dias",
            "prefeito",
        ),
        (
            "ESPAÑA\n\nLa concejala de Medio Ambiente, Irene Soto Vidal, defendió el plan. "
            '"Las obras empezarán antes del verano en todos los barrios", aseguró la concejala.',
            "Irene Soto Vidal",
            "concejala",
        ),
    ],
)
def test_local_officials_are_titles(text: str, speaker: str, role: str) -> None:
    (quote,) = quotes(text)
    assert quote["speaker"] == speaker
    assert quote["speaker_role"].startswith(role)  # "concejala de Medio Ambiente" too


def test_one_unknown_word_after_a_title_is_its_complement() -> None:
    text = (
        "Руководитель Росморречфлота Олег Дятлов прибыл в порт. «Причалы готовы к сезону», — "
        "сказал Дятлов.\n\nНа вопрос корреспондента руководитель Росморречфлота ответил: «Для "
        "восточного сектора круглый год — нет, и это честный ответ»."
    )
    assert [q["speaker"] for q in quotes(text)] == ["Олег Дятлов", "Олег Дятлов"]


def test_a_surname_after_another_holders_title_is_that_person() -> None:
    text = (
        'Defence Minister Zakir Hasanov spoke first. "We are ready," he said. "The border is '
        'calm and the talks will go on," said Foreign Minister Bayramov.'
    )
    assert [q["speaker"] for q in quotes(text)] == ["Zakir Hasanov", "Bayramov"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("el ministro habló de Pedro Sánchez ayer.", ["Pedro Sánchez"]),
        ("Der Minister sprach von Olaf Scholz.", ["Olaf Scholz"]),
        ("Efe Can Yılmaz konuştu.", ["Efe Can Yılmaz"]),  # a given name, not the agency
        ("in the U.K. Johnson said so.", ["Johnson"]),  # an abbreviation, no initials
    ],
)
def test_names_the_session_8_rules_must_leave_alone(text: str, names: list[str]) -> None:
    assert [m.text for m in find_names(text)] == names


def test_a_title_abbreviation_before_an_initial_is_still_dropped() -> None:
    registry = build_registry(find_names("Pr J. Ngo a parlé. Dr J. Smith said."))
    assert [p.name for p in registry.persons()] == ["J. Ngo", "J. Smith"]


def test_the_agency_told_is_no_part_of_the_name_after_it() -> None:
    text = (
        "Praia, 4 mar 2027 (Lusa) - Os pescadores pediram ajuda ao Governo.\n\n"
        '"Saímos às quatro da manhã e voltamos com três peixes", disse à Lusa Armando Tavares '
        "Semedo, presidente da associação dos pescadores."
    )
    assert _fields(text) == [("Armando Tavares Semedo", None)]


def test_a_profession_is_a_title_the_cue_refers_back_to() -> None:
    text = (
        "Almería, 3 may 2027 (EFE).- Las llegadas crecen.\n\nLa profesora de Geografía Humana "
        "de la Universidad de Granada Lucía Ortega Marín estudia la ruta desde hace años.\n\n"
        '"Lo que vemos es la salida de jóvenes con estudios que ya no esperan nada", explicó '
        "la profesora a EFE."
    )
    (quote,) = quotes(text)
    assert (quote["speaker"], quote["speaker_role"]) == ("Lucía Ortega Marín", "profesora")


def test_surnames_holding_a_body_noun_are_the_person_named_in_full() -> None:
    text = (
        "PORTUGAL\n\nO presidente do Governo Regional, Rui Teixeira Câmara, falou aos "
        'jornalistas. "Os açorianos pagam o mesmo IVA que os lisboetas", afirmou.\n\nTeixeira '
        'Câmara, de 56 anos, adiantou uma proposta. "Não pedimos um subsídio. Pedimos um '
        'contrato com regras claras", sublinhou.'
    )
    assert [q["speaker"] for q in quotes(text)] == ["Rui Teixeira Câmara"] * 2


def test_an_inverted_pronoun_is_the_subject_not_the_medium_told() -> None:
    text = (
        "CORSE\n\nÀ Calvi, le président de la chambre de commerce, Jean-Marc Santoni, s'est "
        "montré sceptique. « On nous promet des propositions depuis six ans », a-t-il confié "
        "à France 3 Corse ViaStella."
    )
    assert [q["speaker"] for q in quotes(text)] == ["Jean-Marc Santoni"]


def test_a_portfolio_after_a_title_and_its_adjective_is_no_person() -> None:
    text = (
        "Orán, 2 may 2027 (EFE).- El acuerdo fue firmado por la vicepresidenta española para "
        'la Transición Ecológica, Marta Quiroga Peral.\n\n"Este gas no compite con las '
        'renovables, las acompaña", dijo por su parte la vicepresidenta.'
    )
    assert [q["speaker"] for q in quotes(text)] == ["Marta Quiroga Peral"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Tamil Nadu Chief Minister M. K. Selvaraj wrote.", ["M. K. Selvaraj"]),
        ("Fisheries Minister J. R. Perera spoke.", ["J. R. Perera"]),
        ("M. Dupont a parlé.", ["Dupont"]),  # Monsieur, not an initial
    ],
)
def test_two_initials_open_a_name(text: str, names: list[str]) -> None:
    assert [m.text for m in find_names(text)] == names


def test_initials_are_no_title_abbreviation_in_the_registry() -> None:
    registry = build_registry(find_names("Chief Minister M. K. Selvaraj wrote to Delhi."))
    assert [p.name for p in registry.persons()] == ["M. K. Selvaraj"]


def test_after_an_unnamed_source_a_title_opening_the_paragraph_speaks_again() -> None:
    text = (
        'PARAGUAY\n\nLa ministra Marta Duarte Giménez presentó el plan. "Habrá convoyes '
        'cada día desde el lunes", dijo.\n\nUn portavoz de la Armada aseguró que hay '
        'remolcadores. "Tenemos seis remolcadores disponibles", dijo el portavoz.\n\nLa '
        'ministra cerró la rueda de prensa con una advertencia a los armadores. "El que '
        'especule con los fletes va a tener noticias nuestras", sentenció.'
    )
    assert [q["speaker"] for q in quotes(text)] == [
        "Marta Duarte Giménez",
        None,
        "Marta Duarte Giménez",
    ]
