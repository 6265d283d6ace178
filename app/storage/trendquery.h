#pragma once

#include "scoring/period.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QVector>

#include <array>
#include <optional>

namespace kinerja {

class Database;

// The data behind the trend charts, computed with SQL aggregates. A period in the
// range that has no result (no appraisal, an incomplete one, or no such period in
// the database) stays on the axis with empty values: a gap, never a zero.

// One employee in one period.
struct TrendPoint {
    Period period;
    qint64 periodId = 0;            // 0 = the period does not exist in the database
    qint64 appraisalId = 0;         // 0 = no appraisal
    std::optional<double> score;    // numeric schemes (PP 46, PP 30, weighted)
    std::optional<int> ratingHasil; // PermenPANRB: 0 Di Bawah, 1 Sesuai, 2 Di Atas
    std::optional<int> ratingPerilaku;
    std::optional<int> predikatLevel; // 0 (worst) … 4 (best)
    QString predikat;
    bool hasResult() const { return predikatLevel.has_value(); }
};

struct EmployeeTrend {
    qint64 employeeId = 0;
    QString name;
    QString nip;
    QVector<TrendPoint> points; // one per period of the range, in order
};

using PredikatCounts5 = std::array<int, 5>; // by predikat level, worst first

// A unit (with or without its sub-units) in one period.
struct UnitPeriodStats {
    Period period;
    qint64 periodId = 0;
    int appraised = 0;  // appraisals with a result
    int incomplete = 0; // appraisals without one
    // Mean and spread (population standard deviation) of the numeric score, or of
    // the predikat level (0–4) when the period's appraisals have no numeric score
    // (PermenPANRB 6/2022).
    bool numeric = false;
    std::optional<double> mean;
    std::optional<double> spread;
    PredikatCounts5 counts{};
};

struct UnitTrend {
    qint64 unitId = 0;
    QString unitName;
    bool includeSubunits = true;
    QVector<UnitPeriodStats> periods;
};

// One sub-unit (with everything under it) in one period, for the comparison bars.
struct SubunitBar {
    qint64 unitId = 0;
    QString name;
    int appraised = 0;
    bool numeric = false;
    std::optional<double> mean; // as in UnitPeriodStats
    PredikatCounts5 counts{};
};

class TrendQuery {
    Q_DECLARE_TR_FUNCTIONS(kinerja::TrendQuery)
public:
    explicit TrendQuery(Database &db) : m_db(db) {}

    // Every period of `from`'s kind from `from` to `to` (inclusive, at most 120);
    // empty when the kinds differ or `to` comes first.
    static QVector<Period> axis(const Period &from, const Period &to);
    // The periods of `kind` stored in the database, in order.
    QVector<Period> storedPeriods(Period::Kind kind) const;

    EmployeeTrend employee(qint64 employeeId, const Period &from, const Period &to) const;
    UnitTrend unit(qint64 unitId, bool includeSubunits, const Period &from, const Period &to) const;
    // The direct sub-units of `unitId` in `periodId`, best mean first (units without
    // a result last, by name).
    QVector<SubunitBar> subunits(qint64 unitId, qint64 periodId) const;

private:
    QHash<QString, qint64> periodIds(const QVector<Period> &axis) const;

    Database &m_db;
};

} // namespace kinerja
