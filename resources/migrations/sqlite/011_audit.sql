-- Kinerja schema version 11: the audit trail, written by the database itself.
-- Every insert, update (that changes something) and delete of an audited row appends one
-- entry: who (kinerja_login(): the operating-system user of the program that has the file
-- open), when (UTC, 'YYYY-MM-DDTHH:MM:SS.sssZ'), which row and its values before and after
-- as JSON objects of every column. No foreign keys: entries outlive the rows they describe.
--
-- row_id: the row's id; for tables keyed otherwise: org_achievement
-- period_id * 1000000000 + unit_id, perilaku appraisal_id * 100 + core_value, aspect_score
-- appraisal_id * 100 + aspect, objection appraisal_id, setting 0 (the key is in the values).
-- employee_id / appraisal_id: the employee and appraisal the row is about, for filters
-- (looked up when the entry is written; NULL for a row deleted with its appraisal).
--
-- The entries form a hash chain. hash = lowercase hex SHA-256 of the UTF-8 text
--   prev_hash, id, at, login, table_name, row_id, action, old_values, new_values,
--   employee_id, appraisal_id
-- joined by the character U+001F, integers in decimal, NULL as ''. prev_hash is the hash of
-- the entry before ('' for the first). AuditTrail::verify (storage/audittrail.cpp)
-- recomputes it. The same text is hashed by postgresql/011_audit.sql.
--
-- kinerja_login() and kinerja_sha256() are registered by Kinerja on every connection it
-- opens (storage/database.cpp). Another program (the sqlite3 shell) does not have them, so
-- its changes to audited tables fail ("no such function"): changing data outside Kinerja
-- needs DROP TRIGGER first, which AuditTrail::verify reports.
-- A later migration that adds a column to an audited table re-creates its triggers.

CREATE TABLE audit_entry (
    id           INTEGER PRIMARY KEY,
    at           TEXT    NOT NULL,
    login        TEXT    NOT NULL,
    table_name   TEXT    NOT NULL,
    row_id       BIGINT  NOT NULL,
    action       TEXT    NOT NULL CHECK (action IN ('I', 'U', 'D')),
    old_values   TEXT,
    new_values   TEXT,
    employee_id  BIGINT,
    appraisal_id BIGINT,
    prev_hash    TEXT    NOT NULL,
    hash         TEXT    NOT NULL
);
CREATE INDEX audit_entry_row ON audit_entry(table_name, row_id);
CREATE INDEX audit_entry_employee ON audit_entry(employee_id);
CREATE INDEX audit_entry_appraisal ON audit_entry(appraisal_id);
CREATE INDEX audit_entry_login ON audit_entry(login);
CREATE INDEX audit_entry_at ON audit_entry(at);

-- The trail is append-only.
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;

-- Every entry is written through this view: its trigger alone numbers the entry, stamps it
-- and links it to the previous one, one row at a time.
CREATE VIEW audit_write AS
SELECT login, table_name, row_id, action, old_values, new_values, employee_id, appraisal_id
  FROM audit_entry WHERE 0;
CREATE TRIGGER audit_write_insert INSTEAD OF INSERT ON audit_write BEGIN
  INSERT INTO audit_entry (id, at, login, table_name, row_id, action, old_values, new_values,
                           employee_id, appraisal_id, prev_hash, hash)
  SELECT id, at, NEW.login, NEW.table_name, NEW.row_id, NEW.action, NEW.old_values,
         NEW.new_values, NEW.employee_id, NEW.appraisal_id, prev,
         kinerja_sha256(prev || char(31) || id || char(31) || at || char(31) || NEW.login
             || char(31) || NEW.table_name || char(31) || NEW.row_id || char(31) || NEW.action
             || char(31) || coalesce(NEW.old_values, '') || char(31)
             || coalesce(NEW.new_values, '') || char(31) || coalesce(NEW.employee_id, '')
             || char(31) || coalesce(NEW.appraisal_id, ''))
    FROM (SELECT coalesce((SELECT max(id) FROM audit_entry), 0) + 1 AS id,
                 strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at,
                 coalesce((SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1), '') AS prev);
END;

-- Seed: the chain starts with one entry per existing row (login 'migration').
INSERT INTO audit_write SELECT 'migration', 'unit', t.id, 'I', NULL, json_object('id', t.id, 'parent_id', t.parent_id, 'name', t.name, 'kind', t.kind, 'head_id', t.head_id, 'dissolved_on', t.dissolved_on, 'row_version', t.row_version, 'changed_by', t.changed_by, 'changed_at', t.changed_at),
    NULL, NULL
  FROM unit t ORDER BY id;
INSERT INTO audit_write SELECT 'migration', 'employee', t.id, 'I', NULL, json_object('id', t.id, 'nip', t.nip, 'name', t.name, 'gelar_depan', t.gelar_depan, 'gelar_belakang', t.gelar_belakang, 'status', t.status, 'grade', t.grade, 'jabatan', t.jabatan, 'jabatan_kind', t.jabatan_kind, 'jenjang', t.jenjang, 'unit_id', t.unit_id, 'atasan_id', t.atasan_id, 'state', t.state, 'state_date', t.state_date, 'sort_name', t.sort_name, 'search_text', t.search_text, 'row_version', t.row_version, 'changed_by', t.changed_by, 'changed_at', t.changed_at),
    t.id, NULL
  FROM employee t ORDER BY id;
INSERT INTO audit_write SELECT 'migration', 'setting', 0, 'I', NULL, json_object('key', t.key, 'value', t.value),
    NULL, NULL
  FROM setting t ORDER BY key;
INSERT INTO audit_write SELECT 'migration', 'position_history', t.id, 'I', NULL, json_object('id', t.id, 'employee_id', t.employee_id, 'valid_from', t.valid_from, 'unit_id', t.unit_id, 'jabatan', t.jabatan, 'jabatan_kind', t.jabatan_kind, 'jenjang', t.jenjang, 'status', t.status, 'grade', t.grade, 'note', t.note),
    t.employee_id, NULL
  FROM position_history t ORDER BY id;
INSERT INTO audit_write SELECT 'migration', 'scheme', t.id, 'I', NULL, json_object('id', t.id, 'code', t.code, 'kind', t.kind, 'name', t.name, 'builtin', t.builtin, 'created_at', t.created_at, 'row_version', t.row_version, 'changed_by', t.changed_by, 'changed_at', t.changed_at),
    NULL, NULL
  FROM scheme t ORDER BY id;
INSERT INTO audit_write SELECT 'migration', 'scheme_version', t.id, 'I', NULL, json_object('id', t.id, 'scheme_id', t.scheme_id, 'version', t.version, 'definition', t.definition, 'note', t.note, 'created_at', t.created_at),
    NULL, NULL
  FROM scheme_version t ORDER BY id;
INSERT INTO audit_write SELECT 'migration', 'period', t.id, 'I', NULL, json_object('id', t.id, 'code', t.code, 'kind', t.kind, 'start_date', t.start_date, 'end_date', t.end_date, 'state', t.state, 'scheme_version_id', t.scheme_version_id, 'created_at', t.created_at, 'row_version', t.row_version, 'changed_by', t.changed_by, 'changed_at', t.changed_at),
    NULL, NULL
  FROM period t ORDER BY id;
INSERT INTO audit_write SELECT 'migration', 'period_log', t.id, 'I', NULL, json_object('id', t.id, 'period_id', t.period_id, 'at', t.at, 'user_name', t.user_name, 'action', t.action, 'reason', t.reason),
    NULL, NULL
  FROM period_log t ORDER BY id;
INSERT INTO audit_write SELECT 'migration', 'org_achievement', t.period_id * 1000000000 + t.unit_id, 'I', NULL, json_object('period_id', t.period_id, 'unit_id', t.unit_id, 'predikat', t.predikat, 'ikm', t.ikm, 'note', t.note),
    NULL, NULL
  FROM org_achievement t ORDER BY period_id, unit_id;
