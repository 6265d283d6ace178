#pragma once

#include "appraisal/schemedefinition.h"
#include "domain/employee.h"
#include "scoring/berakhlak.h"
#include "scoring/period.h"
#include "scoring/pp46.h"
#include "scoring/rating.h"
#include "scoring/weighted.h"

#include <QDateTime>
#include <QString>
#include <QVector>

#include <functional>
#include <optional>

namespace kinerja {

// Draft → Diajukan (self-assessment submitted) → Dinilai (rated) → Final (locked).
enum class AppraisalState { Draft = 0, Diajukan = 1, Dinilai = 2, Final = 3 };
// Translated: "Draft", "Submitted (diajukan)", "Rated (dinilai)", "Final".
QString appraisalStateName(AppraisalState state);
// The log's action codes ("submit", "finalize", "objection-decided", …) as words;
// an unknown code is returned as it is.
QString appraisalActionName(const QString &code);

enum class RhkKind { Utama = 0, Tambahan = 1 };
enum class IndicatorAspect { Kuantitas = 0, Kualitas = 1, Waktu = 2 };
// Kind of competence the development recommendation is about (PermenPANRB 38/2017).
enum class CompetencyCategory { None = 0, Teknis = 1, Manajerial = 2, SosialKultural = 3 };
QString competencyCategoryName(CompetencyCategory category); // translated

// How a longer period's result comes from its sub-periods' results.
//   RatedAfresh    the appraisal is rated on its own content (no roll-up);
//   MeanOfPeriods  numeric schemes: the mean of the scores, banded with this appraisal's
//                  scheme; PermenPANRB: the mean of each rating (Di Bawah 0, Sesuai 1,
//                  Di Atas 2), rounded half up, then the predikat matrix;
//   LastPeriod     the result of the last sub-period.
enum class RollupPolicy { RatedAfresh = 0, MeanOfPeriods = 1, LastPeriod = 2 };
// A sub-period without a complete result:
//   Skip           left out (the mean of the others; the last one that has a result);
//   CountAsLowest  counts as score 0, or as Di Bawah Ekspektasi on both ratings;
//   Block          no result until every sub-period has one.
enum class MissingPeriodPolicy { Skip = 0, CountAsLowest = 1, Block = 2 };
QString rollupPolicyName(RollupPolicy policy);               // translated
QString missingPeriodPolicyName(MissingPeriodPolicy policy); // translated

enum class ObjectionDecision { Rejected = 0, Granted = 1, PartlyGranted = 2 };

// A person on the appraisal as they were at the end of its period.
struct PersonSnapshot {
    qint64 employeeId = 0; // 0 = nobody (no pejabat penilai found)
    QString name;          // full name with gelar
    QString nip;
    QString jabatan;
    JabatanKind jabatanKind = JabatanKind::Pelaksana;
    Jenjang jenjang = Jenjang::None;
    EmployeeStatus status = EmployeeStatus::Pns;
    int grade = 0;
    qint64 unitId = 0;
    QString unitName;
    bool isEmpty() const { return employeeId == 0; }
};

struct RollupSetting {
    RollupPolicy policy = RollupPolicy::RatedAfresh;
    MissingPeriodPolicy missing = MissingPeriodPolicy::Skip;
    Period::Kind from = Period::Kind::Quarterly; // the sub-periods rolled up
};

struct Appraisal {
    qint64 id = 0;
    qint64 employeeId = 0;
    qint64 periodId = 0;
    Period period;
    bool periodClosed = false;
    qint64 schemeVersionId = 0;
    SchemeKind schemeKind = SchemeKind::PermenPan2022;
    QString schemeName;
    int schemeVersion = 0;
    AppraisalState state = AppraisalState::Draft;

    PersonSnapshot employee; // jabatan, jenis/jenjang, status, grade, unit in the period
    PersonSnapshot rater;    // pejabat penilai kinerja
    PersonSnapshot atasan;   // atasan pejabat penilai kinerja

