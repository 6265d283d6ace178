#include "support/smalldistrict.h"
#include "support/tempdatabase.h"

#include <QTest>

using namespace kinerja;

class TestUnitRepository : public QObject {
    Q_OBJECT
private slots:
    void treeOrderParentsFirst()
    {
        TempDatabase t;
        SmallDistrict d;
        d.build(t.open());
        const QVector<Unit> all = UnitRepository(t.db()).all();
        QCOMPARE(all.size(), 4);
        QCOMPARE(all.at(0).id, d.root.id);
        QCOMPARE(all.at(1).id, d.dinasA.id);
        QCOMPARE(all.at(2).id, d.bidangA1.id);
        QCOMPARE(all.at(3).id, d.dinasB.id);
        const QVector<qint64> sub = UnitRepository(t.db()).subtreeIds(d.dinasA.id);
        QCOMPARE(sub.size(), 2);
        QVERIFY(sub.contains(d.bidangA1.id));
    }

    void secondRootAndDuplicateSiblingRefused()
    {
        TempDatabase t;
        SmallDistrict d;
        d.build(t.open());
        UnitRepository units(t.db());
        Unit another =
            SmallDistrict::unit(QStringLiteral("Kabupaten Lain"), 0, UnitKind::Pemerintah);
        Status s = units.create(another);
        QVERIFY(!s);
        QCOMPARE(s.field(), QStringLiteral("parent"));
        Unit twin = SmallDistrict::unit(QStringLiteral("dinas pendidikan"), d.root.id,
                                        UnitKind::PerangkatDaerah);
        s = units.create(twin);
        QVERIFY(!s);
        QCOMPARE(s.field(), QStringLiteral("name"));
        QVERIFY(!units.rename(d.dinasB.id, QStringLiteral("  ")));
        QVERIFY(units.rename(d.dinasB.id, QStringLiteral("Dinas  Kesehatan  Hewan")));
        QCOMPARE(units.find(d.dinasB.id)->name, QStringLiteral("Dinas Kesehatan Hewan"));
    }

    void moveUnderOwnDescendantRefused()
    {
        TempDatabase t;
        SmallDistrict d;
        d.build(t.open());
        UnitRepository units(t.db());
        Status s = units.move(d.dinasA.id, d.bidangA1.id);
        QVERIFY(!s);
        QVERIFY2(s.message().contains(QStringLiteral("Bidang Pembinaan SD")),
                 qPrintable(s.message()));
        QVERIFY(!units.move(d.dinasA.id, d.dinasA.id));
        QVERIFY(!units.move(d.root.id, d.dinasB.id));
        QCOMPARE(units.find(d.dinasA.id)->parentId, d.root.id);
        QVERIFY(units.move(d.bidangA1.id, d.dinasB.id));
        QCOMPARE(units.find(d.bidangA1.id)->parentId, d.dinasB.id);
    }

    void deleteBlockedByStaffAndSubunits()
    {
        TempDatabase t;
        SmallDistrict d;
        d.build(t.open());
        UnitRepository units(t.db());
        Employee e = SmallDistrict::employee(QStringLiteral("Siti Aminah"), d.bidangA1.id, 1);
        QVERIFY(EmployeeRepository(t.db()).create(e));

        Status s = units.remove(d.dinasA.id);
        QVERIFY(!s);
        QVERIFY2(s.message().contains(QStringLiteral("1 sub-unit")), qPrintable(s.message()));
        s = units.remove(d.bidangA1.id);
        QVERIFY(!s);
        QVERIFY2(s.message().contains(QStringLiteral("1 staff")), qPrintable(s.message()));
        QVERIFY(units.find(d.bidangA1.id));

        // An empty unit without riwayat disappears for good.
        QVERIFY(units.remove(d.dinasB.id));
        QVERIFY(!units.find(d.dinasB.id));
    }

