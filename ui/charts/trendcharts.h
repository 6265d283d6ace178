#pragma once

#include "storage/trendquery.h"

#include <QCoreApplication>

class QChart;

namespace kinerja::ui {

// Builds the Qt Charts of the trend views from the storage layer's data. Each chart
// carries its title (what, whom, which periods), uses the UI language, and keeps
// apart in black and white: series differ by line style and marker shape, bar sets
// by fill pattern as well as colour. Missing results are gaps (the line breaks).
class TrendCharts {
    Q_DECLARE_TR_FUNCTIONS(kinerja::ui::TrendCharts)
public:
    // PermenPANRB: rating hasil kerja and rating perilaku (left axis, 3 levels) and
    // the predikat (right axis, 5 levels); numeric schemes: the score (0–120).
    static QChart *employee(const EmployeeTrend &trend);
    // Predikat distribution per period (stacked bars) with the mean and mean ± spread.
    static QChart *unit(const UnitTrend &trend);
    // Sub-units of one period, best mean first.
    static QChart *subunits(const QString &unitName, const QString &periodCode,
                            const QVector<SubunitBar> &bars);

    // "2026-Q1 – 2026-Q4"
    static QString rangeText(const QVector<Period> &periods);
};

} // namespace kinerja::ui
