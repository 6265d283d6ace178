// sql::select: a streamed read on the server runs as a plain statement with the values
// written in as literals (QPSQL streams only those). The literals must be exactly the
// values, whatever quotes or question marks they hold, and arrive before the whole result.
#include "storage/database.h"
#include "storage/sqlutil.h"
#include "support/tempdatabase.h"

#include <QTest>

using namespace kinerja;

class TestSqlSelect : public QObject {
    Q_OBJECT
private slots:
    void valuesArriveUnchanged_data()
    {
        QTest::addColumn<sql::Rows>("rows");
        QTest::newRow("buffered") << sql::Rows::Buffered;
        QTest::newRow("streamed") << sql::Rows::Streamed;
    }

    void valuesArriveUnchanged()
    {
        QFETCH(sql::Rows, rows);
        TempDatabase t;
        Database &db = t.open();
        const QString tricky = QStringLiteral("O'Neil \"?\" \\ ?; DROP TABLE unit; -- é");
        QSqlQuery q(db.connection());
        QString error;
        // A ? inside a quoted literal is text, not a placeholder.
        QVERIFY2(sql::select(q,
                             QStringLiteral("SELECT CAST(? AS TEXT), '?', CAST(? AS BIGINT), "
                                            "CAST(? AS INTEGER), CAST(? AS TEXT) IS NULL"),
                             {tricky, qint64(9007199254740993LL), true, QVariant()}, &error, rows),
                 qPrintable(error));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), tricky);
        QCOMPARE(q.value(1).toString(), QStringLiteral("?"));
        QCOMPARE(q.value(2).toLongLong(), 9007199254740993LL);
        QCOMPARE(q.value(3).toInt(), 1); // flags are integers on both engines
        QVERIFY(q.value(4).toBool());
        QVERIFY(!q.next());
        q.finish();
        QVERIFY(db.connection().tables().contains(QStringLiteral("unit")));
    }

    void failureNamesTheDriversReason()
    {
        TempDatabase t;
        Database &db = t.open();
        QSqlQuery q(db.connection());
        QString error;
        QVERIFY(!sql::select(q, QStringLiteral("SELECT no_such_column FROM unit WHERE id = ?"), {1},
                             &error, sql::Rows::Streamed));
        QVERIFY2(error.contains(QStringLiteral("no_such_column")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSqlSelect)
#include "test_sql_select.moc"
