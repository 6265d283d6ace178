#include "sheettable.h"

#include <algorithm>

namespace kinerja::exchange {

QString columnLetters(int column)
{
    QString out;
    while (column > 0) {
        const int rem = (column - 1) % 26;
        out.prepend(QChar(u'A' + rem));
        column = (column - 1) / 26;
    }
    return out;
}

QString cellReference(int row, int column)
{
    return columnLetters(column) + QString::number(row);
}

bool parseCellReference(QStringView ref, int &row, int &column)
{
    qsizetype i = 0;
    const qsizetype n = ref.size();
    if (i < n && ref[i] == u'$')
        ++i;
    qint64 col = 0;
    const qsizetype colStart = i;
    while (i < n) {
        const char16_t c = ref[i].unicode();
        if (c >= u'A' && c <= u'Z')
            col = col * 26 + (c - u'A' + 1);
        else if (c >= u'a' && c <= u'z')
            col = col * 26 + (c - u'a' + 1);
        else
            break;
        if (col > 16384)
            return false;
        ++i;
    }
    if (i == colStart)
        return false;
    if (i < n && ref[i] == u'$')
        ++i;
    qint64 r = 0;
    const qsizetype rowStart = i;
    while (i < n && ref[i] >= u'0' && ref[i] <= u'9') {
        r = r * 10 + (ref[i].unicode() - u'0');
        if (r > 1048576)
            return false;
        ++i;
    }
    if (i == rowStart || i != n || r < 1)
        return false;
    row = int(r);
    column = int(col);
    return true;
}

QString MergedRange::reference() const
{
    return cellReference(firstRow, firstColumn) + u':' + cellReference(lastRow, lastColumn);
}

int SheetTable::columnCount() const
{
    int n = 0;
    for (const auto &r : rows)
        n = std::max(n, int(r.size()));
    return n;
}

Cell SheetTable::cell(int row, int column) const
{
    if (row >= 1 && row <= rows.size() && column >= 1 && column <= rows[row - 1].size())
        return rows[row - 1][column - 1];
    Cell c;
    c.row = row;
    c.column = column;
    return c;
}

QString SheetTable::text(int row, int column) const
{
    if (row >= 1 && row <= rows.size() && column >= 1 && column <= rows[row - 1].size())
        return rows[row - 1][column - 1].text.trimmed();
    return {};
}

bool SheetTable::isRowEmpty(int row) const
{
    if (row < 1 || row > rows.size())
        return true;
    const auto &r = rows[row - 1];
    return std::all_of(r.begin(), r.end(), [](const Cell &c) {
        return c.isEmpty() || (c.type == CellType::String && c.text.trimmed().isEmpty());
    });
}

bool SheetTable::isMerged(int row, int column, MergedRange *range) const
{
    for (const auto &m : merged) {
        if (row >= m.firstRow && row <= m.lastRow && column >= m.firstColumn &&
            column <= m.lastColumn) {
            if (range)
                *range = m;
            return true;
        }
    }
    return false;
}

} // namespace kinerja::exchange
