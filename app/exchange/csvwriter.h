#pragma once

#include "domain/status.h"
#include "exporttable.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <memory>
#include <optional>

namespace kinerja::exchange {

struct CsvWriteOptions {
    // ',' (RFC 4180) or ';' (what Excel expects under an Indonesian locale).
    char delimiter = ',';
    // A UTF-8 byte order mark lets Excel recognise the encoding.
    bool bom = true;
    // Decimal comma ("3,75"); unset = a comma exactly when the delimiter is ';'.
    std::optional<bool> decimalComma;

    bool usesDecimalComma() const { return decimalComma.value_or(delimiter == ';'); }
};

// Writes one table as CSV: UTF-8 (optionally with a BOM), CRLF line ends, RFC 4180
// quoting (a field with the delimiter, a quote, CR or LF is quoted, quotes doubled).
// Numbers are plain ("1234", "87.50" or "87,50"), percentages "85.5%", dates ISO
// ("2026-03-31", which Excel reads as a date in every locale).
// Note: plain CSV cannot tell Excel to keep an identifier as text; a NIP is written as
// its 18 digits and Excel, opening the file directly, shows it as a number (1.97E+17).
// Import it with the column set to Text, or use the XLSX export.
// Writes through QSaveFile: nothing appears at the path unless commit() succeeds.
class CsvWriter {
    Q_DECLARE_TR_FUNCTIONS(kinerja::exchange::CsvWriter)
public:
    explicit CsvWriter(QString path, CsvWriteOptions options = {});
    ~CsvWriter(); // discards an uncommitted file

    Status open(const QVector<ExportColumn> &columns); // writes the BOM and the header row
    Status writeRow(const ExportRow &row);
    Status commit();
    void cancel();

    // One field as written: quoted when needed.
    static void appendField(QByteArray *out, const QString &text, char delimiter);
    // The text of a cell of the given column.
    static QString cellText(const ExportCell &cell, const ExportColumn &column, bool decimalComma);

private:
    Status flush();
    Status writeError() const;

    QString m_path;
    CsvWriteOptions m_options;
    QVector<ExportColumn> m_columns;
    std::unique_ptr<QSaveFile> m_file;
    QByteArray m_buffer;
};

} // namespace kinerja::exchange
