#include "storage/ikmsurveyrepository.h"
#include "storage/periodrepository.h"
#include "support/smalldistrict.h"
#include "support/tempdatabase.h"

#include <QFile>
#include <QTest>

using namespace kinerja;

namespace {

// The worked example of tests/scoring/test_ikm.cpp: 4 respondents, totals per unsur
// 14 13 11 16 13 13 14 11 11 (NRR sum 29), IKM 29 × 0.111 × 25 = 80.475 → 80.48.
IkmSurvey handSurvey(qint64 periodId, qint64 unitId)
{
    IkmSurvey s;
    s.periodId = periodId;
    s.unitId = unitId;
    s.respondents = 4;
    s.answered.fill(4);
    s.sums = {14, 13, 11, 16, 13, 13, 14, 11, 11};
    s.unitValue = 80.475;
    s.sourceName = QStringLiteral("skm-q1.xlsx");
    return s;
}

} // namespace

class TestIkmSurveyRepository : public QObject {
    Q_OBJECT

private:
    TempDatabase m_temp;
    SmallDistrict m_district;
    qint64 m_q1 = 0;

    Database &db() { return m_temp.db(); }
    qint64 unitId() const { return m_district.dinasB.id; }

private slots:
    void init()
    {
        m_temp.open();
        m_district.build(db());
        QVERIFY(PeriodRepository(db()).create(Period::quarter(2026, 1), 0, &m_q1));
    }
    void cleanup()
    {
        m_temp.db().close();
        m_temp.remove();
    }

    void saveAndFind()
    {
        IkmSurveyRepository repo(db());
        QVERIFY(!repo.find(m_q1, unitId()));
        IkmSurvey s = handSurvey(m_q1, unitId());
        const Status st = repo.save(s);
        QVERIFY2(st, qPrintable(st.message()));
        QVERIFY(s.id > 0);
        QVERIFY(s.importedAt.isValid());

        const auto stored = repo.find(m_q1, unitId());
        QVERIFY(stored);
        QCOMPARE(stored->id, s.id);
        QCOMPARE(stored->respondents, 4);
        QCOMPARE(stored->sums, s.sums);
        QCOMPARE(stored->answered, s.answered);
        QCOMPARE(stored->unitValue, 80.475);
        QCOMPARE(stored->roundedValue(), 80.48);
        QCOMPARE(*stored->nrr(0), 3.5);
        QCOMPARE(*stored->nrr(8), 2.75);
        QVERIFY(!stored->nrr(9));
        QCOMPARE(stored->sourceName, QStringLiteral("skm-q1.xlsx"));
        QCOMPARE(stored->importedAt, s.importedAt);

        // The unit's capaian gets the rounded IKM, nothing else.
        const auto org = PeriodRepository(db()).organisationAchievement(m_q1, unitId());
        QVERIFY(org);
        QCOMPARE(org->ikm, std::optional<double>(80.48));
        QVERIFY(!org->predikat);
        QVERIFY(org->note.isEmpty());
        QVERIFY(!repo.find(m_q1, m_district.dinasA.id));
    }

    void replaceKeepsPredikatAndNote()
    {
        OrganisationAchievement a;
        a.periodId = m_q1;
        a.unitId = unitId();
        a.predikat = OrganisationPredikat::Istimewa;
        a.ikm = 70.0;
        a.note = QStringLiteral("Hasil evaluasi SAKIP");
        QVERIFY(PeriodRepository(db()).setOrganisationAchievement(a));

        IkmSurveyRepository repo(db());
        IkmSurvey first = handSurvey(m_q1, unitId());
        QVERIFY(repo.save(first));
        IkmSurvey second = handSurvey(m_q1, unitId());
        second.respondents = 2;
        second.answered.fill(2);
        second.sums.fill(8);
        second.unitValue = 99.9;
        second.sourceName = QStringLiteral("skm-q1-revisi.csv");
        QVERIFY(repo.save(second));

        const auto stored = repo.find(m_q1, unitId());
        QCOMPARE(stored->id, second.id);
        QCOMPARE(stored->respondents, 2);
        QCOMPARE(stored->sourceName, QStringLiteral("skm-q1-revisi.csv"));
        const auto org = PeriodRepository(db()).organisationAchievement(m_q1, unitId());
        QCOMPARE(org->ikm, std::optional<double>(99.9));
        QCOMPARE(org->predikat,
                 std::optional<OrganisationPredikat>(OrganisationPredikat::Istimewa));
        QCOMPARE(org->note, QStringLiteral("Hasil evaluasi SAKIP"));
    }

    void refusals_data()
    {
        QTest::addColumn<int>("change");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no respondents") << 0 << QStringLiteral("at least one respondent");
        QTest::newRow("unsur unanswered") << 1 << QStringLiteral("U3 (Waktu penyelesaian)");
        QTest::newRow("total above 4 per answer") << 2 << QStringLiteral("U1 (Persyaratan)");
        QTest::newRow("more answers than respondents") << 3 << QStringLiteral("U9");
        QTest::newRow("IKM above 100") << 4 << QStringLiteral("0–100");
        QTest::newRow("unknown unit") << 5 << QStringLiteral("unit");
        QTest::newRow("closed period") << 6 << QStringLiteral("2026-Q1 is closed");
    }
    void refusals()
    {
        QFETCH(int, change);
        QFETCH(QString, reason);
        IkmSurveyRepository repo(db());
        // A stored survey that a refused save must leave as it is.
        IkmSurvey kept = handSurvey(m_q1, unitId());
        QVERIFY(repo.save(kept));

        IkmSurvey s = handSurvey(m_q1, unitId());
        s.unitValue = 50;
        switch (change) {
        case 0:
            s.respondents = 0;
            break;
        case 1:
            s.answered[2] = 0;
            s.sums[2] = 0;
            break;
        case 2:
            s.sums[0] = 17;
            break;
        case 3:
            s.answered[8] = 5;
            break;
        case 4:
            s.unitValue = 120;
            break;
        case 5:
            s.unitId = 999999;
            break;
        case 6:
            QVERIFY(PeriodRepository(db()).close(m_q1, QStringLiteral("admin")));
            break;
        }
        const Status st = repo.save(s);
        QVERIFY(!st);
        QVERIFY2(st.message().contains(reason), qPrintable(st.message()));
        QCOMPARE(repo.find(m_q1, unitId())->id, kept.id);
        QCOMPARE(repo.find(m_q1, unitId())->unitValue, 80.475);
        QCOMPARE(PeriodRepository(db()).organisationAchievement(m_q1, unitId())->ikm,
                 std::optional<double>(80.48));
    }

    void removedWithItsPeriod()
    {
        qint64 q2 = 0;
        QVERIFY(PeriodRepository(db()).create(Period::quarter(2026, 2), 0, &q2));
        IkmSurveyRepository repo(db());
        IkmSurvey s = handSurvey(q2, unitId());
        QVERIFY(repo.save(s));
        QVERIFY(PeriodRepository(db()).remove(q2));
        QVERIFY(!repo.find(q2, unitId()));
    }
};

QTEST_GUILESS_MAIN(TestIkmSurveyRepository)
#include "test_ikm_survey_repository.moc"
