#pragma once

#include "domain/status.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <functional>

namespace kinerja {

class Database;

// Fills an empty database with a believable district government: the unit tree
// (perangkat daerah, bidang, seksi, kecamatan, kelurahan, puskesmas, schools),
// heads and staff with valid NIPs, atasan chains and some riwayat, and if asked
// years of appraisal history (demohistory.h). The same
// options always give the same content, on any machine and any day.
class DemoGenerator {
    Q_DECLARE_TR_FUNCTIONS(kinerja::DemoGenerator)
public:
    struct Options {
        int employees = 2000;
        quint64 seed = 1;
        // Ages, TMT and riwayat dates are computed against this date, not today.
        QDate referenceDate = QDate(2026, 1, 1);
        // Years of appraisal history under PermenPANRB 6/2022, ending with the year before
        // the reference date (2024 and 2025 for 2 years and 2026-01-01): per year the
        // quarters YYYY-Q1..Q4 and the year YYYY, every appraisal Final, every period
        // closed; the year rolled up as the mean of the quarters. 0 = none.
        int years = 0;
    };

    struct Summary {
        QString government; // "Pemerintah Kabupaten Sumba Timur"
        int units = 0;
        int employees = 0;
        int inactive = 0;
        int pppk = 0;
        int riwayatChanges = 0; // people with a second riwayat entry
        int periods = 0;        // appraisal periods of the history
        int appraisals = 0;     // appraisals of the history (all Final)
        int firstYear = 0;      // of the history; 0 without
        int lastYear = 0;
    };

    // Called now and then with the work done so far; return false to cancel
    // (nothing is written then).
    using Progress = std::function<bool(int done, int total)>;

    static constexpr int kMaxEmployees = 1000000;
    static constexpr int kMaxYears = 10;

    explicit DemoGenerator(const Options &options) : m_options(options) {}

    // Writes everything in one transaction into `db`, which must be open and
    // hold no units or employees yet.
    Status run(Database &db, const Progress &progress = {});
    const Summary &summary() const { return m_summary; }

private:
    Options m_options;
    Summary m_summary;
};

} // namespace kinerja
