#pragma once

#include "domain/status.h"
#include "scoring/bands.h"
#include "scoring/distribution.h"
#include "scoring/pp30.h"
#include "scoring/weighted.h"

#include <QCoreApplication>
#include <QString>

namespace kinerja {

// The four kinds of appraisal form. Stored as integers in scheme.kind.
enum class SchemeKind { PermenPan2022 = 0, Pp46 = 1, Pp30 = 2, Weighted = 3 };

// One version of a scheme: what scheme_version.definition holds, as JSON text:
//   {"format": 1, "kind": "pp30", "name": "PP 30/2019",
//    "settings": {"weighting": "70/30", "bands": [...]}}
// Settings by kind:
//   permenpan2022  "perilakuSuggestionMinDiAtas" (the suggestion shown beside the rating),
//                  "distribution" (the patterns of SE MenPANRB 3/2023, schemedistribution.h;
//                  absent in version-1 seeds, which then use the circular's defaults)
//   pp46           "bands"
//   pp30           "weighting" ("70/30" | "60/40"), "bands"
//   weighted       "missingPolicy" ("reweight" | "zero"), "bands", "indicators": [{"id", "name",
//                  "weightBp", "scale" ("likert5" | "percent" | "target"), "direction"
//                  ("higher" | "lower"), "target", "unit", "sources": {"self": bp, ...}}]
// Bands: [{"name", "written", "lower", "lowerInclusive", "upper", "upperInclusive",
//          "requiresInnovation", "confirmed"}], best first; an open end is null.
struct SchemeDefinition {
    Q_DECLARE_TR_FUNCTIONS(kinerja::SchemeDefinition)
public:
    static constexpr int Format = 1;

    SchemeKind kind = SchemeKind::PermenPan2022;
    QString name;
    int perilakuMinDiAtas = 4;                                                 // permenpan2022
    QVector<DistributionPattern> distribution = defaultDistributionPatterns(); // permenpan2022
    Pp30Weighting pp30Weighting = Pp30Weighting::Skp70Perilaku30;              // pp30
    BandSet bands;                                                             // pp46, pp30
    WeightedTemplate weighted; // weighted (with its own bands)

    // The predikat bands that apply (weighted.bands for a weighted scheme).
    const BandSet &effectiveBands() const;

    // Refuses what the scoring cannot use: a weighted template whose weights do not
    // total exactly 100% (the message says the total), empty bands, an empty name.
    Status validate() const;

    QString toJson() const;
    // Reads toJson()'s form; an error names what is wrong ("settings.indicators[2].weightBp").
    static Status fromJson(const QString &json, SchemeDefinition *out);

    // The definition as the scoring library ships it (the seeds of migration 003).
    static SchemeDefinition builtin(SchemeKind kind);

    // Where the rules come from, for "explain this score": "PermenPANRB 6/2022".
    static QString ruleSource(SchemeKind kind);
    static QString kindCode(SchemeKind kind); // "permenpan2022", "pp46", "pp30", "weighted"
    static bool parseKindCode(const QString &code, SchemeKind *out);
    static QString kindName(SchemeKind kind); // translated description
};

// Same bands, compared field by field.
bool sameBands(const BandSet &a, const BandSet &b);

} // namespace kinerja
