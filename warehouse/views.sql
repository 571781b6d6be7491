-- pressreview analyst views: created or replaced after every load (warehouse.analytics).
-- Views hold no data: they read the tables, so they are never stale. Every view and column
-- carries a COMMENT: `SELECT * FROM duckdb_columns() WHERE table_name = 'quote_facts'`.
-- "week" is the Monday of the review date's week; a review whose date the parser could not
-- read is counted in the week it was ingested (dated_by says which).

CREATE OR REPLACE VIEW quote_facts AS
SELECT
    q.quote_id,
    q.doc_id,
    q.section_id,
    q.item_id,
    q.ordinal                                                AS quote_ordinal,
    q.text                                                   AS quotation,
    q.speaker,
    q.speaker_as_written,
    q.speaker_role,
    q.institution,
    q.cue,
    s.country_code,
    s.heading                                                AS section_heading,
    d.review_date,
    CAST(date_trunc('week', coalesce(d.review_date, CAST(d.ingested_at AS DATE))) AS DATE)
                                                             AS week,
    CASE WHEN d.review_date IS NULL THEN 'ingested' ELSE 'review' END AS dated_by,
    q.language,
    d.language                                               AS document_language,
    d.title                                                  AS document_title,
    d.source_path,
    i.sources                                                AS item_sources,
    q.n_paragraphs,
    q.closed,
    q.run_id
FROM quotes q
JOIN documents d USING (doc_id)
LEFT JOIN sections s ON s.section_id = q.section_id
LEFT JOIN items i ON i.item_id = q.item_id;

