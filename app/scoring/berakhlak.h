#pragma once

#include "scoring/rating.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

namespace kinerja {

// The BerAKHLAK core values (perilaku kerja, PermenPANRB 6/2022), in their order.
enum class CoreValue {
    BerorientasiPelayanan = 0,
    Akuntabel = 1,
    Kompeten = 2,
    Harmonis = 3,
    Loyal = 4,
    Adaptif = 5,
    Kolaboratif = 6,
};

struct CoreValueInfo {
    CoreValue value;
    QString name;           // official name, not translated ("Berorientasi Pelayanan")
    QStringList indicators; // the three official indicator texts, not translated
};

// The seven values with their three indicators each, exactly as the regulation writes them.
const QVector<CoreValueInfo> &berakhlakValues();
QString coreValueName(CoreValue value);
QVector<CoreValue> allCoreValues();
// The extra row of the perilaku table: "Ekspektasi khusus pimpinan" (not translated).
QString ekspektasiKhususPimpinanLabel();

// The regulation leaves the rating perilaku kerja to the rater's judgement; the
// app stores the rater's choice. This is only a SUGGESTION shown beside that
// choice, from the rater's assessment of each of the seven values:
//   any value Di Bawah Ekspektasi              → Di Bawah Ekspektasi;
//   else at least `minDiAtas` values Di Atas    → Di Atas Ekspektasi;
//   else                                        → Sesuai Ekspektasi.
struct PerilakuSuggestionRule {
    int minDiAtas = 4; // a majority of the seven values
};

// No suggestion while a value is not assessed (each missing value is listed).
Result<Rating> suggestedPerilakuRating(const QMap<CoreValue, Rating> &assessments,
                                       const PerilakuSuggestionRule &rule = {});

} // namespace kinerja
