#include "uimeasurements.h"

#include "employees/employeetablemodel.h"
#include "shell/mainwindow.h"
#include "storage/database.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

namespace kinerja::bench {

namespace {

double elapsedMs(const QElapsedTimer &t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

// Counts the paint events a widget receives, so that a measurement paints the table once,
// as the event loop does after a keystroke, and not a second time on top.
class PaintCounter : public QObject {
public:
    explicit PaintCounter(QWidget *widget) { widget->installEventFilter(this); }
    int count = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++count;
        return false;
    }
};

std::unique_ptr<Database> openDb(const QString &path, QString *error)
{
    auto db = std::make_unique<Database>();
    const Status s = db->open(path);
    if (!s) {
        *error = s.message();
        return nullptr;
    }
    return db;
}

} // namespace

bool measureWindowOpen(const QString &path, WindowOpen *result, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<Database> db = openDb(path, error);
    if (!db)
        return false;
    ui::MainWindow window(std::move(db));
    window.resize(1400, 900);
    window.show();
    QCoreApplication::processEvents(); // layout, as the event loop would do before painting
    auto *table = window.findChild<QTableView *>(QStringLiteral("employeeTable"));
    if (!table) {
        *error = QStringLiteral("the main window has no employee table");
        return false;
    }
    table->viewport()->repaint();
    result->totalMs = elapsedMs(timer);
    auto *model = qobject_cast<ui::EmployeeTableModel *>(table->model());
    result->rowsFetched = model ? model->cachedPageCount() * model->pageSize() : -1;
    result->listed = table->model()->rowCount();
    return true;
}

bool measureUiInteraction(const QString &path, const QStringList &words, UiInteraction *result,
                          QString *error)
{
    std::unique_ptr<Database> db = openDb(path, error);
    if (!db)
        return false;
    ui::MainWindow window(std::move(db));
    window.resize(1400, 900);
    window.show();
    QCoreApplication::processEvents();
    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    auto *view = window.findChild<QTableView *>(QStringLiteral("employeeTable"));
    auto *model = view ? qobject_cast<ui::EmployeeTableModel *>(view->model()) : nullptr;
    if (!filter || !model) {
        *error = QStringLiteral("the main window has no employee filter or table");
        return false;
    }
    PaintCounter paints(view->viewport());
    const auto timed = [&](Samples &samples, auto action) {
        QElapsedTimer timer;
        timer.start();
        const int paintsBefore = paints.count;
        action();
        // Queued work, e.g. a relayout, and the update the change asked for: the event loop
        // paints the visible rows here. Only if it did not is the table painted by hand.
        QCoreApplication::processEvents();
        if (paints.count == paintsBefore)
            view->viewport()->repaint();
        samples.add(elapsedMs(timer));
    };
    for (const QString &word : words) {
        for (const QChar c : word)
            timed(result->keystrokes, [&] { QTest::keyClick(filter, c.toLatin1()); });
        for (qsizetype i = 0; i < word.size(); ++i)
            timed(result->keystrokes, [&] { QTest::keyClick(filter, Qt::Key_Backspace); });
    }
    const int fetchesBefore = model->pageFetchCount();
    QScrollBar *bar = view->verticalScrollBar();
    while (bar->value() < bar->maximum())
        timed(result->scrollSteps, [&] { bar->triggerAction(QAbstractSlider::SliderPageStepAdd); });
    result->pagesFetchedWhileScrolling = model->pageFetchCount() - fetchesBefore;
    return true;
}

} // namespace kinerja::bench
