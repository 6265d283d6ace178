#pragma once

#include <QString>

namespace kinerja {
class Database;
}

namespace kinerja::bench {

struct HistoryFigures {
    int periods = 0;
    int appraisals = 0;
    double seconds = 0;
};

// Writes `years` years of appraisal history ending with `lastYear`, quickly, through the
// batched storage calls (AppraisalBulk createForUnit, copyForward, rateMany,
// finalizeMany): per year the quarters YYYY-Q1..Q4 and the year YYYY under the default
// PermenPANRB 6/2022 scheme, every active employee appraised. Each employee gets one SKP
// (one RHK Utama with one indicator), copied forward from period to period. Ratings:
// mostly Sesuai, about 15 % Di Atas and 5 % Di Bawah, each employee with a level of their
// own drifting over the years, about one rater in ten lenient and one in fifteen strict;
// about 40 % give a self-assessment (more often above the rater's). The year is rated
// afresh with the mean of the quarters. Every period is closed except the last quarter
// and its year: the quarter is in progress (about 12 % draft, 8 % submitted, 10 % rated,
// the rest final), the year's appraisals are drafts. Progress goes to stdout.
bool writeHistory(Database &db, int years, int lastYear, quint64 seed, HistoryFigures *result,
                  QString *error);

} // namespace kinerja::bench
