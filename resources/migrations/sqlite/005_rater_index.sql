-- Kinerja schema version 5: rater leniency on the dashboard reads a period's
-- ratings grouped by pejabat penilai from this index alone. Measured with kinerja-bench on
-- 50,000 employees and 5 years: the leniency query went from 92 to about 70 ms.
-- The query fixes its join order with CROSS JOIN: left to itself, SQLite walked this
-- index once per unit and took seconds.
CREATE INDEX appraisal_period_rater ON appraisal(period_id, rater_id, unit_id, rating_hasil,
    rating_perilaku);
