#include "serverconnect.h"

#include "common/messagebox.h"
#include "shell/databasefiles.h"
#include "shell/passwordstore.h"
#include "shell/serverdialog.h"
#include "storage/database.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QVBoxLayout>

namespace kinerja::ui {

namespace {

const QString kRecent = QStringLiteral("database/recentServers");
constexpr int kMaxRecent = 8;

struct PasswordLog {
    QStringList queued; // a null entry answers Cancel
    int prompts = 0;
    QString lastText;
};

PasswordLog &passwordLog()
{
    static PasswordLog log;
    return log;
}

struct PasswordAnswer {
    bool given = false;
    QString password;
    bool remember = true;
};

// The server's reason (a wrong password, none given) and, when the store failed, that
// the password cannot be remembered.
PasswordAnswer askPassword(QWidget *parent, const ServerAddress &address, const QString &reason,
                           bool storeUnavailable)
{
    QString text = ServerConnect::tr("The server %1 needs the password of %2.\n\n%3")
                       .arg(address.display(), address.user, reason);
    if (storeUnavailable)
        text += QStringLiteral("\n\n") +
                ServerConnect::tr("Kinerja could not remember the password: this session has "
                                  "no password store (a desktop's secret service). It will ask "
                                  "for it at each start.");
    PasswordLog &log = passwordLog();
    ++log.prompts;
    log.lastText = text;
    if (!log.queued.isEmpty()) {
        const QString answer = log.queued.takeFirst();
        return {!answer.isNull(), answer, !storeUnavailable};
    }
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("passwordDialog"));
    dialog.setWindowTitle(ServerConnect::tr("Server password"));
    auto *label = new QLabel(text, &dialog);
    label->setWordWrap(true);
    auto *edit = new QLineEdit(&dialog);
    edit->setObjectName(QStringLiteral("passwordEdit"));
    edit->setEchoMode(QLineEdit::Password);
    auto *remember = new QCheckBox(ServerConnect::tr("&Remember the password"), &dialog);
    remember->setChecked(!storeUnavailable);
    remember->setEnabled(!storeUnavailable);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(label);
    layout->addWidget(edit);
    layout->addWidget(remember);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return {true, edit->text(), remember->isChecked()};
}

} // namespace

void ServerConnect::setNextPassword(const QString &password)
{
    passwordLog().queued.append(password);
}

int ServerConnect::passwordPrompts()
{
    return passwordLog().prompts;
}

QString ServerConnect::lastPasswordPrompt()
{
    return passwordLog().lastText;
}

void ServerConnect::resetPasswordLog()
{
    passwordLog() = PasswordLog{};
}

QStringList ServerConnect::recentServers()
{
    return QSettings().value(kRecent).toStringList();
}

void ServerConnect::rememberServer(const QString &location)
{
    QStringList list = recentServers();
    list.removeAll(location);
    list.prepend(location);
    QSettings().setValue(kRecent, list.mid(0, kMaxRecent));
}

std::unique_ptr<Database> ServerConnect::open(QWidget *parent, ServerAddress address, bool remember,
                                              Status *failure)
{
    const QString key = address.toString();
    bool storeUnavailable = false;
    if (address.password.isEmpty())
        address.password = PasswordStore::read(key, &storeUnavailable);
    bool storeIt = remember && !address.password.isEmpty();
    for (;;) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto db = std::make_unique<Database>();
        const Status s = db->openServer(address);
        QApplication::restoreOverrideCursor();
        if (s) {
            if (storeIt) {
                if (const Status stored = PasswordStore::write(key, address.password); !stored)
                    MessageBox::information(
                        parent, tr("Password not remembered"),
                        tr("Connected to %1, but Kinerja could not remember the password "
                           "(%2). It will ask for it at each start.")
                            .arg(address.display(), stored.message()));
            } else if (!remember) {
                PasswordStore::remove(key);
            }
            rememberServer(key);
            DatabaseFiles::rememberPath(key);
            return db;
        }
        if (s.field() != QLatin1String("password")) {
            *failure = s;
            return nullptr;
        }
        const PasswordAnswer answer = askPassword(parent, address, s.message(), storeUnavailable);
        if (!answer.given) {
            *failure = s;
            return nullptr;
        }
        address.password = answer.password;
        storeIt = answer.remember;
        remember = answer.remember;
    }
}

std::unique_ptr<Database> ServerConnect::askAndOpen(QWidget *parent)
{
    ServerDialog dialog(parent);
    while (dialog.exec() == QDialog::Accepted) {
        Status failure;
        if (auto db = open(parent, dialog.address(), dialog.rememberPassword(), &failure))
            return db;
        MessageBox::critical(parent, tr("Cannot connect"), failure.message());
    }
    return nullptr;
}

std::unique_ptr<Database> ServerConnect::openAtStartup(const QString &location)
{
    ServerAddress address;
    Status problem = ServerAddress::parse(location, &address);
    bool remember = true;
    for (;;) {
        if (problem) {
            if (auto db = open(nullptr, address, remember, &problem))
                return db;
        }
        const int choice = MessageBox::choose(
            nullptr, QMessageBox::Critical, tr("Kinerja"),
            tr("Kinerja cannot reach the server %1.\n\n%2")
                .arg(address.host.isEmpty() ? location : address.host, problem.message()),
            {tr("Retry"), tr("Connect to another server…"), tr("Open a file…"), tr("Quit")}, 0);
        if (choice == 0) {
            problem = Status::ok();
        } else if (choice == 1) {
            ServerDialog dialog;
            dialog.setAddress(address);
            if (dialog.exec() == QDialog::Accepted) {
                address = dialog.address();
                remember = dialog.rememberPassword();
                problem = Status::ok();
            }
        } else if (choice == 2) {
            const QString path = DatabaseFiles::askOpenPath(nullptr);
            if (!path.isEmpty())
                return DatabaseFiles::openAtStartup(path);
        } else {
            return nullptr;
        }
    }
}

} // namespace kinerja::ui
