#pragma once

#include "domain/unit.h"
#include "professions.h"

#include <QString>
#include <QVector>
#include <vector>

namespace kinerja::demo {

class Rng;

// What kind of jabatan heads a unit.
enum class HeadRole {
    Sekda,         // root: Sekretaris Daerah, JPT Pratama
    Jpt,           // kepala dinas / badan, inspektur, direktur RSUD: JPT Pratama
    Administrator, // sekretaris, kepala bidang / bagian, camat
    Pengawas,      // kepala seksi / subbagian / subbidang, lurah, kepala UPTD puskesmas
    KepalaSekolah, // a guru with the additional task of heading a school
};

// Field of study that fits a head's gelar.
enum class Domain {
    Government,
    Education,
    Health,
    Medicine,
    Engineering,
    Agriculture,
    Law,
    Finance,
    It,
    Social
};

// The three groups of units the staff is shared between.
enum class Sector { Office, Health, School };

struct StaffShare {
    Profile profile;
    int count = 0;
};

struct PlannedUnit {
    QString name;
    UnitKind kind = UnitKind::PerangkatDaerah;
    int parent = -1; // index into OrgPlan::units; -1 for the root
    HeadRole headRole = HeadRole::Pengawas;
    QString headTitle; // jabatan of the head ("Kepala Seksi Kurikulum dan Penilaian SD")
    Domain domain = Domain::Government;
    Profile profile = Profile::GeneralOffice;
    Sector sector = Sector::Office;
    int weight = 0;            // relative staff size within the sector
    QVector<StaffShare> staff; // filled by the planner
};

struct OrgPlan {
    int district = 0; // index into districts()
    QString governmentName;
    QVector<PlannedUnit> units; // parents before children
    int staffTotal = 0;         // employees besides the unit heads
};

// The unit tree for `employees` people (about one unit per 18 employees) and
// how many staff (besides the heads) each unit gets.
OrgPlan planOrganisation(Rng &rng, int employees);

// Shares plan.staffTotal out over the units by sector and weight (orgstaff.cpp).
// `educationUnit` / `healthUnit` (Dinas Pendidikan / Kesehatan, -1 if absent)
// take the staff of a sector that has no units of its own at this size.
void distributeStaff(OrgPlan &plan, int educationUnit, int healthUnit);

// ---- catalogue of perangkat daerah (orgcatalogue.cpp) ----

struct SubUnitTemplate {
    const char *name;
    const char *headTitle; // nullptr: "Kepala " + name
    std::vector<const char *> children;
};

struct PdTemplate {
    const char *name;
    const char *headTitle;
    Domain domain;
    Profile profile;
    bool hasSecretariat; // a Sekretariat with three subbagian
    std::vector<SubUnitTemplate> subUnits;
};

// In priority order: when the district is small, the first ones are created.
const std::vector<PdTemplate> &corePerangkatDaerah();
// Added once the core is complete (large districts).
const std::vector<PdTemplate> &extraPerangkatDaerah();
// The three subbagian of every Sekretariat.
const std::vector<const char *> &secretariatSubUnits();
const std::vector<const char *> &kecamatanSeksi();
// The RSUD's bagian / bidang and their seksi.
const std::vector<SubUnitTemplate> &hospitalSubUnits();

} // namespace kinerja::demo
