// What the main window offers each role (issue 19): the session decides which actions and
// page buttons are there; who works is named in the status bar; a statement the server
// refuses for want of a right reads "You may not …", not the driver's text.
#include "domain/role.h"
#include "employees/employeelistpanel.h"
#include "shell/mainwindow.h"
#include "shell/sessionsource.h"
#include "storage/accounts.h"
#include "storage/database.h"
#include "storage/employeerepository.h"
#include "storage/refusal.h"
#include "support/find.h"
#include "support/uifixture.h"
#include "units/unittreepanel.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QSqlError>
#include <QTest>
#include <QUuid>

using namespace kinerja;
using support::find;

namespace {

Session serverSession(const QString &login, const QList<Role> &roles)
{
    Session s;
    s.login = login;
    s.accountId = 7;
    for (Role r : roles)
        s.roles.append({r, 0});
    return s;
}

// The actions and buttons a role must (not) be offered.
const char *const kEmployeeEdits[] = {"actionNewEmployee",   "actionEditEmployee",
                                      "actionEmployeeState", "actionDeleteEmployee",
                                      "actionNewUnit",       "actionDeleteUnit"};
const char *const kPeriodEdits[] = {"actionNewPeriod", "actionClosePeriod",
                                    "actionCreateAppraisals"};
const char *const kExchange[] = {"actionImportEmployees", "actionImportAppraisals",
                                 "actionExportAppraisals"};
const char *const kRating[] = {"actionFinalizeAppraisals", "actionCopyForward"};
const char *const kAdmin[] = {"actionAgency", "actionAccounts"};

} // namespace

class TestSessionGating : public QObject, uifixture::MainWindowTest {
    Q_OBJECT

private slots:
    void initTestCase() { isolateApplication(QStringLiteral("test_session_gating")); }
    void init();
    void cleanup() { closeWindow(); }
    void eachRoleSeesItsActions_data();
    void eachRoleSeesItsActions();
    void fileSessionIsTheOsUserWithEverythingButAccounts();
    void statusBarNamesTheLoginAndRoles();
    void hiddenActionStaysHiddenWhenTheSelectionChanges();
    void refusalTextBecomesYouMayNot();
    void serverRefusalReadsYouMayNot();
    void aServerAccountGetsItsRoles();

private:
    bool offered(const char *name) const;
};

void TestSessionGating::init()
{
    m_temp = std::make_unique<TempDatabase>();
    m_f = uifixture::build(m_temp->open());
    m_window = uifixture::showMainWindow(m_temp->location());
}

bool TestSessionGating::offered(const char *name) const
{
    const QString n = QLatin1String(name);
    if (QAction *a = m_window->action(n))
        return a->isVisible();
    return !find<QPushButton>(m_window, name)->isHidden();
}

void TestSessionGating::eachRoleSeesItsActions_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("employees");
    QTest::addColumn<bool>("periods");
    QTest::addColumn<bool>("exchange");
    QTest::addColumn<bool>("rate");
    QTest::addColumn<bool>("admin");
    QTest::addColumn<bool>("schemes");
    const auto row = [](const char *name, Role r, bool e, bool p, bool x, bool rate, bool a,
                        bool s) { QTest::newRow(name) << int(r) << e << p << x << rate << a << s; };
    row("admin", Role::AdminKepegawaian, false, false, false, false, true, true);
    row("pengelola", Role::PengelolaKinerja, true, true, true, true, false, false);
    row("penilai", Role::PejabatPenilai, false, false, false, true, false, false);
    row("atasan", Role::AtasanPejabatPenilai, false, false, false, false, false, false);
    row("pegawai", Role::Pegawai, false, false, false, false, false, false);
    row("pimpinan", Role::Pimpinan, false, false, false, false, false, false);
}

