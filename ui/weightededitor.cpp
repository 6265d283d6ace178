#include "weightededitor.h"

#include "appraisaltext.h"
#include "fieldmessage.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kinerja::ui {

namespace {
enum Column { IndicatorC, WeightC, ScaleC, SourceC, ValueC, ColumnCount };
constexpr int IdRole = Qt::UserRole + 1;
constexpr int SourceRole = Qt::UserRole + 2;
constexpr int EditableRole = Qt::UserRole + 3;
} // namespace

WeightedEditor::WeightedEditor(QWidget *parent)
    : QWidget(parent), m_table(new QTableWidget(this)),
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
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling || item->column() != ValueC)
            return;
        const QString e = rowError(item->row());
        item->setBackground(e.isEmpty() ? QBrush() : QBrush(QColor(0xfd, 0xec, 0xea)));
        e.isEmpty() ? m_message->clearMessage() : m_message->showError(e);
        emit changed();
    });
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
            if (bp <= 0)
                continue;
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            QString scale = WeightedScoring::scaleName(ind.scale);
            if (ind.scale == IndicatorScale::TargetRealisation)
                scale =
                    tr("%1: target %2 %3").arg(scale, Explanation::number(ind.target), ind.unit);
            const QStringList cells = {ind.name, WeightedScoring::formatBasisPoints(ind.weightBp),
                                       scale,
                                       tr("%1 (%2)").arg(WeightedScoring::sourceName(source),
                                                         WeightedScoring::formatBasisPoints(bp))};
            for (int c = 0; c < ValueC; ++c) {
                auto *item = new QTableWidgetItem(cells.at(c));
                item->setFlags(Qt::ItemIsEnabled);
                m_table->setItem(row, c, item);
            }
            QString value;
            QStringList peers;
            for (const WeightedEntry &e : ratings) {
                if (e.indicatorId != ind.id || e.source != source)
                    continue;
                if (source == RaterSource::Peers)
                    peers << tr("%1: %2").arg(e.raterName.isEmpty() ? tr("(hidden)") : e.raterName,
                                              Explanation::number(e.value));
                else
                    value = Explanation::number(e.value);
            }
            const bool editable = source != RaterSource::Peers;
            auto *item = new QTableWidgetItem(editable ? value
                                                       : (peers.isEmpty()
                                                              ? tr("(no peer ratings)")
                                                              : peers.join(QStringLiteral("; "))));
            item->setData(IdRole, ind.id);
            item->setData(SourceRole, static_cast<int>(source));
            item->setData(EditableRole, editable);
            if (!editable)
                item->setFlags(Qt::ItemIsEnabled);
            m_table->setItem(row, ValueC, item);
        }
    }
    m_table->resizeColumnToContents(WeightC);
    m_filling = false;
}

QString WeightedEditor::rowError(int row) const
{
    const QTableWidgetItem *item = m_table->item(row, ValueC);
    if (!item->data(EditableRole).toBool())
        return {};
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
    return {};
}

QVector<WeightedEntry> WeightedEditor::entries() const
{
    QVector<WeightedEntry> list;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QTableWidgetItem *item = m_table->item(r, ValueC);
        if (!item->data(EditableRole).toBool())
            continue;
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
    return list;
}

QVector<WeightedEntry> WeightedEditor::cleared() const
{
    QVector<WeightedEntry> list;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QTableWidgetItem *item = m_table->item(r, ValueC);
        if (!item->data(EditableRole).toBool() || !item->text().trimmed().isEmpty())
            continue;
        for (const WeightedEntry &e : m_loaded) {
            if (e.indicatorId == item->data(IdRole).toString() &&
                static_cast<int>(e.source) == item->data(SourceRole).toInt())
                list << e;
        }
    }
    return list;
}

void WeightedEditor::setReadOnly(bool on)
{
    m_table->setEditTriggers(on ? QAbstractItemView::NoEditTriggers
                                : QAbstractItemView::DoubleClicked |
                                      QAbstractItemView::EditKeyPressed |
                                      QAbstractItemView::AnyKeyPressed);
}

} // namespace kinerja::ui
