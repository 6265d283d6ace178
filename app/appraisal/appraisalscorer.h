#pragma once

#include "appraisal/appraisal.h"
#include "appraisal/schemedefinition.h"
#include "scoring/explanation.h"

#include <QCoreApplication>
#include <QMap>

namespace kinerja {

// A sub-period's stored result, for a roll-up.
struct PeriodicResult {
    Period period;
    qint64 appraisalId = 0;
    SchemeKind kind = SchemeKind::PermenPan2022;
    AppraisalState state = AppraisalState::Draft;
    std::optional<double> score;
    QString predikat; // empty = incomplete
    std::optional<Rating> hasil;
    std::optional<Rating> perilaku;
};

// Everything the scoring of one appraisal reads, as loaded from the database.
struct ScoringInput {
    Period period;
    std::optional<Rating> ratingHasil; // PermenPANRB
    std::optional<Rating> ratingPerilaku;
    QMap<CoreValue, Rating> perilakuAssessments; // for the suggestion only
    QVector<Kegiatan> kegiatan;                  // PP 46
    double tugasTambahan = 0;
    double kreativitas = 0;
    QMap<int, double> aspects; // Pp46Aspect or Pp30Aspect
    bool structural = false;
    std::optional<double> capaianSkp; // PP 30
    bool newIdea = false;
    WeightedRatings weighted;
    RollupSetting rollup;
    QVector<PeriodicResult> subResults; // the employee's results in the sub-periods
};

struct AppraisalResult {
    std::optional<double> score; // unrounded; empty for PermenPANRB and while incomplete
    QString predikat;            // empty while incomplete
    std::optional<int> level;    // 0 = the worst band (Predikat for PermenPANRB)
    // PermenPANRB: the ratings the predikat comes from; a roll-up's are its rounded means
    // (or the last sub-period's), which no column stores.
    std::optional<Rating> hasil;
    std::optional<Rating> perilaku;
    Explanation explanation;
    bool isComplete() const { return !predikat.isEmpty(); }
};

// Turns stored content into a result by calling the scoring library under the
// appraisal's scheme version. No SQL here.
class AppraisalScorer {
    Q_DECLARE_TR_FUNCTIONS(kinerja::AppraisalScorer)
public:
    // `detailed` false skips building the steps of the explanation (bulk recompute):
    // PermenPANRB computes the predikat alone, PP 46, PP 30 and weighted schemes score
    // with Explain::No (the same score, predikat and completeness). Roll-ups always explain.
    static AppraisalResult score(const SchemeDefinition &definition, const ScoringInput &input,
                                 bool detailed = true);

private:
    static AppraisalResult permenpan(const SchemeDefinition &definition, const ScoringInput &input,
                                     bool detailed);
    static AppraisalResult banded(const SchemeDefinition &definition,
                                  const Result<BandedScore> &result, bool innovation);
    static AppraisalResult rollup(const SchemeDefinition &definition, const ScoringInput &input);
};

} // namespace kinerja
