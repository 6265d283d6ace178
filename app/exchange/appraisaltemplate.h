#pragma once

#include "domain/status.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

namespace kinerja {
class Database;
}

namespace kinerja::exchange {

struct TemplateScope {
    qint64 periodId = 0;
    qint64 unitId = 0; // 0 = the whole agency
    bool includeSubunits = true;
};

struct TemplateReport {
    int appraisals = 0; // rows of the Penilaian sheet
    int indicators = 0; // rows of the Hasil Kerja sheet
    int kegiatan = 0;   // rows of the Kegiatan sheet
    int locked = 0;     // appraisals that cannot change (Final, or the period is closed)
};

// An entry workbook for a unit and period that staff and supervisors fill in, and
// that AppraisalImport reads back (sheets and columns: appraisalsheets.h):
//   Petunjuk     what to fill in and how to import it (in the interface language);
//   Penilaian    one row per appraisal: identity columns locked, the ratings as
//                dropdowns of the three levels, Capaian SKP (PP 30/2019) limited
//                to 0–120, Rekomendasi;
//   Hasil Kerja  one row per RHK indicator: Target, Realisasi, Bukti Dukung, Umpan Balik;
//   Kegiatan     one row per PP 46/2011 kegiatan: targets and realisations.
// The sheets are protected without a password: only the cells to fill in (shaded)
// are unlocked, and those of a Final appraisal or a closed period stay locked.
// Current values are filled in. Written to "<path>.part" and renamed at the end;
// a cancel (progress returns false) or a failure leaves nothing.
class AppraisalTemplate {
    Q_DECLARE_TR_FUNCTIONS(kinerja::exchange::AppraisalTemplate)
public:
    using Progress = std::function<bool(int done, int total)>;

    static Status write(Database &db, const TemplateScope &scope, const QString &path,
                        TemplateReport *report = nullptr, const Progress &progress = {});
};

} // namespace kinerja::exchange
