#include "atasanchooser.h"

#include "common/displaytext.h"
#include "common/fieldmessage.h"
#include "common/icons.h"
#include "employees/employeepickerdialog.h"
#include "storage/database.h"
#include "storage/employeelistquery.h"
#include "storage/employeerepository.h"
#include "storage/unitrepository.h"

#include <QCheckBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace kinerja::ui {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int MaxSuggestions = 12;
} // namespace

AtasanChooser::AtasanChooser(QWidget *parent)
    : QWidget(parent), m_useHead(new QCheckBox(tr("Use the unit head"), this)),
      m_edit(new QLineEdit(this)), m_search(new QToolButton(this)),
      m_info(new FieldMessage(QStringLiteral("atasanInfo"), this)),
      m_completer(new QCompleter(this)), m_suggestions(new QStandardItemModel(this))
{
    m_useHead->setObjectName(QStringLiteral("atasanUnitHeadCheck"));
    m_edit->setObjectName(QStringLiteral("atasanEdit"));
    m_edit->setPlaceholderText(tr("Type a name or NIP"));
    m_edit->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("atasanSearchButton"));
    m_search->setIcon(Icons::get(Icons::Find));
    m_search->setToolTip(tr("Search for the atasan…"));

    m_completer->setModel(m_suggestions);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setWidget(m_edit);
    m_completer->setMaxVisibleItems(MaxSuggestions);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(m_search);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_useHead);
    layout->addLayout(row);
    layout->addWidget(m_info);

    connect(m_useHead, &QCheckBox::toggled, this, [this] {
        if (!m_useHead->isChecked())
            m_edit->setText(describe(m_chosenId));
        updateState();
        emit changed();
    });
    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_chosenId = 0;
        lookup(text);
        updateState();
        emit changed();
    });
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) { choose(index.data(IdRole).toLongLong()); });
    connect(m_search, &QToolButton::clicked, this, &AtasanChooser::openSearch);
    m_useHead->setChecked(true);
    updateState();
}

void AtasanChooser::setDatabase(Database *db)
{
    m_db = db;
    resolveUnitHead();
    updateState();
}

void AtasanChooser::setContext(qint64 employeeId, qint64 unitId)
{
    m_employeeId = employeeId;
    m_unitId = unitId;
    resolveUnitHead();
    updateState();
    emit changed();
}

void AtasanChooser::setAtasanId(qint64 id)
{
    m_chosenId = id;
    const QSignalBlocker block(m_useHead);
    m_useHead->setChecked(id == m_headId);
    m_edit->setText(describe(id));
    updateState();
    emit changed();
}

void AtasanChooser::setUseUnitHead(bool on)
{
    m_useHead->setChecked(on);
}

qint64 AtasanChooser::atasanId() const
{
    return m_useHead->isChecked() ? m_headId : m_chosenId;
}

bool AtasanChooser::usesUnitHead() const
{
    return m_useHead->isChecked();
}

QString AtasanChooser::problem() const
{
    if (m_useHead->isChecked() || m_chosenId != 0 || m_edit->text().trimmed().isEmpty())
        return {};
    return tr("Choose the atasan from the suggestions or with the search button, or clear the "
              "field for none.");
}

void AtasanChooser::resolveUnitHead()
{
    m_headId = 0;
    m_headUnitName.clear();
    if (!m_db || !m_db->isOpen() || m_unitId == 0)
        return;
    const UnitRepository units(*m_db);
    std::optional<Unit> u = units.find(m_unitId);
    for (int guard = 0; u && guard < 64; ++guard) {
        if (u->headId != 0 && u->headId != m_employeeId) {
            m_headId = u->headId;
            m_headUnitName = u->name;
            return;
        }
        if (u->parentId == 0)
            break;
        u = units.find(u->parentId);
    }
}

QString AtasanChooser::describe(qint64 id) const
{
    if (id == 0 || !m_db || !m_db->isOpen())
        return {};
    const std::optional<Employee> e = EmployeeRepository(*m_db).find(id);
    return e ? DisplayText::nameWithNip(e->fullName(), e->nip) : QString();
}

void AtasanChooser::lookup(const QString &text)
{
    m_suggestions->clear();
    if (!m_db || !m_db->isOpen() || text.trimmed().size() < 2)
        return;
    EmployeeFilter filter;
    filter.text = text;
    const EmployeeListQuery query(*m_db);
    QVector<qint64> ids = query.ids(filter, EmployeeColumn::Name, Qt::AscendingOrder);
    ids.removeAll(m_employeeId);
    const QVector<EmployeeRow> rows = query.rows(ids.mid(0, MaxSuggestions));
    for (const EmployeeRow &r : rows) {
        auto *item =
            new QStandardItem(tr("%1 — %2 · %3").arg(r.fullName, Nip::format(r.nip), r.jabatan));
        item->setData(r.id, IdRole);
        m_suggestions->appendRow(item);
    }
    if (m_suggestions->rowCount() > 0)
        m_completer->complete();
}

void AtasanChooser::choose(qint64 id)
{
    m_chosenId = id;
    m_edit->setText(describe(id));
    m_edit->setCursorPosition(0);
    updateState();
    emit changed();
}

void AtasanChooser::openSearch()
{
    if (!m_db)
        return;
    EmployeePickerDialog dialog(*m_db, tr("Choose the atasan langsung"), this);
    dialog.setExcluded(m_employeeId);
    if (m_chosenId == 0)
        dialog.setFilterText(m_edit->text());
    if (dialog.exec() != QDialog::Accepted || dialog.selectedId() == 0)
        return;
    m_useHead->setChecked(false);
    choose(dialog.selectedId());
}

void AtasanChooser::updateState()
{
    const bool head = m_useHead->isChecked();
    m_edit->setEnabled(!head);
    m_search->setEnabled(!head);
    if (head) {
        m_edit->setText(describe(m_headId));
        m_edit->setCursorPosition(0);
        if (m_headId == 0)
            m_info->showInfo(tr("No unit head is recorded for this unit or the units above it, "
                                "so there is no atasan."));
        else
            m_info->showInfo(tr("Head of %1").arg(m_headUnitName));
        return;
    }
    if (m_chosenId == 0 && m_edit->text().trimmed().isEmpty())
        m_info->showInfo(tr("No atasan."));
    else
        m_info->clearMessage();
}

} // namespace kinerja::ui
