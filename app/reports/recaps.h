#pragma once

#include "domain/status.h"
#include "reports/agency.h"
#include "reports/layout.h"
#include "reports/paper.h"
#include "scoring/period.h"
#include "storage/appraisalquery.h"
#include "storage/recapquery.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>

#include <optional>

namespace kinerja {
class Database;
}

namespace kinerja::reports {

class PageSink;

// The printed recaps of a period:
//   Predikat       Rekapitulasi Predikat Kinerja Pegawai: every appraisal of the unit with
//                  its ratings or score and predikat, then the distribution (counts,
//                  percentages, a bar drawing) against the organisation's pattern
//   Pending        Rekapitulasi Penilaian Kinerja yang Belum Selesai: per unit the staff
//                  without an appraisal and the appraisals by state, then who is pending
//   TrainingNeeds  Laporan Kebutuhan Pengembangan Kompetensi: the employees whose result
//                  shows a need (RecapQuery::needsDevelopment) with their recommendation,
//                  by unit, then by recommended competency category
enum class RecapKind { Predikat, Pending, TrainingNeeds };

QVector<RecapKind> allRecapKinds();
QString recapCode(RecapKind kind); // "predikat", "pending", "training"
bool parseRecapCode(const QString &code, RecapKind *out);
QString recapName(RecapKind kind); // translated ("Performance predikat recap")

// Which appraisals: a period and a unit, with or without its sub-units. unitId 0 = the
// whole agency (the root unit and everything under it).
struct RecapScope {
    qint64 periodId = 0;
    qint64 unitId = 0;
    bool includeSubunits = true;
};

// Who signs the recap: the head of the personnel office. An empty name leaves dotted
// lines to be filled in by hand.
struct RecapSigner {
    QString role; // empty = "Head of <agency name>" ("Kepala Badan Kepegawaian …")
    QString name;
    QString nip;
};

struct RecapOptions {
    AgencyHeader agency;
    std::optional<QDate> signDate; // empty = today
    RecapSigner signer;
    bool signature = true;        // the place, date and signature block at the end
    bool listPendingStaff = true; // Pending: the employees still pending after the table
};

// What every recap prints above its content.
struct RecapHeading {
    QString unitName;
    bool includeSubunits = true;
    Period period;
    bool periodClosed = false;
};

// The data of each recap: plain, loaded by RecapSource or built directly (tests).
struct PredikatRecapData {
    RecapHeading heading;
    QVector<RecapAppraisal> rows;
    QVector<RecapPredikatCount> counts;
    // PermenPANRB appraisals against the pattern of the capaian kinerja organisasi
    // (AppraisalQuery::distribution); `organisation` empty when none is recorded.
    UnitDistribution distribution;
    QString organisationUnitName; // where the capaian kinerja organisasi was set
};

// One employee still pending: an appraisal not final, or none at all (`state` empty).
struct PendingPerson {
    QString nip;
    QString name;
    QString jabatan;
    qint64 unitId = 0;
    QString unitName;
    std::optional<AppraisalState> state;
};

struct PendingRecapData {
    RecapHeading heading;
    QVector<UnitPendingCounts> units; // by unit name
    QVector<PendingPerson> people;    // by unit name, then name
};

struct TrainingRecapData {
    RecapHeading heading;
    QVector<RecapAppraisal> rows; // RecapQuery::trainingNeeds
};

// Loads the recaps' data through the storage API (no SQL here).
class RecapSource {
    Q_DECLARE_TR_FUNCTIONS(kinerja::reports::Recaps)
public:
    explicit RecapSource(Database &db) : m_db(db) {}

    // An unknown period or unit, or a failed query, is an error naming it.
    Status loadPredikat(const RecapScope &scope, PredikatRecapData *out);
    Status loadPending(const RecapScope &scope, PendingRecapData *out);
    Status loadTrainingNeeds(const RecapScope &scope, TrainingRecapData *out);

    // The agency header from the settings, today's date, the default signer role.
    static RecapOptions defaultOptions(Database &db);

private:
    Status heading(const RecapScope &scope, RecapHeading *out, RecapFilter *filter);

    Database &m_db;
};

// Builds the blocks of a recap (no painting).
Document buildPredikatRecap(const PredikatRecapData &data, const RecapOptions &options);
Document buildPendingRecap(const PendingRecapData &data, const RecapOptions &options);
Document buildTrainingRecap(const TrainingRecapData &data, const RecapOptions &options);

class RecapPrinter {
    Q_DECLARE_TR_FUNCTIONS(kinerja::reports::Recaps)
public:
    // Lays out and paints a built recap through `sink` (the GUI's QPrinter or a PDF),
    // pages numbered within the recap.
    static Status render(const Document &document, PageSink &sink, int *pages = nullptr);
    // Loads, builds and paints one recap.
    static Status render(Database &db, RecapKind kind, const RecapScope &scope,
                         const RecapOptions &options, PageSink &sink, int *pages = nullptr);
    // Writes one recap as a PDF on `paper`. The file appears only when complete; an
    // unwritable path is an error naming it (field "output").
    static Status writePdf(Database &db, RecapKind kind, const RecapScope &scope,
                           const RecapOptions &options, Paper paper, const QString &path,
                           int *pages = nullptr);
    static Status writePdf(const Document &document, Paper paper, const QString &path,
                           int *pages = nullptr);
};

} // namespace kinerja::reports
