#pragma once

#include "command.h"

#include <QCoreApplication>

namespace kinerja::cli {

// kinerja-cli demo --db FILE --employees N --seed S [--years Y] [--force]
// Generates into FILE.partial and renames it to FILE only when complete, so a
// failure or Ctrl-C never leaves a half-written database behind.
class DemoCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(kinerja::cli::DemoCommand)
public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override;
    QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, Console &console) override;

private:
    QCommandLineOption m_db{QStringLiteral("db")};
    QCommandLineOption m_employees{QStringLiteral("employees")};
    QCommandLineOption m_seed{QStringLiteral("seed")};
    QCommandLineOption m_years{QStringLiteral("years")};
    QCommandLineOption m_force{QStringLiteral("force")};
};

} // namespace kinerja::cli
