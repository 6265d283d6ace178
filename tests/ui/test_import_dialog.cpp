#include "common/messagebox.h"
#include "exchange/employeeimport.h"
#include "exchange/exports.h"
#include "exchange/ikmimport.h"
#include "exchange/importdialog.h"
#include "shell/mainwindow.h"
#include "storage/employeerepository.h"
#include "storage/ikmsurveyrepository.h"
#include "storage/periodrepository.h"
#include "support/files.h"
#include "support/find.h"
#include "support/tempdatabase.h"
#include "support/uifixture.h"
#include "units/unitcombobox.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>

using namespace kinerja;
using kinerja::ui::ImportDialog;
using kinerja::ui::MessageBox;
using support::find;

// The import dialog with the employee importer, on the UI fixture (30 employees).
class TestImportDialog : public QObject {
    Q_OBJECT

    QTemporaryDir m_settings;
    std::unique_ptr<TempDatabase> m_temp;
    uifixture::Fixture m_f;
    int m_file = 0;

    Database &db() { return m_temp->db(); }
    int stored() { return EmployeeRepository(db()).count(); }

    // A CSV file with the header and one line per row of `rows`.
    QString writeCsv(const QString &header, const QStringList &rows)
    {
        const QString path = m_temp->dir() + QStringLiteral("/pegawai%1.csv").arg(++m_file);
        return support::writeFile(path, (QStringList{header} + rows).join(u'\n').toUtf8() + '\n');
    }
    static QString row(int i, const QString &name, const QString &unit)
    {
        return uifixture::nipFor(i, false) + u',' + name +
               QStringLiteral(",III/b,Pengadministrasi Umum,") + unit;
    }
    static QString header(const QString &nip = QStringLiteral("NIP"))
    {
        return nip + QStringLiteral(",Nama,Pangkat/Golongan,Jabatan,Unit Kerja");
    }
    QStringList cleanRows() const
    {
        return {row(40, QStringLiteral("Rahmat Hidayat"), QStringLiteral("Dinas Pendidikan")),
                row(41, QStringLiteral("Sari Puspita"), QStringLiteral("Bidang SD")),
                row(42, QStringLiteral("Teguh Wibowo"), QStringLiteral("Kecamatan Sukamaju"))};
    }

    static ImportDialog *newDialog(Database &database)
    {
        auto *d = new ImportDialog(database, std::make_unique<exchange::EmployeeImport>(database),
                                   QStringLiteral("Import employees"));
        // The preview model is checked through every read, re-read, sheet and mapping change.
        new QAbstractItemModelTester(find<QTableView>(d, "importPreview")->model(),
                                     QAbstractItemModelTester::FailureReportingMode::Fatal, d);
        d->show();
        return d;
    }
    static void click(QWidget *parent, const char *name)
    {
        auto *b = find<QPushButton>(parent, name);
        QVERIFY2(b->isEnabled(), name);
        QTest::mouseClick(b, Qt::LeftButton);
    }

    // Cancels the progress dialog `name` of `dialog` at the first progress it reports (the
    // progress lets events through; the timer dies with the dialog).
    static void cancelProgressWhenShown(QWidget *dialog, const char *name, bool *cancelled)
    {
        auto *timer = new QTimer(dialog);
        QObject::connect(timer, &QTimer::timeout, dialog, [=] {
            if (auto *bar = dialog->findChild<QProgressDialog *>(QLatin1String(name))) {
                bar->cancel();
                *cancelled = true;
                timer->stop();
                timer->deleteLater();
            }
        });
        timer->start(0);
    }

private slots:
    void initTestCase()
    {
        uifixture::isolateSettings(m_settings.path());
        QApplication::setOrganizationName(QStringLiteral("KinerjaTest"));
        QApplication::setApplicationName(QStringLiteral("test_import_dialog"));
        MessageBox::setDefaultAnswer(QMessageBox::Cancel);
    }
    void init()
    {
        m_temp = std::make_unique<TempDatabase>();
        m_f = uifixture::build(m_temp->open());
    }
    void cleanup() { m_temp.reset(); }

