// The charts page rendered offscreen on a small district: an employee's trend with a
// gap, a unit's predikat bars, the sub-unit comparison with drill-down, and the chart
// saved as PNG, SVG and PDF.
#include "charts/chartexport.h"
#include "charts/chartspage.h"
#include "charts/dashboardcharts.h"
#include "charts/dashboardview.h"
#include "storage/appraisalbulk.h"
#include "storage/appraisalquery.h"
#include "storage/appraisalrepository.h"
#include "storage/dashboardquery.h"
#include "storage/periodrepository.h"
#include "support/tempdatabase.h"
#include "support/uifixture.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTest>
#include <QValueAxis>

using namespace kinerja;

class TestCharts : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void employeeTrendWithAGap();
    void unitBarsAndSubunitDrillDown();
    void savedAsPngSvgAndPdf();
    void dashboardChartsFromKnownData();
    void numbersInTheUiLanguage();
    void patternChartMarksTheBreakingClasses();
    void dashboardViewAndDrillDown();
    void unitAgainstItsPattern();

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
    qint64 m_q1 = 0;
    qint64 m_q3 = 0;
};

void TestCharts::initTestCase()
{
    // The English UI's notation ("20.0%") whatever LANG is; Indonesian where named.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
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
        (q == 1 ? m_q1 : m_q3) = period;
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
    // The employee's record is one click away.
    QSignalSpy record(m_page.get(), &ui::ChartsPage::openEmployee);
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("chartRecordButton")),
                      Qt::LeftButton);
    QCOMPARE(record.size(), 1);
    QCOMPARE(record.first().at(0).toLongLong(), m_siti);
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
    QCoreApplication::processEvents(); // drill-down is queued: the click's chart is replaced
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

namespace {
QList<qint64> idsOf(QAbstractSeries *series)
{
    QList<qint64> ids;
    const QVariantList list = series->property(ui::DashboardCharts::IdsProperty).toList();
    for (const QVariant &v : list)
        ids << v.toLongLong();
    return ids;
}

QStringList categoriesOf(QChart *chart)
{
    const auto axes = chart->axes();
    for (QAbstractAxis *a : axes)
        if (auto *c = qobject_cast<QBarCategoryAxis *>(a))
            return c->categories();
    return {};
}
} // namespace

// Two raters of one organisation: Lena rates 0.75 levels above her peers (7), the
// other 0.5 below (8).
static std::pair<RaterLeniency, RaterLeniency> twoRaters()
{
    RaterLeniency lenient;
    lenient.raterId = 7;
    lenient.raterName = QStringLiteral("Lena");
    lenient.unitName = QStringLiteral("Bidang A");
    lenient.appraisals = 4;
    lenient.meanRating = 1.75;
    lenient.peerMean = 1.0;
    RaterLeniency strict = lenient;
    strict.raterId = 8;
    strict.meanRating = 0.5;
    return {lenient, strict};
}

