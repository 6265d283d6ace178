#include "charts/chartspage.h"
#include "common/messagebox.h"
#include "employees/employeedetailpanel.h"
#include "employees/employeelistpanel.h"
#include "employees/employeetablemodel.h"
#include "shell/databasefiles.h"
#include "shell/mainwindow.h"
#include "support/find.h"
#include "support/uifixture.h"
#include "units/unittreemodel.h"
#include "units/unittreepanel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace kinerja;
using kinerja::ui::MainWindow;
using kinerja::ui::MessageBox;
using support::find;

class TestMainWindow : public QObject, uifixture::MainWindowTest {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheWholeTreeAtStart();
    void selectingAUnitListsItsStaff();
    void filterNarrowsTheListAsYouType();
    void inactiveToggleShowsThoseWhoLeft();
    void selectingAnEmployeeFillsTheDetails();
    void deleteEmployeeAsksFirst();
    void refusedDeleteSaysWhy();
    void deleteUnitWithStaffSaysWhatBlocksIt();
    void deleteEmptyUnitAsksFirst();
    void f2RenamesTheUnit();
    void enterAndDoubleClickOpenTheEditor();
    void shortcutsReachTheirTargets();
    void opensAnotherDatabase();
    void remembersItsLayout();
    void chartsAndRecordsLeadToEachOther();

private:
    QTreeView *tree() const { return find<QTreeView>(m_window, "unitTree"); }
    QTableView *table() const { return find<QTableView>(m_window, "employeeTable"); }
    void selectUnit(qint64 id);
    void selectEmployee(qint64 id);
};

void TestMainWindow::initTestCase()
{
    isolateApplication(QStringLiteral("test_main_window"));
}

void TestMainWindow::init()
{
    openWindow();
    QVERIFY(m_window);
}

void TestMainWindow::cleanup()
{
    closeWindow();
}

void TestMainWindow::selectUnit(qint64 id)
{
    const QModelIndex index =
        tree()
            ->model()
            ->match(tree()->model()->index(0, 0), ui::UnitTreeModel::UnitIdRole, id, 1,
                    Qt::MatchExactly | Qt::MatchRecursive)
            .value(0);
    QVERIFY(index.isValid());
    tree()->scrollTo(index);
    const QRect rect = tree()->visualRect(index);
    QTest::mouseClick(tree()->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(m_window->unitPanel()->currentUnitId(), id);
}

void TestMainWindow::selectEmployee(qint64 id)
{
    auto *model = m_window->listPanel()->model();
    const int row = model->rowOfEmployee(id);
    QVERIFY(row >= 0);
    const QModelIndex index = model->index(row, ui::EmployeeTableModel::NameColumn);
    table()->scrollTo(index);
    QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, table()->visualRect(index).center());
    QCOMPARE(m_window->listPanel()->currentEmployeeId(), id);
}

void TestMainWindow::showsTheWholeTreeAtStart()
{
    QCOMPARE(m_window->unitPanel()->currentUnitId(), m_f.root);
    QCOMPARE(table()->model()->rowCount(), 27);
    QTRY_COMPARE(find<QLabel>(m_window, "countLabel")->text(),
                 QStringLiteral("27 employees · 3 inactive not shown"));
    QCOMPARE(find<QLabel>(m_window, "statusCountLabel")->text(),
             find<QLabel>(m_window, "countLabel")->text());
    QVERIFY(find<QLabel>(m_window, "databaseLabel")->text().contains(m_temp->path()));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("test.sqlite")));
}

void TestMainWindow::selectingAUnitListsItsStaff()
{
    selectUnit(m_f.dinas);
    QCOMPARE(table()->model()->rowCount(), 8);
    QCOMPARE(find<QLabel>(m_window, "unitTitleLabel")->text(), QStringLiteral("Dinas Pendidikan"));
    auto *subunits = find<QCheckBox>(m_window, "includeSubunitsCheck");
    QVERIFY(subunits->isChecked());
    subunits->click();
    QCOMPARE(table()->model()->rowCount(), 4);
    QVERIFY(!m_window->action(QStringLiteral("actionIncludeSubunits"))->isChecked());
    selectUnit(m_f.bkpsdm);
    QCOMPARE(table()->model()->rowCount(), 6);
    m_window->action(QStringLiteral("actionIncludeSubunits"))->trigger();
    QVERIFY(subunits->isChecked());
    QCOMPARE(table()->model()->rowCount(), 16);
    // Every listed employee belongs to BKPSDM or one of its bidang.
    for (int r = 0; r < table()->model()->rowCount(); ++r) {
        const QString unit =
            table()->model()->index(r, ui::EmployeeTableModel::UnitColumn).data().toString();
        QVERIFY2(unit.startsWith(QStringLiteral("B")), qPrintable(unit));
    }
}

