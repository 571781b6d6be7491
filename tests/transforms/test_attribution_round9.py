"""Attribution shapes of session 9 (held-out 27's and 28's failures), on invented text.

A capitalised source noun inside a minister's portfolio, a title's complement set off by a
comma before its holder's name, an acronym glued before a name, and reporting verbs of
raised voices, retorts and a Dutch separable verb around its pronoun.
"""

from __future__ import annotations

import pytest

from tests.transforms.parsed import quotes, speakers
from transforms.persons import find_names


def test_a_source_noun_in_a_ministers_portfolio_opens_no_unnamed_source() -> None:
    text = (
        "Su ve Doğal Kaynaklar Bakanı Levent Aksoy, Rize'deki açılışta “Barajın ilk türbini "
        "bu akşam çalışmaya başladı” dedi."
    )
    assert speakers(text) == ["Levent Aksoy"]


def test_a_lowercase_source_noun_is_still_an_unnamed_source() -> None:
    text = "Bakanlık kaynakları, “Görüşmeler gelecek hafta yeniden başlayacak” dedi."
    assert speakers(text) == [None]


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        (
            "”Sjön är dricksvatten för hela regionen”, säger kommunstyrelsens ordförande i "
            "Västerås, Lena Håkansson.",
            "Lena Håkansson",
            "kommunstyrelsens ordförande i Västerås",
        ),
        (
            '"Senza acqua la stagione è finita", ha detto il presidente di Confcommercio '
            "Isole Egadi, Paolo Ferrante Lo Bue.",
            "Paolo Ferrante Lo Bue",
            "presidente di Confcommercio Isole Egadi",
        ),
    ],
)
def test_the_name_after_a_titles_complement_and_a_comma_is_the_speaker(
    text: str, speaker: str, role: str
) -> None:
    (found,) = quotes(text)
    assert (found["speaker"], found["speaker_role"]) == (speaker, role)


