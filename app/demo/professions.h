#pragma once

#include <vector>

namespace kinerja::demo {

// A jabatan the demo staff can hold. A jabatan fungsional has the keahlian
// ladder (Ahli Pertama/Muda/Madya), the keterampilan ladder (Terampil/Mahir/
// Penyelia) or both; with neither it is a jabatan pelaksana. Gelar lists are
// '|'-separated alternatives (repeat one to weight it).
struct Profession {
    const char *name;
    bool ahli;
    bool terampil;
    const char *ahliDepan;     // gelar depan of the keahlian holder ("dr.", "Ns.")
    const char *ahliGelar;     // S1 gelar belakang (pelaksana: S1 holders)
    const char *masterGelar;   // S2 (or specialist) gelar belakang
    const char *terampilGelar; // D3 gelar belakang (pelaksana: D3 holders)

    bool isPelaksana() const { return !ahli && !terampil; }
};

// Staff mix of a kind of unit.
enum class Profile {
    Secretariat,
    Setda,
    Setwan,
    Inspectorate,
    Planning,
    Personnel,
    Finance,
    Revenue,
    EducationOffice,
    HealthOffice,
    PublicWorks,
    Social,
    CivilRegistry,
    Agriculture,
    Licensing,
    PublicOrder,
    Communication,
    Environment,
    Transport,
    Disaster,
    FamilyPlanning,
    Fisheries,
    Culture,
    Library,
    GeneralOffice,
    Kecamatan,
    Kelurahan,
    School,
    Puskesmas,
    Hospital,
};
constexpr int kProfileCount = 30;

struct ProfileSlot {
    int profession; // index into professions()
    int weight;
};

const std::vector<Profession> &professions();
const std::vector<ProfileSlot> &profileSlots(Profile profile);
// Index of the profession called `name`; -1 if unknown.
int professionIndex(const char *name);

} // namespace kinerja::demo
