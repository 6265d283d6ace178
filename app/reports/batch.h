#pragma once

#include "documents.h"
#include "domain/status.h"
#include "paper.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

#include <functional>

namespace kinerja {
class Database;
}

namespace kinerja::reports {

enum class BatchMode { OnePdf, PdfPerEmployee };

struct BatchOptions {
    BatchMode mode = BatchMode::OnePdf;
    QString output; // the PDF file (OnePdf) or the folder (PdfPerEmployee; created if needed)
    Paper paper = Paper::A4;
    // The documents to print, in this order, where they apply to an appraisal's scheme;
    // empty = every document of each appraisal's scheme (documentsFor()).
    QVector<DocumentKind> documents;
    RenderOptions render;
};

// One appraisal of the batch that printed with warnings or was skipped.
struct BatchItem {
    qint64 appraisalId = 0;
    QString name;
    QString nip;
    QString file;  // PdfPerEmployee: the file written
    QString error; // not empty: skipped (nothing printed for it)
    QVector<SheetWarning> warnings;
};

struct BatchReport {
    int total = 0;
    int done = 0;  // appraisals printed
    int pages = 0; // pages written
    bool cancelled = false;
    QStringList files;        // written (none when cancelled or failed)
    QVector<BatchItem> items; // appraisals with warnings or skipped, in batch order
    int skipped() const;
};

// Prints appraisals, in the order given, into one PDF or one PDF per employee. Loads and
// renders one appraisal at a time and the PDF writer streams its pages, so memory stays
// flat however long the batch. Output appears only when the batch completes: one PDF is
// written through a temporary file; per-employee files as "<name>.pdf.part", renamed at
// the end. A cancelled or failed batch leaves nothing behind.
class BatchPrinter {
    Q_DECLARE_TR_FUNCTIONS(kinerja::reports::BatchPrinter)
public:
    // `done` appraisals of `total` handled; return false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    explicit BatchPrinter(Database &db) : m_db(db) {}

    // An error (naming the path) when the output cannot be written, or when no appraisal
    // could be printed at all; report->items say why each one was skipped.
    Status run(const QVector<qint64> &appraisalIds, const BatchOptions &options,
               BatchReport *report, const Progress &progress = {});

    // "198501012010011001_Budi_Santoso.pdf": NIP and name, without characters Windows
    // refuses in file names.
    static QString fileNameFor(const QString &nip, const QString &name);

private:
    Status runOnePdf(const QVector<qint64> &ids, const BatchOptions &options, BatchReport *report,
                     const Progress &progress);
    Status runPerEmployee(const QVector<qint64> &ids, const BatchOptions &options,
                          BatchReport *report, const Progress &progress);

    Database &m_db;
};

} // namespace kinerja::reports
