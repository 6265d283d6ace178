#pragma once

#include "appraisal/appraisal.h"
#include "domain/status.h"

#include <QCoreApplication>

#include <optional>

namespace kinerja {

class Database;

// Appraisals and their header fields (snapshot, ratings, recommendation, roll-up).
// Every change is refused with a message naming the appraisal when it is Final or its
// period is closed; every change recomputes the stored result in the same transaction.
// Content (RHK, perilaku, kegiatan, weighted ratings): AppraisalContent. Workflow:
// AppraisalWorkflow. Many at once: AppraisalBulk.
class AppraisalRepository {
    Q_DECLARE_TR_FUNCTIONS(kinerja::AppraisalRepository)
public:
    explicit AppraisalRepository(Database &db) : m_db(db) {}

    // The appraisal of `employeeId` for `periodId`, under the period's scheme version
    // (or `schemeVersionId`), recording the employee, the pejabat penilai (the atasan,
    // else the unit head, else the parent unit's head) and the atasan pejabat penilai as
    // they were at the end of the period. Refuses a second appraisal for the same
    // employee and period, a closed period, and an employee with no riwayat entry by the
    // period's end.
    Status create(qint64 employeeId, qint64 periodId, qint64 *id, qint64 schemeVersionId = 0);
    std::optional<Appraisal> find(qint64 id) const;
    std::optional<Appraisal> findFor(qint64 employeeId, qint64 periodId) const;
    // Only a Draft (an appraisal created by mistake); anything further is kept.
    Status remove(qint64 id);

    // Another pejabat penilai (0 = the default again); the atasan pejabat penilai becomes
    // that person's own rater. Both as they were at the period's end.
    Status setRater(qint64 id, qint64 raterId);
    // PermenPANRB: the ratings of the pejabat penilai (empty = not rated yet).
    Status setRatings(qint64 id, std::optional<Rating> hasil, std::optional<Rating> perilaku);
    // PermenPANRB: the employee's own view (self-assessment); never decides the predikat.
    Status setSelfRatings(qint64 id, std::optional<Rating> hasil, std::optional<Rating> perilaku);
    // PP 30/2019: capaian SKP (0–120) and whether the employee created a new idea or way of
    // working (needed for Sangat Baik).
    Status setPp30(qint64 id, std::optional<double> capaianSkp, bool newIdea);
    // PP 46/2011: tugas tambahan and kreativitas points (not negative).
    Status setPp46Extras(qint64 id, double tugasTambahan, double kreativitas);
    Status setRekomendasi(qint64 id, const QString &text, CompetencyCategory category);
    // How this appraisal's result comes from its sub-periods (RatedAfresh = its own content).
    Status setRollup(qint64 id, const RollupSetting &rollup);

    QVector<AppraisalLogEntry> log(qint64 id) const; // oldest first

private:
    Status update(qint64 id, const QString &assignments, const QVariantList &values,
                  std::optional<SchemeKind> requiredKind);
    std::optional<Appraisal> findWhere(const QString &where, const QVariantList &values) const;

    Database &m_db;
};

} // namespace kinerja
