#pragma once

#include "domain/employee.h"
#include "domain/nip.h"
#include "orgplan.h"

#include <QDate>
#include <QHash>
#include <QString>

namespace kinerja::demo {

class Rng;
struct District;

// Career track, which fixes the jenis jabatan and the grade ladder.
enum class Track { Jpt, Administrator, Pengawas, Pelaksana, Keahlian, Keterampilan };

struct PersonRequest {
    Track track = Track::Pelaksana;
    EmployeeStatus status = EmployeeStatus::Pns;
    Jenjang jenjang = Jenjang::None; // fungsional and JPT
    int profession = -1;             // index into professions(); -1 for structural heads
    QString jabatan;                 // structural heads: the title of the post
    Domain domain = Domain::Government;
    int gradeLo = 0; // structural heads: PNS grade range (Grade codes)
    int gradeHi = 0;
    int femalePermille = 480;
    bool retired = false; // reached the retirement age (BUP 58): born 1966-1967
};

struct Person {
    Employee employee; // unit and atasan are left to the caller
    Track track = Track::Pelaksana;
    int profession = -1;
    Gender gender = Gender::Unknown;
    QDate birth;
    QDate start;        // TMT from the NIP
    int entryGrade = 0; // PNS / CPNS: the grade at TMT CPNS
    bool muslimName = false;
};

// Makes believable people: name and gelar, age, TMT and grade that fit each
// other, and a valid NIP unique within the run.
class PersonFactory {
public:
    PersonFactory(Rng &rng, const District &district, const QDate &reference);

    Person make(const PersonRequest &request);
    // A request for a staff member holding `profession` in a unit with `profile`.
    PersonRequest staffRequest(int profession, Profile profile, bool retired);
    // A request for the head of a unit.
    PersonRequest headRequest(const PlannedUnit &unit);

    // The position one grade step earlier (for a promotion in the riwayat);
    // false when there is none.
    static bool previousGrade(const Person &p, Employee *before);
    static QString fungsionalName(int profession, Jenjang jenjang);

private:
    void pnsDatesAndGrade(const PersonRequest &r, Person &p);
    void pppkDatesAndGrade(Person &p);
    void chooseBirth(Person &p, int tmtYear, int minAge, int maxAge, int birthMin, int birthMax,
                     bool retired = false);
    void assignGelar(const PersonRequest &r, Person &p);
    QString makeNip(Person &p, int pppkDigit);

    Rng &m_rng;
    const District &m_district;
    QDate m_reference;
    QHash<QString, int> m_serials; // first 15 NIP digits -> last serial used
};

} // namespace kinerja::demo
