#pragma once

#include "appraisal/appraisal.h"
#include "domain/grade.h"
#include "domain/status.h"
#include "storage/recapquery.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

namespace kinerja {

class Database;

// One appraisal as the spreadsheet recap exports it: RecapAppraisal plus the rank and the
// pejabat penilai as recorded on the appraisal, and the date it was finalised.
struct RecapExportRow : RecapAppraisal {
    EmployeeStatus status = EmployeeStatus::Pns;
    int grade = 0;
    QString raterName; // empty = no pejabat penilai
    QString raterNip;
    QDate finalizedOn; // invalid while not final
};

// One indicator of an appraisal's SKP (PermenPANRB 6/2022), for the detail sheet.
struct RecapDetailRow {
    qint64 appraisalId = 0;
    QString nip;
    QString name;
    qint64 unitId = 0;
    int rhkNumber = 0; // 1-based position of the RHK on the appraisal
    RhkKind kind = RhkKind::Utama;
    QString rhk;
    IndicatorAspect aspek = IndicatorAspect::Kuantitas;
    QString indikator;
    QString target;
    QString satuan;
    QString realisasi;
    QString umpanBalik;
};

// Read side of the spreadsheet exports: streams rows one at a time so that a
// 50,000-appraisal recap is never held in memory. `each` returns false to stop early
// (the call then returns ok and sets *stopped when given).
class ExportQuery {
    Q_DECLARE_TR_FUNCTIONS(kinerja::ExportQuery)
public:
    explicit ExportQuery(Database &db) : m_db(db) {}

    Status recapCount(const RecapFilter &filter, int *count) const;
    // In the order of RecapQuery::appraisals (unit name, unit, name).
    Status forEachRecapRow(const RecapFilter &filter,
                           const std::function<bool(const RecapExportRow &)> &each,
                           bool *stopped = nullptr) const;
    Status detailCount(const RecapFilter &filter, int *count) const;
    // In the recap's order, then RHK position (Utama first), then indicator position.
    Status forEachDetailRow(const RecapFilter &filter,
                            const std::function<bool(const RecapDetailRow &)> &each,
                            bool *stopped = nullptr) const;

private:
    Database &m_db;
};

} // namespace kinerja
