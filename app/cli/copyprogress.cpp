#include "copyprogress.h"

#include "console.h"
#include "interrupt.h"

#include <QLocale>

namespace kinerja::cli {

namespace {
class Copy {
    Q_DECLARE_TR_FUNCTIONS(kinerja::cli::Copy)
};
} // namespace

CopyProgress::CopyProgress(Console &console)
    : m_console(console), m_terminal(console.errIsTerminal())
{
}

CopyProgress::~CopyProgress()
{
    if (m_terminal && m_shown >= 0)
        m_console.err(QStringLiteral("\n"));
}

bool CopyProgress::operator()(const DatabaseCopy::Step &step)
{
    if (InterruptGuard::interrupted())
        return false;
    const int percent =
        step.tableTotal > 0 ? static_cast<int>(step.tableRows * 100 / step.tableTotal) : 100;
    const bool newTable = step.table != m_table;
    m_table = step.table;
    const QString line = Copy::tr("Copying %1 (table %2 of %3, %4 rows): %5%")
                             .arg(step.table)
                             .arg(step.tableIndex + 1)
                             .arg(step.tableCount)
                             .arg(Console::count(step.tableTotal))
                             .arg(percent);
    if (m_terminal && (newTable || percent != m_shown))
        m_console.err(QLatin1Char('\r') + line + QLatin1String("\x1b[K"));
    else if (!m_terminal && newTable)
        m_console.err(line.left(line.lastIndexOf(QLatin1Char(':'))) + QLatin1Char('\n'));
    m_shown = percent;
    return true;
}

QString copyReport(const DatabaseCopy::Report &report)
{
    qsizetype width = 0;
    for (const auto &[table, rows] : report.tables)
        width = std::max(width, table.size());
    QString text;
    for (const auto &[table, rows] : report.tables)
        text += QLatin1String("  ") + table.leftJustified(width + 2) +
                Console::count(rows).rightJustified(12) + QLatin1Char('\n');
    const double seconds = std::max<qint64>(report.msecs, 1) / 1000.0;
    text += Copy::tr("Copied %1 rows of %2 tables in %3 s (%4 rows a second).")
                .arg(Console::count(report.rows))
                .arg(report.tables.size())
                .arg(QLocale().toString(seconds, 'f', 1))
                .arg(Console::count(qint64(report.rows / seconds))) +
            QLatin1Char('\n');
    return text;
}

} // namespace kinerja::cli
