#include "dbfiles.h"

#include <QFile>
#include <QStringList>

namespace kinerja::cli {

bool removeDatabaseFiles(const QString &path)
{
    bool ok = true;
    const QStringList suffixes = {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                  QStringLiteral("-journal")};
    for (const QString &suffix : suffixes) {
        const QString file = path + suffix;
        if (QFile::exists(file) && !QFile::remove(file))
            ok = false;
    }
    return ok;
}

} // namespace kinerja::cli
