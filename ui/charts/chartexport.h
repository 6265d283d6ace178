#pragma once

#include <QCoreApplication>
#include <QString>

class QChartView;
class QWidget;

namespace kinerja::ui {

// Saves a chart as PNG, SVG or PDF (by the file's extension) and prints it, at the
// size of a landscape A4 page so the title and labels stay legible.
class ChartExport {
    Q_DECLARE_TR_FUNCTIONS(kinerja::ui::ChartExport)
public:
    // Empty on success, else what went wrong (naming the file).
    static QString save(QChartView *view, const QString &fileName);
    // Asks for a file name, saves, and reports a failure.
    static void saveAs(QWidget *parent, QChartView *view, const QString &suggestedName);
    static void print(QWidget *parent, QChartView *view);
};

} // namespace kinerja::ui
