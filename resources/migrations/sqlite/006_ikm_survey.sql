-- Kinerja schema version 6: the Survei Kepuasan Masyarakat of a unit in a period
-- (PermenPANRB 14/2017), as imported from the respondents' spreadsheet. One survey per unit
-- and period; a new import replaces it. Per unsur U1–U9 the respondents who answered it
-- (uN_answered) and the total of their answers 1–4 (uN_sum) are kept, so that every NRR
-- (uN_sum / uN_answered) can be shown again without the file. unit_value is the IKM unit
-- pelayanan (Σ NRR × 0.111 × 25), unrounded; org_achievement.ikm receives it rounded to
-- 2 decimals when the survey is saved. Only complete surveys are stored: every unsur has
-- at least one answer.
CREATE TABLE ikm_survey (
    id          INTEGER PRIMARY KEY,
    period_id   INTEGER NOT NULL REFERENCES period(id) ON DELETE CASCADE,
    unit_id     INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
    respondents INTEGER NOT NULL CHECK (respondents > 0),
    u1_answered INTEGER NOT NULL, u1_sum INTEGER NOT NULL,
    u2_answered INTEGER NOT NULL, u2_sum INTEGER NOT NULL,
    u3_answered INTEGER NOT NULL, u3_sum INTEGER NOT NULL,
    u4_answered INTEGER NOT NULL, u4_sum INTEGER NOT NULL,
    u5_answered INTEGER NOT NULL, u5_sum INTEGER NOT NULL,
    u6_answered INTEGER NOT NULL, u6_sum INTEGER NOT NULL,
    u7_answered INTEGER NOT NULL, u7_sum INTEGER NOT NULL,
    u8_answered INTEGER NOT NULL, u8_sum INTEGER NOT NULL,
    u9_answered INTEGER NOT NULL, u9_sum INTEGER NOT NULL,
    unit_value  REAL    NOT NULL CHECK (unit_value BETWEEN 0 AND 100),
    source_name TEXT    NOT NULL DEFAULT '',
    imported_at TEXT    NOT NULL,
    UNIQUE (period_id, unit_id),
    CHECK (u1_answered BETWEEN 1 AND respondents AND u1_sum BETWEEN u1_answered AND 4 * u1_answered),
    CHECK (u2_answered BETWEEN 1 AND respondents AND u2_sum BETWEEN u2_answered AND 4 * u2_answered),
    CHECK (u3_answered BETWEEN 1 AND respondents AND u3_sum BETWEEN u3_answered AND 4 * u3_answered),
    CHECK (u4_answered BETWEEN 1 AND respondents AND u4_sum BETWEEN u4_answered AND 4 * u4_answered),
    CHECK (u5_answered BETWEEN 1 AND respondents AND u5_sum BETWEEN u5_answered AND 4 * u5_answered),
    CHECK (u6_answered BETWEEN 1 AND respondents AND u6_sum BETWEEN u6_answered AND 4 * u6_answered),
    CHECK (u7_answered BETWEEN 1 AND respondents AND u7_sum BETWEEN u7_answered AND 4 * u7_answered),
    CHECK (u8_answered BETWEEN 1 AND respondents AND u8_sum BETWEEN u8_answered AND 4 * u8_answered),
    CHECK (u9_answered BETWEEN 1 AND respondents AND u9_sum BETWEEN u9_answered AND 4 * u9_answered)
);
CREATE INDEX ikm_survey_unit ON ikm_survey(unit_id);
