// User accounts in the GUI (issue 19), on a real server: an admin kepegawaian (not a
// superuser) logged in over SCRAM lists the accounts, creates one with a role scoped to a
// unit and an employee found by NIP, changes its roles, resets its password (the person
// then logs in with it), disables it after a question; a pengelola is refused in words.
#include "accounts/accounteditor.h"
#include "accounts/accountsdialog.h"
#include "accounts/accountstore.h"
#include "common/messagebox.h"
#include "domain/nip.h"
#include "shell/mainwindow.h"
#include "storage/accounts.h"
#include "storage/database.h"
#include "storage/employeerepository.h"
#include "support/find.h"
#include "support/uifixture.h"
#include "units/unitcombobox.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <functional>

using namespace kinerja;
using kinerja::ui::AccountEditor;
using kinerja::ui::AccountsDialog;
using kinerja::ui::AccountStore;
using kinerja::ui::MessageBox;
using support::find;

namespace {

// Runs `act` on the next modal dialog of type T as soon as it is shown (the caller then
// opens it with a click that blocks in exec()).
template <typename T> void whenModal(std::function<void(T *)> act)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, act] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            act(dialog);
        }
    });
    timer->start();
}

} // namespace

class TestAccountDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void adminSeesTheAccountsActionAndTheList();
    void createWithScopedRoleAndEmployee();
    void changeRolesResetPasswordAndDisable();
    void pengelolaIsRefusedInWords();

private:
    QString login(const QString &base) const { return base + m_suffix; }
    void createAccount(const QString &base, qint64 employeeId, const QList<RoleGrant> &roles);
    // A connection as `base`'s login over TCP with its password (SCRAM).
    Status openAs(Database &db, const QString &base, const QString &password = {}) const;
    int rowOf(const QTableWidget *table, const QString &login) const;

    QTemporaryDir m_settings;
    std::unique_ptr<TempDatabase> m_temp;
    uifixture::Fixture m_f;
    QString m_suffix;
    QStringList m_logins;
};

void TestAccountDialog::initTestCase()
{
    uifixture::isolateSettings(m_settings.path());
    QCoreApplication::setOrganizationName(QStringLiteral("KinerjaTest"));
    QCoreApplication::setApplicationName(QStringLiteral("test_account_dialog"));
}

void TestAccountDialog::init()
{
    MessageBox::resetLog();
    MessageBox::clearNextAnswer();
    MessageBox::setDefaultAnswer(QMessageBox::Cancel);
    m_suffix = QStringLiteral("_") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    m_temp = std::make_unique<TempDatabase>();
    m_f = uifixture::build(m_temp->open());
    createAccount(QStringLiteral("adm"), 0, {{Role::AdminKepegawaian, 0}});
    createAccount(QStringLiteral("peng"), 0, {{Role::PengelolaKinerja, m_f.dinas}});
}

void TestAccountDialog::cleanup()
{
    m_temp.reset();
    for (const QString &l : std::as_const(m_logins))
        TempDatabase::admin(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(l));
    m_logins.clear();
}

void TestAccountDialog::createAccount(const QString &base, qint64 employeeId,
                                      const QList<RoleGrant> &roles)
{
    m_logins << login(base);
    FIXTURE_OK(AccountRepository(m_temp->db())
                   .create(login(base), QStringLiteral("pw-") + base, employeeId, roles));
}

Status TestAccountDialog::openAs(Database &db, const QString &base, const QString &password) const
{
    ServerAddress a;
    FIXTURE_OK(ServerAddress::parse(m_temp->location(), &a));
    a.host = QStringLiteral("127.0.0.1");
    a.user = login(base);
    a.password = password.isEmpty() ? QStringLiteral("pw-") + base : password;
    return db.openServer(a);
}

int TestAccountDialog::rowOf(const QTableWidget *table, const QString &login) const
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0)->text() == login)
            return row;
    return -1;
}

