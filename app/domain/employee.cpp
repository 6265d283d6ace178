#include "employee.h"

#include "nip.h"

namespace kinerja {

namespace {

// A gelar belakang typed with its own leading comma (", S.Kom.") is tolerated.
QString cleanGelarBelakang(const QString &text)
{
    QString s = text.simplified();
    while (s.startsWith(QLatin1Char(',')))
        s = s.mid(1).trimmed();
    return s;
}

bool containsLetter(const QString &text)
{
    for (const QChar c : text) {
        if (c.isLetter())
            return true;
    }
    return false;
}

} // namespace

QString Employee::fullName() const
{
    QString result = name.simplified();
    const QString depan = gelarDepan.simplified();
    if (!depan.isEmpty())
        result = result.isEmpty() ? depan : depan + QLatin1Char(' ') + result;
    const QString belakang = cleanGelarBelakang(gelarBelakang);
    if (!belakang.isEmpty())
        result = result.isEmpty() ? belakang : result + QLatin1String(", ") + belakang;
    return result;
}

Status EmployeeRules::checkNipMatchesStatus(const QString &nip, EmployeeStatus status)
{
    const NipParseResult parsed = Nip::parse(nip);
    if (!parsed.isValid())
        return Status::error(Nip::errorMessage(parsed.error), QStringLiteral("nip"));
    const bool wantsPppk = status == EmployeeStatus::Pppk;
    const bool isPppk = parsed.info.kind == NipKind::Pppk;
    if (wantsPppk && !isPppk) {
        return Status::error(tr("A PPPK needs a Nomor Induk PPPK (digit 13 is 2), but this is a "
                                "PNS NIP."),
                             QStringLiteral("nip"));
    }
    if (!wantsPppk && isPppk) {
        return Status::error(tr("A PNS or CPNS needs a PNS NIP (digits 13–14 are the TMT month), "
                                "but this is a Nomor Induk PPPK."),
                             QStringLiteral("nip"));
    }
    return Status::ok();
}

QVector<FieldProblem> EmployeeRules::problems(const Employee &e)
{
    QVector<FieldProblem> found;
    const auto add = [&found](const char *field, const QString &message) {
        found.append({QLatin1String(field), message});
    };

    // One message for the NIP: an unreadable number is not also checked against the status.
    if (const Status s = checkNipMatchesStatus(e.nip, e.status); !s)
        add("nip", s.message());

    const QString name = e.name.trimmed();
    if (name.isEmpty())
        add("name", tr("Enter the employee's name, without academic titles."));
    else if (!containsLetter(name))
        add("name", tr("The name must contain letters."));

    if (!Grade::isValidFor(e.status, e.grade)) {
        add("grade", e.status == EmployeeStatus::Pppk
                         ? tr("Choose the PPPK golongan, from I to XVII.")
                         : tr("Choose the pangkat and golongan ruang, from I/a to IV/e."));
    }

    if (e.jabatan.trimmed().isEmpty())
        add("jabatan", tr("Enter the name of the jabatan."));

    if (!jenjangFits(e.jabatanKind, e.jenjang)) {
        const auto message = [](JabatanKind kind) {
            switch (kind) {
            case JabatanKind::Jpt:
                return tr("A JPT needs its level: JPT Utama, JPT Madya or JPT Pratama.");
            case JabatanKind::Fungsional:
                return tr("A jabatan fungsional needs its jenjang: Ahli Pertama, Ahli Muda, "
                          "Ahli Madya, Ahli Utama, Pemula, Terampil, Mahir or Penyelia.");
            case JabatanKind::Administrator:
            case JabatanKind::Pengawas:
            case JabatanKind::Pelaksana:
                return tr("A jabatan %1 has no jenjang; leave the jenjang empty.")
                    .arg(jabatanKindName(kind));
            }
            return tr("Choose the jenis jabatan.");
        };
        add("jenjang", message(e.jabatanKind));
    }

    if (e.unitId == 0)
        add("unit", tr("Choose the unit the employee works in."));

    if (!allEmploymentStates().contains(e.state)) {
        add("stateDate", tr("Choose the employment state."));
    } else if (e.state != EmploymentState::Aktif && !e.stateDate.isValid()) {
        add("stateDate",
            tr("Enter the date on which the state “%1” began.").arg(employmentStateName(e.state)));
    }
    return found;
}

Status EmployeeRules::validate(const Employee &e)
{
    const QVector<FieldProblem> found = problems(e);
    if (found.isEmpty())
        return Status::ok();
    return Status::error(found.first().message, found.first().field);
}

bool EmployeeRules::jenjangFits(JabatanKind kind, Jenjang jenjang)
{
    return jenjangsFor(kind).contains(jenjang);
}

QVector<Jenjang> EmployeeRules::jenjangsFor(JabatanKind kind)
{
    switch (kind) {
    case JabatanKind::Jpt:
        return {Jenjang::JptUtama, Jenjang::JptMadya, Jenjang::JptPratama};
    case JabatanKind::Fungsional:
        return {Jenjang::AhliPertama, Jenjang::AhliMuda, Jenjang::AhliMadya, Jenjang::AhliUtama,
                Jenjang::Pemula,      Jenjang::Terampil, Jenjang::Mahir,     Jenjang::Penyelia};
    case JabatanKind::Administrator:
    case JabatanKind::Pengawas:
    case JabatanKind::Pelaksana:
        return {Jenjang::None};
    }
    return {};
}

QString jabatanKindName(JabatanKind kind)
{
    // Indonesian proper terms (UU 5/2014): not translated.
    switch (kind) {
    case JabatanKind::Jpt:
        return QStringLiteral("JPT");
    case JabatanKind::Administrator:
        return QStringLiteral("Administrator");
    case JabatanKind::Pengawas:
        return QStringLiteral("Pengawas");
    case JabatanKind::Pelaksana:
        return QStringLiteral("Pelaksana");
    case JabatanKind::Fungsional:
        return QStringLiteral("Fungsional");
    }
    return {};
}

QString jenjangName(Jenjang jenjang)
{
    // Indonesian proper terms: not translated. Jenjang::None has no name.
    switch (jenjang) {
    case Jenjang::None:
        return {};
    case Jenjang::JptUtama:
        return QStringLiteral("JPT Utama");
    case Jenjang::JptMadya:
        return QStringLiteral("JPT Madya");
    case Jenjang::JptPratama:
        return QStringLiteral("JPT Pratama");
    case Jenjang::AhliPertama:
        return QStringLiteral("Ahli Pertama");
    case Jenjang::AhliMuda:
        return QStringLiteral("Ahli Muda");
    case Jenjang::AhliMadya:
        return QStringLiteral("Ahli Madya");
    case Jenjang::AhliUtama:
        return QStringLiteral("Ahli Utama");
    case Jenjang::Pemula:
        return QStringLiteral("Pemula");
    case Jenjang::Terampil:
        return QStringLiteral("Terampil");
    case Jenjang::Mahir:
        return QStringLiteral("Mahir");
    case Jenjang::Penyelia:
        return QStringLiteral("Penyelia");
    }
    return {};
}

QString employmentStateName(EmploymentState state)
{
    switch (state) {
    case EmploymentState::Aktif:
        return QCoreApplication::translate("kinerja::Employee", "Active");
    case EmploymentState::Pensiun:
        return QCoreApplication::translate("kinerja::Employee", "Retired (pensiun)");
    case EmploymentState::MutasiKeluar:
        return QCoreApplication::translate("kinerja::Employee", "Transferred out (mutasi keluar)");
    case EmploymentState::Meninggal:
        return QCoreApplication::translate("kinerja::Employee", "Deceased (meninggal)");
    }
    return {};
}

QVector<JabatanKind> allJabatanKinds()
{
    return {JabatanKind::Jpt, JabatanKind::Administrator, JabatanKind::Pengawas,
            JabatanKind::Pelaksana, JabatanKind::Fungsional};
}

QVector<EmploymentState> allEmploymentStates()
{
    return {EmploymentState::Aktif, EmploymentState::Pensiun, EmploymentState::MutasiKeluar,
            EmploymentState::Meninggal};
}

} // namespace kinerja
