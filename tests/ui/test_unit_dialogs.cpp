#include "common/fieldmessage.h"
#include "support/tempdatabase.h"
#include "support/uifixture.h"
#include "units/chooseunitdialog.h"
#include "units/unitdialog.h"
#include "units/unittreemodel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeView>

using namespace kinerja;
using kinerja::ui::ChooseUnitDialog;
using kinerja::ui::FieldMessage;
using kinerja::ui::UnitDialog;

class TestUnitDialogs : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void createsASubUnitOfTheRightKind();
    void duplicateNameIsShownAtTheName();
    void refusedMoveIsExplainedInTheDialog();
    void filterFindsUnitsDeepInTheTree();

private:
    void chooseInTree(ChooseUnitDialog &dialog, qint64 unitId);

    TempDatabase m_temp;
    uifixture::Fixture m_f;
};

void TestUnitDialogs::initTestCase()
{
    m_f = uifixture::build(m_temp.open());
}

void TestUnitDialogs::createsASubUnitOfTheRightKind()
{
    UnitDialog dialog(m_temp.db(), m_f.kecamatan);
    dialog.show();
    auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("unitKindCombo"));
    QCOMPARE(kind->currentData().toInt(), int(UnitKind::Kelurahan));
    auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveButton"));
    QVERIFY(!save->isEnabled());
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("unitNameEdit")),
                     QStringLiteral("Desa Sukasari"));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const std::optional<Unit> u = UnitRepository(m_temp.db()).find(dialog.createdId());
    QVERIFY(u.has_value());
    QCOMPARE(u->name, QStringLiteral("Desa Sukasari"));
    QCOMPARE(u->parentId, m_f.kecamatan);
    QCOMPARE(u->kind, UnitKind::Kelurahan);
}

void TestUnitDialogs::duplicateNameIsShownAtTheName()
{
    UnitDialog dialog(m_temp.db(), m_f.bkpsdm);
    dialog.show();
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("unitNameEdit")),
                     QStringLiteral("Bidang Mutasi"));
    auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveButton"));
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    auto *error = dialog.findChild<FieldMessage *>(QStringLiteral("unitNameError"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("Bidang Mutasi")), qPrintable(error->text()));
    QVERIFY(!save->isEnabled());
}

void TestUnitDialogs::chooseInTree(ChooseUnitDialog &dialog, qint64 unitId)
{
    dialog.setCurrentUnit(unitId);
    QCOMPARE(dialog.selectedId(), unitId);
}

void TestUnitDialogs::refusedMoveIsExplainedInTheDialog()
{
    UnitRepository units(m_temp.db());
    ChooseUnitDialog dialog(m_temp.db(), QStringLiteral("Move"), QStringLiteral("Where to?"));
    dialog.setExcluded(m_f.bkpsdm);
    dialog.setApply(
        [&units, this](qint64 target, const QDate &) { return units.move(m_f.bkpsdm, target); });
    dialog.show();
    auto *ok = dialog.findChild<QPushButton *>(QStringLiteral("okButton"));
    // The unit itself cannot be chosen at all.
    chooseInTree(dialog, m_f.bkpsdm);
    QVERIFY(!ok->isEnabled());
    // Under its own bidang: refused by storage, said in the dialog, which stays open.
    chooseInTree(dialog, m_f.mutasi);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    auto *error = dialog.findChild<FieldMessage *>(QStringLiteral("chooseUnitError"));
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QCOMPARE(units.find(m_f.bkpsdm)->parentId, m_f.root);
    // Under Dinas Pendidikan: done.
    chooseInTree(dialog, m_f.dinas);
    QVERIFY(!error->isVisible());
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(units.find(m_f.bkpsdm)->parentId, m_f.dinas);
    QVERIFY(units.move(m_f.bkpsdm, m_f.root));
}

void TestUnitDialogs::filterFindsUnitsDeepInTheTree()
{
    ChooseUnitDialog dialog(m_temp.db(), QStringLiteral("Merge"), QStringLiteral("Into?"));
    dialog.setAskDate(true, QDate(2025, 1, 1));
    dialog.show();
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("chooseUnitFilter")),
                     QStringLiteral("mekar"));
    auto *tree = dialog.findChild<QTreeView *>(QStringLiteral("chooseUnitTree"));
    // Root > Kecamatan > Kelurahan Mekar: the path stays, the rest is hidden.
    QCOMPARE(tree->model()->rowCount(), 1);
    const QModelIndex kecamatan = tree->model()->index(0, 0, tree->model()->index(0, 0));
    QCOMPARE(kecamatan.data().toString(), QStringLiteral("Kecamatan Sukamaju"));
    QCOMPARE(tree->model()->index(0, 0, kecamatan).data().toString(),
             QStringLiteral("Kelurahan Mekar"));
    QCOMPARE(dialog.effectiveDate(), QDate(2025, 1, 1));
}

QTEST_MAIN(TestUnitDialogs)
#include "test_unit_dialogs.moc"
