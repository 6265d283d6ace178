#include "storage/schemerepository.h"
#include "support/appraisalfixture.h"
#include "support/tempdatabase.h"

#include <QTest>

using namespace kinerja;

class TestPeriodRepository : public QObject {
    Q_OBJECT
private slots:
    void createFindAndOrder()
    {
        TempDatabase t;
        PeriodRepository repo(t.open());
        qint64 q1 = 0, year = 0, m3 = 0;
        VERIFY_OK(repo.create(Period::quarter(2026, 1), 0, &q1));
        VERIFY_OK(repo.create(Period::annual(2026), 0, &year));
        VERIFY_OK(repo.create(Period::month(2026, 3), 0, &m3));
        const Status s = repo.create(Period::quarter(2026, 1), 0, nullptr);
        QVERIFY(!s);
        QVERIFY2(s.message().contains(QStringLiteral("2026-Q1")), qPrintable(s.message()));
        QVERIFY(!repo.create(Period(), 0, nullptr));
        QVERIFY(!repo.create(Period::annual(2027), 999, nullptr)); // unknown scheme version

        const std::optional<PeriodInfo> found = repo.findByCode(QStringLiteral(" 2026-q1 "));
        QVERIFY(found);
        QCOMPARE(found->id, q1);
        QCOMPARE(found->period.start(), QDate(2026, 1, 1));
        QVERIFY(!found->closed);
        QCOMPARE(found->schemeVersionId, SchemeRepository(t.db()).defaultVersionId());
        const QVector<PeriodInfo> all = repo.all();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).code(), QStringLiteral("2026")); // the year first, as a tree
        QCOMPARE(all.at(1).code(), QStringLiteral("2026-Q1"));
        QCOMPARE(all.at(2).code(), QStringLiteral("2026-M03"));
        VERIFY_OK(repo.remove(m3));
        QCOMPARE(repo.all().size(), 2);
    }

    void closeReopenAndRemove()
    {
        TempDatabase t;
        AppraisalWorld w;
        w.build(t.open());
        PeriodRepository repo(t.db());
        QVERIFY(!repo.close(w.q1, QString())); // who?
        VERIFY_OK(repo.close(w.q1, QStringLiteral("kepala.bkpsdm")));
        QVERIFY(repo.find(w.q1)->closed);
        QVERIFY(!repo.close(w.q1, QStringLiteral("kepala.bkpsdm")));
        QVERIFY(!repo.setSchemeVersion(w.q1, SchemeRepository(t.db()).defaultVersionId()));
        VERIFY_OK(repo.reopen(w.q1, QStringLiteral("kepala.bkpsdm"),
                              QStringLiteral("Keberatan diterima")));
        const QVector<PeriodLogEntry> log = repo.log(w.q1);
        QCOMPARE(log.size(), 2);
        QCOMPARE(log.at(0).action, QStringLiteral("close"));
        QCOMPARE(log.at(1).action, QStringLiteral("reopen"));
        QCOMPARE(log.at(1).user, QStringLiteral("kepala.bkpsdm"));

        AppraisalWorld::appraisal(t.db(), w.staff1.id, w.q1);
        const Status s = repo.remove(w.q1);
        QVERIFY(!s);
        QVERIFY2(s.message().contains(QStringLiteral("1 appraisal")), qPrintable(s.message()));
    }

    void organisationAchievement()
    {
        TempDatabase t;
        AppraisalWorld w;
        w.build(t.open());
        PeriodRepository repo(t.db());
        OrganisationAchievement a;
        a.periodId = w.q1;
        a.unitId = w.d.dinasA.id;
        a.predikat = OrganisationPredikat::Istimewa;
        a.ikm = 101;
        QVERIFY(!repo.setOrganisationAchievement(a));
        a.ikm = 88.4;
        VERIFY_OK(repo.setOrganisationAchievement(a));
        QCOMPARE(*repo.organisationAchievement(w.q1, w.d.dinasA.id)->ikm, 88.4);
        QCOMPARE(*repo.effectiveOrganisationAchievement(w.q1, w.d.bidangA1.id)->predikat,
                 OrganisationPredikat::Istimewa);
        QVERIFY(!repo.effectiveOrganisationAchievement(w.q1, w.d.dinasB.id));
        a.predikat = OrganisationPredikat::Baik; // changed: replaced, not duplicated
        VERIFY_OK(repo.setOrganisationAchievement(a));
        QCOMPARE(repo.organisationAchievements(w.q1).size(), 1);
        QCOMPARE(*repo.organisationAchievements(w.q1).first().predikat, OrganisationPredikat::Baik);
    }
};

QTEST_GUILESS_MAIN(TestPeriodRepository)
#include "test_period_repository.moc"
