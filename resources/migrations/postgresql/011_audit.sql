-- PostgreSQL dialect of sqlite/011_audit.sql (read its notes): the audit trail, written by
-- the database itself. login is session_user, the person's own server login, whatever role
-- the session has switched to. Values are to_jsonb(row)::text: the text stored is the text
-- hashed. The hash is computed as in the file:
--   hash = lowercase hex SHA-256 of the UTF-8 text prev_hash, id, at, login, table_name,
--   row_id, action, old_values, new_values, employee_id, appraisal_id joined by U+001F,
--   integers in decimal, NULL as ''.
-- Writers are serialised by a transaction-level advisory lock taken before the previous hash
-- is read, so two sessions never fork the chain (ids are then in commit order; a rolled-back
-- entry leaves a gap, which the chain does not mind).
-- Nobody but the owner may change or remove entries, and even the owner must first drop or
-- disable the guard triggers, which AuditTrail::verify reports. SELECT on audit_entry is
-- granted with the roles (migration 012).

CREATE TABLE audit_entry (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at           text   NOT NULL,
    login        text   NOT NULL,
    table_name   text   NOT NULL,
    row_id       bigint NOT NULL,
    action       text   NOT NULL CHECK (action IN ('I', 'U', 'D')),
    old_values   text,
    new_values   text,
    employee_id  bigint,
    appraisal_id bigint,
    prev_hash    text   NOT NULL,
    hash         text   NOT NULL
);
-- Ends in id: the last entry of every row is read from the index alone.
CREATE INDEX audit_entry_row ON audit_entry(table_name, row_id, id);
CREATE INDEX audit_entry_employee ON audit_entry(employee_id);
CREATE INDEX audit_entry_appraisal ON audit_entry(appraisal_id);
CREATE INDEX audit_entry_login ON audit_entry(login);
CREATE INDEX audit_entry_at ON audit_entry(at);

REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM PUBLIC;

CREATE FUNCTION kinerja_audit_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only';
END $$;
CREATE TRIGGER audit_entry_guard BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION kinerja_audit_guard();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION kinerja_audit_guard();

-- The row id and the employee and appraisal a row is about (see sqlite/011_audit.sql).
CREATE FUNCTION kinerja_audit_keys(t text, j jsonb, OUT row_id bigint, OUT employee_id bigint,
                                   OUT appraisal_id bigint)
LANGUAGE plpgsql STABLE AS $$
BEGIN
    row_id := CASE t
        WHEN 'org_achievement' THEN (j->>'period_id')::bigint * 1000000000
                                    + (j->>'unit_id')::bigint
        WHEN 'perilaku' THEN (j->>'appraisal_id')::bigint * 100 + (j->>'core_value')::bigint
        WHEN 'aspect_score' THEN (j->>'appraisal_id')::bigint * 100 + (j->>'aspect')::bigint
        WHEN 'objection' THEN (j->>'appraisal_id')::bigint
        WHEN 'setting' THEN 0
        ELSE (j->>'id')::bigint END;
    IF t = 'employee' THEN
        employee_id := (j->>'id')::bigint;
    ELSIF t = 'position_history' THEN
        employee_id := (j->>'employee_id')::bigint;
    ELSIF t = 'appraisal' THEN
        employee_id := (j->>'employee_id')::bigint;
        appraisal_id := (j->>'id')::bigint;
    ELSIF t = 'rhk_indicator' THEN
        SELECT r.appraisal_id INTO appraisal_id FROM rhk r WHERE r.id = (j->>'rhk_id')::bigint;
    ELSIF j ? 'appraisal_id' THEN
        appraisal_id := (j->>'appraisal_id')::bigint;
    END IF;
    IF appraisal_id IS NOT NULL AND t <> 'appraisal' THEN
        SELECT a.employee_id INTO employee_id FROM appraisal a WHERE a.id = appraisal_id;
    END IF;
END $$;

-- Appends one entry: the only writer of audit_entry. Not callable by the users (no
-- EXECUTE): they reach it through the SECURITY DEFINER trigger function below.
CREATE FUNCTION kinerja_audit_append(p_login text, p_table text, p_row bigint, p_action text,
                                     p_old text, p_new text, p_employee bigint,
                                     p_appraisal bigint) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    prev text;
    nid  bigint;
    ts   text;
