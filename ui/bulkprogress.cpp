#include "bulkprogress.h"

#include "messagebox.h"

#include <QApplication>
#include <QProgressDialog>

namespace kinerja::ui {

BulkReport BulkProgress::run(QWidget *parent, const QString &title, const QString &label,
                             const Operation &operation, Status *status)
{
    QProgressDialog dialog(label, tr("Cancel"), 0, 0, parent);
    dialog.setObjectName(QStringLiteral("bulkProgressDialog"));
    dialog.setWindowTitle(title);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(0);
    dialog.setAutoReset(false);
    dialog.setAutoClose(false);
    dialog.setMinimumWidth(420);
    dialog.show();
    QApplication::processEvents();

    const ProgressCallback progress = [&dialog](int done, int total) {
        if (dialog.maximum() != total)
            dialog.setMaximum(total);
        dialog.setValue(qMin(done, total));
        QApplication::processEvents();
        return !dialog.wasCanceled();
    };
    BulkReport report;
    QApplication::setOverrideCursor(Qt::BusyCursor);
    *status = operation(progress, &report);
    QApplication::restoreOverrideCursor();
    if (dialog.wasCanceled())
        report.cancelled = true;
    dialog.close();
    return report;
}

void BulkProgress::report(QWidget *parent, const QString &title, const QString &doneText,
                          const BulkReport &report, const Status &status)
{
    if (report.cancelled) {
        MessageBox::information(parent, title,
                                tr("Cancelled. Nothing was changed: the whole operation was "
                                   "rolled back."));
        return;
    }
    if (!status) {
        MessageBox::warning(parent, title, status.message());
        return;
    }
    QString text = doneText;
    if (!report.skipped.isEmpty()) {
        text += QLatin1Char('\n') + tr("Skipped: %1.").arg(report.skipped.size());
        constexpr int shown = 15;
        for (int i = 0; i < report.skipped.size() && i < shown; ++i) {
            const SkippedItem &item = report.skipped.at(i);
            text += QLatin1Char('\n') + tr("• %1: %2").arg(item.name, item.reason);
        }
        if (report.skipped.size() > shown)
            text += QLatin1Char('\n') + tr("… and %1 more.").arg(report.skipped.size() - shown);
    }
    MessageBox::information(parent, title, text);
}

} // namespace kinerja::ui
