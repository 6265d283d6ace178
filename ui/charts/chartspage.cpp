#include "chartspage.h"

#include "charts/chartexport.h"
#include "charts/dashboardcharts.h"
#include "charts/dashboardview.h"
#include "charts/trendcharts.h"
#include "common/displaytext.h"
#include "employees/employeepickerdialog.h"
#include "storage/appraisalquery.h"
#include "storage/database.h"
#include "storage/periodrepository.h"
#include "storage/trendquery.h"
#include "units/unitcombobox.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScatterSeries>
#include <QScrollArea>
#include <QStackedWidget>
#include <QToolTip>
#include <QVBoxLayout>

namespace kinerja::ui {

ChartsPage::ChartsPage(QWidget *parent)
    : QWidget(parent), m_viewCombo(new QComboBox(this)), m_kind(new QComboBox(this)),
      m_fromLabel(new QLabel(tr("from"), this)), m_from(new QComboBox(this)),
      m_toLabel(new QLabel(tr("to"), this)), m_to(new QComboBox(this)),
      m_unit(new UnitComboBox(this)), m_subunits(new QCheckBox(tr("with sub-units"), this)),
      m_employee(new QPushButton(tr("Choose employee…"), this)),
      m_record(new QPushButton(tr("Open employee record"), this)), m_note(new QLabel(this)),
      m_stack(new QStackedWidget(this)), m_view(new QChartView(this)),
      m_dashboard(new DashboardView(this)), m_save(new QPushButton(tr("Save…"), this)),
      m_print(new QPushButton(tr("Print…"), this))
{
    setObjectName(QStringLiteral("chartsPage"));
    m_viewCombo->setObjectName(QStringLiteral("chartViewCombo"));
    m_kind->setObjectName(QStringLiteral("chartKindCombo"));
    m_from->setObjectName(QStringLiteral("chartFromCombo"));
    m_to->setObjectName(QStringLiteral("chartToCombo"));
    m_unit->setObjectName(QStringLiteral("chartUnitCombo"));
    m_subunits->setObjectName(QStringLiteral("chartSubunitsCheck"));
    m_employee->setObjectName(QStringLiteral("chartEmployeeButton"));
    m_record->setObjectName(QStringLiteral("chartRecordButton"));
    m_note->setObjectName(QStringLiteral("chartNoteLabel"));
    m_view->setObjectName(QStringLiteral("chartView"));
    m_save->setObjectName(QStringLiteral("saveChartButton"));
    m_print->setObjectName(QStringLiteral("printChartButton"));
    m_viewCombo->addItem(tr("Employee trend"), EmployeeView);
    m_viewCombo->addItem(tr("Unit: predikat per period"), UnitView);
    m_viewCombo->addItem(tr("Unit: sub-units compared"), SubunitView);
    m_viewCombo->addItem(tr("Unit: predikat against the distribution pattern"), PatternView);
    m_viewCombo->addItem(tr("Agency dashboard"), AgencyView);
    for (const Period::Kind k : {Period::Kind::Quarterly, Period::Kind::Annual,
                                 Period::Kind::Semester, Period::Kind::Monthly})
        m_kind->addItem(Period::kindName(k), static_cast<int>(k));
    m_subunits->setChecked(true);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(360);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_viewCombo);
    controls->addWidget(m_kind);
    controls->addWidget(m_fromLabel);
    controls->addWidget(m_from);
    controls->addWidget(m_toLabel);
    controls->addWidget(m_to);
    controls->addWidget(m_unit, 1);
    controls->addWidget(m_subunits);
    controls->addWidget(m_employee);
    controls->addWidget(m_record);
    controls->addStretch();
    controls->addWidget(m_save);
    controls->addWidget(m_print);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_note);
    // The dashboard's charts keep a legible size; a small window scrolls.
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_dashboard);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_stack->addWidget(m_view);
    m_stack->addWidget(scroll);
    layout->addWidget(m_stack, 1);

    updateControls();
    connect(m_viewCombo, &QComboBox::currentIndexChanged, this, &ChartsPage::redraw);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        fillPeriods();
        redraw();
    });
    for (QComboBox *c : {m_from, m_to})
        connect(c, &QComboBox::currentIndexChanged, this, &ChartsPage::redraw);
    connect(m_unit, &UnitComboBox::unitChanged, this, &ChartsPage::redraw);
    connect(m_subunits, &QCheckBox::toggled, this, &ChartsPage::redraw);
    connect(m_employee, &QPushButton::clicked, this, &ChartsPage::chooseEmployee);
    connect(m_record, &QPushButton::clicked, this, [this] { emit openEmployee(m_employeeId); });
    connect(m_save, &QPushButton::clicked, this, [this] {
        QChartView *v = currentChartView();
        ChartExport::saveAs(this, v, v->chart()->title());
    });
    connect(m_print, &QPushButton::clicked, this,
            [this] { ChartExport::print(this, currentChartView()); });
    connect(m_dashboard, &DashboardView::openUnit, this, [this](qint64 id) {
        m_filling = true; // one redraw, of the unit's chart only
        m_unit->setUnitId(id);
        m_viewCombo->setCurrentIndex(m_viewCombo->findData(UnitView));
        m_filling = false;
        redraw();
    });
    connect(m_dashboard, &DashboardView::openPendingUnit, this,
            [this](qint64 id) { emit openAppraisals(periodIdAt(m_to), id); });
    connect(m_dashboard, &DashboardView::openEmployee, this, &ChartsPage::openEmployee);
}

