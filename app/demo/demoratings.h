#pragma once

#include "demodraft.h"
#include "demoskp.h"
#include "domain/unit.h"
#include "scoring/rating.h"

#include <QHash>
#include <QVector>

namespace kinerja::demo {

class Rng;

// How a perangkat daerah rates its staff.
enum class Lean { Normal, Lenient, Strict };

// What decides an employee's ratings over the years, and this year's SKP.
struct HistoryPerson {
    SkpRole role = SkpRole::Pelaksana;
    QString unitName;
    int merit = 0;           // in tenths of a rating step: the personal level, -30 … +30
    int trend = 0;           // +1 improving, -1 declining, 0 steady
    bool conduct = false;    // prone to Di Bawah on perilaku
    bool headsOrgan = false; // heads a perangkat daerah, a kecamatan or the government
    qint64 atasan = 0;       // employee id of the atasan (the pejabat penilai), 0 for none
    QVector<RhkPlan> plan;   // this year's SKP
    Realised realised;       // this year's quarters
    int hasilSum = 0;        // this year's quarter ratings (levels 0–2) ...
    int perilakuSum = 0;
    int rated = 0; // ... and how many quarters were rated
};

struct UnitInfo {
    qint64 organisation = 0; // the perangkat daerah or kecamatan it belongs to (or the root)
    Lean lean = Lean::Normal;
};

struct Organisations {
    qint64 root = 0;
    QHash<qint64, UnitInfo> units;
    QVector<qint64> organs; // the root, the perangkat daerah and kecamatan, in id order
};

// Groups the units by perangkat daerah (the children of the root) and draws which of
// them are lenient or strict (about one in eight each; at least one of each when there
// are four or more).
Organisations planOrganisations(const QVector<Unit> &units, Rng &rng);
HistoryPerson historyPerson(const Draft &d, const OrgPlan &plan, Rng &rng);

// Rating hasil kerja in quarter `index` of `quarters`: the personal level, drifting up or
// down over the years with the trend, shifted by the unit's lean.
Rating drawHasil(const HistoryPerson &p, Lean lean, int index, int quarters, Rng &rng);
// Rating perilaku kerja: mostly Sesuai; Di Atas mostly with a Di Atas hasil kerja.
Rating drawPerilaku(const HistoryPerson &p, Rating hasil, Rng &rng);
// The employee's self-assessment of one rating: mostly what the pejabat penilai gives,
// often a step higher, seldom a step lower.
Rating drawSelf(Rating given, Rng &rng);
// Capaian kinerja organisasi of a quarter: mostly Baik, leaning with the unit.
OrganisationPredikat drawAchievement(Lean lean, Rng &rng);
// The year's: the most frequent of the quarters, Baik on a tie.
OrganisationPredikat yearAchievement(const QVector<OrganisationPredikat> &quarters);
// The mean of rating levels (Di Bawah 0, Sesuai 1, Di Atas 2), rounded half up: the
// roll-up policy "mean of the quarters".
Rating meanRating(int sum, int count);

} // namespace kinerja::demo
