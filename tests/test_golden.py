"""The user's sample gives what its gold file says, and every seed matches its golden snapshot."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SAMPLE, SEEDS
from transforms.document import parse_file_to_dict

sys.path.insert(0, str(ROOT / "tests" / "corpus"))
from scoring import score_document

GOLD = ROOT / "tests" / "gold" / "000_0f0d6b5f540838f0.gold.json"
GOLDEN_DIR = ROOT / "tests" / "golden"


@pytest.fixture(scope="module")
def sample() -> dict[str, object]:
    return parse_file_to_dict(SAMPLE)


@pytest.fixture(scope="module")
def gold() -> dict[str, object]:
    return json.loads(GOLD.read_text("utf-8"))


def test_sample_structure(sample: dict, gold: dict) -> None:
    assert sample["language"] == gold["language"] == "fr"
    assert [(s["heading"], s["country_code"], len(s["items"])) for s in sample["sections"]] == [
        (s["heading"], s["country_code"], s["n_items"]) for s in gold["sections"]
    ]
    assert sample["counts"]["items"] == gold["n_items"] == 5
    assert sample["counts"]["paragraphs"] == gold["n_paragraphs"] == 18


def test_sample_paragraph_repairs(sample: dict, gold: dict) -> None:
    texts = [p["text"] for s in sample["sections"] for i in s["items"] for p in i["paragraphs"]]
    for repair in gold["paragraph_repairs"]:
        assert any(repair in text for text in texts), repair
    assert all(p not in {"(...)", "( )"} for p in texts)


def test_sample_quotations_and_speakers(sample: dict, gold: dict) -> None:
    quotes = sample["quotes"]
    assert len(quotes) == len(gold["quotes"]) == 7
    for got, want in zip(quotes, gold["quotes"], strict=True):
        assert got["text"].startswith(want["text_start"]), got["text"][:60]
        assert got["text"].endswith(want["text_end"]), got["text"][-60:]
        assert got["speaker"] == want["speaker"]
        assert got["cue"] == want["cue"]
        assert got["speaker_role"] == want.get("speaker_role")
        assert got["n_paragraphs"] == want["n_paragraphs"]
        assert got["language"] == "fr"


def test_bold_emphasis_is_not_a_speaker(sample: dict) -> None:
    speakers = {q["speaker"] for q in sample["quotes"]}
    assert speakers == {"Ilham Aliyev", "Hikmet Hajiyev", "Zakir Hasanov"}
    names = {p["name"] for p in sample["persons"]}
    assert not any(name.startswith("Il a rappelé") for name in names)


def test_sample_persons(sample: dict, gold: dict) -> None:
    got = {p["name"]: set(p["variants"]) for p in sample["persons"]}
    for person in gold["persons"]:
        assert person["name"] in got
    assert "Ilham Aliev" in got["Ilham Aliyev"]
    assert "Hajiyev" in got["Hikmet Hajiyev"]


def test_sample_scores_perfectly(sample: dict, gold: dict) -> None:
    score = score_document(gold, sample)
    assert score.matched_quotes == score.strict_quotes == score.gold_quotes == 7
    assert score.speaker_right == 7
    assert score.predicted_quotes == 7


@pytest.mark.parametrize("seed", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name)
def test_seed_matches_golden_snapshot(seed: Path, update_golden: bool) -> None:
    """Any change in what a seed parses to shows up here as a reviewable diff."""
    golden = GOLDEN_DIR / f"{seed.stem}.json"
    got = parse_file_to_dict(seed)
    rendered = json.dumps(got, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    if update_golden:
        golden.write_text(rendered, "utf-8")
    assert golden.exists(), f"no golden file: run pytest --update-golden and review {golden}"
    assert rendered == golden.read_text("utf-8")