void TestAccountDialog::adminSeesTheAccountsActionAndTheList()
{
    auto db = std::make_unique<Database>();
    QVERIFY(openAs(*db, QStringLiteral("adm")).isOk());
    Database &conn = *db;
    ui::MainWindow window(std::move(db));
    QVERIFY(!window.session().superuser);
    QVERIFY(window.action(QStringLiteral("actionAccounts"))->isVisible());
    QVERIFY(window.action(QStringLiteral("actionAccounts"))->isEnabled());

    AccountsDialog dialog(conn, AccountStore::forDatabase(conn));
    auto *table = find<QTableWidget>(&dialog, "accountTable");
    const int row = rowOf(table, login(QStringLiteral("peng")));
    QVERIFY(row >= 0);
    QVERIFY(rowOf(table, login(QStringLiteral("adm"))) >= 0);
    const QString roles = table->item(row, 3)->text();
    QVERIFY2(roles.contains(roleName(Role::PengelolaKinerja)), qPrintable(roles));
    QVERIFY2(roles.contains(QStringLiteral("Dinas Pendidikan")), qPrintable(roles));
    QCOMPARE(table->item(row, 4)->text(), QStringLiteral("active"));
    // Nothing chosen, nothing to change.
    QVERIFY(!find<QPushButton>(&dialog, "accountRolesButton")->isEnabled());
    // Fits 1366×768 at 150 %.
    QVERIFY(dialog.size().width() <= 900 && dialog.size().height() <= 500);
}

void TestAccountDialog::createWithScopedRoleAndEmployee()
{
    Database db;
    QVERIFY(openAs(db, QStringLiteral("adm")).isOk());
    AccountsDialog dialog(db, AccountStore::forDatabase(db));
    dialog.show();
    const std::optional<Employee> employee =
        EmployeeRepository(m_temp->db()).find(m_f.employees.at(4));
    QVERIFY(employee);
    const QString newLogin = login(QStringLiteral("baru"));
    m_logins << newLogin;
    QStringList problems;
    whenModal<AccountEditor>([&](AccountEditor *editor) {
        QTest::keyClicks(find<QLineEdit>(editor, "loginEdit"), newLogin);
        // The employee by NIP, through the picker.
        whenModal<QDialog>([&](QDialog *picker) {
            QTest::keyClicks(find<QLineEdit>(picker, "pickerFilterEdit"), employee->nip);
            QTRY_COMPARE(find<QTableView>(picker, "pickerTable")->model()->rowCount(), 1);
            picker->accept();
        });
        QTest::mouseClick(find<QPushButton>(editor, "chooseEmployeeButton"), Qt::LeftButton);
        find<QCheckBox>(editor, "role_pengelola")->setChecked(true);
        find<ui::UnitComboBox>(editor, "scope_pengelola")->setUnitId(m_f.kecamatan);
        find<QCheckBox>(editor, "role_pegawai")->setChecked(true);
        QTest::keyClicks(find<QLineEdit>(editor, "passwordEdit"), QStringLiteral("rahasia-1"));
        QTest::keyClicks(find<QLineEdit>(editor, "passwordRepeatEdit"),
                         QStringLiteral("rahasia-2"));
        QTest::mouseClick(find<QPushButton>(editor, "editorOkButton"), Qt::LeftButton);
        problems << find<QLabel>(editor, "editorErrorLabel")->text();
        QVERIFY(editor->isVisible()); // not saved
        find<QLineEdit>(editor, "passwordRepeatEdit")->setText(QStringLiteral("rahasia-1"));
        QTest::mouseClick(find<QPushButton>(editor, "editorOkButton"), Qt::LeftButton);
    });
    QTest::mouseClick(find<QPushButton>(&dialog, "newAccountButton"), Qt::LeftButton);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(QLatin1String("differ")), qPrintable(problems.first()));
    QCOMPARE(MessageBox::shownCount(), 0);

    Account created;
    QVERIFY(AccountRepository(m_temp->db()).find(newLogin, &created).isOk());
    QCOMPARE(created.employeeId, m_f.employees.at(4));
    QVERIFY(created.roles.contains(RoleGrant{Role::PengelolaKinerja, m_f.kecamatan}));
    QVERIFY(created.roles.contains(RoleGrant{Role::Pegawai, 0}));
    auto *table = find<QTableWidget>(&dialog, "accountTable");
    const int row = rowOf(table, newLogin);
    QVERIFY(row >= 0);
    QCOMPARE(table->item(row, 1)->text(), Nip::format(employee->nip));
    // The person logs in with the password typed twice.
    Database own;
    const Status s = openAs(own, QStringLiteral("baru"), QStringLiteral("rahasia-1"));
    QVERIFY2(s, qPrintable(s.message()));
}

