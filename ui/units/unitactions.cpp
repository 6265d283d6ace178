#include "unitactions.h"

#include "common/displaytext.h"
#include "common/messagebox.h"
#include "employees/employeepickerdialog.h"
#include "storage/database.h"
#include "storage/employeerepository.h"
#include "storage/unitrepository.h"
#include "units/chooseunitdialog.h"
#include "units/unitdialog.h"

#include <QPushButton>

namespace kinerja::ui {

bool UnitActions::createSubUnit(qint64 parentId, qint64 *focusId)
{
    if (!m_db)
        return false;
    UnitDialog dialog(*m_db, parentId, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (focusId)
        *focusId = dialog.createdId();
    return true;
}

bool UnitActions::move(qint64 id)
{
    if (!m_db || id == 0)
        return false;
    UnitRepository units(*m_db);
    const std::optional<Unit> unit = units.find(id);
    if (!unit)
        return false;
    ChooseUnitDialog dialog(*m_db, tr("Move unit"),
                            tr("Choose the unit that “%1” will be part of.").arg(unit->name),
                            m_window);
    dialog.setExcluded(id);
    dialog.setCurrentUnit(unit->parentId);
    dialog.setOkText(tr("Move"));
    dialog.setApply([&units, id](qint64 target, const QDate &) { return units.move(id, target); });
    return dialog.exec() == QDialog::Accepted;
}

bool UnitActions::setHead(qint64 id)
{
    if (!m_db || id == 0)
        return false;
    UnitRepository units(*m_db);
    const std::optional<Unit> unit = units.find(id);
    if (!unit)
        return false;
    EmployeePickerDialog dialog(*m_db, tr("Head of %1").arg(unit->name), m_window);
    dialog.setUnitIds({id});
    QString current = tr("The unit has no head at the moment.");
    if (unit->headId != 0)
        if (const std::optional<Employee> head = EmployeeRepository(*m_db).find(unit->headId))
            current =
                tr("Current head: %1.").arg(DisplayText::nameWithNip(head->fullName(), head->nip));
    dialog.setPrompt(tr("%1 Choose the new head among the staff of the unit.").arg(current));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const Status s = units.setHead(id, dialog.selectedId());
    if (!s) {
        MessageBox::warning(m_window, tr("Cannot set the head"), s.message());
        return false;
    }
    return true;
}

bool UnitActions::merge(qint64 id, qint64 *focusId)
{
    if (!m_db || id == 0)
        return false;
    UnitRepository units(*m_db);
    const std::optional<Unit> unit = units.find(id);
    if (!unit)
        return false;
    const UnitUsage usage = units.usage(id);
    ChooseUnitDialog dialog(
        *m_db, tr("Merge unit"),
        tr("Merge “%1” into another unit: its %2 staff member(s) and %3 sub-unit(s) move there "
           "(recorded in the riwayat from the date below), and “%1” is removed.")
            .arg(unit->name)
            .arg(usage.activeStaff + usage.inactiveStaff)
            .arg(usage.subUnits),
        m_window);
    dialog.setExcluded(id);
    dialog.setCurrentUnit(unit->parentId);
    dialog.setAskDate(true);
    dialog.setOkText(tr("Merge"));
    qint64 target = 0;
    dialog.setApply([this, &units, &target, id, unit](qint64 into, const QDate &effective) {
        const std::optional<Unit> other = units.find(into);
        if (!MessageBox::confirm(
                m_window, tr("Merge unit"),
                tr("Merge “%1” into “%2” from %3? This cannot be undone.")
                    .arg(unit->name, other ? other->name : QString(), DisplayText::date(effective)),
                tr("Merge")))
            return Status::error(tr("Not merged."));
        target = into;
        return units.merge(id, into, effective);
    });
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (focusId)
        *focusId = target;
    return true;
}

bool UnitActions::remove(qint64 id, qint64 *focusId)
{
    if (!m_db || id == 0)
        return false;
    UnitRepository units(*m_db);
    const std::optional<Unit> unit = units.find(id);
    if (!unit)
        return false;
    const UnitUsage usage = units.usage(id);
    if (!usage.isEmpty() || unit->parentId == 0) {
        // remove() refuses without changing anything and says exactly why.
        const Status s = units.remove(id);
        if (!s) {
            MessageBox::warning(m_window, tr("Cannot delete unit"), s.message());
            return false;
        }
        if (focusId)
            *focusId = unit->parentId;
        return true;
    }
    QString text = tr("Delete the unit “%1”?").arg(unit->name);
    if (usage.historyRecords > 0)
        text += QStringLiteral("\n\n") +
                tr("The riwayat names this unit (%1 record(s)); it is kept for them as "
                   "dissolved.")
                    .arg(usage.historyRecords);
    if (!MessageBox::confirm(m_window, tr("Delete unit"), text, tr("Delete")))
        return false;
    const Status s = units.remove(id);
    if (!s) {
        MessageBox::warning(m_window, tr("Cannot delete unit"), s.message());
        return false;
    }
    if (focusId)
        *focusId = unit->parentId;
    return true;
}

} // namespace kinerja::ui
