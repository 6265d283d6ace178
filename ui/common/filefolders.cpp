#include "filefolders.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace kinerja::ui::FileFolders {

namespace {

QString key(const QString &kind)
{
    return QStringLiteral("folders/") + kind;
}

} // namespace

QString start(const QString &kind)
{
    const QString last = QSettings().value(key(kind)).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QFileInfo(documents).isDir())
        return documents;
    return QDir::homePath();
}

QString suggest(const QString &kind, const QString &fileName)
{
    return QDir(start(kind)).filePath(fileName);
}

void remember(const QString &kind, const QString &path)
{
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    QSettings().setValue(key(kind), info.isDir() ? info.absoluteFilePath() : info.absolutePath());
}

} // namespace kinerja::ui::FileFolders
