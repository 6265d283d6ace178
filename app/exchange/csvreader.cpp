#include "csvreader.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace kinerja::exchange {

namespace {

// Windows-1252 0x80-0x9F; 0 marks the five undefined bytes.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

// "F6" for a byte in a message (which writes "0x%1").
QString byteText(unsigned char byte)
{
    return QString::number(byte, 16).rightJustified(2, u'0').toUpper();
}

QString fileLabel(const QString &sourceName)
{
    return sourceName.isEmpty() ? QStringLiteral("CSV") : sourceName;
}

} // namespace

CsvReader::Utf8Scan CsvReader::scanUtf8(QByteArrayView data)
{
    Utf8Scan scan;
    const auto *p = reinterpret_cast<const unsigned char *>(data.data());
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        unsigned int cp = 0;
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        }
        bool valid = len > 0 && i + len <= n;
        for (int k = 1; valid && k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                valid = false;
            else
                cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (valid &&
            ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
             cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)))
            valid = false;
        if (valid) {
            ++scan.multiByte;
            i += len;
        } else {
            if (scan.firstError < 0)
                scan.firstError = i;
            ++i; // go on: a later valid sequence still counts
        }
    }
    return scan;
}

bool CsvReader::isValidUtf8(QByteArrayView data)
{
    return scanUtf8(data).firstError < 0;
}

void CsvReader::positionOf(QByteArrayView data, qsizetype offset, char16_t delimiter, int *record,
                           int *field)
{
    *record = 1;
    *field = 1;
    bool quoted = false;
    const qsizetype end = std::min(offset, data.size());
    for (qsizetype i = 0; i < end; ++i) {
        const char c = data[i];
        if (c == '"') {
            quoted = !quoted; // a doubled quote toggles twice
        } else if (!quoted) {
            if (c == char(delimiter)) {
                ++*field;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < end && data[i + 1] == '\n')
                    ++i;
                ++*record;
                *field = 1;
            }
        }
    }
}

QString CsvReader::decodeWindows1252(QByteArrayView data)
{
    QString out(data.size(), Qt::Uninitialized);
    QChar *d = out.data();
    for (qsizetype i = 0; i < data.size(); ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        if (c >= 0x80 && c <= 0x9F) {
            const char16_t u = kCp1252High[c - 0x80];
            d[i] = QChar(u ? u : char16_t(0xFFFD));
        } else {
            d[i] = QChar(char16_t(c));
        }
    }
    return out;
}

char16_t CsvReader::detectDelimiter(QByteArrayView data)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (const char c : data) {
        if (c == '"') {
            quoted = !quoted; // a doubled quote toggles twice
        } else if (!quoted) {
            if (c == '\n' || c == '\r')
                break;
            if (c == ',')
                ++comma;
            else if (c == ';')
                ++semicolon;
            else if (c == '\t')
                ++tab;
        }
    }
    if (tab > comma && tab > semicolon)
        return u'\t';
    if (semicolon > comma)
        return u';';
    return u',';
}

Status CsvReader::readFile(const QString &path, SheetTable &out)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::error(tr("Cannot open %1: %2").arg(path, file.errorString()), path);
    if (file.size() > m_options.maxFileSize) {
        return Status::error(tr("%1 is too large (%2 MB); the limit is %3 MB.")
                                 .arg(name)
                                 .arg(file.size() / (1024 * 1024))
                                 .arg(m_options.maxFileSize / (1024 * 1024)),
                             path);
    }
    if (file.size() == 0)
        return Status::error(tr("%1 is empty.").arg(name), path);
    uchar *mapped = file.map(0, file.size());
    if (mapped) {
        const QByteArrayView view(reinterpret_cast<const char *>(mapped), file.size());
        Status s = readData(view, name, out);
        file.unmap(mapped);
        return s;
    }
    const QByteArray data = file.readAll();
    return readData(data, name, out);
}

