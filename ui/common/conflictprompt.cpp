#include "conflictprompt.h"

#include "messagebox.h"

namespace kinerja::ui {

ConflictPrompt::Choice ConflictPrompt::ask(QWidget *parent, const QString &title,
                                           const QString &message, bool canReload)
{
    QStringList choices{tr("&Keep my edits")};
    QStringList names{QStringLiteral("conflictKeepButton")};
    QString text = message + QLatin1String("\n\n");
    if (canReload) {
        choices.prepend(tr("&Reload"));
        names.prepend(QStringLiteral("conflictReloadButton"));
        text += tr("Reload: discard your changes and show the record as it is now.\n"
                   "Keep my edits: stay here with your changes, for example to copy "
                   "them; they can be saved only after reloading.");
    } else {
        text += tr("Your changes stay in the editor, for example to copy them; they "
                   "cannot be saved.");
    }
    const int chosen =
        MessageBox::choose(parent, QMessageBox::Warning, title, text, choices, 0, names);
    return canReload && chosen == 0 ? Reload : KeepEdits;
}

} // namespace kinerja::ui
