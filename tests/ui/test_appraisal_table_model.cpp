// AppraisalTableModel: the rows AppraisalQuery lists, their ratings read once per row, under
// QAbstractItemModelTester through every reload.
#include "appraisals/appraisaltablemodel.h"
#include "common/appraisaltext.h"
#include "domain/nip.h"
#include "storage/appraisalquery.h"
#include "support/appraisalfixture.h"
#include "support/tempdatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace kinerja;
using kinerja::ui::AppraisalTableModel;

class TestAppraisalTableModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void passesModelTester();
    void showsTheRowsOfTheQuery();
    void readsRatingsOncePerReload();
    void reloadsAsOneReset();

private:
    QVector<AppraisalRow> rows() const
    {
        AppraisalFilter filter;
        filter.periodId = m_w.q1;
        return AppraisalQuery(m_temp.db()).rows(filter);
    }
    // Every cell in every role the view asks for, so that a bad index or role shows.
    static void readAll(const AppraisalTableModel &model)
    {
        for (int r = 0; r < model.rowCount(); ++r)
            for (int c = 0; c < model.columnCount(); ++c)
                for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole),
                                       int(Qt::BackgroundRole), int(Qt::TextAlignmentRole),
                                       AppraisalTableModel::IdRole, AppraisalTableModel::StateRole})
                    model.data(model.index(r, c), role);
    }

    mutable TempDatabase m_temp;
    AppraisalWorld m_w;
    qint64 m_budi = 0, m_siti = 0, m_rina = 0;
};

void TestAppraisalTableModel::initTestCase()
{
    Database &db = m_temp.open();
    m_w.build(db);
    m_budi = AppraisalWorld::appraisal(db, m_w.staff1.id, m_w.q1);
    m_siti = AppraisalWorld::appraisal(db, m_w.staff2.id, m_w.q1);
    m_rina = AppraisalWorld::appraisal(db, m_w.staffB.id, m_w.q1);
    VERIFY_OK(AppraisalRepository(db).setRatings(m_budi, Rating::DiAtasEkspektasi,
                                                 Rating::SesuaiEkspektasi));
}

void TestAppraisalTableModel::passesModelTester()
{
    AppraisalTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDatabase(&m_temp.db());
    QCOMPARE(model.rowCount(), 0);
    const QVector<AppraisalRow> all = rows();
    QCOMPARE(all.size(), 3);
    model.setRows(all);
    readAll(model);
    model.setRows(all.mid(1));
    readAll(model);
    model.setRows({});
    model.setRows(all);
    readAll(model);
    model.setDatabase(nullptr); // drops the rows
    QCOMPARE(model.rowCount(), 0);
    model.setRows(all); // rows without a database: no ratings, no crash
    readAll(model);
    QCOMPARE(model.rowCount(), 3);
}

void TestAppraisalTableModel::showsTheRowsOfTheQuery()
{
    AppraisalTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDatabase(&m_temp.db());
    model.setRows(rows());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(AppraisalTableModel::ColumnCount));
    QCOMPARE(model.rowCount(model.index(0, 0)), 0); // a table: no children
    QCOMPARE(model.rowOfAppraisal(-1), -1);
    QVERIFY(!model.row(3));
    QVERIFY(!model.data(model.index(3, 0)).isValid());

    const int budi = model.rowOfAppraisal(m_budi);
    QVERIFY(budi >= 0);
    QCOMPARE(model.row(budi)->id, m_budi);
    QCOMPARE(model.index(budi, 0).data(AppraisalTableModel::IdRole).toLongLong(), m_budi);
    QCOMPARE(model.index(budi, 0).data(AppraisalTableModel::StateRole).toInt(),
             int(AppraisalState::Draft));
    QCOMPARE(model.index(budi, AppraisalTableModel::NipColumn).data().toString(),
             Nip::format(m_w.staff1.nip));
    QCOMPARE(model.index(budi, AppraisalTableModel::NameColumn).data().toString(),
             QStringLiteral("Budi Santoso"));
    QCOMPARE(model.index(budi, AppraisalTableModel::HasilColumn).data().toString(),
             ui::AppraisalText::ratingText(Rating::DiAtasEkspektasi));
    QCOMPARE(model.index(budi, AppraisalTableModel::PerilakuColumn).data().toString(),
             ui::AppraisalText::ratingText(Rating::SesuaiEkspektasi));
    QCOMPARE(model.index(budi, AppraisalTableModel::StateColumn).data().toString(),
             appraisalStateName(AppraisalState::Draft));

    // Rina's unit has no head: nobody rates her, and her appraisal has no result.
    const int rina = model.rowOfAppraisal(m_rina);
    QVERIFY(rina >= 0);
    QCOMPARE(model.index(rina, AppraisalTableModel::RaterColumn).data().toString(),
             QStringLiteral("(none)"));
    const QModelIndex predikat = model.index(rina, AppraisalTableModel::PredikatColumn);
    QCOMPARE(predikat.data().toString(), QStringLiteral("incomplete"));
    QVERIFY(!predikat.data(Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(model.index(rina, AppraisalTableModel::ScoreColumn).data().toString().isEmpty());
    QCOMPARE(model.index(rina, AppraisalTableModel::ScoreColumn).data(Qt::TextAlignmentRole),
             QVariant(Qt::AlignRight | Qt::AlignVCenter));

    QCOMPARE(model.headerData(AppraisalTableModel::NipColumn, Qt::Horizontal).toString(),
             QStringLiteral("NIP"));
    QCOMPARE(model.headerData(AppraisalTableModel::ScoreColumn, Qt::Horizontal).toString(),
             QStringLiteral("Score"));
}

void TestAppraisalTableModel::readsRatingsOncePerReload()
{
    AppraisalTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDatabase(&m_temp.db());
    model.setRows(rows());
    const int siti = model.rowOfAppraisal(m_siti);
    const QModelIndex hasil = model.index(siti, AppraisalTableModel::HasilColumn);
    const QString unrated = hasil.data().toString();
    QCOMPARE(unrated, ui::AppraisalText::ratingText(std::nullopt));

    VERIFY_OK(AppraisalRepository(m_temp.db())
                  .setRatings(m_siti, Rating::DiBawahEkspektasi, Rating::SesuaiEkspektasi));
    QCOMPARE(hasil.data().toString(), unrated); // read once for the row, until a reload
    model.setRows(rows());
    QCOMPARE(model.index(model.rowOfAppraisal(m_siti), AppraisalTableModel::HasilColumn)
                 .data()
                 .toString(),
             ui::AppraisalText::ratingText(Rating::DiBawahEkspektasi));
    VERIFY_OK(AppraisalRepository(m_temp.db()).setRatings(m_siti, std::nullopt, std::nullopt));
}

void TestAppraisalTableModel::reloadsAsOneReset()
{
    AppraisalTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setDatabase(&m_temp.db());
    model.setRows(rows());
    model.setRows(rows().mid(2));
    QCOMPARE(reset.count(), 3);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(model.rowCount(), 1);
}

QTEST_MAIN(TestAppraisalTableModel)
#include "test_appraisal_table_model.moc"
