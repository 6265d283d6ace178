#pragma once

#include "stats.h"

#include <QString>
#include <QStringList>

namespace kinerja::bench {

// The first screen of the employee list shows this many rows.
constexpr int kFirstScreenRows = 60;
// Rows fetched per step while scrolling.
constexpr int kScrollPage = 64;

struct ColdOpen {
    double openMs = 0;
    double unitsMs = 0;
    double staffCountsMs = 0;
    double idsMs = 0;
    double rowsMs = 0;
    double totalMs = 0;
    int listed = 0; // ids in the unfiltered list
    int rowsLoaded = 0;
};

// Database::open + UnitRepository::all + staffCounts + ids (no filter, by name)
// + rows of the first screen, on a fresh connection.
bool measureColdOpen(const QString &path, ColdOpen *result, QString *error);

struct Keystrokes {
    Samples total; // search + rows: what one keystroke costs in storage
    Samples ids;   // EmployeeSearch::run (ids and counts)
    Samples rows;
};

// Each prefix of each word, as typed: EmployeeSearch::run + rows(first screen).
bool measureKeystrokes(const QString &path, const QStringList &words, Keystrokes *result,
                       QString *error);

// rows() of successive pages through the whole unfiltered list.
bool measureScrolling(const QString &path, Samples *result, int *pages, QString *error);

} // namespace kinerja::bench
