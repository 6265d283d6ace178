#pragma once

#include <QBrush>
#include <QColor>
#include <QStringList>

class QChart;

namespace kinerja::ui::chartstyle {

// A chart with the house style: no animation, legend at the bottom, light theme, numbers
// in the notation of QLocale() (the UI language).
QChart *newChart(const QString &title);
// Predikat levels 0 (Sangat Kurang) … 4 (Sangat Baik): colours with distinct
// lightness and fill patterns, so the levels stay apart when printed in grey.
QColor predikatColour(int level);
QBrush predikatBrush(int level);
QStringList predikatNames(); // worst first, as the levels 0–4

} // namespace kinerja::ui::chartstyle
