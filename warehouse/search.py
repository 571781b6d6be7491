"""Full-text search over quotations and paragraphs: one BM25 index per Snowball stemmer.

Every text is indexed with the stemmer of its own language (a quotation too short for its
language to be told takes its document's language). Texts are grouped by stemmer into one
table each, ``search_<stemmer>`` (``search_none`` for languages Snowball has no stemmer for),
each with a DuckDB ``fts`` index that lower-cases, strips accents and splits on anything that
is not a letter or digit of any script. A query runs against every index (or the one of
``lang``): each index stems the query its own way, so "résolutions" finds "résolution" in
French and "resolutions" finds "resolution" in English. The texts and their ids are in
``search_texts``; ``search_indexes`` lists the indexes and when they were built.

The indexes are rebuilt after every load (:func:`refresh_search_index`): DuckDB's fts index
does not follow changes to its table.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path

import duckdb

# ISO 639-1 -> Snowball stemmer shipped in DuckDB's fts extension.
STEMMERS: dict[str, str] = {
    "ar": "arabic",
    "ca": "catalan",
    "da": "danish",
    "de": "german",
    "el": "greek",
    "en": "english",
    "es": "spanish",
    "eu": "basque",
    "fi": "finnish",
    "fr": "french",
    "ga": "irish",
    "hi": "hindi",
    "hu": "hungarian",
    "id": "indonesian",
    "it": "italian",
    "lt": "lithuanian",
    "nb": "norwegian",
    "ne": "nepali",
    "nl": "dutch",
    "no": "norwegian",
    "pt": "portuguese",
    "ro": "romanian",
    "ru": "russian",
    "sr": "serbian",
    "sv": "swedish",
    "ta": "tamil",
    "tr": "turkish",
}
NO_STEMMER = "none"
# Token separators: anything but a letter or a digit, in any script (RE2 syntax).
IGNORE = r"[^\p{L}\p{N}]+"
KINDS = ("quotes", "paragraphs", "all")


class SearchUnavailable(RuntimeError):
    """DuckDB's fts extension cannot be loaded, or the warehouse has no search index."""


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One ranked match."""

    score: float
    kind: str  # "quote" or "paragraph"
    ref_id: str
    text: str
    speaker: str | None
    country_code: str | None
    day: date | None
    language: str
    source_path: str


def fts_extension_file() -> Path | None:
    """Return the fts extension shipped in the ``duckdb-extension-fts`` wheel, if installed."""
    try:
        root = resources.files("duckdb_extension_fts")
    except ModuleNotFoundError:
        return None
    path = Path(str(root)) / "extensions" / f"v{duckdb.__version__}" / "fts.duckdb_extension"
    return path if path.is_file() else None


def load_fts(con: duckdb.DuckDBPyConnection) -> None:
    """Load the fts extension from the wheel's file: no network, nothing written to ~/.duckdb."""
    path = fts_extension_file()
    try:
        if path is None:
            con.execute("LOAD fts")  # installed by other means (DuckDB's own extension folder)
        else:
            # LOAD takes no bound parameter; the path is the installed wheel's, never input.
            con.execute("LOAD " + _literal(str(path)))
    except duckdb.Error as exc:
        raise SearchUnavailable(
            f"DuckDB's fts extension could not be loaded ({exc}); install the wheel "
            f"duckdb-extension-fts=={duckdb.__version__} (pip install -e .)"
        ) from exc


def stemmer_for(language: str) -> str:
    """Return the Snowball stemmer of an ISO 639-1 code, ``none`` when there is none."""
    return STEMMERS.get(language, NO_STEMMER)


def _index_table(stemmer: str) -> str:
    """Return the table of one stemmer's texts (names only from STEMMERS, never from input)."""
    if stemmer != NO_STEMMER and stemmer not in STEMMERS.values():
        raise ValueError(f"unknown stemmer {stemmer!r}")
    return f"search_{stemmer}"


