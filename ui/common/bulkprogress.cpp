#include "bulkprogress.h"

#include "common/messagebox.h"

#include <QApplication>
#include <QHash>
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
        // Grouped by reason: "no appraisal yet" for 1,900 people is one line, not 1,900.
        QStringList reasons;
        QHash<QString, QStringList> names;
        for (const SkippedItem &item : report.skipped) {
            if (!names.contains(item.reason))
                reasons << item.reason;
            names[item.reason] << item.name;
        }
        constexpr int shownReasons = 12;
        constexpr int shownNames = 3;
        for (int i = 0; i < reasons.size() && i < shownReasons; ++i) {
            const QStringList &who = names.value(reasons.at(i));
            if (who.size() == 1) {
                text += QLatin1Char('\n') + tr("• %1: %2").arg(who.first(), reasons.at(i));
                continue;
            }
            QString list = who.mid(0, shownNames).join(QStringLiteral(", "));
            if (who.size() > shownNames)
                list = tr("%1, …").arg(list);
            text += QLatin1Char('\n') +
                    tr("• %1 (%2 employees: %3)").arg(reasons.at(i)).arg(who.size()).arg(list);
        }
        if (reasons.size() > shownReasons)
            text += QLatin1Char('\n') +
                    tr("… and %1 other reasons.").arg(reasons.size() - shownReasons);
    }
    MessageBox::information(parent, title, text);
}

} // namespace kinerja::ui