void TestMainWindow::filterNarrowsTheListAsYouType()
{
    selectEmployee(m_f.employees.at(22)); // Wahyu Santoso
    auto *filter = find<QLineEdit>(m_window, "filterEdit");
    QTest::keyClicks(filter, QStringLiteral("sa"));
    const int afterTwo = table()->model()->rowCount();
    QVERIFY(afterTwo < 27);
    QTest::keyClicks(filter, QStringLiteral("nto"));
    QCOMPARE(table()->model()->rowCount(), 2); // Budi Santoso, Wahyu Santoso
    QTRY_COMPARE(find<QLabel>(m_window, "countLabel")->text(), QStringLiteral("2 employees"));
    // The selected employee stays selected while still listed.
    QCOMPARE(m_window->listPanel()->currentEmployeeId(), m_f.employees.at(22));
    QCOMPARE(table()->currentIndex().row(),
             m_window->listPanel()->model()->rowOfEmployee(m_f.employees.at(22)));
    QCOMPARE(m_window->detailPanel()->employeeId(), m_f.employees.at(22));
    QTest::keyClicks(filter, QStringLiteral("so budi"));
    QCOMPARE(table()->model()->rowCount(), 1);
    // ... and the details empty when not.
    QCOMPARE(m_window->listPanel()->currentEmployeeId(), qint64(0));
    QCOMPARE(m_window->detailPanel()->employeeId(), qint64(0));
    filter->clear();
    QCOMPARE(table()->model()->rowCount(), 27);
}

void TestMainWindow::inactiveToggleShowsThoseWhoLeft()
{
    auto *inactive = find<QCheckBox>(m_window, "showInactiveCheck");
    QVERIFY(!inactive->isChecked());
    inactive->click();
    QCOMPARE(table()->model()->rowCount(), 30);
    QTRY_COMPARE(find<QLabel>(m_window, "countLabel")->text(),
                 QStringLiteral("30 employees · 3 inactive"));
    QVERIFY(m_window->action(QStringLiteral("actionShowInactive"))->isChecked());
    // The tree counts follow.
    QCOMPARE(m_window->unitPanel()->model()->totalStaff(m_f.root), 30);
    selectUnit(m_f.kelurahan);
    QCOMPARE(table()->model()->rowCount(), 3);
    m_window->action(QStringLiteral("actionShowInactive"))->trigger();
    QCOMPARE(table()->model()->rowCount(), 0);
    QVERIFY(!inactive->isChecked());
}

void TestMainWindow::selectingAnEmployeeFillsTheDetails()
{
    auto *detail = m_window->detailPanel();
    QCOMPARE(detail->employeeId(), qint64(0));
    selectEmployee(m_f.employees.at(1)); // Siti Rahmawati, atasan Budi
    QCOMPARE(detail->employeeId(), m_f.employees.at(1));
    QCOMPARE(find<QLabel>(m_window, "detailName")->text(), QStringLiteral("Siti Rahmawati"));
    QCOMPARE(detail->valueText(QStringLiteral("nip")), Nip::format(uifixture::nipFor(1, false)));
    QVERIFY(detail->valueText(QStringLiteral("atasan")).startsWith(QStringLiteral("Budi Santoso")));
    QCOMPARE(detail->valueText(QStringLiteral("gender")), genderName(Gender::Female));
    QVERIFY(detail->valueText(QStringLiteral("birth")).contains(QStringLiteral("year")));
    QCOMPARE(detail->valueText(QStringLiteral("unit")),
             QStringLiteral("Badan Kepegawaian dan Pengembangan SDM"));
    QCOMPARE(find<QTableWidget>(m_window, "historyTable")->rowCount(), 1);
    QVERIFY(m_window->action(QStringLiteral("actionEditEmployee"))->isEnabled());
}

void TestMainWindow::deleteEmployeeAsksFirst()
{
    const qint64 id = m_f.employees.at(10);
    selectEmployee(id);
    QAction *del = m_window->action(QStringLiteral("actionDeleteEmployee"));
    QVERIFY(del->isEnabled());

    MessageBox::setNextAnswer(QMessageBox::No);
    del->trigger();
    QCOMPARE(MessageBox::shownCount(), 1);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Kartika Sari")));
    QVERIFY(EmployeeRepository(*m_window->database()).find(id).has_value());
    QCOMPARE(table()->model()->rowCount(), 27);

    // The Del key in the table does the same; this time the answer is yes.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_Delete);
    QCOMPARE(MessageBox::shownCount(), 2);
    QVERIFY(!EmployeeRepository(*m_window->database()).find(id).has_value());
    QCOMPARE(table()->model()->rowCount(), 26);
    QCOMPARE(m_window->listPanel()->model()->rowOfEmployee(id), -1);
    QCOMPARE(m_window->detailPanel()->employeeId(), qint64(0));
}

