#pragma once

#include "storage/appraisalquery.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace kinerja {

class Database;

// Predikat levels (0 worst … 4 best, Predikat for PermenPANRB, the bands of a numeric
// scheme otherwise) of a period's appraisals; `incomplete` ones have no result yet.
struct PredikatShare {
    int counts[5] = {0, 0, 0, 0, 0};
    int incomplete = 0;
    int total() const;
};

// One pejabat penilai in one period. unitId/unitName: the rater's own unit, as recorded
// on the appraisals (rater_unit_*).
struct RaterLeniency {
    qint64 raterId = 0;
    QString raterName;
    qint64 unitId = 0;
    QString unitName;
    int appraisals = 0;    // rated ones (both ratings given)
    double meanRating = 0; // mean of (rating_hasil + rating_perilaku) / 2, 0..2
    // The same mean over the other raters' rated appraisals in the organisations
    // (top-level units) of the appraisals this rater rates: a rater is compared with
    // their peers, not with their own ratings. A rater who is the only one in those
    // organisations has nobody to be compared with and is left out.
    double peerMean = 0;
    int peerAppraisals = 0;
    double difference() const { return meanRating - peerMean; }
};

// Self-assessment against the pejabat penilai's rating in one top-level unit and period.
struct SelfGap {
    qint64 unitId = 0;
    QString unitName;
    int pairs = 0;              // appraisals with all four ratings (self and supervisor)
    double meanGapHasil = 0;    // mean of self - supervisor, on the 0..2 levels
    double meanGapPerilaku = 0; // the same for perilaku kerja
};

// Mean predikat level (0..4) of a top-level unit in two periods of the same kind.
struct UnitChange {
    qint64 unitId = 0;
    QString unitName;
    int countBefore = 0; // appraisals with a predikat
    int countAfter = 0;
    double meanBefore = 0;
    double meanAfter = 0;
    double change() const { return meanAfter - meanBefore; }
};

// Aggregates for the agency dashboard, all computed in SQL. A "top-level unit" (an
// organisation) is a child of a root unit; each appraisal counts for the top-level
// ancestor of the unit recorded on it, found in today's unit tree. Appraisals recorded
// on a root unit itself count for that root. Units with nothing to show are left out.
class DashboardQuery {
    Q_DECLARE_TR_FUNCTIONS(kinerja::DashboardQuery)
public:
    explicit DashboardQuery(Database &db) : m_db(db) {}

    // Agency-wide predikat counts of a period (all units).
    PredikatShare distribution(qint64 periodId) const;
    // Per top-level unit with its subtree: the appraisals by state and the active staff
    // without an appraisal. Most outstanding (pending() + notCreated) first, then by name.
    QVector<UnitPendingCounts> pendingByOrganisation(qint64 periodId) const;
    // Raters with at least `minAppraisals` rated appraisals in the period and peers to
    // compare with, the largest |difference()| first. Appraisals without a recorded
    // rater count for the peers only.
    QVector<RaterLeniency> raterLeniency(qint64 periodId, int minAppraisals = 3) const;
    // Per top-level unit with at least one pair, the larger of the two |mean gaps| first.
    QVector<SelfGap> selfGap(qint64 periodId) const;
    // Top-level units with a predikat in both periods, the largest |change()| first.
    QVector<UnitChange> changes(qint64 beforePeriodId, qint64 afterPeriodId) const;
    // The latest period of the same kind starting before `periodId`, or 0 (gaps skipped).
    qint64 previousPeriodOfKind(qint64 periodId) const;

private:
    Database &m_db;
};

} // namespace kinerja
