"""A self-contained HTML page about the warehouse: inline CSS, inline SVG, no external asset.

Sections: totals, quotations per country per week (a stacked bar chart), top speakers,
language mix, latest quotations. Built from the analyst views through :func:`open_reader`,
so it works while a run is loading (from the committed Parquet files).
"""

from __future__ import annotations

import html
import os
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import duckdb

from warehouse.reader import open_reader

REPORT_NAME = "report.html"
TOP_COUNTRIES = 8
# Colour-blind-safe palette (Okabe-Ito), then grey for "other".
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000")
OTHER_COLOUR = "#999999"
CSS = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d232a;
background:#f6f7f9}
main{max-width:1100px;margin:0 auto;padding:24px 28px 48px}
h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;margin:32px 0 10px}
.meta{color:#5b6570;font-size:13px}
.cards{display:flex;gap:12px;flex-wrap:wrap;margin:18px 0}
.card{background:#fff;border:1px solid #dde1e6;border-radius:8px;padding:10px 16px;min-width:130px}
.card b{display:block;font-size:24px}.card span{color:#5b6570;font-size:13px}
section{background:#fff;border:1px solid #dde1e6;border-radius:8px;padding:4px 18px 14px;
margin-top:18px}
table{border-collapse:collapse;width:100%;font-size:14px}
th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #eceef1;vertical-align:top}
th{color:#5b6570;font-weight:600}td.n{text-align:right;font-variant-numeric:tabular-nums}
.legend span{display:inline-block;margin-right:14px;font-size:13px}
.legend i{display:inline-block;width:11px;height:11px;margin-right:5px;border-radius:2px}
.bar{background:#0072B2;height:10px;border-radius:2px}
blockquote{margin:0;font-style:italic}.empty{color:#5b6570}
.note{background:#fff6dd;border:1px solid #f0d98a;border-radius:6px;padding:8px 12px}
"""


@dataclass(frozen=True, slots=True)
class ReportData:
    """What the page shows, read from the views."""

    totals: dict[str, int]
    weekly: list[tuple[date, str, int]]  # week, country label, quotations
    speakers: list[tuple[str, list[str], list[str], int, int]]
    languages: list[tuple[str, int, int, int, float]]
    latest: list[tuple[date | None, str, str | None, str, str]]
    source: str
    note: str


def _rows(con: duckdb.DuckDBPyConnection, sql: str) -> list[tuple[object, ...]]:
    return [tuple(r) for r in con.execute(sql).fetchall()]


def read_report_data(warehouse_dir: Path, storage_uri: str | None = None) -> ReportData:
    """Read every figure the page shows (fixed SQL over the views)."""
    with open_reader(warehouse_dir, storage_uri, with_search=False) as reader:
        con = reader.con
        totals_row = con.execute(
            "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM paragraphs), "
            "(SELECT count(*) FROM quotes), (SELECT count(DISTINCT speaker) FROM quotes), "
            "(SELECT count(DISTINCT country_code) FROM sections)"
        ).fetchone() or (0, 0, 0, 0, 0)
        totals = dict(
            zip(
                ("documents", "paragraphs", "quotations", "speakers", "countries"),
                (int(v) for v in totals_row),
                strict=True,
            )
        )
        weekly = con.execute(
            """
            WITH c AS (
                SELECT coalesce(country_code, 'rubrics') AS country, week, quotations
                FROM coverage_by_country_week WHERE quotations > 0
            ),
            top AS (SELECT country FROM c GROUP BY 1 ORDER BY sum(quotations) DESC, 1 LIMIT ?)
            SELECT week, CASE WHEN country IN (SELECT country FROM top) THEN country
                              ELSE 'other' END AS label, CAST(sum(quotations) AS BIGINT)
            FROM c GROUP BY ALL ORDER BY week, label
            """,
            [TOP_COUNTRIES],
        ).fetchall()
        speakers = con.execute(
            "SELECT name, variants, countries, quotations, documents FROM speaker_directory "
            "WHERE quotations > 0 ORDER BY quotations DESC, name LIMIT 15"
        ).fetchall()
        languages = con.execute(
            "SELECT language, documents, paragraphs, quotations, coalesce(paragraph_pct, 0) "
            "FROM language_mix ORDER BY paragraphs DESC, language"
        ).fetchall()
        latest = con.execute(
            "SELECT coalesce(review_date, week), coalesce(country_code, '—'), speaker, "
            "quotation, source_path FROM quote_facts "
            "ORDER BY coalesce(review_date, week) DESC, doc_id, quote_ordinal LIMIT 20"
        ).fetchall()
        return ReportData(
            totals,
            [(r[0], str(r[1]), int(r[2])) for r in weekly],
            [(str(r[0]), list(r[1]), list(r[2]), int(r[3]), int(r[4])) for r in speakers],
            [(str(r[0]), int(r[1]), int(r[2]), int(r[3]), float(r[4])) for r in languages],
            [(r[0], str(r[1]), r[2], str(r[3]), str(r[4])) for r in latest],
            reader.source,
            reader.note,
        )


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value))


def weekly_chart(weekly: list[tuple[date, str, int]], width: int = 1040, height: int = 320) -> str:
    """Return an inline SVG stacked bar chart: quotations per week, stacked by country."""
    if not weekly:
        return '<p class="empty">No quotations yet.</p>'
    weeks = sorted({w for w, _, _ in weekly})
    totals_by_label: dict[str, int] = {}
    for _, label, n in weekly:
        totals_by_label[label] = totals_by_label.get(label, 0) + n
    labels = sorted(totals_by_label, key=lambda k: (k == "other", -totals_by_label[k], k))
    colour = {
        label: OTHER_COLOUR if label == "other" else PALETTE[i % len(PALETTE)]
        for i, label in enumerate(labels)
    }
    cell = {(w, label): n for w, label, n in weekly}
    peak = max(sum(cell.get((w, label), 0) for label in labels) for w in weeks)
    left, bottom, top = 48, 40, 14
    plot_w, plot_h = width - left - 12, height - bottom - top
    slot = plot_w / len(weeks)
    bar_w = max(4.0, min(60.0, slot * 0.7))
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="100%" role="img" aria-label="Quotations per country per week">'
    ]
    for k in range(5):  # grid lines and y labels
        value = peak * k / 4
        y = top + plot_h - plot_h * k / 4
        parts.append(
            f'<line x1="{left}" x2="{width - 12}" y1="{y:.1f}" y2="{y:.1f}" stroke="#e3e6ea"/>'
            f'<text x="{left - 6}" y="{y + 4:.1f}" font-size="11" text-anchor="end" '
            f'fill="#5b6570">{value:.0f}</text>'
        )
    step = max(1, len(weeks) // 12)
    for i, week in enumerate(weeks):
        x = left + slot * i + (slot - bar_w) / 2
        y = top + plot_h
        for label in labels:
            n = cell.get((week, label), 0)
            if not n:
                continue
            h = plot_h * n / peak
            y -= h
            parts.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}" '
                f'fill="{colour[label]}"><title>{_e(label)}, week of {week}: {n}</title></rect>'
            )
        if i % step == 0:
            parts.append(
                f'<text x="{x + bar_w / 2:.1f}" y="{height - bottom + 16}" font-size="11" '
                f'text-anchor="middle" fill="#5b6570">{week:%Y-%m-%d}</text>'
            )
    parts.append("</svg>")
    legend = "".join(
        f'<span><i style="background:{colour[label]}"></i>{_e(label)} '
        f"({totals_by_label[label]})</span>"
        for label in labels
    )
    return "".join(parts) + f'<div class="legend">{legend}</div>'


def render_report(data: ReportData, warehouse_dir: Path, generated: datetime) -> str:
    """Return the whole page."""
    cards = "".join(
        f'<div class="card"><b>{n}</b><span>{_e(name)}</span></div>'
        for name, n in data.totals.items()
    )
    speakers = "".join(
        f"<tr><td>{_e(name)}</td><td>{_e(', '.join(variants))}</td>"
        f"<td>{_e(', '.join(countries))}</td><td class=n>{q}</td><td class=n>{d}</td></tr>"
        for name, variants, countries, q, d in data.speakers
    )
    peak = max((p for _, _, p, _, _ in data.languages), default=1) or 1
    languages = "".join(
        f"<tr><td>{_e(lang)}</td><td class=n>{d}</td><td class=n>{p}</td><td class=n>{q}</td>"
        f'<td class=n>{pct:.1f}%</td><td style="width:30%"><div class="bar" '
        f'style="width:{100 * p / peak:.1f}%"></div></td></tr>'
        for lang, d, p, q, pct in data.languages
    )
    latest = "".join(
        f"<tr><td>{_e(day)}</td><td>{_e(country)}</td><td>{_e(speaker or '—')}</td>"
        f"<td><blockquote>«{_e(_shorten(text))}»</blockquote></td>"
        f"<td>{_e(Path(source).name)}</td></tr>"
        for day, country, speaker, text, source in data.latest
    )
    note = f'<p class="note">{_e(data.note)}</p>' if data.note else ""
    empty = '<tr><td colspan=6 class="empty">none yet</td></tr>'
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>pressreview — warehouse report</title><style>{CSS}</style></head>
<body><main>
<h1>Press reviews: what was said, by whom, where</h1>
<p class="meta">Warehouse {_e(warehouse_dir)} · read from {_e(data.source)} ·
generated {generated:%Y-%m-%d %H:%M} UTC</p>{note}
<div class="cards">{cards}</div>
<section><h2>Quotations per country per week</h2>
{weekly_chart(data.weekly)}</section>
<section><h2>Top speakers</h2><table><thead><tr><th>speaker</th><th>also written</th>
<th>countries</th><th>quotations</th><th>documents</th></tr></thead>
<tbody>{speakers or empty}</tbody></table></section>
<section><h2>Language mix</h2><table><thead><tr><th>language</th><th>documents</th>
<th>paragraphs</th><th>quotations</th><th>of paragraphs</th><th></th></tr></thead>
<tbody>{languages or empty}</tbody></table></section>
<section><h2>Latest quotations</h2><table><thead><tr><th>date</th><th>country</th>
<th>speaker</th><th>quotation</th><th>source</th></tr></thead>
<tbody>{latest or empty}</tbody></table></section>
</main></body></html>
"""


def _shorten(text: str, limit: int = 320) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + " …"


def write_report(
    warehouse_dir: Path, output: Path | None = None, storage_uri: str | None = None
) -> Path:
    """Write the report (default ``<warehouse>/report.html``) atomically; return its path.

    The flow calls this after the load and links the path in its summary artifact.
    """
    target = (output or warehouse_dir / REPORT_NAME).resolve()
    data = read_report_data(warehouse_dir, storage_uri)
    page = render_report(data, warehouse_dir, datetime.now(UTC))
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.tmp-{os.getpid()}")
    try:
        temporary.write_text(page, "utf-8")
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)
    return target
