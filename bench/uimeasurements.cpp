#include "uimeasurements.h"

#include "employees/employeetablemodel.h"
#include "shell/mainwindow.h"
#include "storage/database.h"

#include <QApplication>
#include <QElapsedTimer>
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
    const auto timed = [&](Samples &samples, auto action) {
        QElapsedTimer timer;
        timer.start();
        action();
        QCoreApplication::processEvents(); // queued work, e.g. a relayout
        view->viewport()->repaint();       // the visible rows, painted
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
