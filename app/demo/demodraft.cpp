#include "demodraft.h"

#include "districts.h"
#include "professions.h"
#include "rng.h"

#include <vector>

namespace kinerja::demo {

namespace {

constexpr int kInactivePermille = 20; // pensiun, mutasi keluar, meninggal
constexpr int kChangePermille = 220;  // people with a second riwayat entry

QDate dateBetween(Rng &rng, const QDate &lo, const QDate &hi)
{
    const qint64 days = lo.daysTo(hi);
    return days <= 0 ? lo : lo.addDays(static_cast<qint64>(rng.below(quint64(days) + 1)));
}

class Drafter {
public:
    Drafter(DemoDraft &draft, Rng &people, Rng &history, const QDate &reference)
        : m_draft(draft), m_people(people), m_history(history), m_reference(reference),
          m_factory(people, districts().at(static_cast<size_t>(draft.plan.district)), reference),
          m_unitsByProfile(kProfileCount)
    {
        for (int u = 0; u < draft.plan.units.size(); ++u)
            m_unitsByProfile[static_cast<int>(draft.plan.units.at(u).profile)].append(u);
    }

    void addHeads();
    void addStaff();
    void decideChanges();

private:
    void makeInactive(Draft &d, EmploymentState state);
    void decideChange(Draft &d);

    DemoDraft &m_draft;
    Rng &m_people;
    Rng &m_history;
    QDate m_reference;
    PersonFactory m_factory;
    QVector<QVector<int>> m_unitsByProfile; // candidate units for a mutasi
};

void Drafter::addHeads()
{
    const QVector<PlannedUnit> &units = m_draft.plan.units;
    for (int u = 0; u < units.size(); ++u) {
        Draft d;
        d.person = m_factory.make(m_factory.headRequest(units.at(u)));
        d.unit = u;
        d.head = true;
        m_draft.people.append(d);
    }
}

void Drafter::addStaff()
{
    static const EmploymentState states[] = {
        EmploymentState::Pensiun, EmploymentState::MutasiKeluar, EmploymentState::Meninggal};
    static const int stateWeights[] = {50, 30, 20};
    const QVector<PlannedUnit> &units = m_draft.plan.units;
    for (int u = 0; u < units.size(); ++u) {
        for (const StaffShare &share : units.at(u).staff) {
            const std::vector<ProfileSlot> &slotList = profileSlots(share.profile);
            std::vector<int> weights;
            weights.reserve(slotList.size());
            for (const ProfileSlot &s : slotList)
                weights.push_back(s.weight);
            for (int i = 0; i < share.count; ++i) {
                const int slot =
                    m_people.weighted(weights.data(), static_cast<int>(weights.size()));
                EmploymentState state = EmploymentState::Aktif;
                if (m_people.chance(kInactivePermille))
                    state = states[m_people.weighted(stateWeights, 3)];
                const PersonRequest request =
                    m_factory.staffRequest(slotList.at(static_cast<size_t>(slot)).profession,
                                           share.profile, state == EmploymentState::Pensiun);
                Draft d;
                d.person = m_factory.make(request);
                d.unit = u;
                if (state != EmploymentState::Aktif)
                    makeInactive(d, state);
                m_draft.people.append(d);
            }
        }
    }
}

void Drafter::makeInactive(Draft &d, EmploymentState state)
{
    Employee &e = d.person.employee;
    e.state = state;
    if (state == EmploymentState::Pensiun) {
        // Batas usia pensiun 58: the first of the month after the birthday.
        const QDate birth = d.person.birth;
        e.stateDate = QDate(birth.year() + 58, birth.month(), 1).addMonths(1);
    } else {
        const QDate lo = std::max(d.person.start.addMonths(1), m_reference.addYears(-3));
        e.stateDate = dateBetween(m_people, lo, m_reference.addDays(-1));
    }
}

void Drafter::decideChanges()
{
    for (Draft &d : m_draft.people) {
        if (d.person.employee.isActive() && m_history.chance(kChangePermille))
            decideChange(d);
        if (d.change != Change::None)
            ++m_draft.changes;
    }
}

void Drafter::decideChange(Draft &d)
{
    const Person &p = d.person;
    const Employee &e = p.employee;
    const QVector<PlannedUnit> &units = m_draft.plan.units;

    // Which changes fit this person's career so far.
    const QDate appointed = p.start.addMonths(12);
    const bool canAppoint = e.status == EmployeeStatus::Pns && e.grade == p.entryGrade &&
                            appointed.addMonths(6) < m_reference;
    Employee before;
    const int promoFirst = std::max(p.start.year() + 1, m_reference.year() - 4);
    const bool canPromote =
        PersonFactory::previousGrade(p, &before) && promoFirst <= m_reference.year() - 1;
    const QVector<int> &sameKind = m_unitsByProfile.at(static_cast<int>(units.at(d.unit).profile));
    const QDate transferFirst = std::max(p.start.addYears(1), m_reference.addYears(-6));
    const QDate transferLast = m_reference.addMonths(-1);
    const bool canTransfer = !d.head && sameKind.size() >= 2 && transferFirst <= transferLast;

    const int weights[] = {canAppoint ? 5 : 0, canPromote ? 5 : 0, canTransfer ? 4 : 0};
    if (weights[0] + weights[1] + weights[2] == 0)
        return;
    switch (m_history.weighted(weights, 3)) {
    case 0:
        d.change = Change::Appointment;
        d.initial = e;
        d.initial.status = EmployeeStatus::Cpns;
        d.initialUnit = d.unit;
        d.effective = appointed.addMonths(m_history.range(0, 5));
        d.note = QStringLiteral("Pengangkatan CPNS menjadi PNS");
        break;
    case 1:
        d.change = Change::Promotion;
        d.initial = before;
        d.initialUnit = d.unit;
        d.effective = QDate(m_history.range(promoFirst, m_reference.year() - 1),
                            m_history.chance(500) ? 4 : 10, 1);
        d.note = QStringLiteral("Kenaikan pangkat");
        break;
    default: {
        // Another unit of the same kind: skip over the person's own unit.
        const auto k = static_cast<qsizetype>(m_history.below(quint64(sameKind.size() - 1)));
        const int from = sameKind.at(sameKind.at(k) >= d.unit ? k + 1 : k);
        d.change = Change::Transfer;
        d.initial = e;
        d.initialUnit = from;
        d.effective = dateBetween(m_history, transferFirst, transferLast);
        d.note = QStringLiteral("Mutasi dari ") + units.at(from).name;
        break;
    }
    }
}

} // namespace

DemoDraft draftDemo(quint64 seed, int employees, const QDate &reference)
{
    Rng root(seed);
    Rng planRng = root.fork(1);
    Rng peopleRng = root.fork(2);
    Rng historyRng = root.fork(3);

    DemoDraft draft;
    draft.plan = planOrganisation(planRng, employees);
    draft.people.reserve(employees);
    Drafter drafter(draft, peopleRng, historyRng, reference);
    drafter.addHeads();
    drafter.addStaff();
    drafter.decideChanges();
    return draft;
}

} // namespace kinerja::demo