COMMENT ON VIEW quote_facts IS 'One row per quotation with who said it, where and when: the table analysts start from.';
COMMENT ON COLUMN quote_facts.quote_id IS 'Stable id of the quotation (<doc_id>-q<n>)';
COMMENT ON COLUMN quote_facts.doc_id IS 'Document (distinct file content) the quotation is in';
COMMENT ON COLUMN quote_facts.section_id IS 'Section of the review holding the quotation';
COMMENT ON COLUMN quote_facts.item_id IS 'Item (article summary) holding the quotation';
COMMENT ON COLUMN quote_facts.quote_ordinal IS 'Position of the quotation in its document, from 1';
COMMENT ON COLUMN quote_facts.quotation IS 'Text of the quotation, without its quotation marks';
COMMENT ON COLUMN quote_facts.speaker IS 'Canonical speaker name (variants grouped), NULL when unattributed';
COMMENT ON COLUMN quote_facts.speaker_as_written IS 'Speaker as the text names them at this quotation (NULL for anaphora)';
COMMENT ON COLUMN quote_facts.speaker_role IS 'Role or title given to the speaker, as written';
COMMENT ON COLUMN quote_facts.institution IS 'Institution the speaker speaks for, as written';
COMMENT ON COLUMN quote_facts.cue IS 'Reporting verb or cue the attribution rests on';
COMMENT ON COLUMN quote_facts.country_code IS 'ISO 3166-1 alpha-2 code of the section''s country; NULL for rubric sections';
COMMENT ON COLUMN quote_facts.section_heading IS 'Section heading as written in the review';
COMMENT ON COLUMN quote_facts.review_date IS 'Date of the press review, NULL when the parser found none';
COMMENT ON COLUMN quote_facts.week IS 'Monday of the week of review_date (of the ingest date when review_date is NULL)';
COMMENT ON COLUMN quote_facts.dated_by IS '''review'' when week comes from review_date, ''ingested'' when from the ingest date';
COMMENT ON COLUMN quote_facts.language IS 'ISO 639-1 language of the quotation itself (und when too short to tell)';
COMMENT ON COLUMN quote_facts.document_language IS 'ISO 639-1 language of the whole document';
COMMENT ON COLUMN quote_facts.document_title IS 'Title of the review, when it has one';
COMMENT ON COLUMN quote_facts.source_path IS 'Inbox path of the file the document was first loaded from';
COMMENT ON COLUMN quote_facts.item_sources IS 'Newspapers or agencies the item cites';
COMMENT ON COLUMN quote_facts.n_paragraphs IS 'Paragraphs the quotation spans';
COMMENT ON COLUMN quote_facts.closed IS 'False when the quotation mark was never closed';
COMMENT ON COLUMN quote_facts.run_id IS 'Ingest run that loaded the quotation';

CREATE OR REPLACE VIEW coverage_by_country_week AS
WITH dated AS (
    SELECT
        d.doc_id,
        CAST(date_trunc('week', coalesce(d.review_date, CAST(d.ingested_at AS DATE))) AS DATE)
            AS week
    FROM documents d
),
quoted AS (
    SELECT s.country_code, dated.week,
           count(*) AS quotations,
           count(DISTINCT q.speaker) AS speakers,
           count(DISTINCT q.doc_id) AS documents_quoted
    FROM quotes q
    JOIN dated USING (doc_id)
    LEFT JOIN sections s ON s.section_id = q.section_id
    GROUP BY ALL
),
written AS (
    SELECT s.country_code, dated.week,
           count(*) AS paragraphs,
           count(DISTINCT p.doc_id) AS documents
    FROM paragraphs p
    JOIN dated USING (doc_id)
    LEFT JOIN sections s ON s.section_id = p.section_id
    GROUP BY ALL
)
SELECT
    coalesce(w.country_code, q.country_code) AS country_code,
    coalesce(w.week, q.week)                 AS week,
    coalesce(w.documents, 0)                 AS documents,
    coalesce(w.paragraphs, 0)                AS paragraphs,
    coalesce(q.quotations, 0)                AS quotations,
    coalesce(q.speakers, 0)                  AS speakers
FROM written w
FULL OUTER JOIN quoted q
    ON w.country_code IS NOT DISTINCT FROM q.country_code AND w.week = q.week;

COMMENT ON VIEW coverage_by_country_week IS 'How much the reviews said about each country, week by week.';
COMMENT ON COLUMN coverage_by_country_week.country_code IS 'ISO 3166-1 alpha-2 code; NULL gathers the rubric sections (no country)';
COMMENT ON COLUMN coverage_by_country_week.week IS 'Monday of the week (review date, or ingest date when the review has none)';
COMMENT ON COLUMN coverage_by_country_week.documents IS 'Reviews with at least one paragraph about the country that week';
COMMENT ON COLUMN coverage_by_country_week.paragraphs IS 'Paragraphs about the country that week';
COMMENT ON COLUMN coverage_by_country_week.quotations IS 'Quotations in sections about the country that week';
COMMENT ON COLUMN coverage_by_country_week.speakers IS 'Distinct attributed speakers quoted about the country that week';

CREATE OR REPLACE VIEW speaker_directory AS
WITH seen AS (
    SELECT d.doc_id, coalesce(d.review_date, CAST(d.ingested_at AS DATE)) AS day
    FROM documents d
),
spoken AS (
    SELECT q.speaker AS name, q.speaker_as_written AS variant, q.doc_id, q.speaker_role,
           s.country_code
    FROM quotes q LEFT JOIN sections s ON s.section_id = q.section_id
    WHERE q.speaker IS NOT NULL
),
quoted AS (
    SELECT name,
           count(*) AS quotations,
           list_sort(list_distinct(list(country_code))) AS countries,
           list_sort(list_distinct(list(speaker_role))) AS roles
    FROM spoken GROUP BY name
),
named AS (
    SELECT name, CAST(mentions AS BIGINT) AS mentions FROM persons
),
variants AS (
    SELECT name, unnest(variants) AS variant FROM persons
    UNION SELECT name, variant FROM spoken
),
spellings AS (
    SELECT v.name, list_sort(list(DISTINCT v.variant)) AS variants
    FROM variants v WHERE v.variant IS NOT NULL AND v.variant <> v.name GROUP BY v.name
),
appearances AS (
    SELECT p.name, m.doc_id FROM person_mentions m JOIN persons p USING (person_key)
    UNION SELECT name, doc_id FROM spoken
),
span AS (
    SELECT a.name, min(seen.day) AS first_seen, max(seen.day) AS last_seen,
           count(DISTINCT a.doc_id) AS documents
    FROM appearances a JOIN seen USING (doc_id) GROUP BY a.name
)
SELECT
    span.name,
    coalesce(spellings.variants, [])  AS variants,
    coalesce(quoted.countries, [])    AS countries,
    coalesce(quoted.roles, [])        AS roles,
    span.first_seen,
    span.last_seen,
    coalesce(quoted.quotations, 0)    AS quotations,
    coalesce(named.mentions, 0)       AS mentions,
    span.documents
FROM span
LEFT JOIN quoted USING (name)
LEFT JOIN named USING (name)
LEFT JOIN spellings USING (name);

COMMENT ON VIEW speaker_directory IS 'Everyone the reviews name or quote: one row per canonical name, with the ways it is written.';
COMMENT ON COLUMN speaker_directory.name IS 'Canonical name (the grouped form, as in quotes.speaker and persons.name)';
COMMENT ON COLUMN speaker_directory.variants IS 'Other spellings met: persons.variants and quotes.speaker_as_written, sorted';
COMMENT ON COLUMN speaker_directory.countries IS 'Country codes of the sections the person is quoted in, sorted';
COMMENT ON COLUMN speaker_directory.roles IS 'Roles given at the person''s quotations, as written, sorted';
COMMENT ON COLUMN speaker_directory.first_seen IS 'Earliest review date (or ingest date) of a document naming or quoting the person';
COMMENT ON COLUMN speaker_directory.last_seen IS 'Latest review date (or ingest date) of a document naming or quoting the person';
COMMENT ON COLUMN speaker_directory.quotations IS 'Quotations attributed to the person';
COMMENT ON COLUMN speaker_directory.mentions IS 'Times the person is named, over all documents';
COMMENT ON COLUMN speaker_directory.documents IS 'Documents naming or quoting the person';

CREATE OR REPLACE VIEW language_mix AS
WITH langs AS (
    SELECT language, 'documents' AS kind FROM documents
    UNION ALL SELECT language, 'paragraphs' FROM paragraphs
    UNION ALL SELECT language, 'quotations' FROM quotes
)
SELECT
    language,
    count(*) FILTER (WHERE kind = 'documents')  AS documents,
    count(*) FILTER (WHERE kind = 'paragraphs') AS paragraphs,
    count(*) FILTER (WHERE kind = 'quotations') AS quotations,
    round(100.0 * count(*) FILTER (WHERE kind = 'paragraphs')
          / nullif(sum(count(*) FILTER (WHERE kind = 'paragraphs')) OVER (), 0), 1)
        AS paragraph_pct
FROM langs
GROUP BY language;

COMMENT ON VIEW language_mix IS 'Languages of documents, paragraphs and quotations, each detected on its own text.';
COMMENT ON COLUMN language_mix.language IS 'ISO 639-1 code; und when the text is too short to tell';
COMMENT ON COLUMN language_mix.documents IS 'Documents whose overall language this is';
COMMENT ON COLUMN language_mix.paragraphs IS 'Paragraphs in this language';
COMMENT ON COLUMN language_mix.quotations IS 'Quotations in this language';
COMMENT ON COLUMN language_mix.paragraph_pct IS 'Share of all paragraphs, in percent (one decimal)';

-- Full-text search: texts matching any word of query_text, ranked by BM25 (k1 1.2, b 0.75,
-- natural log: scores are ln 10 times those of DuckDB's fts extension, same ranking) within
-- their stemmer's texts. The query's words (search_words, migration 3) are stripped of
-- accents and stemmed per stemmer, as the index's were (warehouse/search.py). No stopwords:
-- a frequent word weighs little, yet it matches many texts. Needs DuckDB's fts extension
-- loaded, for stem(): pressreview sql/search load it.
CREATE OR REPLACE MACRO search_matches(query_text) AS TABLE
WITH stats AS (
    SELECT stemmer, count(*) AS n, avg(n_tokens) AS avg_tokens
    FROM search_texts GROUP BY stemmer
),
words AS (
    SELECT DISTINCT strip_accents(w) AS word
    FROM (SELECT unnest(search_words(nfc_normalize(query_text))) AS w)
),
wanted AS (
    SELECT DISTINCT s.stemmer, stem(w.word, s.stemmer) AS term FROM words w CROSS JOIN stats s
),
tokens AS (
    SELECT v.stemmer, v.token, v.term FROM search_vocabulary v JOIN wanted USING (stemmer, term)
),
matched AS (
    SELECT t.text_no, t.stemmer, k.term, count(*) AS tf, any_value(t.n_tokens) AS n_tokens
    FROM search_postings p
    JOIN tokens k ON k.token = p.token
    JOIN search_texts t ON t.text_no = p.text_no AND t.stemmer = k.stemmer
    GROUP BY t.text_no, t.stemmer, k.term
),
frequency AS (
    SELECT stemmer, term, count(*) AS df FROM matched GROUP BY stemmer, term
),
scored AS (
    SELECT m.text_no,
           sum(ln(1 + (s.n - f.df + 0.5) / (f.df + 0.5))
               * m.tf * 2.2 / (m.tf + 1.2 * (0.25 + 0.75 * m.n_tokens / s.avg_tokens))) AS score
    FROM matched m JOIN frequency f USING (stemmer, term) JOIN stats s USING (stemmer)
    GROUP BY m.text_no
)
SELECT t.key, t.kind, t.ref_id, t.doc_id, t.language, t.stemmer, sc.score
FROM scored sc JOIN search_texts t USING (text_no);
