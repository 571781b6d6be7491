"""Attribution shapes of session 16 (held-out 71's failures), on invented text.

A given name that is also a country's, a German time phrase, an interview's bold questions,
the paper told in the dative, a place after "from", titles a later cue repeats, "with"
before a body, and body nouns in Dutch compounds, Galician, Czech and Armenian.
"""

from __future__ import annotations

import pytest

from tests.transforms.parsed import attributions, speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "Malte" is also French for Malta
        (
            "„Der Deich hält noch“, sagte der Geologe Malte Brinkmann von der Universität Kiel.",
            "Malte Brinkmann",
        ),
        # a place after "from", then the full name
        (
            "«Лёд сошёл за два дня», — рассказал рыбак из Лиманского Андрей Сомов.",
            "Андрей Сомов",
        ),
        # a place between the title and a Latvian given name
        ("„Wały trzymają” – mówi burmistrz Jelgavy Gatis Liepa.", "Gatis Liepa"),
        # "ks." (the priest) does not end the sentence
        ("„Dach przecieka od lat” – powiedział proboszcz parafii, ks. Jan Wrona.", "Jan Wrona"),
        # the paper told, in the dative, before the title and the name
        (
            "„Kemp zavřeme do konce léta,“ řekl Deníku majitel kempu u Lipna Tomáš Novotný.",
            "Tomáš Novotný",
        ),
        # guards: a month after a given name is a surname
        ("„We will not delay“, said Theresa May.", "Theresa May"),
    ],
)
def test_a_name_among_other_capitals(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_a_time_phrase_is_nobody() -> None:
    text = (
        "Das Amt will den Damm bis Ende April reparieren. „Wir arbeiten auch nachts“, "
        "teilte der WSA mit."
    )
    assert speakers(text) == [None]


def test_answers_to_bold_questions_are_the_interviewee_s() -> None:
    text = (
        "De Volkskrant sprak met imker Wiebe Dijkstra uit Drachten.\n\n"
        "**Gaan de bijen dood?** „Nee. Maar ze hebben het zwaar deze winter.”\n\n"
        "**Wat moet er gebeuren?** „Minder gif op de akkers, en snel.”"
    )
    assert speakers(text) == ["Wiebe Dijkstra", "Wiebe Dijkstra"]


def test_the_paper_told_before_the_verb_is_no_subject() -> None:
    text = (
        "Hydrolog Karel Beneš varuje, že voda ještě stoupne. Listu řekl:\n\n"
        "„Půda je nasáklá a každý další déšť steče rovnou do řeky.“"
    )
    assert speakers(text) == ["Karel Beneš"]


def test_a_dative_pronoun_between_the_verb_and_the_surname() -> None:
    text = (
        "Petr Kos, rybář z Třeboně, čeká na pomoc. Ministryně Jana Malá slíbila: „Peníze "
        "přijdou do jara.“ „To jsme už slyšeli mockrát,“ odpověděl jí Kos."
    )
    assert speakers(text)[-1] == "Petr Kos"


def test_anonymity_after_a_site_s_name() -> None:
    text = (
        "„Pila jede dál,“ řekl majitel pily Jiří Hora.\n\n"
        "„Nikdo nám nic neřekl,“ řekl serveru Novinky.cz jeden ze zaměstnanců pily, který si "
        "nepřál být jmenován."
    )
    assert speakers(text) == ["Jiří Hora", None]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the mayor's title repeated after the geologist answered him
        (
            "„Pompy nie nadążają” – mówi burmistrz Jelgavy Ivars Ozols. „To nie pompy są "
            "problemem” – odpowiada mu geolog Anna Bērziņa z instytutu. „Niech instytut "
            "przyjedzie i to naprawi” – ucina burmistrz.",
            ["Ivars Ozols", "Anna Bērziņa", "Ivars Ozols"],
        ),
        # guard: a second title of the same person, never written before, stays hers
        (
            'Il presidente della Provincia, Carla Vitti, ha annunciato nuovi fondi. "Nessuno '
            'sarà lasciato solo", ha scritto la governatrice.',
            ["Carla Vitti"],
        ),
        # "with" before a body: the agency interviewed the minister, who speaks on
        (
            "„Nie zamkniemy linii” – zapewnił minister transportu Kęstutis Jonaitis. W "
            "rozmowie z agencją Reutera mówił po angielsku: „This line is older than the state.”",
            ["Kęstutis Jonaitis", "Kęstutis Jonaitis"],
        ),
    ],
)
def test_who_a_later_cue_refers_to(text: str, found: list[str | None]) -> None:
    assert speakers(text) == found


@pytest.mark.parametrize(
    ("text", "institution"),
    [
        ("„De das is hier niet het probleem”, reageerde de Zoogdiervereniging.", "vereniging"),
        (
            "La Consellería de Sanidade advirtió de que “los centros seguirán cerrados”.",
            "Consellería",
        ),
        (
            "„Chodníky zůstanou zavřené až do odvolání,“ uvedla v tiskové zprávě Správa "
            "Krkonošského národního parku.",
            "Správa",
        ),
        # guard: "Z kolei" (in turn) is no "with"
        (
            "Z kolei Regionalna Dyrekcja Ochrony Środowiska przypomniała, że „prace w sezonie "
            "lęgowym są zakazane”.",
            "Dyrekcja",
        ),
    ],
)
def test_bodies_named_by_their_noun(text: str, institution: str) -> None:
    [(speaker, body)] = attributions(text)
    assert speaker is None
    assert institution in str(body)


def test_an_armenian_company_speaks_through_its_noun() -> None:
    text = (
        "«Գետը կմնա առանց ջրի», - ասել է համայնքի ղեկավար Արմեն Մարտիրոսյանը։ «Որոտան "
        "Հիդրո» ընկերությունը մերժում է մեղադրանքները։ «Մենք ունենք բոլոր "
        "թույլտվությունները», - հայտարարել է ընկերությունը։"
    )
    found = attributions(text)
    assert found[0][0] == "Արմեն Մարտիրոսյան"
    assert found[-1][0] is None
    assert found[-1][1] is not None
