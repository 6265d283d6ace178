#pragma once

#include "command.h"

#include <QCoreApplication>

namespace kinerja::cli {

// kinerja-cli server init --db postgresql://...
// kinerja-cli server upgrade --db postgresql://...
// kinerja-cli server load FILE.sqlite --db postgresql://...
// What an administrator does to an office's server database: create its schema, upgrade
// it to this Kinerja's version, and fill a new one from the office's SQLite file.
class ServerCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(kinerja::cli::ServerCommand)
public:
    QString name() const override { return QStringLiteral("server"); }
    QString summary() const override;
    QString description() const override;
    bool takesArguments() const override { return true; }
    QString usage() const override;
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, Console &console) override;

private:
    int load(const QString &file, const QString &location, Console &console);

    QCommandLineOption m_db{QStringLiteral("db")};
};

} // namespace kinerja::cli
