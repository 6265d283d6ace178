// AppraisalBulk::rateMany: the batched path gives the rows the single steps give, and is
// all or nothing.
#include "storage/appraisalbulk.h"
#include "storage/appraisalcontent.h"
#include "storage/appraisalworkflow.h"
#include "support/appraisalfixture.h"
#include "support/tempdatabase.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace kinerja;

namespace {

int count(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

// Every stored column of the appraisals except the moments (which only say whether they
// are set), and the log without its moments: what the two paths must agree on.
QStringList dump(Database &db)
{
    QStringList out;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT * FROM appraisal ORDER BY id"));
    while (q.next()) {
        QStringList fields;
        const QSqlRecord record = q.record();
        for (int c = 0; c < record.count(); ++c) {
            const QString name = record.fieldName(c);
            const QVariant v = q.value(c);
            // The single steps bump the row version once each, the bulk step once.
            if (name == QLatin1String("created_at") || name == QLatin1String("row_version"))
                continue;
            if (name.endsWith(QLatin1String("_at")))
                fields << name + (v.isNull() ? QStringLiteral("=null") : QStringLiteral("=set"));
            else
                fields << name + QLatin1Char('=') +
                              (v.isNull() ? QStringLiteral("null") : v.toString());
        }
        out << fields.join(QLatin1Char('|'));
    }
    q.exec(QStringLiteral("SELECT appraisal_id, user_name, action, from_state, to_state, reason "
                          "FROM appraisal_log ORDER BY appraisal_id, id"));
    while (q.next()) {
        QStringList fields;
        for (int c = 0; c < 6; ++c)
            fields << (q.value(c).isNull() ? QStringLiteral("null") : q.value(c).toString());
        out << QStringLiteral("log|") + fields.join(QLatin1Char('|'));
    }
    return out;
}

// The same world in each database: appraisals of 2026-Q1 for everyone with an SKP, the
// kabid's already submitted, staff2's already rated; the year 2026 for staff1, rolled up
// as the mean of the quarters, with its SKP.
struct Scenario {
    AppraisalWorld w;
    qint64 kadis = 0, kabid = 0, staff1 = 0, staff2 = 0, staffB = 0, year = 0, staff1Year = 0;

    void build(Database &db)
    {
        w.build(db);
        AppraisalContent content(db);
        AppraisalRepository repo(db);
        kadis = AppraisalWorld::appraisal(db, w.kadis.id, w.q1);
        kabid = AppraisalWorld::appraisal(db, w.kabid.id, w.q1);
        staff1 = AppraisalWorld::appraisal(db, w.staff1.id, w.q1);
        staff2 = AppraisalWorld::appraisal(db, w.staff2.id, w.q1);
        staffB = AppraisalWorld::appraisal(db, w.staffB.id, w.q1);
        for (const qint64 id : {kadis, kabid, staff1, staff2, staffB})
            VERIFY_OK(content.setRhk(id, AppraisalWorld::onePlan()));
        VERIFY_OK(AppraisalWorkflow(db, w.kabid.name).submit(kabid));
        VERIFY_OK(AppraisalWorkflow(db, w.staff2.name).submit(staff2));
        VERIFY_OK(repo.setRatings(staff2, Rating::SesuaiEkspektasi, Rating::SesuaiEkspektasi));
        VERIFY_OK(AppraisalWorkflow(db, w.kabid.name).markRated(staff2));
        year = AppraisalWorld::period(db, Period::annual(2026));
        staff1Year = AppraisalWorld::appraisal(db, w.staff1.id, year);
        VERIFY_OK(content.setRhk(staff1Year, AppraisalWorld::onePlan()));
        RollupSetting rollup;
        rollup.policy = RollupPolicy::MeanOfPeriods;
        VERIFY_OK(repo.setRollup(staff1Year, rollup));
    }
};

} // namespace

class TestAppraisalRateMany : public QObject {
    Q_OBJECT
private slots:
    void sameStoredResultAsTheSingleSteps()
    {
        TempDatabase single, bulk;
        Scenario a, b;
        a.build(single.open());
        b.build(bulk.open());
        QCOMPARE(dump(single.db()), dump(bulk.db()));

        // The single path, step by step.
        {
            Database &db = single.db();
            AppraisalRepository repo(db);
            const QString rater = a.w.kabid.name;
            VERIFY_OK(
                repo.setRatings(a.staff1, Rating::DiAtasEkspektasi, Rating::SesuaiEkspektasi));
            VERIFY_OK(
                repo.setSelfRatings(a.staff1, Rating::DiAtasEkspektasi, Rating::DiAtasEkspektasi));
            VERIFY_OK(AppraisalWorkflow(db, a.w.staff1.name).submit(a.staff1));
            VERIFY_OK(AppraisalWorkflow(db, rater).markRated(a.staff1));
            VERIFY_OK(
                repo.setRatings(a.kabid, Rating::DiBawahEkspektasi, Rating::SesuaiEkspektasi));
            VERIFY_OK(AppraisalWorkflow(db, a.w.kadis.name).markRated(a.kabid));
            VERIFY_OK(repo.setRatings(a.staff2, Rating::DiAtasEkspektasi,
                                      Rating::DiAtasEkspektasi)); // re-rated, stays Dinilai
            VERIFY_OK(
                repo.setRatings(a.staffB, Rating::SesuaiEkspektasi, Rating::DiBawahEkspektasi));
            VERIFY_OK(AppraisalWorkflow(db, QStringLiteral("admin")).submit(a.staffB));
            VERIFY_OK(AppraisalWorkflow(db, QStringLiteral("admin")).markRated(a.staffB));
            VERIFY_OK(AppraisalWorkflow(db, a.w.staff1.name).submit(a.staff1Year));
            VERIFY_OK(AppraisalWorkflow(db, rater).markRated(a.staff1Year));
        }
        // The same in two batched calls (the roll-up after its quarter).
        {
            AppraisalBulk rate(bulk.db(), QStringLiteral("admin"));
            BulkRating staff1{b.staff1,
                              Rating::DiAtasEkspektasi,
                              Rating::SesuaiEkspektasi,
                              Rating::DiAtasEkspektasi,
                              Rating::DiAtasEkspektasi,
                              b.w.staff1.name,
                              b.w.kabid.name};
            BulkRating kabid{
                b.kabid,       Rating::DiBawahEkspektasi, Rating::SesuaiEkspektasi, {}, {}, {},
                b.w.kadis.name};
            BulkRating staff2{
                b.staff2, Rating::DiAtasEkspektasi, Rating::DiAtasEkspektasi, {}, {}, {}, {}};
            BulkRating staffB{
                b.staffB, Rating::SesuaiEkspektasi, Rating::DiBawahEkspektasi, {}, {}, {}, {}};
            BulkReport report;
            QVector<int> progress;
            VERIFY_OK(rate.rateMany({staff1, kabid, staff2, staffB}, &report,
                                    [&progress](int done, int total) {
                                        progress << done << total;
                                        return true;
                                    }));
            QCOMPARE(report.done, 4);
            QVERIFY(report.skipped.isEmpty());
            QCOMPARE(progress.first(), 0);
            QCOMPARE(progress.last(), 4);
            BulkRating year;
            year.appraisalId = b.staff1Year; // no ratings: the roll-up gives the result
            year.submittedBy = b.w.staff1.name;
            year.ratedBy = b.w.kabid.name;
            VERIFY_OK(rate.rateMany({year}, &report));
        }
        const QStringList expected = dump(single.db());
        QCOMPARE(dump(bulk.db()), expected);

        const Appraisal s1 = *AppraisalRepository(bulk.db()).find(b.staff1);
        QCOMPARE(s1.state, AppraisalState::Dinilai);
        QCOMPARE(s1.predikat, predikatName(Predikat::Baik));
        QVERIFY(s1.submittedAt.isValid() && s1.ratedAt.isValid());
        QCOMPARE(*AppraisalRepository(bulk.db()).find(b.staff1Year)->predikatLevel,
                 static_cast<int>(Predikat::Baik));
        // Made final as the single path's would be.
        BulkReport report;
        VERIFY_OK(AppraisalBulk(bulk.db(), QStringLiteral("admin"))
                      .finalizeMany({b.kadis, b.kabid, b.staff1, b.staff2, b.staffB}, &report));
        QCOMPARE(report.done, 4); // the kadis was never rated
    }

