#pragma once

#include <QString>

namespace kinerja::cli {

// Removes an SQLite database file and its -wal, -shm and -journal companions;
// false if one of them exists and cannot be removed.
bool removeDatabaseFiles(const QString &path);

} // namespace kinerja::cli
