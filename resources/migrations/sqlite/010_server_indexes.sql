-- Kinerja schema version 10: indexes only the server needs (postgresql/010_server_indexes.sql).
-- SQLite's indexes already end in the rowid, so they serve ORDER BY ..., id as they are;
-- this file keeps the numbers of both dialects the same.
SELECT 1;
