"""A paper's words are the paper's: its name, its noun, its heading (session 38)."""

from __future__ import annotations

import pytest

from tests.transforms.parsed import attributions
from transforms.media import listed_medium, media_in


@pytest.mark.parametrize(
    ("text", "paper"),
    [
        (
            "« Après deux semaines d’attente, un gouvernement sans relief a été annoncé », "
            "soupire L’Humanité.",
            "L'Humanité",
        ),
        ("The Guardian wrote: “The new leader took office on a wave of hope and debt.”", None),
        (
            'O "El País" avaliou a decisão de Dilma como "inteligente e mantendo em pé a '
            'posição brasileira".',
            "El País",
        ),
        ("De BBC meldde: “Het Nederlandse kabinet valt over de missie in Afghanistan”.", "BBC"),
        (
            "El Washington Post dedicó varias notas a la jura. Sobre la vicepresidenta, el "
            "diario escribió: “Su presencia ha generado dudas sobre su influencia real”.",
            "Washington Post",
        ),
        (
            "«Москва расширяет свое влияние на постсоветском пространстве» – Liberation",
            "Liberation",
        ),
    ],
)
def test_a_paper_that_speaks_is_the_quotations_institution(text: str, paper: str | None) -> None:
    expected = paper or media_in(text)[-1][2]
    assert attributions(text) == [(None, expected)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Jean Dupont, le ministre, a déclaré au Figaro : « Nous ne céderons rien sur ce "
            "dossier cette année ».",
            "Jean Dupont",
        ),
        (
            "Seán Mac Donncha runs the hotel. “I had a school from Athlone cancel this "
            "morning,” he told the paper.",
            "Seán Mac Donncha",
        ),
        (
            "«Wir werden jede rechtliche Möglichkeit nutzen», sagte die Landesrätin Andrea "
            "Zauner. In einem Gespräch mit dem ORF fügte sie hinzu: «Auch vor dem "
            "Europäischen Gerichtshof.»",
            "Andrea Zauner",
        ),
        (
            "Ministra Elira Dushku, intervistata dal quotidiano «Panorama», ha parlato di "
            "sviluppo: «Non vogliamo il cemento di Durazzo a Valona, vogliamo alberghi bassi».",
            "Elira Dushku",
        ),
        (
            "«Nie będę udawać, że to dobry dzień dla Bytomia» – powiedziała PAP prezydent "
            "miasta Małgorzata Krawczyk.",
            "Małgorzata Krawczyk",
        ),
        (
            "— Мы не против ограничений, но рыбакам нужна компенсация, — сказал газете "
            "председатель артели Аркадий Жуков.",
            "Аркадий Жуков",
        ),
    ],
)
def test_a_paper_told_or_printed_in_is_no_speaker(text: str, speaker: str) -> None:
    assert set(attributions(text)) == {(speaker, None)}


def test_a_paper_that_asked_is_no_speaker() -> None:
    text = (
        "Ministrul sârb al Energiei, Vesna Jovanović, a spus că Belgradul vrea să reducă "
        "dependența. Întrebată de AGERPRES dacă Serbia va renunța la contracte, aceasta a "
        "răspuns: „Nu renunțăm la nimic peste noapte.”"
    )
    assert attributions(text)[0][1] is None


def test_a_paper_that_reports_someones_words_gives_them_to_no_paper() -> None:
    text = (
        "Gazeta Wyborcza наводить її слова мовою оригіналу: «Kto przyjedzie pociągiem do "
        "Puław, nie zapłaci ani grosza»."
    )
    assert attributions(text)[0][1] is None


def test_words_under_a_papers_heading_are_the_papers() -> None:
    text = (
        "CORRIERE DELLA SERA\n\n"
        "“Migranti, stretta sui permessi per chi arriva”, apre il giornale di via Solferino."
    )
    assert attributions(text) == [(None, "Corriere della Sera")]


def test_a_line_naming_a_paper_alone_heads_the_quotations_under_it() -> None:
    text = (
        "Guerra in Ucraina, cosa scrivono i giornali stranieri questa settimana.\n\n"
        "📝 The New York Times\n\n"
        "“Quasi due settimane dopo l’invasione, l’immagine delle forze russe è crollata.”"
    )
    assert attributions(text) == [(None, "The New York Times")]


def test_someone_named_under_a_papers_heading_keeps_the_words() -> None:
    text = (
        "LA REPUBBLICA\n\n"
        "Il sindaco Giuseppe Sala attacca il governo: “Questo governo ci porta indietro di "
        "dieci anni”."
    )
    assert attributions(text) == [("Giuseppe Sala", None)]


def test_listed_media_are_found_only_where_written_as_names() -> None:
    assert media_in("Sabah saatlerinde yağmur yağdı.") == []  # "in the morning hours"
    assert media_in("Dün Sabah gazetesi yazdı.") == [(4, 9, "Sabah")]
    assert media_in("s’inquiète le monde agricole") == []
    assert media_in("Es ist Zeit für Taten.") == []  # no ZEIT
    assert media_in("Nos últimos meses") == []  # no NOS
    assert media_in("as the Guardian put it") == [(3, 15, "The Guardian")]
    assert media_in("«El país necesita un cambio», dijo.") == []
    assert media_in("сообщает «Коммерсантъ».") == [(10, 21, "Коммерсантъ")]
    assert listed_medium("«Коммерсантъ»") == "Коммерсантъ"
    assert listed_medium("Guardian") == "The Guardian"
    assert listed_medium("Jean Dupont") is None


@pytest.mark.parametrize(
    "text",
    [
        "Pedro Sánchez habló ayer en el Congreso. «El país necesita un cambio», dijo.",
        "Olaf Scholz sprach am Abend in Berlin.\n\n„Die Welt schaut auf uns.“",
        "« C’est inacceptable », s’inquiète le monde agricole, réuni à Rennes.",
        "« La réforme passera », a confié à la RTBF une habitante du quartier.",
        "“We will not give anything on this file,” the paper quoted him as saying.",
        "LE FIGARO\n\nLes manifestants scandaient : « Non à la réforme des retraites ! »",
    ],
)
def test_no_paper_where_the_words_are_someone_elses(text: str) -> None:
    assert all(institution is None for _, institution in attributions(text))


def test_an_agency_after_the_cue_speaks_unless_a_slavic_cue_tells_it() -> None:
    spoken = "«El Gobierno aprobará el plan de vivienda en mayo», informó EFE."
    told = (
        "«Мы не будем повышать тарифы до конца года», — сказал ТАСС министр энергетики "
        "Сергей Волков."
    )
    assert attributions(spoken) == [(None, "EFE")]
    assert attributions(told) == [("Сергей Волков", None)]
