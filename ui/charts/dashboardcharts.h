#pragma once

#include "storage/appraisalquery.h"
#include "storage/dashboardquery.h"

#include <QCoreApplication>

class QChart;

namespace kinerja::ui {

// Builds the charts of the agency dashboard and of a unit's distribution against its
// pattern from the storage layer's aggregates. Horizontal bar charts list the first
// item at the top; each bar series carries the ids of its bars, in bar-index order, in
// the property "ids" (unit or employee ids) for drill-down.
class DashboardCharts {
    Q_DECLARE_TR_FUNCTIONS(kinerja::ui::DashboardCharts)
public:
    static constexpr int kTop = 8; // bars in a ranking chart, each with room for two lines

    // Agency-wide appraisals by predikat, and those without a result yet.
    static QChart *distribution(const PredikatShare &share, const QString &period);
    // Organisations with the most outstanding appraisals, by state (ids: units).
    static QChart *pending(const QVector<UnitPendingCounts> &list, const QString &period);
    // Raters whose mean rating differs most from their units' mean (ids: employees).
    static QChart *leniency(const QVector<RaterLeniency> &list, const QString &period);
    // Self-assessment minus the pejabat penilai's rating per organisation (ids: units).
    static QChart *selfGap(const QVector<SelfGap> &list, const QString &period);
    // Organisations whose mean predikat changed most since `before` (ids: units).
    static QChart *changes(const QVector<UnitChange> &list, const QString &before,
                           const QString &after);
    // A unit's share per predikat (and per class of the pattern's combined rules) with
    // the pattern's limits; classes that break a rule are drawn in the "breaks" set.
    static QChart *pattern(const UnitDistribution &d, const QString &unitName,
                           const QString &period);

    static const char *const IdsProperty;
};

} // namespace kinerja::ui