void TestSessionGating::eachRoleSeesItsActions()
{
    QFETCH(int, role);
    QFETCH(bool, employees);
    QFETCH(bool, periods);
    QFETCH(bool, exchange);
    QFETCH(bool, rate);
    QFETCH(bool, admin);
    QFETCH(bool, schemes);
    m_window->setSession(serverSession(QStringLiteral("ani"), {static_cast<Role>(role)}));
    for (const char *name : kEmployeeEdits) {
        QVERIFY2(offered(name) == employees, name);
        if (!employees) // not by a shortcut either
            QVERIFY2(!m_window->action(QLatin1String(name))->isEnabled(), name);
    }
    for (const char *name : kPeriodEdits)
        QVERIFY2(offered(name) == periods, name);
    for (const char *name : kExchange)
        QVERIFY2(offered(name) == exchange, name);
    for (const char *name : kRating)
        QVERIFY2(offered(name) == rate, name);
    for (const char *name : kAdmin)
        QVERIFY2(offered(name) == admin, name);
    // The pages' own buttons follow the same rights.
    QCOMPARE(offered("newPeriodButton"), periods);
    QCOMPARE(offered("closePeriodButton"), periods);
    QCOMPARE(offered("newSchemeButton"), schemes);
    QCOMPARE(offered("editSchemeButton"), schemes);
    QCOMPARE(offered("finalizeManyButton"), rate);
    QCOMPARE(offered("exportAppraisalsButton"), exchange);
    // Reading stays for everyone.
    QVERIFY(offered("actionFind"));
    QVERIFY(offered("actionShowAppraisals"));
    QVERIFY(offered("actionPrintAppraisals"));
}

void TestSessionGating::fileSessionIsTheOsUserWithEverythingButAccounts()
{
    if (TempDatabase::onServer())
        QSKIP("a file's session");
    const Session &s = m_window->session();
    QVERIFY(s.osUser);
    QCOMPARE(s.login, m_window->database()->userName());
    for (const char *name : kEmployeeEdits)
        QVERIFY2(offered(name), name);
    for (const char *name : kPeriodEdits)
        QVERIFY2(offered(name), name);
    QVERIFY(offered("actionAgency"));
    QVERIFY(!offered("actionAccounts")); // a file has no accounts
    const QString label = find<QLabel>(m_window, "userLabel")->text();
    QVERIFY2(label.contains(s.login + QStringLiteral(" — operating-system account")),
             qPrintable(label));
}

void TestSessionGating::statusBarNamesTheLoginAndRoles()
{
    m_window->setSession(
        serverSession(QStringLiteral("ani"), {Role::PejabatPenilai, Role::Pegawai}));
    const QString label = find<QLabel>(m_window, "userLabel")->text();
    QCOMPARE(label, QStringLiteral("Working: ani (%1, %2)")
                        .arg(roleName(Role::PejabatPenilai), roleName(Role::Pegawai)));
    QVERIFY(!label.contains(QLatin1String("password"), Qt::CaseInsensitive));
}

void TestSessionGating::hiddenActionStaysHiddenWhenTheSelectionChanges()
{
    m_window->setSession(serverSession(QStringLiteral("pak_bupati"), {Role::Pimpinan}));
    // Selecting a unit and an employee runs updateActions, which enables by selection.
    m_window->unitPanel()->selectUnit(m_f.bkpsdm);
    m_window->listPanel()->selectFirst();
    QVERIFY(m_window->listPanel()->currentEmployeeId() != 0);
    QVERIFY(!m_window->action(QStringLiteral("actionEditEmployee"))->isEnabled());
    QVERIFY(!m_window->action(QStringLiteral("actionEditEmployee"))->isVisible());
    QVERIFY(!m_window->action(QStringLiteral("actionDeleteUnit"))->isEnabled());
    QVERIFY(!m_window->action(QStringLiteral("actionNewPeriod"))->isEnabled());
    // Another session gives them back, those enabled by the selection and the others.
    m_window->setSession(serverSession(QStringLiteral("siti"), {Role::PengelolaKinerja}));
    QVERIFY(m_window->action(QStringLiteral("actionEditEmployee"))->isEnabled());
    QVERIFY(m_window->action(QStringLiteral("actionNewPeriod"))->isEnabled());
    QVERIFY(m_window->action(QStringLiteral("actionExportAppraisals"))->isEnabled());
}

