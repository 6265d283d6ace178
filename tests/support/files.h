#pragma once

#include "support/check.h"

#include <QByteArray>
#include <QFile>
#include <QString>

namespace support {

// Writes `data` to `path` whole and returns `path`; a file that cannot be written stops the
// test program, as every fixture step does.
inline QString writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    FIXTURE_CHECK(f.open(QIODevice::WriteOnly) && f.write(data) == data.size(),
                  path + QStringLiteral(": ") + f.errorString());
    return path;
}

} // namespace support
