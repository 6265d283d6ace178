-- Kinerja schema version 4: indexes for the charts and the dashboard, measured
-- with kinerja-bench on 50,000 employees and 5 years of quarterly and annual appraisals
-- (about a million appraisals).

-- The aggregates of a period's appraisals by unit, state and result (dashboard
-- distribution, pending, self-assessment gap, changes; unit trend; distribution against
-- the pattern) read their columns from this index alone, not from the wide appraisal
-- rows. appraisal_period_unit stays: walked in (unit, id) order, it spares the PP 46
-- recompute a sort.
CREATE INDEX appraisal_period_result ON appraisal(period_id, unit_id, state, predikat_level,
    score, rating_hasil, rating_perilaku, self_hasil, self_perilaku, scheme_version_id);

-- Active staff by unit without reading the employee rows (staff without an appraisal,
-- per organisation).
CREATE INDEX employee_state_unit ON employee(state, unit_id);
