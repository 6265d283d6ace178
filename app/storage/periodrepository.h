#pragma once

#include "domain/status.h"
#include "scoring/period.h"
#include "scoring/rating.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QVector>

#include <optional>

namespace kinerja {

class Database;

struct PeriodInfo {
    qint64 id = 0;
    Period period;
    bool closed = false;
    qint64 schemeVersionId = 0; // the form new appraisals of the period get
    QDateTime createdAt;
    QString code() const { return period.toString(); } // "2026-Q1"
};

struct PeriodLogEntry {
    QDateTime at;
    QString user;
    QString action; // "close", "reopen"
    QString reason;
};

// Capaian kinerja organisasi of a unit in a period (SE MenPANRB 3/2023 step 1), and the
// unit's IKM for the period where it was surveyed.
struct OrganisationAchievement {
    qint64 periodId = 0;
    qint64 unitId = 0;
    std::optional<OrganisationPredikat> predikat;
    std::optional<double> ikm; // IKM unit pelayanan, 0–100
    QString note;
};

// Appraisal periods. A closed period refuses every change to its appraisals (and to
// its capaian kinerja organisasi); reopening it needs a reason and is logged.
class PeriodRepository {
    Q_DECLARE_TR_FUNCTIONS(kinerja::PeriodRepository)
public:
    explicit PeriodRepository(Database &db) : m_db(db) {}

    QVector<PeriodInfo> all() const; // chronological (Period's order)
    std::optional<PeriodInfo> find(qint64 id) const;
    // Accepts what Period::parse accepts ("2026-q1 " finds "2026-Q1").
    std::optional<PeriodInfo> findByCode(const QString &code) const;

    // schemeVersionId 0 = the default (latest PermenPANRB 6/2022). Refuses a period that
    // exists already. Sets *id.
    Status create(const Period &period, qint64 schemeVersionId, qint64 *id);
    // The scheme version for appraisals created from now on (existing ones keep theirs).
    Status setSchemeVersion(qint64 periodId, qint64 schemeVersionId);
    Status close(qint64 periodId, const QString &user);
    Status reopen(qint64 periodId, const QString &user, const QString &reason);
    QVector<PeriodLogEntry> log(qint64 periodId) const;
    // Only a period without appraisals.
    Status remove(qint64 periodId);

    Status setOrganisationAchievement(const OrganisationAchievement &achievement);
    std::optional<OrganisationAchievement> organisationAchievement(qint64 periodId,
                                                                   qint64 unitId) const;
    // The unit's own capaian, else that of its nearest parent unit that has one.
    std::optional<OrganisationAchievement> effectiveOrganisationAchievement(qint64 periodId,
                                                                            qint64 unitId) const;
    QVector<OrganisationAchievement> organisationAchievements(qint64 periodId) const;

private:
    Status checkOpen(qint64 periodId, PeriodInfo *out) const;
    Status setClosed(qint64 periodId, bool closed, const QString &user, const QString &reason);

    Database &m_db;
};

} // namespace kinerja
