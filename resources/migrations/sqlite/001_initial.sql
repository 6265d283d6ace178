-- Kinerja schema version 1: units and employees.
-- Applied inside one transaction by kinerja::Database; user_version is set by the caller.

CREATE TABLE unit (
    id           INTEGER PRIMARY KEY,
    parent_id    INTEGER REFERENCES unit(id) ON DELETE RESTRICT,
    name         TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    kind         INTEGER NOT NULL CHECK (kind BETWEEN 0 AND 5),
    head_id      INTEGER REFERENCES employee(id) ON DELETE SET NULL,
    -- A unit named in the riwayat is dissolved instead of erased.
    dissolved_on TEXT,
    CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX unit_parent ON unit(parent_id);

CREATE TABLE employee (
    id             INTEGER PRIMARY KEY,
    nip            TEXT    NOT NULL UNIQUE CHECK (length(nip) = 18),
    name           TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    gelar_depan    TEXT    NOT NULL DEFAULT '',
    gelar_belakang TEXT    NOT NULL DEFAULT '',
    status         INTEGER NOT NULL CHECK (status BETWEEN 0 AND 2),
    grade          INTEGER NOT NULL,
    jabatan        TEXT    NOT NULL,
    jabatan_kind   INTEGER NOT NULL CHECK (jabatan_kind BETWEEN 0 AND 4),
    jenjang        INTEGER NOT NULL DEFAULT 0,
    unit_id        INTEGER NOT NULL REFERENCES unit(id) ON DELETE RESTRICT,
    atasan_id      INTEGER REFERENCES employee(id) ON DELETE RESTRICT,
    state          INTEGER NOT NULL DEFAULT 0 CHECK (state BETWEEN 0 AND 3),
    state_date     TEXT,
    -- Derived columns kept by the repository for sorting and the live filter.
    sort_name      TEXT    NOT NULL,
    search_text    TEXT    NOT NULL,
    CHECK (atasan_id IS NULL OR atasan_id <> id)
);
CREATE INDEX employee_unit ON employee(unit_id, state);
CREATE INDEX employee_atasan ON employee(atasan_id);
CREATE INDEX employee_sort_name ON employee(sort_name);
CREATE INDEX employee_state_sort ON employee(state, sort_name);

-- Agency-wide settings (instansi name, logo, ...), key/value.
CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
