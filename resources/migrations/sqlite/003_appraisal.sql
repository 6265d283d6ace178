-- Kinerja schema version 3: appraisal. Periods, schemes stored as versioned JSON
-- definitions, the capaian kinerja organisasi per unit and period, and appraisals with their
-- content, results, workflow log and keberatan.
-- Dates are ISO text (YYYY-MM-DD); moments are UTC ISO text (YYYY-MM-DDTHH:MM:SSZ).
-- Enumerations are the integers of the C++ enums named in the comments.

-- A scheme (appraisal form with its rules). kind: SchemeKind (0 PermenPANRB 6/2022,
-- 1 PP 46/2011, 2 PP 30/2019, 3 weighted indicators).
CREATE TABLE scheme (
    id         INTEGER PRIMARY KEY,
    code       TEXT    NOT NULL UNIQUE,
    kind       INTEGER NOT NULL CHECK (kind BETWEEN 0 AND 3),
    name       TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    builtin    INTEGER NOT NULL DEFAULT 0,
    created_at TEXT    NOT NULL
);

-- Versions of a scheme. A version used by an appraisal is frozen (trigger below):
-- changing the scheme then writes version + 1, so results already given never change.
CREATE TABLE scheme_version (
    id         INTEGER PRIMARY KEY,
    scheme_id  INTEGER NOT NULL REFERENCES scheme(id) ON DELETE CASCADE,
    version    INTEGER NOT NULL CHECK (version >= 1),
    definition TEXT    NOT NULL, -- JSON, see storage/schemedefinition.h
    note       TEXT    NOT NULL DEFAULT '',
    created_at TEXT    NOT NULL,
    UNIQUE (scheme_id, version)
);

-- Appraisal periods. code: the canonical name ("2026-M03", "2026-Q1", "2026-S1", "2026");
-- kind: Period::Kind (0 monthly, 1 quarterly, 2 semester, 3 annual); state 0 open, 1 closed.
-- scheme_version_id: the form new appraisals of the period get.
CREATE TABLE period (
    id                INTEGER PRIMARY KEY,
    code              TEXT    NOT NULL UNIQUE,
    kind              INTEGER NOT NULL CHECK (kind BETWEEN 0 AND 3),
    start_date        TEXT    NOT NULL,
    end_date          TEXT    NOT NULL,
    state             INTEGER NOT NULL DEFAULT 0 CHECK (state IN (0, 1)),
    scheme_version_id INTEGER NOT NULL REFERENCES scheme_version(id) ON DELETE RESTRICT,
    created_at        TEXT    NOT NULL,
    CHECK (start_date <= end_date)
);

