"""The corpus scorer itself, on small hand-made gold and predicted documents."""

from __future__ import annotations

import copy
import sys
from pathlib import Path
from typing import Any

import pytest

CORPUS = Path(__file__).resolve().parent
if str(CORPUS) not in sys.path:
    sys.path.insert(0, str(CORPUS))

from scoring import (  # noqa: E402
    DocumentScore,
    aggregate,
    normalise,
    normalise_heading,
    score_document,
    speaker_matches,
)

NBSP, NNBSP = "\u00a0", "\u202f"

GOLD: dict[str, Any] = {
    "file": "x.txt",
    "language": "fr",
    "review_date": "2017-03-27",
    "sections": [
        {"heading": "Azerbaïdjan", "country_code": "AZ", "n_items": 2},
        {"heading": "Politique étrangère", "country_code": None, "n_items": 1},
    ],
    "n_items": 3,
    "n_paragraphs": 4,
    "paragraph_repairs": ["elle a déjà de grandes traditions."],
    "quotes": [
        {
            "text_start": "Nous avons discuté de la poursuite",
            "text_end": "de grandes traditions",
            "speaker": "Ilham Aliyev",
            "speaker_role": "président",
            "cue": "a déclaré",
            "n_paragraphs": 1,
            "language": "fr",
        },
        {
            "text_start": "We are fully committed",
            "text_end": "for the European Union",
            "speaker": "Maroš Šefčovič",
            "cue": "a répondu",
            "n_paragraphs": 1,
            "language": "en",
        },
        {
            "text_start": "Les forces armées arméniennes ont violé",
            "text_end": "de gros calibre",
            "speaker": None,
            "institution": "ministère de la Défense",
            "cue": "a indiqué",
            "n_paragraphs": 1,
            "language": "fr",
        },
    ],
    "persons": [
        {"name": "Ilham Aliyev", "variants": ["Ilham Aliev", "Aliyev"]},
        {"name": "Maroš Šefčovič", "variants": []},
    ],
    "not_quotes": ["Zerkalo", "provocation"],
}


def _paragraph(text: str) -> dict[str, Any]:
    return {"ordinal": 0, "text": text, "language": "fr", "language_prob": 0.99, "repaired": False}


def _quote(text: str, speaker: str | None, **extra: Any) -> dict[str, Any]:
    quote: dict[str, Any] = {
        "ordinal": 0,
        "section_ordinal": 0,
        "item_ordinal": 0,
        "text": text,
        "speaker": speaker,
        "speaker_as_written": speaker,
        "speaker_role": None,
        "institution": None,
        "cue": None,
        "language": "fr",
        "language_prob": 0.99,
        "n_paragraphs": 1,
        "first_paragraph": 0,
    }
    quote.update(extra)
    return quote


def _perfect() -> dict[str, Any]:
    return {
        "file": "x.txt",
        "language": "fr",
        "language_prob": 0.99,
        "review_date": "2017-03-27",
        "title": "Revue de la presse azerbaïdjanaise du 27 mars 2017",
        "sections": [
            {
                "ordinal": 0,
                "heading": "Azerbaïdjan",
                "country_code": "AZ",
                "items": [
                    {
                        "ordinal": 0,
                        "sources": [],
                        "paragraphs": [
                            _paragraph(
                                "«Nous avons discuté de la poursuite de la coopération; "
                                "elle a déjà de grandes traditions.» a déclaré le président "
                                "Ilham Aliyev."
                            ),
                            _paragraph("Selon «Zerkalo», une «provocation»."),
                        ],
                    },
                    {
                        "ordinal": 1,
                        "sources": [],
                        "paragraphs": [_paragraph("«We are fully committed ...»")],
                    },
                ],
            },
            {
                "ordinal": 1,
                "heading": "Politique étrangère",
                "country_code": None,
                "items": [
                    {
                        "ordinal": 0,
                        "sources": [],
                        "paragraphs": [_paragraph("«Les forces armées ...»")],
                    }
                ],
            },
        ],
        "quotes": [
            _quote(
                "Nous avons discuté de la poursuite de la coopération; elle a déjà de "
                "grandes traditions.",
                "Ilham Aliyev",
                speaker_role="président",
                cue="a déclaré",
            ),
            _quote(
                "We are fully committed to the Southern Gas Corridor, a priority for the "
                "European Union",
                "Maroš Šefčovič",
                cue="a répondu",
                language="en",
            ),
            _quote(
                "Les forces armées arméniennes ont violé le cessez-le-feu avec des mitrailleuses "
                "de gros calibre",
                None,
                institution="ministère de la Défense",
                cue="a indiqué",
            ),
        ],
        "persons": [
            {"name": "Ilham Aliyev", "variants": ["Ilham Aliev"]},
            {"name": "Maroš Šefčovič", "variants": []},
        ],
        "counts": {"sections": 2, "items": 3, "paragraphs": 4, "quotes": 3},
    }


