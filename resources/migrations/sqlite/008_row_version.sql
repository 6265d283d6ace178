-- Kinerja schema version 8: optimistic locking. Every record an editor dialog saves whole
-- carries a row version; a save names the version it loaded and changes nothing when the
-- row moved on (someone else saved it meanwhile), so no save silently overwrites another.
-- changed_by/changed_at say who saved it last and when (UTC ISO text), for the message.
-- An appraisal's version also covers its content tables (rhk, perilaku, kegiatan, ...).
ALTER TABLE appraisal ADD COLUMN row_version integer NOT NULL DEFAULT 1;
ALTER TABLE appraisal ADD COLUMN changed_by text NOT NULL DEFAULT '';
ALTER TABLE appraisal ADD COLUMN changed_at text;
ALTER TABLE employee ADD COLUMN row_version integer NOT NULL DEFAULT 1;
ALTER TABLE employee ADD COLUMN changed_by text NOT NULL DEFAULT '';
ALTER TABLE employee ADD COLUMN changed_at text;
ALTER TABLE scheme ADD COLUMN row_version integer NOT NULL DEFAULT 1;
ALTER TABLE scheme ADD COLUMN changed_by text NOT NULL DEFAULT '';
ALTER TABLE scheme ADD COLUMN changed_at text;
ALTER TABLE unit ADD COLUMN row_version integer NOT NULL DEFAULT 1;
ALTER TABLE unit ADD COLUMN changed_by text NOT NULL DEFAULT '';
ALTER TABLE unit ADD COLUMN changed_at text;
ALTER TABLE period ADD COLUMN row_version integer NOT NULL DEFAULT 1;
ALTER TABLE period ADD COLUMN changed_by text NOT NULL DEFAULT '';
ALTER TABLE period ADD COLUMN changed_at text;
