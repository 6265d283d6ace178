#pragma once

#include <QCoreApplication>
#include <QString>

namespace kinerja::cli {

// Exit codes of kinerja-cli.
enum ExitCode {
    ExitSuccess = 0,
    ExitFailure = 1, // the command ran and failed (message on stderr)
    ExitUsage = 2,   // wrong command line
};

// Where commands write: results on stdout, messages and progress on stderr.
class Console {
    Q_DECLARE_TR_FUNCTIONS(kinerja::cli::Console)
public:
    static QString programName() { return QStringLiteral("kinerja-cli"); }
    // A count as people read it in the interface language: "1.960" or "1,960".
    static QString count(qint64 n);

    void out(const QString &text); // stdout, as is
    void err(const QString &text); // stderr, as is
    bool errIsTerminal() const;

    // "kinerja-cli: <file>: <message>"; returns ExitFailure.
    int failure(const QString &file, const QString &message);
    // "kinerja-cli: <message>" and a hint to the help; returns ExitUsage.
    // `command` is empty for the global command line.
    int usageError(const QString &message, const QString &command = {});
};

} // namespace kinerja::cli
