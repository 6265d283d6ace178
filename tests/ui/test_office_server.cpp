// The GUI on an office server: the connect dialog, passwords, an unreachable server at
// start-up, a connection lost while editing, and other sessions' changes appearing.
// Runs on both engines; what needs the test cluster skips on the file engine.
#include "common/fieldmessage.h"
#include "common/messagebox.h"
#include "employees/employeedialog.h"
#include "employees/employeelistpanel.h"
#include "employees/employeetablemodel.h"
#include "shell/databasefiles.h"
#include "shell/mainwindow.h"
#include "shell/passwordstore.h"
#include "shell/serverconnect.h"
#include "shell/serverdialog.h"
#include "storage/database.h"
#include "storage/employeerepository.h"
#include "support/find.h"
#include "support/uifixture.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTest>
#include <QUuid>

using namespace kinerja;
using kinerja::ui::MessageBox;
using kinerja::ui::PasswordStore;
using kinerja::ui::ServerConnect;
using kinerja::ui::ServerDialog;
using support::find;

namespace {

// One statement as the cluster's superuser, in `database` (the test database when empty).
void admin(const QString &database, const QString &sql)
{
    TempDatabase::admin(sql, database);
}

} // namespace

class TestOfficeServer : public QObject, uifixture::MainWindowTest {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void dialogFieldsMakeTheAddress();
    void dialogOffersTheRecentServers();
    void testConnectionSaysWhatItFound();
    void windowNamesTheDatabase();
    void othersChangesAppear();
    void fileWindowCatchesUpWhenActivated();
    void noReloadUnderAnOpenEditor();
    void unreachableServerAtStartOffersChoices();
    void unreachableServerAtStartCanOpenAFile();
    void passwordIsAskedUntilRight();
    void lostConnectionKeepsTheEditsAndTheNextSaveWorks();

private:
    ServerAddress serverAddress() const;
};

void TestOfficeServer::initTestCase()
{
    isolateApplication(QStringLiteral("test_office_server"));
}

void TestOfficeServer::init()
{
    PasswordStore::useMemoryStore();
    ServerConnect::resetPasswordLog();
    m_temp = std::make_unique<TempDatabase>();
    m_f = uifixture::build(m_temp->open());
    m_window = uifixture::showMainWindow(m_temp->location());
    watchModels();
}

void TestOfficeServer::cleanup()
{
    closeWindow();
}

ServerAddress TestOfficeServer::serverAddress() const
{
    ServerAddress a;
    FIXTURE_OK(ServerAddress::parse(m_temp->location(), &a));
    return a;
}

void TestOfficeServer::dialogFieldsMakeTheAddress()
{
    ServerDialog dialog;
    QTest::keyClicks(find<QLineEdit>(&dialog, "hostEdit"), QStringLiteral("bkpsdm-srv"));
    find<QSpinBox>(&dialog, "portSpin")->setValue(6543);
    find<QLineEdit>(&dialog, "databaseEdit")->setText(QStringLiteral("kinerja_kab"));
    find<QLineEdit>(&dialog, "userEdit")->setText(QStringLiteral("operator1"));
    QTest::keyClicks(find<QLineEdit>(&dialog, "passwordEdit"), QStringLiteral("rahasia"));
    QCOMPARE(dialog.address().toString(),
             QStringLiteral("postgresql://operator1@bkpsdm-srv:6543/kinerja_kab"));
    QCOMPARE(dialog.address().password, QStringLiteral("rahasia"));
    QCOMPARE(find<QLineEdit>(&dialog, "passwordEdit")->echoMode(), QLineEdit::Password);
    QVERIFY(find<QPushButton>(&dialog, "connectButton")->isEnabled());
    find<QLineEdit>(&dialog, "hostEdit")->clear();
    QVERIFY(!find<QPushButton>(&dialog, "connectButton")->isEnabled());
    QVERIFY(!find<QPushButton>(&dialog, "testButton")->isEnabled());
}

