-- pressreview warehouse, migration 1: the output contract of spec/FORMAT.md.
-- Applied by warehouse.db.migrate(); later changes are new numbered files, never edits.

CREATE TABLE IF NOT EXISTS schema_migrations (
    version     INTEGER PRIMARY KEY,
    description VARCHAR NOT NULL,
    applied_at  TIMESTAMPTZ NOT NULL
);

-- One row per document (distinct file content); doc_id is derived from its SHA-256.
CREATE TABLE IF NOT EXISTS documents (
    doc_id          VARCHAR PRIMARY KEY,
    source_path     VARCHAR NOT NULL,
    content_sha256  VARCHAR NOT NULL,
    size_bytes      BIGINT NOT NULL,
    encoding        VARCHAR NOT NULL,
    title           VARCHAR,
    language        VARCHAR NOT NULL,
    language_prob   DOUBLE NOT NULL,
    review_date     DATE,
    parser_version  VARCHAR NOT NULL,
    n_sections      INTEGER NOT NULL,
    n_items         INTEGER NOT NULL,
    n_paragraphs    INTEGER NOT NULL,
    n_quotes        INTEGER NOT NULL,
    ingested_at     TIMESTAMPTZ NOT NULL,
    run_id          VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS sections (
    section_id    VARCHAR PRIMARY KEY,
    doc_id        VARCHAR NOT NULL,
    ordinal       INTEGER NOT NULL,
    heading       VARCHAR,
    country_code  VARCHAR,
    run_id        VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS items (
    item_id     VARCHAR PRIMARY KEY,
    section_id  VARCHAR NOT NULL,
    doc_id      VARCHAR NOT NULL,
    ordinal     INTEGER NOT NULL,
    sources     VARCHAR[] NOT NULL,
    run_id      VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS paragraphs (
    paragraph_id   VARCHAR PRIMARY KEY,
    item_id        VARCHAR NOT NULL,
    section_id     VARCHAR NOT NULL,
    doc_id         VARCHAR NOT NULL,
    ordinal        INTEGER NOT NULL,
    text           VARCHAR NOT NULL,
    language       VARCHAR NOT NULL,
    language_prob  DOUBLE NOT NULL,
    repaired       BOOLEAN NOT NULL,
    run_id         VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS quotes (
    quote_id            VARCHAR PRIMARY KEY,
    doc_id              VARCHAR NOT NULL,
    section_id          VARCHAR NOT NULL,
    item_id             VARCHAR NOT NULL,
    ordinal             INTEGER NOT NULL,
    text                VARCHAR NOT NULL,
    speaker             VARCHAR,
    speaker_as_written  VARCHAR,
    speaker_role        VARCHAR,
    institution         VARCHAR,
    cue                 VARCHAR,
    language            VARCHAR NOT NULL,
    language_prob       DOUBLE NOT NULL,
    n_paragraphs        INTEGER NOT NULL,
    first_paragraph_id  VARCHAR NOT NULL,
    closed              BOOLEAN NOT NULL,
    run_id              VARCHAR NOT NULL
);

-- Persons named in a document: canonical name and the variants it appears under there.
CREATE TABLE IF NOT EXISTS persons (
    doc_id    VARCHAR NOT NULL,
    name      VARCHAR NOT NULL,
    variants  VARCHAR[] NOT NULL,
    mentions  INTEGER NOT NULL,
    run_id    VARCHAR NOT NULL,
    PRIMARY KEY (doc_id, name)
);

-- Words in quotation marks that are not quotations: scare quotes, newspaper names.
CREATE TABLE IF NOT EXISTS terms (
    doc_id   VARCHAR NOT NULL,
    ordinal  INTEGER NOT NULL,
    text     VARCHAR NOT NULL,
    run_id   VARCHAR NOT NULL,
    PRIMARY KEY (doc_id, ordinal)
);

-- The manifest: every file path seen, and the document its current content is
-- (doc_id is null when that content was rejected: it is not read again until it changes).
CREATE TABLE IF NOT EXISTS files (
    source_path     VARCHAR PRIMARY KEY,
    size_bytes      BIGINT NOT NULL,
    mtime_ns        BIGINT NOT NULL,
    content_sha256  VARCHAR NOT NULL,
    doc_id          VARCHAR,
    status          VARCHAR NOT NULL,
    run_id          VARCHAR NOT NULL
);

-- Every (path, content) pair ever loaded: the version history of each file.
CREATE TABLE IF NOT EXISTS document_versions (
    source_path     VARCHAR NOT NULL,
    doc_id          VARCHAR NOT NULL,
    content_sha256  VARCHAR NOT NULL,
    run_id          VARCHAR NOT NULL,
    loaded_at       TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (source_path, doc_id)
);

CREATE TABLE IF NOT EXISTS rejected_files (
    source_path     VARCHAR NOT NULL,
    content_sha256  VARCHAR,
    size_bytes      BIGINT,
    reason          VARCHAR NOT NULL,
    run_id          VARCHAR NOT NULL,
    rejected_at     TIMESTAMPTZ NOT NULL
);

-- The Parquet files whose rows the tables hold; anything else in the tree is an orphan.
CREATE TABLE IF NOT EXISTS parquet_files (
    path        VARCHAR PRIMARY KEY,
    table_name  VARCHAR NOT NULL,
    rows        BIGINT NOT NULL,
    run_id      VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS ingest_runs (
    run_id            VARCHAR PRIMARY KEY,
    flow_run_id       VARCHAR,
    inbox             VARCHAR NOT NULL,
    started_at        TIMESTAMPTZ NOT NULL,
    finished_at       TIMESTAMPTZ NOT NULL,
    files_seen        INTEGER NOT NULL,
    files_new         INTEGER NOT NULL,
    files_unchanged   INTEGER NOT NULL,
    files_rejected    INTEGER NOT NULL,
    documents_loaded  INTEGER NOT NULL,
    paragraphs_loaded INTEGER NOT NULL,
    quotes_loaded     INTEGER NOT NULL,
    parser_version    VARCHAR NOT NULL,
    status            VARCHAR NOT NULL,
    message           VARCHAR
);
