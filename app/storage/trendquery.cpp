#include "trendquery.h"

#include "database.h"

#include "sqlutil.h"

#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace kinerja {

namespace {
constexpr int MaxAxis = 120;

// Mean and population spread from count, sum and sum of squares (SQLite has no stddev).
void meanAndSpread(int n, double sum, double sumSquares, std::optional<double> *mean,
                   std::optional<double> *spread)
{
    if (n <= 0)
        return;
    const double m = sum / n;
    *mean = m;
    *spread = std::sqrt(std::max(0.0, sumSquares / n - m * m));
}

QString placeholders(int n)
{
    QStringList marks;
    for (int i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1Char(','));
}

// The unit, and with `withSubunits` everything under it.
const char *const SubtreeCte =
    "WITH RECURSIVE sub(id) AS (SELECT CAST(? AS BIGINT) UNION ALL SELECT u.id FROM "
    "unit u JOIN sub ON u.parent_id = sub.id WHERE ? <> 0) ";
} // namespace

QVector<Period> TrendQuery::axis(const Period &from, const Period &to)
{
    QVector<Period> list;
    if (!from.isValid() || !to.isValid() || from.kind() != to.kind() || to < from)
        return list;
    for (Period p = from; list.size() < MaxAxis; p = p.next()) {
        list << p;
        if (p == to)
            break;
    }
    return list;
}

QVector<Period> TrendQuery::storedPeriods(Period::Kind kind) const
{
    QVector<Period> list;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT code FROM period WHERE kind = ?"));
    q.addBindValue(static_cast<int>(kind));
    if (sql::exec(q)) {
        while (q.next()) {
            Period p;
            if (Period::parse(q.value(0).toString(), &p))
                list << p;
        }
    }
    std::sort(list.begin(), list.end());
    return list;
}

QHash<QString, qint64> TrendQuery::periodIds(const QVector<Period> &axis) const
{
    QHash<QString, qint64> ids;
    if (axis.isEmpty())
        return ids;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT code, id FROM period WHERE code IN (%1)")
                  .arg(placeholders(static_cast<int>(axis.size()))));
    for (const Period &p : axis)
        q.addBindValue(p.toString());
    if (sql::exec(q))
        while (q.next())
            ids.insert(q.value(0).toString(), q.value(1).toLongLong());
    return ids;
}

EmployeeTrend TrendQuery::employee(qint64 employeeId, const Period &from, const Period &to) const
{
    EmployeeTrend trend;
    trend.employeeId = employeeId;
    const QVector<Period> periods = axis(from, to);
    const QHash<QString, qint64> ids = periodIds(periods);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT name, nip FROM employee WHERE id = ?"));
    q.addBindValue(employeeId);
    if (sql::exec(q) && q.next()) {
        trend.name = q.value(0).toString();
        trend.nip = q.value(1).toString();
    }
    QHash<qint64, TrendPoint> byPeriod;
    if (!ids.isEmpty()) {
        q.prepare(QStringLiteral("SELECT period_id, id, score, rating_hasil, rating_perilaku, "
                                 "predikat_level, predikat FROM appraisal WHERE employee_id = ? "
                                 "AND period_id IN (%1)")
                      .arg(placeholders(static_cast<int>(ids.size()))));
        q.addBindValue(employeeId);
        for (const qint64 id : ids)
            q.addBindValue(id);
        if (sql::exec(q)) {
            while (q.next()) {
                TrendPoint p;
                p.appraisalId = q.value(1).toLongLong();
                const auto optInt = [&q](int c) {
                    return q.value(c).isNull() ? std::nullopt
                                               : std::optional<int>(q.value(c).toInt());
                };
                if (!q.value(2).isNull())
                    p.score = q.value(2).toDouble();
                p.ratingHasil = optInt(3);
                p.ratingPerilaku = optInt(4);
                p.predikatLevel = optInt(5);
                p.predikat = q.value(6).toString();
                byPeriod.insert(q.value(0).toLongLong(), p);
            }
        }
    }
    for (const Period &period : periods) {
        const qint64 id = ids.value(period.toString());
        TrendPoint p = byPeriod.value(id);
        p.period = period;
        p.periodId = id;
        trend.points << p;
    }
    return trend;
}

