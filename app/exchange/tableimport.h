#pragma once

#include "domain/status.h"
#include "sheettable.h"
#include "tablecolumns.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>
#include <functional>

namespace kinerja::exchange {

// One problem of an imported file, as the preview lists it before anything is written.
struct ImportProblem {
    ImportProblem() = default;
    ImportProblem(int atRow, int atColumn, QString columnHeader, QString why, QString onSheet = {})
        : row(atRow), column(atColumn), header(std::move(columnHeader)), reason(std::move(why)),
          sheet(std::move(onSheet))
    {
    }

    int row = 0;    // 1-based row of the sheet; 0: the file as a whole
    int column = 0; // 1-based; 0: the whole row or file
    QString header; // the column's header as written in the file
    QString reason; // translated
    QString sheet;  // set when a workbook's problem is on another sheet than the main one
    // "Row 7, column C (NIP): reason", "Sheet “Hasil Kerja”, row 7, …" (translated).
    QString text() const;
};

// The user's choices in the GUI's mapping step: an importer's column key -> the
// 1-based column of the file that holds it, or 0 for "not in this file". Keys not
// chosen are found by their header names.
using ColumnChoices = QHash<QString, int>;

// Reads one sheet of a file: XLSX by the .xlsx extension (`sheet` empty: the first
// sheet), anything else as CSV (encoding and delimiter detected).
Status readSheetFile(const QString &path, const QString &sheet, SheetTable &out,
                     const ReadProgress &progress = {});

// What the import dialog and kinerja-cli need of every importer (employees,
// appraisal data, IKM responses): read a table into a preview that lists every
// problem by row, column and reason, show it, then commit all or nothing.
class TableImport {
    Q_DECLARE_TR_FUNCTIONS(kinerja::exchange::TableImport)
public:
    // Called with rows done and total; returning false cancels (all is rolled back).
    using Progress = std::function<bool(int done, int total)>;

    virtual ~TableImport() = default;

    // The columns looked for; the mapping step offers them.
    virtual QVector<ColumnSpec> columnSpecs() const = 0;
    // The first row of the sheet holds the headers.
    virtual int headerRow() const { return 1; }

    // Reads the file (see readSheetFile) and builds the preview. A file refused as a
    // whole (unreadable, empty, header only, missing or doubled columns, merged
    // cells) returns the error, which is also the preview's only problem. Problems
    // of single rows or cells leave the status ok: see problems().
    virtual Status read(const QString &path, const QString &sheet = {},
                        const ColumnChoices &choices = {});
    // The same for a table already read (kept: see table()).
    virtual Status readTable(const SheetTable &table, const ColumnChoices &choices = {}) = 0;

    // Told how far read() is, reading the file and then checking its rows, as a share of
    // ReadSteps; returning false cancels the read, which fails with no preview. Unset
    // (the default): no progress.
    static constexpr int ReadSteps = 1000;
    void setReadProgress(Progress progress) { m_readProgress = std::move(progress); }

    const SheetTable &table() const { return m_table; }
    // Where each column was found in the last read, also when required ones are missing.
    const ColumnMap &columns() const { return m_columns; }
    const QVector<ImportProblem> &problems() const { return m_problems; }
    bool hasProblems() const { return !m_problems.isEmpty(); }

    // The preview as a table: one line per record to be written.
    virtual QStringList previewHeaders() const = 0;
    virtual int previewCount() const = 0;
    virtual int previewSourceRow(int index) const = 0; // 1-based row of the sheet
    virtual QStringList previewCells(int index) const = 0;
    // What a commit would do, in one line: "3 new, 1 changed, 10 unchanged".
    virtual QString previewSummary() const = 0;

    // Writes everything in one transaction. Refused while there are problems;
    // nothing is written when anything fails or `progress` cancels. `summary`
    // receives what was done (translated).
    virtual Status commitAll(const Progress &progress, QString *summary) = 0;

protected:
    // Starts a read of `table`: clears the preview and keeps the table.
    void begin(const SheetTable &table);
    // The common checks of a table: data rows, the columns (with the user's choices),
    // no merged cells. On failure the error is the only problem.
    Status findColumns(const ColumnChoices &choices);
    // Makes `s` the only problem and returns it.
    Status refuse(const Status &s, int row = 0);
    // Adds a problem at the column of `key` (0 when the key is empty or not found).
    void addProblem(int row, const QString &key, const QString &reason);
    // The reading of the file's share of the read progress, for the readers.
    ReadProgress fileProgress() const;
    // For readTable's loop over the rows: reports every few hundred rows; false when the
    // user cancelled, and then the read is refused as cancelled.
    bool rowStep(int row);
    Status refuseCancelled();

    SheetTable m_table;
    ColumnMap m_columns;
    QVector<ImportProblem> m_problems;
    Progress m_readProgress;
};

} // namespace kinerja::exchange