void ChartsPage::setDatabase(Database *db)
{
    m_db = db;
    m_employeeId = 0;
    m_unit->setDatabase(db);
    reload();
}

void ChartsPage::reload()
{
    m_stale = true;
    if (!isVisible())
        return;
    m_stale = false;
    m_unit->reload();
    fillPeriods();
    redraw();
}

void ChartsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

Period::Kind ChartsPage::kind() const
{
    return static_cast<Period::Kind>(m_kind->currentData().toInt());
}

Period ChartsPage::periodAt(QComboBox *combo) const
{
    Period p;
    Period::parse(combo->currentText(), &p);
    return p;
}

void ChartsPage::fillPeriods()
{
    m_filling = true;
    const QVector<Period> stored =
        m_db ? TrendQuery(*m_db).storedPeriods(kind()) : QVector<Period>();
    for (QComboBox *c : {m_from, m_to}) {
        c->clear();
        for (const Period &p : stored)
            c->addItem(p.toString());
    }
    // The last two years by default.
    m_to->setCurrentIndex(m_to->count() - 1);
    const int span = kind() == Period::Kind::Annual ? 5 : kind() == Period::Kind::Monthly ? 24 : 8;
    m_from->setCurrentIndex(std::max(0, m_from->count() - span));
    m_filling = false;
}

bool ChartsPage::setRange(const QString &from, const QString &to)
{
    const int f = m_from->findText(from);
    const int t = m_to->findText(to);
    if (f < 0 || t < 0)
        return false;
    m_filling = true;
    m_from->setCurrentIndex(f);
    m_filling = false;
    m_to->setCurrentIndex(t);
    redraw();
    return true;
}

void ChartsPage::showView(View view)
{
    m_viewCombo->setCurrentIndex(m_viewCombo->findData(view));
    redraw();
}

void ChartsPage::setEmployee(qint64 employeeId)
{
    m_employeeId = employeeId;
    redraw();
}

void ChartsPage::setUnit(qint64 unitId)
{
    m_unit->setUnitId(unitId);
    redraw();
}

void ChartsPage::chooseEmployee()
{
    if (!m_db)
        return;
    EmployeePickerDialog picker(*m_db, tr("Choose the employee whose trend to show"), this);
    if (picker.exec() == QDialog::Accepted && picker.selectedId() != 0) {
        showView(EmployeeView);
        setEmployee(picker.selectedId());
    }
}

ChartsPage::View ChartsPage::view() const
{
    return static_cast<View>(m_viewCombo->currentData().toInt());
}

qint64 ChartsPage::periodIdAt(QComboBox *combo) const
{
    if (!m_db)
        return 0;
    const auto period = PeriodRepository(*m_db).findByCode(combo->currentText());
    return period ? period->id : 0;
}

QChartView *ChartsPage::currentChartView() const
{
    return view() == AgencyView ? m_dashboard->currentView() : m_view;
}

void ChartsPage::updateControls()
{
    const View v = view();
    const bool range = v == EmployeeView || v == UnitView; // else one period
    m_unit->setVisible(v == UnitView || v == SubunitView || v == PatternView);
    m_subunits->setVisible(v == UnitView || v == PatternView);
    m_employee->setVisible(v == EmployeeView);
    m_record->setVisible(v == EmployeeView);
    m_record->setEnabled(m_employeeId != 0);
    m_fromLabel->setVisible(range);
    m_from->setVisible(range);
    m_toLabel->setText(range ? tr("to") : tr("period"));
    m_stack->setCurrentIndex(v == AgencyView ? 1 : 0);
}

