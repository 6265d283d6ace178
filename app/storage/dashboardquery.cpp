#include "dashboardquery.h"

#include "appraisalaccess.h"
#include "database.h"
#include "sqlutil.h"

#include <QSqlQuery>
#include <QVariant>

namespace kinerja {

namespace {

// org(id, top): every unit reachable from a root with its top-level unit (a child of the
// root); a root maps to itself. Starting from the roots keeps the recursion finite.
constexpr char kOrgCte[] =
    "WITH RECURSIVE org(id, top, depth) AS (SELECT id, id, 0 FROM unit WHERE parent_id IS NULL "
    "UNION ALL SELECT u.id, CASE org.depth WHEN 0 THEN u.id ELSE org.top END, org.depth + 1 "
    "FROM unit u JOIN org ON u.parent_id = org.id) ";

// The query text after the org CTE; further CTEs start with a comma.
QString withOrg(const QString &rest)
{
    return QLatin1String(kOrgCte) + rest;
}
QString withOrg(const char *rest)
{
    return withOrg(QLatin1String(rest));
}

} // namespace

int PredikatShare::total() const
{
    int n = incomplete;
    for (const int c : counts)
        n += c;
    return n;
}

PredikatShare DashboardQuery::distribution(qint64 periodId) const
{
    PredikatShare share;
    QSqlQuery q(m_db.connection());
    if (!sql::select(
            q,
            QStringLiteral("SELECT predikat_level, count(*) FROM appraisal WHERE period_id = ? "
                           "GROUP BY predikat_level"),
            {periodId}))
        return share;
    while (q.next()) {
        const int n = q.value(1).toInt();
        if (q.value(0).isNull())
            share.incomplete += n;
        else
            share.counts[qBound(0, q.value(0).toInt(), 4)] += n;
    }
    return share;
}

QVector<UnitPendingCounts> DashboardQuery::pendingByOrganisation(qint64 periodId) const
{
    // Appraisals by state and staff without one, each grouped by organisation, then
    // merged: two index-friendly scans instead of one join over every employee.
    QVector<UnitPendingCounts> list;
    QSqlQuery q(m_db.connection());
    if (!sql::select(
            q,
            withOrg(", counted(top, total, draft, diajukan, dinilai, done, incomplete, missing) "
                    "AS (SELECT o.top, count(*), count(*) FILTER (WHERE a.state = 0), count(*) "
                    "FILTER (WHERE a.state = 1), "
                    "count(*) FILTER (WHERE a.state = 2), count(*) FILTER (WHERE a.state = 3), "
                    "count(*) FILTER (WHERE a.predikat_level IS NULL), 0 "
                    "FROM appraisal a JOIN org o ON o.id = a.unit_id WHERE a.period_id = ? "
                    "GROUP BY o.top "
                    "UNION ALL SELECT o.top, 0, 0, 0, 0, 0, 0, count(*) FROM employee e "
                    "JOIN org o ON o.id = e.unit_id WHERE e.state = 0 AND NOT EXISTS "
                    "(SELECT 1 FROM appraisal a WHERE a.employee_id = e.id AND a.period_id = ?) "
                    "GROUP BY o.top) "
                    "SELECT c.top, u.name, sum(c.total), sum(c.draft), sum(c.diajukan), "
                    "sum(c.dinilai), sum(c.done), sum(c.incomplete), sum(c.missing) "
                    "FROM counted c JOIN unit u ON u.id = c.top GROUP BY c.top, u.name "
                    "ORDER BY sum(c.total) - sum(c.done) + sum(c.missing) DESC, u.name, c.top"),
            {periodId, periodId}))
        return list;
    while (q.next()) {
        UnitPendingCounts c;
        detail::readPendingCounts(q, &c);
        c.notCreated = q.value(8).toInt();
        list << c;
    }
    return list;
}

QVector<RaterLeniency> DashboardQuery::raterLeniency(qint64 periodId, int minAppraisals) const
{
    // The peers' mean pools, per organisation the rater rates in, the organisation's sums
    // less the rater's own, so an organisation weighs by its number of rated appraisals.
    // The sums come from the appraisal_period_rater index alone; a rater's name and unit
    // from one of their rows. CROSS JOIN fixes the join order: left to the planner it
    // walked the index once per unit.
    QVector<RaterLeniency> list;
    const QString join = sql::orderedJoin(m_db);
    QSqlQuery q(m_db.connection());
    if (!sql::select(
            q,
            withOrg(
                QStringLiteral(", rated AS MATERIALIZED (SELECT a.rater_id, o.top, "
                               "(a.rating_hasil + a.rating_perilaku) / 2.0 AS r FROM appraisal a") +
                join +
                QStringLiteral(
                    "org o ON o.id = a.unit_id WHERE a.period_id = ? "
                    "AND a.rating_hasil IS NOT NULL AND a.rating_perilaku IS NOT NULL), "
                    "per_org AS (SELECT top, sum(r) AS s, count(*) AS n FROM rated GROUP BY top), "
                    "per_rater AS (SELECT rater_id, top, sum(r) AS s, count(*) AS n FROM rated "
                    "WHERE rater_id IS NOT NULL GROUP BY rater_id, top), "
                    "raters AS (SELECT rater_id, sum(n) AS n, sum(s) / sum(n) AS mean "
                    "FROM per_rater GROUP BY rater_id HAVING sum(n) >= ?), "
                    "peers AS (SELECT pr.rater_id, sum(po.s - pr.s) AS s, sum(po.n - pr.n) AS n "
                    "FROM per_rater pr") +
                join +
                QStringLiteral(
                    "per_org po ON po.top = pr.top "
                    "GROUP BY pr.rater_id) "
                    "SELECT ra.rater_id, x.rater_name, x.rater_unit_id, x.rater_unit_name, ra.n, "
                    "ra.mean, p.s / p.n, p.n FROM raters ra") +
                join + QStringLiteral("peers p ON p.rater_id = ra.rater_id") + join +
                QStringLiteral(
                    "appraisal x ON x.id = (SELECT y.id FROM appraisal y "
                    "WHERE y.period_id = ? AND y.rater_id = ra.rater_id LIMIT 1) "
                    "WHERE p.n > 0 ORDER BY abs(ra.mean - p.s / p.n) DESC, x.rater_name, "
                    "ra.rater_id")),
            {periodId, qMax(1, minAppraisals), periodId}))
        return list;
    while (q.next()) {
        RaterLeniency r;
        r.raterId = q.value(0).toLongLong();
        r.raterName = q.value(1).toString();
        r.unitId = q.value(2).toLongLong();
        r.unitName = q.value(3).toString();
        r.appraisals = q.value(4).toInt();
        r.meanRating = q.value(5).toDouble();
        r.peerMean = q.value(6).toDouble();
        r.peerAppraisals = q.value(7).toInt();
        list << r;
    }
    return list;
}

QVector<SelfGap> DashboardQuery::selfGap(qint64 periodId) const
{
    QVector<SelfGap> list;
    QSqlQuery q(m_db.connection());
    if (!sql::select(
            q,
            // The outer SELECT orders by the aggregates' names, which PostgreSQL allows
            // only there.
            withOrg("SELECT top, name, n, gh, gp FROM (SELECT o.top AS top, u.name AS name, "
                    "count(*) AS n, avg(a.self_hasil - a.rating_hasil) AS gh, "
                    "avg(a.self_perilaku - a.rating_perilaku) AS gp FROM appraisal a "
                    "JOIN org o ON o.id = a.unit_id JOIN unit u ON u.id = o.top "
                    "WHERE a.period_id = ? AND a.self_hasil IS NOT NULL "
                    "AND a.self_perilaku IS NOT NULL AND a.rating_hasil IS NOT NULL "
                    "AND a.rating_perilaku IS NOT NULL GROUP BY o.top, u.name) g "
                    "ORDER BY CASE WHEN abs(gh) > abs(gp) THEN abs(gh) ELSE abs(gp) END DESC, "
                    "name, top"),
            {periodId}))
        return list;
    while (q.next()) {
        SelfGap g;
        g.unitId = q.value(0).toLongLong();
        g.unitName = q.value(1).toString();
        g.pairs = q.value(2).toInt();
        g.meanGapHasil = q.value(3).toDouble();
        g.meanGapPerilaku = q.value(4).toDouble();
        list << g;
    }
    return list;
}

QVector<UnitChange> DashboardQuery::changes(qint64 beforePeriodId, qint64 afterPeriodId) const
{
    QVector<UnitChange> list;
    QSqlQuery q(m_db.connection());
    if (!sql::select(
            q,
            withOrg(", levels AS (SELECT o.top, a.period_id = ? AS is_before, "
                    "a.period_id = ? AS is_after, a.predikat_level AS level FROM appraisal a "
                    "JOIN org o ON o.id = a.unit_id WHERE a.period_id IN (?, ?) "
                    "AND a.predikat_level IS NOT NULL) "
                    "SELECT top, name, nb, na, mb, ma FROM (SELECT l.top AS top, u.name AS name, "
                    "count(*) FILTER (WHERE l.is_before) AS nb, "
                    "count(*) FILTER (WHERE l.is_after) AS na, "
                    "avg(CASE WHEN l.is_before THEN l.level END) AS mb, "
                    "avg(CASE WHEN l.is_after THEN l.level END) AS ma FROM levels l "
                    "JOIN unit u ON u.id = l.top GROUP BY l.top, u.name) c "
                    "WHERE nb > 0 AND na > 0 ORDER BY abs(ma - mb) DESC, name, top"),
            {beforePeriodId, afterPeriodId, beforePeriodId, afterPeriodId}))
        return list;
    while (q.next()) {
        UnitChange c;
        c.unitId = q.value(0).toLongLong();
        c.unitName = q.value(1).toString();
        c.countBefore = q.value(2).toInt();
        c.countAfter = q.value(3).toInt();
        c.meanBefore = q.value(4).toDouble();
        c.meanAfter = q.value(5).toDouble();
        list << c;
    }
    return list;
}

qint64 DashboardQuery::previousPeriodOfKind(qint64 periodId) const
{
    // ISO dates compare as text.
    QSqlQuery q(m_db.connection());
    if (!sql::select(q,
                     QStringLiteral("SELECT p.id FROM period p JOIN period c ON c.id = ? "
                                    "AND p.kind = c.kind AND p.start_date < c.start_date "
                                    "ORDER BY p.start_date DESC LIMIT 1"),
                     {periodId}) ||
        !q.next())
        return 0;
    return q.value(0).toLongLong();
}

} // namespace kinerja
