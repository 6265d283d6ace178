#include "support/smalldistrict.h"
#include "support/tempdatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace kinerja;

class TestEmployeeRepository : public QObject {
    Q_OBJECT
private slots:
    void createFindAndFirstRiwayat()
    {
        TempDatabase t;
        SmallDistrict d;
        d.build(t.open());
        EmployeeRepository repo(t.db());
        Employee e = SmallDistrict::employee(QStringLiteral("Budi Santoso"), d.dinasA.id, 1);
        e.nip = QStringLiteral("19850312 201001 1 001"); // typed with spaces
        e.gelarDepan = QStringLiteral("Dr.");
        e.gelarBelakang = QStringLiteral("S.Kom., M.M.");
        const Status s = repo.create(e);
        QVERIFY2(s, qPrintable(s.message()));
        QVERIFY(e.id > 0);
        const std::optional<Employee> found = repo.findByNip(QStringLiteral("198503122010011001"));
        QVERIFY(found);
        QCOMPARE(found->fullName(), QStringLiteral("Dr. Budi Santoso, S.Kom., M.M."));
        const QVector<PositionRecord> h = repo.history(e.id);
        QCOMPARE(h.size(), 1);
        QCOMPARE(h.first().validFrom, QDate(2010, 1, 1)); // TMT CPNS from the NIP
        QCOMPARE(h.first().unitName, QStringLiteral("Dinas Pendidikan"));
    }

    void invalidAndDuplicateNipRefused()
    {
        TempDatabase t;
        SmallDistrict d;
        d.build(t.open());
        EmployeeRepository repo(t.db());
        Employee bad = SmallDistrict::employee(QStringLiteral("Salah"), d.dinasA.id, 1);
        bad.nip = QStringLiteral("198513122010011001"); // month 13 in the birth date
        Status s = repo.create(bad);
        QVERIFY(!s);
        QCOMPARE(s.field(), QStringLiteral("nip"));

        Employee first = SmallDistrict::employee(QStringLiteral("Pertama"), d.dinasA.id, 1);
        QVERIFY(repo.create(first));
        Employee twin = SmallDistrict::employee(QStringLiteral("Kembar"), d.dinasB.id, 1);
        s = repo.create(twin);
        QVERIFY(!s);
        QCOMPARE(s.field(), QStringLiteral("nip"));
        QVERIFY2(s.message().contains(QStringLiteral("Pertama")), qPrintable(s.message()));
        QCOMPARE(twin.id, 0);
        QCOMPARE(repo.count(), 1);
    }

    void atasanSelfAndCycleRefused()
    {
        TempDatabase t;
        SmallDistrict d;
        d.build(t.open());
        EmployeeRepository repo(t.db());
        Employee a = SmallDistrict::employee(QStringLiteral("Atasan"), d.dinasA.id, 1);
        QVERIFY(repo.create(a));
        Employee b = SmallDistrict::employee(QStringLiteral("Bawahan"), d.dinasA.id, 2, a.id);
        QVERIFY(repo.create(b));
        Employee c = SmallDistrict::employee(QStringLiteral("Cucu"), d.dinasA.id, 3, b.id);
        QVERIFY(repo.create(c));

        a.atasanId = a.id;
        Status s = repo.update(a);
        QVERIFY(!s);
        QCOMPARE(s.field(), QStringLiteral("atasan"));

        a.atasanId = c.id; // a -> c -> b -> a
        s = repo.update(a);
        QVERIFY(!s);
        QCOMPARE(s.field(), QStringLiteral("atasan"));
        QVERIFY2(s.message().contains(QStringLiteral("loop")), qPrintable(s.message()));
        QCOMPARE(repo.find(a.id)->atasanId, 0);
    }

    void setAtasanChecksAndChangesOnlyTheAtasan()
    {
        TempDatabase t;
        SmallDistrict d;
        d.build(t.open());
        EmployeeRepository repo(t.db());
        Employee a = SmallDistrict::employee(QStringLiteral("Atasan"), d.dinasA.id, 1);
        QVERIFY(repo.create(a));
        Employee b = SmallDistrict::employee(QStringLiteral("Bawahan"), d.dinasB.id, 2);
        QVERIFY(repo.create(b));

        QVERIFY(repo.setAtasan(b.id, a.id));
        QCOMPARE(repo.find(b.id)->atasanId, a.id);
        QCOMPARE(repo.find(b.id)->unitId, d.dinasB.id);
        QCOMPARE(repo.history(b.id).size(), 1); // the riwayat does not record the atasan

        Status s = repo.setAtasan(a.id, b.id); // a -> b -> a
        QVERIFY(!s);
        QVERIFY2(s.message().contains(QStringLiteral("loop")), qPrintable(s.message()));
        s = repo.setAtasan(a.id, a.id);
        QCOMPARE(s.field(), QStringLiteral("atasan"));
        QVERIFY(!repo.setAtasan(b.id, 999999)); // no such atasan
        QVERIFY(!repo.setAtasan(999999, a.id)); // no such employee
        QCOMPARE(repo.find(a.id)->atasanId, 0);

        QVERIFY(repo.setAtasan(b.id, 0));
        QCOMPARE(repo.find(b.id)->atasanId, 0);
    }

