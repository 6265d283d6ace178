#pragma once

#include <QCommandLineParser>
#include <QString>
#include <memory>
#include <vector>

namespace kinerja::cli {

class Console;

// One subcommand of kinerja-cli ("demo", "info", ...). The dispatcher gives each
// command its own QCommandLineParser with --help already added.
class Command {
public:
    virtual ~Command() = default;

    // The word typed on the command line; not translated.
    virtual QString name() const = 0;
    // One translated line for the global help.
    virtual QString summary() const = 0;
    // A translated paragraph for the command's own help.
    virtual QString description() const { return summary(); }

    // Whether the command takes arguments besides its options (parser.positionalArguments());
    // then usage() is what follows the command word in its usage line.
    virtual bool takesArguments() const { return false; }
    virtual QString usage() const { return {}; }

    virtual void addOptions(QCommandLineParser &parser) = 0;
    // Runs with the parsed options; returns an ExitCode.
    virtual int run(const QCommandLineParser &parser, Console &console) = 0;
};

// Every command, in the order the help lists them. New commands (export,
// import, print, ...) are added here.
std::vector<std::unique_ptr<Command>> allCommands();

} // namespace kinerja::cli
