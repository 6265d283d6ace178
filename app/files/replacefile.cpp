#include "replacefile.h"

#include <QDir>
#include <QFile>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace kinerja::files {

bool replaceFile(const QString &path, const QString &target, QString *error)
{
#ifdef Q_OS_WIN
    const std::wstring from = QDir::toNativeSeparators(path).toStdWString();
    const std::wstring to = QDir::toNativeSeparators(target).toStdWString();
    if (MoveFileExW(from.c_str(), to.c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return true;
    if (error)
        *error = QStringLiteral("MoveFileEx error %1").arg(GetLastError());
    return false;
#else
    const QByteArray from = QFile::encodeName(path);
    const QByteArray to = QFile::encodeName(target);
    const int fd = ::open(from.constData(), O_RDONLY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
    if (std::rename(from.constData(), to.constData()) == 0)
        return true;
    if (error)
        *error = QString::fromLocal8Bit(std::strerror(errno));
    return false;
#endif
}

} // namespace kinerja::files