    void positionChangeWritesRiwayat()
    {
        TempDatabase t;
        SmallDistrict d;
        d.build(t.open());
        EmployeeRepository repo(t.db());
        Employee e = SmallDistrict::employee(QStringLiteral("Naik Pangkat"), d.dinasA.id, 1);
        QVERIFY(repo.create(e));

        e.grade = 33;
        e.unitId = d.dinasB.id;
        QVERIFY(repo.update(e, QDate(2024, 4, 1), QStringLiteral("SK 123")));
        e.gelarBelakang = QStringLiteral("S.E."); // not a position change
        QVERIFY(repo.update(e, QDate(2025, 1, 1)));

        const QVector<PositionRecord> h = repo.history(e.id);
        QCOMPARE(h.size(), 2);
        QCOMPARE(h.at(1).grade, 33);
        QCOMPARE(h.at(1).note, QStringLiteral("SK 123"));
        QCOMPARE(repo.positionAt(e.id, QDate(2023, 12, 31))->grade, 32);
        QCOMPARE(repo.positionAt(e.id, QDate(2023, 12, 31))->unitId, d.dinasA.id);
        QCOMPARE(repo.positionAt(e.id, QDate(2024, 4, 1))->unitId, d.dinasB.id);
        QVERIFY(!repo.positionAt(e.id, QDate(2000, 1, 1)));

        // A change dated before the last riwayat entry would rewrite history.
        e.grade = 34;
        const Status s = repo.update(e, QDate(2020, 1, 1));
        QVERIFY(!s);
        QCOMPARE(s.field(), QStringLiteral("effective"));
        QCOMPARE(repo.find(e.id)->grade, 33);
    }

    void headLeavingUnitVacatesIt()
    {
        TempDatabase t;
        SmallDistrict d;
        d.build(t.open());
        EmployeeRepository repo(t.db());
        UnitRepository units(t.db());
        Employee head = SmallDistrict::employee(QStringLiteral("Kepala"), d.dinasA.id, 1);
        QVERIFY(repo.create(head));
        QVERIFY(units.setHead(d.dinasA.id, head.id));
        head.state = EmploymentState::Pensiun;
        head.stateDate = QDate(2026, 3, 1);
        QVERIFY(repo.update(head));
        QCOMPARE(units.find(d.dinasA.id)->headId, 0);
    }

    void removeBlockedWhileHeadOrAtasan()
    {
        TempDatabase t;
        SmallDistrict d;
        d.build(t.open());
        EmployeeRepository repo(t.db());
        UnitRepository units(t.db());
        Employee head = SmallDistrict::employee(QStringLiteral("Kepala Dinas"), d.dinasA.id, 1);
        QVERIFY(repo.create(head));
        Employee staff = SmallDistrict::employee(QStringLiteral("Staf"), d.dinasA.id, 2, head.id);
        QVERIFY(repo.create(staff));
        QVERIFY(units.setHead(d.dinasA.id, head.id));

        Status s = repo.remove(head.id);
        QVERIFY(!s);
        QVERIFY2(s.message().contains(QStringLiteral("Dinas Pendidikan")), qPrintable(s.message()));
        QVERIFY(units.setHead(d.dinasA.id, 0));
        s = repo.remove(head.id);
        QVERIFY(!s);
        QVERIFY2(s.message().contains(QStringLiteral("Staf")), qPrintable(s.message()));

        QVERIFY(repo.remove(staff.id));
        QVERIFY(repo.history(staff.id).isEmpty());
        QVERIFY(repo.remove(head.id));
        QCOMPARE(repo.count(), 0);
    }

    void unknownUnitRefused()
    {
        TempDatabase t;
        SmallDistrict d;
        d.build(t.open());
        Employee e = SmallDistrict::employee(QStringLiteral("Tanpa Unit"), 9999, 1);
        const Status s = EmployeeRepository(t.db()).create(e);
        QVERIFY(!s);
        QCOMPARE(s.field(), QStringLiteral("unit"));
    }
};

QTEST_GUILESS_MAIN(TestEmployeeRepository)
#include "test_employee_repository.moc"
