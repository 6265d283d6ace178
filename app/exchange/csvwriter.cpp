#include "csvwriter.h"

#include <QDir>

namespace kinerja::exchange {

namespace {
constexpr int kFlushBytes = 1 << 16;
}

CsvWriter::CsvWriter(QString path, CsvWriteOptions options)
    : m_path(std::move(path)), m_options(options)
{
}

CsvWriter::~CsvWriter()
{
    cancel();
}

Status CsvWriter::writeError() const
{
    const QString reason = m_file ? m_file->errorString() : QString();
    return Status::error(
        tr("The file %1 cannot be written: %2").arg(QDir::toNativeSeparators(m_path), reason),
        QStringLiteral("file"));
}

Status CsvWriter::open(const QVector<ExportColumn> &columns)
{
    m_columns = columns;
    m_file = std::make_unique<QSaveFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        const Status s = writeError();
        m_file.reset();
        return s;
    }
    m_buffer.clear();
    m_buffer.reserve(kFlushBytes + 4096);
    if (m_options.bom)
        m_buffer.append("\xEF\xBB\xBF");
    for (int i = 0; i < columns.size(); ++i) {
        if (i > 0)
            m_buffer.append(m_options.delimiter);
        appendField(&m_buffer, columns.at(i).header, m_options.delimiter);
    }
    m_buffer.append("\r\n");
    return Status::ok();
}

void CsvWriter::appendField(QByteArray *out, const QString &text, char delimiter)
{
    bool quote = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == static_cast<unsigned char>(delimiter) || u == u'"' || u == u'\r' || u == u'\n') {
            quote = true;
            break;
        }
    }
    const QByteArray utf8 = text.toUtf8();
    if (!quote) {
        out->append(utf8);
        return;
    }
    out->append('"');
    for (const char c : utf8) {
        if (c == '"')
            out->append('"');
        out->append(c);
    }
    out->append('"');
}

QString CsvWriter::cellText(const ExportCell &cell, const ExportColumn &column, bool decimalComma)
{
    switch (cell.type) {
    case ExportCell::Type::Empty:
        return {};
    case ExportCell::Type::Text:
        return cell.text;
    case ExportCell::Type::Date:
        return cell.date.toString(Qt::ISODate);
    case ExportCell::Type::Number:
        break;
    }
    QString s;
    switch (column.kind) {
    case ColumnKind::Integer:
        s = QString::number(qRound64(cell.number));
        break;
    case ColumnKind::Percent:
        s = QString::number(cell.number * 100, 'f', column.places) + QLatin1Char('%');
        break;
    case ColumnKind::Decimal:
        s = QString::number(cell.number, 'f', column.places);
        break;
    default:
        s = QString::number(cell.number, 'g', 15);
        break;
    }
    if (decimalComma)
        s.replace(QLatin1Char('.'), QLatin1Char(','));
    return s;
}

Status CsvWriter::writeRow(const ExportRow &row)
{
    if (!m_file)
        return writeError();
    const bool comma = m_options.usesDecimalComma();
    for (int i = 0; i < m_columns.size(); ++i) {
        if (i > 0)
            m_buffer.append(m_options.delimiter);
        if (i < row.size())
            appendField(&m_buffer, cellText(row.at(i), m_columns.at(i), comma),
                        m_options.delimiter);
    }
    m_buffer.append("\r\n");
    if (m_buffer.size() >= kFlushBytes)
        return flush();
    return Status::ok();
}

Status CsvWriter::flush()
{
    if (m_file->write(m_buffer) != m_buffer.size()) {
        const Status s = writeError();
        cancel();
        return s;
    }
    m_buffer.clear();
    return Status::ok();
}

Status CsvWriter::commit()
{
    if (!m_file)
        return writeError();
    const Status s = flush();
    if (!s)
        return s;
    if (!m_file->commit()) {
        const Status e = writeError();
        m_file.reset();
        return e;
    }
    m_file.reset();
    return Status::ok();
}

void CsvWriter::cancel()
{
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset();
    }
    m_buffer.clear();
}

} // namespace kinerja::exchange
