#include "reports/batch.h"
#include "reports/documents.h"
#include "reports/indonesian.h"
#include "reports/paper.h"

#include <QLocale>
#include <QTest>

using namespace kinerja;
using namespace kinerja::reports;

class TestReportText : public QObject {
    Q_OBJECT
private slots:
    void indonesianDatesIgnoreTheSystemLocale()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(indonesianDate(QDate(2026, 12, 31)), QStringLiteral("31 Desember 2026"));
        QCOMPARE(indonesianDate(QDate(2026, 2, 1)), QStringLiteral("1 Februari 2026"));
        QCOMPARE(indonesianDate(QDate(2024, 5, 9)), QStringLiteral("9 Mei 2024"));
        QCOMPARE(indonesianDate(QDate()), QString());
        QCOMPARE(indonesianMonthName(8), QStringLiteral("Agustus"));
        QCOMPARE(indonesianMonthName(13), QString());
    }

    void sheetNotationFollowsTheSheetsLanguage()
    {
        // i18n::install sets QLocale() with the sheet's language (GUI language or --lang).
        QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
        QCOMPARE(sheetDate(QDate(2026, 12, 31)), QStringLiteral("31 Desember 2026"));
        QCOMPARE(sheetLocale().toString(87.43, 'f', 2), QStringLiteral("87,43"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(sheetDate(QDate(2026, 12, 31)), QStringLiteral("31 December 2026"));
        QCOMPARE(sheetDate(QDate()), QString());
        QCOMPARE(sheetLocale().toString(87.43, 'f', 2), QStringLiteral("87.43"));
    }

    void periodTexts()
    {
        QCOMPARE(periodRangeText(Period::annual(2026)),
                 QStringLiteral("1 JANUARI SD 31 DESEMBER TAHUN 2026"));
        QCOMPARE(periodRangeText(Period::quarter(2026, 2)),
                 QStringLiteral("1 APRIL SD 30 JUNI TAHUN 2026"));
        QCOMPARE(periodRangeText(Period::month(2024, 2)),
                 QStringLiteral("1 FEBRUARI SD 29 FEBRUARI TAHUN 2024"));
        QCOMPARE(periodRangeText(Period::semester(2026, 2)),
                 QStringLiteral("1 JULI SD 31 DESEMBER TAHUN 2026"));
        QCOMPARE(periodKindText(Period::annual(2026)), QStringLiteral("TAHUNAN"));
        QCOMPARE(periodKindText(Period::quarter(2026, 1)), QStringLiteral("TRIWULAN I"));
        QCOMPARE(periodKindText(Period::quarter(2026, 4)), QStringLiteral("TRIWULAN IV-AKHIR"));
        QCOMPARE(periodKindText(Period::semester(2026, 2)), QStringLiteral("SEMESTER II-AKHIR"));
        QCOMPARE(periodKindText(Period::month(2026, 3)), QStringLiteral("BULANAN (MARET)"));
        QCOMPARE(periodRangeText(Period()), QString());
    }

    void paperSizes()
    {
        const QSizeF a4 = pageSize(Paper::A4).size(QPageSize::Millimeter);
        QCOMPARE(qRound(a4.width()), 210);
        QCOMPARE(qRound(a4.height()), 297);
        const QSizeF f4 = pageSize(Paper::F4).size(QPageSize::Millimeter);
        QCOMPARE(qRound(f4.width()), 215);
        QCOMPARE(qRound(f4.height()), 330);
        QCOMPARE(pageLayout(Paper::F4).orientation(), QPageLayout::Portrait);
        Paper p = Paper::A4;
        QVERIFY(parsePaper(QStringLiteral(" F4 "), &p));
        QCOMPARE(p, Paper::F4);
        QVERIFY(!parsePaper(QStringLiteral("letter"), &p));
        QVERIFY(pageMarginsMm().left() >= 20); // room for binding
    }

    void documentsPerScheme()
    {
        QCOMPARE(documentsFor(SchemeKind::PermenPan2022),
                 (QVector<DocumentKind>{DocumentKind::Skp, DocumentKind::Evaluasi,
                                        DocumentKind::DokumenEvaluasi}));
        QCOMPARE(documentsFor(SchemeKind::Pp46),
                 (QVector<DocumentKind>{DocumentKind::NumericSkp,
                                        DocumentKind::PenilaianPrestasiKerja}));
        QCOMPARE(documentsFor(SchemeKind::Pp30),
                 QVector<DocumentKind>{DocumentKind::PenilaianPrestasiKerja});
        QCOMPARE(documentsFor(SchemeKind::Weighted),
                 QVector<DocumentKind>{DocumentKind::WeightedSheet});
        QVERIFY(!documentApplies(DocumentKind::Skp, SchemeKind::Pp46));
        for (const DocumentKind k : allDocumentKinds()) {
            DocumentKind parsed = DocumentKind::Skp;
            QVERIFY(parseDocumentCode(documentCode(k).toUpper(), &parsed));
            QCOMPARE(parsed, k);
            QVERIFY(!documentName(k).isEmpty());
        }
        DocumentKind k;
        QVERIFY(!parseDocumentCode(QStringLiteral("nope"), &k));
    }

    void fileNamesFromNipAndName()
    {
        QCOMPARE(BatchPrinter::fileNameFor(QStringLiteral("198501012010011001"),
                                           QStringLiteral("Budi Santoso")),
                 QStringLiteral("198501012010011001_Budi_Santoso.pdf"));
        const QString odd = BatchPrinter::fileNameFor(
            QStringLiteral("198501012010011001"),
            QStringLiteral("Dr. Ana <Siti>: \"A/B\\C|D?*\", S.Kom., M.M."));
        QCOMPARE(odd, QStringLiteral("198501012010011001_Dr._Ana_Siti_A_B_C_D_S.Kom._M.M.pdf"));
        for (const QChar c : QStringLiteral("<>:\"/\\|?* ,"))
            QVERIFY2(!odd.contains(c), qPrintable(odd));
        QCOMPARE(BatchPrinter::fileNameFor(QStringLiteral("1"), QStringLiteral("Ni Luh Ayu Wíra")),
                 QStringLiteral("1_Ni_Luh_Ayu_Wíra.pdf"));
        QCOMPARE(BatchPrinter::fileNameFor(QString(), QStringLiteral("???")),
                 QStringLiteral("appraisal.pdf"));
    }
};

QTEST_GUILESS_MAIN(TestReportText)
#include "test_report_text.moc"
