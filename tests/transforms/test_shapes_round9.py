"""Shapes of session 9 (held-out 28's failures), on invented text: three wire datelines, and
dash speech that goes on after a paragraph of narration."""

from __future__ import annotations

from datetime import date

import pytest

from tests.transforms.parsed import quotes
from tests.transforms.test_sections import outline_of
from tests.transforms.test_structure_shapes import headings, paragraphs
from transforms.dates import review_date
from transforms.sections import match_dateline


@pytest.mark.parametrize(
    ("line", "dateline"),
    [
        # Europa Press: the dateline alone on its line, a day and no month.
        ("ALCOY (ALICANTE), 9 (EUROPA PRESS)", "ALCOY (ALICANTE), 9 (EUROPA PRESS)"),
        # ANSA: the agency first, then the place, its province and the date.
        ("(ANSA) - SIENA (SI), 4 APR 2027 - La giunta", "(ANSA) - SIENA (SI), 4 APR 2027 -"),
        ("(ANSA) - ROMA, 16.03.2027 - Il governo", "(ANSA) - ROMA, 16.03.2027 -"),
        ("(EFE) - CÁDIZ, 9 de mayo de 2027 - El", "(EFE) - CÁDIZ, 9 de mayo de 2027 -"),
        ("(ANSA) - BARI, 4 APR 2027, 10:15 - La", "(ANSA) - BARI, 4 APR 2027, 10:15 -"),
        # TT: a capitals place, no comma, a full date, the agency and the text.
        ("VÄSTERÅS 2 maj 2027 (TT) Kommunen säger", "VÄSTERÅS 2 maj 2027 (TT) "),
        ("GÖTEBORG 2. maj 2027 (TT) Kommunen", "GÖTEBORG 2. maj 2027 (TT) "),
    ],
)
def test_more_wire_datelines(line: str, dateline: str) -> None:
    assert match_dateline(line) == dateline


@pytest.mark.parametrize(
    "line",
    [
        "UNION EUROPÉENNE (UE)",  # a capitals heading with an acronym
        "ORGANISATION MONDIALE (OMS)",
        "ARMENIA (29.03)",  # a dated heading, no agency
        "In 2027 (see above) The rule",  # a sentence: no capitals place
    ],
)
def test_capitals_lines_with_brackets_are_no_datelines(line: str) -> None:
    assert match_dateline(line) is None


def test_a_dateline_alone_on_its_line_joins_the_first_paragraph_and_heads_the_article() -> None:
    text = (
        "La Generalitat cierra el embalse de Guadalest al baño tras detectar algas tóxicas\n\n"
        "GUADALEST (ALICANTE), 9 (EUROPA PRESS)\n"
        "La Conselleria ha cerrado este martes el baño en el embalse.\n\n"
        "El alcalde ha pedido calma a los vecinos."
    )
    outline = outline_of(text)
    title = "La Generalitat cierra el embalse de Guadalest al baño tras detectar algas tóxicas"
    assert headings(outline) == [(title, None, 1)]
    assert paragraphs(outline)[0].startswith("GUADALEST (ALICANTE), 9 (EUROPA PRESS) La ")
    assert len(paragraphs(outline)) == 2


def test_agency_first_dateline_dates_the_article() -> None:
    text = (
        "Siena, chiuso il ponte sulla Tressa\n\n"
        "(ANSA) - SIENA (SI), 4 APR 2027 - Il ponte resta chiuso fino a maggio.\n\n"
        "Il Comune ha pubblicato un avviso."
    )
    outline = outline_of(text)
    assert headings(outline) == [("Siena, chiuso il ponte sulla Tressa", None, 1)]
    assert outline.dateline == "(ANSA) - SIENA (SI), 4 APR 2027 -"
    assert review_date([outline.dateline or ""], "") == date(2027, 4, 4)


TT_ARTICLE = (
    "Färjelinjen till Öland läggs ned\n\n"
    "KALMAR 3 maj 2027 (TT) Rederiet lägger ned linjen i höst.\n\n"
    "– Vi har förlorat pengar i tre år, säger rederiets vd Eva Lundmark till TT.\n\n"
    "Hon beklagar beslutet men ser ingen annan väg.\n\n"
    "– Vi har letat efter en köpare sedan i fjol. Ingen ville ta över.\n\n"
    "Kommunen har inte kommenterat."
)


def test_dash_speech_after_narration_stays_in_the_item_and_is_quoted() -> None:
    outline = outline_of(TT_ARTICLE)
    assert headings(outline) == [("Färjelinjen till Öland läggs ned", None, 1)]
    found = [(q["speaker"], str(q["text"])[:20]) for q in quotes(TT_ARTICLE)]
    assert found == [
        ("Eva Lundmark", "Vi har förlorat peng"),
        ("Eva Lundmark", "Vi har letat efter e"),
    ]


def test_a_pronoun_of_the_other_gender_keeps_the_quotation_unattributed() -> None:
    text = TT_ARTICLE.replace("Hon beklagar", "Han beklagar")
    assert [q["speaker"] for q in quotes(text)] == ["Eva Lundmark", None]


def test_dash_bullets_with_no_speech_before_them_are_still_items() -> None:
    text = (
        "Sverige\n\n– Regeringen sänker skatten på diesel.\n\n"
        "– Riksbanken lämnar räntan oförändrad.\n\n– Kommunerna varslar personal."
    )
    assert headings(outline_of(text)) == [("Sverige", "SE", 3)]


