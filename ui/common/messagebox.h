#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

class QWidget;

namespace kinerja::ui {

// Every message box of the UI goes through here, so that GUI tests can
// pre-answer them (setNextAnswer) instead of blocking on a modal dialog.
class MessageBox {
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button information(QWidget *parent, const QString &title, const QString &text,
                              Buttons buttons = QMessageBox::Ok);
    static Button warning(QWidget *parent, const QString &title, const QString &text,
                          Buttons buttons = QMessageBox::Ok);
    static Button critical(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons = QMessageBox::Ok);
    static Button question(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons = QMessageBox::Yes | QMessageBox::No,
                           Button defaultButton = QMessageBox::No);
    // A question for a destructive action: the accepting button reads `confirmText`
    // (e.g. "Delete"), Cancel is the default. True when the user confirmed.
    static bool confirm(QWidget *parent, const QString &title, const QString &text,
                        const QString &confirmText);
    // Custom choices; returns the index of the chosen one, or -1 when closed. The buttons
    // get `objectNames` (in the order of `choices`) for GUI tests.
    static int choose(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                      const QString &text, const QStringList &choices, int defaultChoice = 0,
                      const QStringList &objectNames = {});

    // Test hooks. The next message box is not shown and returns `answer`
    // (a StandardButton, or for confirm() Yes/No, or for choose() the index).
    // Several calls queue several answers.
    static void setNextAnswer(int answer);
    // While set (not NoButton), message boxes without a queued answer are not
    // shown either and return this: GUI tests never block on a modal box.
    static void setDefaultAnswer(int answer);
    static void clearNextAnswer();
    // Messages shown (or pre-answered) since the last reset, for tests to inspect.
    static int shownCount();
    static QString lastTitle();
    static QString lastText();
    static void resetLog();

private:
    static int show(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                    const QString &text, Buttons buttons, Button defaultButton);
};

} // namespace kinerja::ui
