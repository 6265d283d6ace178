-- Kinerja schema version 2: the riwayat (dated history of unit, jabatan and pangkat),
-- so an appraisal can record the position as it was in its period.

-- Riwayat: the position held from valid_from until the next record.
CREATE TABLE position_history (
    id           INTEGER PRIMARY KEY,
    employee_id  INTEGER NOT NULL REFERENCES employee(id) ON DELETE CASCADE,
    valid_from   TEXT    NOT NULL,
    unit_id      INTEGER NOT NULL REFERENCES unit(id) ON DELETE RESTRICT,
    jabatan      TEXT    NOT NULL,
    jabatan_kind INTEGER NOT NULL,
    jenjang      INTEGER NOT NULL,
    status       INTEGER NOT NULL,
    grade        INTEGER NOT NULL,
    note         TEXT    NOT NULL DEFAULT '',
    UNIQUE (employee_id, valid_from)
);
CREATE INDEX position_history_unit ON position_history(unit_id);
