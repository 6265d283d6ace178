#include "cliapp.h"

#include "command.h"
#include "console.h"
#include "i18n.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>

#include <algorithm>
#include <memory>

namespace kinerja::cli {

namespace {

// Translation context of the dispatcher's texts.
class Cli {
    Q_DECLARE_TR_FUNCTIONS(kinerja::cli::Cli)
};

// Qt's help starts with "Usage: <path of the executable> [options]"; show how
// the program is really called instead.
QString withUsageLine(const QString &helpText, const QString &usage)
{
    const qsizetype end = helpText.indexOf(QLatin1Char('\n'));
    return usage + (end < 0 ? QString() : helpText.mid(end));
}

QString globalHelp(const std::vector<std::unique_ptr<Command>> &commands)
{
    const QString program = Console::programName();
    QString text = Cli::tr("Usage: %1 <command> [options]").arg(program) + QLatin1Char('\n');
    text += Cli::tr("Kinerja on the command line: demo data, database information, printing, "
                    "export and import.") +
            QLatin1String("\n\n");
    text += Cli::tr("Commands:") + QLatin1Char('\n');
    qsizetype width = 0;
    for (const auto &c : commands)
        width = std::max(width, c->name().size());
    for (const auto &c : commands) {
        text += QLatin1String("  ") + c->name().leftJustified(width + 2) + c->summary() +
                QLatin1Char('\n');
    }
    text += QLatin1Char('\n') + Cli::tr("Options:") + QLatin1Char('\n');
    text += QLatin1String("  -h, --help     ") + Cli::tr("Show this help and exit.") +
            QLatin1Char('\n');
    text += QLatin1String("  -v, --version  ") + Cli::tr("Show the version and exit.") +
            QLatin1String("\n\n");
    text += Cli::tr("Run '%1 <command> --help' for the options of a command.").arg(program) +
            QLatin1Char('\n');
    text += Cli::tr("Exit status: 0 success, 1 failure, 2 wrong command line.") + QLatin1Char('\n');
    return text;
}

int runCommand(Command &command, const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(command.description());
    const QCommandLineOption help = parser.addHelpOption();
    command.addOptions(parser);
    if (!parser.parse(arguments))
        return console.usageError(parser.errorText(), command.name());
    if (parser.isSet(help)) {
        const QString usage =
            command.takesArguments()
                ? Cli::tr("Usage: %1 %2 %3")
                      .arg(Console::programName(), command.name(), command.usage())
                : Cli::tr("Usage: %1 %2 [options]").arg(Console::programName(), command.name());
        console.out(withUsageLine(parser.helpText(), usage));
        return ExitSuccess;
    }
    if (!command.takesArguments() && !parser.positionalArguments().isEmpty()) {
        return console.usageError(
            Cli::tr("Unexpected argument “%1”.").arg(parser.positionalArguments().constFirst()),
            command.name());
    }
    return command.run(parser, console);
}

} // namespace

int dispatch(const QStringList &arguments)
{
    Console console;
    const std::vector<std::unique_ptr<Command>> commands = allCommands();

    QCommandLineParser global;
    global.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption help = global.addHelpOption();
    const QCommandLineOption version = global.addVersionOption();
    global.addPositionalArgument(QStringLiteral("command"), Cli::tr("The command to run."));
    if (!global.parse(arguments))
        return console.usageError(global.errorText());
    if (global.isSet(help)) {
        console.out(globalHelp(commands));
        return ExitSuccess;
    }
    if (global.isSet(version)) {
        console.out(Console::programName() + QLatin1Char(' ') +
                    QCoreApplication::applicationVersion() + QLatin1Char('\n'));
        return ExitSuccess;
    }
    const QStringList positional = global.positionalArguments();
    if (positional.isEmpty())
        return console.usageError(Cli::tr("No command given."));
    for (const auto &command : commands) {
        if (command->name() == positional.constFirst()) {
            const QStringList rest = QStringList{arguments.value(0)} + positional.mid(1);
            return runCommand(*command, rest, console);
        }
    }
    return console.usageError(Cli::tr("Unknown command “%1”.").arg(positional.constFirst()));
}

// The command word is the first argument that is not an option.
static bool isCommand(int argc, char **argv, const char *command)
{
    for (int i = 1; i < argc; ++i)
        if (argv[i][0] != '-')
            return qstrcmp(argv[i], command) == 0;
    return false;
}

// Official forms and the spreadsheets exchanged with units and the regional office are in
// Indonesian, so print, export and import default to it: --lang en gives English.
static QString outputLanguage(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--lang") == 0 && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (qstrncmp(argv[i], "--lang=", 7) == 0)
            return QString::fromLocal8Bit(argv[i] + 7);
    }
    return QStringLiteral("id");
}

int runCli(int &argc, char **argv)
{
    // Printing needs fonts, so QtGui; a command line never shows a window, so it needs no
    // display either. The other commands stay without QtGui (and its platform's messages).
    std::unique_ptr<QCoreApplication> app;
    if (isCommand(argc, argv, "print")) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Kinerja"));
    QCoreApplication::setApplicationName(QStringLiteral("kinerja-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KINERJA_VERSION));
    const bool official = isCommand(argc, argv, "print") || isCommand(argc, argv, "export") ||
                          isCommand(argc, argv, "import");
    i18n::install(official ? outputLanguage(argc, argv) : QStringLiteral("system"));
    return dispatch(QCoreApplication::arguments());
}

} // namespace kinerja::cli
