#pragma once

#include <QDateTime>
#include <QString>
#include <QVector>
#include <functional>

namespace kinerja::exchange {

// What a spreadsheet cell holds. A Date is a number whose cell style is a date
// format; a Formula keeps the value the spreadsheet last computed for it.
enum class CellType { Empty, String, Number, Boolean, Date, Formula, Error };

// "A", "Z", "AA" for columns 1, 26, 27; empty for column < 1.
QString columnLetters(int column);
// "C7" for row 7, column 3.
QString cellReference(int row, int column);
// Parses "C7" (or "$C$7"); returns false when it is no cell reference.
bool parseCellReference(QStringView ref, int &row, int &column);

// Told now and then how far a reader is (bytes of `total`); returning false stops the
// read, which then fails with the reader's "cancelled" message and no rows.
using ReadProgress = std::function<bool(qint64 done, qint64 total)>;

struct Cell {
    int row = 0;    // 1-based; in a CSV file the record number
    int column = 0; // 1-based
    CellType type = CellType::Empty;
    // Formula cells: the type of the cached value (String, Number, Boolean,
    // Date, Error, or Empty when the file keeps no value).
    CellType valueType = CellType::Empty;
    // The value as written in the file: the string, the number as stored
    // ("1.98501E+17"), "1"/"0" for a boolean, the error code ("#N/A").
    QString text;
    double number = 0;  // Number, Boolean (0/1), Date (the serial) and their formula results
    QDateTime dateTime; // Date: the converted serial (invalid for serial 60 of the 1900 system)
    QString formula;    // Formula: its text without "=" (empty for a shared formula's copy)

    bool isEmpty() const { return type == CellType::Empty; }
    // The type of the value: valueType for a formula, else type.
    CellType effectiveType() const { return type == CellType::Formula ? valueType : type; }
    QString reference() const { return cellReference(row, column); }
};

// A merged range (XLSX <mergeCell>), inclusive, 1-based.
struct MergedRange {
    int firstRow = 0;
    int firstColumn = 0;
    int lastRow = 0;
    int lastColumn = 0;
    QString reference() const; // "A1:B2"
};

// One sheet as read from a CSV or XLSX file: no domain validation.
// rows[i] holds row i + 1; rows[i][j] holds column j + 1. Rows are as long as
// their last non-empty cell, so a missing cell reads as empty.
struct SheetTable {
    QString sourceName;        // the file name, for messages
    QString sheetName;         // the sheet's name (XLSX) or empty (CSV)
    char16_t csvDelimiter = 0; // CSV: the delimiter of the fields; 0 for a workbook
    QVector<QVector<Cell>> rows;
    QVector<MergedRange> merged;

    int rowCount() const { return rows.size(); }
    int columnCount() const; // the longest row
    // The cell at 1-based row/column; an empty cell (with that position) when absent.
    Cell cell(int row, int column) const;
    // The cell's text trimmed; empty when absent.
    QString text(int row, int column) const;
    bool isRowEmpty(int row) const;
    // Whether the 1-based cell lies in a merged range (returns it in `range`).
    bool isMerged(int row, int column, MergedRange *range = nullptr) const;
};

} // namespace kinerja::exchange
