#include "distributioneditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace kinerja::ui {

namespace {
// Columns: organisation, the five predikats best first, at least, at most, some.
constexpr int OrganisationC = 0;
constexpr int FirstPredikatC = 1;
constexpr int AtLeastC = 6;
constexpr int AtMostC = 7;
constexpr int SomeC = 8;
constexpr int ColumnCount = 9;

QVector<Predikat> predikatsBestFirst()
{
    QVector<Predikat> list = allPredikats();
    std::reverse(list.begin(), list.end());
    return list;
}

QVector<OrganisationPredikat> organisationsBestFirst()
{
    QVector<OrganisationPredikat> list = allOrganisationPredikats();
    std::reverse(list.begin(), list.end());
    return list;
}

QTableWidgetItem *checkItem(bool on)
{
    auto *item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    return item;
}
} // namespace

DistributionEditor::DistributionEditor(QWidget *parent)
    : QWidget(parent), m_table(new QTableWidget(this)),
      m_add(new QPushButton(tr("Add rule"), this)),
      m_remove(new QPushButton(tr("Remove rule"), this)),
      m_restore(new QPushButton(tr("Restore the circular's rules"), this))
{
    setObjectName(QStringLiteral("distributionEditor"));
    m_table->setObjectName(QStringLiteral("distributionTable"));
    m_add->setObjectName(QStringLiteral("addDistributionRuleButton"));
    m_remove->setObjectName(QStringLiteral("removeDistributionRuleButton"));
    m_restore->setObjectName(QStringLiteral("restoreDistributionButton"));
    m_table->setColumnCount(ColumnCount);
    QStringList headers = {tr("Organisation")};
    for (const Predikat p : predikatsBestFirst())
        headers << predikatName(p);
    headers << tr("At least %") << tr("At most %") << tr("Some required");
    m_table->setHorizontalHeaderLabels(headers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setToolTip(tr("A rule counts the ticked predikats together. At most 100% and at "
                           "least 0% mean no limit."));

    auto *hint = new QLabel(tr("<b>Distribution pattern</b> (SE MenPANRB 3/2023), by the "
                               "organisation's capaian kinerja: a unit whose predikats break a "
                               "rule gets a warning naming it."),
                            this);
    hint->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_restore);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            emit changed();
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        DistributionQuota quota;
        quota.predikats = {Predikat::Baik};
        addRow(OrganisationPredikat::Baik, quota);
        m_table->setCurrentCell(m_table->rowCount() - 1, OrganisationC);
        emit changed();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() < 0)
            return;
        m_table->removeRow(m_table->currentRow());
        emit changed();
    });
    connect(m_restore, &QPushButton::clicked, this, [this] {
        setPatterns(defaultDistributionPatterns());
        emit changed();
    });
}

void DistributionEditor::setPatterns(const QVector<DistributionPattern> &patterns)
{
    m_table->setRowCount(0);
    for (const OrganisationPredikat org : organisationsBestFirst())
        for (const DistributionQuota &quota : patternFor(patterns, org).quotas)
            addRow(org, quota);
}

void DistributionEditor::addRow(OrganisationPredikat organisation, const DistributionQuota &quota)
{
    m_filling = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *org = new QComboBox;
    org->setObjectName(QStringLiteral("organisationCombo_%1").arg(row));
    for (const OrganisationPredikat o : organisationsBestFirst())
        org->addItem(organisationPredikatName(o), static_cast<int>(o));
    org->setCurrentIndex(org->findData(static_cast<int>(organisation)));
    connect(org, &QComboBox::currentIndexChanged, this, &DistributionEditor::changed);
    m_table->setCellWidget(row, OrganisationC, org);
    const QVector<Predikat> predikats = predikatsBestFirst();
    for (int i = 0; i < predikats.size(); ++i)
        m_table->setItem(row, FirstPredikatC + i,
                         checkItem(quota.predikats.contains(predikats[i])));
    m_table->setItem(row, AtLeastC, new QTableWidgetItem(QString::number(quota.minPercent)));
    m_table->setItem(row, AtMostC, new QTableWidgetItem(QString::number(quota.maxPercent)));
    m_table->setItem(row, SomeC, checkItem(quota.requireSome));
    m_filling = false;
}

QVector<DistributionPattern> DistributionEditor::patterns(QString *error) const
{
    error->clear();
    QVector<DistributionPattern> list;
    const QVector<Predikat> predikats = predikatsBestFirst();
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const auto *org = qobject_cast<QComboBox *>(m_table->cellWidget(r, OrganisationC));
        const auto organisation = static_cast<OrganisationPredikat>(org->currentData().toInt());
        DistributionQuota quota;
        for (int i = 0; i < predikats.size(); ++i)
            if (m_table->item(r, FirstPredikatC + i)->checkState() == Qt::Checked)
                quota.predikats << predikats.at(i);
        bool okMin = false;
        bool okMax = false;
        quota.minPercent = m_table->item(r, AtLeastC)->text().trimmed().toInt(&okMin);
        quota.maxPercent = m_table->item(r, AtMostC)->text().trimmed().toInt(&okMax);
        if (!okMin || !okMax) {
            *error = tr("Distribution rule %1: “%2” is not a whole percentage.")
                         .arg(r + 1)
                         .arg(m_table->item(r, okMin ? AtMostC : AtLeastC)->text());
            return {};
        }
        quota.requireSome = m_table->item(r, SomeC)->checkState() == Qt::Checked;
        auto it = std::find_if(list.begin(), list.end(), [organisation](const auto &p) {
            return p.organisation == organisation;
        });
        if (it == list.end()) {
            list << DistributionPattern{organisation, {}};
            it = list.end() - 1;
        }
        it->quotas << quota;
    }
    // Every organisation predikat keeps a pattern, empty when all its rules were removed.
    for (const OrganisationPredikat org : allOrganisationPredikats())
        if (std::none_of(list.cbegin(), list.cend(),
                         [org](const auto &p) { return p.organisation == org; }))
            list << DistributionPattern{org, {}};
    *error = distributionPatternsError(list);
    return error->isEmpty() ? list : QVector<DistributionPattern>{};
}

} // namespace kinerja::ui
