-- Placeholder for schema version 11 (the audit trail, branch audit-core), so that 012 keeps
-- its number on this branch; the audit-core migration replaces this file when merged.
SELECT 1;
