#include "periodspage.h"

#include "common/appraisaltext.h"
#include "common/displaytext.h"
#include "common/messagebox.h"
#include "common/reasonprompt.h"
#include "periods/achievementdialog.h"
#include "periods/perioddialog.h"
#include "storage/appraisalquery.h"
#include "storage/database.h"
#include "storage/periodrepository.h"
#include "storage/schemerepository.h"

#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kinerja::ui {

namespace {
enum Column {
    CodeColumn,
    LabelColumn,
    KindColumn,
    StartColumn,
    EndColumn,
    StateColumn,
    SchemeColumn,
    AppraisalsColumn,
    FinalColumn,
    ColumnCount
};
constexpr int IdRole = Qt::UserRole + 1;
constexpr int ClosedRole = Qt::UserRole + 2;
} // namespace

PeriodsPage::PeriodsPage(QWidget *parent)
    : QWidget(parent), m_table(new QTableWidget(this)), m_summary(new QLabel(this)),
      m_new(new QPushButton(tr("&New period…"), this)),
      m_close(new QPushButton(tr("&Close period…"), this)),
      m_reopen(new QPushButton(tr("&Reopen period…"), this)),
      m_achievement(new QPushButton(tr("Capaian &organisasi…"), this)),
      m_open(new QPushButton(tr("Show &appraisals"), this))
{
    setObjectName(QStringLiteral("periodsPage"));
    m_table->setObjectName(QStringLiteral("periodTable"));
    m_summary->setObjectName(QStringLiteral("periodSummaryLabel"));
    m_new->setObjectName(QStringLiteral("newPeriodButton"));
    m_close->setObjectName(QStringLiteral("closePeriodButton"));
    m_reopen->setObjectName(QStringLiteral("reopenPeriodButton"));
    m_achievement->setObjectName(QStringLiteral("achievementButton"));
    m_open->setObjectName(QStringLiteral("showPeriodAppraisalsButton"));

    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Period"), tr("Name"), tr("Kind"), tr("From"), tr("To"),
                                        tr("State"), tr("Scheme"), tr("Appraisals"), tr("Final")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(SchemeColumn, QHeaderView::Stretch);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_new, m_close, m_reopen, m_achievement, m_open})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *title = new QLabel(tr("Appraisal periods"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    f.setBold(true);
    title->setFont(f);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 6);
    layout->addWidget(title);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);

    connect(m_new, &QPushButton::clicked, this, &PeriodsPage::newPeriod);
    connect(m_close, &QPushButton::clicked, this, &PeriodsPage::closePeriod);
    connect(m_reopen, &QPushButton::clicked, this, &PeriodsPage::reopenPeriod);
    connect(m_achievement, &QPushButton::clicked, this, &PeriodsPage::editAchievements);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (currentPeriodId())
            emit periodActivated(currentPeriodId());
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PeriodsPage::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this,
            [this] { emit periodActivated(currentPeriodId()); });
    updateButtons();
}

void PeriodsPage::setDatabase(Database *db)
{
    m_db = db;
    m_stale = true;
    if (isVisible() || !m_db)
        reload();
}

void PeriodsPage::showEvent(QShowEvent *event)
{
    ensureLoaded();
    QWidget::showEvent(event);
}

void PeriodsPage::ensureLoaded()
{
    if (m_stale)
        reload();
}

