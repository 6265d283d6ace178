#pragma once

#include "scoring/period.h"

#include <QDate>
#include <QString>

namespace kinerja::reports {

// Official Indonesian texts of the forms, independent of the system locale and never
// translated (they are form content, like the names of ratings and predikats).

QString indonesianMonthName(int month); // 1–12: "Januari" … "Desember"; empty otherwise
// "31 Desember 2026"; empty for an invalid date.
QString indonesianDate(const QDate &date);
// "1 JANUARI SD 31 DESEMBER TAHUN 2026", "1 APRIL SD 30 JUNI TAHUN 2026".
QString periodRangeText(const Period &period);
// The "PERIODE:" line: "TAHUNAN", "TRIWULAN I", "TRIWULAN IV-AKHIR", "SEMESTER II-AKHIR",
// "BULANAN (MARET)".
QString periodKindText(const Period &period);

} // namespace kinerja::reports