INSERT INTO audit_write SELECT 'migration', 'appraisal', t.id, 'I', NULL, json_object('id', t.id, 'employee_id', t.employee_id, 'period_id', t.period_id, 'scheme_version_id', t.scheme_version_id, 'state', t.state, 'nip', t.nip, 'name', t.name, 'jabatan', t.jabatan, 'jabatan_kind', t.jabatan_kind, 'jenjang', t.jenjang, 'status', t.status, 'grade', t.grade, 'unit_id', t.unit_id, 'unit_name', t.unit_name, 'rater_id', t.rater_id, 'rater_name', t.rater_name, 'rater_nip', t.rater_nip, 'rater_jabatan', t.rater_jabatan, 'rater_status', t.rater_status, 'rater_grade', t.rater_grade, 'rater_unit_id', t.rater_unit_id, 'rater_unit_name', t.rater_unit_name, 'atasan_id', t.atasan_id, 'atasan_name', t.atasan_name, 'atasan_nip', t.atasan_nip, 'atasan_jabatan', t.atasan_jabatan, 'atasan_status', t.atasan_status, 'atasan_grade', t.atasan_grade, 'atasan_unit_id', t.atasan_unit_id, 'atasan_unit_name', t.atasan_unit_name, 'self_hasil', t.self_hasil, 'self_perilaku', t.self_perilaku, 'rating_hasil', t.rating_hasil, 'rating_perilaku', t.rating_perilaku, 'capaian_skp', t.capaian_skp, 'new_idea', t.new_idea, 'tugas_tambahan', t.tugas_tambahan, 'kreativitas', t.kreativitas, 'rekomendasi', t.rekomendasi, 'competency', t.competency, 'rollup_policy', t.rollup_policy, 'rollup_missing', t.rollup_missing, 'rollup_kind', t.rollup_kind, 'score', t.score, 'predikat', t.predikat, 'predikat_level', t.predikat_level, 'created_at', t.created_at, 'submitted_at', t.submitted_at, 'rated_at', t.rated_at, 'finalized_at', t.finalized_at, 'row_version', t.row_version, 'changed_by', t.changed_by, 'changed_at', t.changed_at),
    t.employee_id, t.id
  FROM appraisal t ORDER BY id;
INSERT INTO audit_write SELECT 'migration', 'appraisal_log', t.id, 'I', NULL, json_object('id', t.id, 'appraisal_id', t.appraisal_id, 'at', t.at, 'user_name', t.user_name, 'action', t.action, 'from_state', t.from_state, 'to_state', t.to_state, 'reason', t.reason),
    (SELECT employee_id FROM appraisal WHERE id = t.appraisal_id), t.appraisal_id
  FROM appraisal_log t ORDER BY id;
INSERT INTO audit_write SELECT 'migration', 'rhk', t.id, 'I', NULL, json_object('id', t.id, 'appraisal_id', t.appraisal_id, 'position', t.position, 'kind', t.kind, 'text', t.text, 'intervensi', t.intervensi, 'perspektif', t.perspektif, 'copied_from', t.copied_from),
    (SELECT employee_id FROM appraisal WHERE id = t.appraisal_id), t.appraisal_id
  FROM rhk t ORDER BY id;
INSERT INTO audit_write SELECT 'migration', 'rhk_indicator', t.id, 'I', NULL, json_object('id', t.id, 'rhk_id', t.rhk_id, 'position', t.position, 'aspek', t.aspek, 'indikator', t.indikator, 'target', t.target, 'satuan', t.satuan, 'realisasi', t.realisasi, 'bukti_dukung', t.bukti_dukung, 'umpan_balik', t.umpan_balik),
    (SELECT a.employee_id FROM rhk r JOIN appraisal a ON a.id = r.appraisal_id WHERE r.id = t.rhk_id), (SELECT appraisal_id FROM rhk WHERE id = t.rhk_id)
  FROM rhk_indicator t ORDER BY id;
INSERT INTO audit_write SELECT 'migration', 'perilaku', t.appraisal_id * 100 + t.core_value, 'I', NULL, json_object('appraisal_id', t.appraisal_id, 'core_value', t.core_value, 'ekspektasi', t.ekspektasi, 'umpan_balik', t.umpan_balik, 'assessment', t.assessment),
    (SELECT employee_id FROM appraisal WHERE id = t.appraisal_id), t.appraisal_id
  FROM perilaku t ORDER BY appraisal_id, core_value;
INSERT INTO audit_write SELECT 'migration', 'kegiatan', t.id, 'I', NULL, json_object('id', t.id, 'appraisal_id', t.appraisal_id, 'position', t.position, 'name', t.name, 'target_kuantitas', t.target_kuantitas, 'satuan_kuantitas', t.satuan_kuantitas, 'real_kuantitas', t.real_kuantitas, 'target_kualitas', t.target_kualitas, 'real_kualitas', t.real_kualitas, 'target_waktu', t.target_waktu, 'satuan_waktu', t.satuan_waktu, 'real_waktu', t.real_waktu, 'target_biaya', t.target_biaya, 'real_biaya', t.real_biaya, 'copied_from', t.copied_from),
    (SELECT employee_id FROM appraisal WHERE id = t.appraisal_id), t.appraisal_id
  FROM kegiatan t ORDER BY id;
INSERT INTO audit_write SELECT 'migration', 'aspect_score', t.appraisal_id * 100 + t.aspect, 'I', NULL, json_object('appraisal_id', t.appraisal_id, 'aspect', t.aspect, 'value', t.value),
    (SELECT employee_id FROM appraisal WHERE id = t.appraisal_id), t.appraisal_id
  FROM aspect_score t ORDER BY appraisal_id, aspect;
INSERT INTO audit_write SELECT 'migration', 'weighted_rating', t.id, 'I', NULL, json_object('id', t.id, 'appraisal_id', t.appraisal_id, 'indicator', t.indicator, 'source', t.source, 'rater_id', t.rater_id, 'value', t.value, 'hide_name', t.hide_name),
    (SELECT employee_id FROM appraisal WHERE id = t.appraisal_id), t.appraisal_id
  FROM weighted_rating t ORDER BY id;
INSERT INTO audit_write SELECT 'migration', 'objection', t.appraisal_id, 'I', NULL, json_object('appraisal_id', t.appraisal_id, 'filed_on', t.filed_on, 'text', t.text, 'explanation', t.explanation, 'explained_on', t.explained_on, 'decision', t.decision, 'decision_text', t.decision_text, 'decided_on', t.decided_on),
    (SELECT employee_id FROM appraisal WHERE id = t.appraisal_id), t.appraisal_id
  FROM objection t ORDER BY appraisal_id;
INSERT INTO audit_write SELECT 'migration', 'ikm_survey', t.id, 'I', NULL, json_object('id', t.id, 'period_id', t.period_id, 'unit_id', t.unit_id, 'respondents', t.respondents, 'u1_answered', t.u1_answered, 'u1_sum', t.u1_sum, 'u2_answered', t.u2_answered, 'u2_sum', t.u2_sum, 'u3_answered', t.u3_answered, 'u3_sum', t.u3_sum, 'u4_answered', t.u4_answered, 'u4_sum', t.u4_sum, 'u5_answered', t.u5_answered, 'u5_sum', t.u5_sum, 'u6_answered', t.u6_answered, 'u6_sum', t.u6_sum, 'u7_answered', t.u7_answered, 'u7_sum', t.u7_sum, 'u8_answered', t.u8_answered, 'u8_sum', t.u8_sum, 'u9_answered', t.u9_answered, 'u9_sum', t.u9_sum, 'unit_value', t.unit_value, 'source_name', t.source_name, 'imported_at', t.imported_at),
    NULL, NULL
  FROM ikm_survey t ORDER BY id;

-- The triggers that write the trail: one per audited table and event.
CREATE TRIGGER audit_unit_insert AFTER INSERT ON unit BEGIN
  INSERT INTO audit_write VALUES (kinerja_login(), 'unit', NEW.id, 'I', NULL,
    json_object('id', NEW.id, 'parent_id', NEW.parent_id, 'name', NEW.name, 'kind', NEW.kind, 'head_id', NEW.head_id, 'dissolved_on', NEW.dissolved_on, 'row_version', NEW.row_version, 'changed_by', NEW.changed_by, 'changed_at', NEW.changed_at),
    NULL, NULL);
END;
CREATE TRIGGER audit_unit_update AFTER UPDATE ON unit BEGIN
  INSERT INTO audit_write SELECT kinerja_login(), 'unit', NEW.id, 'U', o, n,
    NULL, NULL
  FROM (SELECT json_object('id', OLD.id, 'parent_id', OLD.parent_id, 'name', OLD.name, 'kind', OLD.kind, 'head_id', OLD.head_id, 'dissolved_on', OLD.dissolved_on, 'row_version', OLD.row_version, 'changed_by', OLD.changed_by, 'changed_at', OLD.changed_at) AS o,
    json_object('id', NEW.id, 'parent_id', NEW.parent_id, 'name', NEW.name, 'kind', NEW.kind, 'head_id', NEW.head_id, 'dissolved_on', NEW.dissolved_on, 'row_version', NEW.row_version, 'changed_by', NEW.changed_by, 'changed_at', NEW.changed_at) AS n)
  WHERE o IS NOT n;
