#pragma once

#include <QVector>
#include <algorithm>

namespace kinerja::bench {

// Timings in milliseconds of one repeated measurement.
struct Samples {
    QVector<double> ms;

    void add(double value) { ms.append(value); }
    double median() const
    {
        if (ms.isEmpty())
            return 0;
        QVector<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        const qsizetype mid = sorted.size() / 2;
        return sorted.size() % 2 ? sorted.at(mid) : (sorted.at(mid - 1) + sorted.at(mid)) / 2;
    }
    double max() const { return ms.isEmpty() ? 0 : *std::max_element(ms.cbegin(), ms.cend()); }
};

} // namespace kinerja::bench
