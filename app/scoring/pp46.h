#pragma once

#include "scoring/bands.h"
#include "scoring/explanation.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QVector>

#include <optional>

namespace kinerja {

// One task (kegiatan) of a PP 46/2011 SKP, with T = target and R = realisasi.
// Fields in the order of the SKP form, so aggregate initialisation reads like a
// row: {TO, RO, TK, RK, TW, RW, TB, RB, name}.
// A realisation that is not given (empty optional) is missing: the task has no
// score. A quantity realised of 0 (RO = 0) means nothing was realised: the task
// scores 0 (Perka BKN 1/2013), whatever else is filled in.
struct Kegiatan {
    double targetKuantitas = 0; // TO, output count
    std::optional<double> realKuantitas;
    double targetKualitas = 100; // TK, usually 100
    std::optional<double> realKualitas;
    double targetWaktu = 0; // TW, e.g. months or days
    std::optional<double> realWaktu;
    // A task without a cost target (empty or 0) has no Biaya aspect.
    std::optional<double> targetBiaya;
    std::optional<double> realBiaya;
    QString name; // for the explanation; "Kegiatan n" when empty
};

// Perilaku kerja aspects of PP 46/2011 (each 0–100). Kepemimpinan only for
// structural positions.
enum class Pp46Aspect {
    OrientasiPelayanan = 0,
    Integritas = 1,
    Komitmen = 2,
    Disiplin = 3,
    KerjaSama = 4,
    Kepemimpinan = 5,
};

struct Pp46Input {
    QVector<Kegiatan> kegiatan;
    double tugasTambahan = 0; // points for tugas tambahan, added to the mean
    double kreativitas = 0;   // points for kreativitas, added to the mean
    QMap<Pp46Aspect, double> perilaku;
    bool structural = false; // a structural position: Kepemimpinan is scored
};

// PP 46/2011 with Perka BKN 1/2013: nilai prestasi kerja = 60% SKP + 40% perilaku.
//
// No intermediate rounding: every step keeps the unrounded value (shown in the
// explanation); only the final nilai prestasi is rounded to 2 decimals, as the
// form prints it, and banded on that printed value.
//
// Banding (bands() holds the data): the rule writes integer bands 91–100 Sangat
// Baik, 76–90 Baik, 61–75 Cukup, 51–60 Kurang, ≤ 50 Buruk (Perka: "50 ke bawah").
// Each written upper bound is read as inclusive and the band ends there:
//   x ≤ 50 Buruk; 50 < x ≤ 60 Kurang; 60 < x ≤ 75 Cukup; 75 < x ≤ 90 Baik; x > 90 Sangat Baik.
// So 90.00 is Baik and 90.50 (or 90.01) is Sangat Baik; 50.00 is Buruk and 50.50 Kurang.
// Why: the one bound the rule states with an operator is "≤ 50" (Buruk), an
// inclusive upper bound; reading the other bands the same way leaves no gaps and
// never labels a score above a band's written top with that band (the lower-bound
// reading would call 50.5 "Buruk" although Buruk is "≤ 50"). It is also how a
// spreadsheet's nested IF on the written tops behaves: IF(x<=50;"Buruk";IF(x<=60;…)).
class Pp46 {
    Q_DECLARE_TR_FUNCTIONS(kinerja::Pp46)
public:
    static constexpr double SkpWeight = 0.6;
    static constexpr double PerilakuWeight = 0.4;
    // A perilaku aspect is scored 0–100.
    static constexpr double MaxAspectScore = 100.0;
    // Efficiency up to this many percent takes the first Waktu/Biaya formula.
    static constexpr double EfficiencyThreshold = 24.0;

    // The formulas, for targets > 0 (NaN otherwise).
    static double kuantitas(double target, double realised); // RO / TO × 100
    static double kualitas(double target, double realised);  // RK / TK × 100
    static double efisiensi(double target, double realised); // 100 − (R / T × 100)
    // Efisiensi ≤ 24%: ((1.76 × T − R) / T) × 100;
    // efisiensi > 24%: 76 − ((((1.76 × T − R) / T) × 100) − 100).
    // Exactly 24% takes the first branch (compared with a 1e-9 tolerance so that
    // decimal inputs like T = 12.5, R = 9.5 land there despite binary rounding).
    // Not clamped: a realisation beyond 1.76 × T gives a negative value, as the formula does.
    static double waktu(double target, double realised);
    static double biaya(double target, double realised); // the same formulas with TB/RB

    // Nilai capaian of one task: (Kuantitas + Kualitas + Waktu [+ Biaya]) / 3 [or 4].
    static ScoreResult kegiatan(const Kegiatan &kegiatan, Explain explain = Explain::Yes);
    // Mean of the tasks plus the tugas tambahan and kreativitas points.
    static ScoreResult capaianSkp(const QVector<Kegiatan> &kegiatan, double tugasTambahan = 0,
                                  double kreativitas = 0, Explain explain = Explain::Yes);
    // Mean of the aspects scored: the five common ones, plus Kepemimpinan for a
    // structural position (ignored, with a note, for others).
    static ScoreResult perilaku(const QMap<Pp46Aspect, double> &scores, bool structural,
                                Explain explain = Explain::Yes);
    // 60% × capaian SKP + 40% × perilaku, unrounded.
    static ScoreResult nilaiPrestasi(double capaianSkp, double nilaiPerilaku,
                                     Explain explain = Explain::Yes);
    // Everything: SKP, perilaku, nilai prestasi and its predikat.
    // Every function here computes its value in one code path; Explain::No only skips
    // building the text of the steps (bulk recompute), so both give the same value,
    // predikat, missing items and errors.
    static Result<BandedScore> evaluate(const Pp46Input &input, Explain explain = Explain::Yes);

    static const BandSet &bands();
    // The band of a score, after rounding it to 2 decimals.
    static const ScoreBand *band(double score);

    static QString aspectName(Pp46Aspect aspect); // official name, not translated
    static QVector<Pp46Aspect> aspects(bool structural);

private:
    // `number` is the task's place in the SKP (1, 2, …), 0 for a task scored alone.
    static ScoreResult scoreKegiatan(const Kegiatan &kegiatan, int number, Explain explain);
    static QString kegiatanName(const Kegiatan &kegiatan, int number);
};

} // namespace kinerja