END;
CREATE TRIGGER audit_unit_delete AFTER DELETE ON unit BEGIN
  INSERT INTO audit_write VALUES (kinerja_login(), 'unit', OLD.id, 'D',
    json_object('id', OLD.id, 'parent_id', OLD.parent_id, 'name', OLD.name, 'kind', OLD.kind, 'head_id', OLD.head_id, 'dissolved_on', OLD.dissolved_on, 'row_version', OLD.row_version, 'changed_by', OLD.changed_by, 'changed_at', OLD.changed_at), NULL,
    NULL, NULL);
END;
CREATE TRIGGER audit_employee_insert AFTER INSERT ON employee BEGIN
  INSERT INTO audit_write VALUES (kinerja_login(), 'employee', NEW.id, 'I', NULL,
    json_object('id', NEW.id, 'nip', NEW.nip, 'name', NEW.name, 'gelar_depan', NEW.gelar_depan, 'gelar_belakang', NEW.gelar_belakang, 'status', NEW.status, 'grade', NEW.grade, 'jabatan', NEW.jabatan, 'jabatan_kind', NEW.jabatan_kind, 'jenjang', NEW.jenjang, 'unit_id', NEW.unit_id, 'atasan_id', NEW.atasan_id, 'state', NEW.state, 'state_date', NEW.state_date, 'sort_name', NEW.sort_name, 'search_text', NEW.search_text, 'row_version', NEW.row_version, 'changed_by', NEW.changed_by, 'changed_at', NEW.changed_at),
    NEW.id, NULL);
END;
CREATE TRIGGER audit_employee_update AFTER UPDATE ON employee BEGIN
  INSERT INTO audit_write SELECT kinerja_login(), 'employee', NEW.id, 'U', o, n,
    NEW.id, NULL
  FROM (SELECT json_object('id', OLD.id, 'nip', OLD.nip, 'name', OLD.name, 'gelar_depan', OLD.gelar_depan, 'gelar_belakang', OLD.gelar_belakang, 'status', OLD.status, 'grade', OLD.grade, 'jabatan', OLD.jabatan, 'jabatan_kind', OLD.jabatan_kind, 'jenjang', OLD.jenjang, 'unit_id', OLD.unit_id, 'atasan_id', OLD.atasan_id, 'state', OLD.state, 'state_date', OLD.state_date, 'sort_name', OLD.sort_name, 'search_text', OLD.search_text, 'row_version', OLD.row_version, 'changed_by', OLD.changed_by, 'changed_at', OLD.changed_at) AS o,
    json_object('id', NEW.id, 'nip', NEW.nip, 'name', NEW.name, 'gelar_depan', NEW.gelar_depan, 'gelar_belakang', NEW.gelar_belakang, 'status', NEW.status, 'grade', NEW.grade, 'jabatan', NEW.jabatan, 'jabatan_kind', NEW.jabatan_kind, 'jenjang', NEW.jenjang, 'unit_id', NEW.unit_id, 'atasan_id', NEW.atasan_id, 'state', NEW.state, 'state_date', NEW.state_date, 'sort_name', NEW.sort_name, 'search_text', NEW.search_text, 'row_version', NEW.row_version, 'changed_by', NEW.changed_by, 'changed_at', NEW.changed_at) AS n)
  WHERE o IS NOT n;
END;
CREATE TRIGGER audit_employee_delete AFTER DELETE ON employee BEGIN
  INSERT INTO audit_write VALUES (kinerja_login(), 'employee', OLD.id, 'D',
    json_object('id', OLD.id, 'nip', OLD.nip, 'name', OLD.name, 'gelar_depan', OLD.gelar_depan, 'gelar_belakang', OLD.gelar_belakang, 'status', OLD.status, 'grade', OLD.grade, 'jabatan', OLD.jabatan, 'jabatan_kind', OLD.jabatan_kind, 'jenjang', OLD.jenjang, 'unit_id', OLD.unit_id, 'atasan_id', OLD.atasan_id, 'state', OLD.state, 'state_date', OLD.state_date, 'sort_name', OLD.sort_name, 'search_text', OLD.search_text, 'row_version', OLD.row_version, 'changed_by', OLD.changed_by, 'changed_at', OLD.changed_at), NULL,
    OLD.id, NULL);
END;
CREATE TRIGGER audit_setting_insert AFTER INSERT ON setting BEGIN
  INSERT INTO audit_write VALUES (kinerja_login(), 'setting', 0, 'I', NULL,
    json_object('key', NEW.key, 'value', NEW.value),
    NULL, NULL);
END;
CREATE TRIGGER audit_setting_update AFTER UPDATE ON setting BEGIN
  INSERT INTO audit_write SELECT kinerja_login(), 'setting', 0, 'U', o, n,
    NULL, NULL
  FROM (SELECT json_object('key', OLD.key, 'value', OLD.value) AS o,
    json_object('key', NEW.key, 'value', NEW.value) AS n)
  WHERE o IS NOT n;
END;
CREATE TRIGGER audit_setting_delete AFTER DELETE ON setting BEGIN
  INSERT INTO audit_write VALUES (kinerja_login(), 'setting', 0, 'D',
    json_object('key', OLD.key, 'value', OLD.value), NULL,
    NULL, NULL);
END;
CREATE TRIGGER audit_position_history_insert AFTER INSERT ON position_history BEGIN
  INSERT INTO audit_write VALUES (kinerja_login(), 'position_history', NEW.id, 'I', NULL,
    json_object('id', NEW.id, 'employee_id', NEW.employee_id, 'valid_from', NEW.valid_from, 'unit_id', NEW.unit_id, 'jabatan', NEW.jabatan, 'jabatan_kind', NEW.jabatan_kind, 'jenjang', NEW.jenjang, 'status', NEW.status, 'grade', NEW.grade, 'note', NEW.note),
    NEW.employee_id, NULL);
END;
CREATE TRIGGER audit_position_history_update AFTER UPDATE ON position_history BEGIN
  INSERT INTO audit_write SELECT kinerja_login(), 'position_history', NEW.id, 'U', o, n,
    NEW.employee_id, NULL
  FROM (SELECT json_object('id', OLD.id, 'employee_id', OLD.employee_id, 'valid_from', OLD.valid_from, 'unit_id', OLD.unit_id, 'jabatan', OLD.jabatan, 'jabatan_kind', OLD.jabatan_kind, 'jenjang', OLD.jenjang, 'status', OLD.status, 'grade', OLD.grade, 'note', OLD.note) AS o,
    json_object('id', NEW.id, 'employee_id', NEW.employee_id, 'valid_from', NEW.valid_from, 'unit_id', NEW.unit_id, 'jabatan', NEW.jabatan, 'jabatan_kind', NEW.jabatan_kind, 'jenjang', NEW.jenjang, 'status', NEW.status, 'grade', NEW.grade, 'note', NEW.note) AS n)
  WHERE o IS NOT n;
END;
CREATE TRIGGER audit_position_history_delete AFTER DELETE ON position_history BEGIN
  INSERT INTO audit_write VALUES (kinerja_login(), 'position_history', OLD.id, 'D',
    json_object('id', OLD.id, 'employee_id', OLD.employee_id, 'valid_from', OLD.valid_from, 'unit_id', OLD.unit_id, 'jabatan', OLD.jabatan, 'jabatan_kind', OLD.jabatan_kind, 'jenjang', OLD.jenjang, 'status', OLD.status, 'grade', OLD.grade, 'note', OLD.note), NULL,
    OLD.employee_id, NULL);
END;
CREATE TRIGGER audit_scheme_insert AFTER INSERT ON scheme BEGIN
  INSERT INTO audit_write VALUES (kinerja_login(), 'scheme', NEW.id, 'I', NULL,
    json_object('id', NEW.id, 'code', NEW.code, 'kind', NEW.kind, 'name', NEW.name, 'builtin', NEW.builtin, 'created_at', NEW.created_at, 'row_version', NEW.row_version, 'changed_by', NEW.changed_by, 'changed_at', NEW.changed_at),
    NULL, NULL);
