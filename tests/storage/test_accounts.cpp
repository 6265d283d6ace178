// AccountRepository and `kinerja-cli account` on a server: the login is created with a
// SCRAM-SHA-256 password, linked, given roles, its password reset, disabled and enabled;
// what the server stores and whether the login can connect are checked each time.
#include "rightsfixture.h"

#include "storage/refusal.h"
#include "storage/scram.h"

#include <QProcess>
#include <QtTest>

using namespace kinerja;

namespace {

QString cli()
{
    return QStringLiteral(KINERJA_CLI_PATH);
}

// kinerja-cli with `input` on stdin.
support::Run runCli(const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.setProcessEnvironment(support::localeEnvironment());
    p.start(cli(), args);
    p.write(input);
    p.closeWriteChannel();
    support::Run r;
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit)
        return r;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString stored(kinerja::Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return QStringLiteral("ERROR: ") + q.lastError().text();
    return q.value(0).toString();
}

} // namespace

class TestAccounts : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(TempDatabase::onServer()); }

    void verifierIsPostgresqls()
    {
        // RFC 7677's example user "user" / "pencil" with its salt and 4096 iterations.
        const QString v = scramSha256Verifier(QStringLiteral("pencil"),
                                              QByteArray::fromBase64("W22ZaJ0SNY7soEsUEjb6gQ=="));
        QCOMPARE(v, QStringLiteral("SCRAM-SHA-256$4096:W22ZaJ0SNY7soEsUEjb6gQ==$"
                                   "WG5d8oPm3OtcPnkdi4Uo7BkeZkBFzpcXkuLmtbsT4qY=:"
                                   "wfPLwcE6nTWhTAmQ7tl2KeoiWGPlZqQxSrmfPwDl2dU="));
    }

    void repositoryManagesAccounts()
    {
        RightsFixture fx;
        Database &db = fx.temp.db();
        AccountRepository accounts(db);
        const QString login = fx.login(QStringLiteral("pen"));
        Account a;
        VERIFY_OK(accounts.find(login, &a));
        QCOMPARE(a.employeeId, qint64(2));
        QCOMPARE(a.employeeNip, RightsFixture::nip(2));
        QCOMPARE(a.roles, (QList<RoleGrant>{{Role::PejabatPenilai, 0}}));
        QVERIFY(!a.disabled);
        QVERIFY(stored(db, QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = '%1'")
                               .arg(login))
                    .startsWith(QLatin1String("SCRAM-SHA-256$4096:")));
        QList<Account> all;
        VERIFY_OK(accounts.all(&all));
        QCOMPARE(all.size(), 7);

        // Roles with a unit, and the group roles following them.
        VERIFY_OK(accounts.setRoles(a.id, {{Role::PejabatPenilai, 0}, {Role::Pimpinan, 3}}));
        VERIFY_OK(accounts.find(login, &a));
        QCOMPARE(a.roles, (QList<RoleGrant>{{Role::PejabatPenilai, 0}, {Role::Pimpinan, 3}}));
        QCOMPARE(stored(db, QStringLiteral("SELECT pg_has_role('%1', 'kinerja_pimpinan', "
                                           "'MEMBER')::text")
                                .arg(login)),
                 QStringLiteral("true"));
        QCOMPARE(fx.value(QStringLiteral("pen"), QStringLiteral("SELECT count(*) FROM employee")),
                 QStringLiteral("6"));
        VERIFY_OK(accounts.setRoles(a.id, {{Role::Pegawai, 0}}));
        QCOMPARE(stored(db, QStringLiteral("SELECT pg_has_role('%1', 'kinerja_penilai', "
                                           "'MEMBER')::text")
                                .arg(login)),
                 QStringLiteral("false"));
        QVERIFY(!accounts.setRoles(a.id, {{Role::PejabatPenilai, 2}}));

        // Linked to another employee: the scope moves with the link.
        VERIFY_OK(accounts.link(a.id, 4));
        QCOMPARE(fx.value(QStringLiteral("pen"), QStringLiteral("SELECT string_agg(id::text, ',') "
                                                                "FROM appraisal")),
                 QStringLiteral("4"));

        // A new password: the old one is refused at connect, the new one works.
        VERIFY_OK(accounts.resetPassword(a.id, QStringLiteral("baru sekali")));
        QCOMPARE(fx.as(QStringLiteral("pen"), QStringLiteral("SELECT 1")).exitCode, 2);
        QCOMPARE(support::psql(fx.temp.location(), login, QStringLiteral("baru sekali"),
                               QStringLiteral("SELECT 1"))
                     .out,
                 QStringLiteral("1"));

        // Disabled: the login cannot connect; enabled again, it can.
        VERIFY_OK(accounts.setDisabled(a.id, true));
        const support::Run refused = support::psql(
            fx.temp.location(), login, QStringLiteral("baru sekali"), QStringLiteral("SELECT 1"));
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QLatin1String("is not permitted to log in")),
                 qPrintable(refused.err));
        VERIFY_OK(accounts.find(login, &a));
        QVERIFY(a.disabled);
        VERIFY_OK(accounts.setDisabled(a.id, false));
        QCOMPARE(support::psql(fx.temp.location(), login, QStringLiteral("baru sekali"),
                               QStringLiteral("SELECT 1"))
                     .out,
                 QStringLiteral("1"));

        // A login that exists cannot be created twice; a bad name says what is wrong.
        const Status twice = accounts.create(login, QStringLiteral("x"), 0, {});
        QVERIFY(!twice);
        QVERIFY2(twice.message().contains(QLatin1String("already exists")),
                 qPrintable(twice.message()));
        const Status bad =
            accounts.create(QStringLiteral("Budi Santoso"), QStringLiteral("x"), 0, {});
        QVERIFY2(bad.message().contains(QLatin1String("up to 63 lower-case letters")),
                 qPrintable(bad.message()));
        QCOMPARE(stored(db, QStringLiteral("SELECT count(*) FROM account")), QStringLiteral("7"));
    }

    void sessionSaysWhoIsWorking()
    {
        RightsFixture fx;
        Session owner;
        VERIFY_OK(AccountRepository(fx.temp.db()).current(&owner));
        QVERIFY(owner.superuser);
        QCOMPARE(owner.accountId, qint64(0));
        QVERIFY(owner.mayManageAccounts());

        TempDatabase file;
        if (qEnvironmentVariableIsSet("KINERJA_TEST_ENGINE")) {
            qunsetenv("KINERJA_TEST_ENGINE");
            Database &fileDb = file.open();
            qputenv("KINERJA_TEST_ENGINE", "postgresql");
            Session os;
            VERIFY_OK(AccountRepository(fileDb).current(&os));
            QVERIFY(os.osUser);
            QCOMPARE(os.login, fileDb.userName());
            QList<Account> none;
            const Status s = AccountRepository(fileDb).all(&none);
            QVERIFY(!s);
            QVERIFY2(s.message().contains(QLatin1String("office server")), qPrintable(s.message()));
        }
    }

    void nonAdminCannotManage()
    {
        RightsFixture fx;
        qputenv("PGPASSWORD", "pw-peng");
        Database db;
        VERIFY_OK(
            db.open(support::tcpLocation(fx.temp.location(), fx.login(QStringLiteral("peng")))));
        qunsetenv("PGPASSWORD");
        const Status s = AccountRepository(db).create(QStringLiteral("x") + fx.login(QString()),
                                                      QStringLiteral("x"), 0, {});
        QVERIFY(!s);
        QVERIFY2(s.message().contains(Refusal::message()), qPrintable(s.message()));
        Session session;
        VERIFY_OK(AccountRepository(db).current(&session));
        QCOMPARE(session.roles, (QList<RoleGrant>{{Role::PengelolaKinerja, 2}}));
        QVERIFY(!session.mayManageAccounts() && session.mayEditEmployees());
    }

    void commandLine()
    {
        RightsFixture fx;
        const QString db = fx.temp.location();
        const QString login = fx.login(QStringLiteral("cli"));
        support::Run r = runCli({QStringLiteral("account"), QStringLiteral("create"), login,
                                 QStringLiteral("--employee"), RightsFixture::nip(7),
                                 QStringLiteral("--role"), QStringLiteral("pengelola:Dinas B"),
                                 QStringLiteral("--role"), QStringLiteral("penilai"),
                                 QStringLiteral("--password-stdin"), QStringLiteral("--db"), db},
                                "rahasia\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(support::psql(db, login, QStringLiteral("rahasia"),
                               QStringLiteral("SELECT count(*) FROM employee"))
                     .out,
                 QStringLiteral("2"));
        r = runCli({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(login + QLatin1Char('\t') + RightsFixture::nip(7) +
                                QStringLiteral("\tPegawai 7\tpengelola:3,penilai\tenabled")),
                 qPrintable(r.out));

        r = runCli({QStringLiteral("account"), QStringLiteral("roles"), login,
                    QStringLiteral("--role"), QStringLiteral("pimpinan"), QStringLiteral("--db"),
                    db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli({QStringLiteral("account"), QStringLiteral("link"), login, RightsFixture::nip(3),
                    QStringLiteral("--db"), db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli({QStringLiteral("account"), QStringLiteral("reset-password"), login,
                    QStringLiteral("--password-stdin"), QStringLiteral("--db"), db},
                   "lain lagi\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(support::psql(db, login, QStringLiteral("lain lagi"),
                               QStringLiteral("SELECT count(*) FROM employee"))
                     .out,
                 QStringLiteral("6"));
        r = runCli({QStringLiteral("account"), QStringLiteral("disable"), login,
                    QStringLiteral("--db"), db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(support::psql(db, login, QStringLiteral("lain lagi"), QStringLiteral("SELECT 1"))
                     .exitCode,
                 2);

        // Mistakes: a message and the exit code, nothing changed.
        r = runCli({QStringLiteral("account"), QStringLiteral("roles"), login,
                    QStringLiteral("--role"), QStringLiteral("raja"), QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("Unknown role “raja”")), qPrintable(r.err));
        r = runCli({QStringLiteral("account"), QStringLiteral("link"), login,
                    QStringLiteral("199999999999999999"), QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("no employee with NIP")), qPrintable(r.err));
        r = runCli({QStringLiteral("account"), QStringLiteral("create"), login + QLatin1Char('x'),
                    QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("--password-stdin")), qPrintable(r.err));
        r = runCli({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--db"),
                    fx.temp.dir() + QStringLiteral("/office.sqlite")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("Accounts need an office server")),
                 qPrintable(r.err));
        TempDatabase::admin(QStringLiteral("DROP ROLE IF EXISTS %1").arg(login));
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "test_accounts.moc"
