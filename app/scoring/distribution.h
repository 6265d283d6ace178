#pragma once

#include "scoring/rating.h"

#include <QMap>
#include <QString>
#include <QVector>

namespace kinerja {

// One rule of a distribution pattern (SE MenPANRB 3/2023) about one predikat or
// about several counted together ("Kurang/Misconduct and/or Butuh Perbaikan").
struct DistributionQuota {
    QVector<Predikat> predikats;
    int minPercent = 0;       // at least this share of the unit (0 = no minimum)
    int maxPercent = 100;     // at most this share (0 = nobody may have it)
    bool requireSome = false; // at least one employee must have one of these predikats
};

// The rules for the employees of an organisation with a given capaian kinerja.
// Predikats without a quota are free ("the rest may be …").
struct DistributionPattern {
    OrganisationPredikat organisation = OrganisationPredikat::Baik;
    QVector<DistributionQuota> quotas;
};

enum class DistributionRule { AtMost, AtLeast, RequireSome };

// Where a unit's distribution breaks its pattern: a warning for the rater, not a block.
struct DistributionBreach {
    QVector<Predikat> predikats;
    DistributionRule rule = DistributionRule::AtMost;
    int limitPercent = 0; // the quota's percentage (0 for RequireSome)
    int count = 0;        // employees with these predikats
    int total = 0;        // employees in the unit
    // AtMost: the most employees allowed; AtLeast / RequireSome: the fewest needed.
    int limitCount = 0;
    // Names the predikat class and the rule: "Baik: 80% > at most 70%".
    QString message;
};

using PredikatCounts = QMap<Predikat, int>;

// The table of SE MenPANRB 3/2023 as the domain notes give it:
//   Istimewa         Sangat Baik at most 70%.
//   Baik             Baik at most 70%; some Butuh Perbaikan and/or Kurang/Misconduct.
//   Butuh Perbaikan  Butuh Perbaikan at least 60%; Sangat Baik at most 10%.
//   Kurang           Kurang/Misconduct at least 60%; Butuh Perbaikan at least 10%;
//                    Sangat Baik at most 10%.
//   Sangat Kurang    Sangat Kurang at least 60%; Kurang/Misconduct and/or Butuh
//                    Perbaikan at least 10%; no Sangat Baik (at most 0%).
QVector<DistributionPattern> defaultDistributionPatterns();
DistributionPattern defaultDistributionPattern(OrganisationPredikat organisation);

// Why a set of patterns (edited as data: they change by circular) cannot be used;
// empty when it can. Each organisation predikat at most once; each quota names at
// least one predikat, none twice, and 0 <= at least <= at most <= 100.
QString distributionPatternsError(const QVector<DistributionPattern> &patterns);
// The pattern for `organisation` among `patterns`; the default when absent.
DistributionPattern patternFor(const QVector<DistributionPattern> &patterns,
                               OrganisationPredikat organisation);

PredikatCounts countPredikats(const QVector<Predikat> &predikats);

// Checks the counts against the pattern; empty when the distribution fits.
//
// Percentages are compared exactly, in whole people, without rounding:
// "at most p%" allows floor(p × n / 100) employees and "at least p%" needs
// ceil(p × n / 100). So in a unit of 3, "at most 70%" allows 2, "at least 60%"
// needs 2, "at least 10%" needs 1 and "at most 10%" allows nobody. Small units
// are not exempted: the quotas are stated for any unit, and the result is only
// a warning; the breach carries `limitCount` so the rater sees "at most 2 of 3".
// A unit with nobody appraised has no breaches. Negative counts are ignored.
QVector<DistributionBreach> checkDistribution(const DistributionPattern &pattern,
                                              const PredikatCounts &counts);
QVector<DistributionBreach> checkDistribution(OrganisationPredikat organisation,
                                              const PredikatCounts &counts);

// "Butuh Perbaikan and/or Kurang/Misconduct" (the joining words translated).
QString predikatClassName(const QVector<Predikat> &predikats);

} // namespace kinerja
