#include "employees/employeetablemodel.h"
#include "support/tempdatabase.h"
#include "support/uifixture.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QSignalSpy>
#include <QTest>

using namespace kinerja;
using kinerja::ui::EmployeeTableModel;

class TestEmployeeTableModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void passesModelTester();
    void listsActiveStaffByDefault();
    void includesInactiveOnRequest();
    void filtersByUnit();
    void filtersByText_data();
    void filtersByText();
    void sortsByEveryColumn();
    void sortKeepsPersistentIndexes();
    void countsActiveAndInactive();
    void fetchesRowsOnlyWhenAsked();
    void evictsLeastRecentlyUsedPages();
    void showsDisplayTexts();

private:
    QString nameAt(const EmployeeTableModel &m, int row) const
    {
        return m.data(m.index(row, EmployeeTableModel::NameColumn)).toString();
    }

    TempDatabase m_temp;
    uifixture::Fixture m_f;
};

void TestEmployeeTableModel::initTestCase()
{
    m_f = uifixture::build(m_temp.open());
}

void TestEmployeeTableModel::passesModelTester()
{
    EmployeeTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDatabase(&m_temp.db());
    EmployeeFilter f;
    model.setFilter(f);
    f.includeInactive = true;
    model.setFilter(f);
    f.text = QStringLiteral("santoso");
    model.setFilter(f);
    model.sort(EmployeeTableModel::NipColumn, Qt::DescendingOrder);
    f.text.clear();
    f.unitIds = {m_f.dinas};
    model.setFilter(f);
    for (int c = 0; c < EmployeeTableModel::ColumnCount; ++c)
        model.sort(c, c % 2 ? Qt::AscendingOrder : Qt::DescendingOrder);
    model.refresh();
    model.setPaging(3, 2);
    // Every row read through small pages: fetched, cached, evicted, fetched again.
    for (int pass = 0; pass < 2; ++pass)
        for (int r = 0; r < model.rowCount(); ++r)
            QVERIFY(!nameAt(model, r).isEmpty());
    QCOMPARE(model.cachedPageCount(), 2);
    model.setDatabase(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestEmployeeTableModel::listsActiveStaffByDefault()
{
    EmployeeTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDatabase(&m_temp.db());
    QCOMPARE(model.rowCount(), m_f.activeCount);
    QCOMPARE(model.columnCount(), 6);
    for (const qint64 id : std::as_const(m_f.inactive))
        QCOMPARE(model.rowOfEmployee(id), -1);
}

void TestEmployeeTableModel::includesInactiveOnRequest()
{
    EmployeeTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDatabase(&m_temp.db());
    EmployeeFilter f;
    f.includeInactive = true;
    model.setFilter(f);
    QCOMPARE(model.rowCount(), m_f.activeCount + m_f.inactiveCount);
    const int row = model.rowOfEmployee(m_f.inactive.first());
    QVERIFY(row >= 0);
    QCOMPARE(model.data(model.index(row, 0), EmployeeTableModel::ActiveRole).toBool(), false);
    QVERIFY(model.data(model.index(row, 0), Qt::ForegroundRole).isValid());
}

void TestEmployeeTableModel::filtersByUnit()
{
    EmployeeTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDatabase(&m_temp.db());
    EmployeeFilter f;
    f.unitIds = {m_f.bkpsdm};
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 6);
    f.unitIds = {m_f.bkpsdm, m_f.mutasi, m_f.pengembangan};
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 16);
    f.unitIds = {m_f.kelurahan};
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 0); // all three in the kelurahan have left
    f.includeInactive = true;
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 3);
}

void TestEmployeeTableModel::filtersByText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");
    QTest::newRow("name word") << QStringLiteral("santoso") << 2;
    QTest::newRow("case-insensitive") << QStringLiteral("SANTOSO") << 2;
    QTest::newRow("two words") << QStringLiteral("budi santoso") << 1;
    QTest::newRow("jabatan") << QStringLiteral("analis") << 9;
    QTest::newRow("nip prefix") << uifixture::nipFor(3, false).left(8) << 1;
    QTest::newRow("nothing") << QStringLiteral("zzzz") << 0;
    QTest::newRow("empty") << QString() << 27;
}

void TestEmployeeTableModel::filtersByText()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    EmployeeTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDatabase(&m_temp.db());
    EmployeeFilter f;
    f.text = text;
    model.setFilter(f);
    QCOMPARE(model.rowCount(), expected);
}

void TestEmployeeTableModel::sortsByEveryColumn()
{
    EmployeeTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDatabase(&m_temp.db());
    QCOMPARE(model.sortColumn(), int(EmployeeTableModel::NameColumn));
    QStringList names;
    for (int r = 0; r < model.rowCount(); ++r)
        names << nameAt(model, r);
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end(),
              [](const QString &a, const QString &b) { return a.toLower() < b.toLower(); });
    QCOMPARE(names, sorted);

    model.sort(EmployeeTableModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(nameAt(model, 0), sorted.last());
    QCOMPARE(nameAt(model, model.rowCount() - 1), sorted.first());

    model.sort(EmployeeTableModel::NipColumn, Qt::AscendingOrder);
    QStringList nips;
    for (int r = 0; r < model.rowCount(); ++r)
        nips << Nip::normalize(
            model.data(model.index(r, EmployeeTableModel::NipColumn)).toString());
    QStringList sortedNips = nips;
    std::sort(sortedNips.begin(), sortedNips.end());
    QCOMPARE(nips, sortedNips);

    for (int c = 0; c < EmployeeTableModel::ColumnCount; ++c) {
        model.sort(c, Qt::AscendingOrder);
        QCOMPARE(model.rowCount(), m_f.activeCount);
        QCOMPARE(model.sortColumn(), c);
    }
}

