#include "chartstyle.h"

#include "scoring/rating.h"

#include <QChart>
#include <QLegend>
#include <QLocale>

namespace kinerja::ui::chartstyle {

namespace {
const QColor Colours[5] = {QColor(0x7f, 0x00, 0x00), QColor(0xd3, 0x2f, 0x2f),
                           QColor(0xff, 0xb7, 0x4d), QColor(0x81, 0xc7, 0x84),
                           QColor(0x1b, 0x5e, 0x20)};
const Qt::BrushStyle Patterns[5] = {Qt::SolidPattern, Qt::Dense2Pattern, Qt::BDiagPattern,
                                    Qt::Dense4Pattern, Qt::SolidPattern};
} // namespace

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setTheme(QChart::ChartThemeLight);
    // Axis and bar labels in the UI language's notation ("3,17" in Indonesian): a value
    // axis's label format is printf-style and ignores the locale unless this is on; then
    // only "%.<n><spec>" formats give labels ("%.0f", not "%d").
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    return chart;
}

QColor predikatColour(int level)
{
    return Colours[qBound(0, level, 4)];
}

QBrush predikatBrush(int level)
{
    return QBrush(predikatColour(level), Patterns[qBound(0, level, 4)]);
}

QStringList predikatNames()
{
    QStringList names;
    for (const Predikat p : allPredikats())
        names << predikatName(p);
    return names;
}

} // namespace kinerja::ui::chartstyle