def test_an_acronym_before_a_given_name_is_the_bodys_not_the_persons() -> None:
    text = "„Szlak będzie zamknięty do końca maja” – powiedział dyrektor KPN Marek Wójcik-Nowak."
    assert speakers(text) == ["Marek Wójcik-Nowak"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "«Que vengan a ver los campos antes de firmar», gritó ante la prensa Rosa Villalba.",
            "Rosa Villalba",
        ),
        ("«A ponte não resolve nada», rebateu Carvalho Lemos no mesmo dia.", "Carvalho Lemos"),
        (
            'Minister Pieter Vandamme sprak in de Kamer. "We kopen zekerheid", voegde hij '
            "eraan toe.",
            "Pieter Vandamme",
        ),
    ],
)
def test_more_reporting_verbs(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_spanish_perfect_tense_cues() -> None:
    text = (
        'La portavoz de la plataforma, Carmen Robles Ibáñez, ha defendido que "la laguna '
        'no aguanta otro verano así". "Nadie nos escucha", ha lamentado la portavoz.'
    )
    assert [(q["speaker"], q["cue"]) for q in quotes(text)] == [
        ("Carmen Robles Ibáñez", "ha defendido"),
        ("Carmen Robles Ibáñez", "ha lamentado"),
    ]


def test_a_quotation_alone_after_a_paragraph_reporting_its_speaker() -> None:
    text = (
        "Scordato Amato ha ricordato che il depuratore doveva aprire a ottobre.\n\n"
        '"I cantieri sono fermi da mesi. Io non posso aspettare ancora."'
    )
    assert speakers(text) == ["Scordato Amato"]


def test_a_quotation_alone_after_a_paragraph_without_speech_keeps_no_speaker() -> None:
    text = (
        "Scordato Amato è arrivato in porto alle nove con due assessori.\n\n"
        '"I cantieri sono fermi da mesi. Io non posso aspettare ancora."'
    )
    assert speakers(text) == [None]


@pytest.mark.parametrize(
    ("text", "institution"),
    [
        (
            "Das Ministerium für Wirtschaft, Arbeit und Tourismus teilte am Abend mit: "
            "„Die Förderung wird bis Juni verlängert.“",
            "Ministerium für Wirtschaft, Arbeit und Tourismus",
        ),
        (
            "El Ministerio de Agricultura, Pesca y Alimentación ha asegurado que «las ayudas "
            "llegarán antes del verano».",
            "Ministerio de Agricultura, Pesca y Alimentación",
        ),
        (
            "Por su parte, el Ministerio para la Igualdad y el Reto Social ha indicado que «el "
            "plan se aprobará en mayo».",
            "Ministerio para la Igualdad y el Reto Social",
        ),
        (
            "La Capitaneria di porto di Trapani ha fatto sapere che «i traghetti partiranno "
            "regolarmente da domani».",
            "Capitaneria di porto di Trapani",
        ),
        (
            "Agenția Națională de Administrare a Fondurilor Europene a transmis că „plățile "
            "vor fi reluate în luna mai”.",
            "Agenția Națională de Administrare a Fondurilor Europene",
        ),
    ],
)
def test_a_bodys_long_name_speaks_as_the_body(text: str, institution: str) -> None:
    assert [(q["speaker"], q["institution"]) for q in quotes(text)] == [(None, institution)]


def test_a_second_verb_after_a_bodys_quotation_keeps_the_first_cue() -> None:
    text = (
        "El Ministerio de Sanidad ha asegurado en un comunicado que «la vacuna llegará en "
        "mayo» y ha recordado que la campaña empieza en otoño."
    )
    assert [(q["institution"], q["cue"]) for q in quotes(text)] == [
        ("Ministerio de Sanidad", "ha asegurado")
    ]


def test_a_ukrainian_surname_in_ko_declines_to_the_full_name() -> None:
    text = (
        "«Вода вже є в кожному будинку», – заявив міський голова Херсона Ігор Бойченко. "
        "За словами Бойченка, «до зими ремонт завершать»."
    )
    assert speakers(text) == ["Ігор Бойченко", "Ігор Бойченко"]


def test_a_bodys_name_ending_on_its_noun_is_no_person() -> None:
    text = (
        'The Armenian Customs Service confirmed the plan: "The post will work around the '
        'clock from May," it said in a statement.'
    )
    assert [(q["speaker"], q["institution"]) for q in quotes(text)] == [
        (None, "Armenian Customs Service")
    ]


def test_a_persons_surname_that_is_also_a_bodys_noun_stays_a_person() -> None:
    text = (
        'O presidente da câmara, Duarte Costa Câmara, afirmou: "A obra começa em maio." '
        '"Não haverá atrasos nem desculpas", sublinhou Costa Câmara.'
    )
    assert speakers(text) == ["Duarte Costa Câmara", "Duarte Costa Câmara"]


def test_the_reporting_sentence_not_the_paragraphs_first_name_gives_the_speaker() -> None:
    text = (
        "Anna Lind met Peter Berg in Stockholm on Monday. Berg said that the talks had "
        'failed.\n\n"We have run out of time and patience."'
    )
    assert speakers(text) == ["Peter Berg"]


def test_narration_naming_someone_else_stops_the_resumed_speech() -> None:
    text = (
        '"We will win this election," said Karin Sjöberg.\n\nShe faces the Social Democrat '
        'leader Peter Berg, who disagrees strongly.\n\n"This plan will never work."'
    )
    assert speakers(text)[1] is None


def test_a_list_of_people_after_the_cue_gives_the_first() -> None:
    text = (
        '"We are ready for the talks," said Prime Minister Anna Lind, Peter Berg and Olof '
        "Palme in a joint statement."
    )
    assert speakers(text) == ["Anna Lind"]


@pytest.mark.parametrize(
    ("text", "institution"),
    [
        (
            'The Ministry of Health, Unicef and WHO said in a joint statement that "the '
            'vaccination campaign will start in May".',
            "Ministry of Health",
        ),
        (
            "Il Ministero della Salute e la Regione Lazio hanno dichiarato che «la situazione "
            "è sotto controllo».",
            "Ministero della Salute",
        ),
    ],
)
def test_two_bodies_are_not_one_name(text: str, institution: str) -> None:
    assert [(q["speaker"], q["institution"]) for q in quotes(text)] == [(None, institution)]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("«I depositi sono pieni al 94 per cento», ha reso noto Terna in un comunicato.", "Terna"),
        ('Em nota, o ICMBio afirmou que "o acesso à praia será limitado o ano inteiro".', "ICMBio"),
        (
            "« Le chenal sera dragué dès lundi », a indiqué Waterschap, le service des eaux, "
            "dans un communiqué.",
            "Waterschap",
        ),
    ],
)
def test_a_lone_unknown_word_speaking_in_a_statement_is_a_body(text: str, body: str) -> None:
    assert [(q["speaker"], q["institution"]) for q in quotes(text)] == [(None, body)]


def test_a_surname_named_in_full_before_stays_a_person_in_a_statement() -> None:
    text = (
        "Le président Ilham Kerimov a reçu la délégation. « Nous ne céderons pas à la "
        "pression », a déclaré Kerimov dans un communiqué."
    )
    assert [(q["speaker"], q["institution"]) for q in quotes(text)] == [("Ilham Kerimov", None)]


def test_anonymity_after_the_cues_noun_phrase_keeps_the_source_unnamed() -> None:
    text = (
        'O autarca Rui Lopes Faria afirmou que "as obras começam em maio".\n\n'
        '"Quem paga a taxa vai querer ir para outra praia", disse ao jornal o dono de um '
        "restaurante na vila, que pediu para não ser identificado."
    )
    assert [q["speaker"] for q in quotes(text)] == ["Rui Lopes Faria", None]


def test_a_title_after_a_bodys_noun_refers_to_its_holder() -> None:
    text = (
        "Energy Cabinet Secretary Grace Wanjiru Mwangi opened the plant. Mwangi rejected the "
        'criticism. "Every new plant was called a white elephant before it ran," the cabinet '
        "secretary said."
    )
    assert [(q["speaker"], q["institution"]) for q in quotes(text)] == [
        ("Grace Wanjiru Mwangi", None)
    ]