void TestSessionGating::refusalTextBecomesYouMayNot()
{
    const Status refused = Refusal::explain(Status::error(
        QStringLiteral("ERROR:  permission denied for table employee\n(42501) QPSQL: Unable "
                       "to create query")));
    QCOMPARE(refused.field(), QStringLiteral("permission"));
    QVERIFY(refused.message().startsWith(QLatin1String("You may not")));
    QVERIFY(!refused.message().contains(QLatin1String("QPSQL")));
    QVERIFY(Refusal::isText(QStringLiteral(
        "ERROR:  new row violates row-level security policy for table \"appraisal\"")));
    // Anything else passes unchanged.
    const Status other = Status::error(QStringLiteral("UNIQUE constraint failed: employee.nip"));
    QCOMPARE(Refusal::explain(other).message(), other.message());
}

void TestSessionGating::serverRefusalReadsYouMayNot()
{
    if (!TempDatabase::onServer())
        QSKIP("needs the test cluster (the _pg run)");
    // Pimpinan reads the whole agency but may change nothing: the server refuses the update
    // (no UPDATE granted to kinerja_pimpinan), whatever the window offers.
    const QString login =
        QStringLiteral("kt_pim_") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString password = QStringLiteral("pw-pimpinan-1");
    const Status created =
        AccountRepository(m_temp->db()).create(login, password, 0, {{Role::Pimpinan, 0}});
    QVERIFY2(created, qPrintable(created.message()));
    ServerAddress a;
    QVERIFY(ServerAddress::parse(m_temp->location(), &a).isOk());
    a.host = QStringLiteral("127.0.0.1");
    a.user = login;
    a.password = password;
    Status result;
    bool read = false;
    {
        Database db;
        QVERIFY(db.openServer(a).isOk());
        std::optional<Employee> e = EmployeeRepository(db).find(m_f.employees.first());
        read = e.has_value();
        if (e) {
            e->jabatan = QStringLiteral("Analis Kepegawaian");
            result = db.explainFailure(EmployeeRepository(db).update(*e));
        }
    }
    TempDatabase::admin(QStringLiteral("DROP ROLE IF EXISTS %1").arg(login));
    QVERIFY(read);
    QVERIFY(!result);
    QCOMPARE(result.field(), QStringLiteral("permission"));
    QVERIFY2(result.message().contains(QLatin1String("You may not")), qPrintable(result.message()));
    QVERIFY2(!result.message().contains(QLatin1String("permission denied")),
             qPrintable(result.message()));
}

void TestSessionGating::aServerAccountGetsItsRoles()
{
    if (!TempDatabase::onServer())
        QSKIP("needs the test cluster (the _pg run)");
    // An appraising official's account, created by the owner, logging in over TCP (SCRAM).
    const QString login =
        QStringLiteral("kt_pen_") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString password = QStringLiteral("pw-penilai-1");
    const Status created =
        AccountRepository(m_temp->db())
            .create(login, password, m_f.employees.first(), {{Role::PejabatPenilai, 0}});
    QVERIFY2(created, qPrintable(created.message()));
    ServerAddress a;
    QVERIFY(ServerAddress::parse(m_temp->location(), &a).isOk());
    a.host = QStringLiteral("127.0.0.1");
    a.user = login;
    a.password = password;
    {
        auto db = std::make_unique<Database>();
        const Status s = db->openServer(a);
        QVERIFY2(s, qPrintable(s.message()));
        ui::MainWindow window(std::move(db));
        window.show();
        const Session &session = window.session();
        QCOMPARE(session.login, login);
        QVERIFY(!session.osUser);
        QVERIFY(!session.superuser);
        QVERIFY(session.has(Role::PejabatPenilai));
        QVERIFY(session.mayRate());
        QVERIFY(!window.action(QStringLiteral("actionNewEmployee"))->isVisible());
        QVERIFY(!window.action(QStringLiteral("actionAccounts"))->isVisible());
        QVERIFY(window.action(QStringLiteral("actionFinalizeAppraisals"))->isVisible());
        QCOMPARE(find<QLabel>(&window, "userLabel")->text(),
                 QStringLiteral("Working: %1 (%2)").arg(login, roleName(Role::PejabatPenilai)));
    }
    TempDatabase::admin(QStringLiteral("DROP ROLE IF EXISTS %1").arg(login));
}

QTEST_MAIN(TestSessionGating)
#include "test_session_gating.moc"
