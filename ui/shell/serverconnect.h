#pragma once

#include "domain/status.h"
#include "storage/serveraddress.h"

#include <QCoreApplication>
#include <QStringList>
#include <memory>

class QWidget;

namespace kinerja {
class Database;
}

namespace kinerja::ui {

// Opening an office server's database from the GUI: the remembered password (see
// PasswordStore), asking for it when the server wants one or refuses the one given, the
// recently used servers, and at start-up the choices when the server cannot be reached.
class ServerConnect {
    Q_DECLARE_TR_FUNCTIONS(kinerja::ui::ServerConnect)
public:
    // The ServerDialog, then the connection; asks again after a failure. nullptr when
    // the user cancels.
    static std::unique_ptr<Database> askAndOpen(QWidget *parent);
    // Connects to `address`. Without a password in it, the remembered one is used; when
    // the server asks for a password (again), a password dialog does. `remember`: keep
    // the password of `address` that works. nullptr and `*failure` when it fails or the
    // password dialog is cancelled.
    static std::unique_ptr<Database> open(QWidget *parent, ServerAddress address, bool remember,
                                          Status *failure);
    // The start-up on a server location (--db postgresql://…, or the last one used).
    // When it cannot be reached: Retry, Connect to another server…, Open a file…, Quit.
    static std::unique_ptr<Database> openAtStartup(const QString &location);

    // The servers connected to lately, newest first, as addresses without passwords.
    static QStringList recentServers();
    static void rememberServer(const QString &location);

    // Test hook: the next password dialog is not shown and answers `password`; a null
    // QString answers Cancel. Several calls queue several answers.
    static void setNextPassword(const QString &password);
    // How many password dialogs were asked for (shown or answered) since the last reset,
    // and the text of the last one.
    static int passwordPrompts();
    static QString lastPasswordPrompt();
    static void resetPasswordLog();
};

} // namespace kinerja::ui
