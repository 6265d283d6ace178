#include "common/messagebox.h"
#include "shell/agencydialog.h"
#include "storage/settingrepository.h"
#include "support/tempdatabase.h"

#include <QDialogButtonBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace kinerja;
using namespace kinerja::ui;

class TestAgencyDialog : public QObject {
    Q_OBJECT
private slots:
    void init() { MessageBox::setDefaultAnswer(QMessageBox::NoButton); }

    void savesWhatWasTypedAndTheLogo()
    {
        TempDatabase t;
        AgencyDialog dialog(t.open());
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("agencyName"));
        auto *parent = dialog.findChild<QLineEdit *>(QStringLiteral("agencyParent"));
        auto *place = dialog.findChild<QLineEdit *>(QStringLiteral("agencyPlace"));
        QVERIFY(name && parent && place);
        QTest::keyClicks(name, QStringLiteral("Badan Kepegawaian Daerah"));
        QTest::keyClicks(parent, QStringLiteral("PEMERINTAH KABUPATEN SLEMAN"));
        QTest::keyClicks(place, QStringLiteral("Sleman"));

        const QString png = t.dir() + QStringLiteral("/logo.png");
        QImage image(40, 50, QImage::Format_RGB32);
        image.fill(Qt::darkGreen);
        QVERIFY(image.save(png));
        QVERIFY(dialog.loadLogo(png));
        auto *remove = dialog.findChild<QPushButton *>(QStringLiteral("agencyRemoveLogo"));
        QVERIFY(remove->isEnabled());
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("agencyLogo"))->pixmap().isNull());

        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const AgencySettings saved = SettingRepository(t.db()).agency();
        QCOMPARE(saved.name, QStringLiteral("Badan Kepegawaian Daerah"));
        QCOMPARE(saved.parent, QStringLiteral("PEMERINTAH KABUPATEN SLEMAN"));
        QCOMPARE(saved.place, QStringLiteral("Sleman"));
        QCOMPARE(QImage::fromData(saved.logo).size(), QSize(40, 50));

        // Opened again, it shows what is stored; Remove clears the logo.
        AgencyDialog again(t.db());
        QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("agencyName"))->text(), saved.name);
        QTest::mouseClick(again.findChild<QPushButton *>(QStringLiteral("agencyRemoveLogo")),
                          Qt::LeftButton);
        QVERIFY(again.agency().logo.isEmpty());
    }

    void refusesAFileThatIsNoImage()
    {
        TempDatabase t;
        AgencyDialog dialog(t.open());
        const QString path = t.dir() + QStringLiteral("/logo.png");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a picture");
        f.close();
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!dialog.loadLogo(path));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("logo.png")));
        QVERIFY(dialog.agency().logo.isEmpty());
    }

    void emptyNameAsksBeforeSaving()
    {
        TempDatabase t;
        AgencyDialog dialog(t.open());
        dialog.findChild<QLineEdit *>(QStringLiteral("agencyPlace"))
            ->setText(QStringLiteral("Sleman"));
        MessageBox::setNextAnswer(QMessageBox::No);
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(SettingRepository(t.db()).agency().place.isEmpty()); // nothing saved
        MessageBox::setNextAnswer(QMessageBox::Yes);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(SettingRepository(t.db()).agency().place, QStringLiteral("Sleman"));
    }
};

QTEST_MAIN(TestAgencyDialog)
#include "test_agency_dialog.moc"