void TestMainWindow::refusedDeleteSaysWhy()
{
    const qint64 budi = m_f.employees.at(0); // heads BKPSDM
    selectEmployee(budi);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_window->action(QStringLiteral("actionDeleteEmployee"))->trigger();
    QCOMPARE(MessageBox::shownCount(), 2); // the question, then why not
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Badan Kepegawaian")),
             qPrintable(MessageBox::lastText()));
    QVERIFY(EmployeeRepository(*m_window->database()).find(budi).has_value());
}

void TestMainWindow::deleteUnitWithStaffSaysWhatBlocksIt()
{
    selectUnit(m_f.dinas);
    m_window->action(QStringLiteral("actionDeleteUnit"))->trigger();
    QCOMPARE(MessageBox::shownCount(), 1);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Dinas Pendidikan")),
             qPrintable(MessageBox::lastText()));
    QVERIFY(UnitRepository(*m_window->database()).find(m_f.dinas).has_value());
    // The root can be neither deleted nor moved.
    selectUnit(m_f.root);
    QVERIFY(!m_window->action(QStringLiteral("actionDeleteUnit"))->isEnabled());
    QVERIFY(!m_window->action(QStringLiteral("actionMoveUnit"))->isEnabled());
}

void TestMainWindow::deleteEmptyUnitAsksFirst()
{
    Unit u;
    u.parentId = m_f.dinas;
    u.name = QStringLiteral("Seksi Kurikulum");
    u.kind = UnitKind::Seksi;
    QVERIFY(UnitRepository(*m_window->database()).create(u));
    QTest::keyClick(m_window, Qt::Key_F5);
    selectUnit(u.id);
    QCOMPARE(table()->model()->rowCount(), 0);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    tree()->setFocus();
    QTest::keyClick(tree(), Qt::Key_Delete);
    QCOMPARE(MessageBox::shownCount(), 1);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Seksi Kurikulum")));
    QVERIFY(!UnitRepository(*m_window->database()).find(u.id).has_value());
    QCOMPARE(m_window->unitPanel()->currentUnitId(), m_f.dinas);
}

void TestMainWindow::f2RenamesTheUnit()
{
    selectUnit(m_f.bidangSd);
    tree()->setFocus();
    QTest::keyClick(tree(), Qt::Key_F2);
    QLineEdit *editor = nullptr;
    QTRY_VERIFY((editor = tree()->findChild<QLineEdit *>()) != nullptr);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Bidang Pembinaan SD"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(UnitRepository(*m_window->database()).find(m_f.bidangSd)->name,
                 QStringLiteral("Bidang Pembinaan SD"));
}

void TestMainWindow::enterAndDoubleClickOpenTheEditor()
{
    selectEmployee(m_f.employees.at(3));
    QStringList titles;
    // The dialog is modal: look at it from a timer, then close it.
    const auto closeDialogSoon = [&titles] {
        QTimer::singleShot(50, [&titles] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                titles << modal->windowTitle();
                modal->close();
            }
        });
    };
    closeDialogSoon();
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_Return);
    closeDialogSoon();
    const QModelIndex index = table()->currentIndex();
    QTest::mouseDClick(table()->viewport(), Qt::LeftButton, {},
                       table()->visualRect(index).center());
    QCOMPARE(titles.size(), 2);
    QVERIFY2(titles.at(0).contains(QStringLiteral("Dewi Lestari")), qPrintable(titles.at(0)));
    QCOMPARE(titles.at(1), titles.at(0));
}

void TestMainWindow::shortcutsReachTheirTargets()
{
    table()->setFocus();
    QTest::keySequence(m_window, QKeySequence::Find);
    QCOMPARE(QApplication::focusWidget(), find<QLineEdit>(m_window, "filterEdit"));
    QVERIFY(!m_window->action(QStringLiteral("actionNewEmployee"))->shortcut().isEmpty());
    QCOMPARE(m_window->action(QStringLiteral("actionQuit"))->shortcut(),
             QKeySequence(Qt::CTRL | Qt::Key_Q));
    QCOMPARE(m_window->action(QStringLiteral("actionOpenDatabase"))->shortcut(),
             QKeySequence(QKeySequence::Open));
    QCOMPARE(m_window->action(QStringLiteral("actionRenameUnit"))->shortcut(),
             QKeySequence(Qt::Key_F2));
    QCOMPARE(m_window->action(QStringLiteral("actionRefresh"))->shortcut(),
             QKeySequence(QKeySequence::Refresh));
}

