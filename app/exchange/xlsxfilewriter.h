#pragma once

#include "domain/status.h"
#include "exporttable.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <memory>

namespace kinerja::exchange {

struct XlsxProperties {
    QString title;
    QString subject;
    QString author = QStringLiteral("Kinerja");
    QString company; // the agency name, when set
    QString comments;
    QDateTime created; // invalid = now
};

// Writes an .xlsx workbook with libxlsxwriter in constant_memory mode: the rows of each
// sheet must come in order (sheets may be interleaved). Each sheet gets a bold, frozen
// header row, an autofilter over its data, column widths from the header and the values
// (capped by ExportColumn::maxWidth); identifiers are string cells ("@" format), numbers
// number cells with a number format, dates Excel dates shown dd/mm/yyyy.
// The workbook is written to "<path>.part" beside the target and renamed into place by
// finish(); discard() (or the destructor without finish()) removes the part file.
class XlsxWriter {
    Q_DECLARE_TR_FUNCTIONS(kinerja::exchange::XlsxWriter)
public:
    explicit XlsxWriter(QString path);
    ~XlsxWriter();
    XlsxWriter(const XlsxWriter &) = delete;
    XlsxWriter &operator=(const XlsxWriter &) = delete;

    // Checks that the folder is writable and starts the workbook.
    Status open(const XlsxProperties &properties);
    // A new sheet; the name is made valid and unique (sanitizeSheetName). With columns
    // the header row is written at once; without, call setColumns() before its rows.
    Status addSheet(const QString &name, const QVector<ExportColumn> &columns, int *sheet);
    Status addSheet(const QString &name, int *sheet);
    Status setColumns(int sheet, const QVector<ExportColumn> &columns);
    Status writeRow(int sheet, const ExportRow &row);
    // Rows written so far to a sheet (without the header).
    int rowCount(int sheet) const;
    QString sheetName(int sheet) const;
    Status finish();
    void discard();

    QString path() const { return m_path; }
    QString partPath() const { return m_path + QStringLiteral(".part"); }

    // A valid Excel sheet name: []:*?/\ replaced by "-", no leading or trailing
    // apostrophe, at most 31 characters, not empty ("Sheet"), and unique among
    // `taken` (case-insensitive) by a " (2)" suffix.
    static QString sanitizeSheetName(const QString &name, const QStringList &taken);
    // Days since 1899-12-30 (Excel's serial date, 1900 date system).
    static double excelDate(const QDate &date);

private:
    struct Impl;
    Status lxwError(int error, const QString &what) const;

    QString m_path;
    std::unique_ptr<Impl> d;
};

} // namespace kinerja::exchange
