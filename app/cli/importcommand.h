#pragma once

#include "command.h"

#include <QCoreApplication>

namespace kinerja::cli {

// kinerja-cli import --db FILE (--employees F | --appraisals F | --ikm F --unit U --period P)
//                    [--sheet NAME] [--period P] [--effective YYYY-MM-DD] [--dry-run]
//                    [--lang id|en]
// Reads and checks the whole file first; writes only when it has no problem, all in one
// transaction.
class ImportCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(kinerja::cli::ImportCommand)
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, Console &console) override;

private:
    QCommandLineOption m_db{QStringLiteral("db")};
    QCommandLineOption m_employees{QStringLiteral("employees")};
    QCommandLineOption m_appraisals{QStringLiteral("appraisals")};
    QCommandLineOption m_ikm{QStringLiteral("ikm")};
    QCommandLineOption m_sheet{QStringLiteral("sheet")};
    QCommandLineOption m_period{QStringLiteral("period")};
    QCommandLineOption m_unit{QStringLiteral("unit")};
    QCommandLineOption m_effective{QStringLiteral("effective")};
    QCommandLineOption m_dryRun{QStringLiteral("dry-run")};
    QCommandLineOption m_lang{QStringLiteral("lang")};
};

} // namespace kinerja::cli
