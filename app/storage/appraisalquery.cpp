#include "appraisalquery.h"

#include "appraisalaccess.h"
#include "database.h"
#include "periodrepository.h"
#include "schemerepository.h"
#include "sqlutil.h"

#include <QHash>
#include <QSqlQuery>

namespace kinerja {

QString AppraisalQuery::where(const AppraisalFilter &filter, QVariantList *values) const
{
    QStringList parts{QStringLiteral("a.period_id = ?")};
    *values << filter.periodId;
    if (filter.unitId > 0) {
        parts << QStringLiteral(
            "a.unit_id IN (WITH RECURSIVE sub(id) AS (SELECT CAST(? AS BIGINT) "
            "UNION ALL SELECT u.id FROM unit "
            "u JOIN sub ON u.parent_id = sub.id WHERE ? <> 0) SELECT id FROM sub)");
        *values << filter.unitId << (filter.includeSubunits ? 1 : 0);
    }
    if (!filter.states.isEmpty()) {
        QStringList states;
        for (const AppraisalState s : filter.states)
            states << QString::number(static_cast<int>(s));
        parts << QStringLiteral("a.state IN (%1)").arg(states.join(QLatin1Char(',')));
    }
    if (!filter.predikats.isEmpty()) {
        QStringList alternatives;
        for (const QString &p : filter.predikats) {
            if (p.isEmpty()) {
                alternatives << QStringLiteral("a.predikat IS NULL");
            } else {
                alternatives << QStringLiteral("a.predikat = ?");
                *values << p;
            }
        }
        parts << QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    if (filter.raterId > 0) {
        parts << QStringLiteral("a.rater_id = ?");
        *values << filter.raterId;
    }
    const QStringList words = filter.text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &w : words) {
        parts << QStringLiteral("lower(a.name || ' ' || a.nip || ' ' || a.jabatan) LIKE ? "
                                "ESCAPE '\\'");
        *values << sql::likePattern(w);
    }
    return parts.join(QStringLiteral(" AND "));
}

QVector<AppraisalRow> AppraisalQuery::rows(const AppraisalFilter &filter) const
{
    QVariantList values;
    const QString condition = where(filter, &values);
    QSqlQuery q(m_db.connection());
    sql::forwardOnly(q);
    q.prepare(QStringLiteral(
                  "SELECT a.id, a.employee_id, a.nip, a.name, a.jabatan, a.unit_id, a.unit_name, "
                  "a.rater_name, a.state, s.kind, a.score, a.predikat, a.predikat_level "
                  "FROM appraisal a JOIN scheme_version v ON v.id = a.scheme_version_id "
                  "JOIN scheme s ON s.id = v.scheme_id WHERE %1 "
                  "ORDER BY a.unit_name, a.unit_id, lower(a.name), a.id")
                  .arg(condition));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    QVector<AppraisalRow> list;
    if (!sql::exec(q))
        return list;
    while (q.next()) {
        AppraisalRow r;
        r.id = q.value(0).toLongLong();
        r.employeeId = q.value(1).toLongLong();
        r.nip = q.value(2).toString();
        r.name = q.value(3).toString();
        r.jabatan = q.value(4).toString();
        r.unitId = q.value(5).toLongLong();
        r.unitName = q.value(6).toString();
        r.raterName = q.value(7).toString();
        r.state = static_cast<AppraisalState>(q.value(8).toInt());
        r.schemeKind = static_cast<SchemeKind>(q.value(9).toInt());
        r.score = detail::toDouble(q.value(10));
        r.predikat = q.value(11).toString();
        if (!q.value(12).isNull())
            r.predikatLevel = q.value(12).toInt();
        list << r;
    }
    return list;
}

int AppraisalQuery::count(const AppraisalFilter &filter) const
{
    QVariantList values;
    const QString condition = where(filter, &values);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM appraisal a WHERE %1").arg(condition));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    return sql::exec(q) && q.next() ? q.value(0).toInt() : 0;
}

QVector<UnitPendingCounts> AppraisalQuery::pendingByUnit(qint64 periodId) const
{
    QVector<UnitPendingCounts> list;
    QHash<qint64, int> index;
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT a.unit_id, max(a.unit_name), count(*), count(*) FILTER (WHERE "
                       "a.state = 0), count(*) FILTER (WHERE a.state = 1), "
                       "count(*) FILTER (WHERE a.state = 2), count(*) FILTER (WHERE a.state = 3), "
                       "count(*) FILTER (WHERE a.predikat_level IS NULL) FROM appraisal a "
                       "WHERE a.period_id = ? GROUP BY a.unit_id ORDER BY 2"));
    q.addBindValue(periodId);
    if (!sql::exec(q))
        return list;
    while (q.next()) {
        UnitPendingCounts c;
        detail::readPendingCounts(q, &c);
        index.insert(c.unitId, static_cast<int>(list.size()));
        list << c;
    }
    q.prepare(QStringLiteral(
        "SELECT e.unit_id, u.name, count(*) FROM employee e JOIN unit u ON u.id = e.unit_id "
        "WHERE e.state = 0 AND NOT EXISTS (SELECT 1 FROM appraisal a WHERE a.employee_id = e.id "
        "AND a.period_id = ?) GROUP BY e.unit_id, u.name"));
    q.addBindValue(periodId);
    if (!sql::exec(q))
        return list;
    while (q.next()) {
        const qint64 unit = q.value(0).toLongLong();
        auto it = index.constFind(unit);
        if (it == index.constEnd()) {
            UnitPendingCounts c;
            c.unitId = unit;
            c.unitName = q.value(1).toString();
            it = index.insert(unit, static_cast<int>(list.size()));
            list << c;
        }
        list[*it].notCreated = q.value(2).toInt();
    }
    return list;
}

