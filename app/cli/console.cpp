#include "console.h"

#include <QLocale>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace kinerja::cli {

QString Console::count(qint64 n)
{
    return QLocale().toString(n);
}

namespace {

void write(std::FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
}

} // namespace

void Console::out(const QString &text)
{
    write(stdout, text);
}

void Console::err(const QString &text)
{
    write(stderr, text);
}

bool Console::errIsTerminal() const
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(fileno(stderr)) != 0;
#endif
}

int Console::failure(const QString &file, const QString &message)
{
    err(programName() + QLatin1String(": ") + file + QLatin1String(": ") + message +
        QLatin1Char('\n'));
    return ExitFailure;
}

int Console::usageError(const QString &message, const QString &command)
{
    QString help = programName();
    if (!command.isEmpty())
        help += QLatin1Char(' ') + command;
    help += QLatin1String(" --help");
    err(programName() + QLatin1String(": ") + message + QLatin1Char('\n') +
        tr("Try '%1' for more information.").arg(help) + QLatin1Char('\n'));
    return ExitUsage;
}

} // namespace kinerja::cli
