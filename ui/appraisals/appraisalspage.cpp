#include "appraisalspage.h"

#include "appraisals/appraisaltablemodel.h"
#include "common/appraisaltext.h"
#include "common/displaytext.h"
#include "storage/appraisalquery.h"
#include "storage/periodrepository.h"
#include "storage/unitrepository.h"
#include "units/unitcombobox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kinerja::ui {

AppraisalsPage::AppraisalsPage(QWidget *parent)
    : QWidget(parent), m_period(new QComboBox(this)), m_unit(new UnitComboBox(this)),
      m_subunits(new QCheckBox(tr("with sub-units"), this)), m_state(new QComboBox(this)),
      m_predikat(new QComboBox(this)), m_filter(new QLineEdit(this)),
      m_periodInfo(new QLabel(this)), m_create(new QPushButton(tr("&Create for unit…"), this)),
      m_copy(new QPushButton(tr("Co&py last period's SKP…"), this)),
      m_finalize(new QPushButton(tr("&Finalize…"), this)),
      m_open(new QPushButton(tr("&Open appraisal"), this)),
      m_print(new QPushButton(tr("&Print…"), this)),
      m_export(new QPushButton(tr("E&xport…"), this)), m_table(new QTableView(this)),
      m_model(new AppraisalTableModel(this)), m_count(new QLabel(this)),
      m_distribution(new QLabel(this)), m_pending(new QTableWidget(this))
{
    setObjectName(QStringLiteral("appraisalsPage"));
    m_period->setObjectName(QStringLiteral("appraisalPeriodCombo"));
    m_unit->setObjectName(QStringLiteral("appraisalUnitCombo"));
    m_subunits->setObjectName(QStringLiteral("appraisalSubunitsCheck"));
    m_state->setObjectName(QStringLiteral("appraisalStateCombo"));
    m_predikat->setObjectName(QStringLiteral("appraisalPredikatCombo"));
    m_filter->setObjectName(QStringLiteral("appraisalFilterEdit"));
    m_periodInfo->setObjectName(QStringLiteral("appraisalPeriodInfo"));
    m_create->setObjectName(QStringLiteral("createAppraisalsButton"));
    m_copy->setObjectName(QStringLiteral("copyForwardButton"));
    m_finalize->setObjectName(QStringLiteral("finalizeManyButton"));
    m_print->setObjectName(QStringLiteral("printAppraisalsButton"));
    m_export->setObjectName(QStringLiteral("exportAppraisalsButton"));
    m_open->setObjectName(QStringLiteral("openAppraisalButton"));
    m_table->setObjectName(QStringLiteral("appraisalTable"));
    m_count->setObjectName(QStringLiteral("appraisalCountLabel"));
    m_distribution->setObjectName(QStringLiteral("distributionLabel"));
    m_pending->setObjectName(QStringLiteral("pendingTable"));

    m_subunits->setChecked(true);
    m_unit->setPlaceholderItem(tr("(all units)"));
    m_state->addItem(tr("Any state"), -1);
    for (const AppraisalState s : {AppraisalState::Draft, AppraisalState::Diajukan,
                                   AppraisalState::Dinilai, AppraisalState::Final})
        m_state->addItem(appraisalStateName(s), static_cast<int>(s));
    m_state->addItem(tr("Not final (pending)"), -2);
    m_predikat->addItem(tr("Any predikat"), QString());
    m_predikat->addItem(tr("Incomplete (no predikat)"), QStringLiteral("\x01"));
    const QVector<Predikat> predikats = allPredikats();
    for (auto it = predikats.crbegin(); it != predikats.crend(); ++it)
        m_predikat->addItem(predikatName(*it), predikatName(*it));
    for (const char *numeric : {"Cukup", "Kurang", "Buruk"}) // bands of PP 46 / PP 30
        m_predikat->addItem(QLatin1String(numeric), QLatin1String(numeric));
    m_filter->setPlaceholderText(tr("Name, NIP or jabatan"));
    m_filter->setClearButtonEnabled(true);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (const auto &[column, width] : {std::pair{AppraisalTableModel::NipColumn, 170},
                                        {AppraisalTableModel::NameColumn, 190},
                                        {AppraisalTableModel::JabatanColumn, 190},
                                        {AppraisalTableModel::UnitColumn, 170},
                                        {AppraisalTableModel::RaterColumn, 150},
                                        {AppraisalTableModel::StateColumn, 120},
                                        {AppraisalTableModel::HasilColumn, 130},
                                        {AppraisalTableModel::PerilakuColumn, 130},
                                        {AppraisalTableModel::PredikatColumn, 120}})
        m_table->setColumnWidth(column, width);

    m_distribution->setWordWrap(true);
    m_distribution->setTextFormat(Qt::RichText);
    m_distribution->setMargin(6);
    m_pending->setColumnCount(6);
    m_pending->setHorizontalHeaderLabels(
        {tr("Unit"), tr("Pending"), tr("Draft"), tr("Submitted"), tr("Rated"), tr("Not created")});
    m_pending->verticalHeader()->hide();
    m_pending->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_pending->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_pending->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_pending->setWordWrap(false);
    m_pending->setTextElideMode(Qt::ElideRight); // "Badan Pendapatan D…" reads better
    m_pending->verticalHeader()->setDefaultSectionSize(m_pending->fontMetrics().height() + 6);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Period:"), this));
    filters->addWidget(m_period);
    filters->addSpacing(8);
    filters->addWidget(new QLabel(tr("Unit:"), this));
    filters->addWidget(m_unit, 1);
    filters->addWidget(m_subunits);
    filters->addWidget(m_state);
    filters->addWidget(m_predikat);
    filters->addWidget(m_filter, 1);
    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {m_open, m_create, m_copy, m_finalize, m_print, m_export})
        actions->addWidget(b);
    actions->addStretch(1);
    actions->addWidget(m_periodInfo);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto *distTitle = new QLabel(tr("<b>Predikat distribution</b>"), side);
    auto *pendTitle = new QLabel(tr("<b>Pending per unit</b>"), side);
    sideLayout->addWidget(distTitle);
    sideLayout->addWidget(m_distribution);
    sideLayout->addWidget(pendTitle);
    sideLayout->addWidget(m_pending, 1);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_count);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("appraisalSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({800, 600});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 6);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(splitter, 1);

    connect(m_period, &QComboBox::currentIndexChanged, this, &AppraisalsPage::refresh);
    connect(m_unit, &UnitComboBox::unitChanged, this, &AppraisalsPage::refresh);
    connect(m_subunits, &QCheckBox::toggled, this, &AppraisalsPage::refresh);
    connect(m_state, &QComboBox::currentIndexChanged, this, &AppraisalsPage::refresh);
    connect(m_predikat, &QComboBox::currentIndexChanged, this, &AppraisalsPage::refresh);
    connect(m_filter, &QLineEdit::textChanged, this, &AppraisalsPage::refresh);
    connect(m_create, &QPushButton::clicked, this, &AppraisalsPage::createForUnit);
    connect(m_copy, &QPushButton::clicked, this, &AppraisalsPage::copyForward);
    connect(m_finalize, &QPushButton::clicked, this, &AppraisalsPage::finalizeSelected);
    connect(m_print, &QPushButton::clicked, this, &AppraisalsPage::printAppraisals);
    connect(m_export, &QPushButton::clicked, this, &AppraisalsPage::exportAppraisals);
    connect(m_open, &QPushButton::clicked, this, &AppraisalsPage::openCurrent);
    connect(m_table, &QTableView::activated, this, &AppraisalsPage::openCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AppraisalsPage::updateButtons);
    connect(m_pending, &QTableWidget::cellDoubleClicked, this,
            [this](int row) { setUnit(m_pending->item(row, 0)->data(Qt::UserRole).toLongLong()); });
    updateButtons();
}

