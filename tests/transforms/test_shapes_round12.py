"""Shapes of the twelfth round: newspaper articles dated by their own dateline, no agency."""

from __future__ import annotations

import pytest

from transforms.document import document_to_dict, parse_document
from transforms.sections import newspaper_dateline


def parse(text: str) -> dict[str, object]:
    return document_to_dict(parse_document(text.encode("utf-8")))


@pytest.mark.parametrize(
    ("headline", "dateline", "day"),
    [
        (
            "Les goélands de Sein désertent la chaussée",
            "Île-de-Sein (Finistère), le 4 juin 2027. – Les ornithologues comptent",
            "2027-06-04",
        ),
        (
            "El Segura llega seco a Guardamar",
            "Guardamar del Segura (Alicante), 9 de mayo de 2027 — Los regantes cuentan",
            "2027-05-09",
        ),
        (
            "Wie der Rhein bei Kaub zur Furt wird",
            "Kaub, 22. August 2027. Lotse Bernd Hartwig zeigt auf die Sandbank",
            "2027-08-22",
        ),
        (
            "Волга у Камышина мелеет",
            "Камышин, 3 июля 2027 года. Речники жалуются на мели у пристани",
            "2027-07-03",
        ),
        (
            "Λειψυδρία στη Λέρο",
            "ΛΕΡΟΣ, 14 Ιουλίου 2027 (ΑΠΕ-ΜΠΕ) – Οι κάτοικοι του νησιού",
            "2027-07-14",
        ),
    ],
)
def test_headline_over_a_dated_first_paragraph(headline: str, dateline: str, day: str) -> None:
    """A newspaper's article: the headline heads its one section and the dateline dates it."""
    doc = parse(f"{headline}\n\n{dateline}, avec la suite du texte.\n\nUn second paragraphe.\n")
    assert doc["title"] == headline
    assert doc["review_date"] == day
    sections = doc["sections"]
    assert isinstance(sections, list)
    assert [(s["heading"], s["country_code"]) for s in sections] == [(headline, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Kaub, 22. August. Lotse Bernd Hartwig zeigt",  # no year: a date in the text
        "Kaub, wo der Rhein 2027 fast austrocknete. Lotse",  # a year, but no date
        "Kaub, 22. August 2027 war ein heißer Tag. Lotse",  # the date goes on as a sentence
    ],
)
def test_no_newspaper_dateline(text: str) -> None:
    assert newspaper_dateline(text) is None


def quote_texts(text: str) -> list[str]:
    found = parse(text)["quotes"]
    assert isinstance(found, list)
    return [q["text"] for q in found]


def test_single_marks_quote_when_the_item_quotes_with_them() -> None:
    """Dutch and British papers quote with ‘ ’; ’ alone stays an apostrophe."""
    text = (
        "Het waterschap trekt 40 miljoen uit voor de dijk. ‘Dit is geen cadeau, dit is "
        "achterstallig onderhoud’, zei dijkgraaf Sietske Hoogland. ’s Avonds kwam de "
        "‘dijkwacht’ bijeen. ‘We wachten al tien jaar’, zegt een boer.\n"
    )
    assert quote_texts(text) == [
        "Dit is geen cadeau, dit is achterstallig onderhoud",
        "We wachten al tien jaar",
    ]


def test_single_marks_inside_double_marks_stay_nested() -> None:
    text = "“The ‘temporary’ homes are still here,” said the mayor, and it’s true.\n"
    assert quote_texts(text) == ["The ‘temporary’ homes are still here"]


def test_a_stray_single_opener_quotes_nothing() -> None:
    text = "The ‘green port plan was shelved, and nobody asked why.\n"
    assert quote_texts(text) == []


def test_a_newspaper_title_in_quotation_marks_is_no_quotation() -> None:
    text = (
        "Jelle Wiersma vertelde het ‘Dagblad van het Noorden’: ‘Mijn huis staat nog steeds "
        "op stutten’.\n"
    )
    assert quote_texts(text) == ["Mijn huis staat nog steeds op stutten"]


def test_portuguese_quoted_in_a_spanish_review_is_portuguese() -> None:
    text = (
        "La bióloga Inês Valadares respondió en el mismo acto, ante los alcaldes del litoral: "
        "«Isso já ouvimos antes». El alcalde de Huelva, en cambio, dijo que el proyecto traerá "
        "empleo a toda la comarca y que la refrigeración se hará con agua de mar desalada.\n"
    )
    found = parse(text)["quotes"]
    assert isinstance(found, list)
    assert [(q["text"], q["language"]) for q in found] == [("Isso já ouvimos antes", "pt")]