END;
CREATE TRIGGER audit_scheme_update AFTER UPDATE ON scheme BEGIN
  INSERT INTO audit_write SELECT kinerja_login(), 'scheme', NEW.id, 'U', o, n,
    NULL, NULL
  FROM (SELECT json_object('id', OLD.id, 'code', OLD.code, 'kind', OLD.kind, 'name', OLD.name, 'builtin', OLD.builtin, 'created_at', OLD.created_at, 'row_version', OLD.row_version, 'changed_by', OLD.changed_by, 'changed_at', OLD.changed_at) AS o,
    json_object('id', NEW.id, 'code', NEW.code, 'kind', NEW.kind, 'name', NEW.name, 'builtin', NEW.builtin, 'created_at', NEW.created_at, 'row_version', NEW.row_version, 'changed_by', NEW.changed_by, 'changed_at', NEW.changed_at) AS n)
  WHERE o IS NOT n;
END;
CREATE TRIGGER audit_scheme_delete AFTER DELETE ON scheme BEGIN
  INSERT INTO audit_write VALUES (kinerja_login(), 'scheme', OLD.id, 'D',
    json_object('id', OLD.id, 'code', OLD.code, 'kind', OLD.kind, 'name', OLD.name, 'builtin', OLD.builtin, 'created_at', OLD.created_at, 'row_version', OLD.row_version, 'changed_by', OLD.changed_by, 'changed_at', OLD.changed_at), NULL,
    NULL, NULL);
END;
CREATE TRIGGER audit_scheme_version_insert AFTER INSERT ON scheme_version BEGIN
  INSERT INTO audit_write VALUES (kinerja_login(), 'scheme_version', NEW.id, 'I', NULL,
    json_object('id', NEW.id, 'scheme_id', NEW.scheme_id, 'version', NEW.version, 'definition', NEW.definition, 'note', NEW.note, 'created_at', NEW.created_at),
    NULL, NULL);
END;
CREATE TRIGGER audit_scheme_version_update AFTER UPDATE ON scheme_version BEGIN
  INSERT INTO audit_write SELECT kinerja_login(), 'scheme_version', NEW.id, 'U', o, n,
    NULL, NULL
  FROM (SELECT json_object('id', OLD.id, 'scheme_id', OLD.scheme_id, 'version', OLD.version, 'definition', OLD.definition, 'note', OLD.note, 'created_at', OLD.created_at) AS o,
    json_object('id', NEW.id, 'scheme_id', NEW.scheme_id, 'version', NEW.version, 'definition', NEW.definition, 'note', NEW.note, 'created_at', NEW.created_at) AS n)
  WHERE o IS NOT n;
END;
CREATE TRIGGER audit_scheme_version_delete AFTER DELETE ON scheme_version BEGIN
  INSERT INTO audit_write VALUES (kinerja_login(), 'scheme_version', OLD.id, 'D',
    json_object('id', OLD.id, 'scheme_id', OLD.scheme_id, 'version', OLD.version, 'definition', OLD.definition, 'note', OLD.note, 'created_at', OLD.created_at), NULL,
    NULL, NULL);
END;
CREATE TRIGGER audit_period_insert AFTER INSERT ON period BEGIN
  INSERT INTO audit_write VALUES (kinerja_login(), 'period', NEW.id, 'I', NULL,
    json_object('id', NEW.id, 'code', NEW.code, 'kind', NEW.kind, 'start_date', NEW.start_date, 'end_date', NEW.end_date, 'state', NEW.state, 'scheme_version_id', NEW.scheme_version_id, 'created_at', NEW.created_at, 'row_version', NEW.row_version, 'changed_by', NEW.changed_by, 'changed_at', NEW.changed_at),
    NULL, NULL);
END;
CREATE TRIGGER audit_period_update AFTER UPDATE ON period BEGIN
  INSERT INTO audit_write SELECT kinerja_login(), 'period', NEW.id, 'U', o, n,
    NULL, NULL
  FROM (SELECT json_object('id', OLD.id, 'code', OLD.code, 'kind', OLD.kind, 'start_date', OLD.start_date, 'end_date', OLD.end_date, 'state', OLD.state, 'scheme_version_id', OLD.scheme_version_id, 'created_at', OLD.created_at, 'row_version', OLD.row_version, 'changed_by', OLD.changed_by, 'changed_at', OLD.changed_at) AS o,
    json_object('id', NEW.id, 'code', NEW.code, 'kind', NEW.kind, 'start_date', NEW.start_date, 'end_date', NEW.end_date, 'state', NEW.state, 'scheme_version_id', NEW.scheme_version_id, 'created_at', NEW.created_at, 'row_version', NEW.row_version, 'changed_by', NEW.changed_by, 'changed_at', NEW.changed_at) AS n)
  WHERE o IS NOT n;
END;
CREATE TRIGGER audit_period_delete AFTER DELETE ON period BEGIN
  INSERT INTO audit_write VALUES (kinerja_login(), 'period', OLD.id, 'D',
    json_object('id', OLD.id, 'code', OLD.code, 'kind', OLD.kind, 'start_date', OLD.start_date, 'end_date', OLD.end_date, 'state', OLD.state, 'scheme_version_id', OLD.scheme_version_id, 'created_at', OLD.created_at, 'row_version', OLD.row_version, 'changed_by', OLD.changed_by, 'changed_at', OLD.changed_at), NULL,
    NULL, NULL);
END;
CREATE TRIGGER audit_period_log_insert AFTER INSERT ON period_log BEGIN
  INSERT INTO audit_write VALUES (kinerja_login(), 'period_log', NEW.id, 'I', NULL,
    json_object('id', NEW.id, 'period_id', NEW.period_id, 'at', NEW.at, 'user_name', NEW.user_name, 'action', NEW.action, 'reason', NEW.reason),
    NULL, NULL);
END;
CREATE TRIGGER audit_period_log_update AFTER UPDATE ON period_log BEGIN
  INSERT INTO audit_write SELECT kinerja_login(), 'period_log', NEW.id, 'U', o, n,
    NULL, NULL
  FROM (SELECT json_object('id', OLD.id, 'period_id', OLD.period_id, 'at', OLD.at, 'user_name', OLD.user_name, 'action', OLD.action, 'reason', OLD.reason) AS o,
    json_object('id', NEW.id, 'period_id', NEW.period_id, 'at', NEW.at, 'user_name', NEW.user_name, 'action', NEW.action, 'reason', NEW.reason) AS n)
  WHERE o IS NOT n;
END;
CREATE TRIGGER audit_period_log_delete AFTER DELETE ON period_log BEGIN
  INSERT INTO audit_write VALUES (kinerja_login(), 'period_log', OLD.id, 'D',
    json_object('id', OLD.id, 'period_id', OLD.period_id, 'at', OLD.at, 'user_name', OLD.user_name, 'action', OLD.action, 'reason', OLD.reason), NULL,
    NULL, NULL);
END;
CREATE TRIGGER audit_org_achievement_insert AFTER INSERT ON org_achievement BEGIN
  INSERT INTO audit_write VALUES (kinerja_login(), 'org_achievement', NEW.period_id * 1000000000 + NEW.unit_id, 'I', NULL,
    json_object('period_id', NEW.period_id, 'unit_id', NEW.unit_id, 'predikat', NEW.predikat, 'ikm', NEW.ikm, 'note', NEW.note),
    NULL, NULL);
END;
CREATE TRIGGER audit_org_achievement_update AFTER UPDATE ON org_achievement BEGIN
  INSERT INTO audit_write SELECT kinerja_login(), 'org_achievement', NEW.period_id * 1000000000 + NEW.unit_id, 'U', o, n,
    NULL, NULL
  FROM (SELECT json_object('period_id', OLD.period_id, 'unit_id', OLD.unit_id, 'predikat', OLD.predikat, 'ikm', OLD.ikm, 'note', OLD.note) AS o,
    json_object('period_id', NEW.period_id, 'unit_id', NEW.unit_id, 'predikat', NEW.predikat, 'ikm', NEW.ikm, 'note', NEW.note) AS n)
  WHERE o IS NOT n;
END;
CREATE TRIGGER audit_org_achievement_delete AFTER DELETE ON org_achievement BEGIN
  INSERT INTO audit_write VALUES (kinerja_login(), 'org_achievement', OLD.period_id * 1000000000 + OLD.unit_id, 'D',
    json_object('period_id', OLD.period_id, 'unit_id', OLD.unit_id, 'predikat', OLD.predikat, 'ikm', OLD.ikm, 'note', OLD.note), NULL,
    NULL, NULL);