    void cleanFileIsPreviewedAndImported()
    {
        std::unique_ptr<ImportDialog> dialog(newDialog(db()));
        QVERIFY(!find<QPushButton>(dialog.get(), "importButton")->isEnabled());
        QVERIFY(!find<QComboBox>(dialog.get(), "importSheet")->isVisible()); // CSV: no sheets
        QAbstractItemModelTester tester(find<QTableView>(dialog.get(), "importPreview")->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(dialog->openFile(writeCsv(header(), cleanRows())));
        auto *preview = find<QTableView>(dialog.get(), "importPreview");
        QVERIFY(preview->isVisible());
        QCOMPARE(preview->model()->rowCount(), 3);
        QCOMPARE(preview->model()->index(0, 0).data().toInt(), 2); // the sheet's row
        QCOMPARE(preview->model()->index(0, 1).data().toString(), QStringLiteral("New"));
        QCOMPARE(preview->model()->index(1, 3).data().toString(), QStringLiteral("Sari Puspita"));
        QVERIFY(!find<QListWidget>(dialog.get(), "importProblems")->isVisible());
        auto *summary = find<QLabel>(dialog.get(), "importSummary");
        QVERIFY2(summary->text().contains(QLatin1String("3 new, 0 changed, 0 unchanged")),
                 qPrintable(summary->text()));

        QSignalSpy imported(dialog.get(), &ImportDialog::imported);
        click(dialog.get(), "importButton");
        QCOMPARE(imported.size(), 1);
        QCOMPARE(stored(), 33);
        QVERIFY(EmployeeRepository(db()).findByNip(uifixture::nipFor(41, false)));
        QCOMPARE(summary->text(), QStringLiteral("Imported: 3 new, 0 changed, 0 unchanged"));
        QVERIFY(summary->isVisible());
        QVERIFY(!find<QPushButton>(dialog.get(), "importButton")->isEnabled()); // done once

        // The same file again: nothing new.
        click(dialog.get(), "importReread");
        QVERIFY2(summary->text().contains(QLatin1String("0 new, 0 changed, 3 unchanged")),
                 qPrintable(summary->text()));
    }

    void workbookShowsItsSheets()
    {
        // The employee export is an import file: everything unchanged.
        const QString path = m_temp->dir() + QStringLiteral("/pegawai.xlsx");
        exchange::ExportOptions options;
        const Status exported = exchange::exportEmployees(db(), EmployeeFilter(), path, options);
        QVERIFY2(exported, qPrintable(exported.message()));
        std::unique_ptr<ImportDialog> dialog(newDialog(db()));
        const Status s = dialog->openFile(path);
        QVERIFY2(s, qPrintable(dialog->importer().problems().value(0).text()));
        auto *sheet = find<QComboBox>(dialog.get(), "importSheet");
        QVERIFY(sheet->isVisible());
        QVERIFY(sheet->count() >= 1);
        QCOMPARE(dialog->importer().table().sheetName, sheet->currentText());
        const int rows = find<QTableView>(dialog.get(), "importPreview")->model()->rowCount();
        QVERIFY(rows >= 27);
        const QString summary = find<QLabel>(dialog.get(), "importSummary")->text();
        QVERIFY2(summary.contains(QStringLiteral("0 new, 0 changed, %1 unchanged").arg(rows)),
                 qPrintable(summary));
    }

    void problemsAreListedAndBlockTheImport()
    {
        std::unique_ptr<ImportDialog> dialog(newDialog(db()));
        QStringList rows = cleanRows();
        rows[1] = row(41, QStringLiteral("Sari Puspita"), QStringLiteral("Dinas Tidak Ada"));
        const QString path = writeCsv(header(), rows);
        QVERIFY(dialog->openFile(path)); // row problems leave the read ok
        auto *problems = find<QListWidget>(dialog.get(), "importProblems");
        QVERIFY(problems->isVisible());
        QVERIFY(problems->count() >= 1);
        const QString first = problems->item(0)->text();
        QVERIFY2(first.startsWith(QLatin1String("Row 3, column E (Unit Kerja)")),
                 qPrintable(first));
        QVERIFY(find<QLabel>(dialog.get(), "importProblemCount")
                    ->text()
                    .contains(QStringLiteral("%1 problem").arg(problems->count())));
        QVERIFY(!find<QPushButton>(dialog.get(), "importButton")->isEnabled());
        const QString message = find<QLabel>(dialog.get(), "importMessage")->text();
        QVERIFY2(message.contains(QLatin1String("Nothing will be imported")), qPrintable(message));
        QVERIFY(find<QPushButton>(dialog.get(), "importReread")->isEnabled());
        QCOMPARE(dialog->importAll().isOk(), false);
        QCOMPARE(stored(), 30);

        // Double-clicking the problem selects its row in the preview.
        auto *preview = find<QTableView>(dialog.get(), "importPreview");
        const QRect rect = problems->visualItemRect(problems->item(0));
        QTest::mouseClick(problems->viewport(), Qt::LeftButton, {}, rect.center());
        QVERIFY(preview->selectionModel()->selectedRows().isEmpty());
        QTest::mouseDClick(problems->viewport(), Qt::LeftButton, {}, rect.center());
        const QModelIndexList selected = preview->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(preview->model()->index(selected.at(0).row(), 0).data().toInt(), 3);

        // Corrected in the spreadsheet program, then read again: importable.
        QFile::remove(path);
        QFile::rename(writeCsv(header(), cleanRows()), path);
        click(dialog.get(), "importReread");
        QVERIFY(!problems->isVisible());
        click(dialog.get(), "importButton");
        QCOMPARE(stored(), 33);
    }

    void otherHeadersAreMappedByTheUser()
    {
        std::unique_ptr<ImportDialog> dialog(newDialog(db()));
        QVERIFY(!dialog->openFile(writeCsv(header(QStringLiteral("Nomor Induk")), cleanRows())));
        auto *mapping = find<QTableWidget>(dialog.get(), "importMapping");
        QVERIFY(mapping->isVisible());
        const QString message = find<QLabel>(dialog.get(), "importMessage")->text();
        QVERIFY2(message.contains(QLatin1String("NIP")), qPrintable(message));
        QCOMPARE(mapping->item(0, 0)->text(), QStringLiteral("NIP"));
        QVERIFY(mapping->item(0, 1)->text().contains(QLatin1String("not found")));
        QVERIFY(mapping->item(0, 0)->font().bold());
        QVERIFY(!find<QPushButton>(dialog.get(), "importButton")->isEnabled());

        auto *nip = find<QComboBox>(dialog.get(), "importColumn_nip");
        auto *name = find<QComboBox>(dialog.get(), "importColumn_name");
        QCOMPARE(nip->currentData().toInt(), 0); // "(not in file)"
        QCOMPARE(name->currentText(), QStringLiteral("B: Nama"));
        const int a = nip->findText(QStringLiteral("A: Nomor Induk"));
        QVERIFY(a > 0);
        nip->setCurrentIndex(a);
        click(dialog.get(), "importApplyColumns");
        QVERIFY(find<QTableView>(dialog.get(), "importPreview")->isVisible());
        QCOMPARE(dialog->importer().problems().size(), 0);
        QCOMPARE(find<QTableView>(dialog.get(), "importPreview")->model()->rowCount(), 3);

        // The mapping can be opened again; the choice is kept.
        click(dialog.get(), "importColumnsButton");
        QVERIFY(mapping->isVisible());
        QCOMPARE(nip->currentData().toInt(), 1);
        click(dialog.get(), "importBackToPreview");
        click(dialog.get(), "importButton");
        QCOMPARE(stored(), 33);
    }

    void cancelDuringTheCommitWritesNothing()
    {
        std::unique_ptr<ImportDialog> dialog(newDialog(db()));
        QVERIFY(dialog->openFile(writeCsv(header(), cleanRows())));
        bool cancelled = false;
        cancelProgressWhenShown(dialog.get(), "importProgress", &cancelled);
        QSignalSpy imported(dialog.get(), &ImportDialog::imported);
        click(dialog.get(), "importButton");
        QVERIFY(cancelled);
        QCOMPARE(imported.size(), 0);
        QCOMPARE(stored(), 30);
        const QString message = find<QLabel>(dialog.get(), "importMessage")->text();
        QVERIFY2(message.contains(QLatin1String("nothing was imported")), qPrintable(message));
        // Nothing was done: the import can still be run.
        QVERIFY(find<QPushButton>(dialog.get(), "importButton")->isEnabled());
    }

    void cancelDuringTheReadShowsNoPreview()
    {
        std::unique_ptr<ImportDialog> dialog(newDialog(db()));
        bool cancelled = false;
        cancelProgressWhenShown(dialog.get(), "importReadProgress", &cancelled);
        const QString path = writeCsv(header(), cleanRows());
        QVERIFY(!dialog->openFile(path));
        QVERIFY(cancelled);
        auto *preview = find<QTableView>(dialog.get(), "importPreview");
        QVERIFY(!preview->model() || preview->model()->rowCount() == 0);
        QVERIFY(!find<QPushButton>(dialog.get(), "importButton")->isEnabled());
        const QString message = find<QLabel>(dialog.get(), "importMessage")->text();
        QVERIFY2(message.contains(QLatin1String("cancelled")), qPrintable(message));
        // Read again reads the file whole, and it can be imported.
        click(dialog.get(), "importReread");
        QCOMPARE(preview->model()->rowCount(), 3);
        click(dialog.get(), "importButton");
        QCOMPARE(stored(), 33);
    }

    void hooksCanStopTheReadAndTheCommit()
    {
        std::unique_ptr<ImportDialog> dialog(newDialog(db()));
        int reads = 0;
        bool refuseCommit = true;
        dialog->setBeforeRead([&reads] {
            ++reads;
            return reads == 1 ? Status::error(QStringLiteral("Choose a unit first."))
                              : Status::ok();
        });
        dialog->setBeforeCommit([&refuseCommit] {
            return refuseCommit ? Status::error(QStringLiteral("Choose a period first."))
                                : Status::ok();
        });
        auto *message = find<QLabel>(dialog.get(), "importMessage");
        const QString path = writeCsv(header(), cleanRows());
        QVERIFY(!dialog->openFile(path));
        QCOMPARE(message->text(), QStringLiteral("Choose a unit first."));
        QVERIFY(!find<QPushButton>(dialog.get(), "importButton")->isEnabled());
        click(dialog.get(), "importReread");
        QCOMPARE(reads, 2);
        click(dialog.get(), "importButton");
        QCOMPARE(message->text(), QStringLiteral("Choose a period first."));
        QCOMPARE(stored(), 30);
        refuseCommit = false;
        click(dialog.get(), "importButton");
        QCOMPARE(stored(), 33);
    }

    void mainWindowActionImportsAndRefreshes()
    {
        auto database = std::make_unique<Database>();
        QVERIFY(database->open(m_temp->path()));
        ui::MainWindow window(std::move(database));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *table = window.findChild<QTableView *>(QStringLiteral("employeeTable"));
        QCOMPARE(table->model()->rowCount(), 27);
        QAction *action = window.action(QStringLiteral("actionImportEmployees"));
        QVERIFY(action && action->isEnabled());
        bool inMenu = false; // on the Employee menu
        for (QObject *o : action->associatedObjects())
            inMenu = inMenu || (qobject_cast<QMenu *>(o) &&
                                qobject_cast<QMenu *>(o)->title() == QStringLiteral("&Employee"));
        QVERIFY(inMenu);

        const QString path = writeCsv(header(), cleanRows());
        QString title;
        bool hasEffective = false;
        QString effectiveText;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ImportDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            title = dialog->windowTitle();
            auto *effective = dialog->findChild<QDateEdit *>(QStringLiteral("importEffective"));
            hasEffective = effective && effective->isVisible();
            if (effective) {
                effective->setDate(QDate(2026, 1, 1));
                effectiveText = effective->text();
            }
            dialog->openFile(path);
            click(dialog, "importButton");
            dialog->reject();
        });
        action->trigger();
        QCOMPARE(title, QStringLiteral("Import employees"));
        QVERIFY(hasEffective);
        QCOMPARE(effectiveText, QStringLiteral("1 Jan 2026")); // a whole year, as dates read
        QCOMPARE(EmployeeRepository(*window.database()).count(), 33);
        QCOMPARE(table->model()->rowCount(), 30); // the list was refreshed
    }

    // The IKM survey import, as a user does it: unit and period, file, Import.
    void mainWindowImportsAnIkmSurvey()
    {
        qint64 periodId = 0;
        QVERIFY(PeriodRepository(db()).create(Period::quarter(2025, 4), 0, &periodId));
        auto database = std::make_unique<Database>();
        QVERIFY(database->open(m_temp->path()));
        ui::MainWindow window(std::move(database));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *action = window.action(QStringLiteral("actionImportIkm"));
        QVERIFY(action && action->isEnabled());

        QStringList lines;
        for (int i = 0; i < 4; ++i)
            lines << QStringLiteral("%1,3,3,3,3,3,3,3,3,4").arg(i + 1);
        const QString path = writeCsv(QStringLiteral("No,U1,U2,U3,U4,U5,U6,U7,U8,U9"), lines);
        QString message;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ImportDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            auto *period = find<QComboBox>(dialog, "importPeriod");
            period->setCurrentIndex(period->findData(periodId));
            find<ui::UnitComboBox>(dialog, "importUnit")->setUnitId(m_f.dinas);
            dialog->openFile(path);
            click(dialog, "importButton");
            message = find<QLabel>(dialog, "importMessage")->text();
            dialog->reject();
        });
        action->trigger();
        const std::optional<IkmSurvey> survey =
            IkmSurveyRepository(*window.database()).find(periodId, m_f.dinas);
        QVERIFY2(survey, qPrintable(message));
        QCOMPARE(survey->respondents, 4);
    }
};

QTEST_MAIN(TestImportDialog)
#include "test_import_dialog.moc"
