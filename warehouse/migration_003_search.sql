-- Full-text search as an inverted index kept up to date by each load for the documents it
-- adds or removes (warehouse/search.py): indexing costs what a load brings, never what the
-- warehouse holds. Replaces the per-stemmer fts indexes, which were rebuilt whole each load.

DROP TABLE IF EXISTS search_indexes;
DROP TABLE IF EXISTS search_texts;

CREATE SEQUENCE search_text_numbers;

-- One row per indexed text: a quotation or a paragraph.
CREATE TABLE search_texts (
    text_no   BIGINT NOT NULL,   -- from search_text_numbers: postings refer to it
    key       VARCHAR NOT NULL,  -- 'q:' || quote_id or 'p:' || paragraph_id
    kind      VARCHAR NOT NULL,  -- 'quote' or 'paragraph'
    ref_id    VARCHAR NOT NULL,  -- the quote_id or paragraph_id
    doc_id    VARCHAR NOT NULL,
    language  VARCHAR NOT NULL,  -- the text's language, else its document's
    stemmer   VARCHAR NOT NULL,  -- Snowball stemmer of that language, 'none' if it has none
    n_tokens  INTEGER NOT NULL   -- length, for BM25's length normalisation
);

-- One row per word occurrence (lower-cased, as written): appended as texts arrive, with no
-- aggregation, so that indexing streams. A query scans it for its own words (about 0.3 s
-- for 12 million rows, 10,000 reviews) and counts those.
CREATE TABLE search_postings (
    text_no  BIGINT NOT NULL,
    token    VARCHAR NOT NULL
);

-- Each token's search term per stemmer: accents stripped, then stemmed. A query's words go
-- through the same steps, so "résolutions" finds "résolution".
CREATE TABLE search_vocabulary (
    stemmer  VARCHAR NOT NULL,
    token    VARCHAR NOT NULL,
    term     VARCHAR NOT NULL,
    PRIMARY KEY (stemmer, token)
);

-- The documents the index holds, as loaded by which run: a load indexes what documents has
-- and this lacks, and forgets what this has and documents lost (a replaced file, or every
-- document after a reprocess, which loads them all again under its own run).
CREATE TABLE search_documents (
    doc_id  VARCHAR NOT NULL,
    run_id  VARCHAR NOT NULL
);

-- A text's words, for the index and for queries alike (one definition, so they always
-- agree): lower-cased, split on anything but letters, combining marks and digits of any
-- script. Accents go later, in the vocabulary's terms. Texts are NFC already (the parser
-- normalises them); a query is normalised before it comes here.
CREATE MACRO search_words(text) AS
    list_filter(regexp_split_to_array(lower(text), '[^\p{L}\p{M}\p{N}]+'), w -> w <> '');

CREATE VIEW search_indexes AS
SELECT stemmer, count(*) AS texts FROM search_texts GROUP BY stemmer;
