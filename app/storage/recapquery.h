#pragma once

#include "appraisal/appraisal.h"
#include "domain/status.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <optional>

class QSqlQuery;

namespace kinerja {

class Database;

// The appraisals of a period in a unit, as recorded on each appraisal (a.unit_id).
struct RecapFilter {
    qint64 periodId = 0;
    qint64 unitId = 0; // 0 = every unit
    bool includeSubunits = true;
};

// One appraisal of a recap: who, where, the ratings or score, the result and the
// development recommendation.
struct RecapAppraisal {
    qint64 id = 0;
    qint64 employeeId = 0;
    QString nip;
    QString name; // with gelar, as recorded on the appraisal
    QString jabatan;
    qint64 unitId = 0;
    QString unitName;
    AppraisalState state = AppraisalState::Draft;
    SchemeKind schemeKind = SchemeKind::PermenPan2022;
    std::optional<Rating> ratingHasil; // PermenPANRB 6/2022
    std::optional<Rating> ratingPerilaku;
    std::optional<double> score; // numeric schemes
    QString predikat;            // empty = incomplete
    std::optional<int> predikatLevel;
    QString rekomendasi; // rekomendasi pengembangan kompetensi
    CompetencyCategory competency = CompetencyCategory::None;
};

// Appraisals of one scheme kind with one predikat (level and name); `level` empty and
// `predikat` empty for those without a result yet.
struct RecapPredikatCount {
    SchemeKind schemeKind = SchemeKind::PermenPan2022;
    std::optional<int> level;
    QString predikat;
    int count = 0;
};

// An active employee of the unit (today's unit) without an appraisal in the period.
struct StaffWithoutAppraisal {
    qint64 employeeId = 0;
    QString nip;
    QString name; // with gelar
    QString jabatan;
    qint64 unitId = 0;
    QString unitName;
};

// Read side of the printed recaps (predikat recap, pending appraisals, training needs).
// Everything is one SQL query; an SQL failure is an error, never an empty list.
class RecapQuery {
    Q_DECLARE_TR_FUNCTIONS(kinerja::RecapQuery)
public:
    explicit RecapQuery(Database &db) : m_db(db) {}

    // Every appraisal of the filter, by unit name, unit, then name.
    Status appraisals(const RecapFilter &filter, QVector<RecapAppraisal> *out) const;
    // Appraisals per (scheme kind, predikat level, predikat), by scheme kind, then level
    // (worst first); those without a result come first within their scheme kind.
    Status predikatCounts(const RecapFilter &filter, QVector<RecapPredikatCount> *out) const;
    // The appraisals with a result that shows a need for competency development
    // (needsDevelopment()), in any state, by unit name, unit, then name.
    Status trainingNeeds(const RecapFilter &filter, QVector<RecapAppraisal> *out) const;
    // Active staff of the units (as they are today) without an appraisal in the period,
    // by unit name, unit, then name.
    Status staffWithoutAppraisal(const RecapFilter &filter,
                                 QVector<StaffWithoutAppraisal> *out) const;

    // Which results count as a need for competency development. Predikat levels run
    // from 0 (the worst band) up (appraisalscorer: level = bands below it).
    //   PermenPANRB 6/2022: Sangat Kurang (0), Kurang/Misconduct (1) and Butuh
    //   Perbaikan (2) — the three predikats under Baik, as the issue names them.
    //   Numeric schemes (PP 46/2011, PP 30/2019, weighted): the bands under Cukup,
    //   i.e. levels 0 and 1 — PP 46 "Buruk" and "Kurang", PP 30 "Sangat Kurang" and
    //   "Kurang" (the weighted default uses the PP 46 bands). "Cukup" (level 2) is a
    //   sufficient result, not a shortfall, so it is left out, although it sits at the
    //   level of Butuh Perbaikan on the five-step scale; for a custom band set the two
    //   lowest bands are taken.
    static int maxDevelopmentLevel(SchemeKind kind);
    static bool needsDevelopment(SchemeKind kind, int predikatLevel);

private:
    Status run(const QString &what, const QString &sql, const QVariantList &values,
               QSqlQuery *q) const;
    // The appraisals of the filter that meet `condition` ("… AND ", binding
    // `conditionValues`), in the recap's order.
    Status appraisalRows(const QString &what, const RecapFilter &filter, const QString &condition,
                         const QVariantList &conditionValues, QVector<RecapAppraisal> *out) const;

    Database &m_db;
};

} // namespace kinerja
