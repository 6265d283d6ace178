#include "common/messagebox.h"
#include "exchange/appraisalimport.h"
#include "exchange/exportdialog.h"
#include "support/reportfixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>

using namespace kinerja;
using namespace kinerja::ui;

// The export dialog on the report fixture (2026-Q1: Budi, Siti, Rina).
class TestExportDialog : public QObject {
    Q_OBJECT

    ReportWorld m_world;

    ExportDialog::Scope scope() const
    {
        ExportDialog::Scope s;
        s.periodId = m_world.w.q1;
        s.periodCode = QStringLiteral("2026-Q1");
        s.description = QStringLiteral("every unit, 2026-Q1");
        return s;
    }
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        m_world.build();
        MessageBox::setDefaultAnswer(QMessageBox::Ok);
    }

    void optionsFollowTheFormatAndContent()
    {
        ExportDialog dialog(m_world.t.db(), scope());
        auto *format = dialog.findChild<QComboBox *>(QStringLiteral("exportFormat"));
        auto *content = dialog.findChild<QComboBox *>(QStringLiteral("exportContent"));
        auto *delimiter = dialog.findChild<QComboBox *>(QStringLiteral("exportDelimiter"));
        auto *detail = dialog.findChild<QCheckBox *>(QStringLiteral("exportDetail"));
        auto *inactive = dialog.findChild<QCheckBox *>(QStringLiteral("exportInactive"));
        QVERIFY(format && content && delimiter && detail && inactive);
        QVERIFY(detail->isEnabled() && !delimiter->isEnabled() && !inactive->isEnabled());
        format->setCurrentIndex(1); // CSV
        QVERIFY(!detail->isEnabled() && delimiter->isEnabled());
        content->setCurrentIndex(1); // employees
        QVERIFY(inactive->isEnabled());
    }

    void recapToXlsxAndCsv()
    {
        ExportDialog dialog(m_world.t.db(), scope());
        QTemporaryDir dir;
        const QString xlsx = dir.filePath(QStringLiteral("rekap.xlsx"));
        const Status s = dialog.exportTo(xlsx);
        QVERIFY2(s, qPrintable(s.message()));
        QVERIFY(read(xlsx).startsWith("PK")); // a zip: the workbook
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("exportResult"))
                    ->text()
                    .contains(QLatin1String("3")));

        dialog.findChild<QComboBox *>(QStringLiteral("exportFormat"))->setCurrentIndex(1);
        const QString csv = dir.filePath(QStringLiteral("rekap.csv"));
        QVERIFY(dialog.exportTo(csv));
        const QByteArray bytes = read(csv);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // the byte order mark, ticked by default
        const QString text = QString::fromUtf8(bytes);
        QVERIFY2(text.contains(QLatin1String(";NIP;")), qPrintable(text.left(200)));
        for (const char *name : {"Budi Santoso", "Siti Aminah", "Rina Wati"})
            QVERIFY2(text.contains(QLatin1String(name)), name);
    }

    void employeesOfTheAgency()
    {
        ExportDialog dialog(m_world.t.db(), scope());
        dialog.findChild<QComboBox *>(QStringLiteral("exportContent"))->setCurrentIndex(1);
        dialog.findChild<QComboBox *>(QStringLiteral("exportFormat"))->setCurrentIndex(1);
        dialog.findChild<QComboBox *>(QStringLiteral("exportDelimiter"))->setCurrentIndex(1);
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("pegawai.csv"));
        QVERIFY(dialog.exportTo(csv));
        const QString text = QString::fromUtf8(read(csv));
        QVERIFY(text.contains(QLatin1String(",NIP,")));
        QVERIFY(text.contains(QLatin1String("Kepala Dinas")));
    }

    // The entry template is XLSX only, and AppraisalImport reads it back unchanged.
    void entryTemplate()
    {
        ExportDialog dialog(m_world.t.db(), scope());
        auto *content = dialog.findChild<QComboBox *>(QStringLiteral("exportContent"));
        auto *format = dialog.findChild<QComboBox *>(QStringLiteral("exportFormat"));
        format->setCurrentIndex(1); // CSV, then the template forces XLSX
        content->setCurrentIndex(content->findData(int(ExportDialog::Content::Template)));
        QCOMPARE(format->currentData().toString(), QStringLiteral("xlsx"));
        QVERIFY(!format->isEnabled());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("template.xlsx"));
        const Status s = dialog.exportTo(path);
        QVERIFY2(s, qPrintable(s.message()));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("exportResult"))
                    ->text()
                    .contains(QLatin1String("3 appraisal")));
        exchange::AppraisalImport import(m_world.t.db());
        QVERIFY(import.read(path));
        QVERIFY2(!import.hasProblems(), qPrintable(import.problems().value(0).text()));
        QCOMPARE(import.previewCount(), 3);
        QCOMPARE(import.changedCount(), 0);
        content->setCurrentIndex(1); // employees: CSV is possible again
        QVERIFY(format->isEnabled());
    }

    void unwritablePathIsRefused()
    {
        ExportDialog dialog(m_world.t.db(), scope());
        QTemporaryDir dir;
        const Status s = dialog.exportTo(dir.filePath(QStringLiteral("no/such/x.xlsx")));
        QVERIFY(!s);
        QVERIFY2(s.message().contains(QLatin1String("x.xlsx")), qPrintable(s.message()));
    }
};

QTEST_MAIN(TestExportDialog)
#include "test_export_dialog.moc"
