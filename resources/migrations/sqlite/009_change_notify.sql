-- Version 9 tells other Kinerja windows about changes. A server database gets triggers
-- that notify the sessions of other users (postgresql/009_change_notify.sql); an SQLite
-- file needs nothing: a window sees another's writes through PRAGMA data_version.
-- The version keeps its number so that both dialects stay in step.
SELECT 1;
