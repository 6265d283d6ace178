#pragma once

#include "scoring/bands.h"
#include "scoring/explanation.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <array>
#include <optional>

namespace kinerja {

// Survei Kepuasan Masyarakat (PermenPANRB 14/2017): nine unsur U1–U9, each
// answered 1 (tidak baik) … 4 (sangat baik).
constexpr int IkmUnsurCount = 9;

// One respondent: `row` is the spreadsheet row number, used in error messages.
// An empty answer means the respondent skipped that unsur.
struct IkmResponse {
    int row = 0;
    std::array<std::optional<int>, IkmUnsurCount> answers;
};

struct IkmParseResult {
    QVector<IkmResponse> responses; // rows without errors; blank rows are skipped
    QStringList errors; // "Row 7, U3 (Waktu penyelesaian): “5” is not an answer 1–4."
    bool isValid() const { return errors.isEmpty(); }
};

struct IkmResult {
    std::array<int, IkmUnsurCount> answered{};            // respondents who answered each unsur
    std::array<std::optional<double>, IkmUnsurCount> nrr; // per unsur; empty if nobody answered
    std::optional<double> ikm;       // Σ NRR × 0.111, on the 1–4 scale, unrounded
    std::optional<BandedScore> unit; // IKM × 25, unrounded, with its rounding and mutu
    Explanation explanation;

    bool isComplete() const { return unit.has_value(); }
};

// Computation, as the regulation and the offices' spreadsheets do it:
//   NRR per unsur = total of its answers / respondents who answered it (skipped
//   answers are left out, not counted as 0);
//   NRR tertimbang = NRR × 0.111 — the official rounded weight, not 1/9 exactly,
//   so a unit answering 4 everywhere scores 99.9, not 100;
//   IKM = Σ NRR tertimbang; IKM unit pelayanan = IKM × 25.
// Nothing is rounded on the way; the IKM unit value is rounded to 2 decimals
// (half away from zero) and the mutu is read on that value:
//   A Sangat Baik 88.31–100.00 · B Baik 76.61–88.30 · C Kurang Baik 65.00–76.60 ·
//   D Tidak Baik below 65.00. D's written floor 25.00 is the 1/9 minimum; with
//   0.111 a survey of all 1s gives 24.975 → 24.98, still D.
class Ikm {
    Q_DECLARE_TR_FUNCTIONS(kinerja::Ikm)
public:
    static constexpr double OfficialWeight = 0.111;
    static constexpr double UnitScale = 25.0;

    static QString unsurCode(int index); // 0-based: "U1".."U9"
    static QString unsurName(int index); // official name, not translated: "Persyaratan"

    // Spreadsheet rows, one respondent each: cells 0–8 hold U1–U9 (extra cells are
    // ignored, missing or empty cells are skipped answers). An answer is a whole
    // number 1–4 ("4" or "4.0"); anything else (0, 5, 2.5, text) is an error that
    // names the row (firstRow for rows[0]) and the unsur. Rows with no answer at
    // all are skipped.
    static IkmParseResult parseRows(const QVector<QStringList> &rows, int firstRow = 2);

    // No IKM when an unsur has no answer at all or an answer is outside 1–4 (an
    // error naming the row and unsur); the NRR of the other unsur are still filled.
    static IkmResult compute(const QVector<IkmResponse> &responses, double weight = OfficialWeight);

    static const BandSet &bands();
    // The mutu band of an IKM unit value, after rounding it to 2 decimals.
    static const ScoreBand *band(double unitValue);
};

} // namespace kinerja
