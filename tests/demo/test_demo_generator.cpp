#include "demo/demogenerator.h"
#include "demo/names.h"
#include "demodump.h"
#include "domain/nip.h"
#include "storage/settingrepository.h"
#include "support/tempdatabase.h"

#include <QSet>
#include <QTest>

using namespace kinerja;

namespace {

Status generate(Database &db, int employees, quint64 seed,
                DemoGenerator::Summary *summary = nullptr)
{
    DemoGenerator::Options options;
    options.employees = employees;
    options.seed = seed;
    DemoGenerator generator(options);
    const Status s = generator.run(db);
    if (summary)
        *summary = generator.summary();
    return s;
}

} // namespace

class TestDemoGenerator : public QObject {
    Q_OBJECT

    // One mid-sized district shared by the read-only checks.
    TempDatabase m_shared;
    DemoGenerator::Summary m_summary;
    QVector<Employee> m_people;
    QHash<qint64, Employee> m_byId;
    QHash<qint64, Unit> m_units;
    qint64 m_root = 0;

private slots:
    void initTestCase()
    {
        const Status s = generate(m_shared.open(), 2500, 20260101, &m_summary);
        QVERIFY2(s, qPrintable(s.message()));
        for (const Unit &u : UnitRepository(m_shared.db()).all()) {
            m_units.insert(u.id, u);
            if (u.parentId == 0)
                m_root = u.id;
        }
        EmployeeFilter everyone;
        everyone.includeInactive = true;
        EmployeeRepository repo(m_shared.db());
        const QVector<qint64> ids =
            EmployeeListQuery(m_shared.db()).ids(everyone, EmployeeColumn::Nip, Qt::AscendingOrder);
        for (const qint64 id : ids) {
            const Employee e = *repo.find(id);
            m_people.append(e);
            m_byId.insert(id, e);
        }
    }

    void sameSeedGivesSameContent()
    {
        TempDatabase a;
        TempDatabase b;
        QVERIFY(generate(a.open(), 600, 42));
        QVERIFY(generate(b.open(), 600, 42));
        const QStringList dumpA = DemoDump(a.db()).lines();
        const QStringList dumpB = DemoDump(b.db()).lines();
        QVERIFY(dumpA.size() > 600);
        QCOMPARE(dumpA, dumpB);
    }

    void differentSeedGivesDifferentContent()
    {
        TempDatabase a;
        TempDatabase b;
        QVERIFY(generate(a.open(), 600, 42));
        QVERIFY(generate(b.open(), 600, 43));
        QVERIFY(DemoDump(a.db()).lines() != DemoDump(b.db()).lines());
    }

    void employeeCountHonoured_data()
    {
        QTest::addColumn<int>("employees");
        QTest::newRow("one") << 1;
        QTest::newRow("two") << 2;
        QTest::newRow("small office") << 40;
        QTest::newRow("small district") << 700;
    }
    void employeeCountHonoured()
    {
        QFETCH(int, employees);
        TempDatabase t;
        DemoGenerator::Summary summary;
        const Status s = generate(t.open(), employees, 5, &summary);
        QVERIFY2(s, qPrintable(s.message()));
        QCOMPARE(EmployeeRepository(t.db()).count(), employees);
        QCOMPARE(summary.employees, employees);
        const QVector<Unit> units = UnitRepository(t.db()).all();
        QCOMPARE(units.size(), summary.units);
        for (const Unit &u : units)
            QVERIFY2(u.headId != 0, qPrintable(u.name));
    }

    void sharedDistrictHasTheRequestedSize()
    {
        QCOMPARE(m_people.size(), 2500);
        QCOMPARE(m_summary.employees, 2500);
        QCOMPARE(m_units.size(), m_summary.units);
        // About one unit per 15-25 employees.
        QVERIFY2(m_units.size() >= 2500 / 25 && m_units.size() <= 2500 / 15,
                 qPrintable(QString::number(m_units.size())));
    }

