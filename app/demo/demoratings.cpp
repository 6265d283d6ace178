#include "demoratings.h"

#include "rng.h"

#include <algorithm>

namespace kinerja::demo {

Organisations planOrganisations(const QVector<Unit> &units, Rng &rng)
{
    Organisations o;
    QHash<qint64, qint64> parent;
    QVector<qint64> ids;
    for (const Unit &u : units) {
        parent.insert(u.id, u.parentId);
        ids << u.id;
        if (u.parentId == 0)
            o.root = u.id;
    }
    std::sort(ids.begin(), ids.end());
    for (const qint64 id : std::as_const(ids)) {
        qint64 at = id;
        while (parent.value(at) != 0 && parent.value(at) != o.root)
            at = parent.value(at);
        o.units[id].organisation = at;
        if (at == id)
            o.organs << id;
    }
    int lenient = 0, strict = 0;
    for (const qint64 id : std::as_const(o.organs)) {
        if (id == o.root)
            continue;
        const int r = static_cast<int>(rng.below(1000));
        const Lean lean = r < 120 ? Lean::Lenient : r < 240 ? Lean::Strict : Lean::Normal;
        o.units[id].lean = lean;
        lenient += lean == Lean::Lenient ? 1 : 0;
        strict += lean == Lean::Strict ? 1 : 0;
    }
    // organs.at(0) is the root; the first normal one from the front becomes lenient, from
    // the back strict.
    const auto force = [&o](Lean lean, bool fromFront) {
        const qsizetype n = o.organs.size();
        for (qsizetype k = 1; k < n; ++k) {
            UnitInfo &info = o.units[o.organs.at(fromFront ? k : n - k)];
            if (info.lean == Lean::Normal) {
                info.lean = lean;
                return;
            }
        }
    };
    if (o.organs.size() > 4 && lenient == 0)
        force(Lean::Lenient, true);
    if (o.organs.size() > 4 && strict == 0)
        force(Lean::Strict, false);
    for (const qint64 id : std::as_const(ids))
        o.units[id].lean = o.units.value(o.units.value(id).organisation).lean;
    return o;
}

HistoryPerson historyPerson(const Draft &d, const OrgPlan &plan, Rng &rng)
{
    static const int meritWeights[] = {2, 5, 14, 58, 14, 5, 2}; // -30 … +30
    const PlannedUnit &unit = plan.units.at(d.unit);
    const Track track = d.person.track;
    const bool fungsional = track == Track::Keahlian || track == Track::Keterampilan;
    HistoryPerson p;
    if (track == Track::Jpt || track == Track::Administrator || track == Track::Pengawas)
        p.role = SkpRole::Pimpinan;
    else if (fungsional && unit.sector == Sector::School)
        p.role = SkpRole::Guru;
    else if (fungsional && unit.sector == Sector::Health)
        p.role = SkpRole::Kesehatan;
    else
        p.role = fungsional ? SkpRole::Fungsional : SkpRole::Pelaksana;
    p.unitName = unit.name;
    p.atasan = d.person.employee.atasanId;
    p.merit = (rng.weighted(meritWeights, 7) - 3) * 10;
    const int t = static_cast<int>(rng.below(1000));
    p.trend = t < 150 ? 1 : t < 300 ? -1 : 0;
    p.conduct = rng.chance(30);
    p.headsOrgan = d.head && (unit.parent < 0 || plan.units.at(unit.parent).parent < 0);
    return p;
}

Rating drawHasil(const HistoryPerson &p, Lean lean, int index, int quarters, Rng &rng)
{
    const int drift = qBound(-25, (2 * index - (quarters - 1)) * 2, 25);
    const int shift = lean == Lean::Lenient ? 20 : lean == Lean::Strict ? -20 : 0;
    const int merit = p.merit + p.trend * drift + shift;
    const int below = qBound(5, 45 - 4 * merit, 700);
    const int above = qBound(10, 140 + 12 * merit, 1000 - below);
    const int r = static_cast<int>(rng.below(1000));
    if (r < below)
        return Rating::DiBawahEkspektasi;
    return r < below + above ? Rating::DiAtasEkspektasi : Rating::SesuaiEkspektasi;
}

Rating drawPerilaku(const HistoryPerson &p, Rating hasil, Rng &rng)
{
    const int below = p.conduct ? 250 : hasil == Rating::DiBawahEkspektasi ? 90 : 12;
    const int above = hasil == Rating::DiAtasEkspektasi   ? 500
                      : hasil == Rating::SesuaiEkspektasi ? 50
                                                          : 10;
    const int r = static_cast<int>(rng.below(1000));
    if (r < below)
        return Rating::DiBawahEkspektasi;
    return r < below + above ? Rating::DiAtasEkspektasi : Rating::SesuaiEkspektasi;
}

Rating drawSelf(Rating given, Rng &rng)
{
    const int level = static_cast<int>(given);
    const int r = static_cast<int>(rng.below(1000));
    const int self = r < 300 ? level + 1 : r < 360 ? level - 1 : level;
    return static_cast<Rating>(qBound(0, self, 2));
}

OrganisationPredikat drawAchievement(Lean lean, Rng &rng)
{
    static const int normal[] = {6, 86, 8};
    static const int lenient[] = {25, 72, 3};
    static const int strict[] = {2, 78, 20};
    static const OrganisationPredikat kinds[] = {OrganisationPredikat::Istimewa,
                                                 OrganisationPredikat::Baik,
                                                 OrganisationPredikat::ButuhPerbaikan};
    const int *w = lean == Lean::Lenient ? lenient : lean == Lean::Strict ? strict : normal;
    return kinds[rng.weighted(w, 3)];
}

OrganisationPredikat yearAchievement(const QVector<OrganisationPredikat> &quarters)
{
    QMap<OrganisationPredikat, int> n;
    for (const OrganisationPredikat q : quarters)
        ++n[q];
    OrganisationPredikat p = OrganisationPredikat::Baik;
    for (auto it = n.cbegin(); it != n.cend(); ++it)
        if (it.value() > n.value(p))
            p = it.key();
    return p;
}

Rating meanRating(int sum, int count)
{
    return count > 0 ? static_cast<Rating>((2 * sum + count) / (2 * count))
                     : Rating::SesuaiEkspektasi;
}

} // namespace kinerja::demo
