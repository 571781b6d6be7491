"""The run's summary: counts gathered from the batches, rendered as Markdown for the UI."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from warehouse.batch import BatchResult, Rejection
from warehouse.load import LoadResult


@dataclass(slots=True)
class RunSummary:
    """Everything a person wants to know about one run."""

    run_id: str
    inbox: str
    files_seen: int = 0
    files_new: int = 0
    files_unchanged: int = 0
    files_settling: int = 0
    rejections: list[Rejection] = field(default_factory=list)
    rows: Counter[str] = field(default_factory=Counter)
    languages: Counter[str] = field(default_factory=Counter)
    countries: Counter[str] = field(default_factory=Counter)
    speakers: Counter[str] = field(default_factory=Counter)
    loaded: LoadResult | None = None
    report_path: str | None = None

    def add(self, batch: BatchResult) -> None:
        """Fold one batch's figures in."""
        self.files_new += batch.files_parsed
        self.files_unchanged += batch.files_unchanged
        self.rejections += batch.rejections
        self.rows.update(batch.rows)
        self.languages.update(batch.languages)
        self.countries.update(batch.countries)
        self.speakers.update(batch.speakers)


def _table(header: tuple[str, str], rows: list[tuple[str, int]]) -> list[str]:
    """Return Markdown table lines."""
    lines = [f"| {header[0]} | {header[1]} |", "|---|---:|"]
    lines += [f"| {name} | {count} |" for name, count in rows]
    return lines if rows else ["(none)"]


def render_markdown(summary: RunSummary) -> str:
    """Return the summary artifact's Markdown."""
    loaded = summary.loaded or LoadResult(0, 0, 0)
    lines = [
        f"# Ingest run `{summary.run_id}`",
        f"Inbox: `{summary.inbox}`",
        "",
        "| files | count |",
        "|---|---:|",
        f"| seen | {summary.files_seen} |",
        f"| new or changed, parsed | {summary.files_new} |",
        f"| unchanged | {summary.files_unchanged} |",
        f"| still being written (next run) | {summary.files_settling} |",
        f"| rejected | {len(summary.rejections)} |",
        "",
        f"Loaded: **{loaded.documents_loaded}** documents, "
        f"**{summary.rows['sections']}** sections, **{loaded.paragraphs_loaded}** paragraphs, "
        f"**{loaded.quotes_loaded}** quotations.",
        "",
        *(
            [f"Report: [{summary.report_path}]({summary.report_path})", ""]
            if summary.report_path
            else []
        ),
        "## Quotations per country",
        *_table(("country", "quotations"), sorted(summary.countries.items())),
        "",
        "## Languages (documents)",
        *_table(("language", "documents"), summary.languages.most_common()),
        "",
        "## Top speakers",
        *_table(("speaker", "quotations"), summary.speakers.most_common(10)),
    ]
    return "\n".join(lines)