void TestOfficeServer::dialogOffersTheRecentServers()
{
    ServerConnect::rememberServer(QStringLiteral("postgresql://ani@srv-a/kinerja"));
    ServerConnect::rememberServer(QStringLiteral("postgresql://budi@srv-b:5433/kinerja"));
    ServerConnect::rememberServer(QStringLiteral("postgresql://ani@srv-a/kinerja")); // again
    QCOMPARE(ServerConnect::recentServers(),
             (QStringList{QStringLiteral("postgresql://ani@srv-a/kinerja"),
                          QStringLiteral("postgresql://budi@srv-b:5433/kinerja")}));
    QVERIFY(PasswordStore::write(QStringLiteral("postgresql://budi@srv-b:5433/kinerja"),
                                 QStringLiteral("pw-budi")));

    ServerDialog dialog;
    auto *recent = find<QComboBox>(&dialog, "recentServers");
    QCOMPARE(recent->count(), 3); // a new server, then the two, newest first
    QCOMPARE(find<QLineEdit>(&dialog, "hostEdit")->text(), QStringLiteral("srv-a"));
    QCOMPARE(find<QLineEdit>(&dialog, "passwordEdit")->text(), QString());
    // Choosing the other fills its address and its remembered password.
    recent->setCurrentIndex(2);
    emit recent->activated(2);
    QCOMPARE(find<QLineEdit>(&dialog, "hostEdit")->text(), QStringLiteral("srv-b"));
    QCOMPARE(find<QSpinBox>(&dialog, "portSpin")->value(), 5433);
    QCOMPARE(find<QLineEdit>(&dialog, "userEdit")->text(), QStringLiteral("budi"));
    QCOMPARE(find<QLineEdit>(&dialog, "passwordEdit")->text(), QStringLiteral("pw-budi"));
    // No password is ever written to the settings.
    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(QLatin1String("pw-budi")),
                 qPrintable(key));
}

void TestOfficeServer::testConnectionSaysWhatItFound()
{
    if (!TempDatabase::onServer())
        QSKIP("needs the test cluster (the _pg run)");
    ServerDialog dialog;
    dialog.setAddress(serverAddress());
    QTest::mouseClick(find<QPushButton>(&dialog, "testButton"), Qt::LeftButton);
    QVERIFY2(find<QLabel>(&dialog, "testResult")->text().startsWith(QLatin1String("Connected")),
             qPrintable(find<QLabel>(&dialog, "testResult")->text()));

    ServerAddress missing = serverAddress();
    missing.database = QStringLiteral("no_such_database");
    dialog.setAddress(missing);
    QTest::mouseClick(find<QPushButton>(&dialog, "testButton"), Qt::LeftButton);
    const QString result = find<QLabel>(&dialog, "testResult")->text();
    QVERIFY2(result.contains(QLatin1String("no_such_database")), qPrintable(result));
    QVERIFY2(!result.startsWith(QLatin1String("Connected")), qPrintable(result));
}

void TestOfficeServer::windowNamesTheDatabase()
{
    const QString name = m_window->database()->displayName();
    QCOMPARE(find<QLabel>(m_window, "databaseLabel")->text(),
             QStringLiteral("Database: %1").arg(name));
    if (TempDatabase::onServer()) {
        QVERIFY(name.contains(serverAddress().database));
        QCOMPARE(m_window->windowTitle(), QStringLiteral("%1 — Kinerja").arg(name));
    } else {
        QCOMPARE(m_window->windowTitle(), QStringLiteral("test.sqlite — Kinerja"));
    }
}

void TestOfficeServer::othersChangesAppear()
{
    const int before = m_window->listPanel()->model()->rowCount();
    QCOMPARE(before, m_f.activeCount);

    Database other; // another user's Kinerja
    QVERIFY(other.open(m_temp->location()));
    Employee e;
    e.nip = uifixture::nipFor(40, false);
    e.name = QStringLiteral("Rina Marlina");
    e.grade = 31;
    e.jabatanKind = JabatanKind::Pelaksana;
    e.jabatan = QStringLiteral("Pengadministrasi Umum");
    e.unitId = m_f.bkpsdm;
    QVERIFY(EmployeeRepository(other).create(e));

    if (!TempDatabase::onServer()) {
        // Two windows on one file: the change shows when a page is shown again.
        auto *tabs = find<QTabWidget>(m_window, "pageTabs");
        tabs->setCurrentIndex(ui::MainWindow::PeriodsPageIndex);
        tabs->setCurrentIndex(ui::MainWindow::EmployeesPage);
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_window->listPanel()->model()->rowCount(), before + 1, 5000);
}

