// The idle lock (issue 19): a server session is covered after the idle time and unlocks
// only with the login's password, checked by the server over SCRAM; unsaved edits in open
// dialogs stay; input keeps it open; a file is never locked (it has no password).
#include "common/messagebox.h"
#include "employees/employeelistpanel.h"
#include "shell/idlelock.h"
#include "shell/mainwindow.h"
#include "shell/settingsdialog.h"
#include "storage/database.h"
#include "support/find.h"
#include "support/uifixture.h"

#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QUuid>
#include <QVBoxLayout>

using namespace kinerja;
using kinerja::ui::IdleLock;
using kinerja::ui::LockDialog;
using support::find;

class TestIdleLock : public QObject, uifixture::MainWindowTest {
    Q_OBJECT

private slots:
    void initTestCase() { isolateApplication(QStringLiteral("test_idle_lock")); }
    void init();
    void cleanup();
    void settingDefaultsToFifteenMinutes();
    void fileIsNeverLocked();
    void idleServerSessionLocksAndUnlocksWithThePassword();
    void inputKeepsTheSessionOpen();
    void quitFromTheLock();

private:
    // On the server engine: the window as a login with a password, over TCP.
    void openAsPasswordLogin();

    QString m_role;
    QString m_database;
};

void TestIdleLock::init()
{
    m_temp = std::make_unique<TempDatabase>();
    m_f = uifixture::build(m_temp->open());
    if (TempDatabase::onServer())
        openAsPasswordLogin();
    else
        m_window = uifixture::showMainWindow(m_temp->location());
}

void TestIdleLock::cleanup()
{
    closeWindow();
    if (!m_role.isEmpty()) {
        TempDatabase::admin(QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_role));
        m_role.clear();
    }
}

void TestIdleLock::openAsPasswordLogin()
{
    ServerAddress a;
    QVERIFY(ServerAddress::parse(m_temp->location(), &a).isOk());
    m_role = QStringLiteral("kt_lock_") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    // The socket trusts everyone: the password is checked only over TCP (SCRAM-SHA-256).
    TempDatabase::admin(
        QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'rahasia-benar'").arg(m_role));
    TempDatabase::admin(
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(m_role),
        a.database);
    m_database = a.database;
    a.host = QStringLiteral("127.0.0.1");
    a.user = m_role;
    a.password = QStringLiteral("rahasia-benar");
    auto db = std::make_unique<Database>();
    const Status s = db->openServer(a);
    QVERIFY2(s, qPrintable(s.message()));
    ui::MessageBox::setDefaultAnswer(QMessageBox::Cancel);
    m_window = new ui::MainWindow(std::move(db));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestIdleLock::settingDefaultsToFifteenMinutes()
{
    QCOMPARE(IdleLock::configuredMinutes(), 15);
    ui::SettingsDialog dialog;
    auto *spin = find<QSpinBox>(&dialog, "idleLockSpin");
    QCOMPARE(spin->value(), 15);
    QVERIFY(spin->toolTip().contains(QLatin1String("never locked")));
    spin->setValue(0);
    QCOMPARE(spin->text(), QStringLiteral("Never"));
    spin->setValue(5);
    dialog.apply();
    QCOMPARE(IdleLock::configuredMinutes(), 5);
    IdleLock::setConfiguredMinutes(15);
}

void TestIdleLock::fileIsNeverLocked()
{
    if (TempDatabase::onServer())
        QSKIP("a file's case");
    IdleLock *lock = m_window->idleLock();
    lock->setTimeoutMs(50);
    QVERIFY(!lock->isActive());
    QTest::qWait(300);
    QVERIFY(!lock->isLocked());
    lock->lockNow(); // not even when asked
    QVERIFY(!lock->isLocked());
    QVERIFY(QApplication::activeModalWidget() == nullptr);
}

void TestIdleLock::idleServerSessionLocksAndUnlocksWithThePassword()
{
    if (!TempDatabase::onServer())
        QSKIP("needs the test cluster (the _pg run)");
    // An editor with an unsaved edit, open over the window.
    auto *editor = new QDialog(m_window);
    auto *field = new QLineEdit(editor);
    field->setObjectName(QStringLiteral("unsavedField"));
    (new QVBoxLayout(editor))->addWidget(field);
    editor->show();
    QTest::keyClicks(field, QStringLiteral("belum disimpan"));

    IdleLock *lock = m_window->idleLock();
    lock->setTimeoutMs(200);
    QVERIFY(lock->isActive());
    QTRY_VERIFY_WITH_TIMEOUT(lock->isLocked(), 3000);
    LockDialog *dialog = lock->dialog();
    QVERIFY(dialog->isVisible());
    QCOMPARE(QApplication::activeModalWidget(), dialog);
    // Every window is covered, the editor too.
    QVERIFY(find<QWidget>(m_window, "lockCover")->isVisible());
    QVERIFY(find<QWidget>(editor, "lockCover")->isVisible());

    QTest::keyClicks(find<QLineEdit>(dialog, "lockPasswordEdit"), QStringLiteral("salah"));
    QTest::mouseClick(find<QPushButton>(dialog, "unlockButton"), Qt::LeftButton);
    auto *error = find<QLabel>(dialog, "lockErrorLabel");
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("The password is not right."));
    QVERIFY(lock->isLocked());
    QVERIFY(find<QLineEdit>(dialog, "lockPasswordEdit")->text().isEmpty());

    QTest::keyClicks(find<QLineEdit>(dialog, "lockPasswordEdit"), QStringLiteral("rahasia-benar"));
    QTest::mouseClick(find<QPushButton>(dialog, "unlockButton"), Qt::LeftButton);
    QVERIFY(!lock->isLocked());
    QVERIFY(m_window->findChild<QWidget *>(QStringLiteral("lockCover")) == nullptr);
    QVERIFY(editor->findChild<QWidget *>(QStringLiteral("lockCover")) == nullptr);
    QVERIFY(editor->isVisible());
    QCOMPARE(field->text(), QStringLiteral("belum disimpan"));
    QVERIFY(lock->isActive()); // counting again
    lock->setTimeoutMs(0);
    QVERIFY(!lock->isActive());
    delete editor;
}

void TestIdleLock::inputKeepsTheSessionOpen()
{
    if (!TempDatabase::onServer())
        QSKIP("needs the test cluster (the _pg run)");
    IdleLock *lock = m_window->idleLock();
    // Measured on the timer, not on the clock: a loaded machine may sleep long between steps.
    lock->setTimeoutMs(60000);
    QTest::qWait(300);
    QVERIFY(lock->remainingMs() <= 59700);
    QTest::mouseMove(m_window->listPanel(), QPoint(12, 12));
    QVERIFY2(lock->remainingMs() > 59700, "a mouse move starts the idle time again");
    QTest::qWait(300);
    QTest::keyClick(m_window->listPanel(), Qt::Key_Shift);
    QVERIFY2(lock->remainingMs() > 59700, "a key press starts the idle time again");
    QVERIFY(!lock->isLocked());
}

void TestIdleLock::quitFromTheLock()
{
    if (!TempDatabase::onServer())
        QSKIP("needs the test cluster (the _pg run)");
    IdleLock *lock = m_window->idleLock();
    bool quit = false;
    lock->setQuitHandler([&quit] { quit = true; });
    lock->lockNow();
    QVERIFY(lock->isLocked());
    QTest::mouseClick(find<QPushButton>(lock->dialog(), "lockQuitButton"), Qt::LeftButton);
    QVERIFY(quit);
}

QTEST_MAIN(TestIdleLock)
#include "test_idle_lock.moc"
