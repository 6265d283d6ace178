-- Version 9: every change to the main tables notifies the channel kinerja_changed, with
-- the table's name as payload, so that the other Kinerja sessions refresh what they show.
-- Statement-level triggers: an import of 50,000 rows sends one notification, not 50,000,
-- and PostgreSQL delivers it only when the transaction commits.
CREATE OR REPLACE FUNCTION kinerja_notify_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('kinerja_changed', TG_TABLE_NAME);
    RETURN NULL;
END;
$$;

CREATE TRIGGER employee_changed AFTER INSERT OR UPDATE OR DELETE ON employee
    FOR EACH STATEMENT EXECUTE FUNCTION kinerja_notify_change();
CREATE TRIGGER unit_changed AFTER INSERT OR UPDATE OR DELETE ON unit
    FOR EACH STATEMENT EXECUTE FUNCTION kinerja_notify_change();
CREATE TRIGGER appraisal_changed AFTER INSERT OR UPDATE OR DELETE ON appraisal
    FOR EACH STATEMENT EXECUTE FUNCTION kinerja_notify_change();
CREATE TRIGGER period_changed AFTER INSERT OR UPDATE OR DELETE ON period
    FOR EACH STATEMENT EXECUTE FUNCTION kinerja_notify_change();
CREATE TRIGGER scheme_changed AFTER INSERT OR UPDATE OR DELETE ON scheme
    FOR EACH STATEMENT EXECUTE FUNCTION kinerja_notify_change();
CREATE TRIGGER scheme_version_changed AFTER INSERT OR UPDATE OR DELETE ON scheme_version
    FOR EACH STATEMENT EXECUTE FUNCTION kinerja_notify_change();
CREATE TRIGGER org_achievement_changed AFTER INSERT OR UPDATE OR DELETE ON org_achievement
    FOR EACH STATEMENT EXECUTE FUNCTION kinerja_notify_change();
CREATE TRIGGER ikm_survey_changed AFTER INSERT OR UPDATE OR DELETE ON ikm_survey
    FOR EACH STATEMENT EXECUTE FUNCTION kinerja_notify_change();
CREATE TRIGGER position_history_changed AFTER INSERT OR UPDATE OR DELETE ON position_history
    FOR EACH STATEMENT EXECUTE FUNCTION kinerja_notify_change();
CREATE TRIGGER setting_changed AFTER INSERT OR UPDATE OR DELETE ON setting
    FOR EACH STATEMENT EXECUTE FUNCTION kinerja_notify_change();
