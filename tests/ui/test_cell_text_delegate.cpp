// CellTextDelegate paints what QStyledItemDelegate paints (text, colour, alignment,
// eliding, selection), pixel for pixel, and lays each distinct text out only once.
#include "common/celltextdelegate.h"

#include <QDir>
#include <QImage>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTest>

using namespace kinerja::ui;

namespace {

QStandardItemModel *makeModel(QObject *parent)
{
    auto *model = new QStandardItemModel(0, 3, parent);
    const QStringList units{QStringLiteral("Dinas Kesehatan"),
                            QStringLiteral("Badan Kepegawaian dan Pengembangan SDM Daerah")};
    for (int r = 0; r < 12; ++r) {
        auto *name =
            new QStandardItem(QStringLiteral("Pegawai Nomor %1 Yang Namanya Cukup Panjang").arg(r));
        auto *nip = new QStandardItem(QStringLiteral("19850101201001100%1").arg(r % 10));
        nip->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *unit = new QStandardItem(units.at(r % 2));
        if (r % 3 == 0)
            unit->setForeground(Qt::gray); // an inactive employee's row
        model->appendRow({name, nip, unit});
    }
    return model;
}

QImage paint(QTableView *view)
{
    view->viewport()->repaint();
    return view->viewport()->grab().toImage();
}

} // namespace

class TestCellTextDelegate : public QObject {
    Q_OBJECT
private slots:
    void paintsLikeTheStyledDelegate()
    {
        QTableView view;
        view.setModel(makeModel(&view));
        view.setAlternatingRowColors(true);
        view.setWordWrap(false);
        view.setTextElideMode(Qt::ElideRight);
        view.setSelectionBehavior(QAbstractItemView::SelectRows);
        view.setColumnWidth(0, 140); // the names are elided
        view.setColumnWidth(1, 200);
        view.setColumnWidth(2, 260);
        view.resize(700, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.selectRow(4);

        auto *styled = new QStyledItemDelegate(&view);
        view.setItemDelegate(styled);
        const QImage expected = paint(&view);
        auto *cells = new CellTextDelegate(&view);
        view.setItemDelegate(cells);
        const QImage actual = paint(&view);

        QCOMPARE(actual.size(), expected.size());
        int differing = 0;
        for (int y = 0; y < actual.height(); ++y)
            for (int x = 0; x < actual.width(); ++x)
                differing += actual.pixel(x, y) != expected.pixel(x, y);
        if (differing > 0) {
            expected.save(QDir::temp().filePath(QStringLiteral("celltext-expected.png")));
            actual.save(QDir::temp().filePath(QStringLiteral("celltext-actual.png")));
        }
        QCOMPARE(differing, 0);
    }

    void eachTextIsLaidOutOnce()
    {
        QTableView view;
        view.setModel(makeModel(&view));
        auto *cells = new CellTextDelegate(&view);
        view.setItemDelegate(cells);
        view.resize(700, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.selectionModel()->clearCurrentIndex(); // the focused cell is the style's to paint
        paint(&view);
        const int distinct = cells->cachedTexts();
        QCOMPARE(distinct, 12 + 10 + 2); // names, NIPs, two units
        paint(&view);
        QCOMPARE(cells->cachedTexts(), distinct);
        view.setColumnWidth(2, 90); // a narrower column elides anew
        paint(&view);
        QCOMPARE(cells->cachedTexts(), distinct + 2);
    }
};

QTEST_MAIN(TestCellTextDelegate)
#include "test_cell_text_delegate.moc"
