#pragma once

#include "appraisal/appraisal.h"
#include "domain/status.h"

#include <QCoreApplication>

#include <functional>

class QWidget;

namespace kinerja::ui {

// Runs a bulk operation of the storage library behind a modal QProgressDialog
// ("bulkProgressDialog") whose Cancel stops it; the storage then rolls everything
// back, so nothing is half done. Afterwards tells the user what was done and what
// was skipped, with the reasons.
class BulkProgress {
    Q_DECLARE_TR_FUNCTIONS(kinerja::ui::BulkProgress)
public:
    using Operation = std::function<Status(const ProgressCallback &progress, BulkReport *report)>;

    // `doneText` is e.g. tr("%n appraisal(s) created."), filled with report.done.
    // Returns the report (cancelled when the user pressed Cancel); *status the outcome.
    static BulkReport run(QWidget *parent, const QString &title, const QString &label,
                          const Operation &operation, Status *status);
    // The summary message shown after run(): done, cancelled, skipped with reasons.
    static void report(QWidget *parent, const QString &title, const QString &doneText,
                       const BulkReport &report, const Status &status);
};

} // namespace kinerja::ui
