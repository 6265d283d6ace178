#include "support/reportfixture.h"

#include <QDir>
#include <QTest>

using namespace kinerja;
using namespace kinerja::reports;

namespace {

BatchOptions onePdf(const QString &path)
{
    BatchOptions o;
    o.mode = BatchMode::OnePdf;
    o.output = path;
    o.documents = {DocumentKind::DokumenEvaluasi};
    o.render = ReportWorld::options();
    return o;
}

} // namespace

class TestReportBatch : public QObject {
    Q_OBJECT
private slots:
    void onePdfInTheOrderGiven()
    {
        IndonesianLabels id;
        ReportWorld r;
        r.build();
        const QString path = r.path(QStringLiteral("unit.pdf"));
        BatchReport report;
        QVector<QPair<int, int>> calls;
        VERIFY_OK(BatchPrinter(r.t.db()).run({r.siti, r.rina, r.budi}, onePdf(path), &report,
                                             [&](int done, int total) {
                                                 calls.append({done, total});
                                                 return true;
                                             }));
        QCOMPARE(report.total, 3);
        QCOMPARE(report.done, 3);
        QCOMPARE(report.pages, 3);
        QVERIFY(!report.cancelled);
        QCOMPARE(report.files, QStringList{QFileInfo(path).absoluteFilePath()});
        QCOMPARE(calls.last(), qMakePair(3, 3));
        QCOMPARE(calls.first(), qMakePair(0, 3));
        // Only Rina's sheet has warnings (no rater, no atasan, incomplete, draft).
        QCOMPARE(report.items.size(), 1);
        QCOMPARE(report.items.first().appraisalId, r.rina);
        QVERIFY(report.items.first().error.isEmpty());
        QVERIFY(report.items.first().warnings.size() >= 3);

        QCOMPARE(pdf::info(path).pages, 3);
        QVERIFY(pdf::text(path, 1).contains(QStringLiteral("Siti Aminah")));
        QVERIFY(pdf::text(path, 2).contains(QStringLiteral("Rina Wati")));
        QVERIFY(pdf::text(path, 3).contains(QStringLiteral("Budi Santoso")));
        // Pages are numbered per sheet.
        QVERIFY(pdf::text(path, 3).contains(QStringLiteral("Halaman 1 dari 1")));
    }

    void everyDocumentOfTheScheme()
    {
        ReportWorld r;
        r.build();
        const QString path = r.path(QStringLiteral("all.pdf"));
        BatchOptions o = onePdf(path);
        o.documents.clear(); // SKP, Evaluasi, Dokumen Evaluasi
        o.paper = Paper::F4;
        BatchReport report;
        VERIFY_OK(BatchPrinter(r.t.db()).run({r.budi}, o, &report));
        const pdf::Info info = pdf::info(path);
        QCOMPARE(info.pages, report.pages);
        QVERIFY(info.pages >= 3);
        QVERIFY(std::abs(info.size.height() - 935.4) < 1.0);
        const QString text = pdf::text(path);
        const int skp = text.indexOf(QStringLiteral("EMPLOYEE PERFORMANCE TARGETS"));
        const int evaluasi = text.indexOf(QStringLiteral("EMPLOYEE PERFORMANCE EVALUATION\n"));
        const int dokumen =
            text.indexOf(QStringLiteral("EMPLOYEE PERFORMANCE EVALUATION DOCUMENT"));
        QVERIFY2(skp >= 0 && evaluasi > skp && dokumen > evaluasi, qPrintable(text.left(3000)));
    }

    void onePdfPerEmployee()
    {
        ReportWorld r;
        r.build();
        const QString folder = r.path(QStringLiteral("out/sheets"));
        BatchOptions o = onePdf(folder);
        o.mode = BatchMode::PdfPerEmployee;
        BatchReport report;
        VERIFY_OK(BatchPrinter(r.t.db()).run({r.budi, r.siti, r.rina}, o, &report));
        QCOMPARE(report.done, 3);
        QCOMPARE(report.files.size(), 3);
        const QStringList expected{
            BatchPrinter::fileNameFor(r.w.staff1.nip, QStringLiteral("Budi Santoso")),
            BatchPrinter::fileNameFor(r.w.staff2.nip, QStringLiteral("Siti Aminah")),
            BatchPrinter::fileNameFor(r.w.staffB.nip, QStringLiteral("Rina Wati"))};
        QCOMPARE(expected.first(), r.w.staff1.nip + QStringLiteral("_Budi_Santoso.pdf"));
        QStringList present = QDir(folder).entryList(QDir::Files, QDir::Name);
        QStringList sorted = expected;
        sorted.sort();
        QCOMPARE(present, sorted); // no .part files left
        for (int i = 0; i < expected.size(); ++i) {
            const QString file = QDir(folder).filePath(expected.at(i));
            QCOMPARE(report.files.at(i), file);
            QCOMPARE(pdf::info(file).pages, 1);
        }
        QVERIFY(pdf::text(QDir(folder).filePath(expected.at(1))).contains(r.w.staff2.nip));
        QCOMPARE(report.items.size(), 1);
        QCOMPARE(report.items.first().file, QDir(folder).filePath(expected.at(2)));
    }

