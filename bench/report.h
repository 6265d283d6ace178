#pragma once

#include <QString>

namespace kinerja::bench {

// One line on stdout, flushed (progress shows while the work goes on).
void print(const QString &line);
// "  what      12.34 ms      50 ms ok": a measurement with its budget (none when 0).
QString row(const QString &what, double value, const char *unit, double budget);

} // namespace kinerja::bench
