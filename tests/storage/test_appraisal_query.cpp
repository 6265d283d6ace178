#include "storage/appraisalbulk.h"
#include "storage/appraisalquery.h"
#include "storage/schemerepository.h"
#include "support/appraisalfixture.h"
#include "support/tempdatabase.h"

#include <QTest>

using namespace kinerja;

class TestAppraisalQuery : public QObject {
    Q_OBJECT

    // Everyone appraised in Q1; the staff of Dinas Pendidikan rated as given.
    static void rateDinasA(Database &db, const AppraisalWorld &w, Rating staff2Perilaku)
    {
        BulkReport report;
        AppraisalBulk(db, QStringLiteral("admin")).createForUnit(w.q1, w.d.root.id, true, &report);
        AppraisalRepository repo(db);
        using R = Rating;
        repo.setRatings(repo.findFor(w.kadis.id, w.q1)->id, R::DiAtasEkspektasi,
                        R::DiAtasEkspektasi);
        repo.setRatings(repo.findFor(w.kabid.id, w.q1)->id, R::SesuaiEkspektasi,
                        R::SesuaiEkspektasi);
        repo.setRatings(repo.findFor(w.staff1.id, w.q1)->id, R::SesuaiEkspektasi,
                        R::SesuaiEkspektasi);
        repo.setRatings(repo.findFor(w.staff2.id, w.q1)->id, R::SesuaiEkspektasi, staff2Perilaku);
    }

private slots:
    void filters()
    {
        TempDatabase t;
        AppraisalWorld w;
        w.build(t.open());
        rateDinasA(t.db(), w, Rating::DiBawahEkspektasi);
        AppraisalQuery query(t.db());
        AppraisalFilter f;
        f.periodId = w.q1;
        QCOMPARE(query.rows(f).size(), 5);
        f.unitId = w.d.dinasA.id;
        QCOMPARE(query.count(f), 4);
        f.includeSubunits = false;
        QCOMPARE(query.count(f), 1);
        f.includeSubunits = true;
        f.predikats = {QStringLiteral("Baik")};
        const QVector<AppraisalRow> baik = query.rows(f);
        QCOMPARE(baik.size(), 2);
        QCOMPARE(baik.first().unitName, QStringLiteral("Bidang Pembinaan SD"));
        QCOMPARE(baik.first().raterName, w.kabid.fullName());
        f.predikats = {QString()}; // incomplete
        f.unitId = 0;
        const QVector<AppraisalRow> open = query.rows(f);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().name, QStringLiteral("Rina Wati"));
        f.predikats.clear();
        f.states = {AppraisalState::Final};
        QCOMPARE(query.count(f), 0);
        f.states.clear();
        f.text = QStringLiteral("siti");
        QCOMPARE(query.count(f), 1);
        f.text.clear();
        f.raterId = w.kabid.id;
        QCOMPARE(query.count(f), 2);
    }

    void pendingPerUnit()
    {
        TempDatabase t;
        AppraisalWorld w;
        w.build(t.open());
        AppraisalWorld::appraisal(t.db(), w.staff1.id, w.q1);
        const QVector<UnitPendingCounts> counts = AppraisalQuery(t.db()).pendingByUnit(w.q1);
        int created = 0, notCreated = 0;
        for (const UnitPendingCounts &c : counts) {
            created += c.total;
            notCreated += c.notCreated;
            if (c.unitId == w.d.bidangA1.id) {
                QCOMPARE(c.total, 1);
                QCOMPARE(c.draft, 1);
                QCOMPARE(c.incomplete, 1);
                QCOMPARE(c.pending(), 1);
                QCOMPARE(c.notCreated, 2); // kabid and staff2
            }
        }
        QCOMPARE(created, 1);
        QCOMPARE(notCreated, 4);
    }

    void distributionAgainstTheOrganisationPattern()
    {
        TempDatabase t;
        AppraisalWorld w;
        w.build(t.open());
        rateDinasA(t.db(), w, Rating::SesuaiEkspektasi);
        AppraisalQuery query(t.db());
        UnitDistribution d = query.distribution(w.q1, w.d.bidangA1.id, true);
        QVERIFY(!d.organisation); // no capaian set: nothing to check against
        QVERIFY(d.fits());

        OrganisationAchievement org;
        org.periodId = w.q1;
        org.unitId = w.d.dinasA.id;
        org.predikat = OrganisationPredikat::Baik;
        VERIFY_OK(PeriodRepository(t.db()).setOrganisationAchievement(org));
        // Bidang A1 inherits the capaian of Dinas Pendidikan: 3 Baik of 3 breaks "at most
        // 70% Baik" and "some Butuh Perbaikan and/or Kurang/Misconduct".
        d = query.distribution(w.q1, w.d.bidangA1.id, true);
        QCOMPARE(*d.organisation, OrganisationPredikat::Baik);
        QCOMPARE(d.organisationUnitId, w.d.dinasA.id);
        QCOMPARE(d.counts.value(Predikat::Baik), 3);
        QCOMPARE(d.breaches.size(), 2);
        QVERIFY2(d.breaches.first().message.contains(QStringLiteral("Baik")),
                 qPrintable(d.breaches.first().message));

        // Dinas Pendidikan as a whole: 1 Sangat Baik, 3 Baik (75% > 70%), no BP/K.
        d = query.distribution(w.q1, w.d.dinasA.id, true);
        QCOMPARE(d.counts.value(Predikat::SangatBaik), 1);
        QCOMPARE(d.breaches.size(), 2);
        // Dinas Kesehatan: its one appraisal is incomplete and not counted.
        d = query.distribution(w.q1, w.d.dinasB.id, true);
        QCOMPARE(d.incomplete, 1);
        QVERIFY(d.counts.isEmpty());

        // The quotas are data of the period's scheme version: a new circular allowing
        // 80% Baik without requiring Butuh Perbaikan leaves only Dinas Pendidikan's
        // whole (75% Baik) fitting too, and Bidang A1 (100% Baik) breaking "at most 80%".
        SchemeRepository schemes(t.db());
        const qint64 schemeId = schemes.findByCode(QStringLiteral("permenpan2022"))->id;
        SchemeDefinition edited = SchemeDefinition::builtin(SchemeKind::PermenPan2022);
        for (DistributionPattern &p : edited.distribution)
            if (p.organisation == OrganisationPredikat::Baik)
                p.quotas = {DistributionQuota{{Predikat::Baik}, 0, 80, false}};
        qint64 v2 = 0;
        VERIFY_OK(schemes.save(schemeId, schemes.find(schemeId)->rowVersion, edited,
                               QStringLiteral("SE baru"), &v2));
        VERIFY_OK(PeriodRepository(t.db()).setSchemeVersion(w.q1, v2));
        d = query.distribution(w.q1, w.d.dinasA.id, true);
        QVERIFY(d.fits());
        d = query.distribution(w.q1, w.d.bidangA1.id, true);
        QCOMPARE(d.breaches.size(), 1);
        QCOMPARE(d.breaches.first().limitPercent, 80);
    }
};

QTEST_GUILESS_MAIN(TestAppraisalQuery)
#include "test_appraisal_query.moc"
