#include "storage/appraisalcontent.h"
#include "storage/appraisalworkflow.h"
#include "support/appraisalfixture.h"
#include "support/tempdatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace kinerja;

namespace {

// A rated appraisal of staff1, ready to be made final.
qint64 rated(Database &db, const AppraisalWorld &w, AppraisalWorkflow &flow)
{
    const qint64 id = AppraisalWorld::appraisal(db, w.staff1.id, w.q1);
    AppraisalContent(db).setRhk(id, AppraisalWorld::onePlan());
    flow.submit(id);
    AppraisalRepository(db).setRatings(id, Rating::SesuaiEkspektasi, Rating::SesuaiEkspektasi);
    flow.markRated(id);
    return id;
}

int rows(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestAppraisalWorkflow : public QObject {
    Q_OBJECT
private slots:
    void forwardThroughTheStates()
    {
        TempDatabase t;
        AppraisalWorld w;
        w.build(t.open());
        AppraisalWorkflow flow(t.db(), QStringLiteral("admin.bkpsdm"));
        AppraisalRepository repo(t.db());
        const qint64 id = AppraisalWorld::appraisal(t.db(), w.staff1.id, w.q1);

        Status s = flow.submit(id); // no SKP yet
        QVERIFY(!s);
        QVERIFY2(s.message().contains(QStringLiteral("RHK Utama")), qPrintable(s.message()));
        VERIFY_OK(AppraisalContent(t.db()).setRhk(id, AppraisalWorld::onePlan()));
        VERIFY_OK(flow.submit(id));
        QCOMPARE(repo.find(id)->state, AppraisalState::Diajukan);

        s = flow.markRated(id); // a rating is missing
        QVERIFY(!s);
        QVERIFY2(s.message().contains(QStringLiteral("rating hasil kerja")),
                 qPrintable(s.message()));
        QVERIFY(!flow.finalize(id)); // not rated
        VERIFY_OK(repo.setRatings(id, Rating::DiAtasEkspektasi, Rating::SesuaiEkspektasi));
        QCOMPARE(repo.find(id)->predikat, QStringLiteral("Baik"));
        VERIFY_OK(flow.markRated(id));
        VERIFY_OK(flow.finalize(id));
        const Appraisal a = *repo.find(id);
        QCOMPARE(a.state, AppraisalState::Final);
        QVERIFY(a.submittedAt.isValid() && a.ratedAt.isValid() && a.finalizedAt.isValid());

        const QVector<AppraisalLogEntry> log = repo.log(id);
        QCOMPARE(log.size(), 3);
        QCOMPARE(log.at(0).action, QStringLiteral("submit"));
        QCOMPARE(log.at(2).action, QStringLiteral("finalize"));
        QCOMPARE(log.at(2).user, QStringLiteral("admin.bkpsdm"));
        QCOMPARE(*log.at(2).from, AppraisalState::Dinilai);
        QCOMPARE(*log.at(2).to, AppraisalState::Final);
    }

    void finalIsImmutable()
    {
        TempDatabase t;
        AppraisalWorld w;
        w.build(t.open());
        AppraisalWorkflow flow(t.db(), QStringLiteral("admin"));
        const qint64 id = rated(t.db(), w, flow);
        VERIFY_OK(flow.finalize(id));
        AppraisalRepository repo(t.db());
        AppraisalContent content(t.db());
        const Appraisal before = *repo.find(id);

        const Status s = repo.setRatings(id, Rating::DiBawahEkspektasi, Rating::DiBawahEkspektasi);
        QVERIFY(!s);
        QVERIFY2(s.message().contains(QStringLiteral("final")), qPrintable(s.message()));
        QVERIFY2(s.message().contains(QStringLiteral("Budi Santoso")), qPrintable(s.message()));
        QVERIFY(!repo.setRekomendasi(id, QStringLiteral("x"), CompetencyCategory::Teknis));
        QVERIFY(!repo.setRater(id, w.kadis.id));
        QVERIFY(!repo.remove(id));
        QVERIFY(!content.setRhk(id, {}));
        QVERIFY(!content.setPerilaku(id, {}));
        const qint64 indicator = content.rhk(id).first().indicators.first().id;
        QVERIFY(!content.setIndicatorEvaluation(indicator, QStringLiteral("4"), {}, {}));
        QVERIFY(!flow.returnToSubmitted(id));
        QVERIFY(!flow.fileObjection(id, QStringLiteral("Tidak setuju"), QDate(2026, 4, 2)));

        const Appraisal after = *repo.find(id);
        QCOMPARE(after.predikat, before.predikat);
        QCOMPARE(after.ratingHasil, before.ratingHasil);
        QCOMPARE(after.rater.employeeId, before.rater.employeeId);
        QCOMPARE(content.rhk(id).size(), 1);
        QCOMPARE(content.rhk(id).first().indicators.first().realisasi, QString());

        // Also when something writes SQL directly.
        QSqlQuery q(t.db().connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE appraisal SET rating_hasil = 0")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM rhk")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE rhk_indicator SET realisasi = '9'")));
        QCOMPARE(rows(t.db(), QStringLiteral("SELECT rating_hasil FROM appraisal")), 1);
    }

    void reopenNeedsReasonAndIsLogged()
    {
        TempDatabase t;
        AppraisalWorld w;
        w.build(t.open());
        AppraisalWorkflow flow(t.db(), QStringLiteral("kabid"));
        const qint64 id = rated(t.db(), w, flow);
        VERIFY_OK(flow.finalize(id));
        Status s = flow.reopen(id, QStringLiteral("   "));
        QVERIFY(!s);
        QCOMPARE(s.field(), QStringLiteral("reason"));
        QCOMPARE(AppraisalRepository(t.db()).find(id)->state, AppraisalState::Final);
        QVERIFY(!AppraisalWorkflow(t.db(), QString()).reopen(id, QStringLiteral("x")));

        VERIFY_OK(flow.reopen(id, QStringLiteral("Salah ketik rating perilaku")));
        const Appraisal a = *AppraisalRepository(t.db()).find(id);
        QCOMPARE(a.state, AppraisalState::Dinilai);
        QVERIFY(!a.finalizedAt.isValid());
        const AppraisalLogEntry last = AppraisalRepository(t.db()).log(id).last();
        QCOMPARE(last.action, QStringLiteral("reopen"));
        QCOMPARE(last.user, QStringLiteral("kabid"));
        QCOMPARE(last.reason, QStringLiteral("Salah ketik rating perilaku"));
        QCOMPARE(*last.from, AppraisalState::Final);
        QVERIFY(qAbs(last.at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        // Now it can be corrected, and finalized again.
        VERIFY_OK(AppraisalRepository(t.db()).setRatings(id, Rating::SesuaiEkspektasi,
                                                         Rating::DiAtasEkspektasi));
        VERIFY_OK(flow.finalize(id));
        // The log itself cannot be rewritten.
        QSqlQuery q(t.db().connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE appraisal_log SET reason = ''")));
    }

    void closedPeriodRefusesEverything()
    {
        TempDatabase t;
        AppraisalWorld w;
        w.build(t.open());
        AppraisalWorkflow flow(t.db(), QStringLiteral("admin"));
        const qint64 id = rated(t.db(), w, flow);
        PeriodRepository periods(t.db());
        VERIFY_OK(periods.close(w.q1, QStringLiteral("admin")));
        const Status s = flow.finalize(id);
        QVERIFY(!s);
        QVERIFY2(s.message().contains(QStringLiteral("closed")), qPrintable(s.message()));
        QVERIFY(!AppraisalRepository(t.db()).setRatings(id, std::nullopt, std::nullopt));
        QVERIFY(!AppraisalContent(t.db()).setRhk(id, AppraisalWorld::onePlan()));
        qint64 other = 0;
        QVERIFY(!AppraisalRepository(t.db()).create(w.staff2.id, w.q1, &other));
        OrganisationAchievement org;
        org.periodId = w.q1;
        org.unitId = w.d.dinasA.id;
        org.predikat = OrganisationPredikat::Baik;
        QVERIFY(!periods.setOrganisationAchievement(org));

        QVERIFY(!periods.reopen(w.q1, QStringLiteral("admin"), QString()));
        VERIFY_OK(periods.reopen(w.q1, QStringLiteral("admin"), QStringLiteral("Ralat BKD")));
        VERIFY_OK(flow.finalize(id));
        const QVector<PeriodLogEntry> log = periods.log(w.q1);
        QCOMPARE(log.size(), 2);
        QCOMPARE(log.at(1).reason, QStringLiteral("Ralat BKD"));
    }

    void keberatanIsRecordedAndDecidedBeforeFinal()
    {
        TempDatabase t;
        AppraisalWorld w;
        w.build(t.open());
        AppraisalWorkflow flow(t.db(), QStringLiteral("pegawai"));
        const qint64 id = rated(t.db(), w, flow);
        QVERIFY(!flow.explainObjection(id, QStringLiteral("x"), QDate(2026, 4, 3)));
        VERIFY_OK(
            flow.fileObjection(id, QStringLiteral("Target sudah tercapai"), QDate(2026, 4, 2)));
        QVERIFY(!flow.fileObjection(id, QStringLiteral("lagi"), QDate(2026, 4, 2)));
        Status s = flow.finalize(id);
        QVERIFY(!s);
        QCOMPARE(s.field(), QStringLiteral("objection"));
        VERIFY_OK(flow.explainObjection(id, QStringLiteral("Bukti dukung belum lengkap"),
                                        QDate(2026, 4, 5)));
        QVERIFY(!flow.decideObjection(id, ObjectionDecision::Rejected, QStringLiteral("x"),
                                      QDate(2026, 3, 1))); // before it was filed
        VERIFY_OK(flow.decideObjection(id, ObjectionDecision::PartlyGranted,
                                       QStringLiteral("Rating hasil kerja dinaikkan"),
                                       QDate(2026, 4, 8)));
        const Objection o = *flow.objection(id);
        QCOMPARE(o.text, QStringLiteral("Target sudah tercapai"));
        QCOMPARE(o.explanation, QStringLiteral("Bukti dukung belum lengkap"));
        QCOMPARE(*o.decision, ObjectionDecision::PartlyGranted);
        QCOMPARE(o.decidedOn, QDate(2026, 4, 8));
        VERIFY_OK(flow.finalize(id));
        QCOMPARE(AppraisalRepository(t.db()).log(id).size(), 6);
    }

    void stepsBack()
    {
        TempDatabase t;
        AppraisalWorld w;
        w.build(t.open());
        AppraisalWorkflow flow(t.db(), QStringLiteral("admin"));
        const qint64 id = rated(t.db(), w, flow);
        VERIFY_OK(flow.returnToSubmitted(id, QStringLiteral("Periksa ulang")));
        VERIFY_OK(flow.returnToDraft(id));
        QCOMPARE(AppraisalRepository(t.db()).find(id)->state, AppraisalState::Draft);
        QVERIFY(!flow.reopen(id, QStringLiteral("not final")));
        QVERIFY(!flow.markRated(id));
    }
};

QTEST_GUILESS_MAIN(TestAppraisalWorkflow)
#include "test_appraisal_workflow.moc"
