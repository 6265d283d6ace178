// Academic titles (gelar) that fit a person's jabatan, education and age.
#include "people.h"

#include "professions.h"
#include "rng.h"

namespace kinerja::demo {

namespace {

// One of the '|'-separated alternatives; empty when there are none.
QString pickAlternative(Rng &rng, const char *alternatives)
{
    const QStringList options =
        QString::fromLatin1(alternatives).split(QLatin1Char('|'), Qt::SkipEmptyParts);
    if (options.isEmpty())
        return {};
    return options.at(static_cast<qsizetype>(rng.below(static_cast<quint64>(options.size()))));
}

QString joined(const QString &a, const QString &b, QLatin1String separator)
{
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    return a + separator + b;
}

struct DomainGelar {
    const char *bachelor;
    const char *master;
};

DomainGelar domainGelar(Domain d)
{
    switch (d) {
    case Domain::Education:
        return {"S.Pd.", "M.Pd.|M.Pd.|M.Si."};
    case Domain::Health:
        return {"S.K.M.|S.Kep.|S.Farm.|S.Gz.", "M.Kes.|M.K.M."};
    case Domain::Medicine:
        return {"", "M.Kes.|M.K.M.|Sp.PD.|Sp.OG.|Sp.A."};
    case Domain::Engineering:
        return {"S.T.", "M.T.|M.Si."};
    case Domain::Agriculture:
        return {"S.P.|S.Pt.", "M.Si.|M.P."};
    case Domain::Law:
        return {"S.H.", "M.H."};
    case Domain::Finance:
        return {"S.E.|S.Ak.", "M.Ak.|M.M.|M.Si."};
    case Domain::It:
        return {"S.Kom.|S.T.", "M.Kom.|M.T."};
    case Domain::Social:
        return {"S.Sos.", "M.Si."};
    case Domain::Government:
        break;
    }
    return {"S.Sos.|S.IP.|S.STP.|S.E.|S.H.|S.AP.", "M.Si.|M.M.|M.AP."};
}

} // namespace

void PersonFactory::assignGelar(const PersonRequest &r, Person &p)
{
    QString depan;
    QString belakang;
    const Profession *prof =
        r.profession >= 0 ? &professions().at(static_cast<size_t>(r.profession)) : nullptr;

    switch (r.track) {
    case Track::Jpt:
    case Track::Administrator:
    case Track::Pengawas: {
        const int masterPermille =
            r.track == Track::Jpt ? 850 : (r.track == Track::Administrator ? 500 : 250);
        Domain domain = r.domain;
        if (domain == Domain::Health && m_rng.chance(400))
            domain = Domain::Medicine;
        const DomainGelar g = domainGelar(domain);
        QString bachelor = pickAlternative(m_rng, g.bachelor);
        if (domain == Domain::Medicine) {
            depan = QStringLiteral("dr.");
        } else if ((domain == Domain::Engineering || domain == Domain::Agriculture) &&
                   m_reference.year() - p.birth.year() >= 54 && m_rng.chance(400)) {
            depan = QStringLiteral("Ir."); // the old engineering degree
            bachelor.clear();
        }
        const bool master = m_rng.chance(domain == Domain::Medicine ? 900 : masterPermille);
        belakang = joined(bachelor, master ? pickAlternative(m_rng, g.master) : QString(),
                          QLatin1String(", "));
        if (r.track == Track::Jpt && m_rng.chance(100))
            depan = joined(QStringLiteral("Dr."), depan, QLatin1String(" "));
        break;
    }
    case Track::Keahlian: {
        int masterPermille = 50;
        if (p.employee.status == EmployeeStatus::Pppk)
            masterPermille = p.employee.grade >= 10 ? 1000 : 0; // the golongan follows the degree
        else if (p.employee.jenjang == Jenjang::AhliMuda)
            masterPermille = 200;
        else if (p.employee.jenjang == Jenjang::AhliMadya)
            masterPermille = 400;
        depan = QLatin1String(prof->ahliDepan);
        const QString master =
            m_rng.chance(masterPermille) ? pickAlternative(m_rng, prof->masterGelar) : QString();
        belakang = joined(pickAlternative(m_rng, prof->ahliGelar), master, QLatin1String(", "));
        break;
    }
    case Track::Keterampilan:
        if (m_rng.chance(900))
            belakang = pickAlternative(m_rng, prof->terampilGelar);
        break;
    case Track::Pelaksana: {
        // Education at hiring, then degrees many earn while in service.
        int level = 0; // 0 SMA, 1 D3, 2 S1
        if (p.employee.status == EmployeeStatus::Pppk)
            level = p.employee.grade >= 7 ? 1 : 0;
        else
            level = p.entryGrade >= 31 ? 2 : (p.entryGrade >= 23 ? 1 : 0);
        const QString name = QLatin1String(prof->name);
        const bool pppk = p.employee.status == EmployeeStatus::Pppk;
        if (name == QLatin1String("Pengemudi") || name == QLatin1String("Petugas Keamanan")) {
            level = -1;
        } else if (!pppk) { // a PPPK's golongan follows the degree held at hiring
            if (level == 0 && m_rng.chance(400))
                level = m_rng.chance(250) ? 1 : 2;
            else if (level == 1 && m_rng.chance(300))
                level = 2;
        }
        const char *d3 = *prof->terampilGelar ? prof->terampilGelar : "A.Md.|A.Md.|A.Md.Kom.";
        const char *s1 =
            *prof->ahliGelar ? prof->ahliGelar : "S.E.|S.Sos.|S.AP.|S.IP.|S.H.|S.Kom.|S.Ak.|S.M.";
        if (level == 1)
            belakang = pickAlternative(m_rng, d3);
        else if (level == 2)
            belakang = pickAlternative(m_rng, s1);
        if (level == 2 && !pppk && m_rng.chance(100))
            belakang =
                joined(belakang, pickAlternative(m_rng, "M.M.|M.Si.|M.AP."), QLatin1String(", "));
        break;
    }
    }

    // Haji / Hajjah, written as a gelar depan, among older Muslims.
    const int age = m_reference.year() - p.birth.year();
    if (p.muslimName && age >= 45 && m_rng.chance(120)) {
        depan =
            joined(depan, p.gender == Gender::Female ? QStringLiteral("Hj.") : QStringLiteral("H."),
                   QLatin1String(" "));
    }
    p.employee.gelarDepan = depan;
    p.employee.gelarBelakang = belakang;
}

} // namespace kinerja::demo
