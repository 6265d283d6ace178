#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace kinerja::ui {

// What an editor does when its save was refused because someone else saved (or deleted)
// the record since it was loaded (a RowVersion conflict). The user's typed text is never
// dropped without asking: they reload the current record, or keep editing their copy
// (which cannot be saved until they reload, so they can first copy what they need).
class ConflictPrompt {
    Q_DECLARE_TR_FUNCTIONS(kinerja::ui::ConflictPrompt)
public:
    enum Choice { Reload, KeepEdits };
    // Shows `message` (from storage) with the buttons "Reload" (objectName
    // conflictReloadButton) and "Keep my edits" (conflictKeepButton). A deleted record
    // (`canReload` false) offers only to keep the edits. Closing the box keeps them.
    static Choice ask(QWidget *parent, const QString &title, const QString &message,
                      bool canReload = true);
};

} // namespace kinerja::ui
