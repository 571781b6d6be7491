"""Surname-only speakers, date lines near the top, country headings with text right under."""

from __future__ import annotations

import pytest

from transforms.document import document_to_dict, parse_document


def parse(text: str) -> dict[str, object]:
    return document_to_dict(parse_document((text + "\n").encode("utf-8")))


def speakers(text: str) -> list[object]:
    quotes = parse(text)["quotes"]
    assert isinstance(quotes, list)
    return [q["speaker"] for q in quotes]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Türkiye\n\nDışişleri Bakanı Mevlüt Çavuşoğlu Bakü'ye geldi.\n\n(...)\n\n"
            "“Azerbaycan ile her zaman kardeş olarak kalacağız” diyen Çavuşoğlu, ziyaretini"
            " tamamladı.",
            "Mevlüt Çavuşoğlu",
        ),
        (
            "Russland\n\nSergej Lawrow reiste nach Baku.\n\nArmenien\n\n"
            "„Wir sind bereit zu allen Gesprächen“, sagte Lawrow am Dienstag.",
            "Sergej Lawrow",
        ),
        (
            "Azerbaijan\n\nForeign Minister Jeyhun Bayramov met his counterpart.\n\n(...)\n\n"
            '"We are ready for a lasting peace," said Bayramov in Baku.',
            "Jeyhun Bayramov",
        ),
        (
            "“Azerbaycan ile her zaman kardeş olarak kalacağız” diyen Çavuşoğlu, ziyaretini"
            " tamamladı.",
            "Çavuşoğlu",
        ),
        ("„Wir sind bereit zu allen Gesprächen“, sagte Lawrow am Dienstag.", "Lawrow"),
        ('"We are ready for a lasting peace," said Bayramov in Baku.', "Bayramov"),
    ],
)
def test_surname_speaker_resolves_in_document_or_stays(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Press review\nTuesday, 9 March 2021\n\nAzerbaijan\n\nThe talks went on.",
        "Revue de presse\n\nmardi 9 mars 2021\n\nAzerbaïdjan\n\nLes discussions continuent.",
        "Tuesday, 9 March 2021\n\nAzerbaijan\n\nThe talks went on.",
        "Talks in Baku\n\nBAKU, March 9, 2021 (Reuters) - Azerbaijan said talks went well.",
        "BAKU, March 9, 2021 (Reuters) - Azerbaijan said on Tuesday that talks went well.",
    ],
)
def test_review_date_from_date_line_or_dateline(text: str) -> None:
    assert parse(text)["review_date"] == "2021-03-09"


@pytest.mark.parametrize(
    "heading", ["Armenia", "Armenia:", "**Armenia**", "Հայաստան", "Армения:", "Armenien"]
)
def test_country_line_inside_a_block_is_a_heading(heading: str) -> None:
    doc = parse(f"Azerbaijan\nThe minister spoke.\n{heading}\nThe prime minister spoke.")
    sections = doc["sections"]
    assert isinstance(sections, list)
    assert [s["country_code"] for s in sections] == ["AZ", "AM"]
    assert [[p["text"] for i in s["items"] for p in i["paragraphs"]] for s in sections] == [
        ["The minister spoke."],
        ["The prime minister spoke."],
    ]


def test_country_word_wrapped_mid_sentence_is_not_a_heading() -> None:
    doc = parse("Azerbaijan\nThe minister met officials from\nArmenia\nin Brussels on Monday.")
    sections = doc["sections"]
    assert isinstance(sections, list)
    assert [s["country_code"] for s in sections] == ["AZ"]


def test_a_news_agency_next_to_the_cue_is_never_the_speaker() -> None:
    from transforms.document import document_to_dict, parse_document

    text = (
        "Gas talks\n\n"
        "BAKU, March 12, 2021 (Reuters) - Exports will grow this year.\n\n"
        "“Without new compressors there is no doubt we will fall short,” told Reuters.\n"
    )
    quotes = document_to_dict(parse_document(text.encode(), "wire.txt"))["quotes"]
    assert [q["speaker"] for q in quotes] == [None]
