// How the staff below the heads is shared out over the planned units.
#include "orgplan.h"

#include <QPair>
#include <algorithm>

namespace kinerja::demo {

namespace {

// Staff shares of the sectors, in percent of all staff below the heads.
constexpr int kSchoolSharePercent = 45;
constexpr int kHealthSharePercent = 18;
constexpr int kMaxStaffPerWeight = 4; // a puskesmas (weight 30) gets at most 120 staff

// Largest-remainder split of `total` over `weights` (ties to the lower index).
QVector<int> split(int total, const QVector<int> &weights)
{
    QVector<int> counts(weights.size(), 0);
    qint64 sum = 0;
    for (const int w : weights)
        sum += w;
    if (sum <= 0 || total <= 0)
        return counts;
    QVector<QPair<qint64, int>> remainders;
    int given = 0;
    for (int i = 0; i < weights.size(); ++i) {
        const qint64 share = qint64(total) * weights.at(i);
        counts[i] = static_cast<int>(share / sum);
        given += counts.at(i);
        remainders.append({share % sum, i});
    }
    std::sort(remainders.begin(), remainders.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    for (int i = 0; given < total; ++i, ++given)
        ++counts[remainders.at(i % remainders.size()).second];
    return counts;
}

} // namespace

void distributeStaff(OrgPlan &plan, int educationUnit, int healthUnit)
{
    const int staff = std::max(0, plan.staffTotal);
    int school = staff * kSchoolSharePercent / 100;
    int health = staff * kHealthSharePercent / 100;
    // A district has only so many puskesmas: past about 120 staff per puskesmas
    // the extra health share goes to the schools.
    qint64 healthWeight = 0;
    bool hasSchools = false;
    for (const PlannedUnit &u : std::as_const(plan.units)) {
        if (u.sector == Sector::Health)
            healthWeight += u.weight;
        hasSchools = hasSchools || u.sector == Sector::School;
    }
    const qint64 healthCapacity = healthWeight * kMaxStaffPerWeight;
    if (healthWeight > 0 && hasSchools && health > healthCapacity) {
        school += health - static_cast<int>(healthCapacity);
        health = static_cast<int>(healthCapacity);
    }
    const struct {
        Sector sector;
        int total;
        int fallbackUnit; // -1: the root
        Profile fallbackProfile;
    } sectors[] = {
        {Sector::School, school, educationUnit, Profile::School},
        {Sector::Health, health, healthUnit, Profile::Puskesmas},
        {Sector::Office, staff - school - health, 0, Profile::GeneralOffice},
    };
    for (const auto &s : sectors) {
        QVector<int> members;
        QVector<int> weights;
        for (int i = 0; i < plan.units.size(); ++i) {
            if (plan.units.at(i).sector == s.sector && plan.units.at(i).weight > 0) {
                members.append(i);
                weights.append(plan.units.at(i).weight);
            }
        }
        if (members.isEmpty()) {
            // No unit of this sector at this size: its staff work at the office
            // that runs the sector (or at the root).
            const int fallback = std::max(0, s.fallbackUnit);
            if (s.total > 0)
                plan.units[fallback].staff.append({s.fallbackProfile, s.total});
            continue;
        }
        const QVector<int> counts = split(s.total, weights);
        for (int i = 0; i < members.size(); ++i) {
            if (counts.at(i) > 0)
                plan.units[members.at(i)].staff.append(
                    {plan.units.at(members.at(i)).profile, counts.at(i)});
        }
    }
}

} // namespace kinerja::demo
