#pragma once

#include <QCoreApplication>
#include <QString>
#include <memory>

class QWidget;

namespace kinerja {
class Database;
}

namespace kinerja::ui {

// Choosing, opening and creating database files, shared by the start-up and
// the File menu. Never overwrites or "repairs" a file that open() refused.
class DatabaseFiles {
    Q_DECLARE_TR_FUNCTIONS(kinerja::ui::DatabaseFiles)
public:
    static QString askOpenPath(QWidget *parent);
    // A path for a new database; refuses existing files. Empty when cancelled.
    static QString askNewPath(QWidget *parent);

    // The database opened last (QSettings "database/lastPath"): a file's path or a
    // server's address, or empty.
    static QString lastPath();
    static void rememberPath(const QString &path);

    // Opens (creating the folder of) `path`. On failure shows the reason with
    // the choices "Open another file…", "Create new database…" and "Quit";
    // returns nullptr when the user quits.
    static std::unique_ptr<Database> openAtStartup(const QString &path);
    // Opens `path` or shows why not; nullptr on failure.
    static std::unique_ptr<Database> openOrWarn(QWidget *parent, const QString &path);

    // Test hook: the next askOpenPath/askNewPath returns `path` without a
    // dialog; several calls queue several paths.
    static void setNextPath(const QString &path);
};

} // namespace kinerja::ui