void AppraisalsPage::setDatabase(Database *db)
{
    m_db = db;
    m_model->setDatabase(db);
    m_loading = true;
    m_unit->setDatabase(db);
    m_loading = false;
    reloadPeriods();
}

void AppraisalsPage::reloadPeriods(qint64 focusPeriodId)
{
    const qint64 keep = focusPeriodId ? focusPeriodId : periodId();
    m_loading = true;
    m_unit->reload();
    m_period->clear();
    if (m_db) {
        for (const PeriodInfo &p : PeriodRepository(*m_db).all()) {
            m_period->addItem(p.closed ? tr("%1 (closed)").arg(p.code()) : p.code(), p.id);
            m_period->setItemData(m_period->count() - 1, p.period.label(), Qt::ToolTipRole);
        }
    }
    const int index = m_period->findData(keep);
    m_period->setCurrentIndex(index >= 0 ? index : m_period->count() - 1);
    m_loading = false;
    refresh();
}

qint64 AppraisalsPage::periodId() const
{
    return m_period->currentData().toLongLong();
}

void AppraisalsPage::setPeriod(qint64 id)
{
    const int index = m_period->findData(id);
    if (index >= 0)
        m_period->setCurrentIndex(index);
}

qint64 AppraisalsPage::unitId() const
{
    return m_unit->unitId();
}

void AppraisalsPage::setUnit(qint64 id)
{
    m_unit->setUnitId(id);
}

void AppraisalsPage::refresh()
{
    if (m_loading)
        return;
    const qint64 keep = currentAppraisalId();
    AppraisalFilter filter;
    filter.periodId = periodId();
    filter.unitId = unitId();
    filter.includeSubunits = m_subunits->isChecked();
    const int state = m_state->currentData().toInt();
    if (state == -2)
        filter.states = {AppraisalState::Draft, AppraisalState::Diajukan, AppraisalState::Dinilai};
    else if (state >= 0)
        filter.states = {static_cast<AppraisalState>(state)};
    const QString predikat = m_predikat->currentData().toString();
    if (predikat == QStringLiteral("\x01"))
        filter.predikats = {QString(QLatin1String(""))};
    else if (!predikat.isEmpty())
        filter.predikats = {predikat};
    filter.text = m_filter->text().trimmed();
    QVector<AppraisalRow> rows;
    if (m_db && filter.periodId)
        rows = AppraisalQuery(*m_db).rows(filter);
    m_model->setRows(rows);
    const int row = m_model->rowOfAppraisal(keep);
    if (row >= 0)
        m_table->selectRow(row);
    m_count->setText(
        rows.size() == 1
            ? tr("1 appraisal")
            : tr("%1 appraisals").arg(DisplayText::number(static_cast<int>(rows.size()))));
    m_periodInfo->clear();
    if (m_db && filter.periodId) {
        if (const auto p = PeriodRepository(*m_db).find(filter.periodId))
            m_periodInfo->setText(tr("%1 · %2%3")
                                      .arg(p->period.label(), AppraisalText::periodRange(p->period),
                                           p->closed ? tr(" · closed (read-only)") : QString()));
    }
    updateDistribution();
    updatePending();
    updateButtons();
}

