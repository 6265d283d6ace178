#pragma once

#include "command.h"

#include <QCoreApplication>

namespace kinerja::cli {

// kinerja-cli audit verify [--db FILE|postgresql://...]
// Walks the audit trail the database writes itself (migration 011): every entry's hash and
// its link to the one before, the triggers that write it, and every audited row against
// its last entry. (`audit log` comes with AuditTrail::entries().)
class AuditCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(kinerja::cli::AuditCommand)
public:
    QString name() const override { return QStringLiteral("audit"); }
    QString summary() const override;
    QString description() const override;
    bool takesArguments() const override { return true; }
    QString usage() const override { return QStringLiteral("verify [--db …]"); }
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, Console &console) override;

private:
    QCommandLineOption m_db{QStringLiteral("db")};
};

} // namespace kinerja::cli