void TestEmployeeTableModel::sortKeepsPersistentIndexes()
{
    EmployeeTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDatabase(&m_temp.db());
    const qint64 id = m_f.employees.at(5);
    const QPersistentModelIndex p(model.index(model.rowOfEmployee(id), 1));
    model.sort(EmployeeTableModel::NipColumn, Qt::DescendingOrder);
    QVERIFY(p.isValid());
    QCOMPARE(model.employeeId(p.row()), id);
}

void TestEmployeeTableModel::countsActiveAndInactive()
{
    EmployeeTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reloaded(&model, &EmployeeTableModel::reloaded);
    model.setDatabase(&m_temp.db());
    QCOMPARE(reloaded.count(), 1);
    QCOMPARE(model.counts().active, 27);
    QCOMPARE(model.counts().inactive, 3);
    EmployeeFilter f;
    f.unitIds = {m_f.kecamatan, m_f.kelurahan};
    model.setFilter(f);
    QCOMPARE(model.counts().active, 3);
    QCOMPARE(model.counts().inactive, 3);
    f.unitIds = {m_f.bkpsdm};
    f.text = QStringLiteral("zzz-nobody");
    model.setFilter(f);
    QCOMPARE(model.counts().active, 0);
    QCOMPARE(model.counts().inactive, 0);
    f.text.clear();
    model.setFilter(f);
    QCOMPARE(model.counts().active, 6);
}

void TestEmployeeTableModel::fetchesRowsOnlyWhenAsked()
{
    // No model tester here: it reads row 0 on every reset, which fetches the page this test
    // counts. passesModelTester pages through the same model under the tester.
    EmployeeTableModel model;
    model.setPaging(4, 3);
    model.setDatabase(&m_temp.db());
    QCOMPARE(model.rowCount(), 27);
    // Only ids so far: nothing fetched, nothing cached.
    QCOMPARE(model.pageFetchCount(), 0);
    QCOMPARE(model.cachedPageCount(), 0);
    QVERIFY(model.employeeId(20) != 0);
    QCOMPARE(model.pageFetchCount(), 0);

    QVERIFY(!nameAt(model, 5).isEmpty()); // page 1 (rows 4-7)
    QCOMPARE(model.pageFetchCount(), 1);
    QVERIFY(model.isRowCached(4));
    QVERIFY(model.isRowCached(7));
    QVERIFY(!model.isRowCached(3));
    QVERIFY(!model.isRowCached(8));
    // Rows of a cached page come from the cache.
    for (int r = 4; r < 8; ++r)
        model.data(model.index(r, EmployeeTableModel::JabatanColumn));
    QCOMPARE(model.pageFetchCount(), 1);
    // A filter change drops the cache but fetches nothing by itself.
    EmployeeFilter f;
    f.text = QStringLiteral("a");
    model.setFilter(f);
    QCOMPARE(model.cachedPageCount(), 0);
    QCOMPARE(model.pageFetchCount(), 1);
}

void TestEmployeeTableModel::evictsLeastRecentlyUsedPages()
{
    EmployeeTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPaging(4, 3);
    model.setDatabase(&m_temp.db());
    nameAt(model, 0); // page 0
    nameAt(model, 4); // page 1
    nameAt(model, 8); // page 2
    nameAt(model, 1); // page 0 again: now most recent
    QCOMPARE(model.pageFetchCount(), 3);
    nameAt(model, 12); // page 3 evicts page 1, the least recently used
    QCOMPARE(model.cachedPageCount(), 3);
    QVERIFY(model.isRowCached(0));
    QVERIFY(!model.isRowCached(4));
    QVERIFY(model.isRowCached(8));
    QVERIFY(model.isRowCached(12));
    nameAt(model, 26); // last page
    QCOMPARE(model.cachedPageCount(), 3);
    QCOMPARE(model.pageFetchCount(), 5);
}

void TestEmployeeTableModel::showsDisplayTexts()
{
    EmployeeTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDatabase(&m_temp.db());
    const int row = model.rowOfEmployee(m_f.employees.at(0));
    QVERIFY(row >= 0);
    const auto cell = [&](int column) { return model.data(model.index(row, column)).toString(); };
    QCOMPARE(cell(EmployeeTableModel::NameColumn), QStringLiteral("Budi Santoso, S.Kom."));
    QCOMPARE(cell(EmployeeTableModel::NipColumn), Nip::format(uifixture::nipFor(0, false)));
    QCOMPARE(cell(EmployeeTableModel::GradeColumn), QStringLiteral("II/a"));
    QCOMPARE(cell(EmployeeTableModel::UnitColumn),
             QStringLiteral("Badan Kepegawaian dan Pengembangan SDM"));
    QCOMPARE(cell(EmployeeTableModel::StateColumn), employmentStateName(EmploymentState::Aktif));
    QCOMPARE(model.data(model.index(row, 0), EmployeeTableModel::EmployeeIdRole).toLongLong(),
             m_f.employees.at(0));
    const int pppkRow = model.rowOfEmployee(m_f.employees.at(4));
    QVERIFY(model.data(model.index(pppkRow, EmployeeTableModel::GradeColumn))
                .toString()
                .contains(QStringLiteral("PPPK")));
    QCOMPARE(model.headerData(EmployeeTableModel::NipColumn, Qt::Horizontal).toString(),
             QStringLiteral("NIP"));
}

QTEST_MAIN(TestEmployeeTableModel)
#include "test_employee_table_model.moc"