void TestCharts::dashboardChartsFromKnownData()
{
    // Distribution: best at the top (the last category), one coloured set per predikat.
    PredikatShare share;
    share.counts[4] = 2;
    share.counts[3] = 6;
    share.counts[0] = 1;
    share.incomplete = 1;
    std::unique_ptr<QChart> chart(
        ui::DashboardCharts::distribution(share, QStringLiteral("2026-Q3")));
    QVERIFY(chart->title().contains(QStringLiteral("2026-Q3")));
    QStringList categories = categoriesOf(chart.get());
    QCOMPARE(categories.size(), 6);
    QCOMPARE(categories.last(), QStringLiteral("Sangat Baik: 2 (20.0%)"));
    QCOMPARE(categories.first(), QStringLiteral("No result yet: 1 (10.0%)"));
    auto *stacked = seriesOf<QHorizontalStackedBarSeries>(chart.get()).first();
    QCOMPARE(stacked->count(), 6);
    QBarSet *baik = stacked->barSets().at(1); // sets in order best first
    QCOMPARE(baik->label(), QStringLiteral("Baik"));
    QCOMPARE(baik->at(4), 6.0); // second from the top
    QCOMPARE(baik->sum(), 6.0);

    // Pending: units with nothing outstanding are left out; the first is at the top.
    QVector<UnitPendingCounts> pending(12);
    for (int i = 0; i < 12; ++i) {
        pending[i].unitId = 100 + i;
        pending[i].unitName = QStringLiteral("Dinas %1").arg(i);
        pending[i].total = 10;
        pending[i].draft = 12 - i;
        pending[i].final = 10 - qMin(10, pending[i].draft);
        pending[i].draft = 10 - pending[i].final;
    }
    pending[0].notCreated = 3;
    pending[1].final = 10, pending[1].draft = 0; // nothing pending
    chart.reset(ui::DashboardCharts::pending(pending, QStringLiteral("2026-Q3")));
    auto *bars = seriesOf<QHorizontalStackedBarSeries>(chart.get()).first();
    const QList<qint64> ids = idsOf(bars);
    QCOMPARE(ids.size(), ui::DashboardCharts::kTop);
    QCOMPARE(ids.last(), 100); // the top bar
    QVERIFY(!ids.contains(101));
    QCOMPARE(bars->barSets().at(0)->label(), QStringLiteral("Not created"));
    QCOMPARE(bars->barSets().at(0)->at(ids.size() - 1), 3.0);
    QCOMPARE(bars->barSets().at(1)->at(ids.size() - 1), 10.0); // its drafts
    QCOMPARE(categoriesOf(chart.get()).last(), QStringLiteral("Dinas 0 (13 of 13)"));

    // Leniency: signed differences, ids are the raters.
    const auto [lenient, strict] = twoRaters();
    chart.reset(ui::DashboardCharts::leniency({lenient, strict}, QStringLiteral("2026-Q3")));
    auto *diff = seriesOf<QHorizontalBarSeries>(chart.get()).first();
    QCOMPARE(idsOf(diff), (QList<qint64>{8, 7}));
    QCOMPARE(diff->barSets().first()->at(1), 0.75);
    QCOMPARE(diff->barSets().first()->at(0), -0.5);
    auto *axis = qobject_cast<QValueAxis *>(chart->axes(Qt::Horizontal).first());
    QVERIFY(axis->min() <= -0.75 && axis->max() >= 0.75); // symmetric around zero

    // Nothing to compare: said in the title, no bars.
    chart.reset(ui::DashboardCharts::changes({}, QString(), QStringLiteral("2026-Q1")));
    QVERIFY(chart->title().contains(QStringLiteral("no earlier period")));
    QCOMPARE(seriesOf<QHorizontalBarSeries>(chart.get()).first()->barSets().first()->count(), 0);
}

// The texts a chart shows once laid out in a view: axis labels, bar labels, titles.
static QStringList renderedTexts(QChart *chart)
{
    QChartView view(chart); // owns the chart
    view.resize(900, 600);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return {};
    QCoreApplication::processEvents();
    QStringList texts;
    const auto items = view.scene()->items();
    for (QGraphicsItem *item : items) {
        if (auto *t = dynamic_cast<QGraphicsTextItem *>(item))
            texts << t->toPlainText();
        else if (auto *s = dynamic_cast<QGraphicsSimpleTextItem *>(item))
            texts << s->text();
    }
    return texts;
}

void TestCharts::numbersInTheUiLanguage()
{
    // Leniency: +0.75 and −0.5 levels on a value axis labelled "%.2f", which printf would
    // write "0.75" in any language: the chart localizes its numbers.
    const auto [lenient, strict] = twoRaters();
    PredikatShare share;
    share.counts[4] = 2;
    share.counts[3] = 6;
    share.counts[0] = 1;
    share.incomplete = 1;

    QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    QChart *chart = ui::DashboardCharts::leniency({lenient, strict}, QStringLiteral("2026-Q3"));
    QVERIFY(chart->localizeNumbers());
    QCOMPARE(chart->locale(), QLocale(QLocale::Indonesian, QLocale::Indonesia));
    QString texts = renderedTexts(chart).join(QLatin1Char('|'));
    QVERIFY2(texts.contains(QStringLiteral("0,75")), qPrintable(texts)); // the bar's label
    QVERIFY2(texts.contains(QStringLiteral("0,50")), qPrintable(texts)); // an axis label
    QVERIFY2(!texts.contains(QRegularExpression(QStringLiteral("\\d\\.\\d"))), qPrintable(texts));
    chart = ui::DashboardCharts::distribution(share, QStringLiteral("2026-Q3"));
    QCOMPARE(categoriesOf(chart).last(), QStringLiteral("Sangat Baik: 2 (20,0%)"));
    // Whole counts on the axis: a localized chart shows no labels for a bare "%d".
    const QStringList rendered = renderedTexts(chart);
    const QStringList counts = rendered.filter(QRegularExpression(QStringLiteral("^\\d+$")));
    QVERIFY2(counts.contains(QStringLiteral("0")) && counts.size() >= 3,
             qPrintable(rendered.join(QLatin1Char('|'))));

    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    chart = ui::DashboardCharts::leniency({lenient, strict}, QStringLiteral("2026-Q3"));
    texts = renderedTexts(chart).join(QLatin1Char('|'));
    QVERIFY2(texts.contains(QStringLiteral("0.75")), qPrintable(texts));
    QVERIFY2(texts.contains(QStringLiteral("0.50")), qPrintable(texts));
    QVERIFY2(!texts.contains(QStringLiteral("0,75")), qPrintable(texts));
}

