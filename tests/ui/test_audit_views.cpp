#include "appraisals/appraisaldialog.h"
#include "audit/audithistoryview.h"
#include "audit/audittablemodel.h"
#include "audit/auditview.h"
#include "audit/auditwarningbar.h"
#include "support/appraisalfixture.h"
#include "support/find.h"
#include "support/uifixture.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <algorithm>

using namespace kinerja;
using support::find;

// The audit trail on screen, on real widgets offscreen: the admin view's filters, an
// appraisal's history after a save, and the warning bar over a tampered file.
class TestAuditViews : public QObject {
    Q_OBJECT
    QTemporaryDir m_settings;

    static void click(QObject *parent, const char *name)
    {
        QTest::mouseClick(find<QPushButton>(parent, name), Qt::LeftButton);
    }

private slots:
    void initTestCase()
    {
        uifixture::isolateSettings(m_settings.path());
        QCoreApplication::setOrganizationName(QStringLiteral("KinerjaTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_audit_views"));
    }

    void appraisalHistoryShowsTheChangeJustSaved()
    {
        TempDatabase temp;
        Database &db = temp.open();
        AppraisalWorld world;
        world.build(db);
        const qint64 id = AppraisalWorld::appraisal(db, world.staff1.id, world.q1);
        ui::AppraisalDialog dialog(db, id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *history = find<ui::AuditHistoryView>(&dialog, "auditHistoryView");
        const QStringList before = history->lines();
        QVERIFY(!before.isEmpty()); // the appraisal was created
        QVERIFY(before.last().contains(QStringLiteral("added Appraisal")));

        auto *tabs = find<QTabWidget>(&dialog, "appraisalTabs");
        tabs->setCurrentWidget(find<QWidget>(&dialog, "feedbackEditor"));
        auto *rekomendasi = find<QPlainTextEdit>(&dialog, "rekomendasiEdit");
        rekomendasi->setFocus();
        QTest::keyClicks(rekomendasi, QStringLiteral("Ikut diklat"));
        click(&dialog, "saveAppraisalButton");
        QVERIFY(!dialog.isDirty());

        tabs->setCurrentWidget(history);
        const QStringList after = history->lines();
        QVERIFY(after.size() > before.size());
        const QString expected = QStringLiteral(" — %1 changed Recommendation: (empty) → 'Ikut "
                                                "diklat'")
                                     .arg(db.userName());
        // Among the lines the save added (other columns may have changed with it).
        const QStringList added = after.mid(0, after.size() - before.size());
        QVERIFY2(std::any_of(added.cbegin(), added.cend(),
                             [&](const QString &line) { return line.endsWith(expected); }),
                 qPrintable(after.join(QLatin1Char('\n'))));
        dialog.close();
    }

    void adminViewFilters()
    {
        TempDatabase temp;
        Database &db = temp.open();
        AppraisalWorld world;
        world.build(db);
        AppraisalWorld::appraisal(db, world.staffB.id, world.q1);
        ui::AuditView view(db);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        ui::AuditTableModel *model = view.model();
        const int all = model->rowCount();
        QVERIFY(all > 10);
        // The newest entry is selected and shown in full.
        QVERIFY(find<QPlainTextEdit>(&view, "auditDetail")
                    ->toPlainText()
                    .contains(QStringLiteral("Entry %1").arg(model->entry(0)->id)));

        // Person: nobody of that name, then the one who made every change.
        auto *login = find<QLineEdit>(&view, "auditLoginFilter");
        login->setFocus();
        QTest::keyClicks(login, QStringLiteral("nobody"));
        QTest::keyClick(login, Qt::Key_Return);
        QCOMPARE(model->rowCount(), 0);
        login->clear();
        QTest::keyClicks(login, db.userName());
        QTest::keyClick(login, Qt::Key_Return);
        QList<AuditEntry> everything;
        QVERIFY(AuditTrail(db).entries({}, &everything));
        const auto byUser =
            std::count_if(everything.cbegin(), everything.cend(),
                          [&](const AuditEntry &e) { return e.login == db.userName(); });
        QVERIFY(byUser > 0);
        QCOMPARE(model->rowCount(), byUser);
        for (int r = 0; r < model->rowCount(); ++r)
            QCOMPARE(model->entry(r)->login, db.userName());
        login->clear();
        QTest::keyClick(login, Qt::Key_Return);
        QCOMPARE(model->rowCount(), all);

        // Unit: Dinas Kesehatan has only staffB (employee and appraisal).
        auto *unit = find<QComboBox>(&view, "auditUnitFilter");
        unit->setCurrentIndex(unit->findData(world.d.dinasB.id));
        QVERIFY(model->rowCount() >= 2);
        for (int r = 0; r < model->rowCount(); ++r)
            QCOMPARE(model->entry(r)->employeeId, world.staffB.id);
        // And the table: only the appraisal's rows among them.
        auto *table = find<QComboBox>(&view, "auditTableFilter");
        table->setCurrentIndex(table->findData(QStringLiteral("appraisal")));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->entry(0)->table, QStringLiteral("appraisal"));
        QCOMPARE(model->entry(0)->action, AuditEntry::Action::Insert);
        QCOMPARE(model->index(0, ui::AuditTableModel::LoginColumn).data().toString(),
                 db.userName());

        // Dates: nothing from tomorrow on.
        unit->setCurrentIndex(0);
        table->setCurrentIndex(0);
        QCOMPARE(model->rowCount(), all);
        find<QDateEdit>(&view, "auditFromDate")->setDate(QDate::currentDate().addDays(1));
        QCOMPARE(model->rowCount(), 0);
        find<QDateEdit>(&view, "auditFromDate")->setDate(QDate::currentDate());
        QCOMPARE(model->rowCount(), all);

        // The integrity check of an untouched trail.
        click(&view, "auditVerifyButton");
        auto *result = find<QLabel>(&view, "auditVerifyResult");
        QVERIFY(result->isVisible());
        QVERIFY2(result->text().contains(QStringLiteral("intact")), qPrintable(result->text()));
    }

