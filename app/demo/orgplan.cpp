#include "orgplan.h"

#include "districts.h"
#include "rng.h"

#include <QSet>
#include <algorithm>
#include <cmath>

namespace kinerja::demo {

namespace {

struct Node {
    PlannedUnit unit;
    int parent = -1;
    QVector<int> children;
};

PlannedUnit unit(const QString &name, UnitKind kind, HeadRole role, const QString &headTitle,
                 Domain domain, Profile profile, Sector sector, int weight)
{
    PlannedUnit u;
    u.name = name;
    u.kind = kind;
    u.headRole = role;
    u.headTitle = headTitle;
    u.domain = domain;
    u.profile = profile;
    u.sector = sector;
    u.weight = weight;
    return u;
}

QString str(const char *s)
{
    return QLatin1String(s);
}

// Builds the catalogue of every unit the district could have, then picks a
// prefix of it in priority order that fits the size.
class Planner {
public:
    Planner(Rng &rng, const District &district) : m_rng(rng), m_district(district) {}

    OrgPlan plan(int employees, int districtIndex);

private:
    int add(int parent, PlannedUnit u);
    int addSubUnit(int parent, const SubUnitTemplate &t, Domain domain, Profile profile, int weight,
                   int childWeight);
    int addPd(const PdTemplate &t);
    int addKecamatan(int index);
    QVector<int> roundRobin(const QVector<int> &parents) const;
    QVector<int> officeOrder();
    QVector<int> healthOrder();
    void addSchools(int count);
    QString nextPlace();