def test_perfect_prediction_scores_one() -> None:
    score = score_document(GOLD, _perfect())
    assert score.problems == []
    rates = score.rates()
    for key, value in rates.items():
        assert value == 1.0, key
    agg = aggregate([score])
    assert all(v == 1.0 for k, v in agg.items() if k not in {"gold_quotes", "predicted_quotes"})


def test_missing_quote_lowers_recall_not_precision() -> None:
    predicted = _perfect()
    del predicted["quotes"][1]
    score = score_document(GOLD, predicted)
    assert score.quote_recall == pytest.approx(2 / 3)
    assert score.quote_precision == 1.0
    assert score.speaker_accuracy == pytest.approx(2 / 3), "a missed quote counts wrong"
    assert score.rates()["quote_language_accuracy"] == pytest.approx(2 / 3)
    assert any(p.startswith("missed quote") for p in score.problems)


def test_extra_quote_lowers_precision() -> None:
    predicted = _perfect()
    predicted["quotes"].append(_quote("Zerkalo", None))
    score = score_document(GOLD, predicted)
    assert score.quote_recall == 1.0
    assert score.quote_precision == pytest.approx(3 / 4)
    assert score.not_quotes_kept == 1 and score.not_quotes_total == 2


def test_not_quote_prefix_counts_as_extracted() -> None:
    predicted = _perfect()
    predicted["quotes"].append(_quote("« provocation » de Bakou", None))
    score = score_document(GOLD, predicted)
    assert score.rates()["not_quotes_kept"] == 0.5


def test_wrong_speaker_lowers_speaker_accuracy() -> None:
    predicted = _perfect()
    predicted["quotes"][0]["speaker"] = "Vladimir Poutine"
    score = score_document(GOLD, predicted)
    assert score.quote_recall == 1.0
    assert score.speaker_accuracy == pytest.approx(2 / 3)


def test_speaker_for_institution_quote_must_be_null() -> None:
    predicted = _perfect()
    predicted["quotes"][2]["speaker"] = "Ilham Aliyev"
    assert score_document(GOLD, predicted).speaker_accuracy == pytest.approx(2 / 3)
    predicted["quotes"][2]["speaker"] = None
    predicted["quotes"][2]["institution"] = "le ministère"
    score = score_document(GOLD, predicted)
    assert score.speaker_accuracy == 1.0
    assert score.institution_right == 1, "containment either way"


def test_speaker_variants_and_transliteration() -> None:
    persons = GOLD["persons"]
    assert speaker_matches("Ilham Aliyev", "Ilham Aliev", persons)
    assert speaker_matches("Ilham Aliyev", "ILHAM  ALIYEV", persons)
    assert speaker_matches("Zakir Hasanov", "Zakir Hassanov")
    assert speaker_matches("Hikmet Hajiyev", "Hikmet Hadjiyev")
    assert not speaker_matches("Ilham Aliyev", "Aliyev", persons), "a surname is not enough"
    assert not speaker_matches("Ilham Aliyev", None, persons)
    assert speaker_matches(None, None)
    assert not speaker_matches(None, "Ilham Aliyev")