-- Closing and reopening a period: who, when, why.
CREATE TABLE period_log (
    id        INTEGER PRIMARY KEY,
    period_id INTEGER NOT NULL REFERENCES period(id) ON DELETE CASCADE,
    at        TEXT    NOT NULL,
    user_name TEXT    NOT NULL,
    action    TEXT    NOT NULL,
    reason    TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX period_log_period ON period_log(period_id, id);

-- Capaian kinerja organisasi (SE MenPANRB 3/2023 step 1) of a unit in a period;
-- predikat: OrganisationPredikat (0 Sangat Kurang ... 4 Istimewa). ikm: the unit's IKM
-- (0-100) for the period, when surveyed.
CREATE TABLE org_achievement (
    period_id INTEGER NOT NULL REFERENCES period(id) ON DELETE CASCADE,
    unit_id   INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
    predikat  INTEGER CHECK (predikat BETWEEN 0 AND 4),
    ikm       REAL CHECK (ikm BETWEEN 0 AND 100),
    note      TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (period_id, unit_id)
) WITHOUT ROWID;

-- One appraisal per employee and period. The employee, the pejabat penilai (rater_*) and
-- the atasan pejabat penilai (atasan_*) are copied as they were at the period's end;
-- rater and atasan ids are plain numbers (a snapshot, not a live reference).
-- state: AppraisalState (0 Draft, 1 Diajukan, 2 Dinilai, 3 Final).
-- Ratings: Rating (0 Di Bawah, 1 Sesuai, 2 Di Atas Ekspektasi).
-- score/predikat: the stored result; NULL while incomplete (PermenPANRB has a predikat
-- but no numeric score). predikat_level: 0 = worst band ... (Predikat for PermenPANRB).
CREATE TABLE appraisal (
    id                INTEGER PRIMARY KEY,
    employee_id       INTEGER NOT NULL REFERENCES employee(id) ON DELETE RESTRICT,
    period_id         INTEGER NOT NULL REFERENCES period(id) ON DELETE RESTRICT,
    scheme_version_id INTEGER NOT NULL REFERENCES scheme_version(id) ON DELETE RESTRICT,
    state             INTEGER NOT NULL DEFAULT 0 CHECK (state BETWEEN 0 AND 3),

    nip               TEXT    NOT NULL,
    name              TEXT    NOT NULL,
    jabatan           TEXT    NOT NULL,
    jabatan_kind      INTEGER NOT NULL,
    jenjang           INTEGER NOT NULL,
    status            INTEGER NOT NULL,
    grade             INTEGER NOT NULL,
    unit_id           INTEGER NOT NULL,
    unit_name         TEXT    NOT NULL,

    rater_id          INTEGER,
    rater_name        TEXT    NOT NULL DEFAULT '',
    rater_nip         TEXT    NOT NULL DEFAULT '',
    rater_jabatan     TEXT    NOT NULL DEFAULT '',
    rater_status      INTEGER,
    rater_grade       INTEGER,
    rater_unit_id     INTEGER,
    rater_unit_name   TEXT    NOT NULL DEFAULT '',

    atasan_id         INTEGER,
    atasan_name       TEXT    NOT NULL DEFAULT '',
    atasan_nip        TEXT    NOT NULL DEFAULT '',
    atasan_jabatan    TEXT    NOT NULL DEFAULT '',
    atasan_status     INTEGER,
    atasan_grade      INTEGER,
    atasan_unit_id    INTEGER,
    atasan_unit_name  TEXT    NOT NULL DEFAULT '',

    self_hasil        INTEGER CHECK (self_hasil BETWEEN 0 AND 2),
    self_perilaku     INTEGER CHECK (self_perilaku BETWEEN 0 AND 2),
    rating_hasil      INTEGER CHECK (rating_hasil BETWEEN 0 AND 2),
    rating_perilaku   INTEGER CHECK (rating_perilaku BETWEEN 0 AND 2),

    capaian_skp       REAL CHECK (capaian_skp BETWEEN 0 AND 120),     -- PP 30
    new_idea          INTEGER NOT NULL DEFAULT 0,                     -- PP 30 Sangat Baik
    tugas_tambahan    REAL    NOT NULL DEFAULT 0 CHECK (tugas_tambahan >= 0), -- PP 46
    kreativitas       REAL    NOT NULL DEFAULT 0 CHECK (kreativitas >= 0),    -- PP 46

    rekomendasi       TEXT    NOT NULL DEFAULT '',
    competency        INTEGER NOT NULL DEFAULT 0 CHECK (competency BETWEEN 0 AND 3),

    -- Roll-up from the sub-periods (RollupPolicy: 0 rated afresh, 1 mean, 2 last;
    -- MissingPeriodPolicy: 0 skip, 1 count as lowest, 2 block; kind: Period::Kind).
    rollup_policy     INTEGER NOT NULL DEFAULT 0 CHECK (rollup_policy BETWEEN 0 AND 2),
    rollup_missing    INTEGER NOT NULL DEFAULT 0 CHECK (rollup_missing BETWEEN 0 AND 2),
    rollup_kind       INTEGER NOT NULL DEFAULT 1 CHECK (rollup_kind BETWEEN 0 AND 2),

    score             REAL,
    predikat          TEXT,
    predikat_level    INTEGER,

    created_at        TEXT    NOT NULL,
    submitted_at      TEXT,
    rated_at          TEXT,
    finalized_at      TEXT,
    UNIQUE (employee_id, period_id)
);
CREATE INDEX appraisal_period_unit ON appraisal(period_id, unit_id);
CREATE INDEX appraisal_rater ON appraisal(rater_id);
CREATE INDEX appraisal_scheme_version ON appraisal(scheme_version_id);

-- Every workflow step: who, when, from which state to which, and why.
CREATE TABLE appraisal_log (
    id           INTEGER PRIMARY KEY,
    appraisal_id INTEGER NOT NULL REFERENCES appraisal(id) ON DELETE CASCADE,
    at           TEXT    NOT NULL,
    user_name    TEXT    NOT NULL,
    action       TEXT    NOT NULL,
    from_state   INTEGER,
    to_state     INTEGER,
    reason       TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX appraisal_log_appraisal ON appraisal_log(appraisal_id, id);

-- PermenPANRB SKP: Rencana Hasil Kerja (kind 0 Utama, 1 Tambahan) with the supervisor's
-- RHK it supports (intervensi), each with its indicators (aspek 0 kuantitas, 1 kualitas,
-- 2 waktu). copied_from: the RHK of the previous period it was copied from.
CREATE TABLE rhk (
    id           INTEGER PRIMARY KEY,
    appraisal_id INTEGER NOT NULL REFERENCES appraisal(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    kind         INTEGER NOT NULL CHECK (kind IN (0, 1)),
    text         TEXT    NOT NULL CHECK (length(trim(text)) > 0),
    intervensi   TEXT    NOT NULL DEFAULT '',
    perspektif   TEXT    NOT NULL DEFAULT '',
    copied_from  INTEGER
);
CREATE INDEX rhk_appraisal ON rhk(appraisal_id, position);
CREATE INDEX rhk_copied_from ON rhk(copied_from);

CREATE TABLE rhk_indicator (
    id           INTEGER PRIMARY KEY,
    rhk_id       INTEGER NOT NULL REFERENCES rhk(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    aspek        INTEGER NOT NULL CHECK (aspek BETWEEN 0 AND 2),
    indikator    TEXT    NOT NULL CHECK (length(trim(indikator)) > 0),
    target       TEXT    NOT NULL DEFAULT '',
    satuan       TEXT    NOT NULL DEFAULT '',
    realisasi    TEXT    NOT NULL DEFAULT '',
    bukti_dukung TEXT    NOT NULL DEFAULT '',
    umpan_balik  TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX rhk_indicator_rhk ON rhk_indicator(rhk_id, position);

-- Perilaku kerja per BerAKHLAK value (CoreValue 0..6): ekspektasi khusus pimpinan,
-- umpan balik and the rater's optional assessment of the value (a Rating).
CREATE TABLE perilaku (
    appraisal_id INTEGER NOT NULL REFERENCES appraisal(id) ON DELETE CASCADE,
    core_value   INTEGER NOT NULL CHECK (core_value BETWEEN 0 AND 6),
    ekspektasi   TEXT    NOT NULL DEFAULT '',
    umpan_balik  TEXT    NOT NULL DEFAULT '',
    assessment   INTEGER CHECK (assessment BETWEEN 0 AND 2),
    PRIMARY KEY (appraisal_id, core_value)
) WITHOUT ROWID;

-- PP 46/2011 kegiatan: targets (T) and realisations (R) of kuantitas (O), kualitas (K),
-- waktu (W) and optional biaya (B). A realisation not yet given is NULL.
CREATE TABLE kegiatan (
    id               INTEGER PRIMARY KEY,
    appraisal_id     INTEGER NOT NULL REFERENCES appraisal(id) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    name             TEXT    NOT NULL,
    target_kuantitas REAL    NOT NULL CHECK (target_kuantitas > 0),
    satuan_kuantitas TEXT    NOT NULL DEFAULT '',
    real_kuantitas   REAL CHECK (real_kuantitas >= 0),
    target_kualitas  REAL    NOT NULL CHECK (target_kualitas > 0),
    real_kualitas    REAL CHECK (real_kualitas >= 0),
    target_waktu     REAL    NOT NULL CHECK (target_waktu > 0),
    satuan_waktu     TEXT    NOT NULL DEFAULT '',
    real_waktu       REAL CHECK (real_waktu >= 0),
    target_biaya     REAL CHECK (target_biaya > 0),
    real_biaya       REAL CHECK (real_biaya >= 0),
    copied_from      INTEGER
);
CREATE INDEX kegiatan_appraisal ON kegiatan(appraisal_id, position);

-- Perilaku aspect scores of PP 46/2011 (Pp46Aspect) or PP 30/2019 (Pp30Aspect), by the
-- appraisal's scheme kind.
CREATE TABLE aspect_score (
    appraisal_id INTEGER NOT NULL REFERENCES appraisal(id) ON DELETE CASCADE,
    aspect       INTEGER NOT NULL CHECK (aspect BETWEEN 0 AND 5),
    value        REAL    NOT NULL CHECK (value BETWEEN 0 AND 120),
    PRIMARY KEY (appraisal_id, aspect)
) WITHOUT ROWID;

-- Weighted schemes: one raw rating per indicator, rater source (RaterSource 0 self,
-- 1 supervisor, 2 peers, 3 public) and, for peers, the rating employee (0 otherwise).
-- hide_name: show this peer as "a peer", not by name.
CREATE TABLE weighted_rating (
    id           INTEGER PRIMARY KEY,
    appraisal_id INTEGER NOT NULL REFERENCES appraisal(id) ON DELETE CASCADE,
    indicator    TEXT    NOT NULL,
    source       INTEGER NOT NULL CHECK (source BETWEEN 0 AND 3),
    rater_id     INTEGER NOT NULL DEFAULT 0,
    value        REAL    NOT NULL,
    hide_name    INTEGER NOT NULL DEFAULT 0,
    UNIQUE (appraisal_id, indicator, source, rater_id)
);

-- Keberatan: the employee's objection, the rater's explanation and the decision of the
-- atasan pejabat penilai (ObjectionDecision: 0 rejected, 1 granted, 2 partly granted).
CREATE TABLE objection (
    appraisal_id  INTEGER PRIMARY KEY REFERENCES appraisal(id) ON DELETE CASCADE,
    filed_on      TEXT    NOT NULL,
    text          TEXT    NOT NULL CHECK (length(trim(text)) > 0),
    explanation   TEXT    NOT NULL DEFAULT '',
    explained_on  TEXT,
    decision      INTEGER CHECK (decision BETWEEN 0 AND 2),
    decision_text TEXT    NOT NULL DEFAULT '',
    decided_on    TEXT
);

-- The rules below hold whatever program writes to the file.
-- A Final appraisal, or any appraisal of a closed period, does not change; reopening
-- (Final -> Dinilai) is the only way out of Final.
CREATE TRIGGER appraisal_final_frozen BEFORE UPDATE ON appraisal
WHEN OLD.state = 3 AND NEW.state = 3
BEGIN SELECT RAISE(ABORT, 'appraisal is final'); END;

CREATE TRIGGER appraisal_closed_period_update BEFORE UPDATE ON appraisal
WHEN (SELECT state FROM period WHERE id = OLD.period_id) = 1
BEGIN SELECT RAISE(ABORT, 'period is closed'); END;

CREATE TRIGGER appraisal_closed_period_insert BEFORE INSERT ON appraisal
WHEN (SELECT state FROM period WHERE id = NEW.period_id) = 1
BEGIN SELECT RAISE(ABORT, 'period is closed'); END;

CREATE TRIGGER appraisal_locked_delete BEFORE DELETE ON appraisal
WHEN OLD.state = 3 OR (SELECT state FROM period WHERE id = OLD.period_id) = 1
BEGIN SELECT RAISE(ABORT, 'appraisal is locked'); END;

CREATE TRIGGER appraisal_log_append_only BEFORE UPDATE ON appraisal_log
BEGIN SELECT RAISE(ABORT, 'the log is append-only'); END;

CREATE TRIGGER scheme_version_frozen BEFORE UPDATE OF definition, scheme_id ON scheme_version
WHEN EXISTS (SELECT 1 FROM appraisal WHERE scheme_version_id = OLD.id)
BEGIN SELECT RAISE(ABORT, 'scheme version is in use'); END;

-- Content of a locked appraisal (Final, or in a closed period) does not change either.
CREATE TRIGGER rhk_locked_insert BEFORE INSERT ON rhk
WHEN EXISTS (SELECT 1 FROM appraisal a JOIN period p ON p.id = a.period_id
             WHERE a.id = NEW.appraisal_id AND (a.state = 3 OR p.state = 1))
BEGIN SELECT RAISE(ABORT, 'appraisal is locked'); END;
CREATE TRIGGER rhk_locked_update BEFORE UPDATE ON rhk
WHEN EXISTS (SELECT 1 FROM appraisal a JOIN period p ON p.id = a.period_id
             WHERE a.id = OLD.appraisal_id AND (a.state = 3 OR p.state = 1))
BEGIN SELECT RAISE(ABORT, 'appraisal is locked'); END;
CREATE TRIGGER rhk_locked_delete BEFORE DELETE ON rhk
WHEN EXISTS (SELECT 1 FROM appraisal a JOIN period p ON p.id = a.period_id
             WHERE a.id = OLD.appraisal_id AND (a.state = 3 OR p.state = 1))
BEGIN SELECT RAISE(ABORT, 'appraisal is locked'); END;

CREATE TRIGGER rhk_indicator_locked_insert BEFORE INSERT ON rhk_indicator
WHEN EXISTS (SELECT 1 FROM rhk r JOIN appraisal a ON a.id = r.appraisal_id
             JOIN period p ON p.id = a.period_id
             WHERE r.id = NEW.rhk_id AND (a.state = 3 OR p.state = 1))
BEGIN SELECT RAISE(ABORT, 'appraisal is locked'); END;
CREATE TRIGGER rhk_indicator_locked_update BEFORE UPDATE ON rhk_indicator
WHEN EXISTS (SELECT 1 FROM rhk r JOIN appraisal a ON a.id = r.appraisal_id
             JOIN period p ON p.id = a.period_id
             WHERE r.id = OLD.rhk_id AND (a.state = 3 OR p.state = 1))
BEGIN SELECT RAISE(ABORT, 'appraisal is locked'); END;
CREATE TRIGGER rhk_indicator_locked_delete BEFORE DELETE ON rhk_indicator
WHEN EXISTS (SELECT 1 FROM rhk r JOIN appraisal a ON a.id = r.appraisal_id
             JOIN period p ON p.id = a.period_id
             WHERE r.id = OLD.rhk_id AND (a.state = 3 OR p.state = 1))
BEGIN SELECT RAISE(ABORT, 'appraisal is locked'); END;

CREATE TRIGGER perilaku_locked_insert BEFORE INSERT ON perilaku
WHEN EXISTS (SELECT 1 FROM appraisal a JOIN period p ON p.id = a.period_id
             WHERE a.id = NEW.appraisal_id AND (a.state = 3 OR p.state = 1))
BEGIN SELECT RAISE(ABORT, 'appraisal is locked'); END;
CREATE TRIGGER perilaku_locked_update BEFORE UPDATE ON perilaku
WHEN EXISTS (SELECT 1 FROM appraisal a JOIN period p ON p.id = a.period_id
             WHERE a.id = OLD.appraisal_id AND (a.state = 3 OR p.state = 1))
BEGIN SELECT RAISE(ABORT, 'appraisal is locked'); END;
CREATE TRIGGER perilaku_locked_delete BEFORE DELETE ON perilaku
WHEN EXISTS (SELECT 1 FROM appraisal a JOIN period p ON p.id = a.period_id
             WHERE a.id = OLD.appraisal_id AND (a.state = 3 OR p.state = 1))
BEGIN SELECT RAISE(ABORT, 'appraisal is locked'); END;

CREATE TRIGGER kegiatan_locked_insert BEFORE INSERT ON kegiatan
WHEN EXISTS (SELECT 1 FROM appraisal a JOIN period p ON p.id = a.period_id
             WHERE a.id = NEW.appraisal_id AND (a.state = 3 OR p.state = 1))
BEGIN SELECT RAISE(ABORT, 'appraisal is locked'); END;
CREATE TRIGGER kegiatan_locked_update BEFORE UPDATE ON kegiatan
WHEN EXISTS (SELECT 1 FROM appraisal a JOIN period p ON p.id = a.period_id
             WHERE a.id = OLD.appraisal_id AND (a.state = 3 OR p.state = 1))
BEGIN SELECT RAISE(ABORT, 'appraisal is locked'); END;
CREATE TRIGGER kegiatan_locked_delete BEFORE DELETE ON kegiatan
WHEN EXISTS (SELECT 1 FROM appraisal a JOIN period p ON p.id = a.period_id
             WHERE a.id = OLD.appraisal_id AND (a.state = 3 OR p.state = 1))
BEGIN SELECT RAISE(ABORT, 'appraisal is locked'); END;

CREATE TRIGGER aspect_score_locked_insert BEFORE INSERT ON aspect_score
WHEN EXISTS (SELECT 1 FROM appraisal a JOIN period p ON p.id = a.period_id
             WHERE a.id = NEW.appraisal_id AND (a.state = 3 OR p.state = 1))
BEGIN SELECT RAISE(ABORT, 'appraisal is locked'); END;
CREATE TRIGGER aspect_score_locked_update BEFORE UPDATE ON aspect_score
WHEN EXISTS (SELECT 1 FROM appraisal a JOIN period p ON p.id = a.period_id
             WHERE a.id = OLD.appraisal_id AND (a.state = 3 OR p.state = 1))
BEGIN SELECT RAISE(ABORT, 'appraisal is locked'); END;
CREATE TRIGGER aspect_score_locked_delete BEFORE DELETE ON aspect_score
WHEN EXISTS (SELECT 1 FROM appraisal a JOIN period p ON p.id = a.period_id
             WHERE a.id = OLD.appraisal_id AND (a.state = 3 OR p.state = 1))
BEGIN SELECT RAISE(ABORT, 'appraisal is locked'); END;

CREATE TRIGGER weighted_rating_locked_insert BEFORE INSERT ON weighted_rating
WHEN EXISTS (SELECT 1 FROM appraisal a JOIN period p ON p.id = a.period_id
             WHERE a.id = NEW.appraisal_id AND (a.state = 3 OR p.state = 1))
BEGIN SELECT RAISE(ABORT, 'appraisal is locked'); END;
CREATE TRIGGER weighted_rating_locked_update BEFORE UPDATE ON weighted_rating
WHEN EXISTS (SELECT 1 FROM appraisal a JOIN period p ON p.id = a.period_id
             WHERE a.id = OLD.appraisal_id AND (a.state = 3 OR p.state = 1))
BEGIN SELECT RAISE(ABORT, 'appraisal is locked'); END;
CREATE TRIGGER weighted_rating_locked_delete BEFORE DELETE ON weighted_rating
WHEN EXISTS (SELECT 1 FROM appraisal a JOIN period p ON p.id = a.period_id
             WHERE a.id = OLD.appraisal_id AND (a.state = 3 OR p.state = 1))
BEGIN SELECT RAISE(ABORT, 'appraisal is locked'); END;

CREATE TRIGGER objection_locked_insert BEFORE INSERT ON objection
WHEN EXISTS (SELECT 1 FROM appraisal a JOIN period p ON p.id = a.period_id
             WHERE a.id = NEW.appraisal_id AND (a.state = 3 OR p.state = 1))
BEGIN SELECT RAISE(ABORT, 'appraisal is locked'); END;
CREATE TRIGGER objection_locked_update BEFORE UPDATE ON objection
WHEN EXISTS (SELECT 1 FROM appraisal a JOIN period p ON p.id = a.period_id
             WHERE a.id = OLD.appraisal_id AND (a.state = 3 OR p.state = 1))
BEGIN SELECT RAISE(ABORT, 'appraisal is locked'); END;
CREATE TRIGGER objection_locked_delete BEFORE DELETE ON objection
WHEN EXISTS (SELECT 1 FROM appraisal a JOIN period p ON p.id = a.period_id
             WHERE a.id = OLD.appraisal_id AND (a.state = 3 OR p.state = 1))
BEGIN SELECT RAISE(ABORT, 'appraisal is locked'); END;

-- The four ready-made schemes, version 1 each. Written here (not by the program on first
-- open) so every database at version 3 holds the same seeds, and periods can name a scheme
-- version from the start. tests/storage/test_scheme_repository.cpp checks that these
-- definitions equal what the scoring library ships (SchemeDefinition::builtin).
INSERT INTO scheme (id, code, kind, name, builtin, created_at) VALUES
    (1, 'permenpan2022', 0, 'PermenPANRB 6/2022', 1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    (2, 'pp46', 1, 'PP 46/2011', 1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    (3, 'pp30', 2, 'PP 30/2019', 1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    (4, 'weighted-default', 3, 'Indikator tertimbang — staf pelayanan kabupaten', 1,
     strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));

INSERT INTO scheme_version (id, scheme_id, version, definition, note, created_at) VALUES
    (1, 1, 1, '{"format": 1, "kind": "permenpan2022", "name": "PermenPANRB 6/2022",
       "settings": {
         "perilakuSuggestionMinDiAtas": 4
       }}',
     'Seed', strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    (2, 2, 1, '{"format": 1, "kind": "pp46", "name": "PP 46/2011",
       "settings": {
         "bands": [
           {"confirmed": true, "lower": 90, "lowerInclusive": false, "name": "Sangat Baik", "requiresInnovation": false, "upper": null, "upperInclusive": true, "written": "91–100"},
           {"confirmed": true, "lower": 75, "lowerInclusive": false, "name": "Baik", "requiresInnovation": false, "upper": 90, "upperInclusive": true, "written": "76–90"},
           {"confirmed": true, "lower": 60, "lowerInclusive": false, "name": "Cukup", "requiresInnovation": false, "upper": 75, "upperInclusive": true, "written": "61–75"},
           {"confirmed": true, "lower": 50, "lowerInclusive": false, "name": "Kurang", "requiresInnovation": false, "upper": 60, "upperInclusive": true, "written": "51–60"},
           {"confirmed": true, "lower": null, "lowerInclusive": false, "name": "Buruk", "requiresInnovation": false, "upper": 50, "upperInclusive": true, "written": "≤ 50"}
         ]
       }}',
     'Seed', strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    (3, 3, 1, '{"format": 1, "kind": "pp30", "name": "PP 30/2019",
       "settings": {
         "bands": [
           {"confirmed": true, "lower": 110, "lowerInclusive": true, "name": "Sangat Baik", "requiresInnovation": true, "upper": 120, "upperInclusive": true, "written": "110 ≤ x ≤ 120"},
           {"confirmed": true, "lower": 90, "lowerInclusive": true, "name": "Baik", "requiresInnovation": false, "upper": 120, "upperInclusive": true, "written": "90 ≤ x ≤ 120"},
           {"confirmed": true, "lower": 70, "lowerInclusive": true, "name": "Cukup", "requiresInnovation": false, "upper": 90, "upperInclusive": false, "written": "70 ≤ x < 90"},
           {"confirmed": false, "lower": 50, "lowerInclusive": true, "name": "Kurang", "requiresInnovation": false, "upper": 70, "upperInclusive": false, "written": "50 ≤ x < 70"},
           {"confirmed": false, "lower": null, "lowerInclusive": true, "name": "Sangat Kurang", "requiresInnovation": false, "upper": 50, "upperInclusive": false, "written": "x < 50"}
         ],
         "weighting": "70/30"
       }}',
     'Seed', strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    (4, 4, 1, '{"format": 1, "kind": "weighted", "name": "Indikator tertimbang — staf pelayanan kabupaten",
       "settings": {
         "bands": [
           {"confirmed": true, "lower": 90, "lowerInclusive": false, "name": "Sangat Baik", "requiresInnovation": false, "upper": null, "upperInclusive": true, "written": "91–100"},
           {"confirmed": true, "lower": 75, "lowerInclusive": false, "name": "Baik", "requiresInnovation": false, "upper": 90, "upperInclusive": true, "written": "76–90"},
           {"confirmed": true, "lower": 60, "lowerInclusive": false, "name": "Cukup", "requiresInnovation": false, "upper": 75, "upperInclusive": true, "written": "61–75"},
           {"confirmed": true, "lower": 50, "lowerInclusive": false, "name": "Kurang", "requiresInnovation": false, "upper": 60, "upperInclusive": true, "written": "51–60"},
           {"confirmed": true, "lower": null, "lowerInclusive": false, "name": "Buruk", "requiresInnovation": false, "upper": 50, "upperInclusive": true, "written": "≤ 50"}
         ],
         "indicators": [
           {"id": "ketepatan-waktu", "name": "Ketepatan waktu penyelesaian tugas", "scale": "percent", "sources": {"self": 2000, "supervisor": 8000}, "weightBp": 2500},
           {"id": "kualitas-layanan", "name": "Kualitas layanan publik", "scale": "likert5", "sources": {"peers": 3000, "self": 2000, "supervisor": 5000}, "weightBp": 2500},
           {"direction": "lower", "id": "respon-pengaduan", "name": "Kecepatan respon pengaduan masyarakat", "scale": "target", "sources": {"supervisor": 10000}, "target": 3, "unit": "hari kerja", "weightBp": 2000},
           {"id": "kepuasan-masyarakat", "name": "Kepuasan masyarakat (IKM unit)", "scale": "percent", "sources": {"public": 10000}, "weightBp": 2000},
           {"direction": "higher", "id": "pengembangan-kompetensi", "name": "Partisipasi pengembangan kompetensi", "scale": "target", "sources": {"supervisor": 10000}, "target": 20, "unit": "JP per tahun", "weightBp": 1000}
         ],
         "missingPolicy": "reweight"
       }}',
     'Seed', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