void TestOfficeServer::fileWindowCatchesUpWhenActivated()
{
    if (TempDatabase::onServer())
        QSKIP("a server's changes are notified (othersChangesAppear)");
    QWidget elsewhere; // the other Kinerja window, in front meanwhile
    elsewhere.show();
    QApplication::setActiveWindow(&elsewhere);
    const int before = m_window->listPanel()->model()->rowCount();
    Database other;
    QVERIFY(other.open(m_temp->location()));
    Employee e = *EmployeeRepository(other).find(m_f.employees.at(5));
    e.state = EmploymentState::Pensiun;
    e.stateDate = QDate(2025, 1, 1);
    QVERIFY(EmployeeRepository(other).update(e));
    QTest::qWait(3 * ui::MainWindow::kChangeDelayMs);
    QCOMPARE(m_window->listPanel()->model()->rowCount(), before); // nothing polls a file
    QApplication::setActiveWindow(m_window);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->listPanel()->model()->rowCount(), before - 1, 5000);
}

void TestOfficeServer::noReloadUnderAnOpenEditor()
{
    if (!TempDatabase::onServer())
        QSKIP("a file's changes show when a page is shown, not while an editor is open");
    const int before = m_window->listPanel()->model()->rowCount();
    QDialog editor(m_window); // any modal editor over the window
    editor.setWindowModality(Qt::ApplicationModal);
    editor.show();
    QTRY_VERIFY(QApplication::activeModalWidget() == &editor);

    Database other;
    QVERIFY(other.open(m_temp->location()));
    Employee e = *EmployeeRepository(other).find(m_f.employees.at(5));
    e.state = EmploymentState::Pensiun;
    e.stateDate = QDate(2025, 1, 1);
    QVERIFY(EmployeeRepository(other).update(e));
    QTest::qWait(3 * ui::MainWindow::kChangeDelayMs);
    QCOMPARE(m_window->listPanel()->model()->rowCount(), before);
    editor.close();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->listPanel()->model()->rowCount(), before - 1, 5000);
}

void TestOfficeServer::unreachableServerAtStartOffersChoices()
{
    // Port 1 on this machine: nothing listens, libpq is refused at once.
    const QString url = QStringLiteral("postgresql://ani@127.0.0.1:1/k");
    Database probe;
    const Status reason = probe.open(url); // libpq's words, in the user's language
    QVERIFY(!reason);
    MessageBox::resetLog();
    MessageBox::setNextAnswer(0); // Retry
    MessageBox::setNextAnswer(3); // Quit
    const auto db = ServerConnect::openAtStartup(url);
    QVERIFY(!db);
    QCOMPARE(MessageBox::shownCount(), 2);
    const QString text = MessageBox::lastText();
    QVERIFY2(text.contains(QLatin1String("127.0.0.1")), qPrintable(text));
    QVERIFY2(text.contains(reason.message()), qPrintable(text));
}

