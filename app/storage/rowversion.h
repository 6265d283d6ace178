#pragma once

#include "domain/status.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace kinerja {

class Database;

// Who saved a record last, and when: the facts behind a conflict's message.
struct ConflictInfo {
    QString who;    // empty when not known
    QDateTime when; // UTC; invalid when not known
    bool deleted = false;
};

// Optimistic locking on the row_version of the records an editor saves whole (migration
// 008). An editor remembers the version it loaded; its save first claims the row with
// that version, in the save's transaction, and writes nothing when someone else saved or
// deleted the record meanwhile. Other writers (workflow steps, bulk operations) touch
// the row, so an editor still open on it learns that its copy is stale.
class RowVersion {
    Q_DECLARE_TR_FUNCTIONS(kinerja::RowVersion)
public:
    enum class Record { Appraisal, Employee, Scheme, Unit, Period };
    static constexpr const char *kConflictField = "conflict";

    // Bumps the version of row `id` when it is still `loadedVersion` and records
    // Database::userName() and now as its last change. Otherwise a Status with field()
    // "conflict" whose message says who changed (or deleted) the record and when.
    static Status claim(Database &db, Record record, qint64 id, int loadedVersion);
    // Bumps the version whatever it is (no row: nothing happens).
    static bool touch(Database &db, Record record, qint64 id, QString *error);
    // What changed_by records: Database::userName(), never NULL (the column is NOT NULL).
    static QString changedBy(const Database &db);
    // The row's version now; 0 when there is no such row.
    static int current(Database &db, Record record, qint64 id);
    static ConflictInfo lastChange(Database &db, Record record, qint64 id);
    // "Ani changed this appraisal at 14:05 on 7 December 2026 after you opened it. ..."
    // in the default QLocale (the UI language), local time.
    static Status conflict(Record record, const ConflictInfo &info);
    static bool isConflict(const Status &s)
    {
        return !s && s.field() == QLatin1String(kConflictField);
    }
};

} // namespace kinerja
