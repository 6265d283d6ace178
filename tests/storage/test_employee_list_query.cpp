#include "storage/employeelistquery.h"
#include "storage/employeesearch.h"
#include "support/smalldistrict.h"
#include "support/tempdatabase.h"

#include <QTest>

using namespace kinerja;

class TestEmployeeListQuery : public QObject {
    Q_OBJECT
private:
    TempDatabase t;
    SmallDistrict d;
    qint64 ani = 0, budi = 0, citra = 0, dewi = 0;

private slots:
    void initTestCase()
    {
        d.build(t.open());
        EmployeeRepository repo(t.db());
        auto add = [&](const QString &name, qint64 unit, int serial, const QString &jabatan) {
            Employee e = SmallDistrict::employee(name, unit, serial);
            e.jabatan = jabatan;
            FIXTURE_OK(repo.create(e));
            return e.id;
        };
        budi = add(QStringLiteral("Budi Santoso"), d.dinasA.id, 1,
                   QStringLiteral("Analis Kepegawaian"));
        ani =
            add(QStringLiteral("Ani Lestari"), d.bidangA1.id, 2, QStringLiteral("Guru Ahli Muda"));
        citra =
            add(QStringLiteral("Citra Dewi"), d.dinasB.id, 3, QStringLiteral("Perawat Terampil"));
        dewi = add(QStringLiteral("Dewi Kartika"), d.dinasB.id, 4, QStringLiteral("Analis 50%_x"));
        Employee gone = *repo.find(dewi);
        gone.state = EmploymentState::MutasiKeluar;
        gone.stateDate = QDate(2026, 2, 1);
        QVERIFY(repo.update(gone));
    }

    void sortsByName()
    {
        EmployeeListQuery q(t.db());
        EmployeeFilter f;
        f.includeInactive = true;
        QCOMPARE(q.ids(f, EmployeeColumn::Name, Qt::AscendingOrder),
                 (QVector<qint64>{ani, budi, citra, dewi}));
        QCOMPARE(q.ids(f, EmployeeColumn::Name, Qt::DescendingOrder),
                 (QVector<qint64>{dewi, citra, budi, ani}));
        QCOMPARE(q.ids(f, EmployeeColumn::Unit, Qt::AscendingOrder).first(), ani); // Bidang...
    }

    void hidesInactiveUnlessAsked()
    {
        EmployeeListQuery q(t.db());
        EmployeeFilter f;
        QCOMPARE(q.ids(f, EmployeeColumn::Name, Qt::AscendingOrder).size(), 3);
        const EmployeeListQuery::Counts c = q.counts(f);
        QCOMPARE(c.active, 3);
        QCOMPARE(c.inactive, 1);
    }

    void filtersByWordsInNameNipJabatan_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected");
        QTest::newRow("name part") << QStringLiteral("dewi") << 2; // Citra Dewi, Dewi Kartika
        QTest::newRow("two words") << QStringLiteral("DEWI  kartika") << 1;
        QTest::newRow("nip") << QStringLiteral("198503122010011001") << 1;
        QTest::newRow("jabatan") << QStringLiteral("analis") << 2;
        QTest::newRow("like chars are literal") << QStringLiteral("50%_") << 1;
        QTest::newRow("percent alone") << QStringLiteral("%") << 1;
        QTest::newRow("nothing") << QStringLiteral("zzz") << 0;
    }
    void filtersByWordsInNameNipJabatan()
    {
        QFETCH(QString, text);
        QFETCH(int, expected);
        EmployeeFilter f;
        f.text = text;
        f.includeInactive = true;
        EmployeeListQuery q(t.db());
        QCOMPARE(q.ids(f, EmployeeColumn::Name, Qt::AscendingOrder).size(), expected);
        const EmployeeListQuery::Counts c = q.counts(f);
        QCOMPARE(c.active + c.inactive, expected);

        // The in-memory live filter answers exactly like the SQL query.
        EmployeeSearch search(t.db());
        for (bool inactive : {true, false}) {
            f.includeInactive = inactive;
            const EmployeeSearch::Result r =
                search.run(f, EmployeeColumn::Name, Qt::AscendingOrder);
            QCOMPARE(r.ids, q.ids(f, EmployeeColumn::Name, Qt::AscendingOrder));
            QCOMPARE(r.counts.active, q.counts(f).active);
            QCOMPARE(r.counts.inactive, q.counts(f).inactive);
        }
    }

    void searchSeesChangesAndScope()
    {
        EmployeeSearch search(t.db());
        EmployeeFilter f;
        f.text = QStringLiteral("lestari");
        QCOMPARE(search.run(f, EmployeeColumn::Name, Qt::AscendingOrder).ids,
                 (QVector<qint64>{ani}));
        EmployeeRepository repo(t.db());
        Employee e = *repo.find(budi);
        e.name = QStringLiteral("Budi Lestari");
        QVERIFY(repo.update(e));
        QCOMPARE(search.run(f, EmployeeColumn::Name, Qt::DescendingOrder).ids,
                 (QVector<qint64>{budi, ani}));
        f.unitIds = {d.bidangA1.id};
        QCOMPARE(search.run(f, EmployeeColumn::Name, Qt::DescendingOrder).ids,
                 (QVector<qint64>{ani}));
        e.name = QStringLiteral("Budi Santoso");
        QVERIFY(repo.update(e));
    }

    void filtersByUnits()
    {
        EmployeeFilter f;
        f.unitIds = UnitRepository(t.db()).subtreeIds(d.dinasA.id);
        QCOMPARE(EmployeeListQuery(t.db()).ids(f, EmployeeColumn::Name, Qt::AscendingOrder),
                 (QVector<qint64>{ani, budi}));
    }

    void rowsKeepRequestedOrder()
    {
        const QVector<EmployeeRow> rows = EmployeeListQuery(t.db()).rows({citra, 424242, ani});
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).id, citra);
        QCOMPARE(rows.at(0).unitName, QStringLiteral("Dinas Kesehatan"));
        QCOMPARE(rows.at(1).fullName, QStringLiteral("Ani Lestari"));
        QCOMPARE(rows.at(1).grade, 32);
        QVERIFY(EmployeeListQuery(t.db()).rows({}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEmployeeListQuery)
#include "test_employee_list_query.moc"
