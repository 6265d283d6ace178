// Who holds which post: status (PNS / CPNS / PPPK), career track, jenjang and
// the share of women, per jabatan.
#include "people.h"

#include "professions.h"
#include "rng.h"

#include <cstring>

namespace kinerja::demo {

namespace {

// Share of women (per mille) in a profession; 480 when not listed.
int femalePermille(const char *profession)
{
    static const struct {
        const char *name;
        int permille;
    } shares[] = {
        {"Bidan", 1000},
        {"Perawat", 700},
        {"Guru", 650},
        {"Nutrisionis", 750},
        {"Apoteker", 650},
        {"Asisten Apoteker", 700},
        {"Dokter", 550},
        {"Dokter Gigi", 650},
        {"Perekam Medis", 600},
        {"Pustakawan", 600},
        {"Pranata Laboratorium Kesehatan", 650},
        {"Polisi Pamong Praja", 200},
        {"Pemadam Kebakaran", 30},
        {"Pengemudi", 0},
        {"Petugas Keamanan", 30},
        {"Teknik Jalan dan Jembatan", 150},
        {"Teknik Pengairan", 150},
        {"Penyuluh Pertanian", 300},
    };
    for (const auto &s : shares) {
        if (std::strcmp(s.name, profession) == 0)
            return s.permille;
    }
    return 480;
}

Jenjang pickJenjang(Rng &rng, bool keahlian, const int weights[3])
{
    static const Jenjang ahli[] = {Jenjang::AhliPertama, Jenjang::AhliMuda, Jenjang::AhliMadya};
    static const Jenjang terampil[] = {Jenjang::Terampil, Jenjang::Mahir, Jenjang::Penyelia};
    const int i = rng.weighted(weights, 3);
    return keahlian ? ahli[i] : terampil[i];
}

} // namespace

PersonRequest PersonFactory::staffRequest(int profession, Profile profile, bool retired)
{
    const Profession &prof = professions().at(static_cast<size_t>(profession));
    const bool guru = std::strcmp(prof.name, "Guru") == 0;
    PersonRequest r;
    r.profession = profession;
    r.femalePermille = femalePermille(prof.name);
    r.retired = retired;

    // PPPK: many teachers and health workers were hired as PPPK since 2021.
    int pppkPermille = 80;
    if (guru)
        pppkPermille = 300;
    else if (!prof.isPelaksana() && (profile == Profile::Puskesmas || profile == Profile::Hospital))
        pppkPermille = 220;
    if (retired)
        r.status = EmployeeStatus::Pns; // NOLINT(bugprone-branch-clone): no draw for retirees
    else if (m_rng.chance(pppkPermille))
        r.status = EmployeeStatus::Pppk;
    else if (m_rng.chance(25))
        r.status = EmployeeStatus::Cpns;
    else
        r.status = EmployeeStatus::Pns;

    if (prof.isPelaksana()) {
        r.track = Track::Pelaksana;
        return r;
    }
    const bool keahlian = prof.ahli && (!prof.terampil || m_rng.chance(550));
    r.track = keahlian ? Track::Keahlian : Track::Keterampilan;
    if (r.status == EmployeeStatus::Pppk) {
        const bool first = m_rng.chance(850);
        if (keahlian)
            r.jenjang = first ? Jenjang::AhliPertama : Jenjang::AhliMuda;
        else
            r.jenjang = first ? Jenjang::Terampil : Jenjang::Mahir;
    } else if (r.status == EmployeeStatus::Cpns) {
        r.jenjang = keahlian ? Jenjang::AhliPertama : Jenjang::Terampil;
    } else {
        static const int guruWeights[] = {30, 35, 35};
        static const int otherWeights[] = {35, 40, 25};
        r.jenjang = pickJenjang(m_rng, keahlian, guru ? guruWeights : otherWeights);
        // Ahli Madya retire at 60; the retired in the demo reached 58.
        if (retired && r.jenjang == Jenjang::AhliMadya)
            r.jenjang = Jenjang::AhliMuda;
    }
    return r;
}

PersonRequest PersonFactory::headRequest(const PlannedUnit &unit)
{
    PersonRequest r;
    r.status = EmployeeStatus::Pns;
    r.jabatan = unit.headTitle;
    r.domain = unit.domain;
    switch (unit.headRole) {
    case HeadRole::Sekda:
        r.track = Track::Jpt;
        r.jenjang = Jenjang::JptPratama;
        r.gradeLo = 44;
        r.gradeHi = 45;
        r.femalePermille = 150;
        break;
    case HeadRole::Jpt:
        r.track = Track::Jpt;
        r.jenjang = Jenjang::JptPratama;
        r.gradeLo = 43;
        r.gradeHi = 44;
        r.femalePermille = 200;
        break;
    case HeadRole::Administrator:
        r.track = Track::Administrator;
        r.gradeLo = 34;
        r.gradeHi = 42;
        r.femalePermille = 300;
        break;
    case HeadRole::Pengawas:
        r.track = Track::Pengawas;
        r.gradeLo = 33;
        r.gradeHi = 34;
        r.femalePermille = 400;
        break;
    case HeadRole::KepalaSekolah:
        // A guru with the additional task (tugas tambahan) of heading the school.
        r.track = Track::Keahlian;
        r.profession = professionIndex("Guru");
        r.jenjang = m_rng.chance(600) ? Jenjang::AhliMadya : Jenjang::AhliMuda;
        r.jabatan.clear();
        r.femalePermille = 500;
        break;
    }
    return r;
}

} // namespace kinerja::demo