    std::optional<Rating> selfHasil; // the employee's own view (self-assessment)
    std::optional<Rating> selfPerilaku;
    std::optional<Rating> ratingHasil; // by the pejabat penilai
    std::optional<Rating> ratingPerilaku;

    std::optional<double> capaianSkp; // PP 30/2019, 0–120
    bool newIdea = false;             // PP 30/2019: a new idea or way of working
    double tugasTambahan = 0;         // PP 46/2011 points
    double kreativitas = 0;           // PP 46/2011 points

    QString rekomendasi; // rekomendasi pengembangan kompetensi
    CompetencyCategory competency = CompetencyCategory::None;
    RollupSetting rollup;

    // The stored result; empty while incomplete. PermenPANRB gives a predikat, no score.
    std::optional<double> score;
    QString predikat;
    std::optional<int> predikatLevel; // 0 = the worst band

    QDateTime createdAt, submittedAt, ratedAt, finalizedAt;
    int rowVersion = 0; // as loaded; a save claims it (RowVersion)

    bool isComplete() const { return !predikat.isEmpty(); }
    // Structural positions score Kepemimpinan (PP 46 / PP 30).
    bool isStructural() const;
};

struct RhkIndicator {
    qint64 id = 0;
    IndicatorAspect aspek = IndicatorAspect::Kuantitas;
    QString indikator; // Indikator Kinerja Individu
    QString target;    // "2", "100", "12" (with satuan "Dokumen", "%", "Bulan")
    QString satuan;
    QString realisasi; // per period, with the bukti dukung
    QString buktiDukung;
    QString umpanBalik;
};

struct Rhk {
    qint64 id = 0;
    RhkKind kind = RhkKind::Utama;
    QString text;       // Rencana Hasil Kerja
    QString intervensi; // the pimpinan's RHK it supports (cascading)
    QString perspektif; // JPT only
    QVector<RhkIndicator> indicators;
};

struct PerilakuEntry {
    CoreValue value = CoreValue::BerorientasiPelayanan;
    QString ekspektasi; // ekspektasi khusus pimpinan
    QString umpanBalik;
    std::optional<Rating> assessment; // optional per-value assessment by the rater
};

struct KegiatanEntry {
    qint64 id = 0;
    Kegiatan kegiatan; // targets and realisations (scoring/pp46.h)
    QString satuanKuantitas;
    QString satuanWaktu;
};

struct WeightedEntry {
    QString indicatorId;
    RaterSource source = RaterSource::Supervisor;
    qint64 raterId = 0; // peers: the rating colleague; 0 for the other sources
    double value = 0;   // raw, on the indicator's scale
    bool hideName = false;
    QString raterName; // filled on load; empty when hideName
};

struct Objection {
    QDate filedOn;
    QString text;        // the employee's keberatan
    QString explanation; // penjelasan pejabat penilai
    QDate explainedOn;
    std::optional<ObjectionDecision> decision; // keputusan atasan pejabat penilai
    QString decisionText;
    QDate decidedOn;
};

struct AppraisalLogEntry {
    QDateTime at;
    QString user;
    QString action; // "submit", "return", "rate", "finalize", "reopen", "objection", ...
    std::optional<AppraisalState> from;
    std::optional<AppraisalState> to;
    QString reason;
};

// Progress of a bulk operation: return false to cancel (everything is rolled back).
using ProgressCallback = std::function<bool(int done, int total)>;

struct SkippedItem {
    qint64 employeeId = 0;
    qint64 appraisalId = 0;
    QString name;
    QString reason; // translated
    QString field;  // as in Status::field(): "state", "result", "objection", ...
};

struct BulkReport {
    int done = 0; // appraisals created / copied / finalized
    QVector<SkippedItem> skipped;
    bool cancelled = false;
};

} // namespace kinerja
