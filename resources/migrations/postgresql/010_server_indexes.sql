-- Kinerja schema version 10: indexes the server needs where SQLite's serve by themselves.
-- An SQLite index ends in the rowid, and SQLite sorts a unit's few rows by lower(name) on
-- the fly; PostgreSQL sorted whole result sets instead. Measured with kinerja-bench on
-- 50,000 employees and 5 years of appraisals (sqlite/010_server_indexes.sql is a no-op):
-- the employee list in its ORDER BY sort_name, id, as an index-only scan
-- (EmployeeListQuery::ids 132 ms -> 15 ms; EmployeeSearch's entries 91 -> 23 ms).
CREATE INDEX employee_state_sort_id ON employee(state, sort_name, id);
CREATE INDEX employee_sort_search ON employee(sort_name, id) INCLUDE (state, search_text);
-- A period's appraisals in the recap's and the appraisal list's order, without the sort of
-- lower(name) per unit (49,006 rows: 242 ms -> 70 ms).
CREATE INDEX appraisal_period_recap ON appraisal(period_id, unit_name, unit_id, lower(name), id);
