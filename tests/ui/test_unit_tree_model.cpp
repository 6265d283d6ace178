#include "support/tempdatabase.h"
#include "support/uifixture.h"
#include "units/unittreemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace kinerja;
using kinerja::ui::UnitTreeModel;

class TestUnitTreeModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void passesModelTester();
    void buildsTheTree();
    void ordersSiblingsByName();
    void countsStaff();
    void followsInactiveAndSubunitToggles();
    void givesSubtreesAndFlatList();
    void renamesThroughSetData();
    void reportsRefusedRename();

private:
    QModelIndex child(const UnitTreeModel &m, const QModelIndex &parent, int row) const
    {
        return m.index(row, 0, parent);
    }

    TempDatabase m_temp;
    uifixture::Fixture m_f;
};

void TestUnitTreeModel::initTestCase()
{
    m_f = uifixture::build(m_temp.open());
}

void TestUnitTreeModel::passesModelTester()
{
    UnitTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDatabase(&m_temp.db());
    model.setIncludeInactive(true);
    model.setCountSubunits(false);
    model.setIncludeInactive(false);
    model.reload();
    model.setData(model.indexOfUnit(m_f.bidangSd), QStringLiteral("Bidang Sekolah Dasar"));
    model.setData(model.indexOfUnit(m_f.bidangSd), QStringLiteral("Bidang SD"));
    model.setDatabase(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestUnitTreeModel::buildsTheTree()
{
    UnitTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDatabase(&m_temp.db());
    QCOMPARE(model.unitCount(), 8);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), 2);
    const QModelIndex root = model.index(0, 0);
    QCOMPARE(model.unitId(root), m_f.root);
    QCOMPARE(model.rowCount(root), 3);
    QVERIFY(!model.parent(root).isValid());
    const QModelIndex bkpsdm = model.indexOfUnit(m_f.bkpsdm);
    QCOMPARE(model.parent(bkpsdm), root);
    QCOMPARE(model.rowCount(bkpsdm), 2);
    QCOMPARE(model.data(bkpsdm).toString(),
             QStringLiteral("Badan Kepegawaian dan Pengembangan SDM"));
    QCOMPARE(model.data(bkpsdm, UnitTreeModel::DepthRole).toInt(), 1);
    QCOMPARE(model.data(model.indexOfUnit(m_f.mutasi), UnitTreeModel::DepthRole).toInt(), 2);
    QCOMPARE(model.data(bkpsdm, UnitTreeModel::HeadIdRole).toLongLong(), m_f.employees.at(0));
    QVERIFY(model.data(bkpsdm, Qt::ToolTipRole).toString().contains(QStringLiteral("Budi")));
    QVERIFY(model.flags(bkpsdm) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.indexOfUnit(m_f.bkpsdm, UnitTreeModel::StaffColumn)) &
              Qt::ItemIsEditable));
    QCOMPARE(model.unit(m_f.kelurahan)->kind, UnitKind::Kelurahan);
    QVERIFY(!model.indexOfUnit(99999).isValid());
}

void TestUnitTreeModel::ordersSiblingsByName()
{
    UnitTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDatabase(&m_temp.db());
    const QModelIndex root = model.index(0, 0);
    QStringList names;
    for (int r = 0; r < model.rowCount(root); ++r)
        names << model.data(child(model, root, r)).toString();
    QCOMPARE(names, (QStringList{QStringLiteral("Badan Kepegawaian dan Pengembangan SDM"),
                                 QStringLiteral("Dinas Pendidikan"),
                                 QStringLiteral("Kecamatan Sukamaju")}));
}

void TestUnitTreeModel::countsStaff()
{
    UnitTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDatabase(&m_temp.db());
    QCOMPARE(model.ownStaff(m_f.bkpsdm), 6);
    QCOMPARE(model.totalStaff(m_f.bkpsdm), 16);
    QCOMPARE(model.totalStaff(m_f.root), 27);
    QCOMPARE(model.ownStaff(m_f.root), 0);
    QCOMPARE(model.totalStaff(m_f.kecamatan), 3);
    QCOMPARE(model.totalStaff(m_f.kelurahan), 0);
    const QModelIndex staff = model.indexOfUnit(m_f.bkpsdm, UnitTreeModel::StaffColumn);
    QCOMPARE(model.data(staff).toString(), QStringLiteral("16"));
    QCOMPARE(model.data(staff, UnitTreeModel::OwnStaffRole).toInt(), 6);
}

