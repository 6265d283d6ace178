#pragma once

#include <QString>

class QWidget;

namespace kinerja::ui {

// Asks for a required reason (reopening a period or a final appraisal). Tests
// pre-answer it with setNextReason() instead of typing into a modal dialog.
class ReasonPrompt {
public:
    // False when cancelled; an empty reason is not accepted.
    static bool ask(QWidget *parent, const QString &title, const QString &label, QString *reason);

    // Test hook: the next ask() is not shown and returns `reason` (an empty one
    // = cancelled).
    static void setNextReason(const QString &reason);
};

} // namespace kinerja::ui
