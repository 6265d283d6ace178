#pragma once

#include "command.h"

#include <QCoreApplication>

namespace kinerja::cli {

// kinerja-cli print --db FILE --period CODE [--unit NAME|ID] [--no-subunits] [--nip NIP]...
//                   [--document CODES] [--paper a4|f4] [--sign-date DATE]
//                   [--lang id|en] (--out FILE.pdf | --per-employee FOLDER)
// The appraisal sheets of a unit (with its sub-units) or of some employees for a period,
// into one PDF or one PDF per employee; or, with --recap, a recap of the unit and period.
class PrintCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(kinerja::cli::PrintCommand)
public:
    QString name() const override { return QStringLiteral("print"); }
    QString summary() const override;
    QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, Console &console) override;

private:
    QCommandLineOption m_db{QStringLiteral("db")};
    QCommandLineOption m_period{QStringLiteral("period")};
    QCommandLineOption m_unit{QStringLiteral("unit")};
    QCommandLineOption m_noSubunits{QStringLiteral("no-subunits")};
    QCommandLineOption m_nip{QStringLiteral("nip")};
    QCommandLineOption m_document{QStringLiteral("document")};
    QCommandLineOption m_paper{QStringLiteral("paper")};
    QCommandLineOption m_signDate{QStringLiteral("sign-date")};
    QCommandLineOption m_out{QStringLiteral("out")};
    QCommandLineOption m_perEmployee{QStringLiteral("per-employee")};
    QCommandLineOption m_lang{QStringLiteral("lang")};
    QCommandLineOption m_recap{QStringLiteral("recap")};
};

} // namespace kinerja::cli
