// kinerja-cli demo --years: the appraisal history written by DemoGenerator.
#include "demo/demogenerator.h"
#include "storage/appraisalcontent.h"
#include "storage/appraisalquery.h"
#include "storage/appraisalrepository.h"
#include "storage/employeelistquery.h"
#include "storage/employeerepository.h"
#include "storage/periodrepository.h"
#include "storage/unitrepository.h"
#include "support/tempdatabase.h"

#include <QHash>
#include <QTest>

using namespace kinerja;

namespace {

Status generate(Database &db, int employees, quint64 seed, int years,
                const DemoGenerator::Progress &progress = {},
                DemoGenerator::Summary *summary = nullptr)
{
    DemoGenerator::Options options;
    options.employees = employees;
    options.seed = seed;
    options.years = years;
    DemoGenerator generator(options);
    const Status s = generator.run(db, progress);
    if (summary)
        *summary = generator.summary();
    return s;
}

QVector<AppraisalRow> rowsOf(Database &db, qint64 periodId)
{
    AppraisalFilter filter;
    filter.periodId = periodId;
    return AppraisalQuery(db).rows(filter);
}

// Everything an appraisal holds except row ids and timestamps.
QStringList dumpHistory(Database &db)
{
    QStringList out;
    AppraisalRepository repo(db);
    AppraisalContent content(db);
    for (const PeriodInfo &p : PeriodRepository(db).all()) {
        out << QStringLiteral("period|%1|%2").arg(p.code()).arg(p.closed);
        for (const OrganisationAchievement &o : PeriodRepository(db).organisationAchievements(p.id))
            out << QStringLiteral("  org|%1|%2").arg(o.unitId).arg(static_cast<int>(*o.predikat));
        for (const AppraisalRow &row : rowsOf(db, p.id)) {
            const Appraisal a = *repo.find(row.id);
            QString line = QStringLiteral("  %1|%2|%3|%4|%5|%6|%7")
                               .arg(a.employee.nip, a.rater.nip, a.predikat, a.rekomendasi)
                               .arg(static_cast<int>(a.state))
                               .arg(a.ratingHasil ? static_cast<int>(*a.ratingHasil) : -1)
                               .arg(a.ratingPerilaku ? static_cast<int>(*a.ratingPerilaku) : -1);
            for (const Rhk &r : content.rhk(row.id)) {
                line += QLatin1Char('|') + r.text + QLatin1Char('>') + r.intervensi;
                for (const RhkIndicator &i : r.indicators)
                    line += QLatin1Char(';') + i.indikator + QLatin1Char('=') + i.target +
                            QLatin1Char('/') + i.realisasi + QLatin1Char('/') + i.umpanBalik;
            }
            for (const PerilakuEntry &e : content.perilaku(row.id))
                line += QLatin1Char('|') + e.umpanBalik + QLatin1Char('/') + e.ekspektasi;
            out << line;
        }
    }
    return out;
}

} // namespace

class TestDemoHistory : public QObject {
    Q_OBJECT

    TempDatabase m_shared; // 400 employees, 2 years
    DemoGenerator::Summary m_summary;

private slots:
    void initTestCase()
    {
        const Status s = generate(m_shared.open(), 400, 11, 2, {}, &m_summary);
        QVERIFY2(s, qPrintable(s.message()));
    }

    void periodsOfTheYearsBeforeTheReferenceDate()
    {
        QStringList codes;
        for (const PeriodInfo &p : PeriodRepository(m_shared.db()).all()) {
            codes << p.code();
            QVERIFY2(p.closed, qPrintable(p.code())); // history is closed
        }
        const QStringList expected = {QStringLiteral("2024"),    QStringLiteral("2024-Q1"),
                                      QStringLiteral("2024-Q2"), QStringLiteral("2024-Q3"),
                                      QStringLiteral("2024-Q4"), QStringLiteral("2025"),
                                      QStringLiteral("2025-Q1"), QStringLiteral("2025-Q2"),
                                      QStringLiteral("2025-Q3"), QStringLiteral("2025-Q4")};
        QCOMPARE(codes, expected);
        QCOMPARE(m_summary.periods, 10);
        QCOMPARE(m_summary.firstYear, 2024);
        QCOMPARE(m_summary.lastYear, 2025);
    }

