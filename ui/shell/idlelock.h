#pragma once

#include <QDialog>
#include <QPointer>
#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace kinerja {
class Database;
}

namespace kinerja::ui {

// Asks for the login's password again; the window stays covered until it is right.
class LockDialog : public QDialog {
    Q_OBJECT
public:
    LockDialog(const QString &who, int idleMinutes, QWidget *parent);
    void showError(const QString &message);

signals:
    void unlockRequested(const QString &password);
    void quitRequested();

protected:
    void reject() override {} // Escape does not unlock

private:
    QLineEdit *m_password;
    QLabel *m_error;
};

// Locks a server session after a time without keyboard or mouse input (an application
// event filter): every window is covered and a LockDialog asks for the password, which
// the server checks on a connection of its own. Dialogs with unsaved edits stay open
// under the cover. A file has no password, so it is never locked.
class IdleLock : public QObject {
    Q_OBJECT
public:
    explicit IdleLock(QWidget *window);
    ~IdleLock() override;

    // The setting (minutes, 0 = never; default 15).
    static int configuredMinutes();
    static void setConfiguredMinutes(int minutes);

    // Locks only while `db` is a server; `who` names the person in the dialog.
    void setDatabase(Database *db, const QString &who);
    void setTimeoutMs(int ms); // 0 = never
    int timeoutMs() const { return m_timeoutMs; }
    bool isActive() const;   // counting idle time
    int remainingMs() const; // until the lock, -1 when not counting
    bool isLocked() const { return m_dialog != nullptr; }
    LockDialog *dialog() const { return m_dialog; }
    void lockNow();
    // What "Quit" in the dialog does (the window closes and the application quits).
    void setQuitHandler(std::function<void()> quit) { m_quit = std::move(quit); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void restart();
    void unlock(const QString &password);
    void cover();
    void uncover();

    QWidget *m_window;
    Database *m_db = nullptr;
    QString m_who;
    QTimer *m_timer;
    int m_timeoutMs = 0;
    QPointer<LockDialog> m_dialog;
    QList<QPointer<QWidget>> m_covers;
    std::function<void()> m_quit;
};

} // namespace kinerja::ui
