#pragma once

#include <QString>

namespace kinerja::cli {

// Removes an SQLite database file and its -wal, -shm and -journal companions;
// false if one of them exists and cannot be removed.
bool removeDatabaseFiles(const QString &path);

// Flushes `path` to disk (best effort), then renames it over `target` in one
// step: readers see either the old file or the new one, never a mix.
bool replaceFile(const QString &path, const QString &target, QString *error);

} // namespace kinerja::cli
