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
-- aggregation, so that indexing streams; a query counts the few rows of its own words.
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

-- The documents (and the parser version) the index holds: a load indexes what documents
-- has and this lacks, and forgets what this has and documents lost.
CREATE TABLE search_documents (
    doc_id          VARCHAR NOT NULL,
    parser_version  VARCHAR NOT NULL
);

CREATE VIEW search_indexes AS
SELECT stemmer, count(*) AS texts FROM search_texts GROUP BY stemmer;
