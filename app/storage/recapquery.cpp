#include "recapquery.h"

#include "appraisalrow.h"
#include "database.h"
#include "domain/employee.h"
#include "sqlutil.h"

#include <QSqlQuery>

namespace kinerja {

using detail::recapUnitCondition;

int RecapQuery::maxDevelopmentLevel(SchemeKind kind)
{
    return kind == SchemeKind::PermenPan2022 ? static_cast<int>(Predikat::ButuhPerbaikan) : 1;
}

bool RecapQuery::needsDevelopment(SchemeKind kind, int predikatLevel)
{
    return predikatLevel >= 0 && predikatLevel <= maxDevelopmentLevel(kind);
}

Status RecapQuery::run(const QString &what, const QString &sql, const QVariantList &values,
                       QSqlQuery *q) const
{
    QString error;
    if (sql::select(*q, sql, values, &error))
        return Status::ok();
    return Status::error(tr("The %1 cannot be read from the database: %2").arg(what, error),
                         QStringLiteral("database"));
}

Status RecapQuery::appraisalRows(const QString &what, const RecapFilter &filter,
                                 const QString &condition, const QVariantList &conditionValues,
                                 QVector<RecapAppraisal> *out) const
{
    out->clear();
    QVariantList values{filter.periodId};
    values += conditionValues;
    const QString units = recapUnitCondition(filter, "a.unit_id", &values);
    QSqlQuery q(m_db.connection());
    const Status s =
        run(what,
            detail::appraisalRowSelect() + QStringLiteral("WHERE a.period_id = ? AND ") +
                condition + units + detail::appraisalRowOrder(),
            values, &q);
    if (!s)
        return s;
    RecapAppraisal r;
    while (q.next()) {
        detail::readAppraisalRow(q, &r);
        out->append(r);
    }
    return Status::ok();
}

Status RecapQuery::appraisals(const RecapFilter &filter, QVector<RecapAppraisal> *out) const
{
    return appraisalRows(tr("appraisals of the recap"), filter, QString(), {}, out);
}

Status RecapQuery::predikatCounts(const RecapFilter &filter, QVector<RecapPredikatCount> *out) const
{
    out->clear();
    QVariantList values{filter.periodId};
    const QString units = recapUnitCondition(filter, "a.unit_id", &values);
    QSqlQuery q(m_db.connection());
    const Status s =
        run(tr("predikat counts"),
            QStringLiteral("SELECT s.kind, a.predikat_level, max(coalesce(a.predikat, '')), "
                           "count(*) FROM appraisal a JOIN scheme_version v ON v.id = "
                           "a.scheme_version_id JOIN scheme s ON s.id = v.scheme_id "
                           "WHERE a.period_id = ? AND ") +
                units +
                QStringLiteral(" GROUP BY s.kind, a.predikat_level, coalesce(a.predikat, '') "
                               "ORDER BY s.kind, a.predikat_level IS NOT NULL, a.predikat_level, "
                               "3"),
            values, &q);
    if (!s)
        return s;
    while (q.next()) {
        RecapPredikatCount c;
        c.schemeKind = static_cast<SchemeKind>(q.value(0).toInt());
        if (!q.value(1).isNull())
            c.level = q.value(1).toInt();
        c.predikat = q.value(2).toString();
        c.count = q.value(3).toInt();
        out->append(c);
    }
    return Status::ok();
}

Status RecapQuery::trainingNeeds(const RecapFilter &filter, QVector<RecapAppraisal> *out) const
{
    return appraisalRows(tr("training needs"), filter,
                         QStringLiteral("a.predikat_level IS NOT NULL AND "
                                        "((s.kind = ? AND a.predikat_level <= ?) OR "
                                        "(s.kind <> ? AND a.predikat_level <= ?)) AND "),
                         {static_cast<int>(SchemeKind::PermenPan2022),
                          maxDevelopmentLevel(SchemeKind::PermenPan2022),
                          static_cast<int>(SchemeKind::PermenPan2022),
                          maxDevelopmentLevel(SchemeKind::Pp46)},
                         out);
}

Status RecapQuery::staffWithoutAppraisal(const RecapFilter &filter,
                                         QVector<StaffWithoutAppraisal> *out) const
{
    out->clear();
    QVariantList values;
    const QString units = recapUnitCondition(filter, "e.unit_id", &values);
    values << filter.periodId;
    QSqlQuery q(m_db.connection());
    const Status s = run(
        tr("staff without an appraisal"),
        QStringLiteral("SELECT e.id, e.nip, e.name, e.gelar_depan, e.gelar_belakang, e.jabatan, "
                       "e.unit_id, u.name FROM employee e JOIN unit u ON u.id = e.unit_id "
                       "WHERE e.state = 0 AND ") +
            units +
            QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM appraisal a WHERE a.employee_id = "
                           "e.id AND a.period_id = ?) ORDER BY u.name, e.unit_id, e.sort_name, "
                           "e.id"),
        values, &q);
    if (!s)
        return s;
    while (q.next()) {
        Employee e;
        e.name = q.value(2).toString();
        e.gelarDepan = q.value(3).toString();
        e.gelarBelakang = q.value(4).toString();
        StaffWithoutAppraisal r;
        r.employeeId = q.value(0).toLongLong();
        r.nip = q.value(1).toString();
        r.name = e.fullName();
        r.jabatan = q.value(5).toString();
        r.unitId = q.value(6).toLongLong();
        r.unitName = q.value(7).toString();
        out->append(r);
    }
    return Status::ok();
}

} // namespace kinerja
