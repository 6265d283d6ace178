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
// heads and staff with valid NIPs, atasan chains and some riwayat. The same
// options always give the same content, on any machine and any day.
class DemoGenerator {
    Q_DECLARE_TR_FUNCTIONS(kinerja::DemoGenerator)
public:
    struct Options {
        int employees = 2000;
        quint64 seed = 1;
        // Ages, TMT and riwayat dates are computed against this date, not today.
        QDate referenceDate = QDate(2026, 1, 1);
    };

    struct Summary {
        QString government; // "Pemerintah Kabupaten Sumba Timur"
        int units = 0;
        int employees = 0;
        int inactive = 0;
        int pppk = 0;
        int riwayatChanges = 0; // people with a second riwayat entry
    };

    // Called now and then with the work done so far; return false to cancel
    // (nothing is written then).
    using Progress = std::function<bool(int done, int total)>;

    static constexpr int kMaxEmployees = 1000000;

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
