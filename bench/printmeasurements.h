#pragma once

#include <QString>

namespace kinerja::bench {

// Issue 5: a batch of Dokumen Evaluasi sheets into one PDF.
struct PrintFigures {
    QString period;
    int sheets = 0;     // asked for
    int pages = 0;      // written
    double seconds = 0; // BatchPrinter::run, loading included
    double smallSeconds = 0;
    int smallSheets = 0;
    qint64 peakGrowthKb = 0;      // VmHWM growth during the full batch
    qint64 smallPeakGrowthKb = 0; // … and during a batch a tenth as long, run first
    qint64 pdfBytes = 0;
};

// Prints the first `sheets` appraisals of the latest quarter of `path` (most have a
// pejabat penilai and are final) into a PDF in `folder`.
bool measurePrint(const QString &path, const QString &folder, int sheets, PrintFigures *result,
                  QString *error);

} // namespace kinerja::bench