END;
CREATE TRIGGER audit_appraisal_insert AFTER INSERT ON appraisal BEGIN
  INSERT INTO audit_write VALUES (kinerja_login(), 'appraisal', NEW.id, 'I', NULL,
    json_object('id', NEW.id, 'employee_id', NEW.employee_id, 'period_id', NEW.period_id, 'scheme_version_id', NEW.scheme_version_id, 'state', NEW.state, 'nip', NEW.nip, 'name', NEW.name, 'jabatan', NEW.jabatan, 'jabatan_kind', NEW.jabatan_kind, 'jenjang', NEW.jenjang, 'status', NEW.status, 'grade', NEW.grade, 'unit_id', NEW.unit_id, 'unit_name', NEW.unit_name, 'rater_id', NEW.rater_id, 'rater_name', NEW.rater_name, 'rater_nip', NEW.rater_nip, 'rater_jabatan', NEW.rater_jabatan, 'rater_status', NEW.rater_status, 'rater_grade', NEW.rater_grade, 'rater_unit_id', NEW.rater_unit_id, 'rater_unit_name', NEW.rater_unit_name, 'atasan_id', NEW.atasan_id, 'atasan_name', NEW.atasan_name, 'atasan_nip', NEW.atasan_nip, 'atasan_jabatan', NEW.atasan_jabatan, 'atasan_status', NEW.atasan_status, 'atasan_grade', NEW.atasan_grade, 'atasan_unit_id', NEW.atasan_unit_id, 'atasan_unit_name', NEW.atasan_unit_name, 'self_hasil', NEW.self_hasil, 'self_perilaku', NEW.self_perilaku, 'rating_hasil', NEW.rating_hasil, 'rating_perilaku', NEW.rating_perilaku, 'capaian_skp', NEW.capaian_skp, 'new_idea', NEW.new_idea, 'tugas_tambahan', NEW.tugas_tambahan, 'kreativitas', NEW.kreativitas, 'rekomendasi', NEW.rekomendasi, 'competency', NEW.competency, 'rollup_policy', NEW.rollup_policy, 'rollup_missing', NEW.rollup_missing, 'rollup_kind', NEW.rollup_kind, 'score', NEW.score, 'predikat', NEW.predikat, 'predikat_level', NEW.predikat_level, 'created_at', NEW.created_at, 'submitted_at', NEW.submitted_at, 'rated_at', NEW.rated_at, 'finalized_at', NEW.finalized_at, 'row_version', NEW.row_version, 'changed_by', NEW.changed_by, 'changed_at', NEW.changed_at),
    NEW.employee_id, NEW.id);
END;
CREATE TRIGGER audit_appraisal_update AFTER UPDATE ON appraisal BEGIN
  INSERT INTO audit_write SELECT kinerja_login(), 'appraisal', NEW.id, 'U', o, n,
    NEW.employee_id, NEW.id
  FROM (SELECT json_object('id', OLD.id, 'employee_id', OLD.employee_id, 'period_id', OLD.period_id, 'scheme_version_id', OLD.scheme_version_id, 'state', OLD.state, 'nip', OLD.nip, 'name', OLD.name, 'jabatan', OLD.jabatan, 'jabatan_kind', OLD.jabatan_kind, 'jenjang', OLD.jenjang, 'status', OLD.status, 'grade', OLD.grade, 'unit_id', OLD.unit_id, 'unit_name', OLD.unit_name, 'rater_id', OLD.rater_id, 'rater_name', OLD.rater_name, 'rater_nip', OLD.rater_nip, 'rater_jabatan', OLD.rater_jabatan, 'rater_status', OLD.rater_status, 'rater_grade', OLD.rater_grade, 'rater_unit_id', OLD.rater_unit_id, 'rater_unit_name', OLD.rater_unit_name, 'atasan_id', OLD.atasan_id, 'atasan_name', OLD.atasan_name, 'atasan_nip', OLD.atasan_nip, 'atasan_jabatan', OLD.atasan_jabatan, 'atasan_status', OLD.atasan_status, 'atasan_grade', OLD.atasan_grade, 'atasan_unit_id', OLD.atasan_unit_id, 'atasan_unit_name', OLD.atasan_unit_name, 'self_hasil', OLD.self_hasil, 'self_perilaku', OLD.self_perilaku, 'rating_hasil', OLD.rating_hasil, 'rating_perilaku', OLD.rating_perilaku, 'capaian_skp', OLD.capaian_skp, 'new_idea', OLD.new_idea, 'tugas_tambahan', OLD.tugas_tambahan, 'kreativitas', OLD.kreativitas, 'rekomendasi', OLD.rekomendasi, 'competency', OLD.competency, 'rollup_policy', OLD.rollup_policy, 'rollup_missing', OLD.rollup_missing, 'rollup_kind', OLD.rollup_kind, 'score', OLD.score, 'predikat', OLD.predikat, 'predikat_level', OLD.predikat_level, 'created_at', OLD.created_at, 'submitted_at', OLD.submitted_at, 'rated_at', OLD.rated_at, 'finalized_at', OLD.finalized_at, 'row_version', OLD.row_version, 'changed_by', OLD.changed_by, 'changed_at', OLD.changed_at) AS o,
    json_object('id', NEW.id, 'employee_id', NEW.employee_id, 'period_id', NEW.period_id, 'scheme_version_id', NEW.scheme_version_id, 'state', NEW.state, 'nip', NEW.nip, 'name', NEW.name, 'jabatan', NEW.jabatan, 'jabatan_kind', NEW.jabatan_kind, 'jenjang', NEW.jenjang, 'status', NEW.status, 'grade', NEW.grade, 'unit_id', NEW.unit_id, 'unit_name', NEW.unit_name, 'rater_id', NEW.rater_id, 'rater_name', NEW.rater_name, 'rater_nip', NEW.rater_nip, 'rater_jabatan', NEW.rater_jabatan, 'rater_status', NEW.rater_status, 'rater_grade', NEW.rater_grade, 'rater_unit_id', NEW.rater_unit_id, 'rater_unit_name', NEW.rater_unit_name, 'atasan_id', NEW.atasan_id, 'atasan_name', NEW.atasan_name, 'atasan_nip', NEW.atasan_nip, 'atasan_jabatan', NEW.atasan_jabatan, 'atasan_status', NEW.atasan_status, 'atasan_grade', NEW.atasan_grade, 'atasan_unit_id', NEW.atasan_unit_id, 'atasan_unit_name', NEW.atasan_unit_name, 'self_hasil', NEW.self_hasil, 'self_perilaku', NEW.self_perilaku, 'rating_hasil', NEW.rating_hasil, 'rating_perilaku', NEW.rating_perilaku, 'capaian_skp', NEW.capaian_skp, 'new_idea', NEW.new_idea, 'tugas_tambahan', NEW.tugas_tambahan, 'kreativitas', NEW.kreativitas, 'rekomendasi', NEW.rekomendasi, 'competency', NEW.competency, 'rollup_policy', NEW.rollup_policy, 'rollup_missing', NEW.rollup_missing, 'rollup_kind', NEW.rollup_kind, 'score', NEW.score, 'predikat', NEW.predikat, 'predikat_level', NEW.predikat_level, 'created_at', NEW.created_at, 'submitted_at', NEW.submitted_at, 'rated_at', NEW.rated_at, 'finalized_at', NEW.finalized_at, 'row_version', NEW.row_version, 'changed_by', NEW.changed_by, 'changed_at', NEW.changed_at) AS n)
  WHERE o IS NOT n;
END;
CREATE TRIGGER audit_appraisal_delete AFTER DELETE ON appraisal BEGIN
  INSERT INTO audit_write VALUES (kinerja_login(), 'appraisal', OLD.id, 'D',
    json_object('id', OLD.id, 'employee_id', OLD.employee_id, 'period_id', OLD.period_id, 'scheme_version_id', OLD.scheme_version_id, 'state', OLD.state, 'nip', OLD.nip, 'name', OLD.name, 'jabatan', OLD.jabatan, 'jabatan_kind', OLD.jabatan_kind, 'jenjang', OLD.jenjang, 'status', OLD.status, 'grade', OLD.grade, 'unit_id', OLD.unit_id, 'unit_name', OLD.unit_name, 'rater_id', OLD.rater_id, 'rater_name', OLD.rater_name, 'rater_nip', OLD.rater_nip, 'rater_jabatan', OLD.rater_jabatan, 'rater_status', OLD.rater_status, 'rater_grade', OLD.rater_grade, 'rater_unit_id', OLD.rater_unit_id, 'rater_unit_name', OLD.rater_unit_name, 'atasan_id', OLD.atasan_id, 'atasan_name', OLD.atasan_name, 'atasan_nip', OLD.atasan_nip, 'atasan_jabatan', OLD.atasan_jabatan, 'atasan_status', OLD.atasan_status, 'atasan_grade', OLD.atasan_grade, 'atasan_unit_id', OLD.atasan_unit_id, 'atasan_unit_name', OLD.atasan_unit_name, 'self_hasil', OLD.self_hasil, 'self_perilaku', OLD.self_perilaku, 'rating_hasil', OLD.rating_hasil, 'rating_perilaku', OLD.rating_perilaku, 'capaian_skp', OLD.capaian_skp, 'new_idea', OLD.new_idea, 'tugas_tambahan', OLD.tugas_tambahan, 'kreativitas', OLD.kreativitas, 'rekomendasi', OLD.rekomendasi, 'competency', OLD.competency, 'rollup_policy', OLD.rollup_policy, 'rollup_missing', OLD.rollup_missing, 'rollup_kind', OLD.rollup_kind, 'score', OLD.score, 'predikat', OLD.predikat, 'predikat_level', OLD.predikat_level, 'created_at', OLD.created_at, 'submitted_at', OLD.submitted_at, 'rated_at', OLD.rated_at, 'finalized_at', OLD.finalized_at, 'row_version', OLD.row_version, 'changed_by', OLD.changed_by, 'changed_at', OLD.changed_at), NULL,
    OLD.employee_id, OLD.id);
