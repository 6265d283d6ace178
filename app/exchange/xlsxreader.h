#pragma once

#include "domain/status.h"
#include "sheettable.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>
#include <QVector>
#include <memory>

namespace kinerja::exchange {

struct XlsxOptions {
    // Rows with a value beyond this row number are refused.
    int maxRows = 200000;
    // Cells beyond this column are refused (a stray cell in column XFD would
    // otherwise make every row 16,384 cells long).
    int maxColumns = 500;
    // Files larger than this are refused without being read.
    qint64 maxFileSize = qint64(256) * 1024 * 1024;
    // Zip-bomb guard: no part is decompressed beyond this many bytes.
    qint64 maxPartSize = qint64(512) * 1024 * 1024;
    // Called at the start of readSheet and every few hundred rows.
    ReadProgress progress;
};

// Reads .xlsx workbooks (Office Open XML) with minizip and QXmlStreamReader:
// the sheet list, shared strings (rich text included), the date formats of
// styles.xml and one sheet's cells, with dates converted from serial numbers
// (1900 system with its leap-year bug, or the 1904 system). UI-free.
class XlsxReader {
    Q_DECLARE_TR_FUNCTIONS(kinerja::exchange::XlsxReader)
public:
    explicit XlsxReader(XlsxOptions options = {});
    ~XlsxReader();
    XlsxReader(const XlsxReader &) = delete;
    XlsxReader &operator=(const XlsxReader &) = delete;

    // Opens the workbook and reads its sheet list, shared strings and styles.
    Status open(const QString &path);
    // The same from bytes; `sourceName` names the data in messages.
    Status openData(const QByteArray &data, const QString &sourceName);
    void close();

    // Worksheets in workbook order (chart sheets excluded).
    QStringList sheetNames() const;
    bool isDate1904() const;

    // Reads the named sheet (case-insensitive), or the first when `sheetName` is empty.
    Status readSheet(const QString &sheetName, SheetTable &out);

    // Converts a serial date number; invalid for serial 60 in the 1900 system
    // (29 February 1900, which never existed), negatives and beyond 9999.
    static QDateTime serialToDateTime(double serial, bool date1904);
    // Whether a number format code shows a date (d, m or y outside quoted text,
    // escapes and [..] sections).
    static bool isDateFormatCode(QStringView code);
    static bool isBuiltinDateFormat(int numFmtId);

    struct Private;

private:
    std::unique_ptr<Private> d;
};

} // namespace kinerja::exchange
