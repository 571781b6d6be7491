"""parse_document end to end over pure transforms: the sample, encodings, refusals, JSON form."""

from __future__ import annotations

import codecs
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from transforms.document import MAX_INPUT_BYTES, document_to_dict, parse_document
from transforms.errors import RejectedInput
from transforms.records import ParsedDocument

SAMPLE = Path(__file__).resolve().parents[2] / "seeds" / "000_0f0d6b5f540838f0.txt"
SMALL = """Revue de presse du 27 mars 2017

## Géorgie

Le ministre a parlé de la «révolution des roses» hier. «Nous ne céderons jamais sur ce \
point essentiel», a indiqué le ministère des Affaires étrangères.

Le président **Salomé Zourabichvili** a déclaré : «La Géorgie restera fidèle à son choix \
européen et atlantique.»

«Nous continuerons ce travail ensemble avec nos partenaires», a-t-elle ajouté.
"""


@pytest.fixture(scope="module")
def sample_raw() -> bytes:
    return SAMPLE.read_bytes()


@pytest.fixture(scope="module")
def sample(sample_raw: bytes) -> ParsedDocument:
    return parse_document(sample_raw, SAMPLE.name)


def comparable(document: ParsedDocument) -> dict[str, object]:
    """Return the JSON form without the encoding, to compare parses of re-encoded bytes."""
    data = document_to_dict(document)
    data.pop("encoding")
    return data


def test_sample_counts(sample: ParsedDocument) -> None:
    (section,) = sample.sections
    assert (section.ordinal, section.heading, section.country_code) == (1, "Azerbaïdjan", "AZ")
    assert len(section.items) == 5
    paragraphs = [p for item in section.items for p in item.paragraphs]
    assert len(paragraphs) == 18
    assert sum(len(item.quotes) for item in section.items) == 7
    assert sample.language.code == "fr"
    assert sample.encoding == "utf-8"
    assert sample.review_date is None
    assert sample.title is None


def test_sample_ordinals_run_through_the_document(sample: ParsedDocument) -> None:
    items = sample.sections[0].items
    assert [i.ordinal for i in items] == [1, 2, 3, 4, 5]
    assert [p.ordinal for i in items for p in i.paragraphs] == list(range(1, 19))
    assert [q.ordinal for i in items for q in i.quotes] == list(range(1, 8))


def test_sample_repairs_and_separators(sample: ParsedDocument) -> None:
    paragraphs = [p for item in sample.sections[0].items for p in item.paragraphs]
    repaired = [p.text for p in paragraphs if p.repaired]
    assert len(repaired) == 4
    assert any("elle a déjà de grandes traditions." in text for text in repaired)
    assert all(p.text not in {"(...)", "( )"} for p in paragraphs)
    assert any("le Gal Hasanov a défini" in p.text for p in paragraphs)
    assert all("<sup>" not in p.text and "**" not in p.text for p in paragraphs)


def test_sample_speakers_and_cues(sample: ParsedDocument) -> None:
    quotes = [q for item in sample.sections[0].items for q in item.quotes]
    assert [(q.speaker, q.cue, q.n_paragraphs) for q in quotes] == [
        ("Ilham Aliyev", "a déclaré", 1),
        ("Ilham Aliyev", "a-t-il ajouté", 2),
        ("Hikmet Hajiyev", "a déclaré", 1),
        ("Hikmet Hajiyev", "a ajouté", 4),
        ("Hikmet Hajiyev", "a indiqué", 1),
        ("Hikmet Hajiyev", "a-t-il ajouté", 1),
        ("Zakir Hasanov", "a déclaré", 1),
    ]
    assert quotes[0].speaker_role == "président"
    assert quotes[6].speaker_role == "ministre de la Défense, colonel-général"
    assert quotes[3].speaker_as_written == "Hajiyev"
    assert quotes[1].speaker_as_written is None  # anaphoric: resolved from the previous quote
    assert "[sur nos lignes]" in quotes[5].text
    assert (quotes[1].open_mark, quotes[1].close_mark) == ("«", '"')
    assert all(q.closed for q in quotes)


