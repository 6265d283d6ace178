-- PostgreSQL dialect of sqlite/007_export_order_index.sql: the same indexes.
-- Kinerja schema version 7: the recap export reads a period's appraisals in
-- (unit name, unit, name) order. Without this index SQLite sorted all of a period's rows
-- before handing over the first, and the workbook waited for it; with it, rows come
-- unit by unit, each sorted by name on its own. Measured with kinerja-bench on 50,000
-- employees and 5 years: first row of the 49,006-row recap after 70 ms -> 4 ms, the
-- XLSX export 0.82-0.86 s -> 0.71-0.74 s, for about 4% more file. The other measured
-- queries on appraisal kept their plans and times.
CREATE INDEX appraisal_period_unit_name ON appraisal(period_id, unit_name, unit_id);
