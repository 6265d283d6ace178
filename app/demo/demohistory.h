#pragma once

#include "demodraft.h"
#include "domain/status.h"
#include "scoring/rating.h"

#include <QCoreApplication>
#include <QMap>

#include <functional>
#include <memory>

namespace kinerja {
class Database;
}

namespace kinerja::demo {

struct HistorySummary {
    int periods = 0;
    int appraisals = 0;
    QMap<Predikat, int> predikats; // of the quarterly appraisals
};

// Writes `years` years of appraisal history, ending with the year before the reference
// date, under the default PermenPANRB 6/2022 scheme, through the storage API (each call
// joins the caller's transaction as a savepoint). Per year: the four quarters
// (YYYY-Q1..Q4) and the year (YYYY). Every active employee gets, each quarter, an SKP
// with realisasi and umpan balik, perilaku umpan balik, about three in four a
// self-assessment (often a step above the rating), the pejabat penilai's ratings and
// where due a rekomendasi, and is taken through the workflow to Final; the year is rolled
// up as the mean of the quarters (missing quarters left out) with an annual SKP whose
// realisasi add up the quarters'. Capaian kinerja organisasi is set per perangkat daerah
// and kecamatan. Every period is closed at the end: it is history.
//
// Believable patterns: most Baik, about one in ten Sangat Baik, a few Butuh Perbaikan
// and Kurang/Misconduct; some employees improve over the years and some decline; a few
// perangkat daerah rate leniently (more Di Atas) or strictly (more Di Bawah), and their
// capaian kinerja organisasi leans the same way. The head of a perangkat daerah gets the
// rating hasil kerja that the unit's capaian gives (SE MenPANRB 3/2023).
class HistoryWriter {
    Q_DECLARE_TR_FUNCTIONS(kinerja::DemoGenerator)
public:
    // done / total of the history's own steps; false cancels.
    using Progress = std::function<bool(int done, int total)>;

    // The draft must have been written already (employee ids set).
    HistoryWriter(Database &db, const DemoDraft &draft, quint64 seed, int lastYear, int years,
                  Progress progress);
    ~HistoryWriter();
    HistoryWriter(const HistoryWriter &) = delete;
    HistoryWriter &operator=(const HistoryWriter &) = delete;

    // The steps write() will report, known before it starts.
    static int steps(const DemoDraft &draft, int years);
    Status write();
    const HistorySummary &summary() const;

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace kinerja::demo
