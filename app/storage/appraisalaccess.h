#pragma once

// Internal helpers shared by the appraisal repositories (not part of the API).

#include "appraisal/appraisal.h"
#include "domain/status.h"

#include <QCoreApplication>
#include <QVariant>

#include <optional>

class QSqlQuery;

namespace kinerja {

class Database;
class Transaction;
struct UnitPendingCounts;

namespace detail {

struct AppraisalTr {
    Q_DECLARE_TR_FUNCTIONS(kinerja::Appraisals)
};

// What every change needs to know about an appraisal before it writes.
struct AppraisalHead {
    qint64 id = 0;
    qint64 employeeId = 0;
    qint64 periodId = 0;
    QString periodCode;
    bool periodClosed = false;
    qint64 schemeVersionId = 0;
    SchemeKind kind = SchemeKind::PermenPan2022;
    AppraisalState state = AppraisalState::Draft;
    QString name; // the appraised employee
};

std::optional<AppraisalHead> loadHead(Database &db, qint64 id);
// Columns 0–7 of a pending-count row: unit id, unit name, total, draft, diajukan,
// dinilai, final, incomplete (AppraisalQuery and DashboardQuery share the shape).
void readPendingCounts(const QSqlQuery &q, UnitPendingCounts *out);
// "the appraisal of Budi Santoso for 2026-Q1"
QString describe(const AppraisalHead &head);
// Refuses a Final appraisal or one of a closed period, naming it.
Status checkEditable(const AppraisalHead &head);
// loadHead + checkEditable; "no longer exists" when the id is unknown.
Status editableHead(Database &db, qint64 id, AppraisalHead *out);
// Refuses a field of another kind of scheme ("uses a PP 46/2011 scheme; ... belongs to ...").
Status checkKind(const AppraisalHead &head, SchemeKind kind);

Status dbError(const QString &what);
// Bumps the appraisal's row version (an editor still open on it learns its copy is stale,
// see RowVersion), then commits `tx`: the last step of every change to an appraisal.
Status commitChange(Database &db, Transaction &tx, qint64 appraisalId);
QString nowUtc(); // "2026-04-01T08:00:00Z"
QDateTime toDateTime(const QVariant &v);

bool writeLog(Database &db, qint64 appraisalId, const QString &user, const QString &action,
              std::optional<AppraisalState> from, std::optional<AppraisalState> to,
              const QString &reason, QString *error);

QVariant ratingValue(std::optional<Rating> rating);
std::optional<Rating> toRating(const QVariant &v);
QVariant doubleValue(std::optional<double> value);
std::optional<double> toDouble(const QVariant &v);
// QSQLITE binds a null QString as NULL; text columns are NOT NULL.
QString text(const QString &s);

} // namespace detail
} // namespace kinerja