    void tableFetchesPagesAsItScrolls()
    {
        TempDatabase temp;
        Database &db = temp.open();
        AppraisalWorld world;
        world.build(db);
        EmployeeRepository employees(db);
        Employee e = world.staff1;
        // Enough changes for two pages.
        for (int i = 0; i < ui::AuditTableModel::kPage / 2 + 10; ++i) {
            e.jabatan = QStringLiteral("Jabatan %1").arg(i);
            QVERIFY(employees.update(e));
        }
        ui::AuditTableModel model;
        QVERIFY(model.setSource(&db, {}));
        QCOMPARE(model.rowCount(), ui::AuditTableModel::kPage);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QVERIFY(model.rowCount() > ui::AuditTableModel::kPage);
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(model.entry(r - 1)->id > model.entry(r)->id);
    }

    void warningBarForATamperedFile()
    {
        TempDatabase temp;
        Database &db = temp.open();
        AppraisalWorld world;
        world.build(db);
        db.close();
        {
            std::unique_ptr<ui::MainWindow> window(uifixture::showMainWindow(temp.path()));
            QVERIFY(!window->auditWarningBar()->isVisible());
        }

        // The sqlite3 shell's way: drop the trigger, change a row behind Kinerja's back.
        const QString name = QStringLiteral("tamper");
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            raw.setDatabaseName(temp.path());
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_employee_update")));
            QVERIFY(q.exec(QStringLiteral("UPDATE employee SET jabatan = 'Kepala Segalanya' "
                                          "WHERE id = %1")
                               .arg(world.staff2.id)));
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);

        std::unique_ptr<ui::MainWindow> window(uifixture::showMainWindow(temp.path()));
        ui::AuditWarningBar *bar = window->auditWarningBar();
        QVERIFY(bar->isVisible());
        QVERIFY2(bar->text().contains(QStringLiteral("kinerja-cli audit verify")),
                 qPrintable(bar->text()));
        // Work goes on: the pages are there and enabled.
        QVERIFY(find<QTabWidget>(window.get(), "pageTabs")->isEnabled());
        click(bar, "auditWarningDetail");
        auto *view = window->findChild<ui::AuditView *>(QStringLiteral("auditView"));
        QVERIFY(view);
        QVERIFY(QTest::qWaitForWindowExposed(view));
        // Who may not read the trail gets no Detail and no menu item.
        window->setMayReadAuditTrail(false);
        QVERIFY(!window->action(QStringLiteral("actionAuditTrail"))->isVisible());
        QVERIFY(find<QPushButton>(bar, "auditWarningDetail")->isHidden());
        click(bar, "auditWarningDismiss");
        QVERIFY(!bar->isVisible());
    }
};

QTEST_MAIN(TestAuditViews)
#include "test_audit_views.moc"
