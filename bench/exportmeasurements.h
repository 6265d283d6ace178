#pragma once

#include <QString>

namespace kinerja::bench {

// Issue 6: the recap of the latest quarter to XLSX, against libxlsxwriter alone writing
// the same cells from memory; each the best of three runs.
struct ExportFigures {
    QString period;
    int rows = 0;
    double exportSeconds = 0;   // exportRecap: reading the rows and writing the workbook
    double baselineSeconds = 0; // libxlsxwriter alone, the same cells already in memory
    double csvSeconds = 0;      // exportRecap to CSV
    qint64 exportPeakGrowthKb = 0;
};

bool measureExport(const QString &path, const QString &folder, ExportFigures *result,
                   QString *error);

} // namespace kinerja::bench