def test_strict_versus_loose_match() -> None:
    predicted = _perfect()
    predicted["quotes"][0]["text"] = "Nous avons discuté de la poursuite de la coopération"
    score = score_document(GOLD, predicted)
    assert score.quote_recall == 1.0
    assert score.strict_recall == pytest.approx(2 / 3)
    assert any("end not reached" in p for p in score.problems)


def test_whitespace_nbsp_case_and_markup_normalisation() -> None:
    predicted = _perfect()
    predicted["quotes"][0]["text"] = (
        f"«{NNBSP}NOUS avons{NBSP}discuté  de la\npoursuite, elle a déjà de "
        f"<b>grandes</b>{NBSP}**traditions**{NNBSP}»"
    )
    predicted["sections"][0]["heading"] = "## AZERBAÏDJAN"
    predicted["sections"][0]["items"][0]["paragraphs"][0]["text"] = (
        "elle a\u00a0déjà de grandes\n traditions."
    )
    score = score_document(GOLD, predicted)
    assert score.strict_quotes == 3
    assert score.headings_found == 2
    assert score.repairs_found == 1
    assert normalise(f"  L’Arménie{NNBSP}et\tla\u00a0RUSSIE ") == "l'arménie et la russie"
    assert normalise("G<sup>al</sup> Hasanov") == "gal hasanov"
    assert normalise_heading("**TÜRKİYE**:") == normalise_heading("türkiye")


def test_one_to_one_matching() -> None:
    gold = copy.deepcopy(GOLD)
    gold["quotes"].append(dict(gold["quotes"][0]))
    score = score_document(gold, _perfect())
    assert score.matched_quotes == 3, "one predicted quotation cannot match two gold ones"
    assert score.quote_recall == pytest.approx(3 / 4)


def test_structure_metrics() -> None:
    predicted = _perfect()
    predicted["sections"][1]["country_code"] = "FR"
    predicted["sections"][0]["items"].pop()
    predicted["language"] = "en"
    predicted["review_date"] = None
    score = score_document(GOLD, predicted)
    rates = score.rates()
    assert rates["country_codes"] == 0.5
    assert rates["n_items_exact"] == 0.0
    assert rates["n_paragraphs_exact"] == 0.0
    assert rates["document_language"] == 0.0
    assert rates["review_date"] == 0.0
    assert rates["headings_found"] == 1.0


def test_empty_prediction_is_scored_not_crashing() -> None:
    score = score_document(GOLD, {})
    assert score.quote_recall == 0.0 and score.quote_precision == 0.0
    assert score.speaker_accuracy == 0.0
    assert score.rates()["headings_found"] == 0.0


def test_aggregate_micro_and_macro() -> None:
    full = score_document(GOLD, _perfect())
    half = _perfect()
    del half["quotes"][1:]
    half["language"] = "de"
    partial = score_document(GOLD, half)
    agg = aggregate([full, partial])
    assert agg["documents"] == 2.0
    assert agg["quote_recall"] == pytest.approx(4 / 6), "micro over quotations"
    assert agg["quote_precision"] == 1.0
    assert agg["document_language"] == 0.5, "macro over documents"
    assert agg["speaker_accuracy"] == pytest.approx(4 / 6)


def test_aggregate_skips_metrics_without_data() -> None:
    gold = copy.deepcopy(GOLD)
    gold["paragraph_repairs"] = []
    gold["not_quotes"] = []
    agg = aggregate([score_document(gold, _perfect())])
    assert "paragraph_repairs" not in agg
    assert "not_quotes_kept" not in agg
    assert isinstance(DocumentScore(file="y").rates()["paragraph_repairs"], type(None))