BEGIN
    -- 0x4B4E524A0011: "KNRJ" and the migration's number; one lock for every writer.
    PERFORM pg_advisory_xact_lock(82557440065553);
    SELECT hash INTO prev FROM audit_entry ORDER BY id DESC LIMIT 1;
    prev := coalesce(prev, '');
    nid := nextval(pg_get_serial_sequence('audit_entry', 'id'));
    ts := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
    INSERT INTO audit_entry (id, at, login, table_name, row_id, action, old_values, new_values,
                             employee_id, appraisal_id, prev_hash, hash)
    OVERRIDING SYSTEM VALUE
    VALUES (nid, ts, p_login, p_table, p_row, p_action, p_old, p_new, p_employee, p_appraisal,
            prev,
            encode(sha256(convert_to(
                prev || chr(31) || nid::text || chr(31) || ts || chr(31) || p_login || chr(31)
                || p_table || chr(31) || p_row::text || chr(31) || p_action || chr(31)
                || coalesce(p_old, '') || chr(31) || coalesce(p_new, '') || chr(31)
                || coalesce(p_employee::text, '') || chr(31) || coalesce(p_appraisal::text, ''),
                'UTF8')), 'hex'));
END $$;
REVOKE EXECUTE ON FUNCTION kinerja_audit_append(text, text, bigint, text, text, text, bigint,
                                                bigint) FROM PUBLIC;

-- The trigger function of every audited table. SECURITY DEFINER: sessions without INSERT on
-- audit_entry still get their entries.
CREATE FUNCTION kinerja_audit_row() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    o jsonb;
    n jsonb;
    k record;
BEGIN
    IF TG_OP <> 'INSERT' THEN
        o := to_jsonb(OLD);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        n := to_jsonb(NEW);
    END IF;
    IF TG_OP = 'UPDATE' AND o = n THEN
        RETURN NULL; -- nothing changed
    END IF;
    SELECT * INTO k FROM kinerja_audit_keys(TG_TABLE_NAME, coalesce(n, o));
    PERFORM kinerja_audit_append(session_user::text, TG_TABLE_NAME, k.row_id, left(TG_OP, 1),
                                 o::text, n::text, k.employee_id, k.appraisal_id);
    RETURN NULL;
END $$;

-- SECURITY DEFINER functions run with a fixed search path: this schema, then pg_temp.
DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION kinerja_audit_row() SET search_path = %I, pg_temp',
                   current_schema());
    EXECUTE format('ALTER FUNCTION kinerja_audit_append(text, text, bigint, text, text, text, '
                   'bigint, bigint) SET search_path = %I, pg_temp', current_schema());
    EXECUTE format('ALTER FUNCTION kinerja_audit_keys(text, jsonb) SET search_path = %I, '
                   'pg_temp', current_schema());
END $$;

-- The chain starts with one entry per existing row (login 'migration'), then the triggers.
DO $$
DECLARE
    t text;
    r record;
    k record;
BEGIN
    FOREACH t IN ARRAY ARRAY['unit', 'employee', 'setting', 'position_history', 'scheme',
                             'scheme_version', 'period', 'period_log', 'org_achievement',
                             'appraisal', 'appraisal_log', 'rhk', 'rhk_indicator', 'perilaku',
                             'kegiatan', 'aspect_score', 'weighted_rating', 'objection',
                             'ikm_survey'] LOOP
        FOR r IN EXECUTE format('SELECT to_jsonb(x) AS j FROM %I x ORDER BY %s', t,
                                CASE t WHEN 'org_achievement' THEN 'period_id, unit_id'
                                       WHEN 'perilaku' THEN 'appraisal_id, core_value'
                                       WHEN 'aspect_score' THEN 'appraisal_id, aspect'
                                       WHEN 'objection' THEN 'appraisal_id'
                                       WHEN 'setting' THEN 'key'
                                       ELSE 'id' END) LOOP
            SELECT * INTO k FROM kinerja_audit_keys(t, r.j);
            PERFORM kinerja_audit_append('migration', t, k.row_id, 'I', NULL, r.j::text,
                                         k.employee_id, k.appraisal_id);
        END LOOP;
        EXECUTE format('CREATE TRIGGER audit_%s AFTER INSERT OR UPDATE OR DELETE ON %I '
                       'FOR EACH ROW EXECUTE FUNCTION kinerja_audit_row()', t, t);
    END LOOP;
END $$;
