#include "employmentstatedialog.h"

#include "common/displaytext.h"
#include "common/fieldmessage.h"
#include "storage/database.h"
#include "storage/employeerepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kinerja::ui {

EmploymentStateDialog::EmploymentStateDialog(Database &db, const Employee &employee,
                                             QWidget *parent)
    : QDialog(parent), m_db(db), m_employee(employee), m_state(new QComboBox(this)),
      m_date(new QDateEdit(this)), m_error(new FieldMessage(QStringLiteral("stateError"), this))
{
    setObjectName(QStringLiteral("employmentStateDialog"));
    setWindowTitle(tr("Change employment state"));

    auto *who = new QLabel(tr("<b>%1</b><br>NIP %2")
                               .arg(employee.fullName().toHtmlEscaped(), Nip::format(employee.nip)),
                           this);
    m_state->setObjectName(QStringLiteral("stateCombo"));
    for (const EmploymentState s : allEmploymentStates())
        m_state->addItem(employmentStateName(s), static_cast<int>(s));
    m_state->setCurrentIndex(m_state->findData(static_cast<int>(employee.state)));
    m_date->setObjectName(QStringLiteral("stateDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(DisplayText::dateFormat());
    m_date->setDate(employee.stateDate.isValid() ? employee.stateDate : QDate::currentDate());

    auto *form = new QFormLayout;
    form->addRow(tr("&State:"), m_state);
    form->addRow(tr("&Since:"), m_date);
    auto *hint = new QLabel(tr("People who leave keep their record and riwayat; they are hidden "
                               "from the list unless “Show inactive” is on."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_save, &QPushButton::clicked, this, &EmploymentStateDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_state, &QComboBox::currentIndexChanged, this, &EmploymentStateDialog::updateState);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(who);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
    updateState();
}

void EmploymentStateDialog::updateState()
{
    const bool active = m_state->currentData().toInt() == static_cast<int>(EmploymentState::Aktif);
    m_date->setEnabled(!active);
    m_error->clearMessage();
}

void EmploymentStateDialog::save()
{
    Employee e = m_employee;
    e.state = static_cast<EmploymentState>(m_state->currentData().toInt());
    e.stateDate = e.isActive() ? QDate() : m_date->date();
    const Status s = EmployeeRepository(m_db).update(e);
    if (!s) {
        m_error->showError(s.message());
        return;
    }
    accept();
}

} // namespace kinerja::ui
