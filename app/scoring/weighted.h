#pragma once

#include "domain/status.h"
#include "scoring/bands.h"
#include "scoring/explanation.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QVector>

#include <optional>

namespace kinerja {

// How a raw rating becomes a 0–100 score:
//   Likert1to5         v × 20 (1 → 20 … 5 → 100; the same convention as IKM's × 25 on 1–4)
//   Percent0to100      v as it is
//   TargetRealisation  HigherIsBetter: R / T × 100, capped at 100
//                      LowerIsBetter:  (2 × T − R) / T × 100 (the SAKIP formula for
//                      indicators where less is better), kept within 0–100
// Over-achievement is capped at 100 so the weighted result stays on 0–100 and
// one indicator cannot make up for another.
enum class IndicatorScale { Likert1to5, Percent0to100, TargetRealisation };
enum class Direction { HigherIsBetter, LowerIsBetter };

// Who gives a rating (seed-themes.md): the employee, the superior, peers (their
// scores are averaged) and the public (a survey result such as the unit's IKM).
enum class RaterSource { Self, Supervisor, Peers, Public };

// A part (an indicator, or a rater source within one) without a rating:
//   Reweight     the weights are renormalised over the parts that are present;
//   CountAsZero  the part counts as a score of 0.
// Either way, with nothing present at all there is no score.
enum class MissingPolicy { Reweight, CountAsZero };

// Weights are whole basis points: 10000 = 100%, 75 = 0.75%. Integers, so a set
// of weights totals exactly 100% or it does not; nothing rounds away.
struct WeightedIndicator {
    QString id;   // stable key of the ratings ("kualitas-layanan")
    QString name; // shown to the user
    int weightBp = 0;
    IndicatorScale scale = IndicatorScale::Percent0to100;
    Direction direction = Direction::HigherIsBetter; // TargetRealisation only
    double target = 0;                               // TargetRealisation only, > 0
    QString unit;                                    // of target and realisation ("days")
    QMap<RaterSource, int> sourceWeightsBp;          // who rates it; totals 10000
};

struct WeightedTemplate {
    QString name;
    QVector<WeightedIndicator> indicators;
    MissingPolicy missingPolicy = MissingPolicy::Reweight;
    BandSet bands; // best first, on 0–100

    // Indicator weights total exactly 10000 ("Indicator weights total 99.25%, not
    // 100%."), each indicator's rater weights total 10000, ids unique and not
    // empty, no negative weight, targets > 0, bands present.
    Status validate() const;

    // Ready template from the founding documents' indicators (seed-themes.md):
    //   25%  Timeliness of task completion        Percent   supervisor 80%, self 20%
    //   25%  Quality of public service            Likert    supervisor 50%, peers 30%, self 20%
    //   20%  Speed of response to public complaints  target 3 working days, lower is better,
    //   supervisor 20%  Public satisfaction (the unit's IKM)  Percent   public 100% 10%
    //   Participation in competence development  target 20 JP a year, higher is better, supervisor
    // Policy Reweight; bands those of PP 46/2011 (x > 90 Sangat Baik … x ≤ 50 Buruk).
    static WeightedTemplate defaultTemplate();
};

struct IndicatorRatings {
    std::optional<double> self;
    std::optional<double> supervisor;
    QVector<double> peers; // averaged after normalising; empty = missing
    std::optional<double> publicScore;
};

using WeightedRatings = QMap<QString, IndicatorRatings>; // by indicator id

class WeightedScoring {
    Q_DECLARE_TR_FUNCTIONS(kinerja::WeightedScoring)
public:
    static constexpr int FullWeight = 10000;
    static constexpr double MaxScore = 100.0;

    // The weighted score (0–100, unrounded) and its band (on the value rounded
    // to 2 decimals). No score when the template is invalid, a rating is invalid,
    // or nothing at all was rated. Explain::No skips only the text of the steps (bulk
    // recompute): the same value, band, missing items and errors.
    static Result<BandedScore> evaluate(const WeightedTemplate &weightedTemplate,
                                        const WeightedRatings &ratings,
                                        Explain explain = Explain::Yes);
    // One raw rating on 0–100; empty (and *error set) when out of the scale.
    static std::optional<double> normalise(const WeightedIndicator &indicator, double raw,
                                           QString *error = nullptr);

    // 9925 → "99.25%", 10000 → "100%", 75 → "0.75%" in the notation of `locale`
    // (by default the UI's: "99,25%" in Indonesian).
    static QString formatBasisPoints(int basisPoints, const QLocale &locale = QLocale());
    // "0.75", "0,75 %", "12.5%", "100" → basis points; at most 2 decimals, 0–100%.
    static bool parseBasisPoints(const QString &text, int *basisPoints);

    static QString sourceName(RaterSource source);  // translated
    static QString scaleName(IndicatorScale scale); // translated
    static QVector<RaterSource> allSources();
};

} // namespace kinerja
