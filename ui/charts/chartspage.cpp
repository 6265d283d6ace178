#include "chartspage.h"

#include "chartexport.h"
#include "employeepickerdialog.h"
#include "storage/database.h"
#include "storage/periodrepository.h"
#include "storage/trendquery.h"
#include "trendcharts.h"
#include "unitcombobox.h"

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
#include <QToolTip>
#include <QVBoxLayout>

namespace kinerja::ui {

ChartsPage::ChartsPage(QWidget *parent)
    : QWidget(parent), m_viewCombo(new QComboBox(this)), m_kind(new QComboBox(this)),
      m_from(new QComboBox(this)), m_to(new QComboBox(this)), m_unit(new UnitComboBox(this)),
      m_subunits(new QCheckBox(tr("with sub-units"), this)),
      m_employee(new QPushButton(tr("Choose employee…"), this)), m_note(new QLabel(this)),
      m_view(new QChartView(this)), m_save(new QPushButton(tr("Save…"), this)),
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
    m_note->setObjectName(QStringLiteral("chartNoteLabel"));
    m_view->setObjectName(QStringLiteral("chartView"));
    m_save->setObjectName(QStringLiteral("saveChartButton"));
    m_print->setObjectName(QStringLiteral("printChartButton"));
    m_viewCombo->addItem(tr("Employee trend"), EmployeeView);
    m_viewCombo->addItem(tr("Unit: predikat per period"), UnitView);
    m_viewCombo->addItem(tr("Unit: sub-units compared"), SubunitView);
    for (const Period::Kind k : {Period::Kind::Quarterly, Period::Kind::Annual,
                                 Period::Kind::Semester, Period::Kind::Monthly})
        m_kind->addItem(Period::kindName(k), static_cast<int>(k));
    m_subunits->setChecked(true);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(360);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_viewCombo);
    controls->addWidget(m_kind);
    controls->addWidget(new QLabel(tr("from"), this));
    controls->addWidget(m_from);
    controls->addWidget(new QLabel(tr("to"), this));
    controls->addWidget(m_to);
    controls->addWidget(m_unit, 1);
    controls->addWidget(m_subunits);
    controls->addWidget(m_employee);
    controls->addStretch();
    controls->addWidget(m_save);
    controls->addWidget(m_print);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_note);
    layout->addWidget(m_view, 1);

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
    connect(m_save, &QPushButton::clicked, this,
            [this] { ChartExport::saveAs(this, m_view, m_viewCombo->currentText()); });
    connect(m_print, &QPushButton::clicked, this, [this] { ChartExport::print(this, m_view); });
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

void ChartsPage::updateControls()
{
    const auto view = static_cast<View>(m_viewCombo->currentData().toInt());
    m_unit->setVisible(view != EmployeeView);
    m_subunits->setVisible(view == UnitView);
    m_employee->setVisible(view == EmployeeView);
    m_from->setEnabled(view != SubunitView);
}

void ChartsPage::redraw()
{
    if (m_filling)
        return;
    const auto view = static_cast<View>(m_viewCombo->currentData().toInt());
    updateControls();
    QChart *chart = nullptr;
    QString note;
    const Period from = periodAt(m_from);
    const Period to = periodAt(m_to);
    if (!m_db || !to.isValid()) {
        note = tr("No periods of this kind yet (Periods page).");
    } else if (view == EmployeeView) {
        if (m_employeeId == 0) {
            note = tr("Choose an employee to see their results over the periods.");
        } else {
            const EmployeeTrend trend = TrendQuery(*m_db).employee(m_employeeId, from, to);
            chart = TrendCharts::employee(trend);
            note = tr("Missing periods are gaps in the lines. Click a point to open that "
                      "appraisal.");
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
                connect(points, &QScatterSeries::hovered, this,
                        [trend, points](const QPointF &p, bool on) {
                            const int i = qRound(p.x());
                            if (!on || i < 0 || i >= trend.points.size())
                                return QToolTip::hideText();
                            const TrendPoint &t = trend.points[i];
                            QToolTip::showText(QCursor::pos(),
                                               tr("%1 · %2: %3 · predikat %4")
                                                   .arg(t.period.toString(), points->name())
                                                   .arg(p.y())
                                                   .arg(t.predikat));
                        });
            }
        }
    } else if (view == UnitView) {
        const UnitTrend trend =
            TrendQuery(*m_db).unit(m_unit->unitId(), m_subunits->isChecked(), from, to);
        chart = TrendCharts::unit(trend);
        note = tr("Bars: appraisals by predikat; line: the mean, dashed: mean ± spread.");
    } else {
        const auto period = PeriodRepository(*m_db).findByCode(to.toString());
        const QVector<SubunitBar> bars =
            TrendQuery(*m_db).subunits(m_unit->unitId(), period ? period->id : 0);
        chart = TrendCharts::subunits(m_unit->currentText(), to.toString(), bars);
        note = bars.isEmpty() ? tr("This unit has no sub-units.")
                              : tr("Click a bar to show that sub-unit.");
        const auto series = chart->series();
        for (QAbstractSeries *s : series) {
            if (auto *b = qobject_cast<QAbstractBarSeries *>(s)) {
                connect(b, &QAbstractBarSeries::clicked, this, [this, bars](int index, QBarSet *) {
                    const int i = static_cast<int>(bars.size()) - 1 - index; // drawn bottom-up
                    if (i >= 0 && i < bars.size())
                        setUnit(bars[i].unitId);
                });
            }
        }
    }
    m_note->setText(note);
    QChart *old = m_view->chart();
    m_view->setChart(chart ? chart : new QChart);
    delete old;
    m_save->setEnabled(chart != nullptr);
    m_print->setEnabled(chart != nullptr);
}

} // namespace kinerja::ui
