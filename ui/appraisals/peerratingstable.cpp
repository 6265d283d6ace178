#include "peerratingstable.h"

#include "common/appraisaltext.h"
#include "common/displaytext.h"
#include "common/fieldmessage.h"
#include "employees/employeepickerdialog.h"

#include "scoring/explanation.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kinerja::ui {

namespace {
enum Column { ColleagueC, HideC, FirstIndicatorC };
constexpr int RaterRole = Qt::UserRole + 1;
constexpr int NameRole = Qt::UserRole + 2;
} // namespace

PeerRatingsTable::PeerRatingsTable(QWidget *parent)
    : QWidget(parent), m_table(new QTableWidget(this)),
      m_add(new QPushButton(tr("Add colleague…"), this)),
      m_remove(new QPushButton(tr("Remove colleague"), this)),
      m_message(new FieldMessage(QStringLiteral("peerMessage"), this))
{
    setObjectName(QStringLiteral("peerRatings"));
    m_table->setObjectName(QStringLiteral("peerRatingTable"));
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_add->setObjectName(QStringLiteral("addPeerButton"));
    m_remove->setObjectName(QStringLiteral("removePeerButton"));
    auto *title = new QLabel(tr("<b>Peer ratings</b> — one row per colleague; the scheme uses "
                                "their average. “Hide name” keeps a colleague anonymous."),
                             this);
    title->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_add, &QPushButton::clicked, this, &PeerRatingsTable::choosePeer);
    connect(m_remove, &QPushButton::clicked, this, &PeerRatingsTable::removeCurrentPeer);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling)
            return;
        if (item->column() == HideC) {
            updateNames();
        } else if (item->column() >= FirstIndicatorC) {
            const QString e = cellError(item->row(), item->column());
            item->setBackground(e.isEmpty() ? QBrush() : QBrush(QColor(0xfd, 0xec, 0xea)));
            e.isEmpty() ? m_message->clearMessage() : m_message->showError(e);
        }
        emit changed();
    });
    connect(m_table, &QTableWidget::currentCellChanged, this,
            [this] { m_remove->setEnabled(!m_readOnly && m_table->currentRow() >= 0); });
}

void PeerRatingsTable::setDatabase(Database *db, qint64 employeeId)
{
    m_db = db;
    m_employeeId = employeeId;
}

void PeerRatingsTable::setContent(const WeightedTemplate &weighted,
                                  const QVector<WeightedEntry> &ratings)
{
    m_filling = true;
    m_indicators.clear();
    for (const WeightedIndicator &ind : weighted.indicators)
        if (ind.sourceWeightsBp.value(RaterSource::Peers) > 0)
            m_indicators << ind;
    QStringList headers = {tr("Colleague"), tr("Hide name")};
    for (const WeightedIndicator &ind : std::as_const(m_indicators))
        headers << tr("%1\n(%2; peers %3)")
                       .arg(ind.name, WeightedScoring::scaleName(ind.scale),
                            DisplayText::weight(ind.sourceWeightsBp.value(RaterSource::Peers)));
    m_table->setRowCount(0);
    m_table->setColumnCount(headers.size());
    m_table->setHorizontalHeaderLabels(headers);
    // The indicators take the room; the name column keeps a readable width.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ColleagueC, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(HideC, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(ColleagueC, 280);
    m_loaded.clear();
    for (const WeightedEntry &e : ratings) {
        if (e.source != RaterSource::Peers)
            continue;
        m_loaded << e;
        addPeer(e.raterId, e.raterName);
        for (int r = 0; r < m_table->rowCount(); ++r) {
            if (m_table->item(r, ColleagueC)->data(RaterRole).toLongLong() != e.raterId)
                continue;
            if (e.hideName)
                m_table->item(r, HideC)->setCheckState(Qt::Checked);
            for (int i = 0; i < m_indicators.size(); ++i)
                if (m_indicators.at(i).id == e.indicatorId)
                    m_table->item(r, FirstIndicatorC + i)->setText(DisplayText::editable(e.value));
        }
    }
    updateNames();
    m_table->resizeColumnToContents(HideC);
    m_filling = false;
    setVisible(!m_indicators.isEmpty());
    m_remove->setEnabled(false);
}