void TestCharts::patternChartMarksTheBreakingClasses()
{
    // Capaian Baik: Baik at most 70%, some Butuh Perbaikan and/or Kurang/Misconduct.
    UnitDistribution d;
    d.organisation = OrganisationPredikat::Baik;
    d.pattern = defaultDistributionPattern(OrganisationPredikat::Baik);
    d.counts[Predikat::Baik] = 8;
    d.counts[Predikat::SangatBaik] = 2;
    d.breaches = checkDistribution(d.pattern, d.counts);
    QCOMPARE(d.breaches.size(), 2);
    std::unique_ptr<QChart> chart(
        ui::DashboardCharts::pattern(d, QStringLiteral("Dinas A"), QStringLiteral("2026-Q3")));
    QStringList categories = categoriesOf(chart.get());
    QCOMPARE(categories.size(), 6); // five predikats and the combined class
    // Wrapped rich text; breaking classes say so in words (for black and white).
    QCOMPARE(categories[3].replace(QStringLiteral("<br>"), QStringLiteral(" ")),
             QStringLiteral("Baik: 8 (breaks the pattern)"));
    QCOMPARE(categories.at(4), QStringLiteral("Sangat Baik: 2"));
    auto *bars = seriesOf<QStackedBarSeries>(chart.get()).first();
    QBarSet *fits = bars->barSets().at(0);
    QBarSet *breaks = bars->barSets().at(1);
    QCOMPARE(breaks->at(3), 80.0);
    QCOMPARE(fits->at(3), 0.0);
    QCOMPARE(fits->at(4), 20.0); // Sangat Baik is free
    QCOMPARE(breaks->at(4), 0.0);
    // The "at most 70%" line sits over Baik.
    bool line70 = false;
    for (QLineSeries *l : seriesOf<QLineSeries>(chart.get()))
        line70 = line70 || (l->count() == 2 && l->at(0).y() == 70.0 &&
                            qAbs(l->at(0).x() - 2.55) < 1e-9 && qAbs(l->at(1).x() - 3.45) < 1e-9);
    QVERIFY(line70);

    // Without a capaian kinerja organisasi: the shares, no rules, nothing breaking.
    UnitDistribution none;
    none.counts[Predikat::Baik] = 3;
    chart.reset(
        ui::DashboardCharts::pattern(none, QStringLiteral("Dinas A"), QStringLiteral("2026-Q3")));
    QVERIFY(chart->title().contains(QStringLiteral("no pattern")));
    QCOMPARE(categoriesOf(chart.get()).size(), 5);
    QCOMPARE(seriesOf<QLineSeries>(chart.get()).size(), 0);
    QCOMPARE(seriesOf<QStackedBarSeries>(chart.get()).first()->barSets().at(1)->sum(), 0.0);
}

