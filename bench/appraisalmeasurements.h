#pragma once

#include <QString>

namespace kinerja::bench {

// Issue 3 at province scale, on a copy of the database (the original stays as it was).
struct AppraisalFigures {
    QString period;      // the period created for the measurement ("2026-Q1")
    int employees = 0;   // active staff
    double createMs = 0; // AppraisalBulk::createForUnit from the root, sub-units included
    int created = 0;
    int skipped = 0;        // no position recorded by the period's end
    double fillMs = 0;      // setRatings for everyone through the API (not budgeted)
    double recomputeMs = 0; // AppraisalResults::recomputePeriod
    int recomputed = 0;
    int complete = 0; // with a predikat after the recompute
    int changed = 0;  // stored results the recompute rewrote
};

// On `scratch`, a copy it may write (ScratchCopy): creates the first free quarter from
// 2026-Q1 on for all staff (timed), rates everyone through AppraisalRepository::setRatings
// in one transaction (timed for information), then recomputes the period's scores (timed).
bool measureAppraisals(const QString &scratch, AppraisalFigures *result, QString *error);

} // namespace kinerja::bench
