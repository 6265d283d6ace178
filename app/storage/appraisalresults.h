#pragma once

#include "appraisal/appraisalscorer.h"
#include "domain/status.h"

#include <QCoreApplication>

namespace kinerja {

class Database;

struct RecomputeReport {
    int total = 0;      // appraisals of the period
    int recomputed = 0; // not Final: computed afresh
    int changed = 0;    // whose stored result changed (the only rows written)
    int complete = 0;   // with a result after the run
    int finalKept = 0;  // Final: their stored result stands
};

// The stored results (score, predikat) of appraisals: computed by the scoring library
// from the stored content under each appraisal's scheme version, never typed. An
// incomplete appraisal stores no score and no predikat.
class AppraisalResults {
    Q_DECLARE_TR_FUNCTIONS(kinerja::AppraisalResults)
public:
    explicit AppraisalResults(Database &db) : m_db(db) {}

    // Every appraisal of an open period that is not Final, in one transaction: loads the
    // content with one query per table, computes, and writes the changed results with one
    // prepared statement. Final appraisals keep their result. Refused for a closed period.
    Status recomputePeriod(qint64 periodId, RecomputeReport *report = nullptr);
    // One appraisal (not Final, period open), then the roll-up appraisals built on it.
    // Joins the caller's transaction when there is one.
    Status recompute(qint64 appraisalId);
    // recompute() for many appraisals at once, set-based (one query per table, one
    // prepared write), in one transaction (joining the caller's), then the roll-ups
    // reading them, up to three levels as recompute() does. Final appraisals and those of
    // a closed period keep their stored result (counted in report.finalKept); report.total
    // counts the listed appraisals found.
    Status recomputeMany(const QVector<qint64> &ids, RecomputeReport *report = nullptr);
    // The result as computed now, step by step: scheme and version, every term, weight
    // and formula with its source, and what is missing. For a Final appraisal whose
    // stored result differs from today's computation, a step says so (the stored one stands).
    AppraisalResult explain(qint64 appraisalId) const;
    // The open, not final roll-up appraisals that read this appraisal's result (the year
    // of a quarter, for the same employee).
    QVector<qint64> rollupsReading(qint64 appraisalId) const;

private:
    Status recomputeOne(qint64 appraisalId, int depth);

    Database &m_db;
};

} // namespace kinerja
