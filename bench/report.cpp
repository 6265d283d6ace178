#include "report.h"

#include <cstdio>

namespace kinerja::bench {

void print(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

QString row(const QString &what, double value, const char *unit, double budget)
{
    QString line = QString::asprintf("  %-46s %10.2f %-3s", qPrintable(what), value, unit);
    if (budget > 0) {
        // Whole budgets print as such (50 ms); a ratio budget keeps its decimals (1.5 x).
        const bool whole = budget == static_cast<double>(static_cast<long long>(budget));
        line += QString::asprintf(whole ? " %8.0f %-3s %s" : " %8.1f %-3s %s", budget, unit,
                                  value <= budget ? "ok" : "OVER BUDGET");
    }
    return line;
}

} // namespace kinerja::bench
