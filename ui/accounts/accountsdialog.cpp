#include "accountsdialog.h"

#include "accounts/accounteditor.h"
#include "common/messagebox.h"
#include "domain/nip.h"
#include "employees/employeepickerdialog.h"
#include "storage/unitrepository.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kinerja::ui {

namespace {
enum Column { LoginColumn, NipColumn, NameColumn, RolesColumn, StateColumn, ColumnCount };
}

AccountsDialog::AccountsDialog(Database &db, std::unique_ptr<AccountStore> store, QWidget *parent)
    : QDialog(parent), m_db(db), m_store(std::move(store)),
      m_table(new QTableWidget(0, ColumnCount, this)), m_status(new QLabel(this)),
      m_create(new QPushButton(tr("&New account…"), this)),
      m_link(new QPushButton(tr("&Link to employee…"), this)),
      m_roles(new QPushButton(tr("&Roles…"), this)),
      m_password(new QPushButton(tr("Reset &password…"), this)),
      m_disable(new QPushButton(tr("&Disable…"), this))
{
    setObjectName(QStringLiteral("accountsDialog"));
    setWindowTitle(tr("User accounts"));
    m_table->setObjectName(QStringLiteral("accountTable"));
    m_status->setObjectName(QStringLiteral("accountStatusLabel"));
    m_create->setObjectName(QStringLiteral("newAccountButton"));
    m_link->setObjectName(QStringLiteral("linkAccountButton"));
    m_roles->setObjectName(QStringLiteral("accountRolesButton"));
    m_password->setObjectName(QStringLiteral("resetPasswordButton"));
    m_disable->setObjectName(QStringLiteral("disableAccountButton"));

    m_table->setHorizontalHeaderLabels(
        {tr("Login"), tr("NIP"), tr("Employee"), tr("Roles"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(RolesColumn, QHeaderView::Stretch);
    m_table->setWordWrap(true);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AccountsDialog::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &AccountsDialog::changeRoles);
    connect(m_create, &QPushButton::clicked, this, &AccountsDialog::createAccount);
    connect(m_link, &QPushButton::clicked, this, &AccountsDialog::linkEmployee);
    connect(m_roles, &QPushButton::clicked, this, &AccountsDialog::changeRoles);
    connect(m_password, &QPushButton::clicked, this, &AccountsDialog::resetPassword);
    connect(m_disable, &QPushButton::clicked, this, &AccountsDialog::toggleDisabled);

    auto *side = new QVBoxLayout;
    for (QPushButton *b : {m_create, m_link, m_roles, m_password, m_disable})
        side->addWidget(b);
    side->addStretch(1);
    auto *top = new QHBoxLayout;
    top->addWidget(m_table, 1);
    top->addLayout(side);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_status);
    layout->addWidget(close);
    // Fits 1366×768 at 150 % (about 910×510 logical pixels) with room for the frame.
    resize(860, 460);

    for (const Unit &u : UnitRepository(m_db).all())
        m_unitNames.insert(u.id, u.name);
    reload();
}

AccountsDialog::~AccountsDialog() = default;

bool AccountsDialog::check(const Status &s, const QString &what)
{
    if (s)
        return true;
    MessageBox::warning(this, what, s.message());
    return false;
}

QString AccountsDialog::rolesText(const Account &account) const
{
    QStringList parts;
    for (const RoleGrant &g : account.roles) {
        parts.append(g.unitId == 0
                         ? roleName(g.role)
                         : tr("%1 (%2)").arg(roleName(g.role), m_unitNames.value(g.unitId)));
    }
    return parts.join(QStringLiteral(", "));
}

void AccountsDialog::reload()
{
    const QString selected = current() ? current()->login : QString();
    QList<Account> accounts;
    const Status s = m_store->all(&accounts);
    m_status->setText(s ? tr("%n account(s).", nullptr, int(accounts.size())) : s.message());
    m_accounts = accounts;
    m_table->setRowCount(int(m_accounts.size()));
    for (int row = 0; row < m_accounts.size(); ++row) {
        const Account &a = m_accounts.at(row);
        const QString cells[ColumnCount] = {
            a.login, a.employeeNip.isEmpty() ? QString() : Nip::format(a.employeeNip),
            a.employeeId ? a.employeeName : tr("(not linked)"), rolesText(a),
            a.disabled ? tr("disabled") : tr("active")};
        for (int c = 0; c < ColumnCount; ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    m_table->resizeColumnToContents(LoginColumn);
    m_table->resizeColumnToContents(NipColumn);
    m_table->resizeColumnToContents(NameColumn);
    if (!selected.isEmpty())
        selectLogin(selected);
    updateButtons();
}

void AccountsDialog::selectLogin(const QString &login)
{
    for (int row = 0; row < m_accounts.size(); ++row)
        if (m_accounts.at(row).login == login)
            m_table->selectRow(row);
}

const Account *AccountsDialog::current() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    const int row = items.isEmpty() ? -1 : items.first()->row();
    return row >= 0 && row < m_accounts.size() ? &m_accounts.at(row) : nullptr;
}

void AccountsDialog::updateButtons()
{
    const Account *a = current();
    for (QPushButton *b : {m_link, m_roles, m_password, m_disable})
        b->setEnabled(a != nullptr);
    m_disable->setText(a && a->disabled ? tr("&Enable…") : tr("&Disable…"));
}

void AccountsDialog::createAccount()
{
    AccountEditor editor(m_db, AccountEditor::Mode::Create, Account(), this);
    if (editor.exec() != QDialog::Accepted)
        return;
    qint64 id = 0;
    if (!check(m_store->create(editor.login(), editor.password(), editor.employeeId(),
                               editor.roles(), &id),
               tr("Cannot create the account")))
        return;
    reload();
    selectLogin(editor.login());
    m_status->setText(tr("Account %1 created.").arg(editor.login()));
}

void AccountsDialog::linkEmployee()
{
    const Account *a = current();
    if (!a)
        return;
    const Account account = *a;
    EmployeePickerDialog picker(m_db, tr("Employee of %1").arg(account.login), this);
    picker.setPrompt(tr("Search by name or NIP. The account's roles then follow this "
                        "employee: whom they rate, and their own appraisal."));
    if (picker.exec() != QDialog::Accepted || picker.selectedId() == 0)
        return;
    if (check(m_store->link(account.id, picker.selectedId()), tr("Cannot link the account")))
        reload();
}

void AccountsDialog::changeRoles()
{
    const Account *a = current();
    if (!a)
        return;
    const Account account = *a;
    AccountEditor editor(m_db, AccountEditor::Mode::Roles, account, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    if (check(m_store->setRoles(account.id, editor.roles()), tr("Cannot change the roles")))
        reload();
}

void AccountsDialog::resetPassword()
{
    const Account *a = current();
    if (!a)
        return;
    const Account account = *a;
    AccountEditor editor(m_db, AccountEditor::Mode::Password, account, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    if (check(m_store->resetPassword(account.id, editor.password()),
              tr("Cannot reset the password")))
        m_status->setText(tr("The password of %1 was reset.").arg(account.login));
}

void AccountsDialog::toggleDisabled()
{
    const Account *a = current();
    if (!a)
        return;
    const Account account = *a;
    const bool disable = !account.disabled;
    const bool sure =
        disable ? MessageBox::confirm(this, tr("Disable account"),
                                      tr("Disable the account %1? Its login can no longer "
                                         "connect; its history stays.")
                                          .arg(account.login),
                                      tr("Disable"))
                : MessageBox::confirm(this, tr("Enable account"),
                                      tr("Enable the account %1 again? Its login can connect "
                                         "with its roles.")
                                          .arg(account.login),
                                      tr("Enable"));
    if (!sure)
        return;
    if (check(m_store->setDisabled(account.id, disable),
              disable ? tr("Cannot disable the account") : tr("Cannot enable the account")))
        reload();
}

} // namespace kinerja::ui
