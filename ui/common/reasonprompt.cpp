#include "reasonprompt.h"

#include <QInputDialog>
#include <QStringList>

namespace kinerja::ui {

namespace {
QStringList &queued()
{
    static QStringList reasons;
    return reasons;
}
bool &hasQueued()
{
    static bool on = false;
    return on;
}
} // namespace

bool ReasonPrompt::ask(QWidget *parent, const QString &title, const QString &label, QString *reason)
{
    if (hasQueued() && !queued().isEmpty()) {
        *reason = queued().takeFirst().trimmed();
        hasQueued() = !queued().isEmpty();
        return !reason->isEmpty();
    }
    QString text;
    for (;;) {
        bool ok = false;
        text = QInputDialog::getMultiLineText(parent, title, label, text, &ok).trimmed();
        if (!ok)
            return false;
        if (!text.isEmpty())
            break;
    }
    *reason = text;
    return true;
}

void ReasonPrompt::setNextReason(const QString &reason)
{
    queued().append(reason);
    hasQueued() = true;
}

} // namespace kinerja::ui
