#pragma once

#include "command.h"

#include <QCoreApplication>

namespace kinerja::cli {

// kinerja-cli export --db FILE (--recap --period CODE | --employees | --template --period CODE)
//                    [--unit NAME|ID] [--no-subunits] [--inactive]
//                    [--delimiter comma|semicolon] [--no-bom] [--sheet-per-unit] [--no-detail]
//                    [--no-summary] [--lang id|en]
//                    --out FILE.xlsx|FILE.csv
//        kinerja-cli export --db FILE|postgresql://... --sqlite FILE [--force]
// The format follows the file's extension. The file appears only when complete.
class ExportCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(kinerja::cli::ExportCommand)
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, Console &console) override;

private:
    int snapshot(const QCommandLineParser &parser, Console &console);

    QCommandLineOption m_db{QStringLiteral("db")};
    QCommandLineOption m_recap{QStringLiteral("recap")};
    QCommandLineOption m_template{QStringLiteral("template")};
    QCommandLineOption m_employees{QStringLiteral("employees")};
    QCommandLineOption m_period{QStringLiteral("period")};
    QCommandLineOption m_unit{QStringLiteral("unit")};
    QCommandLineOption m_noSubunits{QStringLiteral("no-subunits")};
    QCommandLineOption m_inactive{QStringLiteral("inactive")};
    QCommandLineOption m_delimiter{QStringLiteral("delimiter")};
    QCommandLineOption m_noBom{QStringLiteral("no-bom")};
    QCommandLineOption m_sheetPerUnit{QStringLiteral("sheet-per-unit")};
    QCommandLineOption m_noDetail{QStringLiteral("no-detail")};
    QCommandLineOption m_noSummary{QStringLiteral("no-summary")};
    QCommandLineOption m_out{QStringLiteral("out")};
    QCommandLineOption m_lang{QStringLiteral("lang")};
    QCommandLineOption m_sqlite{QStringLiteral("sqlite")};
    QCommandLineOption m_force{QStringLiteral("force")};
};

} // namespace kinerja::cli
