// StatementCache: one prepared statement per SQL text, reset before each use.
#include "storage/database.h"
#include "storage/statementcache.h"
#include "support/tempdatabase.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace kinerja;

class TestStatementCache : public QObject {
    Q_OBJECT

    static void exec(Database &db, const QString &sql)
    {
        QSqlQuery q(db.connection());
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
    }

private slots:
    void theSameTextGivesTheSamePreparedStatement()
    {
        TempDatabase t;
        Database &db = t.open();
        exec(db, QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)"));
        StatementCache cache(db);
        const QString insert = QStringLiteral("INSERT INTO t (v) VALUES (?)");
        QSqlQuery &first = cache.get(insert);
        for (const char *v : {"a", "b", "c"}) {
            QSqlQuery &q = cache.get(insert);
            QCOMPARE(&q, &first);
            q.addBindValue(QString::fromLatin1(v));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        QSqlQuery &count = cache.get(QStringLiteral("SELECT count(*), group_concat(v) FROM t"));
        QVERIFY(&count != &first);
        QVERIFY(count.exec() && count.next());
        QCOMPARE(count.value(0).toInt(), 3);
        QCOMPARE(count.value(1).toString(), QStringLiteral("a,b,c"));
    }

    // A SELECT left half-read is reset by the next get: it runs again from the start
    // and sees rows written since (also by another connection).
    void aHalfReadSelectStartsAgain()
    {
        TempDatabase t;
        Database &db = t.open();
        exec(db, QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)"));
        exec(db, QStringLiteral("INSERT INTO t (v) VALUES ('a'), ('b')"));
        StatementCache cache(db);
        const QString select = QStringLiteral("SELECT v FROM t ORDER BY id");
        QSqlQuery &q = cache.get(select);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("a"));
        {
            Database other;
            QVERIFY(other.open(t.path()));
            exec(other, QStringLiteral("INSERT INTO t (v) VALUES ('c')"));
        }
        QSqlQuery &again = cache.get(select);
        QVERIFY(!again.isActive());
        QVERIFY(again.exec());
        QStringList seen;
        while (again.next())
            seen << again.value(0).toString();
        QCOMPARE(seen.join(QLatin1Char(',')), QStringLiteral("a,b,c"));
    }

    void aBadStatementIsLoggedAndFailsAtExec()
    {
        TempDatabase t;
        Database &db = t.open();
        StatementCache cache(db);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("cannot prepare SELECT v "
                                                               "FROM no_such_table: .*no such "
                                                               "table: no_such_table")));
        QSqlQuery &q = cache.get(QStringLiteral("SELECT v FROM no_such_table"));
        QVERIFY(!q.exec());
        QVERIFY(q.lastError().isValid());
    }
};

QTEST_GUILESS_MAIN(TestStatementCache)
#include "test_statement_cache.moc"
