#pragma once

#include "csvwriter.h"
#include "domain/status.h"
#include "storage/employeelistquery.h"
#include "storage/recapquery.h"

#include <functional>

namespace kinerja {
class Database;
}

namespace kinerja::exchange {

enum class ExportFormat { Csv, Xlsx };

struct ExportOptions {
    ExportFormat format = ExportFormat::Xlsx;
    CsvWriteOptions csv; // CSV only: delimiter, BOM, decimal comma
    // XLSX only (a CSV file holds the main table alone):
    bool detailSheet = true;   // "Rincian": one row per RHK indicator
    bool summarySheet = true;  // "Ringkasan Unit": counts per unit
    bool sheetPerUnit = false; // one more sheet per unit with that unit's recap rows
};

// Called as rows are written; return false to cancel (nothing is left at the path).
using ExportProgress = std::function<bool(int done, int total)>;

struct ExportResult {
    int rows = 0; // rows of the main table
    bool cancelled = false;
};

// The field of the Status returned when the progress callback cancelled the export.
inline QString cancelledField()
{
    return QStringLiteral("cancelled");
}

// The appraisal recap of a period: "Rekap" (one row per appraisal: NIP, nama, jabatan,
// pangkat/golongan, unit, pejabat penilai, ratings, nilai, predikat, status, …) and,
// for XLSX, the optional "Rincian", "Ringkasan Unit" and per-unit sheets. Reads through
// the storage API only; writes to `path` only when everything succeeded.
Status exportRecap(Database &db, const RecapFilter &filter, const QString &path,
                   const ExportOptions &options, const ExportProgress &progress = {},
                   ExportResult *result = nullptr);

// The employees of the filter (sorted by unit, then name): one sheet "Pegawai".
Status exportEmployees(Database &db, const EmployeeFilter &filter, const QString &path,
                       const ExportOptions &options, const ExportProgress &progress = {},
                       ExportResult *result = nullptr);

// The columns of the recap's main table (translated), for callers that show them.
QVector<ExportColumn> recapColumns();
QVector<ExportColumn> employeeColumns();

} // namespace kinerja::exchange
