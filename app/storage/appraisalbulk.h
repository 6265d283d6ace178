#pragma once

#include "domain/status.h"
#include "storage/appraisal.h"

#include <QCoreApplication>

namespace kinerja {

class Database;

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
