#pragma once

#include "appraisal/appraisal.h"
#include "domain/status.h"

#include <QCoreApplication>

namespace kinerja {

class Database;

// The pejabat penilai's decision on one PermenPANRB appraisal, for AppraisalBulk::rateMany.
struct BulkRating {
    qint64 appraisalId = 0;
    // The ratings (AppraisalRepository::setRatings); empty = keep what is stored (a
    // roll-up takes its result from the sub-periods and needs none).
    std::optional<Rating> hasil;
    std::optional<Rating> perilaku;
    // The employee's own view (setSelfRatings); empty = keep what is stored.
    std::optional<Rating> selfHasil;
    std::optional<Rating> selfPerilaku;
    // Who the log names for submitting a draft and for rating; empty = the bulk's user.
    QString submittedBy;
    QString ratedBy;
};

// Operations on many appraisals at once, each in one transaction, with progress and
// cancel: when the callback returns false everything is rolled back (report.cancelled),
// so nothing is ever half done.
class AppraisalBulk {
    Q_DECLARE_TR_FUNCTIONS(kinerja::AppraisalBulk)
public:
    AppraisalBulk(Database &db, QString user) : m_db(db), m_user(std::move(user)) {}

    // Creates the appraisals of every active employee of the unit (and its sub-units)
    // who has none for the period, under the period's scheme version, with the snapshot
    // at the period's end. Employees with no position recorded by then are skipped.
    Status createForUnit(qint64 periodId, qint64 unitId, bool includeSubunits, BulkReport *report,
                         const ProgressCallback &progress = {});
    // Copies the SKP plan of each employee's appraisal in `fromPeriodId` into their
    // appraisal in `toPeriodId` when that one has no plan yet: PermenPANRB RHK with
    // indicators and targets (no realisasi, bukti dukung or umpan balik) and the
    // ekspektasi khusus pimpinan; PP 46 kegiatan with their targets (no realisations).
    // unitId 0 = every unit. Skipped (with the reason): no target appraisal yet, a final
    // one, one that has a plan already, another kind of scheme, nothing to copy.
    Status copyForward(qint64 fromPeriodId, qint64 toPeriodId, qint64 unitId, bool includeSubunits,
                       BulkReport *report, const ProgressCallback &progress = {});
    // Finalizes the rated, complete appraisals among `ids`; skips the others with the
    // reason (not rated, incomplete and what is missing, keberatan undecided, final,
    // period closed). Each finalisation is logged.
    Status finalizeMany(const QVector<qint64> &ids, BulkReport *report,
                        const ProgressCallback &progress = {});
    // Rates many PermenPANRB appraisals in one transaction, with the same stored result
    // as setRatings (and setSelfRatings), AppraisalWorkflow::submit and markRated one by
    // one: the ratings are written, the results computed by the scoring library
    // (AppraisalResults::recomputeMany, roll-ups reading them included), each appraisal
    // moved to Dinilai with its timestamps and log entries (a draft is submitted first;
    // one already rated keeps its state and gets the new ratings). All or nothing: the
    // whole call is refused, naming the first appraisal concerned, when one is missing,
    // listed twice, Final, in a closed period, under another kind of scheme, a draft whose
    // SKP cannot be submitted, or left without a complete result. Nothing is written then.
    // An empty list is a no-op. Cancelling (progress returns false) rolls everything back.
    Status rateMany(const QVector<BulkRating> &ratings, BulkReport *report,
                    const ProgressCallback &progress = {});
    // Feedback from the public: writes the IKM recorded for `unitId` in the period
    // (PeriodRepository::setOrganisationAchievement) as the public rating of `indicatorId`
    // on every open, not final, weighted appraisal of the unit (and its sub-units) whose
    // scheme lets the public rate that indicator, then recomputes the period's results.
    // Refused when the unit has no IKM for the period.
    Status applyUnitIkm(qint64 periodId, qint64 unitId, bool includeSubunits,
                        const QString &indicatorId, BulkReport *report);

private:
    Database &m_db;
    QString m_user;
};

} // namespace kinerja
