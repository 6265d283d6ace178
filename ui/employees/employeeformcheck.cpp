#include "employeeformcheck.h"

namespace kinerja::ui {

namespace {

// Makes `field` of `e` valid; false when the field is not known.
bool patch(Employee &e, const QString &field)
{
    if (field == QLatin1String("nip")) {
        // Valid sample numbers of each kind (PNS: TMT Jan 2015; PPPK: 2021).
        e.nip = e.status == EmployeeStatus::Pppk ? QStringLiteral("199001012021211001")
                                                 : QStringLiteral("199001012015011001");
    } else if (field == QLatin1String("name")) {
        e.name = QStringLiteral("Nama");
    } else if (field == QLatin1String("grade")) {
        const QVector<int> codes =
            e.status == EmployeeStatus::Pppk ? Grade::pppkCodes() : Grade::pnsCodes();
        e.grade = codes.value(0);
    } else if (field == QLatin1String("jabatan")) {
        e.jabatan = QStringLiteral("Jabatan");
    } else if (field == QLatin1String("jenjang")) {
        e.jenjang = EmployeeRules::jenjangsFor(e.jabatanKind).value(0, Jenjang::None);
    } else if (field == QLatin1String("unit")) {
        e.unitId = 1;
    } else if (field == QLatin1String("stateDate")) {
        e.state = EmploymentState::Aktif;
    } else {
        return false;
    }
    return true;
}

} // namespace

QHash<QString, QString> EmployeeFormCheck::fieldErrors(const Employee &e)
{
    QHash<QString, QString> errors;
    Employee probe = e;
    for (int round = 0; round < 12; ++round) {
        const Status s = EmployeeRules::validate(probe);
        if (s)
            break;
        const QString field = s.field().isEmpty() ? QStringLiteral("form") : s.field();
        if (errors.contains(field))
            break;
        errors.insert(field, s.message());
        if (!patch(probe, field))
            break;
    }
    return errors;
}

} // namespace kinerja::ui
