#include "weightededitor.h"

#include "appraisals/peerratingstable.h"
#include "common/appraisaltext.h"
#include "common/displaytext.h"
#include "common/fieldmessage.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kinerja::ui {

namespace {
enum Column { IndicatorC, WeightC, ScaleC, SourceC, ValueC, ColumnCount };
constexpr int IdRole = Qt::UserRole + 1;
constexpr int SourceRole = Qt::UserRole + 2;
} // namespace

WeightedEditor::WeightedEditor(QWidget *parent)
    : QWidget(parent), m_table(new QTableWidget(this)), m_peers(new PeerRatingsTable(this)),
      m_message(new FieldMessage(QStringLiteral("weightedMessage"), this))
{
    setObjectName(QStringLiteral("weightedEditor"));
    m_table->setObjectName(QStringLiteral("weightedRatingTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Indicator"), tr("Weight"), tr("Scale"), tr("Rater (weight)"), tr("Value")});
    m_table->horizontalHeader()->setSectionResizeMode(IndicatorC, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setColumnWidth(ScaleC, 200);
    m_table->setColumnWidth(SourceC, 180);
    auto *hint = new QLabel(tr("Raw values on each indicator's scale. A part without a value is "
                               "handled by the scheme's missing-part policy."),
                            this);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_table, 3);
    layout->addWidget(m_message);
    layout->addWidget(m_peers, 2);
    connect(m_peers, &PeerRatingsTable::changed, this, &WeightedEditor::changed);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling || item->column() != ValueC)
            return;
        const QString e = rowError(item->row());
        item->setBackground(e.isEmpty() ? QBrush() : QBrush(QColor(0xfd, 0xec, 0xea)));
        e.isEmpty() ? m_message->clearMessage() : m_message->showError(e);
        emit changed();
    });
}

void WeightedEditor::setDatabase(Database *db, qint64 employeeId)
{
    m_peers->setDatabase(db, employeeId);
}

void WeightedEditor::setContent(const WeightedTemplate &weighted,
                                const QVector<WeightedEntry> &ratings)
{
    m_filling = true;
    m_loaded = ratings;
    m_table->setRowCount(0);
    for (const WeightedIndicator &ind : weighted.indicators) {
        for (const RaterSource source : WeightedScoring::allSources()) {
            const int bp = ind.sourceWeightsBp.value(source);
            if (bp <= 0 || source == RaterSource::Peers)
                continue; // peers have their own table
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            QString scale = WeightedScoring::scaleName(ind.scale);
            if (ind.scale == IndicatorScale::TargetRealisation)
                scale =
                    tr("%1: target %2 %3").arg(scale, Explanation::number(ind.target), ind.unit);
            const QStringList cells = {
                ind.name, DisplayText::weight(ind.weightBp), scale,
                tr("%1 (%2)").arg(WeightedScoring::sourceName(source), DisplayText::weight(bp))};
            for (int c = 0; c < ValueC; ++c) {
                auto *item = new QTableWidgetItem(cells.at(c));
                item->setFlags(Qt::ItemIsEnabled);
                m_table->setItem(row, c, item);
            }
            QString value;
            for (const WeightedEntry &e : ratings)
                if (e.indicatorId == ind.id && e.source == source)
                    value = DisplayText::editable(e.value);
            auto *item = new QTableWidgetItem(value);
            item->setData(IdRole, ind.id);
            item->setData(SourceRole, static_cast<int>(source));
            m_table->setItem(row, ValueC, item);
        }
    }
    m_table->resizeColumnToContents(WeightC);
    m_peers->setContent(weighted, ratings);
    m_filling = false;
}

QString WeightedEditor::rowError(int row) const
{
    const QTableWidgetItem *item = m_table->item(row, ValueC);
    bool ok = true;
    QString error;
    AppraisalText::amount(item->text(),
                          tr("%1, %2").arg(m_table->item(row, IndicatorC)->text(),
                                           m_table->item(row, SourceC)->text()),
                          &ok, &error);
    return error;
}

QString WeightedEditor::validate() const
{
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QString e = rowError(r);
        if (!e.isEmpty())
            return e;
    }
    return m_peers->validate();
}

QVector<WeightedEntry> WeightedEditor::entries() const
{
    QVector<WeightedEntry> list;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QTableWidgetItem *item = m_table->item(r, ValueC);
        bool ok = true;
        QString error;
        const auto v = AppraisalText::amount(item->text(), QString(), &ok, &error);
        if (!v)
            continue;
        WeightedEntry e;
        e.indicatorId = item->data(IdRole).toString();
        e.source = static_cast<RaterSource>(item->data(SourceRole).toInt());
        e.value = *v;
        list << e;
    }
    return list + m_peers->entries();
}

QVector<WeightedEntry> WeightedEditor::cleared() const
{
    QVector<WeightedEntry> list;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QTableWidgetItem *item = m_table->item(r, ValueC);
        if (!item->text().trimmed().isEmpty())
            continue;
        for (const WeightedEntry &e : m_loaded) {
            if (e.indicatorId == item->data(IdRole).toString() &&
                static_cast<int>(e.source) == item->data(SourceRole).toInt())
                list << e;
        }
    }
    return list + m_peers->cleared();
}

void WeightedEditor::setReadOnly(bool on)
{
    m_table->setEditTriggers(on ? QAbstractItemView::NoEditTriggers
                                : QAbstractItemView::DoubleClicked |
                                      QAbstractItemView::EditKeyPressed |
                                      QAbstractItemView::AnyKeyPressed);
    m_peers->setReadOnly(on);
}

} // namespace kinerja::ui
