#pragma once

#include "command.h"

#include <QCoreApplication>

namespace kinerja::cli {

// kinerja-cli info --db FILE: schema version, units, employees (active / inactive).
class InfoCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(kinerja::cli::InfoCommand)
public:
    QString name() const override { return QStringLiteral("info"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, Console &console) override;

private:
    QCommandLineOption m_db{QStringLiteral("db")};
};

} // namespace kinerja::cli