    void nipsValidUniqueAndOfTheRightKind()
    {
        QSet<QString> seen;
        for (const Employee &e : std::as_const(m_people)) {
            const NipParseResult nip = Nip::parse(e.nip);
            QVERIFY2(nip.isValid(),
                     qPrintable(e.nip + QLatin1Char(' ') + Nip::errorMessage(nip.error)));
            QVERIFY2(!seen.contains(e.nip), qPrintable(e.nip));
            seen.insert(e.nip);
            const bool pppk = e.status == EmployeeStatus::Pppk;
            QCOMPARE(nip.info.kind == NipKind::Pppk, pppk);
            QVERIFY(nip.info.birthDate.year() >= 1966 && nip.info.birthDate.year() <= 2001);
            if (!pppk) {
                const int ageAtStart = nip.info.birthDate.daysTo(nip.info.startDate) / 365;
                QVERIFY2(ageAtStart >= 19 && ageAtStart <= 35, qPrintable(e.nip));
            }
            QVERIFY(nip.info.startDate < QDate(2026, 1, 1));
        }
    }

    void nameMatchesGenderInNip()
    {
        const QStringList male = demo::maleNameWords();
        const QStringList female = demo::femaleNameWords();
        for (const QString &w : male)
            QVERIFY2(!female.contains(w), qPrintable(w + QStringLiteral(" marks both genders")));
        for (const Employee &e : std::as_const(m_people)) {
            const Gender inNip = Nip::parse(e.nip).info.gender;
            QVERIFY2(demo::genderOfName(e.name) == inNip,
                     qPrintable(e.name + QLatin1Char(' ') + e.nip));
        }
    }

    void everyUnitHasAnActiveHeadOfItsOwn()
    {
        for (const Unit &u : std::as_const(m_units)) {
            QVERIFY2(u.headId != 0, qPrintable(u.name));
            const Employee head = m_byId.value(u.headId);
            QCOMPARE(head.unitId, u.id);
            QVERIFY(head.isActive());
        }
    }

    void atasanChainsEndAtTheRootHead()
    {
        const qint64 rootHead = m_units.value(m_root).headId;
        QCOMPARE(m_byId.value(rootHead).atasanId, 0);
        for (const Employee &e : std::as_const(m_people)) {
            QSet<qint64> visited;
            qint64 at = e.id;
            while (m_byId.value(at).atasanId != 0) {
                QVERIFY2(!visited.contains(at), qPrintable(QStringLiteral("loop at ") + e.nip));
                visited.insert(at);
                at = m_byId.value(at).atasanId;
                QVERIFY(m_byId.contains(at));
            }
            QCOMPARE(at, rootHead);
        }
    }

    void atasanIsTheHeadOfTheUnitOrOfTheParentUnit()
    {
        for (const Employee &e : std::as_const(m_people)) {
            if (!e.isActive())
                continue;
            const Unit unit = m_units.value(e.unitId);
            if (unit.headId == e.id) {
                const qint64 expected =
                    unit.parentId == 0 ? 0 : m_units.value(unit.parentId).headId;
                QCOMPARE(e.atasanId, expected);
            } else {
                QCOMPARE(e.atasanId, unit.headId);
            }
        }
    }

    void headsHoldTheRightJenisJabatan()
    {
        for (const Unit &u : std::as_const(m_units)) {
            const Employee head = m_byId.value(u.headId);
            QCOMPARE(head.status, EmployeeStatus::Pns);
            switch (u.kind) {
            case UnitKind::Pemerintah:
            case UnitKind::PerangkatDaerah:
                QCOMPARE(head.jabatanKind, JabatanKind::Jpt);
                QCOMPARE(head.jenjang, Jenjang::JptPratama);
                QVERIFY(head.grade >= 43);
                break;
            case UnitKind::Kecamatan:
                QCOMPARE(head.jabatanKind, JabatanKind::Administrator);
                QVERIFY(head.grade >= 34 && head.grade <= 42);
                break;
            case UnitKind::Seksi:
            case UnitKind::Kelurahan:
                QCOMPARE(head.jabatanKind, JabatanKind::Pengawas);
                QVERIFY(head.grade >= 33 && head.grade <= 34);
                break;
            case UnitKind::Bidang: // bidang / bagian, UPTD puskesmas, schools
                QVERIFY2(head.jabatanKind == JabatanKind::Administrator ||
                             head.jabatanKind == JabatanKind::Pengawas ||
                             head.jabatan.startsWith(QLatin1String("Guru Ahli")),
                         qPrintable(head.jabatan));
                break;
            }
        }
    }