void TestCharts::dashboardViewAndDrillDown()
{
    m_page->showView(ui::ChartsPage::AgencyView);
    QVERIFY(m_page->setRange(QStringLiteral("2026-Q3"), QStringLiteral("2026-Q3")));
    ui::DashboardView *dashboard = m_page->dashboard();
    QVERIFY(dashboard->isVisible());
    QVERIFY(!m_page->chartView()->isVisible());
    const QList<QChartView *> views = dashboard->views();
    QCOMPARE(views.size(), 5);
    for (QChartView *v : views)
        QVERIFY2(v->chart()->title().contains(QStringLiteral("2026-Q3")),
                 qPrintable(v->chart()->title()));
    QCOMPARE(m_page->currentChartView(), views.first());

    // Pending: BKPSDM's appraisals are all drafts; a bar opens that unit's appraisals.
    auto *pending =
        seriesOf<QHorizontalStackedBarSeries>(
            dashboard->findChild<QChartView *>(QStringLiteral("dashboardPending"))->chart())
            .first();
    const QList<qint64> units = idsOf(pending);
    QVERIFY(units.contains(m_f.bkpsdm));
    QSignalSpy opened(m_page.get(), &ui::ChartsPage::openAppraisals);
    emit pending->clicked(static_cast<int>(units.indexOf(m_f.bkpsdm)), pending->barSets().first());
    QCoreApplication::processEvents(); // drill-down is queued
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().at(0).toLongLong(), m_q3);
    QCOMPARE(opened.first().at(1).toLongLong(), m_f.bkpsdm);

    // A rater's bar opens the employee: the top bar is the rater who differs most.
    const QVector<RaterLeniency> raters = DashboardQuery(m_temp->db()).raterLeniency(m_q3);
    QVERIFY(!raters.isEmpty());
    auto *leniency =
        seriesOf<QHorizontalBarSeries>(
            dashboard->findChild<QChartView *>(QStringLiteral("dashboardLeniency"))->chart())
            .first();
    const QList<qint64> ids = idsOf(leniency);
    QCOMPARE(ids.size(), qMin(int(raters.size()), ui::DashboardCharts::kTop));
    QSignalSpy employee(m_page.get(), &ui::ChartsPage::openEmployee);
    emit leniency->clicked(int(ids.size()) - 1, leniency->barSets().first());
    QCoreApplication::processEvents(); // drill-down is queued
    QCOMPARE(employee.size(), 1);
    QCOMPARE(employee.first().at(0).toLongLong(), raters.first().raterId);

    // Changes since Q1 (Q2 is skipped): BKPSDM's Siti improved; a bar shows the unit.
    QChartView *changes = dashboard->findChild<QChartView *>(QStringLiteral("dashboardChanges"));
    QVERIFY(changes->chart()->title().contains(QStringLiteral("2026-Q1 → 2026-Q3")));
    auto *changed = seriesOf<QHorizontalBarSeries>(changes->chart()).first();
    QCOMPARE(idsOf(changed), (QList<qint64>{m_f.bkpsdm}));
    QVERIFY(changed->barSets().first()->at(0) > 0);
    QVERIFY(dashboard->grab().save(m_out.filePath(QStringLiteral("dashboard.png"))));
    // Clicking a chart makes it the one Save and Print act on.
    QTest::mouseClick(changes->viewport(), Qt::LeftButton, {}, QPoint(5, 5));
    QCOMPARE(m_page->currentChartView(), changes);
    emit changed->clicked(0, changed->barSets().first());
    QCoreApplication::processEvents(); // drill-down is queued
    QCOMPARE(
        m_page->findChild<QComboBox *>(QStringLiteral("chartViewCombo"))->currentData().toInt(),
        int(ui::ChartsPage::UnitView));
    QCOMPARE(m_page->findChild<QComboBox *>(QStringLiteral("chartUnitCombo"))
                 ->currentData()
                 .toLongLong(),
             m_f.bkpsdm);
}

void TestCharts::unitAgainstItsPattern()
{
    m_page->showView(ui::ChartsPage::PatternView);
    m_page->setUnit(m_f.bkpsdm);
    QVERIFY(m_page->setRange(QStringLiteral("2026-Q3"), QStringLiteral("2026-Q3")));
    auto *note = m_page->findChild<QLabel *>(QStringLiteral("chartNoteLabel"));
    QVERIFY2(note->text().contains(QStringLiteral("No capaian kinerja organisasi")),
             qPrintable(note->text()));
    OrganisationAchievement a;
    a.periodId = m_q3;
    a.unitId = m_f.bkpsdm;
    a.predikat = OrganisationPredikat::Baik;
    QVERIFY(PeriodRepository(m_temp->db()).setOrganisationAchievement(a));
    m_page->reload();
    QVERIFY2(note->text().contains(QStringLiteral("Breaks the pattern")), qPrintable(note->text()));
    QChart *chart = m_page->chartView()->chart();
    QVERIFY(chart->title().contains(QStringLiteral("capaian kinerja organisasi Baik")));
    QBarSet *breaks = seriesOf<QStackedBarSeries>(chart).first()->barSets().at(1);
    QVERIFY(breaks->at(3) > 70.0); // Baik, everyone but Siti
    QVERIFY(m_page->chartView()->grab().save(m_out.filePath(QStringLiteral("pattern.png"))));
}

QTEST_MAIN(TestCharts)
#include "test_charts.moc"
