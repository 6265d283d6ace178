#pragma once

#include <QSqlDatabase>
#include <QString>

namespace kinerja::sqlitefunctions {

// The operating-system account running this program (getpwuid(geteuid()) on Unix,
// GetUserNameW on Windows), never an environment variable a user can set.
QString osUserName();

// Registers on an open QSQLITE connection what the audit triggers of migration 011 call:
// kinerja_login() (osUserName()) and kinerja_sha256(text) (lowercase hex SHA-256 of the
// UTF-8 text; NULL gives NULL). Returns an empty string, or what failed.
QString registerAll(const QSqlDatabase &db);

} // namespace kinerja::sqlitefunctions
