#pragma once

#include "domain/status.h"
#include "sheettable.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace kinerja::exchange {

enum class TextEncoding { Utf8, Utf8Bom, Windows1252 };

struct CsvOptions {
    // More data rows than this (header included) are refused before reading on.
    int maxRows = 200000;
    // Files larger than this are refused without being read.
    qint64 maxFileSize = qint64(256) * 1024 * 1024;
    // 0: detect comma, semicolon or tab from the first line.
    char16_t delimiter = 0;
    // Called at the start of the records and every few hundred of them.
    ReadProgress progress;
};

// Reads a CSV file into a SheetTable of String cells (no type guessing: the
// importer decides what a field means). Detects the encoding (UTF-8 with or
// without BOM; Windows-1252 only when the file holds no UTF-8 at all: a UTF-8 file
// with a bad byte is refused, naming its row and column) and the delimiter; RFC 4180 quoting with
// doubled quotes and quoted line breaks; CRLF or LF. A last empty line is
// dropped; other empty lines stay as empty rows so row numbers match the file.
class CsvReader {
    Q_DECLARE_TR_FUNCTIONS(kinerja::exchange::CsvReader)
public:
    explicit CsvReader(CsvOptions options = {}) : m_options(std::move(options)) {}

    Status readFile(const QString &path, SheetTable &out);
    // `sourceName` names the data in messages (a file name).
    Status readData(QByteArrayView data, const QString &sourceName, SheetTable &out);

    // What the last read detected.
    TextEncoding encoding() const { return m_encoding; }
    char16_t delimiter() const { return m_delimiter; }

    // Helpers, public for tests.
    struct Utf8Scan {
        qsizetype firstError = -1; // offset of the first byte that is not UTF-8, or -1
        qsizetype multiByte = 0;   // valid sequences of two to four bytes
    };
    static Utf8Scan scanUtf8(QByteArrayView data);
    static bool isValidUtf8(QByteArrayView data);
    // The 1-based record and field (row and column) of the byte at `offset`.
    static void positionOf(QByteArrayView data, qsizetype offset, char16_t delimiter, int *record,
                           int *field);
    static QString decodeWindows1252(QByteArrayView data);
    // Counts , ; and tab outside quotes on the first line; comma when none.
    static char16_t detectDelimiter(QByteArrayView data);

private:
    CsvOptions m_options;
    TextEncoding m_encoding = TextEncoding::Utf8;
    char16_t m_delimiter = u',';
};

} // namespace kinerja::exchange
