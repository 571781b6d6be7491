"""One row per person across documents, derived from each document's person_mentions."""

from __future__ import annotations

import duckdb


def refresh_persons(con: duckdb.DuckDBPyConnection) -> None:
    """Rebuild ``persons`` from every document's mentions; give quotes the canonical names.

    A person's canonical name is the form of the earliest-ingested document naming them, so
    it stays put as documents arrive; every other form met becomes a variant.
    """
    con.execute("DELETE FROM persons")
    con.execute(
        """
        INSERT INTO persons
        WITH mentions AS (
            SELECT m.person_key, m.name, m.variants, m.mentions, m.doc_id, d.ingested_at
            FROM person_mentions m JOIN documents d USING (doc_id)
            WHERE m.person_key IS NOT NULL
        ),
        grouped AS (
            SELECT person_key,
                   first(name ORDER BY ingested_at, doc_id) AS name,
                   list_distinct(flatten(list(list_prepend(name, variants)))) AS forms,
                   count(DISTINCT doc_id) AS documents,
                   sum(mentions) AS mentions
            FROM mentions GROUP BY person_key
        )
        SELECT person_key, name, list_sort(list_filter(forms, f -> f <> name)),
               documents, mentions
        FROM grouped
        """
    )
    con.execute(
        "UPDATE quotes SET speaker = p.name FROM persons p "
        "WHERE quotes.speaker_key = p.person_key AND quotes.speaker IS DISTINCT FROM p.name"
    )
