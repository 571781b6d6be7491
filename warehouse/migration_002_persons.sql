-- Migration 2: one row per person across documents.
-- The per-document rows become person_mentions (with a spelling-insensitive person_key);
-- persons is rebuilt from them after every load, and quotes gain the speaker's key, so that
-- a GROUP BY on the canonical name counts one person once, whatever the spelling in each file.

ALTER TABLE persons RENAME TO person_mentions;
ALTER TABLE person_mentions ADD COLUMN person_key VARCHAR;
ALTER TABLE quotes ADD COLUMN speaker_key VARCHAR;
UPDATE parquet_files SET table_name = 'person_mentions' WHERE table_name = 'persons';

CREATE TABLE persons (
    person_key  VARCHAR PRIMARY KEY,   -- spelling-insensitive key of the full name
    name        VARCHAR NOT NULL,      -- canonical: the form of the first document naming them
    variants    VARCHAR[] NOT NULL,    -- every other form met, sorted
    documents   INTEGER NOT NULL,
    mentions    INTEGER NOT NULL
);