void TestAccountDialog::changeRolesResetPasswordAndDisable()
{
    createAccount(QStringLiteral("pim"), 0, {{Role::Pimpinan, 0}});
    Database db;
    QVERIFY(openAs(db, QStringLiteral("adm")).isOk());
    AccountsDialog dialog(db, AccountStore::forDatabase(db));
    dialog.show();
    auto *table = find<QTableWidget>(&dialog, "accountTable");
    const QString pim = login(QStringLiteral("pim"));
    table->selectRow(rowOf(table, pim));

    // Roles: the current one checked; add pengelola of Dinas Pendidikan.
    bool wasChecked = false;
    whenModal<AccountEditor>([&](AccountEditor *editor) {
        wasChecked = find<QCheckBox>(editor, "role_pimpinan")->isChecked();
        find<QCheckBox>(editor, "role_pengelola")->setChecked(true);
        find<ui::UnitComboBox>(editor, "scope_pengelola")->setUnitId(m_f.dinas);
        QTest::mouseClick(find<QPushButton>(editor, "editorOkButton"), Qt::LeftButton);
    });
    QTest::mouseClick(find<QPushButton>(&dialog, "accountRolesButton"), Qt::LeftButton);
    QVERIFY(wasChecked);
    Account a;
    QVERIFY(AccountRepository(m_temp->db()).find(pim, &a).isOk());
    QVERIFY(a.roles.contains(RoleGrant{Role::PengelolaKinerja, m_f.dinas}));
    QVERIFY(a.roles.contains(RoleGrant{Role::Pimpinan, 0}));

    // Password reset: the old one no longer opens, the new one does.
    whenModal<AccountEditor>([](AccountEditor *editor) {
        QTest::keyClicks(find<QLineEdit>(editor, "passwordEdit"), QStringLiteral("baru-sekali"));
        QTest::keyClicks(find<QLineEdit>(editor, "passwordRepeatEdit"),
                         QStringLiteral("baru-sekali"));
        QTest::mouseClick(find<QPushButton>(editor, "editorOkButton"), Qt::LeftButton);
    });
    QTest::mouseClick(find<QPushButton>(&dialog, "resetPasswordButton"), Qt::LeftButton);
    {
        Database old;
        QVERIFY(!openAs(old, QStringLiteral("pim")));
        Database fresh;
        QVERIFY(openAs(fresh, QStringLiteral("pim"), QStringLiteral("baru-sekali")).isOk());
    }

    // Disable asks first: No keeps it, Yes disables; then the login cannot connect.
    table->selectRow(rowOf(table, pim));
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(find<QPushButton>(&dialog, "disableAccountButton"), Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(pim));
    QCOMPARE(table->item(rowOf(table, pim), 4)->text(), QStringLiteral("active"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(find<QPushButton>(&dialog, "disableAccountButton"), Qt::LeftButton);
    QCOMPARE(table->item(rowOf(table, pim), 4)->text(), QStringLiteral("disabled"));
    QCOMPARE(find<QPushButton>(&dialog, "disableAccountButton")->text(),
             QStringLiteral("&Enable…"));
    Database refused;
    QVERIFY(!openAs(refused, QStringLiteral("pim"), QStringLiteral("baru-sekali")));
}

void TestAccountDialog::pengelolaIsRefusedInWords()
{
    auto db = std::make_unique<Database>();
    QVERIFY(openAs(*db, QStringLiteral("peng")).isOk());
    Database &conn = *db;
    {
        ui::MainWindow window(std::move(db));
        QVERIFY(!window.action(QStringLiteral("actionAccounts"))->isVisible());
        // Even when the dialog is reached, the server says no, and the dialog says why.
        AccountsDialog dialog(conn, AccountStore::forDatabase(conn));
        const QString status = find<QLabel>(&dialog, "accountStatusLabel")->text();
        QVERIFY2(status.contains(QLatin1String("admin kepegawaian")), qPrintable(status));
        QVERIFY2(!status.contains(QLatin1String("QPSQL")), qPrintable(status));
        QCOMPARE(find<QTableWidget>(&dialog, "accountTable")->rowCount(), 0);
    }
}

QTEST_MAIN(TestAccountDialog)
#include "test_account_dialog.moc"
