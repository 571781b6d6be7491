"""bench/: the generator is deterministic and the benchmark runs end to end on a tiny inbox.

Speed is never asserted here (it is measured by bench/run.py and reported in BENCHMARKS.md).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"
LANGUAGES = {"fr", "en", "de", "ru", "es", "it", "tr"}


def _env(tmp_path: Path) -> dict[str, str]:
    """Return an offline environment with Prefect's state in the test's own folder."""
    home = tmp_path / "prefect-home"
    home.mkdir(exist_ok=True)
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    return env | {
        "PREFECT_HOME": str(home),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "RUNTIME__DLTHUB_TELEMETRY": "false",
    }


def _generate(out: Path, files: int, seed: int, env: dict[str, str]) -> list[Path]:
    """Run bench/generate.py; return the files it wrote."""
    command = [sys.executable, str(BENCH / "generate.py"), "--files", str(files), "--seed"]
    subprocess.run([*command, str(seed), "--out", str(out)], env=env, check=True)
    return sorted(out.iterdir())


def test_generator_is_deterministic_and_varied(tmp_path: Path) -> None:
    env = _env(tmp_path)
    first = _generate(tmp_path / "a", 40, 7, env)
    again = _generate(tmp_path / "b", 40, 7, env)
    other = _generate(tmp_path / "c", 40, 8, env)
    assert [p.name for p in first] == [p.name for p in again]
    assert all(a.read_bytes() == b.read_bytes() for a, b in zip(first, again, strict=True))
    assert [p.read_bytes() for p in first] != [p.read_bytes() for p in other]
    languages = {p.name.split("_")[1] for p in first}
    assert languages <= LANGUAGES and len(languages) >= 4
    assert all(p.stat().st_size >= 2_000 for p in first)


def test_generated_files_parse(tmp_path: Path) -> None:
    from transforms.document import parse_document

    for path in _generate(tmp_path / "inbox", 12, 3, _env(tmp_path)):
        document = parse_document(path.read_bytes(), path.name)
        quotes = [q for s in document.sections for i in s.items for q in i.quotes]
        assert document.sections and quotes, path.name


def test_report_keeps_the_text_around_the_markers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.syspath_prepend(str(BENCH))
    import report

    target = tmp_path / "BENCHMARKS.md"
    report.write(target, f"{report.BEGIN}\nold\n{report.END}\n")
    target.write_text(
        "# Title\n\nreading above\n\n" + target.read_text().split("\n", 2)[2] + "\nbelow\n"
    )
    report.write(target, f"{report.BEGIN}\nnew\n{report.END}\n")
    text = target.read_text()
    assert "reading above" in text and "below" in text and "new" in text and "old" not in text


@pytest.mark.slow
def test_quick_benchmark_writes_a_table(tmp_path: Path, prefect_api: str) -> None:
    # Against the session's server: four embedded-server boots would cost two minutes, and
    # the embedded path is the CLI's, tested in tests/e2e/test_embedded_server.py.
    env = _env(tmp_path)
    inbox = tmp_path / "inbox"
    _generate(inbox, 5, 1, env)
    out = tmp_path / "BENCHMARKS.md"
    command = [sys.executable, str(BENCH / "run.py"), "--quick", "--skip-dlt"]
    command += ["--api-url", prefect_api, "--source", "worktree"]  # the code under test
    args = ["--inbox", str(inbox), "--work", str(tmp_path / "work"), "--out", str(out)]
    done = subprocess.run([*command, *args], env=env, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    text = out.read_text()
    for row in ("| bare | 5 |", "| pipeline (server) | 5 |", "| naive peer | 5 |"):
        assert row in text
    assert "| pipeline re-run (unchanged) | 5 |" in text
    for ratio in ("pipeline (server) / bare", "naive / pipeline (server)", "re-run / first run"):
        assert f"| {ratio} |" in text
    assert "language detection" in text  # the profile's stage table


def test_langdetect_speed_compares_equal_answers(tmp_path: Path) -> None:
    env = _env(tmp_path)
    inbox = tmp_path / "inbox"
    _generate(inbox, 6, 5, env)
    command = [sys.executable, str(BENCH / "langdetect_speed.py"), str(inbox), "--files", "6"]
    done = subprocess.run([*command, "--rounds", "1"], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["files"] == 6 and result["paragraphs"] > 20
    assert result["differing answers"] == 0
    assert result["ms per call, fast"] > 0 and result["ms per file parse, fast"] > 0


def test_compare_parsers_reports_what_a_parser_change_moved(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("001_fr_markdown_multi", "003_en_sources_crlf"):
        for gold in (ROOT / "tests" / "corpus").glob(f"{name}*"):
            (corpus / gold.name).write_bytes(gold.read_bytes())
    # An earlier tree whose parser finds nothing: every scored count must move, and the
    # repository compared with itself must move none.
    empty = tmp_path / "empty" / "transforms"
    empty.mkdir(parents=True)
    (empty / "__init__.py").write_text("")
    (empty / "document.py").write_text(
        "def parse_file_to_dict(path):\n"
        "    return {'language': 'und', 'sections': [], 'quotes': []}\n"
    )
    command = [sys.executable, str(BENCH / "compare_parsers.py"), str(corpus)]
    dumps = tmp_path / "dumps.json"
    done = subprocess.run(
        [*command, "--old", str(empty.parent), "--details", "--json", str(dumps)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert "2 files, 2 with gold" in done.stdout and "2 files differ" in done.stdout
    both = json.loads(dumps.read_text(encoding="utf-8"))
    new_found = sum(entry["score"]["matched_quotes"] for entry in both["new"].values())
    assert new_found > 5
    assert all(entry["score"]["matched_quotes"] == 0 for entry in both["old"].values())
    assert f"matched_quotes                 0 {new_found:7d}" in done.stdout
    same = subprocess.run([*command, "--old", str(ROOT)], capture_output=True, text=True)
    assert same.returncode == 0, same.stderr
    assert "0 files differ" in same.stdout