UnitTrend TrendQuery::unit(qint64 unitId, bool includeSubunits, const Period &from,
                           const Period &to) const
{
    UnitTrend trend;
    trend.unitId = unitId;
    trend.includeSubunits = includeSubunits;
    const QVector<Period> periods = axis(from, to);
    const QHash<QString, qint64> ids = periodIds(periods);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT name FROM unit WHERE id = ?"));
    q.addBindValue(unitId);
    if (sql::exec(q) && q.next())
        trend.unitName = q.value(0).toString();

    struct Row {
        int incomplete = 0;
        PredikatCounts5 counts{};
        int scored = 0;
        double scoreSum = 0, scoreSquares = 0;
        int levelled = 0;
        double levelSum = 0, levelSquares = 0;
    };
    QHash<qint64, Row> rows;
    if (!ids.isEmpty()) {
        // One pass: per period and predikat level, the counts and score sums.
        q.prepare(
            QString::fromLatin1(SubtreeCte) +
            QStringLiteral(
                "SELECT a.period_id, a.predikat_level, count(*), count(a.score), "
                "coalesce(sum(a.score), 0), coalesce(sum(a.score * a.score), 0) FROM appraisal a "
                "WHERE a.period_id IN (%1) AND a.unit_id IN (SELECT id FROM sub) "
                "GROUP BY 1, 2")
                .arg(placeholders(static_cast<int>(ids.size()))));
        q.addBindValue(unitId);
        q.addBindValue(includeSubunits ? 1 : 0);
        for (const qint64 id : ids)
            q.addBindValue(id);
        if (sql::exec(q)) {
            while (q.next()) {
                Row &r = rows[q.value(0).toLongLong()];
                const int n = q.value(2).toInt();
                if (q.value(1).isNull()) {
                    r.incomplete += n;
                    continue;
                }
                const int level = std::clamp(q.value(1).toInt(), 0, 4);
                r.counts[level] += n;
                r.levelled += n;
                r.levelSum += double(level) * n;
                r.levelSquares += double(level) * level * n;
                r.scored += q.value(3).toInt();
                r.scoreSum += q.value(4).toDouble();
                r.scoreSquares += q.value(5).toDouble();
            }
        }
    }
    for (const Period &period : periods) {
        UnitPeriodStats s;
        s.period = period;
        s.periodId = ids.value(period.toString());
        const Row r = rows.value(s.periodId);
        s.incomplete = r.incomplete;
        s.counts = r.counts;
        s.appraised = r.levelled;
        s.numeric = r.scored > 0;
        if (s.numeric)
            meanAndSpread(r.scored, r.scoreSum, r.scoreSquares, &s.mean, &s.spread);
        else
            meanAndSpread(r.levelled, r.levelSum, r.levelSquares, &s.mean, &s.spread);
        trend.periods << s;
    }
    return trend;
}

QVector<SubunitBar> TrendQuery::subunits(qint64 unitId, qint64 periodId) const
{
    QVector<SubunitBar> bars;
    QHash<qint64, int> index;
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT id, name FROM unit WHERE parent_id = ? AND dissolved_on IS NULL"));
    q.addBindValue(unitId);
    if (!sql::exec(q))
        return bars;
    while (q.next()) {
        SubunitBar b;
        b.unitId = q.value(0).toLongLong();
        b.name = q.value(1).toString();
        index.insert(b.unitId, static_cast<int>(bars.size()));
        bars << b;
    }
    // Each appraisal counted for the direct sub-unit its unit lies under.
    q.prepare(QStringLiteral(
        "WITH RECURSIVE top(id, child) AS (SELECT id, id FROM unit WHERE parent_id = ? "
        "UNION ALL SELECT t.id, u.id FROM unit u JOIN top t ON u.parent_id = t.child) "
        "SELECT t.id, a.predikat_level, count(*), count(a.score), coalesce(sum(a.score), 0) FROM "
        "appraisal a "
        "JOIN top t ON t.child = a.unit_id WHERE a.period_id = ? AND a.predikat_level IS NOT NULL "
        "GROUP BY 1, 2"));
    q.addBindValue(unitId);
    q.addBindValue(periodId);
    QHash<qint64, std::array<double, 4>> sums; // scored, score sum, levelled, level sum
    if (sql::exec(q)) {
        while (q.next()) {
            const auto it = index.constFind(q.value(0).toLongLong());
            if (it == index.constEnd())
                continue;
            SubunitBar &b = bars[*it];
            const int level = std::clamp(q.value(1).toInt(), 0, 4);
            const int n = q.value(2).toInt();
            b.counts[level] += n;
            b.appraised += n;
            auto &s = sums[b.unitId];
            s[0] += q.value(3).toInt();
            s[1] += q.value(4).toDouble();
            s[2] += n;
            s[3] += double(level) * n;
        }
    }
    for (SubunitBar &b : bars) {
        const auto s = sums.value(b.unitId);
        b.numeric = s[0] > 0;
        if (b.numeric)
            b.mean = s[1] / s[0];
        else if (s[2] > 0)
            b.mean = s[3] / s[2];
    }
    std::sort(bars.begin(), bars.end(), [](const SubunitBar &a, const SubunitBar &b) {
        if (a.mean.has_value() != b.mean.has_value())
            return a.mean.has_value();
        if (a.mean && *a.mean != *b.mean)
            return *a.mean > *b.mean;
        return a.name < b.name;
    });
    return bars;
}

} // namespace kinerja
