#include "employeeactions.h"

#include "common/displaytext.h"
#include "common/messagebox.h"
#include "employees/employeedialog.h"
#include "employees/employmentstatedialog.h"
#include "storage/database.h"
#include "storage/employeerepository.h"

namespace kinerja::ui {

bool EmployeeActions::create(qint64 defaultUnitId, qint64 *changedId)
{
    if (!m_db)
        return false;
    EmployeeDialog dialog(*m_db, 0, m_window);
    dialog.setDefaultUnit(defaultUnitId);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (changedId)
        *changedId = dialog.savedId();
    return true;
}

bool EmployeeActions::edit(qint64 id)
{
    if (!m_db || id == 0)
        return false;
    EmployeeDialog dialog(*m_db, id, m_window);
    return dialog.exec() == QDialog::Accepted;
}

bool EmployeeActions::changeState(qint64 id)
{
    if (!m_db || id == 0)
        return false;
    const std::optional<Employee> e = EmployeeRepository(*m_db).find(id);
    if (!e)
        return false;
    EmploymentStateDialog dialog(*m_db, *e, m_window);
    return dialog.exec() == QDialog::Accepted;
}

bool EmployeeActions::remove(qint64 id)
{
    if (!m_db || id == 0)
        return false;
    EmployeeRepository repo(*m_db);
    const std::optional<Employee> e = repo.find(id);
    if (!e)
        return false;
    const QString who = DisplayText::nameWithNip(e->fullName(), e->nip);
    if (!MessageBox::confirm(
            m_window, tr("Delete employee"),
            tr("Delete the record of %1, with the riwayat?\n\nDeleting is meant for records "
               "entered by mistake. For someone who retired, moved or died, change the "
               "employment state instead.")
                .arg(who),
            tr("Delete")))
        return false;
    const Status s = repo.remove(id);
    if (!s) {
        MessageBox::warning(m_window, tr("Cannot delete employee"), s.message());
        return false;
    }
    return true;
}

} // namespace kinerja::ui