def test_newspapers_named_partly_in_lowercase_head_their_items_when_dated() -> None:
    text = (
        "KROATIEN\n\nVečernji list – 3. Mai 2027:\nDie Fähre nach Hvar fährt seltener.\n\n"
        "Novi list, 2. Mai 2027\nDer Hafen von Rijeka wächst.\n\n"
        "RUSSLAND\n\nНовая газета – 2 мая 2027:\nДума приняла закон."
    )
    outline = outline_of(text)
    assert headings(outline) == [("KROATIEN", "HR", 2), ("RUSSLAND", "RU", 1)]
    sources = [item.sources for s in outline.sections for item in s.items]
    assert sources == [("Večernji list",), ("Novi list",), ("Новая газета",)]
    assert paragraphs(outline)[0] == "Die Fähre nach Hvar fährt seltener."


def test_a_lowercase_phrase_before_a_dash_is_no_source_without_a_date() -> None:
    text = "Politik\n\nDer neue Minister – ein Jurist aus Split – trat sein Amt an."
    outline = outline_of(text)
    assert [item.sources for s in outline.sections for item in s.items] == [()]
    assert paragraphs(outline) == ["Der neue Minister – ein Jurist aus Split – trat sein Amt an."]


def test_dash_bullets_after_dash_speech_in_a_bulleted_item_stay_items() -> None:
    text = (
        "## Sweden\n\n– The government presented its budget on Monday. The finance minister "
        "said:\n\n– This is a responsible budget.\n\nThe opposition criticised the plan.\n\n"
        "– The police arrested three men in Malmö on Sunday.\n\n"
        "– Storms hit the north coast on Tuesday."
    )
    assert headings(outline_of(text)) == [("Sweden", "SE", 3)]
    assert [str(q["text"])[:20] for q in quotes(text)] == ["This is a responsibl"]


def test_a_countrys_dated_capitals_heading_is_no_dateline() -> None:
    text = (
        "Press review\n\nARMENIA, 12 MARCH (TUESDAY)\nThe government approved the plan.\n\n"
        "AZERBAIJAN, 12 MARCH (TUESDAY)\nThe parliament met."
    )
    outline = outline_of(text)
    assert outline.dateline is None
    assert [s.heading for s in outline.sections] == [
        "ARMENIA, 12 MARCH (TUESDAY)",
        "AZERBAIJAN, 12 MARCH (TUESDAY)",
    ]


def test_a_sentence_ending_on_a_date_heads_no_item() -> None:
    text = (
        "## Armenia\n\nThe parliament debated the new budget on Monday.\n\n"
        "Voting ended on Sunday, 12 March 2024.\n\nThe opposition boycotted the vote."
    )
    outline = outline_of(text)
    assert [item.sources for s in outline.sections for item in s.items] == [()]
    assert len(paragraphs(outline)) == 3


def test_an_agency_first_dateline_needs_a_day_and_month() -> None:
    assert match_dateline("(Reuters) - NATO, which turned 75 in 2024 - said on Monday") == (
        "(Reuters) -"
    )


@pytest.mark.parametrize(
    ("heading", "code"),
    [("Les Pays-Bas", "NL"), ("La Turquie", "TR"), ("Die Schweiz", "CH"), ("The Gambia", "GM")],
)
def test_a_country_heading_keeps_its_article(heading: str, code: str) -> None:
    text = f"{heading}\n\nLe gouvernement a présenté son budget lundi.\n\nAutre\n\nTexte."
    assert headings(outline_of(text))[0] == (heading, code, 1)


def test_a_title_line_right_above_the_first_country_heading() -> None:
    text = (
        "Revue de la presse alpine du 3 mars 2027\nLa Suisse\n\n"
        "Le Conseil fédéral a présenté son plan.\n\nAutriche\n\nLe gouvernement a démissionné."
    )
    outline = outline_of(text)
    assert outline.title == "Revue de la presse alpine du 3 mars 2027"
    assert headings(outline) == [("La Suisse", "CH", 1), ("Autriche", "AT", 1)]


def test_an_english_newspaper_named_like_a_country_is_still_a_source() -> None:
    text = (
        "Sri Lanka\n\nThe Island - The finance minister said on Monday that the budget would "
        "be presented next week in parliament.\n\nDaily Mirror - The opposition walked out of "
        "parliament on Tuesday after the speaker refused a debate."
    )
    outline = outline_of(text)
    assert [item.sources for s in outline.sections for item in s.items] == [
        ("The Island",),
        ("Daily Mirror",),
    ]


def test_a_title_over_one_country_then_rubrics_keeps_the_country_in_the_title() -> None:
    text = (
        "Revue de presse du 14 septembre 2027\nArménie\n\nPolitique\n\n"
        "Le gouvernement a présenté son plan.\n\nÉconomie\n\nLa banque centrale a relevé son taux."
    )
    outline = outline_of(text)
    assert [s.heading for s in outline.sections] == ["Politique", "Économie"]


def test_a_mixed_case_place_with_its_state_in_brackets_opens_a_dateline() -> None:
    text = (
        "Seca no São Francisco: irrigantes temem racionamento\n\n"
        "Juazeiro (BA), 3 de outubro de 2027 (Agência Brasil) – O nível do lago caiu.\n\n"
        "Os produtores pedem ajuda."
    )
    outline = outline_of(text)
    assert outline.dateline == "Juazeiro (BA), 3 de outubro de 2027 (Agência Brasil) –"
    assert headings(outline) == [("Seca no São Francisco: irrigantes temem racionamento", None, 1)]
    assert review_date([outline.dateline or ""], "") == date(2027, 10, 3)
