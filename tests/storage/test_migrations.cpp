#include "storage/migrations.h"

#include <QFile>
#include <QTest>

using namespace kinerja;

class TestMigrations : public QObject {
    Q_OBJECT
private slots:
    void filesAreNumberedInOrder()
    {
        const QStringList files = Migrations::files();
        QVERIFY(files.size() >= 2);
        for (int i = 0; i < files.size(); ++i) {
            const QString expected = QStringLiteral("%1_").arg(i + 1, 3, 10, QLatin1Char('0'));
            QVERIFY2(files.at(i).section(QLatin1Char('/'), -1).startsWith(expected),
                     qPrintable(files.at(i)));
            QFile f(files.at(i));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(!Migrations::splitStatements(QString::fromUtf8(f.readAll())).isEmpty());
        }
    }

    void bothDialectsHaveTheSameNumbers()
    {
        const auto numbers = [](Engine engine) {
            QStringList list;
            for (const QString &f : Migrations::files(engine))
                list << f.section(QLatin1Char('/'), -1).left(3);
            return list;
        };
        QVERIFY(numbers(Engine::Sqlite).contains(QStringLiteral("008")));
        QCOMPARE(numbers(Engine::Postgres), numbers(Engine::Sqlite));
    }

    void split_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("two") << QStringLiteral("CREATE TABLE a (x);\nCREATE TABLE b (y);")
                             << QStringList{QStringLiteral("CREATE TABLE a (x)"),
                                            QStringLiteral("CREATE TABLE b (y)")};
        QTest::newRow("no trailing semicolon")
            << QStringLiteral("SELECT 1") << QStringList{QStringLiteral("SELECT 1")};
        QTest::newRow("semicolon in string")
            << QStringLiteral("INSERT INTO t VALUES ('a;b');SELECT 2;")
            << QStringList{QStringLiteral("INSERT INTO t VALUES ('a;b')"),
                           QStringLiteral("SELECT 2")};
        QTest::newRow("doubled quote")
            << QStringLiteral("INSERT INTO t VALUES ('it''s;');")
            << QStringList{QStringLiteral("INSERT INTO t VALUES ('it''s;')")};
        QTest::newRow("comments") << QStringLiteral("-- a; comment\nSELECT 1; /* b; c */ SELECT 2;")
                                  << QStringList{QStringLiteral("SELECT 1"),
                                                 QStringLiteral("SELECT 2")};
        QTest::newRow("trigger body")
            << QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE b SET x = 1; "
                              "DELETE FROM c; END;\nSELECT 3;")
            << QStringList{QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE b SET "
                                          "x = 1; DELETE FROM c; END"),
                           QStringLiteral("SELECT 3")};
        QTest::newRow("empty") << QStringLiteral(" ;\n; ") << QStringList{};
    }
    void split()
    {
        QFETCH(QString, script);
        QFETCH(QStringList, expected);
        QCOMPARE(Migrations::splitStatements(script), expected);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "test_migrations.moc"
