#include "accounteditor.h"

#include "employees/employeepickerdialog.h"
#include "storage/database.h"
#include "units/unitcombobox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace kinerja::ui {

namespace {
constexpr int kMinPassword = 8;
}

bool AccountEditor::hasUnitScope(Role role)
{
    return role == Role::AdminKepegawaian || role == Role::PengelolaKinerja ||
           role == Role::Pimpinan;
}

AccountEditor::AccountEditor(Database &db, Mode mode, const Account &account, QWidget *parent)
    : QDialog(parent), m_db(db), m_mode(mode), m_error(new QLabel(this)),
      m_employeeId(account.employeeId)
{
    setObjectName(QStringLiteral("accountEditor"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    if (mode == Mode::Create) {
        setWindowTitle(tr("New user account"));
        m_login = new QLineEdit(this);
        m_login->setObjectName(QStringLiteral("loginEdit"));
        m_login->setPlaceholderText(tr("e.g. ani_rahma"));
        m_login->setToolTip(tr("The name the person logs in with: small letters, digits, "
                               "underscores and dots, starting with a letter."));
        form->addRow(tr("&Login:"), m_login);
        m_employee = new QLabel(tr("(none)"), this);
        m_employee->setObjectName(QStringLiteral("employeeLabel"));
        m_employee->setWordWrap(true);
        auto *choose = new QPushButton(tr("C&hoose…"), this);
        choose->setObjectName(QStringLiteral("chooseEmployeeButton"));
        connect(choose, &QPushButton::clicked, this, &AccountEditor::chooseEmployee);
        auto *row = new QHBoxLayout;
        row->addWidget(m_employee, 1);
        row->addWidget(choose);
        auto *label = new QLabel(tr("&Employee:"), this);
        label->setBuddy(choose);
        form->addRow(label, row);
    } else {
        setWindowTitle(mode == Mode::Roles ? tr("Roles of %1").arg(account.login)
                                           : tr("New password for %1").arg(account.login));
    }

    if (mode != Mode::Password) {
        auto *box = new QGroupBox(tr("Roles"), this);
        auto *grid = new QGridLayout(box);
        int row = 0;
        for (Role role : allRoles()) {
            auto *check = new QCheckBox(roleName(role), box);
            check->setObjectName(QStringLiteral("role_") + roleKey(role));
            grid->addWidget(check, row, 0);
            m_roleChecks.insert(role, check);
            if (hasUnitScope(role)) {
                auto *scope = new UnitComboBox(box);
                scope->setObjectName(QStringLiteral("scope_") + roleKey(role));
                scope->setPlaceholderItem(tr("Whole agency"));
                scope->setDatabase(&m_db);
                scope->setEnabled(false);
                // A long unit name must not squeeze the roles' names.
                scope->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
                scope->setMinimumContentsLength(18);
                scope->setToolTip(tr("The units this role covers: the unit chosen and the "
                                     "units below it."));
                connect(check, &QCheckBox::toggled, scope, &QWidget::setEnabled);
                grid->addWidget(scope, row, 1);
                m_scopes.insert(role, scope);
            } else {
                auto *note = new QLabel(tr("follows the linked employee"), box);
                note->setForegroundRole(QPalette::PlaceholderText);
                grid->addWidget(note, row, 1);
            }
            ++row;
        }
        grid->setColumnStretch(1, 1);
        for (const RoleGrant &g : account.roles) {
            m_roleChecks.value(g.role)->setChecked(true);
            if (UnitComboBox *scope = m_scopes.value(g.role))
                scope->setUnitId(g.unitId);
        }
        layout->addWidget(box);
    }

    if (mode != Mode::Roles) {
        auto *pw = new QFormLayout;
        m_password = new QLineEdit(this);
        m_password->setObjectName(QStringLiteral("passwordEdit"));
        m_password->setEchoMode(QLineEdit::Password);
        m_repeat = new QLineEdit(this);
        m_repeat->setObjectName(QStringLiteral("passwordRepeatEdit"));
        m_repeat->setEchoMode(QLineEdit::Password);
        pw->addRow(mode == Mode::Create ? tr("Initial &password:") : tr("New &password:"),
                   m_password);
        pw->addRow(tr("&Repeat password:"), m_repeat);
        layout->addLayout(pw);
        auto *hint =
            new QLabel(tr("Tell the person the password in private, not by e-mail or chat."), this);
        hint->setWordWrap(true);
        hint->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(hint);
    }

    m_error->setObjectName(QStringLiteral("editorErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("editorOkButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AccountEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // 1366×768 at 150 % leaves about 900×500 logical pixels.
    setMinimumWidth(600);
}

QString AccountEditor::login() const
{
    return m_login ? m_login->text().trimmed() : QString();
}

QString AccountEditor::password() const
{
    return m_password ? m_password->text() : QString();
}

QList<RoleGrant> AccountEditor::roles() const
{
    QList<RoleGrant> out;
    for (auto it = m_roleChecks.cbegin(); it != m_roleChecks.cend(); ++it) {
        if (!it.value()->isChecked())
            continue;
        const UnitComboBox *scope = m_scopes.value(it.key());
        out.append({it.key(), scope ? scope->unitId() : 0});
    }
    return out;
}

void AccountEditor::setEmployee(qint64 id, const QString &text)
{
    m_employeeId = id;
    if (m_employee)
        m_employee->setText(id ? text : tr("(none)"));
}

void AccountEditor::chooseEmployee()
{
    EmployeePickerDialog picker(m_db, tr("Employee of the account"), this);
    picker.setPrompt(tr("Search by name or NIP."));
    if (picker.exec() == QDialog::Accepted && picker.selectedId() != 0)
        setEmployee(picker.selectedId(), picker.selectedName());
}

QString AccountEditor::problem() const
{
    if (m_mode == Mode::Create) {
        static const QRegularExpression valid(QStringLiteral("^[a-z][a-z0-9_.]{1,62}$"));
        if (login().isEmpty())
            return tr("Enter the login.");
        if (!valid.match(login()).hasMatch())
            return tr("The login “%1” may hold only small letters, digits, underscores and dots, "
                      "start with a letter and be 2 to 63 characters long.")
                .arg(login());
    }
    if (m_mode != Mode::Password) {
        const QList<RoleGrant> chosen = roles();
        if (chosen.isEmpty())
            return tr("Choose at least one role.");
        for (const RoleGrant &g : chosen) {
            if (!hasUnitScope(g.role) && m_employeeId == 0)
                return tr("The role “%1” needs the account to be linked to an employee.")
                    .arg(roleName(g.role));
        }
    }
    if (m_mode != Mode::Roles) {
        if (password().size() < kMinPassword)
            return tr("The password must have at least %n characters.", nullptr, kMinPassword);
        if (password() != m_repeat->text())
            return tr("The two passwords differ: type the same password twice.");
    }
    return {};
}

void AccountEditor::accept()
{
    if (const QString p = problem(); !p.isEmpty()) {
        m_error->setText(p);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace kinerja::ui