END;
CREATE TRIGGER audit_appraisal_log_insert AFTER INSERT ON appraisal_log BEGIN
  INSERT INTO audit_write VALUES (kinerja_login(), 'appraisal_log', NEW.id, 'I', NULL,
    json_object('id', NEW.id, 'appraisal_id', NEW.appraisal_id, 'at', NEW.at, 'user_name', NEW.user_name, 'action', NEW.action, 'from_state', NEW.from_state, 'to_state', NEW.to_state, 'reason', NEW.reason),
    (SELECT employee_id FROM appraisal WHERE id = NEW.appraisal_id), NEW.appraisal_id);
END;
CREATE TRIGGER audit_appraisal_log_update AFTER UPDATE ON appraisal_log BEGIN
  INSERT INTO audit_write SELECT kinerja_login(), 'appraisal_log', NEW.id, 'U', o, n,
    (SELECT employee_id FROM appraisal WHERE id = NEW.appraisal_id), NEW.appraisal_id
  FROM (SELECT json_object('id', OLD.id, 'appraisal_id', OLD.appraisal_id, 'at', OLD.at, 'user_name', OLD.user_name, 'action', OLD.action, 'from_state', OLD.from_state, 'to_state', OLD.to_state, 'reason', OLD.reason) AS o,
    json_object('id', NEW.id, 'appraisal_id', NEW.appraisal_id, 'at', NEW.at, 'user_name', NEW.user_name, 'action', NEW.action, 'from_state', NEW.from_state, 'to_state', NEW.to_state, 'reason', NEW.reason) AS n)
  WHERE o IS NOT n;
END;
CREATE TRIGGER audit_appraisal_log_delete AFTER DELETE ON appraisal_log BEGIN
  INSERT INTO audit_write VALUES (kinerja_login(), 'appraisal_log', OLD.id, 'D',
    json_object('id', OLD.id, 'appraisal_id', OLD.appraisal_id, 'at', OLD.at, 'user_name', OLD.user_name, 'action', OLD.action, 'from_state', OLD.from_state, 'to_state', OLD.to_state, 'reason', OLD.reason), NULL,
    (SELECT employee_id FROM appraisal WHERE id = OLD.appraisal_id), OLD.appraisal_id);
END;
CREATE TRIGGER audit_rhk_insert AFTER INSERT ON rhk BEGIN
  INSERT INTO audit_write VALUES (kinerja_login(), 'rhk', NEW.id, 'I', NULL,
    json_object('id', NEW.id, 'appraisal_id', NEW.appraisal_id, 'position', NEW.position, 'kind', NEW.kind, 'text', NEW.text, 'intervensi', NEW.intervensi, 'perspektif', NEW.perspektif, 'copied_from', NEW.copied_from),
    (SELECT employee_id FROM appraisal WHERE id = NEW.appraisal_id), NEW.appraisal_id);
END;
CREATE TRIGGER audit_rhk_update AFTER UPDATE ON rhk BEGIN
  INSERT INTO audit_write SELECT kinerja_login(), 'rhk', NEW.id, 'U', o, n,
    (SELECT employee_id FROM appraisal WHERE id = NEW.appraisal_id), NEW.appraisal_id
  FROM (SELECT json_object('id', OLD.id, 'appraisal_id', OLD.appraisal_id, 'position', OLD.position, 'kind', OLD.kind, 'text', OLD.text, 'intervensi', OLD.intervensi, 'perspektif', OLD.perspektif, 'copied_from', OLD.copied_from) AS o,
    json_object('id', NEW.id, 'appraisal_id', NEW.appraisal_id, 'position', NEW.position, 'kind', NEW.kind, 'text', NEW.text, 'intervensi', NEW.intervensi, 'perspektif', NEW.perspektif, 'copied_from', NEW.copied_from) AS n)
  WHERE o IS NOT n;
END;
CREATE TRIGGER audit_rhk_delete AFTER DELETE ON rhk BEGIN
  INSERT INTO audit_write VALUES (kinerja_login(), 'rhk', OLD.id, 'D',
    json_object('id', OLD.id, 'appraisal_id', OLD.appraisal_id, 'position', OLD.position, 'kind', OLD.kind, 'text', OLD.text, 'intervensi', OLD.intervensi, 'perspektif', OLD.perspektif, 'copied_from', OLD.copied_from), NULL,
    (SELECT employee_id FROM appraisal WHERE id = OLD.appraisal_id), OLD.appraisal_id);
END;
CREATE TRIGGER audit_rhk_indicator_insert AFTER INSERT ON rhk_indicator BEGIN
  INSERT INTO audit_write VALUES (kinerja_login(), 'rhk_indicator', NEW.id, 'I', NULL,
    json_object('id', NEW.id, 'rhk_id', NEW.rhk_id, 'position', NEW.position, 'aspek', NEW.aspek, 'indikator', NEW.indikator, 'target', NEW.target, 'satuan', NEW.satuan, 'realisasi', NEW.realisasi, 'bukti_dukung', NEW.bukti_dukung, 'umpan_balik', NEW.umpan_balik),
    (SELECT a.employee_id FROM rhk r JOIN appraisal a ON a.id = r.appraisal_id WHERE r.id = NEW.rhk_id), (SELECT appraisal_id FROM rhk WHERE id = NEW.rhk_id));
END;
CREATE TRIGGER audit_rhk_indicator_update AFTER UPDATE ON rhk_indicator BEGIN
  INSERT INTO audit_write SELECT kinerja_login(), 'rhk_indicator', NEW.id, 'U', o, n,
    (SELECT a.employee_id FROM rhk r JOIN appraisal a ON a.id = r.appraisal_id WHERE r.id = NEW.rhk_id), (SELECT appraisal_id FROM rhk WHERE id = NEW.rhk_id)
  FROM (SELECT json_object('id', OLD.id, 'rhk_id', OLD.rhk_id, 'position', OLD.position, 'aspek', OLD.aspek, 'indikator', OLD.indikator, 'target', OLD.target, 'satuan', OLD.satuan, 'realisasi', OLD.realisasi, 'bukti_dukung', OLD.bukti_dukung, 'umpan_balik', OLD.umpan_balik) AS o,
    json_object('id', NEW.id, 'rhk_id', NEW.rhk_id, 'position', NEW.position, 'aspek', NEW.aspek, 'indikator', NEW.indikator, 'target', NEW.target, 'satuan', NEW.satuan, 'realisasi', NEW.realisasi, 'bukti_dukung', NEW.bukti_dukung, 'umpan_balik', NEW.umpan_balik) AS n)
  WHERE o IS NOT n;
END;
CREATE TRIGGER audit_rhk_indicator_delete AFTER DELETE ON rhk_indicator BEGIN
  INSERT INTO audit_write VALUES (kinerja_login(), 'rhk_indicator', OLD.id, 'D',
    json_object('id', OLD.id, 'rhk_id', OLD.rhk_id, 'position', OLD.position, 'aspek', OLD.aspek, 'indikator', OLD.indikator, 'target', OLD.target, 'satuan', OLD.satuan, 'realisasi', OLD.realisasi, 'bukti_dukung', OLD.bukti_dukung, 'umpan_balik', OLD.umpan_balik), NULL,
    (SELECT a.employee_id FROM rhk r JOIN appraisal a ON a.id = r.appraisal_id WHERE r.id = OLD.rhk_id), (SELECT appraisal_id FROM rhk WHERE id = OLD.rhk_id));