@pytest.mark.parametrize(
    "first",
    [
        "Service de presse de l'ambassade à Chișinău",
        "Politique",
        "Kommersant",
    ],
)
def test_a_review_whose_first_item_opens_with_place_and_date_stays_a_review(first: str) -> None:
    """Rubrics or mastheads on lines of their own further down: a review, not an article."""
    text = (
        f"{first}\n\nChișinău, le 12 mars 2027. Les journaux reviennent sur la visite.\n\n"
        "Économie\n\nLe ministre a présenté le budget.\n\nSociété\n\nLes écoles ferment.\n"
    )
    sections = parse(text)["sections"]
    assert isinstance(sections, list)
    assert [s["heading"] for s in sections][-2:] == ["Économie", "Société"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the ‘90s the port employed 3,000 people. “We have been forgotten,” said docker "
            "John Hale. The farmers’ union agreed.",
            ["We have been forgotten"],
        ),
        (
            "Critics call it the ‘radical opposition. “There will be no new elections,” said "
            "Prime Minister Irakli Kobakhidze. It was his party’s line.",
            ["There will be no new elections"],
        ),
        (
            "’s Avonds bleef het onrustig. ‘s Nachts ook. “Dit tolereren we niet,” zei "
            "burgemeester Femke Halsema.",
            ["Dit tolereren we niet"],
        ),
        (
            "La ‘ndrangheta controlla il porto. «Lo Stato deve investire», ha detto il "
            "procuratore Nicola Gratteri, un po’ deluso.",
            ["Lo Stato deve investire"],
        ),
    ],
)
def test_elisions_and_stray_single_marks_quote_nothing(text: str, expected: list[str]) -> None:
    assert quote_texts(text + "\n") == expected


@pytest.mark.parametrize(
    "quoted",
    [
        "“Times are hard,” said",
        "«Правда на нашей стороне», — заявил",
        "„Post wird seltener kommen“, sagte",
    ],
)
def test_a_short_quotation_opening_with_a_papers_noun_is_a_quotation(quoted: str) -> None:
    assert len(quote_texts(f"{quoted} der Minister Karl Brenner.\n")) == 1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("«La situación en São Paulo es grave», dijo el canciller Gerardo Wert.", "es"),
        ("«Hablé con João ayer por la noche», dijo el presidente Javier Milo.", "es"),
        ("“Vou encontrar o presidente de El Salvador amanhã”, disse o ministro Mauro Viana.", "pt"),
    ],
)
def test_names_say_nothing_of_a_quotations_language(text: str, language: str) -> None:
    found = parse(text + "\n")["quotes"]
    assert isinstance(found, list)
    assert [q["language"] for q in found] == [language]


@pytest.mark.parametrize(
    ("dateline", "day"),
    [
        ("Giżycko, 17 czerwca 2027 r. Od lipca most będzie zamknięty", "2027-06-17"),
        ("Кам'янець-Подільський, 18 червня 2027 року. Міська рада ухвалила", "2027-06-18"),
    ],
)
def test_a_dateline_with_the_year_word(dateline: str, day: str) -> None:
    doc = parse(f"Most obrotowy stanie w środku sezonu\n\n{dateline} rozkład.\n")
    assert doc["review_date"] == day


def test_polish_dash_speech_closes_on_its_verb_without_a_comma() -> None:
    text = (
        "Most obrotowy stanie w środku sezonu\n\n"
        "Giżycko, 17 czerwca 2027 r. Od lipca most będzie zamknięty.\n\n"
        "– Nie mogliśmy zaryzykować. Bezpieczeństwo jest ważniejsze niż kalendarz – mówi "
        "burmistrz Giżycka Joanna Wiśniewska.\n\n"
        "– To najgorszy możliwy termin dla nas wszystkich – dodaje armator Tomasz Kowalczyk.\n"
    )
    doc = parse(text)
    quotes = doc["quotes"]
    assert isinstance(quotes, list)
    assert [(q["text"], q["speaker"]) for q in quotes] == [
        (
            "Nie mogliśmy zaryzykować. Bezpieczeństwo jest ważniejsze niż kalendarz",
            "Joanna Wiśniewska",
        ),
        ("To najgorszy możliwy termin dla nas wszystkich", "Tomasz Kowalczyk"),
    ]
    assert doc["counts"]["items"] == 1  # type: ignore[index]


def test_a_five_word_place_in_a_newspaper_dateline() -> None:
    doc = parse(
        "Central solar junto às gravuras divide o concelho\n\n"
        "Vila Nova de Foz Côa, 25 de junho de 2027 — A proposta de uma central solar divide "
        "o concelho.\n"
    )
    assert doc["review_date"] == "2027-06-25"


def test_a_short_russian_quotation_is_not_macedonian() -> None:
    text = (
        "Владельцы кафе на берегу водохранилища жалуются на новые правила. Один из них "
        "сказал: «Министерство задержало платеж на полгода». Власти пока не ответили.\n"
    )
    found = parse(text)["quotes"]
    assert isinstance(found, list)
    assert [q["language"] for q in found] == ["ru"]


def test_a_bulgarian_quotation_in_a_russian_review_stays_bulgarian() -> None:
    text = (
        "Болгарский премьер Иван Петров выступил в парламенте. «Няма да се откажем, докато "
        "не получим гаранции за сигурността на страната», — заявил Петров депутатам.\n"
    )
    found = parse(text)["quotes"]
    assert isinstance(found, list)
    assert [q["language"] for q in found] == ["bg"]


def test_an_opening_clause_with_a_date_is_no_dateline() -> None:
    doc = parse(
        "The vote that changed the country\n\n"
        "Looking back at the referendum, 23 June 2016 — The campaign had been close.\n"
    )
    assert doc["review_date"] is None
