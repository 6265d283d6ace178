#include "storage/audittrail.h"
#include "support/appraisalfixture.h"
#include "support/tempdatabase.h"

#include <QSet>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace kinerja;

// AuditTrail::entries(): changes made through the repositories, read back with each filter.
// Every filter's answer is compared with the whole trail filtered here, so it must return
// exactly the matching entries, newest first.
class TestAuditEntries : public QObject {
    Q_OBJECT

    TempDatabase m_temp;
    AppraisalWorld m_world;
    qint64 m_appraisal = 0;
    QList<AuditEntry> m_all;

    QList<qint64> ids(const QList<AuditEntry> &entries) const
    {
        QList<qint64> out;
        for (const AuditEntry &e : entries)
            out << e.id;
        return out;
    }
    QList<qint64> expected(const std::function<bool(const AuditEntry &)> &keep) const
    {
        QList<qint64> out;
        for (const AuditEntry &e : m_all) {
            if (keep(e))
                out << e.id;
        }
        return out;
    }
    QList<qint64> query(AuditFilter filter)
    {
        filter.limit = 0;
        QList<AuditEntry> out;
        const Status s = AuditTrail(m_temp.db()).entries(filter, &out);
        if (!s)
            qWarning() << s.message();
        return s ? ids(out) : QList<qint64>{-1};
    }

private slots:
    void initTestCase()
    {
        Database &db = m_temp.open();
        m_world.build(db);
        AppraisalRepository appraisals(db);
        m_appraisal = AppraisalWorld::appraisal(db, m_world.staff1.id, m_world.q1);
        QVERIFY(
            appraisals.setRatings(m_appraisal, Rating::DiAtasEkspektasi, Rating::SesuaiEkspektasi));
        Employee e = m_world.staff2;
        e.jabatan = QStringLiteral("Analis Kebijakan");
        QVERIFY(EmployeeRepository(db).update(e));
        AuditFilter all;
        all.limit = 0;
        QVERIFY(AuditTrail(db).entries(all, &m_all));
        QVERIFY(m_all.size() > 10);
    }

    void newestFirstWithEveryField()
    {
        for (int i = 1; i < m_all.size(); ++i)
            QVERIFY(m_all.at(i - 1).id > m_all.at(i).id);
        // The newest change of an employee is staff2's new jabatan, with both values
        // (the position history written with it may come after it).
        const auto newest = std::find_if(m_all.cbegin(), m_all.cend(), [](const AuditEntry &e) {
            return e.table == QLatin1String("employee");
        });
        QVERIFY(newest != m_all.cend());
        const AuditEntry &last = *newest;
        QCOMPARE(last.table, QStringLiteral("employee"));
        QCOMPARE(last.rowId, m_world.staff2.id);
        QCOMPARE(last.action, AuditEntry::Action::Update);
        QCOMPARE(last.employeeId, m_world.staff2.id);
        QCOMPARE(last.oldValues.value(QStringLiteral("jabatan")).toString(),
                 QStringLiteral("Pengelola Data"));
        QCOMPARE(last.newValues.value(QStringLiteral("jabatan")).toString(),
                 QStringLiteral("Analis Kebijakan"));
        QVERIFY(last.at.isValid());
        QCOMPARE(last.at.timeSpec(), Qt::UTC);
        QVERIFY(qAbs(last.at.secsTo(QDateTime::currentDateTimeUtc())) < 600);
        QVERIFY(!last.login.isEmpty());
        QVERIFY(!last.hash.isEmpty());
        const auto index = newest - m_all.cbegin();
        QCOMPARE(last.prevHash, m_all.at(index + 1).hash);
        // The first entry of all is an insert of the root unit.
        QCOMPARE(m_all.last().action, AuditEntry::Action::Insert);
        QVERIFY(m_all.last().oldValues.isEmpty());
    }

    void byTableAndRow()
    {
        AuditFilter f;
        f.table = QStringLiteral("employee");
        f.rowId = m_world.staff2.id;
        const QList<qint64> got = query(f);
        QCOMPARE(got, expected([&](const AuditEntry &e) {
                     return e.table == f.table && e.rowId == f.rowId;
                 }));
        QVERIFY(got.size() >= 2); // inserted, then the jabatan changed
        f.rowId = 0;
        QCOMPARE(query(f), expected([&](const AuditEntry &e) { return e.table == f.table; }));
    }