@pytest.mark.parametrize("listener", ["Петрову", "Ему"])
def test_a_dative_before_a_reply_verb_is_the_listener(listener: str) -> None:
    text = (
        "«Мост откроют в мае», — сказал министр Олег Петров. "
        f"{listener} возразила депутат думы Анна Соколова: «Мост не откроют и в июне»."
    )
    assert speakers(text) == ["Олег Петров", "Анна Соколова"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Pashinyan said in a statement on Monday: "We are ready to sign the peace treaty '
            'this year."',
            "Pashinyan",
        ),
        (
            '"We will not accept any preconditions," Aliyev said, calling for the release of '
            "the detainees.",
            "Aliyev",
        ),
        (
            '"The treaty text is agreed," Foreign Minister Mirzoyan said in a statement on Monday.',
            "Mirzoyan",
        ),
    ],
)
def test_a_surname_quoted_in_a_statement_stays_a_person(text: str, speaker: str) -> None:
    assert [(q["speaker"], q["institution"]) for q in quotes(text)] == [(speaker, None)]


def test_anonymity_after_according_to_belongs_to_someone_else() -> None:
    text = (
        '"We have not received any request," said the Foreign Ministry, according to a '
        "diplomat who spoke on condition of anonymity."
    )
    assert [(q["speaker"], q["institution"]) for q in quotes(text)] == [(None, "Foreign Ministry")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "„Woda przeleje się na drugą stronę” – powiedziała PAP burmistrz Helu Anna Zawada.",
            "Anna Zawada",
        ),
        (
            "Starosta Lipna Pavel Dvořák upozornil na sucho. „Přívoz už nejezdí,“ dodal.",
            "Pavel Dvořák",
        ),
        (
            'Gedeputeerde Ruud Jansen noemde het nieuws goed. "De dijk komt er," zei hij.',
            "Ruud Jansen",
        ),
        (
            "Primarul orașului Sinaia, Dan Ilie Popa, se declară îngrijorat. „Turiștii nu vor "
            "mai veni la noi”, a spus primarul.",
            "Dan Ilie Popa",
        ),
    ],
)
def test_a_titles_place_before_a_given_name_is_no_part_of_the_name(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Лидер движения Хуссейн Бахш Джамали заявил: «Мы не уйдём с берега».",
            "Хуссейн Бахш Джамали",
        ),
        (
            "« Nous ne céderons rien », a martelé le ministre, général Abdirahman Yusuf al-Qadi.",
            "Abdirahman Yusuf al-Qadi",
        ),
    ],
)
def test_a_name_whose_first_word_is_an_unlisted_given_name_stays_whole(
    text: str, speaker: str
) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "„Letos jsme přišli o nejlepší týdny. Kdo má dluhy, ten zimu nepřežije,“ řekl ČTK "
        "majitel jedné z půjčoven lodí ve Vyšším Brodě, který nechtěl být jmenován.",
        "Een bewoner van de Dorpsstraat, die anoniem wilde blijven, zei tegen het ANP dat hij "
        '"elke keer als het regent, de zandzakken klaarzet".',
        "Bodrum'da bir otel işletmecisi, adının yazılmamasını isteyerek, “Misafirlerimize "
        "duşta tuzlu su akabileceğini söylemek zorunda kaldık” diye konuştu.",
    ],
)
def test_a_speaker_who_asked_not_to_be_named_stays_unnamed(text: str) -> None:
    assert [q["speaker"] for q in quotes(text)] == [None]


def test_czech_councillor_and_polish_directorate() -> None:
    text = (
        "Radní Jihočeského kraje pro cestovní ruch Jitka Horáková označila situaci za vážnou. "
        "„Kraj připraví pro podnikatele mimořádný program podpory,“ uvedla."
    )
    assert speakers(text) == ["Jitka Horáková"]
    text = (
        "Regionalna Dyrekcja Ochrony Środowiska przypomniała w komunikacie, że „refulacja w "
        "sezonie lęgowym jest niedopuszczalna”."
    )
    assert [(q["speaker"], q["institution"]) for q in quotes(text)] == [
        (None, "Regionalna Dyrekcja Ochrony Środowiska")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Governor Abdullahi Umar Ganduje said it.",
        "President Bola Ahmed Tinubu said it.",
        "Министр иностранных дел Никола Петров Иванов заявил.",
        "Заместитель министра обороны Анна Ли Цивилёва сказала.",
    ],
)
def test_three_word_names_after_a_title_stay_whole(text: str) -> None:
    names = find_names(text)
    assert len(names) == 1
    assert len(names[0].text.split()) == 3


def test_a_person_after_a_title_before_a_comma_list_stays() -> None:
    text = "minister Bogna Nowak, Anna Kowalska i Piotr Zieliński powiedzieli."
    expected = ["Bogna Nowak", "Anna Kowalska", "Piotr Zieliński"]
    assert [n.text for n in find_names(text)] == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We will not back down,” said Prime Minister Fico, Peter Pellegrini's ally.", "Fico"),
        (
            "“The river is rising,” said the mayor of the town John Smith, whose neighbour "
            "asked not to be named.",
            "John Smith",
        ),
    ],
)
def test_named_speakers_next_to_other_people_stay_named(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]
