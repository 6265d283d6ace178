#pragma once

#include "domain/status.h"
#include "scoring/ikm.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <array>
#include <optional>

namespace kinerja {

class Database;

// The Survei Kepuasan Masyarakat of a unit in a period (PermenPANRB 14/2017), as
// imported from the respondents' spreadsheet: per unsur U1–U9 (0-based here) the
// respondents who answered it and the total of their answers, so each NRR can be
// shown again without the file. Only complete surveys are stored (every unsur
// answered at least once).
struct IkmSurvey {
    qint64 id = 0;
    qint64 periodId = 0;
    qint64 unitId = 0;
    int respondents = 0;
    std::array<int, IkmUnsurCount> answered{};
    std::array<int, IkmUnsurCount> sums{};
    double unitValue = 0; // IKM unit pelayanan (Σ NRR × 0.111 × 25), unrounded
    QString sourceName;   // the imported file's name
    QDateTime importedAt; // UTC; set by save()

    // Total / answered; empty when nobody answered the unsur.
    std::optional<double> nrr(int unsur) const;
    // unitValue rounded to 2 decimals (half away from zero): what org_achievement.ikm holds.
    double roundedValue() const;
};

// The unit's survey of a period. Saving it also records its IKM as the unit's
// capaian for the period (org_achievement.ikm, rounded to 2 decimals), which
// AppraisalBulk::applyUnitIkm hands on to the staff.
class IkmSurveyRepository {
    Q_DECLARE_TR_FUNCTIONS(kinerja::IkmSurveyRepository)
public:
    explicit IkmSurveyRepository(Database &db) : m_db(db) {}

    std::optional<IkmSurvey> find(qint64 periodId, qint64 unitId) const;

    // In one transaction: replaces a survey stored for the same unit and period and
    // sets org_achievement.ikm of that unit and period (its predikat and note are
    // kept). Refused for a closed period, an unknown unit or period, or counts that
    // cannot come from answers 1–4 (every unsur answered by 1…respondents, each
    // total between 1 and 4 times its count). Sets survey.id and survey.importedAt.
    Status save(IkmSurvey &survey);

private:
    Database &m_db;
};

} // namespace kinerja