void PeriodsPage::reload()
{
    m_stale = false;
    const qint64 keep = currentPeriodId();
    m_table->setRowCount(0);
    if (!m_db) {
        updateButtons();
        return;
    }
    const PeriodRepository periods(*m_db);
    const SchemeRepository schemes(*m_db);
    const AppraisalQuery query(*m_db);
    const QVector<PeriodInfo> all = periods.all();
    m_table->setRowCount(static_cast<int>(all.size()));
    int open = 0;
    QHash<qint64, QString> schemeNames;
    for (int row = 0; row < all.size(); ++row) {
        const PeriodInfo &p = all.at(row);
        AppraisalFilter filter;
        filter.periodId = p.id;
        const int total = query.count(filter);
        filter.states = {AppraisalState::Final};
        const int final = query.count(filter);
        // Periods share a few scheme versions, and version() counts the appraisals of
        // one (1 million at province scale): once per version, not per period.
        auto known = schemeNames.constFind(p.schemeVersionId);
        if (known == schemeNames.cend()) {
            QString name;
            if (const auto v = schemes.version(p.schemeVersionId)) {
                if (const auto s = schemes.find(v->schemeId))
                    name = tr("%1 (version %2)").arg(s->name).arg(v->version);
            }
            known = schemeNames.insert(p.schemeVersionId, name);
        }
        const QString scheme = *known;
        if (!p.closed)
            ++open;
        const QStringList cells = {p.code(),
                                   p.period.label(),
                                   Period::kindName(p.period.kind()),
                                   DisplayText::date(p.period.start()),
                                   DisplayText::date(p.period.end()),
                                   p.closed ? tr("Closed") : tr("Open"),
                                   scheme,
                                   DisplayText::number(total),
                                   DisplayText::number(final)};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(IdRole, p.id);
            item->setData(ClosedRole, p.closed);
            if (c == AppraisalsColumn || c == FinalColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c == StateColumn && p.closed)
                item->setForeground(QColor(0x8a, 0x4b, 0x00));
            m_table->setItem(row, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(SchemeColumn, QHeaderView::Stretch);
    m_summary->setText(all.isEmpty() ? tr("No periods yet: create one with “New period…”.")
                                     : tr("%1 periods · %2 open").arg(all.size()).arg(open));
    selectPeriod(keep);
    if (currentPeriodId() == 0 && !all.isEmpty())
        m_table->selectRow(static_cast<int>(all.size()) - 1);
    updateButtons();
}

qint64 PeriodsPage::currentPeriodId() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(IdRole).toLongLong();
}

void PeriodsPage::selectPeriod(qint64 id)
{
    ensureLoaded();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(IdRole).toLongLong() == id) {
            m_table->selectRow(row);
            return;
        }
    }
}

void PeriodsPage::updateButtons()
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    const bool any = !items.isEmpty();
    const bool closed = any && items.first()->data(ClosedRole).toBool();
    m_new->setEnabled(m_db != nullptr);
    m_close->setEnabled(any && !closed);
    m_reopen->setEnabled(any && closed);
    m_achievement->setEnabled(any && !closed);
    m_open->setEnabled(any);
}

void PeriodsPage::newPeriod()
{
    ensureLoaded();
    if (!m_db)
        return;
    auto *dialog = new PeriodDialog(*m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reload();
        selectPeriod(dialog->createdId());
        emit periodsChanged(dialog->createdId());
    });
    dialog->open();
}

void PeriodsPage::closePeriod()
{
    ensureLoaded();
    const qint64 id = currentPeriodId();
    const auto p = m_db ? PeriodRepository(*m_db).find(id) : std::nullopt;
    if (!p)
        return;
    if (!MessageBox::confirm(this, tr("Close period"),
                             tr("Close period %1? Its appraisals and its capaian kinerja "
                                "organisasi can no longer change until it is reopened.")
                                 .arg(p->code()),
                             tr("Close period")))
        return;
    const Status s = PeriodRepository(*m_db).close(id, m_db->userName());
    if (!s)
        MessageBox::warning(this, tr("Cannot close the period"), s.message());
    reload();
    emit periodsChanged(id);
}

void PeriodsPage::reopenPeriod()
{
    ensureLoaded();
    const qint64 id = currentPeriodId();
    const auto p = m_db ? PeriodRepository(*m_db).find(id) : std::nullopt;
    if (!p)
        return;
    QString reason;
    if (!ReasonPrompt::ask(
            this, tr("Reopen period"),
            tr("Why is period %1 reopened? (recorded with your name and the time)").arg(p->code()),
            &reason))
        return;
    const Status s = PeriodRepository(*m_db).reopen(id, m_db->userName(), reason);
    if (!s)
        MessageBox::warning(this, tr("Cannot reopen the period"), s.message());
    reload();
    emit periodsChanged(id);
}

void PeriodsPage::editAchievements()
{
    ensureLoaded();
    const qint64 id = currentPeriodId();
    if (!m_db || id == 0)
        return;
    auto *dialog = new AchievementDialog(*m_db, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, id] { emit periodsChanged(id); });
    dialog->open();
}

} // namespace kinerja::ui
