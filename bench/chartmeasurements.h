#pragma once

#include "stats.h"

#include <QString>
#include <QVector>

namespace kinerja::bench {

// Measured this many times after the first (cold) run.
constexpr int kChartRuns = 10;

// A timing whose first run (fresh connection, fonts and chart classes not used yet) is
// kept apart from the warm runs.
struct Timed {
    double cold = 0;
    Samples warm;
};

// The unit trend of one unit (sub-units included).
struct TrendFigures {
    QString unitName;
    int staff = 0;     // its appraisals with a result in the last closed quarter
    Timed query;       // TrendQuery::unit
    Timed chartBuild;  // TrendCharts::unit + a QChartView of 1200×700
    Timed chartRender; // QChartView::grab()
    Timed total;
};

// Issue 4 at province scale: the unit trend chart and the agency dashboard.
struct ChartFigures {
    QString from, to; // the quarters of the trend's axis
    int periods = 0;
    // The units whose subtrees come closest to 2,000 appraised staff from below and from
    // above (one unit when one has exactly 2,000).
    QVector<TrendFigures> trends;

    // The dashboard of the latest quarter.
    QString period, previous;
    int appraisals = 0; // of the latest quarter
    Timed distribution, pending, leniency, selfGap, previousPeriod, changes, unitDistribution;
    Timed dashboardTotal;
    int organisations = 0, raters = 0; // rows shown (pending, leniency)
};

// Opens `path` afresh and measures; false with *error when the database has no quarterly
// appraisal history. With KINERJA_BENCH_CHART_PNG set (e.g. /tmp/trend-%1.png, %1 = the
// unit id), the first trend chart of each unit is saved there for a look.
bool measureCharts(const QString &path, ChartFigures *result, QString *error);

} // namespace kinerja::bench
