#include "appraisalrow.h"

#include "appraisalaccess.h"

#include <QSqlQuery>

namespace kinerja::detail {

QString appraisalRowSelect(QLatin1String extraColumns)
{
    return QStringLiteral(
               "SELECT a.id, a.employee_id, a.nip, a.name, a.jabatan, a.unit_id, a.unit_name, "
               "a.state, s.kind, a.rating_hasil, a.rating_perilaku, a.score, a.predikat, "
               "a.predikat_level, a.rekomendasi, a.competency") +
           extraColumns +
           QStringLiteral(" FROM appraisal a JOIN scheme_version v ON v.id = a.scheme_version_id "
                          "JOIN scheme s ON s.id = v.scheme_id ");
}

QLatin1String appraisalRowOrder()
{
    return QLatin1String(" ORDER BY a.unit_name, a.unit_id, lower(a.name), a.id");
}

QString recapUnitCondition(const RecapFilter &filter, const char *column, QVariantList *values)
{
    if (filter.unitId <= 0)
        return QStringLiteral("TRUE");
    *values << filter.unitId << (filter.includeSubunits ? 1 : 0);
    return QLatin1String(column) +
           QStringLiteral(
               " IN (WITH RECURSIVE sub(id) AS (SELECT CAST(? AS BIGINT) UNION ALL "
               "SELECT u.id FROM "
               "unit u JOIN sub ON u.parent_id = sub.id WHERE ? <> 0) SELECT id FROM sub)");
}

void readAppraisalRow(const QSqlQuery &q, RecapAppraisal *r)
{
    r->id = q.value(0).toLongLong();
    r->employeeId = q.value(1).toLongLong();
    r->nip = q.value(2).toString();
    r->name = q.value(3).toString();
    r->jabatan = q.value(4).toString();
    r->unitId = q.value(5).toLongLong();
    r->unitName = q.value(6).toString();
    r->state = static_cast<AppraisalState>(qBound(0, q.value(7).toInt(), 3));
    r->schemeKind = static_cast<SchemeKind>(q.value(8).toInt());
    r->ratingHasil = toRating(q.value(9));
    r->ratingPerilaku = toRating(q.value(10));
    r->score = toDouble(q.value(11));
    r->predikat = q.value(12).toString();
    r->predikatLevel.reset();
    if (!q.value(13).isNull())
        r->predikatLevel = q.value(13).toInt();
    r->rekomendasi = q.value(14).toString();
    r->competency = static_cast<CompetencyCategory>(qBound(0, q.value(15).toInt(), 3));
}

} // namespace kinerja::detail
