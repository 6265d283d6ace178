#pragma once

#include "domain/status.h"
#include "reports/paper.h"

#include <QCoreApplication>
#include <QPainter>
#include <QSaveFile>

#include <memory>

class QPdfWriter;

namespace kinerja::reports {

class PageSink;

// A PDF being written to `path` through a QSaveFile, with a painter begun on it. The file
// appears only on commit(); dropped without commit() (an error, a cancel), nothing is left
// behind. Every error names the path (field "output").
class PdfFile {
    Q_DECLARE_TR_FUNCTIONS(kinerja::reports::PdfFile)
public:
    explicit PdfFile(const QString &path);
    ~PdfFile();
    PdfFile(const PdfFile &) = delete;
    PdfFile &operator=(const PdfFile &) = delete;

    // Refuses an empty path, a folder, a file that cannot be created.
    Status open(Paper paper, const QString &title);
    PageSink &sink() { return *m_sink; }
    Status commit();
    // "Cannot write <path>: <why>".
    Status error(const QString &why) const;

    static QString nativePath(const QString &path);
    // Resolution, creator and page of every PDF Kinerja writes.
    static void setUp(QPdfWriter &writer, Paper paper, const QString &title);

private:
    QString m_path;
    QSaveFile m_file;
    std::unique_ptr<QPdfWriter> m_writer;
    QPainter m_painter;
    std::unique_ptr<PageSink> m_sink;
    bool m_committed = false;
};

} // namespace kinerja::reports
