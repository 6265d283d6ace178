// The scheme editor validates weights live: a total other than exactly 100%
// blocks saving; fractional weights (basis points) total exactly.
#include "common/messagebox.h"
#include "schemes/schemeeditordialog.h"
#include "schemes/schemespage.h"
#include "shell/mainwindow.h"
#include "storage/schemerepository.h"
#include "support/find.h"
#include "support/uifixture.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace kinerja;
using kinerja::ui::MainWindow;
using kinerja::ui::MessageBox;
using support::find;

class TestSchemeEditor : public QObject, uifixture::MainWindowTest {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void weightsNotTotalling100BlockSaving();
    void weightsInTheIndonesianNotation();
    void editingAFrozenVersionMakesANewOne();
    void distributionRulesAreEditedAsData();

private:
    static void type(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }
};

void TestSchemeEditor::initTestCase()
{
    isolateApplication(QStringLiteral("test_scheme_editor"));
    // The English UI's notation ("99.25%") whatever LANG is; Indonesian where named.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestSchemeEditor::init()
{
    openWindow();
    QVERIFY(m_window);
    m_window->showPage(MainWindow::SchemesPageIndex);
}

void TestSchemeEditor::cleanup()
{
    closeWindow();
}

void TestSchemeEditor::weightsNotTotalling100BlockSaving()
{
    const int schemesBefore =
        static_cast<int>(SchemeRepository(*m_window->database()).all().size());
    QTest::mouseClick(find<QPushButton>(m_window, "newSchemeButton"), Qt::LeftButton);
    auto *dialog = find<ui::SchemeEditorDialog>(m_window, "schemeEditorDialog");
    auto *save = find<QPushButton>(dialog, "saveSchemeButton");
    auto *sum = find<QLabel>(dialog, "weightSumLabel");
    auto *message = find<QLabel>(dialog, "schemeMessage");
    QVERIFY2(sum->text().contains(QStringLiteral("100%")), qPrintable(sum->text()));
    QVERIFY(save->isEnabled());

    // 25% → 24.25%: the total is 99.25%, shown at once; saving is blocked.
    type(find<QLineEdit>(dialog, "weightEdit_0"), QStringLiteral("24.25"));
    QVERIFY2(sum->text().contains(QStringLiteral("99.25%")), qPrintable(sum->text()));
    QVERIFY(!save->isEnabled());
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("99.25")), qPrintable(message->text()));
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QCOMPARE(SchemeRepository(*m_window->database()).all().size(), schemesBefore);

    // Not a percentage: marked, still blocked.
    type(find<QLineEdit>(dialog, "weightEdit_1"), QStringLiteral("25,5x"));
    QVERIFY(!save->isEnabled());
    QVERIFY(message->text().contains(QStringLiteral("25,5x")));

    // 0.75% elsewhere makes it exactly 100% again: 24.25 + 25.75 + … = 100.
    type(find<QLineEdit>(dialog, "weightEdit_1"), QStringLiteral("25.75"));
    QVERIFY2(sum->text().contains(QStringLiteral("100%")), qPrintable(sum->text()));
    QVERIFY(save->isEnabled());
    QVERIFY(!message->isVisible());
    type(find<QLineEdit>(dialog, "schemeNameEdit"), QStringLiteral("Kinerja layanan kecamatan"));
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));

    const SchemeRepository repo(*m_window->database());
    QCOMPARE(repo.all().size(), schemesBefore + 1);
    const auto info = repo.find(dialog->savedSchemeId());
    QVERIFY(info.has_value());
    QCOMPARE(info->name, QStringLiteral("Kinerja layanan kecamatan"));
    SchemeDefinition stored;
    QVERIFY(repo.load(info->latestVersionId, &stored));
    QCOMPARE(stored.weighted.indicators.at(0).weightBp, 2425);
    QCOMPARE(stored.weighted.indicators.at(1).weightBp, 2575);
}