void PeerRatingsTable::addPeer(qint64 raterId, const QString &name)
{
    if (raterId <= 0 || raterId == m_employeeId)
        return;
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, ColleagueC)->data(RaterRole).toLongLong() == raterId)
            return;
    const bool filling = m_filling;
    m_filling = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *who = new QTableWidgetItem;
    who->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    who->setData(RaterRole, raterId);
    who->setData(NameRole, name);
    m_table->setItem(row, ColleagueC, who);
    auto *hide = new QTableWidgetItem;
    hide->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    hide->setCheckState(Qt::Unchecked);
    m_table->setItem(row, HideC, hide);
    for (int i = 0; i < m_indicators.size(); ++i)
        m_table->setItem(row, FirstIndicatorC + i, new QTableWidgetItem);
    updateNames();
    m_filling = filling;
    if (!m_filling) {
        // Straight on to the colleague's first rating.
        m_table->setFocus();
        m_table->setCurrentCell(row, FirstIndicatorC);
        emit changed();
    }
}

void PeerRatingsTable::removeCurrentPeer()
{
    const int row = m_table->currentRow();
    if (m_readOnly || row < 0)
        return;
    m_table->removeRow(row);
    m_message->clearMessage();
    emit changed();
}

void PeerRatingsTable::choosePeer()
{
    if (!m_db)
        return;
    EmployeePickerDialog picker(*m_db, tr("Choose the colleague who gives a peer rating"), this);
    picker.setExcluded(m_employeeId);
    if (picker.exec() != QDialog::Accepted || picker.selectedId() == 0)
        return;
    addPeer(picker.selectedId(), picker.selectedName());
}

void PeerRatingsTable::updateNames()
{
    const bool filling = m_filling;
    m_filling = true;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        QTableWidgetItem *who = m_table->item(r, ColleagueC);
        const bool hidden = m_table->item(r, HideC)->checkState() == Qt::Checked;
        const QString name = who->data(NameRole).toString();
        who->setText(hidden || name.isEmpty() ? tr("(name hidden)") : name);
    }
    m_filling = filling;
}

QString PeerRatingsTable::cellError(int row, int column) const
{
    bool ok = true;
    QString error;
    AppraisalText::amount(m_table->item(row, column)->text(),
                          tr("%1, peer rating of %2")
                              .arg(m_indicators.at(column - FirstIndicatorC).name,
                                   m_table->item(row, ColleagueC)->text()),
                          &ok, &error);
    return error;
}

QString PeerRatingsTable::validate() const
{
    for (int r = 0; r < m_table->rowCount(); ++r)
        for (int c = FirstIndicatorC; c < m_table->columnCount(); ++c)
            if (const QString e = cellError(r, c); !e.isEmpty())
                return e;
    return {};
}

QVector<WeightedEntry> PeerRatingsTable::entries() const
{
    QVector<WeightedEntry> list;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        for (int c = FirstIndicatorC; c < m_table->columnCount(); ++c) {
            bool ok = true;
            QString error;
            const auto v =
                AppraisalText::amount(m_table->item(r, c)->text(), QString(), &ok, &error);
            if (!v)
                continue;
            WeightedEntry e;
            e.indicatorId = m_indicators.at(c - FirstIndicatorC).id;
            e.source = RaterSource::Peers;
            e.raterId = m_table->item(r, ColleagueC)->data(RaterRole).toLongLong();
            e.hideName = m_table->item(r, HideC)->checkState() == Qt::Checked;
            e.value = *v;
            list << e;
        }
    }
    return list;
}

QVector<WeightedEntry> PeerRatingsTable::cleared() const
{
    const QVector<WeightedEntry> now = entries();
    QVector<WeightedEntry> gone;
    for (const WeightedEntry &e : m_loaded) {
        const bool kept = std::any_of(now.cbegin(), now.cend(), [&e](const WeightedEntry &n) {
            return n.indicatorId == e.indicatorId && n.raterId == e.raterId;
        });
        if (!kept)
            gone << e;
    }
    return gone;
}

void PeerRatingsTable::setReadOnly(bool on)
{
    m_readOnly = on;
    m_table->setEditTriggers(on ? QAbstractItemView::NoEditTriggers
                                : QAbstractItemView::DoubleClicked |
                                      QAbstractItemView::EditKeyPressed |
                                      QAbstractItemView::AnyKeyPressed);
    for (int r = 0; r < m_table->rowCount(); ++r) {
        QTableWidgetItem *hide = m_table->item(r, HideC);
        hide->setFlags(on ? Qt::ItemIsEnabled | Qt::ItemIsSelectable
                          : Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    }
    m_add->setEnabled(!on);
    m_remove->setEnabled(!on && m_table->currentRow() >= 0);
}

} // namespace kinerja::ui
