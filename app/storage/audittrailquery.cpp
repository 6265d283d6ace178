// AuditTrail::entries(): reading the trail back for the history views and the admin view.
// verify() and quickCheck() live in audittrail.cpp.
#include "audittrail.h"
#include "audittrail_p.h"

#include "database.h"
#include "sqlutil.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace kinerja {

namespace {

// The trail's own notation of a moment: UTC, milliseconds, "Z"; compares as text.
QString utcText(const QDate &localDate)
{
    const QDateTime local(localDate, QTime(0, 0));
    return local.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz'Z'"));
}

QJsonObject jsonObject(const QVariant &v)
{
    if (v.isNull())
        return {};
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

AuditEntry::Action actionFromCode(const QString &code)
{
    if (code == QLatin1String("I"))
        return AuditEntry::Action::Insert;
    if (code == QLatin1String("D"))
        return AuditEntry::Action::Delete;
    return AuditEntry::Action::Update;
}

} // namespace

Status AuditTrail::entries(const AuditFilter &filter, QList<AuditEntry> *out) const
{
    out->clear();
    // Each condition can use an index of migration 011; the newest-first order walks the
    // primary key backwards, so a page of a million-row trail reads only that page.
    QStringList where;
    QVariantList values;
    if (!filter.login.isEmpty()) {
        where << QStringLiteral("login = ?");
        values << filter.login;
    }
    if (!filter.table.isEmpty()) {
        where << QStringLiteral("table_name = ?");
        values << filter.table;
        if (filter.rowId > 0) {
            where << QStringLiteral("row_id = CAST(? AS BIGINT)");
            values << filter.rowId;
        }
    }
    if (filter.employeeId > 0) {
        where << QStringLiteral("employee_id = CAST(? AS BIGINT)");
        values << filter.employeeId;
    }
    if (filter.appraisalId > 0) {
        where << QStringLiteral("appraisal_id = CAST(? AS BIGINT)");
        values << filter.appraisalId;
    }
    if (filter.unitId > 0) {
        where << QStringLiteral(
            "employee_id IN (SELECT e.id FROM employee e WHERE e.unit_id IN ("
            "WITH RECURSIVE sub(id) AS (SELECT CAST(? AS BIGINT) UNION ALL "
            "SELECT u.id FROM unit u JOIN sub ON u.parent_id = sub.id) SELECT id FROM sub))");
        values << filter.unitId;
    }
    if (filter.from.isValid()) {
        where << QStringLiteral("at >= ?");
        values << utcText(filter.from);
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("at < ?");
        values << utcText(filter.to.addDays(1));
    }
    if (filter.beforeId > 0) {
        where << QStringLiteral("id < CAST(? AS BIGINT)");
        values << filter.beforeId;
    }
    QString sql = QStringLiteral("SELECT %1 FROM audit_entry").arg(audit::kEntryColumns);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY id DESC");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);

    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::select(q, sql, values, &error))
        return Status::error(tr("Cannot read the audit trail: %1").arg(error));
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.login = q.value(2).toString();
        e.table = q.value(3).toString();
        e.rowId = q.value(4).toLongLong();
        e.action = actionFromCode(q.value(5).toString());
        e.oldValues = jsonObject(q.value(6));
        e.newValues = jsonObject(q.value(7));
        e.employeeId = q.value(8).toLongLong();
        e.appraisalId = q.value(9).toLongLong();
        e.prevHash = q.value(10).toString();
        e.hash = q.value(11).toString();
        out->append(e);
    }
    return Status::ok();
}

} // namespace kinerja