END;
CREATE TRIGGER audit_perilaku_insert AFTER INSERT ON perilaku BEGIN
  INSERT INTO audit_write VALUES (kinerja_login(), 'perilaku', NEW.appraisal_id * 100 + NEW.core_value, 'I', NULL,
    json_object('appraisal_id', NEW.appraisal_id, 'core_value', NEW.core_value, 'ekspektasi', NEW.ekspektasi, 'umpan_balik', NEW.umpan_balik, 'assessment', NEW.assessment),
    (SELECT employee_id FROM appraisal WHERE id = NEW.appraisal_id), NEW.appraisal_id);
END;
CREATE TRIGGER audit_perilaku_update AFTER UPDATE ON perilaku BEGIN
  INSERT INTO audit_write SELECT kinerja_login(), 'perilaku', NEW.appraisal_id * 100 + NEW.core_value, 'U', o, n,
    (SELECT employee_id FROM appraisal WHERE id = NEW.appraisal_id), NEW.appraisal_id
  FROM (SELECT json_object('appraisal_id', OLD.appraisal_id, 'core_value', OLD.core_value, 'ekspektasi', OLD.ekspektasi, 'umpan_balik', OLD.umpan_balik, 'assessment', OLD.assessment) AS o,
    json_object('appraisal_id', NEW.appraisal_id, 'core_value', NEW.core_value, 'ekspektasi', NEW.ekspektasi, 'umpan_balik', NEW.umpan_balik, 'assessment', NEW.assessment) AS n)
  WHERE o IS NOT n;
END;
CREATE TRIGGER audit_perilaku_delete AFTER DELETE ON perilaku BEGIN
  INSERT INTO audit_write VALUES (kinerja_login(), 'perilaku', OLD.appraisal_id * 100 + OLD.core_value, 'D',
    json_object('appraisal_id', OLD.appraisal_id, 'core_value', OLD.core_value, 'ekspektasi', OLD.ekspektasi, 'umpan_balik', OLD.umpan_balik, 'assessment', OLD.assessment), NULL,
    (SELECT employee_id FROM appraisal WHERE id = OLD.appraisal_id), OLD.appraisal_id);
END;
CREATE TRIGGER audit_kegiatan_insert AFTER INSERT ON kegiatan BEGIN
  INSERT INTO audit_write VALUES (kinerja_login(), 'kegiatan', NEW.id, 'I', NULL,
    json_object('id', NEW.id, 'appraisal_id', NEW.appraisal_id, 'position', NEW.position, 'name', NEW.name, 'target_kuantitas', NEW.target_kuantitas, 'satuan_kuantitas', NEW.satuan_kuantitas, 'real_kuantitas', NEW.real_kuantitas, 'target_kualitas', NEW.target_kualitas, 'real_kualitas', NEW.real_kualitas, 'target_waktu', NEW.target_waktu, 'satuan_waktu', NEW.satuan_waktu, 'real_waktu', NEW.real_waktu, 'target_biaya', NEW.target_biaya, 'real_biaya', NEW.real_biaya, 'copied_from', NEW.copied_from),
    (SELECT employee_id FROM appraisal WHERE id = NEW.appraisal_id), NEW.appraisal_id);
END;
CREATE TRIGGER audit_kegiatan_update AFTER UPDATE ON kegiatan BEGIN
  INSERT INTO audit_write SELECT kinerja_login(), 'kegiatan', NEW.id, 'U', o, n,
    (SELECT employee_id FROM appraisal WHERE id = NEW.appraisal_id), NEW.appraisal_id
  FROM (SELECT json_object('id', OLD.id, 'appraisal_id', OLD.appraisal_id, 'position', OLD.position, 'name', OLD.name, 'target_kuantitas', OLD.target_kuantitas, 'satuan_kuantitas', OLD.satuan_kuantitas, 'real_kuantitas', OLD.real_kuantitas, 'target_kualitas', OLD.target_kualitas, 'real_kualitas', OLD.real_kualitas, 'target_waktu', OLD.target_waktu, 'satuan_waktu', OLD.satuan_waktu, 'real_waktu', OLD.real_waktu, 'target_biaya', OLD.target_biaya, 'real_biaya', OLD.real_biaya, 'copied_from', OLD.copied_from) AS o,
    json_object('id', NEW.id, 'appraisal_id', NEW.appraisal_id, 'position', NEW.position, 'name', NEW.name, 'target_kuantitas', NEW.target_kuantitas, 'satuan_kuantitas', NEW.satuan_kuantitas, 'real_kuantitas', NEW.real_kuantitas, 'target_kualitas', NEW.target_kualitas, 'real_kualitas', NEW.real_kualitas, 'target_waktu', NEW.target_waktu, 'satuan_waktu', NEW.satuan_waktu, 'real_waktu', NEW.real_waktu, 'target_biaya', NEW.target_biaya, 'real_biaya', NEW.real_biaya, 'copied_from', NEW.copied_from) AS n)
  WHERE o IS NOT n;
END;
CREATE TRIGGER audit_kegiatan_delete AFTER DELETE ON kegiatan BEGIN
  INSERT INTO audit_write VALUES (kinerja_login(), 'kegiatan', OLD.id, 'D',
    json_object('id', OLD.id, 'appraisal_id', OLD.appraisal_id, 'position', OLD.position, 'name', OLD.name, 'target_kuantitas', OLD.target_kuantitas, 'satuan_kuantitas', OLD.satuan_kuantitas, 'real_kuantitas', OLD.real_kuantitas, 'target_kualitas', OLD.target_kualitas, 'real_kualitas', OLD.real_kualitas, 'target_waktu', OLD.target_waktu, 'satuan_waktu', OLD.satuan_waktu, 'real_waktu', OLD.real_waktu, 'target_biaya', OLD.target_biaya, 'real_biaya', OLD.real_biaya, 'copied_from', OLD.copied_from), NULL,
    (SELECT employee_id FROM appraisal WHERE id = OLD.appraisal_id), OLD.appraisal_id);
END;
CREATE TRIGGER audit_aspect_score_insert AFTER INSERT ON aspect_score BEGIN
  INSERT INTO audit_write VALUES (kinerja_login(), 'aspect_score', NEW.appraisal_id * 100 + NEW.aspect, 'I', NULL,
    json_object('appraisal_id', NEW.appraisal_id, 'aspect', NEW.aspect, 'value', NEW.value),
    (SELECT employee_id FROM appraisal WHERE id = NEW.appraisal_id), NEW.appraisal_id);
END;
CREATE TRIGGER audit_aspect_score_update AFTER UPDATE ON aspect_score BEGIN
  INSERT INTO audit_write SELECT kinerja_login(), 'aspect_score', NEW.appraisal_id * 100 + NEW.aspect, 'U', o, n,
    (SELECT employee_id FROM appraisal WHERE id = NEW.appraisal_id), NEW.appraisal_id
  FROM (SELECT json_object('appraisal_id', OLD.appraisal_id, 'aspect', OLD.aspect, 'value', OLD.value) AS o,
    json_object('appraisal_id', NEW.appraisal_id, 'aspect', NEW.aspect, 'value', NEW.value) AS n)
  WHERE o IS NOT n;
END;
CREATE TRIGGER audit_aspect_score_delete AFTER DELETE ON aspect_score BEGIN
  INSERT INTO audit_write VALUES (kinerja_login(), 'aspect_score', OLD.appraisal_id * 100 + OLD.aspect, 'D',
    json_object('appraisal_id', OLD.appraisal_id, 'aspect', OLD.aspect, 'value', OLD.value), NULL,
    (SELECT employee_id FROM appraisal WHERE id = OLD.appraisal_id), OLD.appraisal_id);
END;
CREATE TRIGGER audit_weighted_rating_insert AFTER INSERT ON weighted_rating BEGIN
  INSERT INTO audit_write VALUES (kinerja_login(), 'weighted_rating', NEW.id, 'I', NULL,
    json_object('id', NEW.id, 'appraisal_id', NEW.appraisal_id, 'indicator', NEW.indicator, 'source', NEW.source, 'rater_id', NEW.rater_id, 'value', NEW.value, 'hide_name', NEW.hide_name),
    (SELECT employee_id FROM appraisal WHERE id = NEW.appraisal_id), NEW.appraisal_id);