int UnitDistribution::appraised() const
{
    int n = 0;
    for (const int c : counts)
        n += c;
    return n;
}

UnitDistribution AppraisalQuery::distribution(qint64 periodId, qint64 unitId,
                                              bool includeSubunits) const
{
    UnitDistribution d;
    if (const std::optional<OrganisationAchievement> org =
            PeriodRepository(m_db).effectiveOrganisationAchievement(periodId, unitId)) {
        d.organisation = org->predikat;
        d.organisationUnitId = org->unitId;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "WITH RECURSIVE sub(id) AS (SELECT CAST(? AS BIGINT) UNION ALL SELECT u.id FROM unit u "
        "JOIN sub ON "
        "u.parent_id = sub.id WHERE ? <> 0) SELECT s.kind = 0, a.predikat_level, count(*) "
        "FROM appraisal a JOIN scheme_version v ON v.id = a.scheme_version_id "
        "JOIN scheme s ON s.id = v.scheme_id WHERE a.period_id = ? AND a.unit_id IN "
        "(SELECT id FROM sub) GROUP BY 1, 2"));
    q.addBindValue(unitId);
    q.addBindValue(includeSubunits ? 1 : 0);
    q.addBindValue(periodId);
    if (!sql::exec(q))
        return d;
    while (q.next()) {
        const int n = q.value(2).toInt();
        if (!q.value(0).toBool())
            d.otherSchemes += n;
        else if (q.value(1).isNull())
            d.incomplete += n;
        else
            d.counts[static_cast<Predikat>(qBound(0, q.value(1).toInt(), 4))] += n;
    }
    if (d.organisation) {
        // The quotas are data of the period's PermenPANRB scheme version (they change
        // by circular); a period under another scheme uses the circular's defaults.
        SchemeDefinition scheme;
        const std::optional<PeriodInfo> period = PeriodRepository(m_db).find(periodId);
        if (!period || !SchemeRepository(m_db).load(period->schemeVersionId, &scheme) ||
            scheme.kind != SchemeKind::PermenPan2022)
            scheme.distribution = defaultDistributionPatterns();
        d.pattern = patternFor(scheme.distribution, *d.organisation);
        d.breaches = checkDistribution(d.pattern, d.counts);
    }
    return d;
}

std::optional<UnitHeadRule> AppraisalQuery::unitHeadRule(qint64 appraisalId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT a.period_id, u.id, u.name FROM appraisal a JOIN unit u ON "
                             "u.id = a.unit_id AND u.head_id = a.employee_id WHERE a.id = ?"));
    q.addBindValue(appraisalId);
    if (!sql::exec(q) || !q.next())
        return std::nullopt;
    UnitHeadRule rule;
    rule.unitId = q.value(1).toLongLong();
    rule.unitName = q.value(2).toString();
    const std::optional<OrganisationAchievement> org =
        PeriodRepository(m_db).effectiveOrganisationAchievement(q.value(0).toLongLong(),
                                                                rule.unitId);
    if (!org || !org->predikat)
        return std::nullopt;
    rule.achievement = *org;
    rule.ratingHasil = unitHeadRatingHasil(*org->predikat);
    rule.achievementUnitName = rule.unitName;
    if (org->unitId != rule.unitId) {
        q.prepare(QStringLiteral("SELECT name FROM unit WHERE id = ?"));
        q.addBindValue(org->unitId);
        if (sql::exec(q) && q.next())
            rule.achievementUnitName = q.value(0).toString();
    }
    return rule;
}

} // namespace kinerja
