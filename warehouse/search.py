"""Full-text search over quotations and paragraphs: BM25 with one Snowball stemmer per language.

Every text is indexed with the stemmer of its own language (a quotation too short for its
language to be told takes its document's language). Words are lower-cased, split on anything
that is not a letter or digit of any script, stripped of accents and stemmed, and a query's
words go through the same steps for every stemmer: "résolutions" finds "résolution" in
French and "resolutions" finds "resolution" in English.

The index is an inverted index in plain tables (``migration_003_search.sql``): texts, token
counts per text, and a vocabulary mapping each token to its term per stemmer. A load adds the
documents it brought and drops the ones it replaced (:func:`refresh_search_index`), so
indexing costs what a load brings, not what the warehouse holds. Only the vocabulary's new
tokens are stemmed: words repeat. The ``search_matches(query)`` table macro (views.sql) ranks
texts by BM25 (k1 = 1.2, b = 0.75, as DuckDB's fts extension); its ``stem`` function is the
one thing taken from that extension.
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


def refresh_search_index(con: duckdb.DuckDBPyConnection) -> int:
    """Index the documents the index lacks, forget the ones gone; return the texts added.

    A document is indexed as loaded by one run (``documents.run_id``): a reprocess, which
    loads every document again, replaces the old texts with the new parser's. Texts stream
    straight into the tables and each is split into words once: the texts are numbered
    (their length still 0), their words become postings, and the lengths are then counted
    from the postings. Nothing proportional to the documents indexed is held in memory.
    """
    load_fts(con)
    _drop_legacy_indexes(con)
    con.execute(
        "CREATE OR REPLACE TEMP TABLE search_gone AS "
        "SELECT doc_id, run_id FROM search_documents EXCEPT SELECT doc_id, run_id FROM documents"
    )
    con.execute(
        "CREATE OR REPLACE TEMP TABLE search_new AS "
        "SELECT doc_id, run_id FROM documents EXCEPT SELECT doc_id, run_id FROM search_documents"
    )
    _forget(con)
    # Numbers continue after the highest in use (a number freed by _forget is never in a
    # posting any more, so reusing it is safe); everything above ``first`` is this load's.
    row = con.execute("SELECT coalesce(max(text_no), 0) FROM search_texts").fetchone()
    first = int(row[0]) if row else 0
    _add_texts(con, first)
    con.execute(
        f"INSERT INTO search_postings SELECT t.text_no, unnest(search_words(x.text)) "
        f"FROM search_texts t JOIN ({_PENDING_TEXTS}) x USING (key) WHERE t.text_no > ?",
        [first],
    )
    con.execute(
        "UPDATE search_texts SET n_tokens = c.n FROM ("
        "  SELECT text_no, count(*) AS n FROM search_postings WHERE text_no > ? GROUP BY text_no"
        ") c WHERE search_texts.text_no = c.text_no",
        [first],
    )
    con.execute(
        "INSERT INTO search_vocabulary "
        "SELECT stemmer, token, stem(strip_accents(token), stemmer) FROM ("
        "  SELECT DISTINCT t.stemmer, p.token FROM search_postings p"
        "  JOIN search_texts t USING (text_no) WHERE p.text_no > ? AND t.text_no > ?"
        ") ANTI JOIN search_vocabulary v USING (stemmer, token)",
        [first, first],
    )
    con.execute("INSERT INTO search_documents SELECT doc_id, run_id FROM search_new")
    row = con.execute("SELECT count(*) FROM search_texts WHERE text_no > ?", [first]).fetchone()
    return int(row[0]) if row else 0


# The quotations and paragraphs of the documents in ``search_new``, with their index key.
_PENDING_TEXTS = """
    SELECT 'q:' || quote_id AS key, 'quote' AS kind, quote_id AS ref_id, doc_id, language, text
    FROM quotes SEMI JOIN search_new USING (doc_id)
    UNION ALL
    SELECT 'p:' || paragraph_id, 'paragraph', paragraph_id, doc_id, language, text
    FROM paragraphs SEMI JOIN search_new USING (doc_id)