void TestMainWindow::opensAnotherDatabase()
{
    // File → New database…: an empty one; File → Open database…: back to the first.
    const QString fresh = m_settings.filePath(QStringLiteral("fresh.sqlite"));
    ui::DatabaseFiles::setNextPath(fresh);
    m_window->action(QStringLiteral("actionNewDatabase"))->trigger();
    QCOMPARE(m_window->database()->path(), fresh);
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("fresh.sqlite")));
    QCOMPARE(table()->model()->rowCount(), 0);
    QCOMPARE(m_window->unitPanel()->model()->unitCount(), 0);
    QVERIFY(!m_window->action(QStringLiteral("actionNewEmployee"))->isEnabled());
    QVERIFY(m_window->action(QStringLiteral("actionNewUnit"))->isEnabled());

    ui::DatabaseFiles::setNextPath(m_temp->path());
    m_window->action(QStringLiteral("actionOpenDatabase"))->trigger();
    QCOMPARE(m_window->database()->path(), m_temp->path());
    QCOMPARE(table()->model()->rowCount(), 27);
    QCOMPARE(m_window->unitPanel()->currentUnitId(), m_f.root);

    // A file that is no database: refused and reported, the open one stays.
    const QString bogus = m_settings.filePath(QStringLiteral("bogus.sqlite"));
    QFile f(bogus);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a database at all, just text that is long enough to matter");
    f.close();
    ui::DatabaseFiles::setNextPath(bogus);
    m_window->action(QStringLiteral("actionOpenDatabase"))->trigger();
    QCOMPARE(MessageBox::shownCount(), 1);
    QCOMPARE(m_window->database()->path(), m_temp->path());
    QCOMPARE(table()->model()->rowCount(), 27);
}

void TestMainWindow::remembersItsLayout()
{
    m_window->resize(1100, 700);
    find<QCheckBox>(m_window, "showInactiveCheck")->click();
    m_window->close();
    const QSettings s;
    QVERIFY(!s.value(QStringLiteral("mainWindow/geometry")).toByteArray().isEmpty());
    QVERIFY(!s.value(QStringLiteral("mainWindow/mainSplitter")).toByteArray().isEmpty());
    QCOMPARE(s.value(QStringLiteral("view/showInactive")).toBool(), true);

    auto db = std::make_unique<Database>();
    QVERIFY(db->open(m_temp->path()));
    MainWindow again(std::move(db));
    QCOMPARE(again.size(), QSize(1100, 700));
    QVERIFY(again.listPanel()->showInactive());
    QSettings().clear();
}

void TestMainWindow::chartsAndRecordsLeadToEachOther()
{
    auto *tabs = find<QTabWidget>(m_window, "pageTabs");
    auto *charts = find<ui::ChartsPage>(m_window, "chartsPage");
    auto *view = charts->findChild<QComboBox *>(QStringLiteral("chartViewCombo"));
    // From a record to its chart.
    selectUnit(m_f.root);
    selectEmployee(m_f.employees.at(4));
    m_window->action(QStringLiteral("actionEmployeeResults"))->trigger();
    QCOMPARE(tabs->currentIndex(), int(MainWindow::ChartsPageIndex));
    QCOMPARE(view->currentData().toInt(), int(ui::ChartsPage::EmployeeView));
    selectUnit(m_f.kecamatan);
    m_window->action(QStringLiteral("actionUnitResults"))->trigger();
    QCOMPARE(view->currentData().toInt(), int(ui::ChartsPage::UnitView));
    QCOMPARE(charts->findChild<QComboBox *>(QStringLiteral("chartUnitCombo"))
                 ->currentData()
                 .toLongLong(),
             m_f.kecamatan);
    // From a chart (a rater's bar) to the record: the Employees page, the employee's
    // unit and the employee selected.
    selectUnit(m_f.kecamatan);
    emit charts->openEmployee(m_f.employees.at(1));
    QCOMPARE(tabs->currentIndex(), int(MainWindow::EmployeesPage));
    QCOMPARE(m_window->listPanel()->currentEmployeeId(), m_f.employees.at(1));
    QVERIFY(m_window->findChild<QTreeView *>(QStringLiteral("unitTree"))->currentIndex().isValid());
}

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
