#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace kinerja {

// Employee status (kedudukan): PNS, CPNS (candidate, still has a PNS grade) or PPPK.
enum class EmployeeStatus { Pns = 0, Cpns = 1, Pppk = 2 };

// Pangkat / golongan ruang of a PNS or CPNS is coded 10 * golongan + ruang:
// I/a = 11 ... IV/e = 45 (ruang e exists only for IV). PPPK golongan is 1..17.
// Both are stored in one integer column; the status says which scale applies.
class Grade {
    Q_DECLARE_TR_FUNCTIONS(kinerja::Grade)
public:
    static bool isValidPns(int code);
    static bool isValidPppk(int code);
    static bool isValidFor(EmployeeStatus status, int code);
    static QVector<int> pnsCodes();  // 11..14, 21..24, 31..34, 41..45
    static QVector<int> pppkCodes(); // 1..17

    // "III/b" for PNS, "IX" for PPPK; empty for an invalid code.
    static QString golonganLabel(EmployeeStatus status, int code);
    // "Penata Muda Tingkat I" (PNS only; empty for PPPK).
    static QString pangkatName(int pnsCode);
    // "Penata Muda Tingkat I, III/b" for PNS, "Golongan IX" for PPPK.
    static QString display(EmployeeStatus status, int code);
    // Accepts "III/b", "3b", "III b", "IX", "9" for PPPK; returns 0 if not understood.
    static int parse(EmployeeStatus status, const QString &text);

    static QString roman(int n); // 1..17
};

QString statusName(EmployeeStatus status); // "PNS", "CPNS", "PPPK"
bool parseStatus(const QString &text, EmployeeStatus *out);

} // namespace kinerja
