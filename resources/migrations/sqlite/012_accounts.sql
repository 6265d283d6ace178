-- Kinerja schema version 12: accounts, roles and rights (postgresql/012_accounts.sql).
-- A file has no logins: the person is the operating-system user, who may do everything,
-- and there is nothing for a server to enforce. No account tables are created here, so a
-- file never pretends to hold accounts (DatabaseCopy leaves the server's out: an archive
-- or a laptop copy carries the data, not who may log in to the office server).
SELECT 1;
