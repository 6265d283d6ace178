#pragma once

#include "command.h"
#include "demo/demogenerator.h"

#include <QCoreApplication>

namespace kinerja::cli {

// kinerja-cli demo --db FILE --employees N --seed S [--years Y] [--force]
// Generates into FILE.partial and renames it to FILE only when complete, so a
// failure or Ctrl-C never leaves a half-written database behind. A server address
// (postgresql://…) gets the same data copied into it in one transaction.
class DemoCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(kinerja::cli::DemoCommand)
public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override;
    QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, Console &console) override;

private:
    int runOnServer(const QString &location, const DemoGenerator::Options &options, bool force,
                    Console &console);
    void printSummary(const DemoGenerator::Summary &summary, const QString &shown,
                      Console &console) const;

    QCommandLineOption m_db{QStringLiteral("db")};
    QCommandLineOption m_employees{QStringLiteral("employees")};
    QCommandLineOption m_seed{QStringLiteral("seed")};
    QCommandLineOption m_years{QStringLiteral("years")};
    QCommandLineOption m_force{QStringLiteral("force")};
};

} // namespace kinerja::cli