    void believableMix()
    {
        int pppk = 0, cpns = 0, inactive = 0, withRiwayat = 0, fungsional = 0;
        EmployeeRepository repo(m_shared.db());
        for (const Employee &e : std::as_const(m_people)) {
            pppk += e.status == EmployeeStatus::Pppk;
            cpns += e.status == EmployeeStatus::Cpns;
            inactive += !e.isActive();
            fungsional += e.jabatanKind == JabatanKind::Fungsional;
            QVERIFY(Grade::isValidFor(e.status, e.grade));
            const QVector<PositionRecord> h = repo.history(e.id);
            QVERIFY(!h.isEmpty());
            QCOMPARE(h.first().validFrom, Nip::parse(e.nip).info.startDate);
            withRiwayat += h.size() > 1;
            if (!e.isActive())
                QVERIFY(e.stateDate.isValid() && e.stateDate < QDate(2026, 1, 1));
        }
        const int n = static_cast<int>(m_people.size());
        QVERIFY2(pppk * 100 >= n * 13 && pppk * 100 <= n * 22, qPrintable(QString::number(pppk)));
        QVERIFY2(cpns > 0 && cpns * 100 <= n * 4, qPrintable(QString::number(cpns)));
        QVERIFY2(inactive * 1000 >= n * 10 && inactive * 1000 <= n * 35,
                 qPrintable(QString::number(inactive)));
        QVERIFY2(withRiwayat * 100 >= n * 15 && withRiwayat * 100 <= n * 25,
                 qPrintable(QString::number(withRiwayat)));
        QVERIFY(fungsional * 2 > n);
        QCOMPARE(inactive, m_summary.inactive);
        QCOMPARE(pppk, m_summary.pppk);
    }

    void agencyIsTheDistrictsPersonnelOffice()
    {
        const AgencySettings a = SettingRepository(m_shared.db()).agency();
        QCOMPARE(a.parent, m_summary.government.toUpper());
        QVERIFY(a.parent.startsWith(QStringLiteral("PEMERINTAH KABUPATEN ")));
        QVERIFY(a.name.startsWith(QStringLiteral("Badan Kepegawaian")));
        QVERIFY(!a.place.isEmpty());
        QVERIFY(a.parent.endsWith(a.place.toUpper()));
    }

    void refusesADatabaseWithData()
    {
        const Status s = generate(m_shared.db(), 10, 1);
        QVERIFY(!s);
        QCOMPARE(EmployeeRepository(m_shared.db()).count(), 2500);
    }

    void cancelWritesNothing()
    {
        TempDatabase t;
        DemoGenerator::Options options;
        options.employees = 3000;
        DemoGenerator generator(options);
        int calls = 0;
        const Status s = generator.run(t.open(), [&calls](int done, int total) {
            Q_UNUSED(done);
            Q_UNUSED(total);
            return ++calls < 3;
        });
        QVERIFY(!s);
        QCOMPARE(calls, 3);
        QCOMPARE(EmployeeRepository(t.db()).count(), 0);
        QVERIFY(UnitRepository(t.db()).all().isEmpty());
        // The database is usable afterwards.
        QVERIFY(generate(t.db(), 20, 1));
    }

    void progressReachesTheTotal()
    {
        TempDatabase t;
        DemoGenerator generator(DemoGenerator::Options{300, 9, QDate(2026, 1, 1)});
        int lastDone = -1;
        int lastTotal = 0;
        const Status s = generator.run(t.open(), [&](int done, int total) {
            if (done < lastDone)
                return false;
            lastDone = done;
            lastTotal = total;
            return true;
        });
        QVERIFY2(s, qPrintable(s.message()));
        QVERIFY(lastTotal > 300);
        QCOMPARE(lastDone, lastTotal);
    }

    void refusesOutOfRangeSize()
    {
        TempDatabase t;
        QVERIFY(!generate(t.open(), 0, 1));
        QVERIFY(!generate(t.db(), DemoGenerator::kMaxEmployees + 1, 1));
        QCOMPARE(EmployeeRepository(t.db()).count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "test_demo_generator.moc"
