// The charts page rendered offscreen on a small district: an employee's trend with a
// gap, a unit's predikat bars, the sub-unit comparison with drill-down, and the chart
// saved as PNG, SVG and PDF.
#include "chartexport.h"
#include "chartspage.h"
#include "storage/appraisalbulk.h"
#include "storage/appraisalquery.h"
#include "storage/appraisalrepository.h"
#include "storage/periodrepository.h"
#include "support/tempdatabase.h"
#include "uifixture.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QTest>

using namespace kinerja;

class TestCharts : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void employeeTrendWithAGap();
    void unitBarsAndSubunitDrillDown();
    void savedAsPngSvgAndPdf();

private:
    template <typename T> QList<T *> seriesOf(QChart *chart) const
    {
        QList<T *> list;
        const auto all = chart->series();
        for (QAbstractSeries *s : all)
            if (auto *t = qobject_cast<T *>(s))
                list << t;
        return list;
    }

    QTemporaryDir m_settings;
    QTemporaryDir m_out;
    std::unique_ptr<TempDatabase> m_temp;
    uifixture::Fixture m_f;
    std::unique_ptr<ui::ChartsPage> m_page;
    qint64 m_siti = 0;
};

void TestCharts::initTestCase()
{
    uifixture::isolateSettings(m_settings.path());
    m_temp = std::make_unique<TempDatabase>();
    Database &db = m_temp->open();
    m_f = uifixture::build(db);
    // 2026-Q1 and 2026-Q3 rated (Q2 skipped); everyone in BKPSDM Sesuai/Sesuai (Baik),
    // Siti Di Atas/Di Atas (Sangat Baik) in Q3.
    AppraisalRepository repo(db);
    for (const int q : {1, 3}) {
        qint64 period = 0;
        QVERIFY(PeriodRepository(db).create(Period::quarter(2026, q), 0, &period));
        BulkReport report;
        QVERIFY(AppraisalBulk(db, QStringLiteral("t"))
                    .createForUnit(period, m_f.bkpsdm, true, &report));
        AppraisalFilter f;
        f.periodId = period;
        for (const AppraisalRow &r : AppraisalQuery(db).rows(f)) {
            const bool best = q == 3 && r.employeeId == m_f.employees.at(1);
            const Rating rating = best ? Rating::DiAtasEkspektasi : Rating::SesuaiEkspektasi;
            QVERIFY(repo.setRatings(r.id, rating, rating));
        }
    }
    m_siti = m_f.employees.at(1);
    m_page = std::make_unique<ui::ChartsPage>();
    m_page->resize(1200, 700);
    m_page->setDatabase(&db);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestCharts::employeeTrendWithAGap()
{
    m_page->showView(ui::ChartsPage::EmployeeView);
    m_page->setEmployee(m_siti);
    QVERIFY(m_page->setRange(QStringLiteral("2026-Q1"), QStringLiteral("2026-Q3")));
    QChart *chart = m_page->chartView()->chart();
    QVERIFY2(chart->title().contains(QStringLiteral("Siti")), qPrintable(chart->title()));
    QVERIFY(chart->title().contains(QStringLiteral("2026-Q1 – 2026-Q3")));
    // Three series in the legend: rating hasil, rating perilaku, predikat.
    const QList<QScatterSeries *> points = seriesOf<QScatterSeries>(chart);
    QCOMPARE(points.size(), 3);
    QCOMPARE(points[0]->count(), 2); // Q1 and Q3; Q2 is a gap, not a zero
    // Hasil and perilaku sit a little either side of their period, so equal values show.
    QVERIFY(qAbs(points[0]->at(0).x() - 0) < 0.1 && points[0]->at(0).y() == 1.0);
    QVERIFY(qAbs(points[0]->at(1).x() - 2) < 0.1 && points[0]->at(1).y() == 2.0);
    QCOMPARE(points[2]->at(1), QPointF(2, 4)); // Sangat Baik
    // The lines break at the gap: one single-point segment each side per series.
    const QList<QLineSeries *> lines = seriesOf<QLineSeries>(chart);
    QCOMPARE(lines.size(), 6);
    for (QLineSeries *l : lines)
        QCOMPARE(l->count(), 1);
    auto *x = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).first());
    QVERIFY(x);
    QCOMPARE(x->categories(), (QStringList{QStringLiteral("2026-Q1"), QStringLiteral("2026-Q2"),
                                           QStringLiteral("2026-Q3")}));
    QVERIFY(m_page->chartView()->grab().save(m_out.filePath(QStringLiteral("employee.png"))));
}

void TestCharts::unitBarsAndSubunitDrillDown()
{
    m_page->showView(ui::ChartsPage::UnitView);
    m_page->setUnit(m_f.bkpsdm);
    QVERIFY(m_page->setRange(QStringLiteral("2026-Q1"), QStringLiteral("2026-Q3")));
    QChart *chart = m_page->chartView()->chart();
    const QList<QStackedBarSeries *> bars = seriesOf<QStackedBarSeries>(chart);
    QCOMPARE(bars.size(), 1);
    QCOMPARE(bars.first()->count(), 5);
    QBarSet *baik = bars.first()->barSets().at(3);
    QBarSet *sangatBaik = bars.first()->barSets().at(4);
    QCOMPARE(baik->label(), QStringLiteral("Baik"));
    const int staff = static_cast<int>(baik->at(0));
    QVERIFY(staff > 1);
    QCOMPARE(baik->at(1), 0.0); // the missing quarter
    QCOMPARE(baik->at(2), double(staff - 1));
    QCOMPARE(sangatBaik->at(2), 1.0);
    QVERIFY(m_page->chartView()->grab().save(m_out.filePath(QStringLiteral("unit.png"))));

    m_page->showView(ui::ChartsPage::SubunitView);
    chart = m_page->chartView()->chart();
    const QList<QHorizontalBarSeries *> sub = seriesOf<QHorizontalBarSeries>(chart);
    QCOMPARE(sub.size(), 1);
    QCOMPARE(sub.first()->barSets().first()->count(), 2); // the two bidang of BKPSDM
    // Clicking the top bar (drawn last) opens that sub-unit.
    emit sub.first()->clicked(1, sub.first()->barSets().first());
    auto *unit = m_page->findChild<QComboBox *>(QStringLiteral("chartUnitCombo"));
    QVERIFY(unit->currentData().toLongLong() == m_f.mutasi ||
            unit->currentData().toLongLong() == m_f.pengembangan);
}

void TestCharts::savedAsPngSvgAndPdf()
{
    m_page->showView(ui::ChartsPage::UnitView);
    m_page->setUnit(m_f.bkpsdm);
    for (const char *ext : {"png", "svg", "pdf"}) {
        const QString file = m_out.filePath(QStringLiteral("unit.") + QLatin1String(ext));
        QCOMPARE(ui::ChartExport::save(m_page->chartView(), file), QString());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray head = f.read(8);
        QVERIFY(f.size() > 1000);
        if (QLatin1String(ext) == QLatin1String("pdf"))
            QVERIFY(head.startsWith("%PDF"));
        if (QLatin1String(ext) == QLatin1String("png"))
            QVERIFY(head.startsWith("\x89PNG"));
    }
    QVERIFY(!ui::ChartExport::save(m_page->chartView(), m_out.filePath(QStringLiteral("x.doc")))
                 .isEmpty());
    if (qEnvironmentVariableIsSet("KINERJA_KEEP_CHARTS"))
        m_out.setAutoRemove(false), qInfo("charts kept in %s", qPrintable(m_out.path()));
}

QTEST_MAIN(TestCharts)
#include "test_charts.moc"
