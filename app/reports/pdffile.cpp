#include "pdffile.h"

#include "reports/pagesink.h"

#include <QDir>
#include <QFileInfo>
#include <QPdfWriter>

namespace kinerja::reports {

PdfFile::PdfFile(const QString &path) : m_path(path), m_file(path) {}

PdfFile::~PdfFile()
{
    if (m_painter.isActive())
        m_painter.end();
    if (!m_committed)
        m_file.cancelWriting();
}

QString PdfFile::nativePath(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

void PdfFile::setUp(QPdfWriter &writer, Paper paper, const QString &title)
{
    writer.setResolution(600);
    writer.setCreator(QStringLiteral("Kinerja ") + QStringLiteral(KINERJA_VERSION));
    writer.setTitle(title);
    preparePagedDevice(writer, paper);
}

Status PdfFile::error(const QString &why) const
{
    return Status::error(tr("Cannot write %1: %2").arg(nativePath(m_path), why),
                         QStringLiteral("output"));
}

Status PdfFile::open(Paper paper, const QString &title)
{
    if (m_path.trimmed().isEmpty())
        return Status::error(tr("No output file was given."), QStringLiteral("output"));
    if (QFileInfo(m_path).isDir())
        return error(tr("it is a folder."));
    if (!m_file.open(QIODevice::WriteOnly))
        return error(m_file.errorString());
    m_writer = std::make_unique<QPdfWriter>(&m_file);
    setUp(*m_writer, paper, title);
    if (!m_painter.begin(m_writer.get()))
        return error(tr("the PDF cannot be started."));
    m_sink = std::make_unique<PageSink>(m_painter, *m_writer);
    return Status::ok();
}

Status PdfFile::commit()
{
    if (m_painter.isActive())
        m_painter.end();
    if (!m_file.commit())
        return error(m_file.errorString());
    m_committed = true;
    return Status::ok();
}

} // namespace kinerja::reports