"""


def _add_texts(con: duckdb.DuckDBPyConnection, first: int) -> None:
    """Number the pending texts after ``first`` and record their stemmer (length 0 for now)."""
    con.execute("CREATE OR REPLACE TEMP TABLE search_stemmers (language VARCHAR, stemmer VARCHAR)")
    con.executemany("INSERT INTO search_stemmers VALUES (?, ?)", list(STEMMERS.items()))
    # A text too short for its language to be told takes its document's.
    con.execute(
        f"""
        INSERT INTO search_texts
        SELECT ? + row_number() OVER (ORDER BY x.key), x.key, x.kind, x.ref_id, x.doc_id,
               x.language, coalesce(s.stemmer, '{NO_STEMMER}'), 0
        FROM (
            SELECT x.* EXCLUDE (language, text),
                   CASE WHEN x.language = 'und' THEN d.language ELSE x.language END AS language
            FROM ({_PENDING_TEXTS}) x JOIN documents d USING (doc_id)
        ) x LEFT JOIN search_stemmers s USING (language)
        """,
        [first],
    )


def _forget(con: duckdb.DuckDBPyConnection) -> None:
    """Delete the texts and postings of documents no longer (or differently) loaded."""
    gone = "SELECT doc_id FROM search_gone"
    con.execute(
        "DELETE FROM search_postings WHERE text_no IN "
        f"(SELECT text_no FROM search_texts WHERE doc_id IN ({gone}))"
    )
    for table in ("search_texts", "search_documents"):
        con.execute(f"DELETE FROM {table} WHERE doc_id IN ({gone})")


def _drop_legacy_indexes(con: duckdb.DuckDBPyConnection) -> None:
    """Drop the per-stemmer fts indexes of warehouses made before migration 3."""
    for stemmer in sorted({*STEMMERS.values(), NO_STEMMER}):
        table = f"search_{stemmer}"  # names from this module's table, never from input
        con.execute(f"DROP SCHEMA IF EXISTS fts_main_{table} CASCADE")
        con.execute(f"DROP TABLE IF EXISTS {table}")


def _literal(value: str) -> str:
    """Return a SQL string literal of one of this module's constants."""
    return "'" + value.replace("'", "''") + "'"


def _indexed_stemmers(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Return the stemmers with indexed texts (none on a warehouse never indexed)."""
    try:
        return [str(r[0]) for r in con.execute("SELECT stemmer FROM search_indexes").fetchall()]
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
    stemmers = _indexed_stemmers(con)
    if not stemmers:
        raise SearchUnavailable("the warehouse has no search index yet: run an ingest first")
    if lang and stemmer_for(lang) not in stemmers:
        return []
    load_fts(con)
    sql = """
        WITH hits AS (
            SELECT kind, ref_id, doc_id, language, score
            FROM search_matches(?)
            WHERE (? = 'all' OR kind = ?)
        ),
        -- a paragraph hit names the speaker of the first quotation opening in it
        opening AS (
            SELECT first_paragraph_id AS paragraph_id,
                   arg_min(speaker, ordinal) AS speaker,
                   arg_min(speaker_as_written, ordinal) AS speaker_as_written
            FROM quotes WHERE speaker IS NOT NULL GROUP BY 1
        ),
        placed AS (
            SELECT h.*, coalesce(q.text, p.text) AS text, coalesce(q.speaker, o.speaker) AS speaker,
                   coalesce(q.speaker_as_written, o.speaker_as_written) AS as_written,
                   coalesce(q.section_id, p.section_id) AS section_id
            FROM hits h
            -- plain equi-joins: quote and paragraph ids never collide ('-q4', '-p4'), and a
            -- condition on the kind as well makes DuckDB join block by block, in seconds
            LEFT JOIN quotes q ON q.quote_id = h.ref_id
            LEFT JOIN paragraphs p ON p.paragraph_id = h.ref_id
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
    params: list[object] = [query, bound, bound, speaker, speaker, speaker, country, country]
    params += [since, since, lang, lang, limit]
    return [
        SearchHit(float(r[0]), r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8])
        for r in con.execute(sql, params).fetchall()
    ]