void AppraisalsPage::updateDistribution()
{
    if (!m_db || !periodId()) {
        m_distribution->setText(tr("Choose a period."));
        return;
    }
    // "All units" means the whole agency: the root unit with everything under it.
    qint64 unit = unitId();
    bool withSubunits = m_subunits->isChecked();
    if (unit == 0) {
        const QVector<Unit> units = UnitRepository(*m_db).all();
        unit = units.isEmpty() ? 0 : units.first().id;
        withSubunits = true;
    }
    const UnitDistribution d = AppraisalQuery(*m_db).distribution(periodId(), unit, withSubunits);
    if (d.otherSchemes > 0 && d.counts.isEmpty() && d.incomplete == 0) {
        m_distribution->setText(
            tr("The distribution pattern (SE MenPANRB 3/2023) applies to PermenPANRB 6/2022 "
               "predikats; the %1 appraisals here are under another scheme.")
                .arg(d.otherSchemes));
        return;
    }
    QStringList lines;
    if (d.organisation)
        lines << tr("Capaian kinerja organisasi: <b>%1</b>")
                     .arg(organisationPredikatName(*d.organisation));
    else
        lines << tr("No capaian kinerja organisasi set for this unit or its parents (Periods → "
                    "Capaian organisasi): the pattern cannot be checked.");
    QStringList counts;
    const QVector<Predikat> predikats = allPredikats();
    for (auto it = predikats.crbegin(); it != predikats.crend(); ++it)
        counts << tr("%1: %2").arg(predikatName(*it)).arg(d.counts.value(*it));
    lines << counts.join(QStringLiteral(" · "));
    if (d.incomplete > 0)
        lines << tr("%1 without a predikat yet").arg(d.incomplete);
    if (d.organisation) {
        if (d.fits()) {
            lines << tr("<span style='color:#2e7d32'>✔ Fits the pattern of “%1”.</span>")
                         .arg(organisationPredikatName(*d.organisation));
        } else {
            for (const DistributionBreach &b : d.breaches)
                lines << tr("<span style='color:#c62828'>⚠ %1 (%2 of %3 employees)</span>")
                             .arg(b.message.toHtmlEscaped())
                             .arg(b.count)
                             .arg(b.total);
        }
    }
    m_distribution->setText(lines.join(QStringLiteral("<br>")));
}

void AppraisalsPage::updatePending()
{
    m_pending->setRowCount(0);
    if (!m_db || !periodId())
        return;
    const QVector<UnitPendingCounts> all = AppraisalQuery(*m_db).pendingByUnit(periodId());
    int row = 0;
    for (const UnitPendingCounts &u : all) {
        if (u.pending() == 0 && u.notCreated == 0)
            continue;
        m_pending->insertRow(row);
        const QList<QVariant> cells = {u.unitName, u.pending(), u.draft,
                                       u.diajukan, u.dinilai,   u.notCreated};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c).toString());
            item->setData(Qt::UserRole, u.unitId);
            if (c == 0)
                item->setToolTip(u.unitName);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_pending->setItem(row, c, item);
        }
        ++row;
    }
    for (int c = 1; c < m_pending->columnCount(); ++c)
        m_pending->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_pending->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

QVector<qint64> AppraisalsPage::selectedIds() const
{
    QVector<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids << index.data(AppraisalTableModel::IdRole).toLongLong();
    return ids;
}

qint64 AppraisalsPage::currentAppraisalId() const
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid() || !m_table->selectionModel()->isRowSelected(index.row(), {}))
        return 0;
    return m_model->index(index.row(), 0).data(AppraisalTableModel::IdRole).toLongLong();
}

void AppraisalsPage::updateButtons()
{
    const bool period = m_db && periodId() != 0;
    m_create->setEnabled(period);
    m_copy->setEnabled(period);
    m_finalize->setEnabled(period && m_model->rowCount() > 0);
    m_print->setEnabled(period);
    m_export->setEnabled(period);
    m_open->setEnabled(currentAppraisalId() != 0);
}

QString AppraisalsPage::unitDescription() const
{
    if (unitId() == 0)
        return tr("every unit");
    const QString name = m_unit->currentText().trimmed();
    return m_subunits->isChecked() ? tr("%1 and its sub-units").arg(name) : name;
}

} // namespace kinerja::ui
