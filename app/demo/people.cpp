#include "people.h"

#include "districts.h"
#include "grades.h"
#include "names.h"
#include "professions.h"
#include "rng.h"

#include <algorithm>

namespace kinerja::demo {

namespace {

// Birth years relative to the reference year (2026: born 1966-2001). People who
// retire at 58 (most) and are still active were born 58 or fewer years before it.
constexpr int kOldest = 60;
constexpr int kOldestShortCareer = 58;
constexpr int kYoungest = 25;
constexpr int kMaxAgeAtTmt = 35;

// Youngest age at TMT CPNS for the education the entry grade stands for.
int minAgeForEntry(int entryGrade)
{
    if (entryGrade >= 31)
        return 23; // S1
    if (entryGrade >= 23)
        return 22; // D3
    return 20;     // SMA
}

JabatanKind kindOf(Track t)
{
    switch (t) {
    case Track::Jpt:
        return JabatanKind::Jpt;
    case Track::Administrator:
        return JabatanKind::Administrator;
    case Track::Pengawas:
        return JabatanKind::Pengawas;
    case Track::Pelaksana:
        return JabatanKind::Pelaksana;
    case Track::Keahlian:
    case Track::Keterampilan:
        break;
    }
    return JabatanKind::Fungsional;
}

QString digits(int value, int width)
{
    return QStringLiteral("%1").arg(value, width, 10, QLatin1Char('0'));
}

} // namespace

PersonFactory::PersonFactory(Rng &rng, const District &district, const QDate &reference)
    : m_rng(rng), m_district(district), m_reference(reference)
{
}

QString PersonFactory::fungsionalName(int profession, Jenjang jenjang)
{
    return QLatin1String(professions().at(static_cast<size_t>(profession)).name) +
           QLatin1Char(' ') + jenjangName(jenjang);
}

Person PersonFactory::make(const PersonRequest &r)
{
    Person p;
    p.track = r.track;
    p.profession = r.profession;
    p.gender = m_rng.chance(r.femalePermille) ? Gender::Female : Gender::Male;
    const Ethnicity ethnicity =
        static_cast<Ethnicity>(m_rng.weighted(m_district.ethnicWeights.data(), kEthnicityCount));
    p.muslimName = isMuslimTradition(ethnicity);

    Employee &e = p.employee;
    e.name = makeName(m_rng, ethnicity, p.gender);
    e.status = r.status;
    e.jenjang = r.jenjang;
    e.jabatanKind = kindOf(r.track);
    if (r.status == EmployeeStatus::Pppk)
        pppkDatesAndGrade(p);
    else
        pnsDatesAndGrade(r, p);

    if (!r.jabatan.isEmpty())
        e.jabatan = r.jabatan;
    else if (e.jabatanKind == JabatanKind::Fungsional)
        e.jabatan = fungsionalName(r.profession, e.jenjang);
    else
        e.jabatan = QLatin1String(professions().at(static_cast<size_t>(r.profession)).name);

    assignGelar(r, p);
    const int pppkDigit = m_rng.chance(700) ? 1 : m_rng.range(2, 9);
    e.nip = makeNip(p, pppkDigit);
    return p;
}

void PersonFactory::pnsDatesAndGrade(const PersonRequest &r, Person &p)
{
    Employee &e = p.employee;
    // Entry grade from the education at hiring: S1 III/a, D3 II/c, SMA II/a.
    int entry = 31;
    int lo = r.gradeLo;
    int hi = r.gradeHi;
    switch (r.track) {
    case Track::Keahlian:
        gradeRangeFor(e.jenjang, &lo, &hi);
        break;
    case Track::Keterampilan:
        entry = 23;
        gradeRangeFor(e.jenjang, &lo, &hi);
        break;
    case Track::Pelaksana: {
        static const int entries[] = {21, 23, 31};
        static const int weights[] = {55, 20, 25};
        entry = entries[m_rng.weighted(weights, 3)];
        lo = 21;
        hi = 32;
        break;
    }
    case Track::Jpt:
    case Track::Administrator:
    case Track::Pengawas:
        break;
    }
    p.entryGrade = entry;

    int grade = entry;
    if (r.status != EmployeeStatus::Cpns) {
        const int from = std::max(gradeIndex(lo), gradeIndex(entry));
        grade = gradeAt(m_rng.range(from, std::max(from, gradeIndex(hi))));
    }
    e.grade = grade;
    if (e.jabatanKind == JabatanKind::Fungsional)
        e.jenjang = jenjangForGrade(r.track == Track::Keahlian, grade);

    // Years of service: about four years per kenaikan pangkat, plus time in the grade.
    const int steps = gradeIndex(grade) - gradeIndex(entry);
    int years = 0;
    for (int i = 0; i < steps; ++i)
        years += 4 + (m_rng.chance(250) ? 1 : 0) + (m_rng.chance(100) ? 1 : 0);
    years += steps == 0 ? m_rng.range(1, 4) : m_rng.range(0, 3);

    const bool longCareer =
        r.track == Track::Jpt || e.jenjang == Jenjang::AhliMadya || e.jenjang == Jenjang::AhliUtama;
    const int year = m_reference.year();
    const int birthMin = year - (r.retired || longCareer ? kOldest : kOldestShortCareer);
    // The retired reached 58 before the reference date: born 59 or 60 years before it.
    const int birthMax = r.retired ? year - kOldest + 1 : year - kYoungest;
    const int minAge = minAgeForEntry(entry);

    int tmtYear = m_reference.year() - 1 - years;
    int tmtMonth = m_rng.range(1, 12);
    if (r.status == EmployeeStatus::Cpns) {
        // Still on probation: appointed within the last year.
        tmtYear = m_reference.year() - 1;
        tmtMonth = m_rng.range(2, 10);
    }
    tmtYear = std::clamp(tmtYear, birthMin + minAge, birthMax + kMaxAgeAtTmt);
    tmtYear = std::min(tmtYear, m_reference.year() - 1);
    p.start = QDate(tmtYear, tmtMonth, 1);
    chooseBirth(p, tmtYear, minAge, kMaxAgeAtTmt, birthMin, birthMax, r.retired);
}

void PersonFactory::pppkDatesAndGrade(Person &p)
{
    Employee &e = p.employee;
    // Hired in the last five years (the large PPPK intakes began in 2021).
    static const int yearWeights[] = {3, 3, 3, 3, 2};
    const int tmtYear = m_reference.year() - 5 + m_rng.weighted(yearWeights, 5);
    p.start = QDate(tmtYear, 1, 1);

    switch (e.jenjang) {
    case Jenjang::AhliPertama:
        e.grade = m_rng.chance(900) ? 9 : 10; // S1 / S2
        break;
    case Jenjang::AhliMuda:
    case Jenjang::AhliMadya:
        e.grade = m_rng.chance(700) ? 10 : 11;
        break;
    case Jenjang::Mahir:
    case Jenjang::Penyelia:
        e.grade = 8;
        break;
    case Jenjang::Terampil:
    case Jenjang::Pemula:
        e.grade = 7; // D3
        break;
    default:
        e.grade = m_rng.chance(600) ? 5 : 7; // pelaksana: SMA or D3
        break;
    }
    // PPPK are hired up to their fifties (many were honorer for years).
    const int year = m_reference.year();
    chooseBirth(p, tmtYear, 22, 50, year - kOldestShortCareer, year - kYoungest);
}

void PersonFactory::chooseBirth(Person &p, int tmtYear, int minAge, int maxAge, int birthMin,
                                int birthMax, bool retired)
{
    const int lo = std::max(minAge, tmtYear - birthMax);
    const int hi = std::max(lo, std::min(maxAge, tmtYear - birthMin));
    const int year = tmtYear - m_rng.range(lo, hi);
    // The retired born in the last allowed year reached 58 before the reference date.
    const int lastMonth = retired && year == birthMax ? 10 : 12;
    const int month = m_rng.range(1, lastMonth);
    const int day = m_rng.range(1, QDate(year, month, 1).daysInMonth());
    p.birth = QDate(year, month, day);
}

QString PersonFactory::makeNip(Person &p, int pppkDigit)
{
    const bool pppk = p.employee.status == EmployeeStatus::Pppk;
    const QString gender = p.gender == Gender::Female ? QStringLiteral("2") : QStringLiteral("1");
    for (;;) {
        const QString birth = p.birth.toString(QStringLiteral("yyyyMMdd"));
        const QString start =
            pppk
                ? QString(digits(p.start.year(), 4) + QLatin1Char('2') + QString::number(pppkDigit))
                : QString(digits(p.start.year(), 4) + digits(p.start.month(), 2));
        const QString prefix = birth + start + gender;
        int &serial = m_serials[prefix];
        if (serial < 999) {
            ++serial;
            return prefix + digits(serial, 3);
        }
        // 999 people share birth date, TMT and gender: move the birthday a day.
        p.birth = p.birth.addDays(-1);
    }
}

bool PersonFactory::previousGrade(const Person &p, Employee *before)
{
    const Employee &e = p.employee;
    if (e.status == EmployeeStatus::Pppk || gradeIndex(e.grade) <= gradeIndex(p.entryGrade))
        return false;
    *before = e;
    before->grade = gradeAt(gradeIndex(e.grade) - 1);
    if (e.jabatanKind == JabatanKind::Fungsional) {
        before->jenjang = jenjangForGrade(p.track == Track::Keahlian, before->grade);
        before->jabatan = fungsionalName(p.profession, before->jenjang);
    }
    return true;
}

} // namespace kinerja::demo
