#pragma once

#include "domain/status.h"
#include "sheettable.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QVector>

namespace kinerja::exchange {

// A column an importer looks for: `key` is the importer's own name for it,
// `names` the accepted header texts (Indonesian and English aliases; the first
// one is shown in messages).
struct ColumnSpec {
    QString key;
    QStringList names;
    bool required = true;
};

// Where each found column is: key -> 1-based column.
struct ColumnMap {
    QHash<QString, int> columns;
    int headerRow = 1;
    int column(const QString &key) const { return columns.value(key, 0); }
    bool has(const QString &key) const { return columns.contains(key); }
};

// How a cell of an identifier column (NIP, NIK) reads.
enum class IdentifierCell {
    Empty,
    Digits,           // text of digits (spaces, dots and dashes ignored): `digits`
    OtherText,        // text with other characters: left to the domain validation
    ScientificNumber, // a number, or text like "1.98501E+17": digits are lost
    Number,           // a number that may be exact but is refused (leading zeros, precision)
    Formula,          // a formula: refused
};

struct IdentifierCheck {
    IdentifierCell kind = IdentifierCell::Empty;
    QString digits;  // Digits: the digits only
    QString message; // ScientificNumber, Number, Formula: why it is refused (translated)
    bool isRefused() const
    {
        return kind == IdentifierCell::ScientificNumber || kind == IdentifierCell::Number ||
               kind == IdentifierCell::Formula;
    }
};

class TableColumns {
    Q_DECLARE_TR_FUNCTIONS(kinerja::exchange::TableColumns)
public:
    // Lower-case, with spaces (incl. no-break), underscores, dots, slashes,
    // hyphens and line breaks removed: "Tanggal_Lahir", "tanggal lahir" and
    // "TANGGAL-LAHIR" all become "tanggallahir".
    static QString normalise(QStringView header);

    // Finds the columns in `headerRow`. Errors name the missing required
    // columns (by their first name) and headers that match one column twice;
    // `out` then still holds the columns found. `chosen` (key -> 1-based column,
    // 0 = not in the file) are the user's choices: they win over header names,
    // and a column chosen for one key is not matched to another by its name.
    static Status find(const SheetTable &table, int headerRow, const QVector<ColumnSpec> &specs,
                       ColumnMap &out, const QHash<QString, int> &chosen = {});

    // Refuses a table that has no row with data after `headerRow`.
    static Status requireDataRows(const SheetTable &table, int headerRow);

    // Refuses merged cells in or below the header row (they break the row-per-record layout).
    static Status refuseMergedCells(const SheetTable &table, int headerRow);

    // Classifies a cell of an identifier column; `columnTitle` (e.g. "NIP")
    // and `expectedDigits` (18 for a NIP) go into the messages.
    static IdentifierCheck checkIdentifier(const Cell &cell, const QString &columnTitle,
                                           int expectedDigits);

    // "Sheet “Pegawai”, row 7, column C (NIP)" style location for messages.
    static QString location(const SheetTable &table, const Cell &cell,
                            const QString &columnTitle = {});
};

} // namespace kinerja::exchange