    void mergeMovesStaffAndSubunitsWithRiwayat()
    {
        TempDatabase t;
        SmallDistrict d;
        d.build(t.open());
        UnitRepository units(t.db());
        EmployeeRepository employees(t.db());
        Employee head = SmallDistrict::employee(QStringLiteral("Kepala A"), d.dinasA.id, 1);
        QVERIFY(employees.create(head));
        QVERIFY(units.setHead(d.dinasA.id, head.id));
        Employee staff = SmallDistrict::employee(QStringLiteral("Staf A"), d.dinasA.id, 2, head.id);
        QVERIFY(employees.create(staff));

        const QDate when(2026, 7, 1);
        const Status s = units.merge(d.dinasA.id, d.dinasB.id, when);
        QVERIFY2(s, qPrintable(s.message()));
        QCOMPARE(employees.find(staff.id)->unitId, d.dinasB.id);
        QCOMPARE(employees.find(head.id)->unitId, d.dinasB.id);
        QCOMPARE(units.find(d.bidangA1.id)->parentId, d.dinasB.id);
        // The source is named in the riwayat, so it is kept as dissolved and hidden.
        QVERIFY(units.find(d.dinasA.id));
        for (const Unit &u : units.all())
            QVERIFY(u.id != d.dinasA.id);
        const QVector<PositionRecord> h = employees.history(staff.id);
        QCOMPARE(h.size(), 2);
        QCOMPARE(h.last().validFrom, when);
        QCOMPARE(h.last().unitId, d.dinasB.id);
        QCOMPARE(employees.positionAt(staff.id, QDate(2026, 6, 30))->unitId, d.dinasA.id);
    }

    void mergeIntoOwnDescendantRefusedAndAtomic()
    {
        TempDatabase t;
        SmallDistrict d;
        d.build(t.open());
        UnitRepository units(t.db());
        Employee e = SmallDistrict::employee(QStringLiteral("Staf"), d.dinasA.id, 3);
        QVERIFY(EmployeeRepository(t.db()).create(e));
        QVERIFY(!units.merge(d.dinasA.id, d.bidangA1.id, QDate(2026, 1, 1)));
        QCOMPARE(EmployeeRepository(t.db()).find(e.id)->unitId, d.dinasA.id);
    }

    void headMustBelongToUnit()
    {
        TempDatabase t;
        SmallDistrict d;
        d.build(t.open());
        UnitRepository units(t.db());
        Employee e = SmallDistrict::employee(QStringLiteral("Orang B"), d.dinasB.id, 4);
        QVERIFY(EmployeeRepository(t.db()).create(e));
        const Status s = units.setHead(d.dinasA.id, e.id);
        QVERIFY(!s);
        QCOMPARE(s.field(), QStringLiteral("head"));
        QVERIFY(units.setHead(d.dinasB.id, e.id));
        QCOMPARE(units.find(d.dinasB.id)->headId, e.id);
        QVERIFY(units.setHead(d.dinasB.id, 0));
        QCOMPARE(units.find(d.dinasB.id)->headId, 0);
    }

    void staffCounts()
    {
        TempDatabase t;
        SmallDistrict d;
        d.build(t.open());
        EmployeeRepository employees(t.db());
        Employee a = SmallDistrict::employee(QStringLiteral("A"), d.dinasA.id, 5);
        Employee b = SmallDistrict::employee(QStringLiteral("B"), d.dinasA.id, 6);
        b.state = EmploymentState::Pensiun;
        b.stateDate = QDate(2025, 12, 31);
        QVERIFY(employees.create(a));
        QVERIFY(employees.create(b));
        QCOMPARE(UnitRepository(t.db()).staffCounts(false).value(d.dinasA.id), 1);
        QCOMPARE(UnitRepository(t.db()).staffCounts(true).value(d.dinasA.id), 2);
        const UnitUsage u = UnitRepository(t.db()).usage(d.dinasA.id);
        QCOMPARE(u.activeStaff, 1);
        QCOMPARE(u.inactiveStaff, 1);
        QCOMPARE(u.subUnits, 1);
    }
};

QTEST_GUILESS_MAIN(TestUnitRepository)
#include "test_unit_repository.moc"