    Rng &m_rng;
    const District &m_district;
    QVector<Node> m_nodes;
    int m_root = -1;
    int m_education = -1; // Dinas Pendidikan
    int m_health = -1;    // Dinas Kesehatan
    int m_place = 0;      // cursor into the district's place names
};

int Planner::add(int parent, PlannedUnit u)
{
    Node n;
    n.unit = std::move(u);
    n.parent = parent;
    m_nodes.append(n);
    const int index = static_cast<int>(m_nodes.size()) - 1;
    if (parent >= 0)
        m_nodes[parent].children.append(index);
    return index;
}

int Planner::addSubUnit(int parent, const SubUnitTemplate &t, Domain domain, Profile profile,
                        int weight, int childWeight)
{
    const QString name = str(t.name);
    const QString title = t.headTitle ? str(t.headTitle) : QStringLiteral("Kepala ") + name;
    const int node = add(parent, unit(name, UnitKind::Bidang, HeadRole::Administrator, title,
                                      domain, profile, Sector::Office, weight));
    for (const char *child : t.children) {
        const QString childName = str(child);
        add(node, unit(childName, UnitKind::Seksi, HeadRole::Pengawas,
                       QStringLiteral("Kepala ") + childName, domain, profile, Sector::Office,
                       childWeight));
    }
    return node;
}

int Planner::addPd(const PdTemplate &t)
{
    const QString name = str(t.name);
    const int pd = add(m_root, unit(name, UnitKind::PerangkatDaerah, HeadRole::Jpt,
                                    str(t.headTitle), t.domain, t.profile, Sector::Office, 2));
    if (t.hasSecretariat) {
        const QString title = QStringLiteral("Sekretaris ") + name;
        const int sek = add(pd, unit(QStringLiteral("Sekretariat ") + name, UnitKind::Bidang,
                                     HeadRole::Administrator, title, t.domain, Profile::Secretariat,
                                     Sector::Office, 2));
        for (const char *sub : secretariatSubUnits()) {
            add(sek, unit(str(sub), UnitKind::Seksi, HeadRole::Pengawas,
                          QStringLiteral("Kepala ") + str(sub), t.domain, Profile::Secretariat,
                          Sector::Office, 3));
        }
    }
    for (const SubUnitTemplate &sub : t.subUnits)
        addSubUnit(pd, sub, t.domain, t.profile, 2, 3);
    return pd;
}

QString Planner::nextPlace()
{
    const int size = static_cast<int>(m_district.places.size());
    if (m_place >= size)
        return {};
    return str(m_district.places.at(static_cast<size_t>(m_place++)));
}

int Planner::addKecamatan(int index)
{
    const QString kec = str(m_district.kecamatan.at(static_cast<size_t>(index)));
    const int node = add(m_root, unit(QStringLiteral("Kecamatan ") + kec, UnitKind::Kecamatan,
                                      HeadRole::Administrator, QStringLiteral("Camat ") + kec,
                                      Domain::Government, Profile::Kecamatan, Sector::Office, 4));
    // The capital's kecamatan has the most kelurahan; desa are led by elected
    // kepala desa, not by ASN, so they are no units here.
    const int kelurahan = index == 0 ? 5 : m_rng.range(0, 2);
    const int seksi = index == 0 ? 4 : 3;
    const std::vector<const char *> &seksiNames = kecamatanSeksi();
    int nextKel = 0;
    for (int s = 0; s < seksi; ++s) {
        const QString name = str(seksiNames.at(static_cast<size_t>(s)));
        add(node, unit(name, UnitKind::Seksi, HeadRole::Pengawas, QStringLiteral("Kepala ") + name,
                       Domain::Government, Profile::Kecamatan, Sector::Office, 2));
        // Interleave so that small plans get a kelurahan early.
        if (s < 2 && nextKel < kelurahan) {
            const QString place = nextPlace();
            if (!place.isEmpty()) {
                add(node, unit(QStringLiteral("Kelurahan ") + place, UnitKind::Kelurahan,
                               HeadRole::Pengawas, QStringLiteral("Lurah ") + place,
                               Domain::Government, Profile::Kelurahan, Sector::Office, 3));
            }
            ++nextKel;
        }
    }
    for (; nextKel < kelurahan; ++nextKel) {
        const QString place = nextPlace();
        if (place.isEmpty())
            break;
        add(node, unit(QStringLiteral("Kelurahan ") + place, UnitKind::Kelurahan,
                       HeadRole::Pengawas, QStringLiteral("Lurah ") + place, Domain::Government,
                       Profile::Kelurahan, Sector::Office, 3));
    }
    return node;
}

QVector<int> Planner::roundRobin(const QVector<int> &parents) const
{
    QVector<int> out;
    for (int depth = 0;; ++depth) {
        bool any = false;
        for (const int p : parents) {
            const QVector<int> &children = m_nodes.at(p).children;
            if (depth < children.size()) {
                out.append(children.at(depth));
                any = true;
            }
        }
        if (!any)
            return out;
    }
}

// Root, the core perangkat daerah interleaved with the first kecamatan, their
// sub-units, the other kecamatan and the extra perangkat daerah, their
// sub-units, then all seksi / subbagian.
QVector<int> Planner::officeOrder()
{
    const std::vector<PdTemplate> &core = corePerangkatDaerah();
    const int kecamatanCount = static_cast<int>(m_district.kecamatan.size());
    QVector<int> level1;
    int kec = 0;
    for (size_t i = 0; i < core.size(); ++i) {
        const int pd = addPd(core[i]);
        if (i == 0)
            m_education = pd;
        else if (i == 1)
            m_health = pd;
        level1.append(pd);
        if (i >= 3 && (i - 3) % 2 == 0 && kec < kecamatanCount)
            level1.append(addKecamatan(kec++));
    }
    const QVector<int> level2 = roundRobin(level1);

    // The other kecamatan come with the extra perangkat daerah, after the core
    // offices have their bidang: a district with 40 kecamatan still gets them.
    QVector<int> extra;
    while (kec < kecamatanCount)
        extra.append(addKecamatan(kec++));
    for (const PdTemplate &t : extraPerangkatDaerah())
        extra.append(addPd(t));
    const QVector<int> extraLevel2 = roundRobin(extra);
    const QVector<int> level3 = roundRobin(level2 + extraLevel2);

    return QVector<int>{m_root} + level1 + level2 + extra + extraLevel2 + level3;
}

// Puskesmas (one per kecamatan, the first before the RSUD), the RSUD and its
// sub-units, then second and third puskesmas named after places.
QVector<int> Planner::healthOrder()
{
    const QString hospital = QStringLiteral("Rumah Sakit Umum Daerah ") + str(m_district.hospital);
    const int rsud = add(m_root, unit(hospital, UnitKind::PerangkatDaerah, HeadRole::Jpt,
                                      QStringLiteral("Direktur ") + hospital, Domain::Medicine,
                                      Profile::Hospital, Sector::Health, 2));
    for (const SubUnitTemplate &t : hospitalSubUnits())
        addSubUnit(rsud, t, Domain::Medicine, Profile::Hospital, 6, 14);
    for (const int child : m_nodes.at(rsud).children) {
        m_nodes[child].unit.sector = Sector::Health;
        for (const int grandChild : m_nodes.at(child).children)
            m_nodes[grandChild].unit.sector = Sector::Health;
    }

    QSet<QString> names;
    QVector<int> puskesmas;
    auto addPuskesmas = [&](const QString &place) {
        const QString name = QStringLiteral("UPTD Puskesmas ") + place;
        if (place.isEmpty() || names.contains(name))
            return;
        names.insert(name);
        puskesmas.append(add(m_health, unit(name, UnitKind::Bidang, HeadRole::Pengawas,
                                            QStringLiteral("Kepala ") + name, Domain::Health,
                                            Profile::Puskesmas, Sector::Health, 30)));
    };
    for (const char *kec : m_district.kecamatan)
        addPuskesmas(str(kec));
    const int firstRound = static_cast<int>(puskesmas.size());
    for (const char *place : m_district.places)
        addPuskesmas(str(place));

    QVector<int> order;
    order.append(puskesmas.first());
    order.append(rsud);
    order += puskesmas.mid(1, firstRound - 1);
    const QVector<int> rsudLevel2 = roundRobin({rsud});
    order += rsudLevel2;
    order += roundRobin(rsudLevel2);
    order += puskesmas.mid(firstRound);
    return order;
}

// Sekolah dasar and SMP numbered per kecamatan, round robin over the kecamatan:
// four rounds of SD for every round of SMP.
void Planner::addSchools(int count)
{
    const int kecamatanCount = static_cast<int>(m_district.kecamatan.size());
    QVector<int> sd(kecamatanCount, 0);
    QVector<int> smp(kecamatanCount, 0);
    int added = 0;
    for (int round = 0; added < count; ++round) {
        for (int k = 0; k < kecamatanCount && added < count; ++k) {
            const QString kec = str(m_district.kecamatan.at(static_cast<size_t>(k)));
            const bool isSmp = round % 5 == 1;
            int &number = isSmp ? smp[k] : sd[k];
            ++number;
            const QString name =
                (isSmp ? QStringLiteral("UPTD SMP Negeri ") : QStringLiteral("UPTD SD Negeri ")) +
                QString::number(number) + QLatin1Char(' ') + kec;
            add(m_education, unit(name, UnitKind::Bidang, HeadRole::KepalaSekolah,
                                  QStringLiteral("Kepala ") + name, Domain::Education,
                                  Profile::School, Sector::School, isSmp ? 16 : 10));
            ++added;
        }
    }
}

OrgPlan Planner::plan(int employees, int districtIndex)
{
    const int n = std::max(1, employees);
    const int target = std::clamp(static_cast<int>(std::lround(n / 18.0)), 1, n);

    m_root =
        add(-1, unit(QStringLiteral("Pemerintah Kabupaten ") + str(m_district.name),
                     UnitKind::Pemerintah, HeadRole::Sekda, QStringLiteral("Sekretaris Daerah"),
                     Domain::Government, Profile::GeneralOffice, Sector::Office, 0));
    const QVector<int> office = officeOrder();
    const int officeCount =
        std::min(static_cast<int>(office.size()),
                 std::max(std::min(target, 3), static_cast<int>(std::lround(target * 0.35))));
    QSet<int> selected(office.cbegin(), office.cbegin() + officeCount);

    if (selected.contains(m_health)) {
        const QVector<int> health = healthOrder();
        const int healthCount =
            std::min(static_cast<int>(health.size()), static_cast<int>(std::lround(target * 0.07)));
        for (int i = 0; i < healthCount; ++i)
            selected.insert(health.at(i));
    }
    if (selected.contains(m_education)) {
        const int schools = target - static_cast<int>(selected.size());
        const int firstSchool = static_cast<int>(m_nodes.size());
        addSchools(std::max(0, schools));
        for (int i = firstSchool; i < m_nodes.size(); ++i)
            selected.insert(i);
    }

    // Parents before children: breadth-first over the selected nodes.
    OrgPlan plan;
    plan.district = districtIndex;
    plan.governmentName = m_nodes.at(m_root).unit.name;
    QVector<int> nodeToUnit(m_nodes.size(), -1);
    QVector<int> queue{m_root};
    for (int i = 0; i < queue.size(); ++i) {
        const int node = queue.at(i);
        PlannedUnit u = m_nodes.at(node).unit;
        const int parent = m_nodes.at(node).parent;
        u.parent = parent >= 0 ? nodeToUnit.at(parent) : -1;
        nodeToUnit[node] = static_cast<int>(plan.units.size());
        plan.units.append(u);
        for (const int child : m_nodes.at(node).children) {
            if (selected.contains(child))
                queue.append(child);
        }
    }
    plan.staffTotal = n - static_cast<int>(plan.units.size());
    const int education = m_education >= 0 ? nodeToUnit.at(m_education) : -1;
    const int health = m_health >= 0 ? nodeToUnit.at(m_health) : -1;
    distributeStaff(plan, education, health);
    return plan;
}

} // namespace

OrgPlan planOrganisation(Rng &rng, int employees)
{
    const std::vector<District> &all = districts();
    const int districtIndex = static_cast<int>(rng.below(all.size()));
    Planner planner(rng, all.at(static_cast<size_t>(districtIndex)));
    OrgPlan plan = planner.plan(employees, districtIndex);
    return plan;
}

} // namespace kinerja::demo