    void oneFinalAppraisalPerActiveEmployeePerPeriod()
    {
        Database &db = m_shared.db();
        EmployeeRepository employees(db);
        EmployeeFilter active; // active staff only
        const QVector<qint64> ids =
            EmployeeListQuery(db).ids(active, EmployeeColumn::Nip, Qt::AscendingOrder);
        QHash<qint64, QDate> since;
        for (const qint64 id : ids)
            since.insert(id, employees.history(id).first().validFrom);
        int total = 0;
        for (const PeriodInfo &p : PeriodRepository(db).all()) {
            QHash<qint64, int> seen;
            for (const AppraisalRow &row : rowsOf(db, p.id)) {
                ++seen[row.employeeId];
                QCOMPARE(row.state, AppraisalState::Final);
                QVERIFY2(!row.predikat.isEmpty(), qPrintable(row.name));
                QCOMPARE(row.schemeKind, SchemeKind::PermenPan2022);
            }
            int expected = 0;
            for (const qint64 id : ids) {
                const bool due = since.value(id) <= p.period.end();
                expected += due ? 1 : 0;
                QCOMPARE(seen.value(id), due ? 1 : 0);
            }
            QCOMPARE(seen.size(), expected);
            QVERIFY(expected > 350);
            total += expected;
        }
        QCOMPARE(m_summary.appraisals, total);
    }

    void mostlyBaikWithSomeOfEverything()
    {
        Database &db = m_shared.db();
        QHash<QString, int> counts;
        int n = 0;
        for (const PeriodInfo &p : PeriodRepository(db).all()) {
            if (p.period.kind() != Period::Kind::Quarterly)
                continue;
            for (const AppraisalRow &row : rowsOf(db, p.id)) {
                ++counts[row.predikat];
                ++n;
            }
        }
        const auto share = [&](Predikat p) { return counts.value(predikatName(p)) * 100.0 / n; };
        const QByteArray shown = QStringLiteral("Baik %1%, Sangat Baik %2%, Butuh Perbaikan %3%, "
                                                "Kurang %4%")
                                     .arg(share(Predikat::Baik))
                                     .arg(share(Predikat::SangatBaik))
                                     .arg(share(Predikat::ButuhPerbaikan))
                                     .arg(share(Predikat::KurangMisconduct))
                                     .toUtf8();
        QVERIFY2(share(Predikat::Baik) >= 65 && share(Predikat::Baik) <= 90, shown.constData());
        QVERIFY2(share(Predikat::SangatBaik) >= 5 && share(Predikat::SangatBaik) <= 16,
                 shown.constData());
        QVERIFY2(share(Predikat::ButuhPerbaikan) >= 1 && share(Predikat::ButuhPerbaikan) <= 12,
                 shown.constData());
        QVERIFY2(share(Predikat::KurangMisconduct) > 0 && share(Predikat::KurangMisconduct) <= 6,
                 shown.constData());
    }

    void belowBaikCarriesARecommendation()
    {
        Database &db = m_shared.db();
        AppraisalRepository repo(db);
        int below = 0;
        for (const PeriodInfo &p : PeriodRepository(db).all()) {
            for (const AppraisalRow &row : rowsOf(db, p.id)) {
                if (*row.predikatLevel >= static_cast<int>(Predikat::Baik))
                    continue;
                ++below;
                const Appraisal a = *repo.find(row.id);
                QVERIFY2(!a.rekomendasi.isEmpty(), qPrintable(a.employee.name));
                QVERIFY(a.competency != CompetencyCategory::None);
            }
        }
        QVERIFY(below > 0);
    }

    void contentIsFilledIn()
    {
        Database &db = m_shared.db();
        AppraisalContent content(db);
        const PeriodInfo q = *PeriodRepository(db).findByCode(QStringLiteral("2025-Q2"));
        for (const AppraisalRow &row : rowsOf(db, q.id)) {
            const QVector<Rhk> plan = content.rhk(row.id);
            QVERIFY(plan.size() >= 2);
            QCOMPARE(plan.first().kind, RhkKind::Utama);
            for (const Rhk &r : plan) {
                QVERIFY(!r.intervensi.isEmpty());
                QVERIFY(!r.indicators.isEmpty());
                for (const RhkIndicator &i : r.indicators)
                    QVERIFY2(!i.target.isEmpty() && !i.realisasi.isEmpty(), qPrintable(r.text));
            }
            const QVector<PerilakuEntry> perilaku = content.perilaku(row.id);
            QCOMPARE(perilaku.size(), 7);
            for (const PerilakuEntry &e : perilaku)
                QVERIFY(!e.umpanBalik.isEmpty() && e.assessment);
        }
    }