def refresh_search_index(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Rebuild the texts table and one fts index per stemmer; return texts per stemmer."""
    load_fts(con)
    con.execute("CREATE OR REPLACE TEMP TABLE search_stemmers (language VARCHAR, stemmer VARCHAR)")
    con.executemany("INSERT INTO search_stemmers VALUES (?, ?)", list(STEMMERS.items()))
    con.execute(
        """
        CREATE OR REPLACE TABLE search_texts AS
        WITH texts AS (
            SELECT 'q:' || q.quote_id AS key, 'quote' AS kind, q.quote_id AS ref_id, q.doc_id,
                   CASE WHEN q.language = 'und' THEN d.language ELSE q.language END AS language,
                   q.text
            FROM quotes q JOIN documents d USING (doc_id)
            UNION ALL
            SELECT 'p:' || p.paragraph_id, 'paragraph', p.paragraph_id, p.doc_id,
                   CASE WHEN p.language = 'und' THEN d.language ELSE p.language END, p.text
            FROM paragraphs p JOIN documents d USING (doc_id)
        )
        SELECT t.*, coalesce(s.stemmer, 'none') AS stemmer
        FROM texts t LEFT JOIN search_stemmers s USING (language)
        """
    )
    old = {row[0] for row in _existing_indexes(con)}
    counts = dict(
        (str(r[0]), int(r[1]))
        for r in con.execute("SELECT stemmer, count(*) FROM search_texts GROUP BY 1").fetchall()
    )
    con.execute(
        "CREATE OR REPLACE TABLE search_indexes "
        "(stemmer VARCHAR PRIMARY KEY, table_name VARCHAR, texts BIGINT, built_at TIMESTAMPTZ)"
    )
    for stemmer in sorted(counts):
        table = _index_table(stemmer)
        con.execute(
            f"CREATE OR REPLACE TABLE {table} AS "
            "SELECT key, text FROM search_texts WHERE stemmer = ?",
            [stemmer],
        )
        stopwords = "english" if stemmer == "english" else "none"
        # PRAGMA takes no bound parameters: every value here is one of this module's constants.
        con.execute(
            f"PRAGMA create_fts_index({_literal(table)}, 'key', 'text', "
            f"stemmer = {_literal(stemmer)}, stopwords = {_literal(stopwords)}, "
            f"ignore = {_literal(IGNORE)}, strip_accents = 1, lower = 1, overwrite = 1)"
        )
        con.execute(
            "INSERT INTO search_indexes VALUES (?, ?, ?, now())", [stemmer, table, counts[stemmer]]
        )
    for stemmer in old - set(counts):
        table = _index_table(stemmer)
        con.execute(f"PRAGMA drop_fts_index({_literal(table)})")
        con.execute(f"DROP TABLE IF EXISTS {table}")
    return counts


def _literal(value: str) -> str:
    """Return a SQL string literal of one of this module's constants."""
    return "'" + value.replace("'", "''") + "'"


def _existing_indexes(con: duckdb.DuckDBPyConnection) -> list[tuple[str]]:
    """Return the stemmers indexed now (none on a warehouse never refreshed)."""
    try:
        return [(str(r[0]),) for r in con.execute("SELECT stemmer FROM search_indexes").fetchall()]
    except duckdb.CatalogException:
        return []


def search(
    con: duckdb.DuckDBPyConnection,
    query: str,
    *,
    speaker: str | None = None,
    country: str | None = None,
    since: date | None = None,
    lang: str | None = None,
    kind: str = "all",
    limit: int = 20,
) -> list[SearchHit]:
    """Return the best matches of ``query``, BM25-ranked, filtered; every value is bound."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}")
    stemmers = [row[0] for row in _existing_indexes(con)]
    if not stemmers:
        raise SearchUnavailable("the warehouse has no search index yet: run an ingest first")
    if lang:
        stemmers = [s for s in stemmers if s == stemmer_for(lang)]
    if not stemmers:
        return []
    load_fts(con)
    scored = " UNION ALL ".join(
        f"SELECT key, fts_main_{_index_table(s)}.match_bm25(key, ?) AS score FROM {_index_table(s)}"
        for s in stemmers
    )
    sql = f"""
        WITH scored AS ({scored}),
        hits AS (
            SELECT t.kind, t.ref_id, t.doc_id, t.language, t.text, s.score
            FROM scored s JOIN search_texts t USING (key)
            WHERE s.score IS NOT NULL AND (? = 'all' OR t.kind = ?)
        ),
        -- a paragraph hit names the speaker of the first quotation opening in it
        opening AS (
            SELECT first_paragraph_id AS paragraph_id,
                   arg_min(speaker, ordinal) AS speaker,
                   arg_min(speaker_as_written, ordinal) AS speaker_as_written
            FROM quotes WHERE speaker IS NOT NULL GROUP BY 1
        ),
        placed AS (
            SELECT h.*, coalesce(q.speaker, o.speaker) AS speaker,
                   coalesce(q.speaker_as_written, o.speaker_as_written) AS as_written,
                   coalesce(q.section_id, p.section_id) AS section_id
            FROM hits h
            LEFT JOIN quotes q ON h.kind = 'quote' AND q.quote_id = h.ref_id
            LEFT JOIN paragraphs p ON h.kind = 'paragraph' AND p.paragraph_id = h.ref_id
            LEFT JOIN opening o ON o.paragraph_id = p.paragraph_id
        )
        SELECT h.score, h.kind, h.ref_id, h.text, h.speaker, sec.country_code,
               coalesce(d.review_date, CAST(d.ingested_at AS DATE)) AS day,
               h.language, d.source_path
        FROM placed h
        JOIN documents d USING (doc_id)
        LEFT JOIN sections sec ON sec.section_id = h.section_id
        WHERE (CAST(? AS VARCHAR) IS NULL
               OR strip_accents(lower(h.speaker)) LIKE '%' || strip_accents(lower(?)) || '%'
               OR strip_accents(lower(h.as_written)) LIKE '%' || strip_accents(lower(?)) || '%')
          AND (CAST(? AS VARCHAR) IS NULL OR sec.country_code = upper(?))
          AND (CAST(? AS DATE) IS NULL
               OR coalesce(d.review_date, CAST(d.ingested_at AS DATE)) >= ?)
          AND (CAST(? AS VARCHAR) IS NULL OR h.language = ?)
        ORDER BY h.score DESC, h.ref_id
        LIMIT ?
    """
    bound = kind[:-1] if kind != "all" else "all"
    params: list[object] = [query] * len(stemmers)
    params += [bound, bound, speaker, speaker, speaker, country, country, since, since]
    params += [lang, lang, limit]
    return [
        SearchHit(float(r[0]), r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8])
        for r in con.execute(sql, params).fetchall()
    ]
