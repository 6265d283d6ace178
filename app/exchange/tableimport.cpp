#include "tableimport.h"

#include "csvreader.h"
#include "xlsxreader.h"

#include <QFileInfo>

#include <algorithm>

namespace kinerja::exchange {

QString ImportProblem::text() const
{
    const QString letters = columnLetters(column);
    if (!sheet.isEmpty()) {
        if (row <= 0)
            return TableImport::tr("Sheet “%1”: %2").arg(sheet, reason);
        if (column <= 0)
            return TableImport::tr("Sheet “%1”, row %2: %3").arg(sheet).arg(row).arg(reason);
        if (header.isEmpty())
            return TableImport::tr("Sheet “%1”, row %2, column %3: %4")
                .arg(sheet)
                .arg(row)
                .arg(letters, reason);
        return TableImport::tr("Sheet “%1”, row %2, column %3 (%4): %5")
            .arg(sheet)
            .arg(row)
            .arg(letters, header, reason);
    }
    if (row <= 0)
        return reason;
    if (column <= 0)
        return TableImport::tr("Row %1: %2").arg(row).arg(reason);
    if (header.isEmpty())
        return TableImport::tr("Row %1, column %2: %3").arg(row).arg(letters, reason);
    return TableImport::tr("Row %1, column %2 (%3): %4").arg(row).arg(letters, header, reason);
}

Status readSheetFile(const QString &path, const QString &sheet, SheetTable &out,
                     const ReadProgress &progress)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0) {
        XlsxOptions options;
        options.progress = progress;
        XlsxReader reader(options);
        if (Status s = reader.open(path); !s)
            return s;
        return reader.readSheet(sheet, out);
    }
    CsvOptions options;
    options.progress = progress;
    CsvReader reader(options);
    return reader.readFile(path, out);
}

Status TableImport::read(const QString &path, const QString &sheet, const ColumnChoices &choices)
{
    SheetTable table;
    table.sourceName = QFileInfo(path).fileName();
    if (Status s = readSheetFile(path, sheet, table, fileProgress()); !s) {
        begin(table);
        return refuse(s);
    }
    return readTable(table, choices);
}

void TableImport::begin(const SheetTable &table)
{
    if (&table != &m_table)
        m_table = table;
    m_columns = ColumnMap();
    m_problems.clear();
}

Status TableImport::findColumns(const ColumnChoices &choices)
{
    const int header = headerRow();
    if (Status s = TableColumns::requireDataRows(m_table, header); !s)
        return refuse(s);
    if (Status s = TableColumns::find(m_table, header, columnSpecs(), m_columns, choices); !s)
        return refuse(s, header);
    if (Status s = TableColumns::refuseMergedCells(m_table, header); !s)
        return refuse(s);
    return Status::ok();
}

Status TableImport::refuse(const Status &s, int row)
{
    m_problems = {ImportProblem{row, 0, {}, s.message()}};
    return s;
}

ReadProgress TableImport::fileProgress() const
{
    if (!m_readProgress)
        return {};
    // The file takes the first half of the steps, the rows the second.
    return [progress = m_readProgress](qint64 done, qint64 total) {
        return progress(total > 0 ? int(done * (ReadSteps / 2) / total) : 0, ReadSteps);
    };
}

bool TableImport::rowStep(int row)
{
    const int first = headerRow() + 1;
    if (!m_readProgress || (row - first) % 256 != 0)
        return true;
    const int rows = std::max(1, m_table.rowCount() - headerRow());
    return m_readProgress(
        std::min(ReadSteps, ReadSteps / 2 + (row - first) * (ReadSteps / 2) / rows), ReadSteps);
}

Status TableImport::refuseCancelled()
{
    return refuse(Status::error(tr("Reading %1 was cancelled.").arg(m_table.sourceName)));
}

void TableImport::addProblem(int row, const QString &key, const QString &reason)
{
    const int column = key.isEmpty() ? 0 : m_columns.column(key);
    m_problems.append(ImportProblem{
        row, column, column > 0 ? m_table.text(m_columns.headerRow, column) : QString(), reason});
}

} // namespace kinerja::exchange
