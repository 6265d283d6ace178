// Two appraisal editors on one database (two Kinerja windows on the same file): both edit,
// the first saves, the second's save is refused with a box offering Reload or Keep my
// edits. Reload shows the first one's text; Keep leaves the typed text and the dialog dirty.
#include "appraisals/appraisaldialog.h"
#include "common/messagebox.h"
#include "storage/appraisalbulk.h"
#include "storage/appraisalquery.h"
#include "storage/appraisalrepository.h"
#include "storage/periodrepository.h"
#include "storage/schemerepository.h"
#include "support/find.h"
#include "support/tempdatabase.h"
#include "support/uifixture.h"

#include <QApplication>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace kinerja;
using namespace kinerja::ui;
using support::find;

class TestEditConflict : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        uifixture::isolateSettings(m_settings.path());
        QApplication::setApplicationName(QStringLiteral("test_edit_conflict"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void secondSaveOffersReloadOrKeep()
    {
        TempDatabase t;
        Database &db = t.open();
        const uifixture::Fixture f = uifixture::build(db);
        const auto scheme = SchemeRepository(db).findByCode(QStringLiteral("permenpan2022"));
        qint64 periodId = 0;
        VERIFY_OK(PeriodRepository(db).create(Period::quarter(2026, 1), scheme->latestVersionId,
                                              &periodId));
        BulkReport report;
        VERIFY_OK(AppraisalBulk(db, QStringLiteral("test"))
                      .createForUnit(periodId, f.bkpsdm, true, &report));
        AppraisalFilter filter;
        filter.periodId = periodId;
        const qint64 id = AppraisalQuery(db).rows(filter).first().id;
        Database other; // the second window
        VERIFY_OK(other.open(t.location()));

        MessageBox::resetLog();
        MessageBox::clearNextAnswer();
        MessageBox::setDefaultAnswer(QMessageBox::NoButton); // the conflict box really shows
        AppraisalDialog first(db, id), second(other, id);
        first.show();
        second.show();
        auto *firstText = find<QPlainTextEdit>(&first, "rekomendasiEdit");
        auto *secondText = find<QPlainTextEdit>(&second, "rekomendasiEdit");
        firstText->setPlainText(QStringLiteral("Pelatihan analisis data"));
        secondText->setPlainText(QStringLiteral("Kursus kepemimpinan"));
        QTest::mouseClick(find<QPushButton>(&first, "saveAppraisalButton"), Qt::LeftButton);
        QVERIFY(!first.isDirty());
        QVERIFY(second.isDirty());

        QString shown;
        answerConflict("conflictReloadButton", &shown);
        QTest::mouseClick(find<QPushButton>(&second, "saveAppraisalButton"), Qt::LeftButton);
        QVERIFY2(shown.contains(QStringLiteral("changed this appraisal at")), qPrintable(shown));
        QCOMPARE(secondText->toPlainText(), QStringLiteral("Pelatihan analisis data"));
        QVERIFY(!second.isDirty());
        QCOMPARE(AppraisalRepository(other).find(id)->rekomendasi,
                 QStringLiteral("Pelatihan analisis data"));

        // Keep my edits: the typed text stays, unsaved, and a later save is refused again.
        secondText->setPlainText(QStringLiteral("Kursus kepemimpinan"));
        firstText->setPlainText(QStringLiteral("Magang di BKN"));
        QTest::mouseClick(find<QPushButton>(&first, "saveAppraisalButton"), Qt::LeftButton);
        QVERIFY(!first.isDirty());
        answerConflict("conflictKeepButton", &shown);
        QVERIFY(!second.save());
        QCOMPARE(secondText->toPlainText(), QStringLiteral("Kursus kepemimpinan"));
        QVERIFY(second.isDirty());
        answerConflict("conflictKeepButton", &shown);
        QVERIFY(!second.save());
        QCOMPARE(AppraisalRepository(db).find(id)->rekomendasi, QStringLiteral("Magang di BKN"));
        MessageBox::setDefaultAnswer(QMessageBox::Cancel);
    }

private:
    // Waits for the conflict box, checks both buttons are there, clicks `button`.
    static void answerConflict(const char *button, QString *text)
    {
        auto *timer = new QTimer;
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, timer, [timer, button, text] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            timer->stop();
            timer->deleteLater();
            *text = box->text();
            QVERIFY(box->findChild<QPushButton *>(QStringLiteral("conflictReloadButton")));
            QVERIFY(box->findChild<QPushButton *>(QStringLiteral("conflictKeepButton")));
            QTest::mouseClick(box->findChild<QPushButton *>(QLatin1String(button)), Qt::LeftButton);
        });
        timer->start();
    }

    QTemporaryDir m_settings;
};

QTEST_MAIN(TestEditConflict)
#include "test_edit_conflict.moc"