    void cancelLeavesNothing()
    {
        ReportWorld r;
        r.build();
        const QVector<qint64> ids{r.budi, r.siti, r.rina};
        const auto cancelAfterTwo = [](int done, int) { return done < 2; };

        const QString path = r.path(QStringLiteral("cancelled.pdf"));
        BatchReport report;
        VERIFY_OK(BatchPrinter(r.t.db()).run(ids, onePdf(path), &report, cancelAfterTwo));
        QVERIFY(report.cancelled);
        QVERIFY(report.files.isEmpty());
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(QDir(r.t.dir()).entryList({QStringLiteral("cancelled*")}, QDir::Files).size(), 0);

        const QString folder = r.path(QStringLiteral("per-employee"));
        BatchOptions o = onePdf(folder);
        o.mode = BatchMode::PdfPerEmployee;
        VERIFY_OK(BatchPrinter(r.t.db()).run(ids, o, &report, cancelAfterTwo));
        QVERIFY(report.cancelled);
        QCOMPARE(report.done, 2);
        QVERIFY(report.files.isEmpty());
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 0);

        // Cancelled before the first.
        VERIFY_OK(
            BatchPrinter(r.t.db()).run(ids, onePdf(path), &report, [](int, int) { return false; }));
        QVERIFY(report.cancelled);
        QCOMPARE(report.done, 0);
        QVERIFY(!QFileInfo::exists(path));
    }

    void unwritableOutputIsAnError()
    {
        ReportWorld r;
        r.build();
        // A path under a plain file cannot be created, even by root.
        const QString blocker = r.path(QStringLiteral("blocker.txt"));
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const QString bad = blocker + QStringLiteral("/unit.pdf");
        BatchReport report;
        Status s = BatchPrinter(r.t.db()).run({r.budi}, onePdf(bad), &report);
        QVERIFY(!s);
        QCOMPARE(s.field(), QStringLiteral("output"));
        QVERIFY2(s.message().contains(QDir::toNativeSeparators(bad)), qPrintable(s.message()));

        BatchOptions o = onePdf(blocker);
        o.mode = BatchMode::PdfPerEmployee;
        s = BatchPrinter(r.t.db()).run({r.budi}, o, &report);
        QVERIFY(!s);
        QVERIFY2(s.message().contains(QDir::toNativeSeparators(blocker)), qPrintable(s.message()));

        o.output = blocker + QStringLiteral("/sub");
        s = BatchPrinter(r.t.db()).run({r.budi}, o, &report);
        QVERIFY(!s);
        QVERIFY(s.message().contains(QDir::toNativeSeparators(o.output)));

        // A folder given as the single PDF.
        s = BatchPrinter(r.t.db()).run({r.budi}, onePdf(r.t.dir()), &report);
        QVERIFY(!s);
    }

    void unknownAppraisalsAreSkipped()
    {
        ReportWorld r;
        r.build();
        const QString path = r.path(QStringLiteral("skip.pdf"));
        BatchReport report;
        VERIFY_OK(BatchPrinter(r.t.db()).run({r.budi, 987654}, onePdf(path), &report));
        QCOMPARE(report.done, 1);
        QCOMPARE(report.skipped(), 1);
        QCOMPARE(report.items.first().appraisalId, qint64(987654));
        QVERIFY(report.items.first().error.contains(QStringLiteral("987654")));
        QCOMPARE(pdf::info(path).pages, 1);

        // Nothing printable: an error and no file.
        const QString none = r.path(QStringLiteral("none.pdf"));
        const Status s = BatchPrinter(r.t.db()).run({987654}, onePdf(none), &report);
        QVERIFY(!s);
        QVERIFY(!QFileInfo::exists(none));

        // Documents of another scheme: skipped with the reason.
        BatchOptions o = onePdf(none);
        o.documents = {DocumentKind::WeightedSheet};
        QVERIFY(!BatchPrinter(r.t.db()).run({r.budi}, o, &report));
        QCOMPARE(report.skipped(), 1);
        QVERIFY(!QFileInfo::exists(none));
    }
};

QTEST_MAIN(TestReportBatch)
#include "test_report_batch.moc"