void TestSchemeEditor::weightsInTheIndonesianNotation()
{
    // The Indonesian UI writes a decimal comma: the total, the hint and the fields.
    QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    QTest::mouseClick(find<QPushButton>(m_window, "newSchemeButton"), Qt::LeftButton);
    auto *dialog = find<ui::SchemeEditorDialog>(m_window, "schemeEditorDialog");
    auto *sum = find<QLabel>(dialog, "weightSumLabel");
    QString hint;
    const auto labels = dialog->findChildren<QLabel *>();
    for (const QLabel *l : labels)
        if (l->text().contains(QStringLiteral("<b>Indicators</b>")))
            hint = l->text();
    QVERIFY2(hint.contains(QStringLiteral("(0,75 is 0,75%)")), qPrintable(hint));
    type(find<QLineEdit>(dialog, "weightEdit_0"), QStringLiteral("24,25"));
    QVERIFY2(sum->text().contains(QStringLiteral("99,25%")), qPrintable(sum->text()));
    QVERIFY2(!sum->text().contains(QStringLiteral("99.25")), qPrintable(sum->text()));
    QVERIFY(!find<QPushButton>(dialog, "saveSchemeButton")->isEnabled());
    type(find<QLineEdit>(dialog, "weightEdit_1"), QStringLiteral("25,75"));
    QVERIFY2(sum->text().contains(QStringLiteral("100%")), qPrintable(sum->text()));
    dialog->reject();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestSchemeEditor::editingAFrozenVersionMakesANewOne()
{
    // A weighted scheme used by a period's appraisal is frozen.
    SchemeRepository repo(*m_window->database());
    qint64 schemeId = 0;
    qint64 versionId = 0;
    QVERIFY(repo.create(SchemeDefinition::builtin(SchemeKind::Weighted), &schemeId, &versionId,
                        QStringLiteral("custom-test")));
    m_window->schemesPage()->reload();
    m_window->schemesPage()->selectScheme(schemeId);
    QTest::mouseClick(find<QPushButton>(m_window, "editSchemeButton"), Qt::LeftButton);
    auto *dialog = find<ui::SchemeEditorDialog>(m_window, "schemeEditorDialog");
    QVERIFY(find<QLabel>(dialog, "frozenNoteLabel")->text().contains(QStringLiteral("in place")));
    dialog->reject();
}

void TestSchemeEditor::distributionRulesAreEditedAsData()
{
    SchemeRepository repo(*m_window->database());
    const auto permen = repo.findByCode(QStringLiteral("permenpan2022"));
    m_window->schemesPage()->selectScheme(permen->id);
    QTest::mouseClick(find<QPushButton>(m_window, "editSchemeButton"), Qt::LeftButton);
    auto *dialog = find<ui::SchemeEditorDialog>(m_window, "schemeEditorDialog");
    auto *table = find<QTableWidget>(dialog, "distributionTable");
    auto *save = find<QPushButton>(dialog, "saveSchemeButton");
    // The circular's rules: 1 Istimewa + 2 Baik + 2 Butuh Perbaikan + 3 Kurang + 3 Sangat Kurang.
    QCOMPARE(table->rowCount(), 11);
    const auto organisationOf = [table](int row) {
        return qobject_cast<QComboBox *>(table->cellWidget(row, 0))->currentText();
    };
    int baikAtMost = -1;
    for (int r = 0; r < table->rowCount() && baikAtMost < 0; ++r)
        if (organisationOf(r) == QStringLiteral("Baik") &&
            table->item(r, 7)->text() == QStringLiteral("70"))
            baikAtMost = r;
    QVERIFY(baikAtMost >= 0);

    // Not a whole percentage: Save is blocked and the rule is named.
    table->item(baikAtMost, 7)->setText(QStringLiteral("7o"));
    QVERIFY(!save->isEnabled());
    QVERIFY(find<QLabel>(dialog, "schemeMessage")->text().contains(QStringLiteral("7o")));
    // At least above at most: blocked too.
    table->item(baikAtMost, 7)->setText(QStringLiteral("80"));
    table->item(baikAtMost, 6)->setText(QStringLiteral("90"));
    QVERIFY(!save->isEnabled());
    table->item(baikAtMost, 6)->setText(QStringLiteral("0"));
    QVERIFY(save->isEnabled());
    // Remove the "some Butuh Perbaikan and/or Kurang" rule of Baik.
    table->setCurrentCell(baikAtMost + 1, 1);
    QCOMPARE(organisationOf(baikAtMost + 1), QStringLiteral("Baik"));
    QTest::mouseClick(find<QPushButton>(dialog, "removeDistributionRuleButton"), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 10);
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));

    SchemeDefinition stored;
    QVERIFY(repo.load(dialog->savedVersionId(), &stored));
    const DistributionPattern baik = patternFor(stored.distribution, OrganisationPredikat::Baik);
    QCOMPARE(baik.quotas.size(), 1);
    QCOMPARE(baik.quotas.first().maxPercent, 80);
    QCOMPARE(patternFor(stored.distribution, OrganisationPredikat::Kurang).quotas.size(), 3);
}

QTEST_MAIN(TestSchemeEditor)
#include "test_scheme_editor.moc"