END;
CREATE TRIGGER audit_weighted_rating_update AFTER UPDATE ON weighted_rating BEGIN
  INSERT INTO audit_write SELECT kinerja_login(), 'weighted_rating', NEW.id, 'U', o, n,
    (SELECT employee_id FROM appraisal WHERE id = NEW.appraisal_id), NEW.appraisal_id
  FROM (SELECT json_object('id', OLD.id, 'appraisal_id', OLD.appraisal_id, 'indicator', OLD.indicator, 'source', OLD.source, 'rater_id', OLD.rater_id, 'value', OLD.value, 'hide_name', OLD.hide_name) AS o,
    json_object('id', NEW.id, 'appraisal_id', NEW.appraisal_id, 'indicator', NEW.indicator, 'source', NEW.source, 'rater_id', NEW.rater_id, 'value', NEW.value, 'hide_name', NEW.hide_name) AS n)
  WHERE o IS NOT n;
END;
CREATE TRIGGER audit_weighted_rating_delete AFTER DELETE ON weighted_rating BEGIN
  INSERT INTO audit_write VALUES (kinerja_login(), 'weighted_rating', OLD.id, 'D',
    json_object('id', OLD.id, 'appraisal_id', OLD.appraisal_id, 'indicator', OLD.indicator, 'source', OLD.source, 'rater_id', OLD.rater_id, 'value', OLD.value, 'hide_name', OLD.hide_name), NULL,
    (SELECT employee_id FROM appraisal WHERE id = OLD.appraisal_id), OLD.appraisal_id);
END;
CREATE TRIGGER audit_objection_insert AFTER INSERT ON objection BEGIN
  INSERT INTO audit_write VALUES (kinerja_login(), 'objection', NEW.appraisal_id, 'I', NULL,
    json_object('appraisal_id', NEW.appraisal_id, 'filed_on', NEW.filed_on, 'text', NEW.text, 'explanation', NEW.explanation, 'explained_on', NEW.explained_on, 'decision', NEW.decision, 'decision_text', NEW.decision_text, 'decided_on', NEW.decided_on),
    (SELECT employee_id FROM appraisal WHERE id = NEW.appraisal_id), NEW.appraisal_id);
END;
CREATE TRIGGER audit_objection_update AFTER UPDATE ON objection BEGIN
  INSERT INTO audit_write SELECT kinerja_login(), 'objection', NEW.appraisal_id, 'U', o, n,
    (SELECT employee_id FROM appraisal WHERE id = NEW.appraisal_id), NEW.appraisal_id
  FROM (SELECT json_object('appraisal_id', OLD.appraisal_id, 'filed_on', OLD.filed_on, 'text', OLD.text, 'explanation', OLD.explanation, 'explained_on', OLD.explained_on, 'decision', OLD.decision, 'decision_text', OLD.decision_text, 'decided_on', OLD.decided_on) AS o,
    json_object('appraisal_id', NEW.appraisal_id, 'filed_on', NEW.filed_on, 'text', NEW.text, 'explanation', NEW.explanation, 'explained_on', NEW.explained_on, 'decision', NEW.decision, 'decision_text', NEW.decision_text, 'decided_on', NEW.decided_on) AS n)
  WHERE o IS NOT n;
END;
CREATE TRIGGER audit_objection_delete AFTER DELETE ON objection BEGIN
  INSERT INTO audit_write VALUES (kinerja_login(), 'objection', OLD.appraisal_id, 'D',
    json_object('appraisal_id', OLD.appraisal_id, 'filed_on', OLD.filed_on, 'text', OLD.text, 'explanation', OLD.explanation, 'explained_on', OLD.explained_on, 'decision', OLD.decision, 'decision_text', OLD.decision_text, 'decided_on', OLD.decided_on), NULL,
    (SELECT employee_id FROM appraisal WHERE id = OLD.appraisal_id), OLD.appraisal_id);
END;
CREATE TRIGGER audit_ikm_survey_insert AFTER INSERT ON ikm_survey BEGIN
  INSERT INTO audit_write VALUES (kinerja_login(), 'ikm_survey', NEW.id, 'I', NULL,
    json_object('id', NEW.id, 'period_id', NEW.period_id, 'unit_id', NEW.unit_id, 'respondents', NEW.respondents, 'u1_answered', NEW.u1_answered, 'u1_sum', NEW.u1_sum, 'u2_answered', NEW.u2_answered, 'u2_sum', NEW.u2_sum, 'u3_answered', NEW.u3_answered, 'u3_sum', NEW.u3_sum, 'u4_answered', NEW.u4_answered, 'u4_sum', NEW.u4_sum, 'u5_answered', NEW.u5_answered, 'u5_sum', NEW.u5_sum, 'u6_answered', NEW.u6_answered, 'u6_sum', NEW.u6_sum, 'u7_answered', NEW.u7_answered, 'u7_sum', NEW.u7_sum, 'u8_answered', NEW.u8_answered, 'u8_sum', NEW.u8_sum, 'u9_answered', NEW.u9_answered, 'u9_sum', NEW.u9_sum, 'unit_value', NEW.unit_value, 'source_name', NEW.source_name, 'imported_at', NEW.imported_at),
    NULL, NULL);
END;
CREATE TRIGGER audit_ikm_survey_update AFTER UPDATE ON ikm_survey BEGIN
  INSERT INTO audit_write SELECT kinerja_login(), 'ikm_survey', NEW.id, 'U', o, n,
    NULL, NULL
  FROM (SELECT json_object('id', OLD.id, 'period_id', OLD.period_id, 'unit_id', OLD.unit_id, 'respondents', OLD.respondents, 'u1_answered', OLD.u1_answered, 'u1_sum', OLD.u1_sum, 'u2_answered', OLD.u2_answered, 'u2_sum', OLD.u2_sum, 'u3_answered', OLD.u3_answered, 'u3_sum', OLD.u3_sum, 'u4_answered', OLD.u4_answered, 'u4_sum', OLD.u4_sum, 'u5_answered', OLD.u5_answered, 'u5_sum', OLD.u5_sum, 'u6_answered', OLD.u6_answered, 'u6_sum', OLD.u6_sum, 'u7_answered', OLD.u7_answered, 'u7_sum', OLD.u7_sum, 'u8_answered', OLD.u8_answered, 'u8_sum', OLD.u8_sum, 'u9_answered', OLD.u9_answered, 'u9_sum', OLD.u9_sum, 'unit_value', OLD.unit_value, 'source_name', OLD.source_name, 'imported_at', OLD.imported_at) AS o,
    json_object('id', NEW.id, 'period_id', NEW.period_id, 'unit_id', NEW.unit_id, 'respondents', NEW.respondents, 'u1_answered', NEW.u1_answered, 'u1_sum', NEW.u1_sum, 'u2_answered', NEW.u2_answered, 'u2_sum', NEW.u2_sum, 'u3_answered', NEW.u3_answered, 'u3_sum', NEW.u3_sum, 'u4_answered', NEW.u4_answered, 'u4_sum', NEW.u4_sum, 'u5_answered', NEW.u5_answered, 'u5_sum', NEW.u5_sum, 'u6_answered', NEW.u6_answered, 'u6_sum', NEW.u6_sum, 'u7_answered', NEW.u7_answered, 'u7_sum', NEW.u7_sum, 'u8_answered', NEW.u8_answered, 'u8_sum', NEW.u8_sum, 'u9_answered', NEW.u9_answered, 'u9_sum', NEW.u9_sum, 'unit_value', NEW.unit_value, 'source_name', NEW.source_name, 'imported_at', NEW.imported_at) AS n)
  WHERE o IS NOT n;
END;
CREATE TRIGGER audit_ikm_survey_delete AFTER DELETE ON ikm_survey BEGIN
  INSERT INTO audit_write VALUES (kinerja_login(), 'ikm_survey', OLD.id, 'D',
    json_object('id', OLD.id, 'period_id', OLD.period_id, 'unit_id', OLD.unit_id, 'respondents', OLD.respondents, 'u1_answered', OLD.u1_answered, 'u1_sum', OLD.u1_sum, 'u2_answered', OLD.u2_answered, 'u2_sum', OLD.u2_sum, 'u3_answered', OLD.u3_answered, 'u3_sum', OLD.u3_sum, 'u4_answered', OLD.u4_answered, 'u4_sum', OLD.u4_sum, 'u5_answered', OLD.u5_answered, 'u5_sum', OLD.u5_sum, 'u6_answered', OLD.u6_answered, 'u6_sum', OLD.u6_sum, 'u7_answered', OLD.u7_answered, 'u7_sum', OLD.u7_sum, 'u8_answered', OLD.u8_answered, 'u8_sum', OLD.u8_sum, 'u9_answered', OLD.u9_answered, 'u9_sum', OLD.u9_sum, 'unit_value', OLD.unit_value, 'source_name', OLD.source_name, 'imported_at', OLD.imported_at), NULL,
    NULL, NULL);
END;
