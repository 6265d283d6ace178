#pragma once

#include "appraisal/appraisal.h"
#include "appraisal/schemedefinition.h"
#include "storage/appraisalquery.h"

#include <QMap>
#include <QString>
#include <QVector>

#include <optional>

namespace kinerja::reports {

// Everything the forms of one appraisal print, loaded by SheetSource (or built directly,
// e.g. in tests). Plain data: no database behind it.
struct SheetData {
    Appraisal appraisal; // people as they were in the period, ratings, result, rekomendasi
    SchemeDefinition scheme;

    QVector<Rhk> rhk;                // PermenPANRB: Utama first
    QVector<PerilakuEntry> perilaku; // PermenPANRB: the seven values in order
    QVector<KegiatanEntry> kegiatan; // PP 46/2011
    QMap<int, double> aspects;       // PP 46 / PP 30 perilaku aspects
    QVector<WeightedEntry> weighted; // weighted scheme raw ratings

    // Capaian kinerja organisasi for the employee's unit (its own or the nearest parent's).
    std::optional<OrganisationPredikat> capaianOrganisasi;
    QString capaianUnitName; // the unit where it was set
    // Pola distribusi: the predikat of that organisation's appraisals against its pattern.
    std::optional<UnitDistribution> distribution;

    std::optional<Objection> objection; // keberatan, where filed
};

} // namespace kinerja::reports
