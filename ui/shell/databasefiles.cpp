#include "databasefiles.h"

#include "common/messagebox.h"
#include "storage/database.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>

namespace kinerja::ui {

namespace {

// Paths queued by tests, answered instead of showing a file dialog.
QStringList &queuedPaths()
{
    static QStringList paths;
    return paths;
}

QString fileFilter()
{
    return DatabaseFiles::tr("Kinerja databases (*.sqlite *.db);;All files (*)");
}

QString startFolder()
{
    const QString last = DatabaseFiles::lastPath();
    return last.isEmpty() || ServerAddress::isServerLocation(last)
               ? QFileInfo(Database::defaultPath()).absolutePath()
               : QFileInfo(last).absolutePath();
}

} // namespace

void DatabaseFiles::setNextPath(const QString &path)
{
    queuedPaths().append(path);
}

QString DatabaseFiles::askOpenPath(QWidget *parent)
{
    if (!queuedPaths().isEmpty())
        return queuedPaths().takeFirst();
    return QFileDialog::getOpenFileName(parent, tr("Open database"), startFolder(), fileFilter());
}

QString DatabaseFiles::askNewPath(QWidget *parent)
{
    for (;;) {
        QString path;
        if (!queuedPaths().isEmpty()) {
            path = queuedPaths().takeFirst();
        } else {
            path = QFileDialog::getSaveFileName(
                parent, tr("New database"),
                QDir(startFolder()).filePath(QStringLiteral("kinerja.sqlite")), fileFilter(),
                nullptr, QFileDialog::DontConfirmOverwrite);
        }
        if (path.isEmpty())
            return {};
        if (QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".sqlite");
        if (!QFileInfo::exists(path))
            return path;
        MessageBox::warning(parent, tr("New database"),
                            tr("%1 already exists. Choose a new file name; to use the existing "
                               "file, open it instead.")
                                .arg(QDir::toNativeSeparators(path)));
    }
}

QString DatabaseFiles::lastPath()
{
    return QSettings().value(QStringLiteral("database/lastPath")).toString();
}

void DatabaseFiles::rememberPath(const QString &path)
{
    // A server's address (without its password) is kept as it is.
    QSettings().setValue(
        QStringLiteral("database/lastPath"),
        ServerAddress::isServerLocation(path) ? path : QFileInfo(path).absoluteFilePath());
}

std::unique_ptr<Database> DatabaseFiles::openOrWarn(QWidget *parent, const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto db = std::make_unique<Database>();
    const Status s = db->open(path);
    if (!s) {
        MessageBox::critical(parent, tr("Cannot open database"),
                             tr("%1\n\n%2").arg(QDir::toNativeSeparators(path), s.message()));
        return nullptr;
    }
    rememberPath(path);
    return db;
}

std::unique_ptr<Database> DatabaseFiles::openAtStartup(const QString &initialPath)
{
    QString path = initialPath;
    for (;;) {
        QString problem = tr("No database was chosen.");
        if (!path.isEmpty()) {
            QDir().mkpath(QFileInfo(path).absolutePath());
            auto db = std::make_unique<Database>();
            const Status s = db->open(path);
            if (s) {
                rememberPath(path);
                return db;
            }
            problem = tr("The database %1 cannot be opened.\n\n%2\n\nThe file was not changed.")
                          .arg(QDir::toNativeSeparators(path), s.message());
        }
        const int choice = MessageBox::choose(
            nullptr, QMessageBox::Critical, tr("Kinerja"), problem,
            {tr("Open another file…"), tr("Create new database…"), tr("Quit")}, 0);
        if (choice == 0)
            path = askOpenPath(nullptr);
        else if (choice == 1)
            path = askNewPath(nullptr);
        else
            return nullptr;
    }
}

} // namespace kinerja::ui
