#pragma once

// Internals of AuditTrail shared by audittrail.cpp (the chain), audittrailrows.cpp (the
// triggers and the rows) and audittrailquery.cpp (reading entries back).

#include "audittrail.h"

#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <optional>

namespace kinerja {
class Database;
}

namespace kinerja::audit {

// audit_entry's columns in the order the hash joins them (then prev_hash, hash).
inline const QString kEntryColumns = QStringLiteral(
    "id, at, login, table_name, row_id, action, old_values, new_values, employee_id, "
    "appraisal_id, prev_hash, hash");

// The audited tables, in the order migration 011 seeded them.
const QStringList &tables();

// The triggers migration 011 creates (trigger name -> table), for this engine.
QList<QPair<QString, QString>> expectedTriggers(const Database &db);

// The first expected trigger missing (or, on a server, disabled), as a problem text.
std::optional<QString> triggerProblem(const Database &db, QString *error);

// A row that does not match its last entry.
struct RowProblem {
    qint64 entryId = 0; // the row's last entry; 0 when it has none
    QString problem;
};

// Compares the current rows of `table` with the new values of their last entries. With
// `rowIds`, only those rows (quickCheck); otherwise all of them. Keeps the problem with the
// lowest entry id in *first.
bool checkRows(const Database &db, const QString &table, const QList<qint64> *rowIds,
               std::optional<RowProblem> *first, QString *error);

// Whether two JSON object texts hold the same values (numbers compared as numbers): entries
// copied from the other engine spell the same values differently.
bool sameValues(const QString &a, const QString &b);

} // namespace kinerja::audit