    // The stated policy: the year is the mean of the quarters' ratings (Di Bawah 0,
    // Sesuai 1, Di Atas 2), each rounded half up, then the predikat matrix.
    void annualIsTheMeanOfTheQuarters()
    {
        Database &db = m_shared.db();
        AppraisalRepository repo(db);
        PeriodRepository periods(db);
        for (const int year : {2024, 2025}) {
            QHash<qint64, QVector<Appraisal>> quarters;
            for (int q = 1; q <= 4; ++q) {
                const PeriodInfo p = *periods.findByCode(Period::quarter(year, q).toString());
                for (const AppraisalRow &row : rowsOf(db, p.id))
                    quarters[row.employeeId] << *repo.find(row.id);
            }
            const PeriodInfo annual = *periods.findByCode(QString::number(year));
            int checked = 0;
            for (const AppraisalRow &row : rowsOf(db, annual.id)) {
                const Appraisal a = *repo.find(row.id);
                QCOMPARE(a.rollup.policy, RollupPolicy::MeanOfPeriods);
                QCOMPARE(a.rollup.from, Period::Kind::Quarterly);
                const QVector<Appraisal> qs = quarters.value(row.employeeId);
                QVERIFY(!qs.isEmpty());
                int hasil = 0, perilaku = 0;
                for (const Appraisal &q : qs) {
                    hasil += static_cast<int>(*q.ratingHasil);
                    perilaku += static_cast<int>(*q.ratingPerilaku);
                }
                const int n = static_cast<int>(qs.size());
                const Predikat expected =
                    predikat(static_cast<Rating>((2 * hasil + n) / (2 * n)),
                             static_cast<Rating>((2 * perilaku + n) / (2 * n)));
                QCOMPARE(a.predikat, predikatName(expected));
                ++checked;
            }
            QVERIFY(checked > 350);
        }
    }

    void someImproveSomeDecline()
    {
        Database &db = m_shared.db();
        PeriodRepository periods(db);
        QHash<qint64, int> first, last;
        for (const AppraisalRow &row : rowsOf(db, periods.findByCode(QStringLiteral("2024"))->id))
            first.insert(row.employeeId, *row.predikatLevel);
        for (const AppraisalRow &row : rowsOf(db, periods.findByCode(QStringLiteral("2025"))->id))
            last.insert(row.employeeId, *row.predikatLevel);
        int up = 0, down = 0;
        for (auto it = first.cbegin(); it != first.cend(); ++it) {
            if (!last.contains(it.key()))
                continue;
            up += last.value(it.key()) > it.value() ? 1 : 0;
            down += last.value(it.key()) < it.value() ? 1 : 0;
        }
        QVERIFY2(up >= 5 && down >= 5,
                 qPrintable(QStringLiteral("%1 up, %2 down").arg(up).arg(down)));
    }

    void capaianKinerjaOrganisasiPerPerangkatDaerah()
    {
        Database &db = m_shared.db();
        PeriodRepository periods(db);
        qint64 root = 0;
        int organs = 1; // the root
        const QVector<Unit> units = UnitRepository(db).all();
        for (const Unit &u : units)
            if (u.parentId == 0)
                root = u.id;
        for (const Unit &u : units)
            organs += u.parentId == root ? 1 : 0;
        int baik = 0, all = 0;
        for (const PeriodInfo &p : periods.all()) {
            const QVector<OrganisationAchievement> list = periods.organisationAchievements(p.id);
            QCOMPARE(list.size(), organs);
            for (const OrganisationAchievement &o : list) {
                QVERIFY(o.predikat);
                baik += *o.predikat == OrganisationPredikat::Baik ? 1 : 0;
                ++all;
            }
        }
        QVERIFY2(baik * 100 >= all * 60, qPrintable(QStringLiteral("%1 of %2").arg(baik).arg(all)));
    }

    void sameSeedGivesSameHistory()
    {
        TempDatabase a;
        TempDatabase b;
        QVERIFY(generate(a.open(), 150, 3, 1));
        QVERIFY(generate(b.open(), 150, 3, 1));
        const QStringList dumpA = dumpHistory(a.db());
        QVERIFY(dumpA.size() > 5 * 140);
        QCOMPARE(dumpA, dumpHistory(b.db()));
        TempDatabase c;
        QVERIFY(generate(c.open(), 150, 4, 1));
        QVERIFY(dumpA != dumpHistory(c.db()));
    }

    void progressReachesTheTotal()
    {
        TempDatabase t;
        int lastDone = -1, lastTotal = 0;
        const Status s = generate(t.open(), 120, 9, 1, [&](int done, int total) {
            if (done < lastDone || (lastTotal != 0 && total != lastTotal))
                return false;
            lastDone = done;
            lastTotal = total;
            return true;
        });
        QVERIFY2(s, qPrintable(s.message()));
        QCOMPARE(lastDone, lastTotal);
        QVERIFY(lastTotal > 120 * 5);
    }

    void cancelDuringTheHistoryWritesNothing()
    {
        TempDatabase t;
        const Status s =
            generate(t.open(), 150, 2, 1, [](int done, int total) { return done * 4 < total * 3; });
        QVERIFY(!s);
        QCOMPARE(EmployeeRepository(t.db()).count(), 0);
        QVERIFY(PeriodRepository(t.db()).all().isEmpty());
        QVERIFY(generate(t.db(), 20, 1, 1)); // usable afterwards
    }

    void refusesOutOfRangeYears()
    {
        TempDatabase t;
        QVERIFY(!generate(t.open(), 20, 1, -1));
        QVERIFY(!generate(t.db(), 20, 1, DemoGenerator::kMaxYears + 1));
        QCOMPARE(EmployeeRepository(t.db()).count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDemoHistory)
#include "test_demo_history.moc"