void TestOfficeServer::passwordIsAskedUntilRight()
{
    if (!TempDatabase::onServer())
        QSKIP("needs the test cluster (the _pg run)");
    // A login with a password, over TCP (the socket trusts everyone).
    const QString role =
        QStringLiteral("kt_user_") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    const ServerAddress own = serverAddress();
    admin(QStringLiteral("postgres"),
          QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'benar'").arg(role));
    admin(own.database,
          QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(role));
    ServerAddress a = own;
    a.host = QStringLiteral("127.0.0.1");
    a.user = role;

    // No secret service: asked at each connect, and told so.
    PasswordStore::useMemoryStore(false);
    ServerConnect::setNextPassword(QStringLiteral("salah"));
    ServerConnect::setNextPassword(QStringLiteral("benar"));
    Status failure;
    auto db = ServerConnect::open(nullptr, a, true, &failure);
    QVERIFY2(db, qPrintable(failure.message()));
    QCOMPARE(ServerConnect::passwordPrompts(), 2);
    QVERIFY(ServerConnect::lastPasswordPrompt().contains(QLatin1String("could not remember")));
    db.reset();

    // A secret service: asked once, then remembered.
    PasswordStore::useMemoryStore(true);
    ServerConnect::resetPasswordLog();
    ServerConnect::setNextPassword(QStringLiteral("benar"));
    db = ServerConnect::open(nullptr, a, true, &failure);
    QVERIFY2(db, qPrintable(failure.message()));
    QCOMPARE(PasswordStore::read(a.toString()), QStringLiteral("benar"));
    db.reset();
    db = ServerConnect::open(nullptr, a, true, &failure);
    QVERIFY2(db, qPrintable(failure.message()));
    QCOMPARE(ServerConnect::passwordPrompts(), 1);
    db.reset();

    // Cancelled: the server's reason comes back.
    ServerConnect::setNextPassword(QString());
    PasswordStore::remove(a.toString());
    QVERIFY(!ServerConnect::open(nullptr, a, true, &failure));
    QCOMPARE(failure.field(), QStringLiteral("password"));

    admin(own.database,
          QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM %1").arg(role));
    admin(QStringLiteral("postgres"), QStringLiteral("DROP ROLE %1").arg(role));
}

void TestOfficeServer::lostConnectionKeepsTheEditsAndTheNextSaveWorks()
{
    if (!TempDatabase::onServer())
        QSKIP("needs the test cluster (the _pg run)");
    const QString dbName = serverAddress().database;
    const qint64 id = m_f.employees.at(3);
    ui::EmployeeDialog dialog(*m_window->database(), id, m_window);
    dialog.show();
    auto *name = find<QLineEdit>(&dialog, "nameEdit");
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Dewi Lestari Putri"));

    // The server goes away: its sessions end and no new one gets in.
    admin(QStringLiteral("postgres"),
          QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS false").arg(dbName));
    admin(QStringLiteral("postgres"),
          QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                         "WHERE datname = '%1' AND pid <> pg_backend_pid()")
              .arg(dbName));
    auto *save = find<QPushButton>(&dialog, "saveButton");
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    const QString message = find<ui::FieldMessage>(&dialog, "formError")->text();
    QVERIFY2(message.contains(QLatin1String("was lost; your changes are still here")),
             qPrintable(message));
    QCOMPARE(name->text(), QStringLiteral("Dewi Lestari Putri"));

    // Back: the same dialog saves, on a new connection, without a restart.
    admin(QStringLiteral("postgres"),
          QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(dbName));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(EmployeeRepository(*m_window->database()).find(id)->name,
             QStringLiteral("Dewi Lestari Putri"));
    // The window still hears the others after the reconnect.
    QCOMPARE(m_window->database()->connection().driver()->subscribedToNotifications(),
             QStringList{QStringLiteral("kinerja_changed")});
    Database other;
    QVERIFY(other.open(m_temp->location()));
    Employee e = *EmployeeRepository(other).find(m_f.employees.at(4));
    e.state = EmploymentState::Pensiun;
    e.stateDate = QDate(2025, 1, 1);
    QVERIFY(EmployeeRepository(other).update(e));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->listPanel()->model()->rowCount(), m_f.activeCount - 1,
                              5000);
}

void TestOfficeServer::unreachableServerAtStartCanOpenAFile()
{
    MessageBox::resetLog();
    MessageBox::setNextAnswer(2); // Open a file…
    ui::DatabaseFiles::setNextPath(m_temp->dir() + QStringLiteral("/instead.sqlite"));
    const auto db = ServerConnect::openAtStartup(QStringLiteral("postgresql://ani@127.0.0.1:1/k"));
    QVERIFY(db);
    QVERIFY(!db->isServer());
    QCOMPARE(QFileInfo(db->path()).fileName(), QStringLiteral("instead.sqlite"));
    QCOMPARE(MessageBox::shownCount(), 1);
}

QTEST_MAIN(TestOfficeServer)
#include "test_office_server.moc"
