#pragma once

#include <QString>

namespace kinerja::bench {

// One import of a file: reading it with full validation into the preview, then the commit.
struct ImportRun {
    double readSeconds = 0;     // EmployeeImport::read: XLSX + validation + preview
    double commitSeconds = 0;   // EmployeeImport::commit: one transaction
    double validateSeconds = 0; // readTable again on the table read: validation + preview alone
    double readCpuSeconds = 0;  // CPU time of the read (what the load does not stretch)
    qint64 readPeakGrowthKb = 0;
    qint64 commitPeakGrowthKb = 0;
    int created = 0;
    int changed = 0;
    int unchanged = 0;
    int problems = 0;
    QString firstProblem; // when there are problems (then nothing is committed)
    QString readLoad;     // /proc/loadavg right after the read, and after the commit
    QString commitLoad;
};

// The employee import of all employees of the benchmark database, on a copy.
struct ImportFigures {
    int employees = 0;          // rows exported (every employee, inactive ones included)
    double exportSeconds = 0;   // exportEmployees to XLSX: the input file
    double xlsxReadSeconds = 0; // XlsxReader alone into a SheetTable, for reference
    double xlsxReadCpuSeconds = 0;
    qint64 xlsxReadPeakGrowthKb = 0;
    QString xlsxReadLoad;
    double writeNewSeconds = 0; // the all-new file: the same rows, other NIPs
    QString gradeNote;          // set when the grade column had to be chosen (mapping step)
    ImportRun reimport;         // the same file into the same database: all unchanged
    ImportRun allNew;           // every NIP (and NIP Atasan) changed: all new
};

// On `scratch`, a copy it may write (ScratchCopy): exports into `folder`, writes the
// all-new variant there and imports both.
bool measureImport(const QString &scratch, const QString &folder, ImportFigures *result,
                   QString *error);
// Prints the figures as rows against the 3 s budget of read + full validation, with the
// load average at the time of printing.
void printImport(const ImportFigures &figures);

} // namespace kinerja::bench
