#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace kinerja {

// The offices of an appraisal, as PermenPANRB 6/2022 names them. An account has one or
// more, each with a scope (see RoleGrant).
enum class Role {
    AdminKepegawaian,     // accounts, agency settings, schemes
    PengelolaKinerja,     // HR officer: employees, periods, imports, exports, printing
    PejabatPenilai,       // rates the appraisals where they are the rater
    AtasanPejabatPenilai, // sees their raters' appraisals, decides keberatan
    Pegawai,              // their own SKP, self-assessment, keberatan
    Pimpinan,             // read-only dashboards and recaps of their scope
};

// Stable names: the server's group roles are "kinerja_" + roleKey(), the CLI takes them.
QString roleKey(Role role);                      // "admin", "pengelola", "penilai", ...
bool roleFromKey(const QString &key, Role *out); // false for an unknown key
QList<Role> allRoles();
// The office's name in the UI language.
QString roleName(Role role);

// One role of an account. unitId 0 = the whole agency; otherwise the unit and the units
// below it. The scope of PejabatPenilai, AtasanPejabatPenilai and Pegawai follows from the
// account's employee (whom they rate, whose raters they supervise, themselves), so their
// unitId is 0.
struct RoleGrant {
    Role role = Role::Pegawai;
    qint64 unitId = 0;
    bool operator==(const RoleGrant &o) const { return role == o.role && unitId == o.unitId; }
};

// Who is working now, and what they may do. On a SQLite file the person is the
// operating-system user and may do everything (a file has no logins to enforce rights).
struct Session {
    QString login;        // server login, or the OS user of a file
    bool osUser = false;  // true on a SQLite file
    qint64 accountId = 0; // 0 on a file, or a server login with no account (e.g. the owner)
    qint64 employeeId = 0;
    bool superuser = false; // the database owner / a superuser: everything
    QList<RoleGrant> roles;

    bool has(Role role) const;
    // Everything is allowed on a file and to the owner; otherwise by role. The server
    // enforces the same rights itself: these only decide what the UI offers.
    bool mayManageAccounts() const; // admin kepegawaian, on a server only (a file has none)
    bool mayEditEmployees() const;  // pengelola
    bool mayManagePeriods() const;  // pengelola
    bool mayEditSchemes() const;    // admin kepegawaian
    bool mayImportExport() const;   // pengelola
    bool mayRate() const;           // penilai (their staff) or pengelola
    bool mayReadAuditTrail() const; // admin kepegawaian
    bool mayEditAgency() const;     // admin kepegawaian
};

} // namespace kinerja
