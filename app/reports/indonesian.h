#pragma once

#include "scoring/period.h"

#include <QDate>
#include <QLocale>
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

// The notation of the numbers and dates on a sheet follows the sheet's language, the
// language of its text: i18n::install (GUI, or the CLI's --lang) installs the translation
// and sets QLocale() to match. Indonesian sheets get "87,43" and "31 Desember 2026";
// English ones "87.43" and "31 December 2026".
QLocale sheetLocale();
// The date of a signature or a period's end on a sheet: indonesianDate() on an Indonesian
// sheet, "31 December 2026" on an English one; empty for an invalid date.
QString sheetDate(const QDate &date);

} // namespace kinerja::reports
