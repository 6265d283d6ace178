#include "appraisals/appraisalspage.h"
#include "common/messagebox.h"
#include "exchange/printdialog.h"
#include "support/find.h"
#include "support/reportfixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>

using namespace kinerja;
using namespace kinerja::ui;
using support::find;

// The print dialog on the report fixture (Budi and Siti final, Rina a draft without rater).
class TestPrintDialog : public QObject {
    Q_OBJECT

    ReportWorld m_world;

    PrintDialog::Scope scope() const
    {
        PrintDialog::Scope s;
        s.periodId = m_world.w.q1;
        s.description = QStringLiteral("every unit, 2026-Q1");
        s.selectedIds = {m_world.siti};
        s.listedIds = {m_world.budi, m_world.siti, m_world.rina};
        return s;
    }

private slots:
    void initTestCase()
    {
        m_world.build();
        MessageBox::setDefaultAnswer(QMessageBox::Ok);
    }

    void noDocumentTickedDisablesPrinting()
    {
        PrintDialog dialog(m_world.t.db(), scope());
        QCOMPARE(dialog.content(), PrintDialog::Content::SelectedSheets);
        auto *save = find<QPushButton>(&dialog, "printSaveButton");
        QVERIFY(save->isEnabled());
        for (QCheckBox *c : dialog.findChildren<QCheckBox *>())
            if (c->objectName().startsWith(QLatin1String("printDocument-")))
                c->setChecked(false);
        QVERIFY(!save->isEnabled());
        QVERIFY(!find<QLabel>(&dialog, "printSummary")->text().isEmpty());
        find<QCheckBox>(&dialog, "printDocument-skp")->setChecked(true);
        QVERIFY(save->isEnabled());
    }

    void savesTheListedSheetsOnF4()
    {
        PrintDialog dialog(m_world.t.db(), scope());
        QTest::mouseClick(find<QRadioButton>(&dialog, "printListed"), Qt::LeftButton);
        QCOMPARE(dialog.content(), PrintDialog::Content::ListedSheets);
        find<QComboBox>(&dialog, "printPaper")->setCurrentIndex(1);
        QCOMPARE(dialog.paper(), reports::Paper::F4);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sheets.pdf"));
        const Status s = dialog.save(path, false);
        QVERIFY2(s, qPrintable(s.message()));
        const pdf::Info info = pdf::info(path);
        QCOMPARE(info.pages, 3); // one Dokumen Evaluasi each, in the listed order
        QVERIFY(qAbs(info.size.width() - 609.4) < 1 && qAbs(info.size.height() - 935.4) < 1);
        const QString text = pdf::text(path);
        QVERIFY(text.indexOf(QLatin1String("Budi Santoso")) < text.indexOf(QLatin1String("Siti")));
        // Rina's sheet has no rater: printed, with the warnings shown in the dialog.
        const QString summary = find<QLabel>(&dialog, "printSummary")->text();
        QVERIFY2(summary.contains(QLatin1String("Rina Wati")), qPrintable(summary));
        QVERIFY(summary.contains(QLatin1String("Saved 3 appraisal")));
    }

    void savesOnePdfPerEmployee()
    {
        PrintDialog dialog(m_world.t.db(), scope());
        QTemporaryDir dir;
        QVERIFY(dialog.save(dir.path(), true)); // the selection: Siti only
        const QStringList files = QDir(dir.path()).entryList(QDir::Files);
        QCOMPARE(files.size(), 1);
        QVERIFY(files.constFirst().contains(QLatin1String("Siti")));
    }

    void savesThePredikatRecap()
    {
        PrintDialog dialog(m_world.t.db(), scope());
        QTest::mouseClick(find<QRadioButton>(&dialog, "printPredikatRecap"), Qt::LeftButton);
        QVERIFY(!find<QCheckBox>(&dialog, "printDocument-skp")->isEnabled());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("recap.pdf"));
        QVERIFY(dialog.save(path, false));
        const QString text = pdf::text(path);
        QVERIFY2(text.contains(QLatin1String("PREDIKAT RECAP")), qPrintable(text.left(400)));
        QVERIFY(text.contains(QLatin1String("Budi Santoso")));
    }

    void previewShowsThePages()
    {
        PrintDialog dialog(m_world.t.db(), scope());
        QTest::mouseClick(find<QRadioButton>(&dialog, "printListed"), Qt::LeftButton);
        int pages = -1;
        // Polls: the pages are painted while the preview opens, pumping events meanwhile.
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&pages] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *preview = w->findChild<QPrintPreviewWidget *>();
                if (w->objectName() == QLatin1String("printPreviewDialog") && w->isVisible() &&
                    preview && preview->pageCount() > 0) {
                    pages = preview->pageCount();
                    static_cast<QDialog *>(w)->reject();
                }
            }
        });
        poll.start(50);
        QTest::mouseClick(find<QPushButton>(&dialog, "printPreviewButton"), Qt::LeftButton);
        poll.stop();
        QCOMPARE(pages, 3);
    }

    void paintsOnAPrinterDevice()
    {
        // What Print sends to the printer, captured as the printer's own PDF output.
        PrintDialog dialog(m_world.t.db(), scope());
        QTemporaryDir dir;
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(dir.filePath(QStringLiteral("printer.pdf")));
        printer.setFullPage(true);
        reports::preparePagedDevice(printer, reports::Paper::A4);
        int pages = 0;
        QVERIFY(dialog.paint(printer, &pages));
        QCOMPARE(pages, 1);
        QVERIFY(
            pdf::text(dir.filePath(QStringLiteral("printer.pdf"))).contains(QLatin1String("Siti")));
    }

    void appraisalsPageOpensTheDialog()
    {
        AppraisalsPage page;
        page.setDatabase(&m_world.t.db());
        page.setPeriod(m_world.w.q1);
        auto *button = page.findChild<QPushButton *>(QStringLiteral("printAppraisalsButton"));
        QVERIFY(button && button->isEnabled());
        bool seen = false;
        QTimer::singleShot(50, this, [&seen] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *d = qobject_cast<PrintDialog *>(w); d && d->isVisible()) {
                    seen = d->findChild<QRadioButton *>(QStringLiteral("printListed"))
                               ->text()
                               .contains(QLatin1String("(3)"));
                    d->reject();
                }
            }
        });
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(seen);
    }
};

QTEST_MAIN(TestPrintDialog)
#include "test_print_dialog.moc"
