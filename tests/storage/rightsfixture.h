#pragma once

#include "storage/accounts.h"
#include "support/check.h"
#include "support/serverlogin.h"
#include "support/tempdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

// A small agency on a server test database, with one account per role:
//   units: 1 Pemda (root), 2 Dinas A, 3 Dinas B, 4 Bidang A1 (below Dinas A)
//   employees: 1 kepala A (unit 2), 2 kabid (unit 2, atasan 1), 3 staf (unit 4, atasan 2),
//              8 staf (unit 4, atasan 2), 4 staf B (unit 3, atasan 7), 7 kepala B (unit 3)
//   period 1 (open), appraisals: 3 of employee 3 (unit 4, rater 2, atasan 1, Diajukan),
//              8 of employee 8 (unit 4, rater 2, atasan 1, Final),
//              2 of employee 2 (unit 2, rater 1, Final), 4 of employee 4 (unit 3, rater 7)
//   accounts: adm (admin), peng (pengelola of Dinas A), pengall (pengelola of the agency),
//              pen (penilai, employee 2), ata (atasan, employee 1), peg (pegawai,
//              employee 3), pim (pimpinan of Dinas B); every password "pw-" + login.
// Logins are cluster-wide: each fixture's carry a suffix of their own (login("peng")) and
// are dropped with it.
class RightsFixture {
public:
    RightsFixture()
        : m_suffix(QStringLiteral("_") + QUuid::createUuid().toString(QUuid::Id128).left(8))
    {
        kinerja::Database &db = temp.open();
        exec(db, "INSERT INTO unit (id, parent_id, name, kind) VALUES (1, NULL, 'Pemda', 0), "
                 "(2, 1, 'Dinas A', 1), (3, 1, 'Dinas B', 1), (4, 2, 'Bidang A1', 2)");
        employee(db, 1, 2, 0);
        employee(db, 2, 2, 1);
        employee(db, 3, 4, 2);
        employee(db, 8, 4, 2);
        employee(db, 7, 3, 0);
        employee(db, 4, 3, 7);
        exec(db, "INSERT INTO period (id, code, kind, start_date, end_date, scheme_version_id, "
                 "created_at) VALUES (1, '2026-Q1', 1, '2026-01-01', '2026-03-31', 1, 'x')");
        appraisal(db, 3, 4, 2, 1, 1);
        appraisal(db, 8, 4, 2, 1, 3);
        appraisal(db, 2, 2, 1, 0, 3);
        appraisal(db, 4, 3, 7, 0, 1);
        using kinerja::Role;
        account(db, QStringLiteral("adm"), 0, {{Role::AdminKepegawaian, 0}});
        account(db, QStringLiteral("peng"), 0, {{Role::PengelolaKinerja, 2}});
        account(db, QStringLiteral("pengall"), 0, {{Role::PengelolaKinerja, 0}});
        account(db, QStringLiteral("pen"), 2, {{Role::PejabatPenilai, 0}});
        account(db, QStringLiteral("ata"), 1, {{Role::AtasanPejabatPenilai, 0}});
        account(db, QStringLiteral("peg"), 3, {{Role::Pegawai, 0}});
        account(db, QStringLiteral("pim"), 0, {{Role::Pimpinan, 3}});
    }

    ~RightsFixture()
    {
        temp.remove();
        for (const QString &base : logins())
            TempDatabase::admin(QStringLiteral("DROP ROLE IF EXISTS %1").arg(login(base)));
    }

    QString login(const QString &base) const { return base + m_suffix; }

    static QStringList logins()
    {
        return {QStringLiteral("adm"), QStringLiteral("peng"), QStringLiteral("pengall"),
                QStringLiteral("pen"), QStringLiteral("ata"),  QStringLiteral("peg"),
                QStringLiteral("pim")};
    }

    // psql as `login`.
    support::Run as(const QString &login, const QString &sql) const
    {
        return support::psql(temp.location(), this->login(login), QStringLiteral("pw-") + login,
                             sql);
    }
    // The one value `sql` gives as `login`, or "ERROR: ..." when it failed.
    QString value(const QString &login, const QString &sql) const
    {
        const support::Run r = as(login, sql);
        if (r.exitCode != 0)
            return QStringLiteral("ERROR: ") + r.err.trimmed();
        return r.out;
    }
    // As the test cluster's superuser, on the fixture's own connection.
    static void exec(kinerja::Database &db, const char *sql)
    {
        QSqlQuery q(db.connection());
        FIXTURE_CHECK(q.exec(QString::fromUtf8(sql)), q.lastError().text());
    }
    static QString nip(int id)
    {
        return QStringLiteral("1990010120200110%1").arg(id, 2, 10, QLatin1Char('0'));
    }

    TempDatabase temp;

private:
    static void employee(kinerja::Database &db, int id, int unit, int atasan)
    {
        QSqlQuery q(db.connection());
        FIXTURE_CHECK(q.exec(QStringLiteral(
                                 "INSERT INTO employee (id, nip, name, status, grade, jabatan, "
                                 "jabatan_kind, unit_id, atasan_id, sort_name, search_text) VALUES "
                                 "(%1, '%2', 'Pegawai %1', 0, 9, 'Staf', 4, %3, %4, 'pegawai %1', "
                                 "'pegawai %1')")
                                 .arg(id)
                                 .arg(nip(id))
                                 .arg(unit)
                                 .arg(atasan ? QString::number(atasan) : QStringLiteral("NULL"))),
                      q.lastError().text());
        FIXTURE_CHECK(q.exec(QStringLiteral("INSERT INTO position_history (employee_id, "
                                            "valid_from, unit_id, jabatan, jabatan_kind, "
                                            "jenjang, status, grade) VALUES (%1, '2020-01-01', "
                                            "%2, 'Staf', 4, 0, 0, 9)")
                                 .arg(id)
                                 .arg(unit)),
                      q.lastError().text());
    }
    static void appraisal(kinerja::Database &db, int employee, int unit, int rater, int atasan,
                          int state)
    {
        QSqlQuery q(db.connection());
        FIXTURE_CHECK(
            q.exec(QStringLiteral(
                       "INSERT INTO appraisal (id, employee_id, period_id, scheme_version_id, "
                       "state, nip, name, jabatan, jabatan_kind, jenjang, status, grade, "
                       "unit_id, unit_name, rater_id, atasan_id, created_at) VALUES "
                       "(%1, %1, 1, 1, %2, '%3', 'Pegawai %1', 'Staf', 4, 0, 0, 9, %4, 'U', "
                       "%5, %6, 'x')")
                       .arg(employee)
                       .arg(state)
                       .arg(nip(employee))
                       .arg(unit)
                       .arg(rater)
                       .arg(atasan ? QString::number(atasan) : QStringLiteral("NULL"))),
            q.lastError().text());
    }
    void account(kinerja::Database &db, const QString &base, qint64 employee,
                 const QList<kinerja::RoleGrant> &roles)
    {
        FIXTURE_OK(kinerja::AccountRepository(db).create(login(base), QStringLiteral("pw-") + base,
                                                         employee, roles));
    }

    QString m_suffix;
};
