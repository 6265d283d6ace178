#include "role.h"

namespace kinerja {

namespace {

struct RoleText {
    Role role;
    const char *key;
    const char *name;
};

// The names in the UI language are the offices' own, so English source text is used only
// where no Indonesian term exists.
constexpr RoleText kRoles[] = {
    {Role::AdminKepegawaian, "admin",
     QT_TRANSLATE_NOOP("kinerja::Role", "Personnel administrator")},
    {Role::PengelolaKinerja, "pengelola",
     QT_TRANSLATE_NOOP("kinerja::Role", "Performance manager")},
    {Role::PejabatPenilai, "penilai", QT_TRANSLATE_NOOP("kinerja::Role", "Appraising official")},
    {Role::AtasanPejabatPenilai, "atasan",
     QT_TRANSLATE_NOOP("kinerja::Role", "Superior of the appraising official")},
    {Role::Pegawai, "pegawai", QT_TRANSLATE_NOOP("kinerja::Role", "Employee")},
    {Role::Pimpinan, "pimpinan", QT_TRANSLATE_NOOP("kinerja::Role", "Leadership (read only)")},
};

const RoleText &textOf(Role role)
{
    for (const RoleText &t : kRoles)
        if (t.role == role)
            return t;
    return kRoles[0];
}

} // namespace

QString roleKey(Role role)
{
    return QString::fromLatin1(textOf(role).key);
}

bool roleFromKey(const QString &key, Role *out)
{
    for (const RoleText &t : kRoles) {
        if (key.compare(QLatin1String(t.key), Qt::CaseInsensitive) == 0) {
            *out = t.role;
            return true;
        }
    }
    return false;
}

QList<Role> allRoles()
{
    QList<Role> roles;
    for (const RoleText &t : kRoles)
        roles.append(t.role);
    return roles;
}

QString roleName(Role role)
{
    return QCoreApplication::translate("kinerja::Role", textOf(role).name);
}

bool Session::has(Role role) const
{
    for (const RoleGrant &g : roles)
        if (g.role == role)
            return true;
    return false;
}

bool Session::mayManageAccounts() const
{
    return !osUser && (superuser || has(Role::AdminKepegawaian));
}

bool Session::mayEditEmployees() const
{
    return osUser || superuser || has(Role::PengelolaKinerja);
}

bool Session::mayManagePeriods() const
{
    return osUser || superuser || has(Role::PengelolaKinerja);
}

bool Session::mayEditSchemes() const
{
    return osUser || superuser || has(Role::AdminKepegawaian);
}

bool Session::mayImportExport() const
{
    return osUser || superuser || has(Role::PengelolaKinerja);
}

bool Session::mayRate() const
{
    return osUser || superuser || has(Role::PejabatPenilai) || has(Role::PengelolaKinerja);
}

bool Session::mayReadAuditTrail() const
{
    return osUser || superuser || has(Role::AdminKepegawaian);
}

bool Session::mayEditAgency() const
{
    return osUser || superuser || has(Role::AdminKepegawaian);
}

} // namespace kinerja
