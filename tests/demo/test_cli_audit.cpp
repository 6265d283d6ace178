// kinerja-cli audit verify, run as a user would: OK and exit 0 on an intact trail, the first
// broken entry and exit 1 after tampering, exit 2 for a wrong command line or a database
// that cannot be opened.
#include "storage/database.h"
#include "storage/unitrepository.h"

#include "support/process.h"
#include "support/tempdatabase.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kinerja;

namespace {

support::Run cli(const QStringList &args, const QString &locale = QStringLiteral("C.UTF-8"))
{
    QProcessEnvironment env = support::localeEnvironment(locale);
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    return support::run(QStringLiteral(KINERJA_CLI_PATH), args, env);
}

} // namespace

class TestCliAudit : public QObject {
    Q_OBJECT
private slots:
    void verify()
    {
        TempDatabase t;
        Database &db = t.open();
        Unit unit;
        unit.name = QStringLiteral("Pemerintah Kabupaten Uji");
        unit.kind = UnitKind::Pemerintah;
        VERIFY_OK(UnitRepository(db).create(unit));
        VERIFY_OK(UnitRepository(db).rename(unit.id, QStringLiteral("Kabupaten Uji")));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_entry")) && q.next());
        const qint64 entries = q.value(0).toLongLong();
        QVERIFY(q.exec(QStringLiteral("SELECT max(id) FROM audit_entry WHERE table_name = "
                                      "'unit'")) &&
                q.next());
        const qint64 last = q.value(0).toLongLong();
        q.finish();
        db.close();

        support::Run r = cli({QStringLiteral("audit"), QStringLiteral("verify"),
                              QStringLiteral("--db"), t.location()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("%1 entries, OK.").arg(entries)), qPrintable(r.out));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err)); // no progress when not a terminal

        r = cli({QStringLiteral("info"), QStringLiteral("--db"), t.location()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("Audit trail: the newest")), qPrintable(r.out));

        // Changed behind Kinerja's back: the sqlite3 shell, or psql as the superuser.
        const QString tamper =
            TempDatabase::onServer()
                ? QStringLiteral("ALTER TABLE unit DISABLE TRIGGER audit_unit; UPDATE unit SET "
                                 "name = 'Diubah'; ALTER TABLE unit ENABLE TRIGGER audit_unit;")
                : QStringLiteral("DROP TRIGGER audit_unit_update; UPDATE unit SET name = "
                                 "'Diubah';");
        const support::Run shell =
            TempDatabase::onServer()
                ? support::run(QStringLiteral("psql"),
                               {QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                QStringLiteral("-d"), t.location(), QStringLiteral("-c"), tamper},
                               support::localeEnvironment())
                : support::run(QStringLiteral("sqlite3"), {t.path(), tamper},
                               support::localeEnvironment());
        QVERIFY2(shell.exitCode == 0, qPrintable(shell.err));
        r = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"),
                 t.location()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("First broken entry: %1").arg(last)),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("unit %1 differs from its last audit entry %2")
                                    .arg(unit.id)
                                    .arg(last)),
                 qPrintable(r.out));
    }

    void usageAndOpenErrors()
    {
        QTemporaryDir dir;
        support::Run r = cli({QStringLiteral("audit")});
        QCOMPARE(r.exitCode, 2);
        r = cli({QStringLiteral("audit"), QStringLiteral("check")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("check")), qPrintable(r.err));
        const QString notADatabase = dir.filePath(QStringLiteral("note.sqlite"));
        QFile f(notADatabase);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database at all, just some text");
        f.close();
        r = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"),
                 notADatabase});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliAudit)
#include "test_cli_audit.moc"
