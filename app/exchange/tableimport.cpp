#include "tableimport.h"

#include "csvreader.h"
#include "xlsxreader.h"

#include <QFileInfo>

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

Status readSheetFile(const QString &path, const QString &sheet, SheetTable &out)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0) {
        XlsxReader reader;
        if (Status s = reader.open(path); !s)
            return s;
        return reader.readSheet(sheet, out);
    }
    CsvReader reader;
    return reader.readFile(path, out);
}

Status TableImport::read(const QString &path, const QString &sheet, const ColumnChoices &choices)
{
    SheetTable table;
    table.sourceName = QFileInfo(path).fileName();
    if (Status s = readSheetFile(path, sheet, table); !s) {
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

void TableImport::addProblem(int row, const QString &key, const QString &reason)
{
    const int column = key.isEmpty() ? 0 : m_columns.column(key);
    m_problems.append(ImportProblem{
        row, column, column > 0 ? m_table.text(m_columns.headerRow, column) : QString(), reason});
}

} // namespace kinerja::exchange
