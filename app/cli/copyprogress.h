#pragma once

#include "storage/databasecopy.h"

namespace kinerja::cli {

class Console;

// The progress of a DatabaseCopy on stderr, table by table: rewritten in place on a
// terminal, one line per table otherwise (a log). Returns false once Ctrl-C was pressed.
class CopyProgress {
public:
    explicit CopyProgress(Console &console);
    ~CopyProgress();
    CopyProgress(const CopyProgress &) = delete;
    CopyProgress &operator=(const CopyProgress &) = delete;

    bool operator()(const DatabaseCopy::Step &step);

private:
    Console &m_console;
    bool m_terminal;
    QString m_table;
    int m_shown = -1;
};

// "Copied 1.234.567 rows of 19 tables in 12.3 s (100.000 rows a second)." and the rows per
// table, for stdout.
QString copyReport(const DatabaseCopy::Report &report);

} // namespace kinerja::cli
