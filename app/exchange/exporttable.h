#pragma once

#include <QDate>
#include <QString>
#include <QVector>

namespace kinerja::exchange {

// What a column holds, which decides how each format writes it.
//   Text        free text.
//   Identifier  digits that must stay text (NIP): an XLSX string cell with the "@"
//               format, never a number (a spreadsheet would show 1.97E+17).
//   Integer     a whole number; Decimal: a number with `places` decimals;
//   Percent     a fraction (0.85 = 85 %) with `places` decimals;
//   Date        a calendar date (XLSX: an Excel date shown dd/mm/yyyy; CSV: ISO 8601).
enum class ColumnKind { Text, Identifier, Integer, Decimal, Percent, Date };

struct ExportColumn {
    QString header; // translated
    ColumnKind kind = ColumnKind::Text;
    int places = 2;    // Decimal and Percent
    int maxWidth = 50; // XLSX: the width found from the values is capped here
};

// One cell: empty, text, a number or a date. A row is filled and reused by its
// producer, so streaming 50,000 rows allocates little.
struct ExportCell {
    enum class Type { Empty, Text, Number, Date };
    Type type = Type::Empty;
    QString text;
    double number = 0;
    QDate date;

    void clear() { type = Type::Empty; }
    void setText(const QString &value)
    {
        type = Type::Text;
        text = value;
    }
    void setNumber(double value)
    {
        type = Type::Number;
        number = value;
    }
    void setDate(const QDate &value)
    {
        type = value.isValid() ? Type::Date : Type::Empty;
        date = value;
    }
};

using ExportRow = QVector<ExportCell>;

} // namespace kinerja::exchange
