#include "messagebox.h"

#include <QPushButton>

namespace kinerja::ui {

namespace {

struct Hook {
    QList<int> answers;
    int defaultAnswer = QMessageBox::NoButton;
    int shown = 0;
    QString title;
    QString text;
};

Hook &hook()
{
    static Hook h;
    return h;
}

// Records the message; returns true (and the answer) when a test pre-answered it.
bool takeAnswer(const QString &title, const QString &text, int *answer)
{
    Hook &h = hook();
    ++h.shown;
    h.title = title;
    h.text = text;
    if (!h.answers.isEmpty()) {
        *answer = h.answers.takeFirst();
        return true;
    }
    if (h.defaultAnswer != QMessageBox::NoButton) {
        *answer = h.defaultAnswer;
        return true;
    }
    return false;
}

} // namespace

int MessageBox::show(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                     const QString &text, Buttons buttons, Button defaultButton)
{
    int answer = 0;
    if (takeAnswer(title, text, &answer))
        return answer;
    QMessageBox box(icon, title, text, buttons, parent);
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    return box.exec();
}

MessageBox::Button MessageBox::information(QWidget *parent, const QString &title,
                                           const QString &text, Buttons buttons)
{
    return static_cast<Button>(
        show(parent, QMessageBox::Information, title, text, buttons, QMessageBox::NoButton));
}

MessageBox::Button MessageBox::warning(QWidget *parent, const QString &title, const QString &text,
                                       Buttons buttons)
{
    return static_cast<Button>(
        show(parent, QMessageBox::Warning, title, text, buttons, QMessageBox::NoButton));
}

MessageBox::Button MessageBox::critical(QWidget *parent, const QString &title, const QString &text,
                                        Buttons buttons)
{
    return static_cast<Button>(
        show(parent, QMessageBox::Critical, title, text, buttons, QMessageBox::NoButton));
}

MessageBox::Button MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                        Buttons buttons, Button defaultButton)
{
    return static_cast<Button>(
        show(parent, QMessageBox::Question, title, text, buttons, defaultButton));
}

bool MessageBox::confirm(QWidget *parent, const QString &title, const QString &text,
                         const QString &confirmText)
{
    int answer = 0;
    if (takeAnswer(title, text, &answer))
        return answer == QMessageBox::Yes || answer == QMessageBox::Ok;
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Yes | QMessageBox::Cancel,
                    parent);
    box.button(QMessageBox::Yes)->setText(confirmText);
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}

int MessageBox::choose(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                       const QString &text, const QStringList &choices, int defaultChoice,
                       const QStringList &objectNames)
{
    int answer = 0;
    if (takeAnswer(title, text, &answer))
        return answer;
    QMessageBox box(icon, title, text, QMessageBox::NoButton, parent);
    QVector<QPushButton *> buttons;
    for (const QString &choice : choices) {
        buttons << box.addButton(choice, QMessageBox::AcceptRole);
        buttons.last()->setObjectName(objectNames.value(int(buttons.size()) - 1));
    }
    if (defaultChoice >= 0 && defaultChoice < buttons.size())
        box.setDefaultButton(buttons.at(defaultChoice));
    box.exec();
    return static_cast<int>(buttons.indexOf(qobject_cast<QPushButton *>(box.clickedButton())));
}

void MessageBox::setNextAnswer(int answer)
{
    hook().answers.append(answer);
}

void MessageBox::setDefaultAnswer(int answer)
{
    hook().defaultAnswer = answer;
}

void MessageBox::clearNextAnswer()
{
    hook().answers.clear();
}

int MessageBox::shownCount()
{
    return hook().shown;
}

QString MessageBox::lastTitle()
{
    return hook().title;
}

QString MessageBox::lastText()
{
    return hook().text;
}

void MessageBox::resetLog()
{
    hook().shown = 0;
    hook().title.clear();
    hook().text.clear();
}

} // namespace kinerja::ui
