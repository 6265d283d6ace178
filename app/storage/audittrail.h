#pragma once

#include "domain/status.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace kinerja {

class Database;

// One entry of the audit trail the database writes itself (triggers of migration 011):
// who (the server login, or the OS user of a file), when (the server's clock, UTC),
// which row, and its values before and after.
struct AuditEntry {
    qint64 id = 0;
    QDateTime at; // UTC
    QString login;
    QString table; // "employee", "appraisal", "rhk_indicator", ...
    qint64 rowId = 0;
    enum class Action { Insert, Update, Delete } action = Action::Insert;
    QJsonObject oldValues;  // empty for an insert
    QJsonObject newValues;  // empty for a delete
    qint64 employeeId = 0;  // the employee the row is about (0 = none)
    qint64 appraisalId = 0; // the appraisal the row belongs to (0 = none)
    QString prevHash;       // hex SHA-256 of the previous entry ("" for the first)
    QString hash;
};

struct AuditFilter {
    QString login;          // empty = anyone
    QString table;          // empty = any table
    qint64 rowId = 0;       // with table: one row's history
    qint64 employeeId = 0;  // entries about this employee and their appraisals
    qint64 appraisalId = 0; // entries about this appraisal and its content
    qint64 unitId = 0;      // entries about employees of this unit (and below)
    QDate from, to;         // inclusive, local dates; invalid = open
    int limit = 1000;       // at most this many (0 = no limit)
    // Paging for long lists: only entries older than this one (id below it); 0 = from the
    // newest. Pass the last id of one page to get the next.
    qint64 beforeId = 0;
};

struct AuditVerification {
    bool ok = true;
    qint64 entries = 0;       // entries checked
    qint64 firstBrokenId = 0; // the first entry whose chain or content does not hold
    QString problem;          // what is wrong there, translated
    // The audited rows were compared with their last entries. Not on a server when the
    // login sees only part of the rows (row-level security): only the owner sees them all.
    bool rowsChecked = true;
};

class AuditTrail {
    Q_DECLARE_TR_FUNCTIONS(kinerja::AuditTrail)
public:
    explicit AuditTrail(Database &db) : m_db(db) {}

    // Newest first.
    Status entries(const AuditFilter &filter, QList<AuditEntry> *out) const;
    // Walks the whole chain, recomputing each hash; also checks that the triggers writing
    // the trail are in place and that the audited rows match their last entry (a change made
    // with the triggers dropped). progress(done, total) may return false to cancel.
    Status verify(AuditVerification *out,
                  const std::function<bool(qint64, qint64)> &progress = {}) const;
    // What open() checks quickly: triggers present and the newest entries chained.
    Status quickCheck(AuditVerification *out) const;

private:
    Database &m_db;
};

} // namespace kinerja
