#pragma once

#include "appraisal/appraisal.h"
#include "scoring/distribution.h"
#include "storage/periodrepository.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

#include <optional>

namespace kinerja {

class Database;

struct AppraisalFilter {
    qint64 periodId = 0;
    qint64 unitId = 0; // 0 = every unit (the unit as recorded on the appraisal)
    bool includeSubunits = true;
    QVector<AppraisalState> states; // empty = every state
    QStringList predikats;          // empty = any; an empty string matches "incomplete"
    qint64 raterId = 0;             // only appraisals this pejabat penilai rates
    QString text;                   // each word must occur in name, NIP or jabatan
};

// One line of the appraisals screen.
struct AppraisalRow {
    qint64 id = 0;
    qint64 employeeId = 0;
    QString nip;
    QString name;
    QString jabatan;
    qint64 unitId = 0;
    QString unitName;
    QString raterName;
    AppraisalState state = AppraisalState::Draft;
    SchemeKind schemeKind = SchemeKind::PermenPan2022;
    std::optional<double> score;
    QString predikat; // empty = incomplete
    std::optional<int> predikatLevel;
};

// What is still pending in one unit (its own appraisals, not its sub-units').
struct UnitPendingCounts {
    qint64 unitId = 0;
    QString unitName;
    int total = 0;
    int draft = 0;
    int diajukan = 0;
    int dinilai = 0;
    int final = 0;
    int incomplete = 0; // without a result
    int notCreated = 0; // active staff of the unit without an appraisal
    int pending() const { return total - final; }
};

// The predikat distribution of a unit (and sub-units) against the pattern of its
// capaian kinerja organisasi: a warning for the rater, never a block.
struct UnitDistribution {
    std::optional<OrganisationPredikat> organisation; // of the unit or its nearest parent
    qint64 organisationUnitId = 0;                    // where it was set
    PredikatCounts counts;                            // PermenPANRB appraisals with a predikat
    int incomplete = 0;                               // PermenPANRB appraisals without one
    int otherSchemes = 0;        // appraisals under numeric schemes, not counted (no such pattern)
    DistributionPattern pattern; // the rules checked (when `organisation` is set)
    QVector<DistributionBreach> breaches;
    int appraised() const; // PermenPANRB appraisals with a predikat
    bool fits() const { return breaches.isEmpty(); }
};

// SE MenPANRB 3/2023: the rating hasil kerja of a unit head is the unit's capaian
// kinerja organisasi.
struct UnitHeadRule {
    qint64 unitId = 0; // the unit the appraised employee heads
    QString unitName;
    OrganisationAchievement achievement; // the unit's, or its nearest parent's
    QString achievementUnitName;         // where that capaian was set
    Rating ratingHasil = Rating::SesuaiEkspektasi;
};

// Read side of appraisals for the screens.
class AppraisalQuery {
    Q_DECLARE_TR_FUNCTIONS(kinerja::AppraisalQuery)
public:
    explicit AppraisalQuery(Database &db) : m_db(db) {}

    // Sorted by unit, then name.
    QVector<AppraisalRow> rows(const AppraisalFilter &filter) const;
    int count(const AppraisalFilter &filter) const;
    // Every unit that has appraisals in the period or active staff without one.
    QVector<UnitPendingCounts> pendingByUnit(qint64 periodId) const;
    UnitDistribution distribution(qint64 periodId, qint64 unitId, bool includeSubunits) const;
    // For an appraisal of the head of its unit with a capaian recorded for the period
    // (for the unit or a parent); empty otherwise.
    std::optional<UnitHeadRule> unitHeadRule(qint64 appraisalId) const;

private:
    QString where(const AppraisalFilter &filter, QVariantList *values) const;

    Database &m_db;
};

} // namespace kinerja