    // A roll-up already waiting for its quarters is recomputed when they are rated.
    void rollupsReadingTheRatedOnesAreRecomputed()
    {
        TempDatabase t;
        Scenario s;
        s.build(t.open());
        QVERIFY(AppraisalRepository(t.db()).find(s.staff1Year)->predikat.isEmpty());
        BulkReport report;
        VERIFY_OK(AppraisalBulk(t.db(), QStringLiteral("admin"))
                      .rateMany({BulkRating{s.staff1,
                                            Rating::DiAtasEkspektasi,
                                            Rating::DiAtasEkspektasi,
                                            {},
                                            {},
                                            {},
                                            {}}},
                                &report));
        QCOMPARE(AppraisalRepository(t.db()).find(s.staff1Year)->predikat,
                 predikatName(Predikat::SangatBaik));
    }

    void refusesAllWhenOneIsLocked()
    {
        TempDatabase t;
        Scenario s;
        Database &db = t.open();
        s.build(db);
        AppraisalBulk bulk(db, QStringLiteral("admin"));
        BulkReport report;
        // staff2 (rated) made final.
        VERIFY_OK(bulk.finalizeMany({s.staff2}, &report));
        const QStringList before = dump(db);
        const int logRows = count(db, QStringLiteral("SELECT count(*) FROM appraisal_log"));
        const BulkRating ok{
            s.staff1, Rating::SesuaiEkspektasi, Rating::SesuaiEkspektasi, {}, {}, {}, {}};
        BulkRating locked = ok;
        locked.appraisalId = s.staff2;

        Status st = bulk.rateMany({ok, locked}, &report);
        QVERIFY(!st);
        QCOMPARE(st.field(), QStringLiteral("state"));
        QVERIFY2(st.message().contains(s.w.staff2.name), qPrintable(st.message()));
        QCOMPARE(dump(db), before);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM appraisal_log")), logRows);

        // A closed period: nothing of it can change.
        const qint64 q2 = AppraisalWorld::period(db, Period::quarter(2026, 2));
        const qint64 closed = AppraisalWorld::appraisal(db, s.w.staff1.id, q2);
        VERIFY_OK(AppraisalContent(db).setRhk(closed, AppraisalWorld::onePlan()));
        VERIFY_OK(PeriodRepository(db).close(q2, QStringLiteral("admin")));
        const QStringList beforeClosed = dump(db);
        BulkRating inClosed = ok;
        inClosed.appraisalId = closed;
        st = bulk.rateMany({ok, inClosed}, &report);
        QVERIFY(!st);
        QCOMPARE(st.field(), QStringLiteral("period"));
        QCOMPARE(dump(db), beforeClosed);

        // A draft that could not be submitted, an unknown id, the same one twice.
        const qint64 q3 = AppraisalWorld::period(db, Period::quarter(2026, 3));
        BulkRating noSkp = ok;
        noSkp.appraisalId = AppraisalWorld::appraisal(db, s.w.staff1.id, q3);
        const QStringList beforeOthers = dump(db);
        st = bulk.rateMany({ok, noSkp}, &report);
        QVERIFY(!st);
        QVERIFY2(st.message().contains(QStringLiteral("RHK Utama")), qPrintable(st.message()));
        BulkRating unknown = ok;
        unknown.appraisalId = 999999;
        QVERIFY(!bulk.rateMany({ok, unknown}, &report));
        QVERIFY(!bulk.rateMany({ok, ok}, &report));
        QVERIFY(!AppraisalBulk(db, QStringLiteral(" ")).rateMany({ok}, &report)); // nobody
        QCOMPARE(dump(db), beforeOthers);

        // The same batch without the refused ones goes through.
        VERIFY_OK(bulk.rateMany({ok}, &report));
        QCOMPARE(AppraisalRepository(db).find(s.staff1)->state, AppraisalState::Dinilai);
    }