def test_sample_persons(sample: ParsedDocument) -> None:
    persons = {p.name: p.variants for p in sample.persons}
    assert list(persons) == [
        "Ilham Aliyev",
        "Vladimir Poutine",
        "Hikmet Hajiyev",
        "Dan Bilzerian",
        "Zakir Hasanov",
        "Zafer Ocak",
    ]
    assert persons["Ilham Aliyev"] == ("Ilham Aliev",)
    assert persons["Hikmet Hajiyev"] == ("Hajiyev",)
    assert "Gal Hasanov" in persons["Zakir Hasanov"]
    assert not any(name.startswith("Il a rappelé") for name in persons)


def test_parse_is_deterministic(sample_raw: bytes, sample: ParsedDocument) -> None:
    again = parse_document(sample_raw, SAMPLE.name)
    assert again == sample
    assert document_to_dict(again, SAMPLE.name) == document_to_dict(sample, SAMPLE.name)


@pytest.mark.parametrize(
    "encode",
    [
        lambda t: t.replace("\n", "\r\n").encode("utf-8"),
        lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
        lambda t: t.encode("utf-16"),
        lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
        lambda t: t.encode("cp1252"),
        lambda t: t.replace(" »", "\u202f»").replace("« ", "«\u00a0").encode("utf-8"),
    ],
    ids=["crlf", "utf8-bom", "utf16-le-bom", "utf16-be-bom", "cp1252", "nbsp"],
)
def test_same_records_whatever_the_encoding(
    encode: Callable[[str], bytes], sample_raw: bytes, sample: ParsedDocument
) -> None:
    raw = encode(sample_raw.decode("utf-8"))
    assert comparable(parse_document(raw)) == comparable(sample)


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "empty"),
        (b"  \r\n\t ", "empty"),
        (codecs.BOM_UTF8, "no text"),
        (codecs.BOM_UTF8 + b"  \n", "no text"),
        ("  \n".encode("utf-16"), "no text"),
        (b"12 34 -- 56 (...)", "no text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3", "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
        (b"texte\x00\x01\x02binaire\x00", "NUL"),
    ],
)
def test_non_reviews_are_rejected_with_a_reason(raw: bytes, reason: str) -> None:
    with pytest.raises(RejectedInput, match=reason):
        parse_document(raw, "inbox/file.txt")


def test_enormous_file_is_rejected_before_decoding() -> None:
    with pytest.raises(RejectedInput, match="too large"):
        parse_document(b"a" * (MAX_INPUT_BYTES + 1))


def test_document_to_dict_is_json_serialisable(sample: ParsedDocument) -> None:
    data = document_to_dict(sample, SAMPLE.name)
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data
    assert data["file"] == SAMPLE.name
    assert data["counts"] == {"sections": 1, "items": 5, "paragraphs": 18, "quotes": 7}
    quote = data["quotes"][0]
    assert (quote["section_ordinal"], quote["item_ordinal"], quote["first_paragraph"]) == (1, 1, 1)
    assert {"speaker", "speaker_role", "cue", "language", "language_prob", "n_paragraphs"} <= set(
        quote
    )


def test_review_date_from_title_and_file_name() -> None:
    document = parse_document(SMALL.encode("utf-8"), "inbox/revue.txt")
    assert document.title == "Revue de presse du 27 mars 2017"
    assert document.review_date == "2017-03-27"
    untitled = SMALL.split("\n", 1)[1].encode("utf-8")
    assert parse_document(untitled, "inbox/revue_2017-04-02.txt").review_date == "2017-04-02"
    assert parse_document(untitled, "inbox/revue.txt").review_date is None


def test_institution_scare_quote_and_anaphora() -> None:
    document = parse_document(SMALL.encode("utf-8"))
    (section,) = document.sections
    assert (section.heading, section.country_code) == ("Géorgie", "GE")
    quotes = [q for item in section.items for q in item.quotes]
    assert [(q.speaker, q.institution, q.cue) for q in quotes] == [
        (None, "ministère des Affaires étrangères", "a indiqué"),
        ("Salomé Zourabichvili", None, "a déclaré"),
        ("Salomé Zourabichvili", None, "a-t-elle ajouté"),
    ]
    assert document.terms == ("révolution des roses",)


def test_unclosed_quotation_at_the_end_of_the_file() -> None:
    text = "## Arménie\n\n«Nous ne signerons pas ce texte, a déclaré le ministre, car il"
    (quote,) = [
        q for s in parse_document(text.encode()).sections for i in s.items for q in i.quotes
    ]
    assert quote.closed is False
    assert quote.close_mark == ""
    assert quote.text.startswith("Nous ne signerons pas")
