#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace support {

// What a program run by a test printed and how it ended; exitCode -1 when it did not end
// normally within the time given.
struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// This process's environment with the C library and Qt in `locale` (C.UTF-8 by default).
inline QProcessEnvironment localeEnvironment(const QString &locale = QStringLiteral("C.UTF-8"))
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), locale);
    env.insert(QStringLiteral("LANG"), locale);
    return env;
}

// Runs `program` with `args` in `env` and waits for it.
inline Run run(const QString &program, const QStringList &args, const QProcessEnvironment &env,
               int timeoutMs = 180000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit)
        return r;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace support
