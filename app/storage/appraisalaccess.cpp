#include "appraisalaccess.h"

#include "appraisalquery.h"
#include "database.h"
#include "refusal.h"
#include "rowversion.h"
#include "sqlutil.h"
#include "transaction.h"

#include <QSqlQuery>

namespace kinerja::detail {

void readPendingCounts(const QSqlQuery &q, UnitPendingCounts *out)
{
    out->unitId = q.value(0).toLongLong();
    out->unitName = q.value(1).toString();
    out->total = q.value(2).toInt();
    out->draft = q.value(3).toInt();
    out->diajukan = q.value(4).toInt();
    out->dinilai = q.value(5).toInt();
    out->final = q.value(6).toInt();
    out->incomplete = q.value(7).toInt();
}

std::optional<AppraisalHead> loadHead(Database &db, qint64 id)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "SELECT a.id, a.employee_id, a.period_id, p.code, p.state, a.scheme_version_id, s.kind, "
        "a.state, a.name FROM appraisal a JOIN period p ON p.id = a.period_id "
        "JOIN scheme_version v ON v.id = a.scheme_version_id JOIN scheme s ON s.id = v.scheme_id "
        "WHERE a.id = ?"));
    q.addBindValue(id);
    if (!sql::exec(q) || !q.next())
        return std::nullopt;
    AppraisalHead h;
    h.id = q.value(0).toLongLong();
    h.employeeId = q.value(1).toLongLong();
    h.periodId = q.value(2).toLongLong();
    h.periodCode = q.value(3).toString();
    h.periodClosed = q.value(4).toInt() == 1;
    h.schemeVersionId = q.value(5).toLongLong();
    h.kind = static_cast<SchemeKind>(q.value(6).toInt());
    h.state = static_cast<AppraisalState>(q.value(7).toInt());
    h.name = q.value(8).toString();
    return h;
}

QString describe(const AppraisalHead &head)
{
    return AppraisalTr::tr("the appraisal of %1 for %2").arg(head.name, head.periodCode);
}

Status checkEditable(const AppraisalHead &head)
{
    if (head.periodClosed)
        return Status::error(AppraisalTr::tr("Period %1 is closed, so %2 cannot change. Reopen "
                                             "the period first (with a reason).")
                                 .arg(head.periodCode, describe(head)),
                             QStringLiteral("period"));
    if (head.state == AppraisalState::Final)
        return Status::error(AppraisalTr::tr("%1 is final and cannot change. Reopen it first "
                                             "(with a reason) if it must be corrected.")
                                 .arg(describe(head)),
                             QStringLiteral("state"));
    return Status::ok();
}

Status editableHead(Database &db, qint64 id, AppraisalHead *out)
{
    const std::optional<AppraisalHead> head = loadHead(db, id);
    if (!head)
        return Status::error(AppraisalTr::tr("The appraisal no longer exists."));
    *out = *head;
    return checkEditable(*head);
}

Status checkKind(const AppraisalHead &head, SchemeKind kind)
{
    if (head.kind == kind)
        return Status::ok();
    return Status::error(AppraisalTr::tr("%1 uses a %2 scheme; this belongs to %3.")
                             .arg(describe(head), SchemeDefinition::kindName(head.kind),
                                  SchemeDefinition::kindName(kind)),
                         QStringLiteral("scheme"));
}

Status dbError(const QString &what)
{
    if (Refusal::isText(what)) // the server's rights said no: say so in words
        return Refusal::status();
    return Status::error(AppraisalTr::tr("The database refused the change: %1").arg(what));
}

Status commitChange(Database &db, Transaction &tx, qint64 appraisalId)
{
    QString error;
    if (!RowVersion::touch(db, RowVersion::Record::Appraisal, appraisalId, &error))
        return dbError(error);
    return tx.commit() ? Status::ok() : dbError(tx.lastError());
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QDateTime toDateTime(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODate);
}

bool writeLog(Database &db, qint64 appraisalId, const QString &user, const QString &action,
              std::optional<AppraisalState> from, std::optional<AppraisalState> to,
              const QString &reason, QString *error)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO appraisal_log (appraisal_id, at, user_name, action, "
                             "from_state, to_state, reason) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(appraisalId);
    q.addBindValue(nowUtc());
    q.addBindValue(text(user));
    q.addBindValue(action);
    q.addBindValue(from ? QVariant(static_cast<int>(*from)) : QVariant());
    q.addBindValue(to ? QVariant(static_cast<int>(*to)) : QVariant());
    q.addBindValue(text(reason));
    return sql::exec(q, error);
}

QVariant ratingValue(std::optional<Rating> rating)
{
    return rating ? QVariant(static_cast<int>(*rating)) : QVariant();
}

std::optional<Rating> toRating(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    const int value = v.toInt();
    if (value < 0 || value > 2)
        return std::nullopt;
    return static_cast<Rating>(value);
}

QVariant doubleValue(std::optional<double> value)
{
    return value ? QVariant(*value) : QVariant();
}

std::optional<double> toDouble(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}

QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s.trimmed();
}

} // namespace kinerja::detail