void TestUnitTreeModel::followsInactiveAndSubunitToggles()
{
    UnitTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDatabase(&m_temp.db());
    QSignalSpy changed(&model, &UnitTreeModel::dataChanged);
    model.setIncludeInactive(true);
    QVERIFY(changed.count() > 0);
    QCOMPARE(model.totalStaff(m_f.root), 30);
    QCOMPARE(model.ownStaff(m_f.kelurahan), 3);
    changed.clear();
    model.setCountSubunits(false);
    QVERIFY(changed.count() > 0);
    QCOMPARE(model.data(model.indexOfUnit(m_f.bkpsdm, UnitTreeModel::StaffColumn)).toString(),
             QStringLiteral("6"));
}

void TestUnitTreeModel::givesSubtreesAndFlatList()
{
    UnitTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDatabase(&m_temp.db());
    QVector<qint64> sub = model.subtreeIds(m_f.bkpsdm);
    std::sort(sub.begin(), sub.end());
    QVector<qint64> expected{m_f.bkpsdm, m_f.mutasi, m_f.pengembangan};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(sub, expected);
    QCOMPARE(model.subtreeIds(m_f.root).size(), 8);
    QCOMPARE(model.subtreeIds(m_f.kelurahan), QVector<qint64>{m_f.kelurahan});

    const QVector<QPair<Unit, int>> flat = model.flattened();
    QCOMPARE(flat.size(), 8);
    QCOMPARE(flat.at(0).first.id, m_f.root);
    QCOMPARE(flat.at(0).second, 0);
    QCOMPARE(flat.at(1).first.id, m_f.bkpsdm);
    QCOMPARE(flat.at(2).first.id, m_f.mutasi);
    QCOMPARE(flat.at(2).second, 2);
    QCOMPARE(flat.at(3).first.id, m_f.pengembangan);
    QCOMPARE(flat.at(4).first.id, m_f.dinas);
}

void TestUnitTreeModel::renamesThroughSetData()
{
    UnitTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDatabase(&m_temp.db());
    QSignalSpy renamed(&model, &UnitTreeModel::unitRenamed);
    const QModelIndex index = model.indexOfUnit(m_f.pengembangan);
    QVERIFY(model.setData(index, QStringLiteral("  Bidang Pengembangan  Kompetensi ")));
    QCOMPARE(renamed.count(), 1);
    QCOMPARE(model.data(index).toString(), QStringLiteral("Bidang Pengembangan Kompetensi"));
    QCOMPARE(UnitRepository(m_temp.db()).find(m_f.pengembangan)->name,
             QStringLiteral("Bidang Pengembangan Kompetensi"));
    QVERIFY(model.setData(index, QStringLiteral("Bidang Pengembangan")));
}

void TestUnitTreeModel::reportsRefusedRename()
{
    UnitTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDatabase(&m_temp.db());
    QSignalSpy failed(&model, &UnitTreeModel::renameFailed);
    const QModelIndex index = model.indexOfUnit(m_f.pengembangan);
    // A sibling already has this name.
    QVERIFY(!model.setData(index, QStringLiteral("Bidang Mutasi")));
    QCOMPARE(failed.count(), 1);
    QVERIFY(!failed.first().first().toString().isEmpty());
    QVERIFY(!model.setData(index, QString()));
    QCOMPARE(failed.count(), 2);
    QCOMPARE(UnitRepository(m_temp.db()).find(m_f.pengembangan)->name,
             QStringLiteral("Bidang Pengembangan"));
}

QTEST_MAIN(TestUnitTreeModel)
#include "test_unit_tree_model.moc"