    void refusesAnotherKindOfScheme()
    {
        TempDatabase t;
        Scenario s;
        Database &db = t.open();
        s.build(db);
        const qint64 q2 = AppraisalWorld::period(db, Period::quarter(2026, 2), 2); // PP 46
        BulkRating pp46;
        pp46.appraisalId = AppraisalWorld::appraisal(db, s.w.staff1.id, q2);
        pp46.hasil = pp46.perilaku = Rating::SesuaiEkspektasi;
        BulkReport report;
        const Status st = AppraisalBulk(db, QStringLiteral("admin")).rateMany({pp46}, &report);
        QVERIFY(!st);
        QCOMPARE(st.field(), QStringLiteral("scheme"));
    }

    void refusesAnIncompleteResult()
    {
        TempDatabase t;
        Scenario s;
        Database &db = t.open();
        s.build(db);
        const QStringList before = dump(db);
        BulkRating half;
        half.appraisalId = s.staff1;
        half.hasil = Rating::SesuaiEkspektasi; // no rating perilaku
        BulkReport report;
        const Status st = AppraisalBulk(db, QStringLiteral("admin")).rateMany({half}, &report);
        QVERIFY(!st);
        QCOMPARE(st.field(), QStringLiteral("rating"));
        QCOMPARE(dump(db), before);
    }

    void emptyInputIsANoOp()
    {
        TempDatabase t;
        Scenario s;
        Database &db = t.open();
        s.build(db);
        const QStringList before = dump(db);
        BulkReport report;
        report.done = 7;
        VERIFY_OK(AppraisalBulk(db, QStringLiteral("admin")).rateMany({}, &report));
        QCOMPARE(report.done, 0);
        QVERIFY(!report.cancelled);
        QCOMPARE(dump(db), before);
    }

    void cancelLeavesNothing()
    {
        TempDatabase t;
        Scenario s;
        Database &db = t.open();
        s.build(db);
        const QStringList before = dump(db);
        BulkReport report;
        VERIFY_OK(AppraisalBulk(db, QStringLiteral("admin"))
                      .rateMany({BulkRating{s.staff1,
                                            Rating::SesuaiEkspektasi,
                                            Rating::SesuaiEkspektasi,
                                            {},
                                            {},
                                            {},
                                            {}}},
                                &report, [](int done, int total) { return done < total; }));
        QVERIFY(report.cancelled);
        QCOMPARE(report.done, 0);
        QCOMPARE(dump(db), before);
    }
};

QTEST_GUILESS_MAIN(TestAppraisalRateMany)
#include "test_appraisal_rate_many.moc"