Status CsvReader::readData(QByteArrayView data, const QString &sourceName, SheetTable &out)
{
    out = SheetTable();
    out.sourceName = sourceName;
    const QString label = fileLabel(sourceName);

    if (data.isEmpty())
        return Status::error(tr("%1 is empty.").arg(label), sourceName);
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
        return Status::error(tr("%1 is saved as UTF-16 text. Save it as \"CSV UTF-8\" or "
                                "\"CSV (comma delimited)\" and import it again.")
                                 .arg(label),
                             sourceName);
    }
    if (data.startsWith("PK\x03\x04") || data.startsWith("\xD0\xCF\x11\xE0")) {
        return Status::error(
            tr("%1 is a spreadsheet workbook, not a CSV text file. Import it as XLSX or save "
               "it as CSV.")
                .arg(label),
            sourceName);
    }
    if (data.contains('\0')) {
        return Status::error(tr("%1 is not a text file (it contains NUL bytes).").arg(label),
                             sourceName);
    }

    if (data.startsWith("\xEF\xBB\xBF")) {
        m_encoding = TextEncoding::Utf8Bom;
        data = data.sliced(3);
    } else {
        m_encoding = TextEncoding::Utf8;
    }
    m_delimiter = m_options.delimiter ? m_options.delimiter : detectDelimiter(data);
    // UTF-8, else Windows-1252 only when nothing in the file is UTF-8: a file of UTF-8
    // text with a bad byte is refused, never read whole as Windows-1252 (which would turn
    // its "í" into "Ã­").
    const Utf8Scan scan = scanUtf8(data);
    if (scan.firstError >= 0) {
        const auto byte = static_cast<unsigned char>(data[scan.firstError]);
        int record = 0, column = 0;
        positionOf(data, scan.firstError, m_delimiter, &record, &column);
        const QString hex = byteText(byte);
        if (m_encoding == TextEncoding::Utf8Bom) {
            return Status::error(tr("%1 starts with a UTF-8 mark but is not valid UTF-8 text: "
                                    "row %2, column %3 holds the byte 0x%4, which is not UTF-8. "
                                    "Correct that cell, or save the file again as \"CSV "
                                    "UTF-8\"; nothing was imported.")
                                     .arg(label)
                                     .arg(record)
                                     .arg(columnLetters(column), hex),
                                 sourceName);
        }
        if (scan.multiByte > 0) {
            return Status::error(tr("%1 is UTF-8 text except at row %2, column %3: the byte "
                                    "0x%4 there is not UTF-8. Correct that cell, or save the "
                                    "file again as \"CSV UTF-8\"; nothing was imported.")
                                     .arg(label)
                                     .arg(record)
                                     .arg(columnLetters(column), hex),
                                 sourceName);
        }
        m_encoding = TextEncoding::Windows1252;
        for (qsizetype i = 0; i < data.size(); ++i) {
            const auto c = static_cast<unsigned char>(data[i]);
            if (c >= 0x80 && c <= 0x9F && kCp1252High[c - 0x80] == 0) {
                positionOf(data, i, m_delimiter, &record, &column);
                return Status::error(tr("%1 is neither UTF-8 nor Windows-1252 text (the byte "
                                        "0x%2 at row %3, column %4). Save it as \"CSV UTF-8\".")
                                         .arg(label, byteText(c))
                                         .arg(record)
                                         .arg(columnLetters(column)),
                                     sourceName);
            }
        }
    }
    out.csvDelimiter = m_delimiter;
    const char delim = char(m_delimiter);
    const bool utf8 = m_encoding != TextEncoding::Windows1252;
    auto decode = [utf8](QByteArrayView field) {
        return utf8 ? QString::fromUtf8(field) : decodeWindows1252(field);
    };

    const qsizetype n = data.size();
    qsizetype i = 0;
    int line = 1;
    QVector<Cell> row;
    QByteArray field;
    if (m_options.progress && !m_options.progress(0, n)) {
        out.rows.clear();
        return Status::error(tr("Reading %1 was cancelled.").arg(label), sourceName);
    }
    while (i < n) {
        // One record.
        const int recordNumber = out.rows.size() + 1;
        if (m_options.progress && recordNumber % 256 == 0 && !m_options.progress(i, n)) {
            out.rows.clear();
            return Status::error(tr("Reading %1 was cancelled.").arg(label), sourceName);
        }
        if (recordNumber > m_options.maxRows) {
            out.rows.clear();
            return Status::error(tr("%1 has more than %2 rows; split it into smaller files.")
                                     .arg(label)
                                     .arg(m_options.maxRows),
                                 sourceName);
        }
        row.clear();
        bool endOfRecord = false;
        while (!endOfRecord) {
            field.clear();
            if (i < n && data[i] == '"') {
                const int startLine = line;
                ++i;
                bool closed = false;
                while (i < n) {
                    const char c = data[i];
                    if (c == '"') {
                        if (i + 1 < n && data[i + 1] == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    if (c == '\n')
                        ++line;
                    field.append(c);
                    ++i;
                }
                if (!closed) {
                    out.rows.clear();
                    return Status::error(
                        tr("%1, line %2: a quoted field is never closed (a \" is missing).")
                            .arg(label)
                            .arg(startLine),
                        sourceName);
                }
            }
            // Unquoted part (or text after a closing quote, kept as is).
            while (i < n) {
                const char c = data[i];
                if (c == delim || c == '\n' || c == '\r')
                    break;
                field.append(c);
                ++i;
            }
            Cell cell;
            cell.row = recordNumber;
            cell.column = row.size() + 1;
            cell.text = decode(field);
            cell.type = cell.text.isEmpty() ? CellType::Empty : CellType::String;
            row.append(cell);
            if (i >= n) {
                endOfRecord = true;
            } else if (data[i] == delim) {
                ++i;
            } else {
                if (data[i] == '\r')
                    ++i;
                if (i < n && data[i] == '\n')
                    ++i;
                ++line;
                endOfRecord = true;
            }
        }
        // Trim trailing empty cells.
        while (!row.isEmpty() && row.last().isEmpty())
            row.removeLast();
        out.rows.append(row);
    }
    // A file ending in a line break produces no extra record; drop trailing empty rows.
    while (!out.rows.isEmpty() && out.rows.last().isEmpty())
        out.rows.removeLast();
    if (out.rows.isEmpty())
        return Status::error(tr("%1 holds no data.").arg(label), sourceName);
    return Status::ok();
}

} // namespace kinerja::exchange