QChart *ChartsPage::employeeChart(QString *note)
{
    if (m_employeeId == 0) {
        *note = tr("Choose an employee to see their results over the periods.");
        return nullptr;
    }
    const EmployeeTrend trend =
        TrendQuery(*m_db).employee(m_employeeId, periodAt(m_from), periodAt(m_to));
    QChart *chart = TrendCharts::employee(trend);
    *note = tr("Missing periods are gaps in the lines. Click a point to open that appraisal.");
    const auto series = chart->series();
    for (QAbstractSeries *s : series) {
        auto *points = qobject_cast<QScatterSeries *>(s);
        if (!points)
            continue;
        connect(points, &QScatterSeries::clicked, this, [this, trend](const QPointF &p) {
            const int i = qRound(p.x());
            if (i >= 0 && i < trend.points.size() && trend.points[i].appraisalId)
                emit openAppraisal(trend.points[i].appraisalId);
        });
        connect(points, &QScatterSeries::hovered, this, [trend, points](const QPointF &p, bool on) {
            const int i = qRound(p.x());
            if (!on || i < 0 || i >= trend.points.size())
                return QToolTip::hideText();
            const TrendPoint &t = trend.points[i];
            QToolTip::showText(QCursor::pos(),
                               tr("%1 · %2: %3 · predikat %4")
                                   .arg(t.period.toString(), points->name())
                                   .arg(t.score ? DisplayText::decimal(*t.score, 2)
                                                : DisplayText::number(qRound(p.y())))
                                   .arg(t.predikat));
        });
    }
    return chart;
}

QChart *ChartsPage::subunitChart(QString *note)
{
    const QVector<SubunitBar> bars = TrendQuery(*m_db).subunits(m_unit->unitId(), periodIdAt(m_to));
    QChart *chart = TrendCharts::subunits(m_unit->currentText(), m_to->currentText(), bars);
    *note = bars.isEmpty() ? tr("This unit has no sub-units.")
                           : tr("Click a bar to show that sub-unit.");
    const auto series = chart->series();
    for (QAbstractSeries *s : series) {
        if (auto *b = qobject_cast<QAbstractBarSeries *>(s)) {
            // Queued: setUnit() redraws, deleting the chart that sends the click.
            connect(
                b, &QAbstractBarSeries::clicked, this,
                [this, bars](int index) {
                    const int i = static_cast<int>(bars.size()) - 1 - index; // drawn bottom-up
                    if (i >= 0 && i < bars.size())
                        setUnit(bars[i].unitId);
                },
                Qt::QueuedConnection);
        }
    }
    return chart;
}

QChart *ChartsPage::patternChart(QString *note)
{
    const UnitDistribution d = AppraisalQuery(*m_db).distribution(
        periodIdAt(m_to), m_unit->unitId(), m_subunits->isChecked());
    QStringList lines;
    if (!d.organisation) {
        lines << tr("No capaian kinerja organisasi is recorded for this unit or its parents in "
                    "%1: set it on the Periods page to check the pattern.")
                     .arg(m_to->currentText());
    } else if (d.fits()) {
        lines << tr("The distribution fits the pattern.");
    } else {
        QStringList breaches;
        for (const DistributionBreach &b : d.breaches)
            breaches << b.message;
        lines << tr("Breaks the pattern: %1.").arg(breaches.join(QStringLiteral("; ")));
    }
    if (d.incomplete > 0)
        lines << tr("%n appraisal(s) without a predikat yet are not counted.", nullptr,
                    d.incomplete);
    if (d.otherSchemes > 0)
        lines << tr("%n appraisal(s) under a numeric scheme are not counted.", nullptr,
                    d.otherSchemes);
    *note = lines.join(QLatin1Char(' '));
    return DashboardCharts::pattern(d, m_unit->currentText(), m_to->currentText());
}

void ChartsPage::redraw()
{
    if (m_filling)
        return;
    updateControls();
    const View v = view();
    QChart *chart = nullptr;
    QString note;
    if (!m_db || !periodAt(m_to).isValid()) {
        note = tr("No periods of this kind yet (Periods page).");
        if (v == AgencyView)
            m_dashboard->showPeriod(nullptr, 0);
    } else if (v == EmployeeView) {
        chart = employeeChart(&note);
    } else if (v == UnitView) {
        const UnitTrend trend = TrendQuery(*m_db).unit(m_unit->unitId(), m_subunits->isChecked(),
                                                       periodAt(m_from), periodAt(m_to));
        chart = TrendCharts::unit(trend);
        note = tr("Bars: appraisals by predikat; line: the mean, dashed: mean ± spread.");
    } else if (v == SubunitView) {
        chart = subunitChart(&note);
    } else if (v == PatternView) {
        chart = patternChart(&note);
    } else {
        m_dashboard->showPeriod(m_db, periodIdAt(m_to));
        note = tr("Click a bar: an organisation shows its chart (a pending one its appraisals), "
                  "a rater opens the employee. Save and Print act on the chart last clicked; "
                  "right-click a chart for its own.");
    }
    m_note->setText(note);
    QChart *old = m_view->chart();
    m_view->setChart(chart ? chart : new QChart);
    delete old;
    const bool any = chart != nullptr || (v == AgencyView && m_db && periodAt(m_to).isValid());
    m_save->setEnabled(any);
    m_print->setEnabled(any);
}

} // namespace kinerja::ui
