#include "recapquery.h"

#include "appraisalaccess.h"
#include "database.h"
#include "domain/employee.h"

#include <QSqlError>
#include <QSqlQuery>

namespace kinerja {

namespace {

// The units of the filter: "<column> IN (…)" for one unit or its subtree, or nothing
// (every unit) when no unit is given.
QString unitCondition(const RecapFilter &filter, const char *column, QVariantList *values)
{
    if (filter.unitId <= 0)
        return QStringLiteral("1");
    *values << filter.unitId << (filter.includeSubunits ? 1 : 0);
    return QLatin1String(column) +
           QStringLiteral(" IN (WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL SELECT u.id FROM "
                          "unit u JOIN sub ON u.parent_id = sub.id WHERE ?) SELECT id FROM sub)");
}

constexpr char kAppraisalColumns[] =
    "SELECT a.id, a.employee_id, a.nip, a.name, a.jabatan, a.unit_id, a.unit_name, a.state, "
    "s.kind, a.rating_hasil, a.rating_perilaku, a.score, a.predikat, a.predikat_level, "
    "a.rekomendasi, a.competency FROM appraisal a "
    "JOIN scheme_version v ON v.id = a.scheme_version_id JOIN scheme s ON s.id = v.scheme_id ";

constexpr char kAppraisalOrder[] = " ORDER BY a.unit_name, a.unit_id, lower(a.name), a.id";

std::optional<Rating> toRating(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return static_cast<Rating>(qBound(0, v.toInt(), 2));
}

RecapAppraisal readAppraisal(const QSqlQuery &q)
{
    RecapAppraisal r;
    r.id = q.value(0).toLongLong();
    r.employeeId = q.value(1).toLongLong();
    r.nip = q.value(2).toString();
    r.name = q.value(3).toString();
    r.jabatan = q.value(4).toString();
    r.unitId = q.value(5).toLongLong();
    r.unitName = q.value(6).toString();
    r.state = static_cast<AppraisalState>(qBound(0, q.value(7).toInt(), 3));
    r.schemeKind = static_cast<SchemeKind>(q.value(8).toInt());
    r.ratingHasil = toRating(q.value(9));
    r.ratingPerilaku = toRating(q.value(10));
    r.score = detail::toDouble(q.value(11));
    r.predikat = q.value(12).toString();
    if (!q.value(13).isNull())
        r.predikatLevel = q.value(13).toInt();
    r.rekomendasi = q.value(14).toString();
    r.competency = static_cast<CompetencyCategory>(qBound(0, q.value(15).toInt(), 3));
    return r;
}

} // namespace

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
    q->setForwardOnly(true);
    bool ok = q->prepare(sql);
    if (ok) {
        for (const QVariant &v : values)
            q->addBindValue(v);
        ok = q->exec();
    }
    if (!ok)
        return Status::error(
            tr("The %1 cannot be read from the database: %2").arg(what, q->lastError().text()),
            QStringLiteral("database"));
    return Status::ok();
}

Status RecapQuery::appraisals(const RecapFilter &filter, QVector<RecapAppraisal> *out) const
{
    out->clear();
    QVariantList values{filter.periodId};
    const QString units = unitCondition(filter, "a.unit_id", &values);
    QSqlQuery q(m_db.connection());
    const Status s =
        run(tr("appraisals of the recap"),
            QLatin1String(kAppraisalColumns) + QStringLiteral("WHERE a.period_id = ? AND ") +
                units + QLatin1String(kAppraisalOrder),
            values, &q);
    if (!s)
        return s;
    while (q.next())
        out->append(readAppraisal(q));
    return Status::ok();
}

Status RecapQuery::predikatCounts(const RecapFilter &filter, QVector<RecapPredikatCount> *out) const
{
    out->clear();
    QVariantList values{filter.periodId};
    const QString units = unitCondition(filter, "a.unit_id", &values);
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
    out->clear();
    QVariantList values{filter.periodId, static_cast<int>(SchemeKind::PermenPan2022),
                        maxDevelopmentLevel(SchemeKind::PermenPan2022),
                        static_cast<int>(SchemeKind::PermenPan2022),
                        maxDevelopmentLevel(SchemeKind::Pp46)};
    const QString units = unitCondition(filter, "a.unit_id", &values);
    QSqlQuery q(m_db.connection());
    const Status s =
        run(tr("training needs"),
            QLatin1String(kAppraisalColumns) +
                QStringLiteral("WHERE a.period_id = ? AND a.predikat_level IS NOT NULL AND "
                               "((s.kind = ? AND a.predikat_level <= ?) OR "
                               "(s.kind <> ? AND a.predikat_level <= ?)) AND ") +
                units + QLatin1String(kAppraisalOrder),
            values, &q);
    if (!s)
        return s;
    while (q.next())
        out->append(readAppraisal(q));
    return Status::ok();
}

Status RecapQuery::staffWithoutAppraisal(const RecapFilter &filter,
                                         QVector<StaffWithoutAppraisal> *out) const
{
    out->clear();
    QVariantList values;
    const QString units = unitCondition(filter, "e.unit_id", &values);
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