    void byEmployeeAndAppraisal()
    {
        AuditFilter f;
        f.employeeId = m_world.staff2.id;
        QList<qint64> got = query(f);
        QVERIFY(!got.isEmpty());
        QCOMPARE(got, expected([&](const AuditEntry &e) { return e.employeeId == f.employeeId; }));
        for (const AuditEntry &e : std::as_const(m_all)) {
            if (e.table == QLatin1String("employee") && e.rowId == m_world.staff2.id)
                QVERIFY(got.contains(e.id));
        }

        AuditFilter a;
        a.appraisalId = m_appraisal;
        got = query(a);
        QCOMPARE(got, expected([&](const AuditEntry &e) { return e.appraisalId == m_appraisal; }));
        // Created, then rated: the rating change is among them.
        const auto rated = std::find_if(m_all.cbegin(), m_all.cend(), [&](const AuditEntry &e) {
            return e.table == QLatin1String("appraisal") && e.rowId == m_appraisal &&
                   e.action == AuditEntry::Action::Update &&
                   e.newValues.value(QStringLiteral("rating_hasil")).toInt() == 2;
        });
        QVERIFY(rated != m_all.cend());
        QVERIFY(got.contains(rated->id));
    }

    void byUnitWithSubunits()
    {
        const QSet<qint64> bidang{m_world.kabid.id, m_world.staff1.id, m_world.staff2.id};
        AuditFilter f;
        f.unitId = m_world.d.bidangA1.id;
        QList<qint64> got = query(f);
        QVERIFY(!got.isEmpty());
        QCOMPARE(got, expected([&](const AuditEntry &e) { return bidang.contains(e.employeeId); }));
        // Dinas Pendidikan holds its head and Bidang Pembinaan SD below it; Dinas Kesehatan
        // (staffB) is elsewhere.
        QSet<qint64> dinas = bidang;
        dinas << m_world.kadis.id;
        f.unitId = m_world.d.dinasA.id;
        got = query(f);
        QCOMPARE(got, expected([&](const AuditEntry &e) { return dinas.contains(e.employeeId); }));
        QVERIFY(!got.isEmpty());
        f.unitId = m_world.d.dinasB.id;
        QCOMPARE(query(f),
                 expected([&](const AuditEntry &e) { return e.employeeId == m_world.staffB.id; }));
    }

    void byLogin()
    {
        AuditFilter f;
        f.login = m_all.first().login;
        QCOMPARE(query(f), expected([&](const AuditEntry &e) { return e.login == f.login; }));
        f.login = QStringLiteral("nobody-here");
        QCOMPARE(query(f), QList<qint64>());
    }

    void byLocalDates()
    {
        // Every change was made just now: today (local) holds them all, tomorrow and
        // yesterday none. (A run across midnight may see the boundary move.)
        const QDate today = QDate::currentDate();
        AuditFilter f;
        f.from = today;
        f.to = today;
        QCOMPARE(query(f), ids(m_all));
        f.from = today.addDays(1);
        f.to = QDate();
        QCOMPARE(query(f), QList<qint64>());
        f.from = QDate();
        f.to = today.addDays(-1);
        QCOMPARE(query(f), QList<qint64>());
    }

    void pagesFollowOneAnother()
    {
        AuditFilter f;
        f.limit = 4;
        QList<AuditEntry> first, second;
        QVERIFY(AuditTrail(m_temp.db()).entries(f, &first));
        QCOMPARE(first.size(), 4);
        f.beforeId = first.last().id;
        QVERIFY(AuditTrail(m_temp.db()).entries(f, &second));
        QCOMPARE(second.size(), 4);
        QCOMPARE(ids(first) + ids(second), ids(m_all.mid(0, 8)));
        // Combined with a filter, paging keeps to it.
        AuditFilter t;
        t.table = QStringLiteral("unit");
        t.limit = 2;
        QList<AuditEntry> page;
        QVERIFY(AuditTrail(m_temp.db()).entries(t, &page));
        t.beforeId = page.last().id;
        QList<AuditEntry> next;
        QVERIFY(AuditTrail(m_temp.db()).entries(t, &next));
        const QList<qint64> units =
            expected([](const AuditEntry &e) { return e.table == QLatin1String("unit"); });
        QCOMPARE(ids(page) + ids(next), units.mid(0, page.size() + next.size()));
    }
};

QTEST_GUILESS_MAIN(TestAuditEntries)
#include "test_audit_entries.moc"
