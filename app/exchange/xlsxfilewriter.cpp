#include "xlsxfilewriter.h"

#include "files/replacefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringEncoder>

#include <xlsxwriter.h>

#include <algorithm>

namespace kinerja::exchange {

namespace {

constexpr int kMaxSheetName = 31;
constexpr int kMaxCellChars = 32767; // Excel's limit for a cell's text
constexpr double kMinWidth = 6;

// XML 1.0 allows no control characters but TAB, LF and CR: drop the others.
// Drops the control characters XML 1.0 cannot hold (tab and line breaks stay), in place.
void stripControls(char *begin, char **end)
{
    const auto kept = [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u >= 0x20 || u == '\t' || u == '\n' || u == '\r';
    };
    char *out = std::find_if_not(begin, *end, kept);
    for (char *in = out; in != *end; ++in) {
        if (kept(*in))
            *out++ = *in;
    }
    *out = '\0';
    *end = out;
}

double widthOf(const ExportColumn &column, const ExportCell &cell)
{
    switch (cell.type) {
    case ExportCell::Type::Empty:
        return 0;
    case ExportCell::Type::Date:
        return 10;
    case ExportCell::Type::Number:
        return column.kind == ColumnKind::Integer ? 8 : 10 + column.places;
    case ExportCell::Type::Text:
        break;
    }
    // The longest line of the text (a wrapped cell is as wide as its widest line).
    int longest = 0;
    int current = 0;
    for (const QChar c : cell.text) {
        if (c == QLatin1Char('\n')) {
            longest = std::max(longest, current);
            current = 0;
        } else {
            ++current;
        }
    }
    return std::max(longest, current);
}

} // namespace

struct XlsxWriter::Impl {
    struct Sheet {
        lxw_worksheet *worksheet = nullptr;
        QString name;
        QVector<ExportColumn> columns;
        QVector<lxw_format *> formats;
        QVector<double> widths;
        bool hasColumns = false;
        lxw_row_t nextRow = 1; // row 0 is the header
    };

    lxw_workbook *workbook = nullptr;
    lxw_format *header = nullptr;
    lxw_format *identifier = nullptr;
    lxw_format *integer = nullptr;
    lxw_format *date = nullptr;
    QHash<QString, lxw_format *> numberFormats;
    QVector<Sheet> sheets;
    QStringList names;
    QByteArray utf8; // reused for every string cell
    QStringEncoder encoder{QStringEncoder::Utf8, QStringConverter::Flag::Stateless};

    // `text` as UTF-8 in the reused buffer (no allocation per cell), without the control
    // characters XML cannot hold.
    const char *encode(QStringView text)
    {
        const qsizetype need = encoder.requiredSpace(text.size()) + 1;
        if (utf8.size() < need)
            utf8.resize(need);
        char *const begin = utf8.data();
        char *end = encoder.appendToBuffer(begin, text);
        *end = '\0';
        stripControls(begin, &end);
        return begin;
    }
    bool finished = false;

    lxw_format *numberFormat(const QString &pattern)
    {
        lxw_format *&f = numberFormats[pattern];
        if (!f) {
            f = workbook_add_format(workbook);
            format_set_num_format(f, pattern.toUtf8().constData());
        }
        return f;
    }

    lxw_format *formatFor(const ExportColumn &column)
    {
        switch (column.kind) {
        case ColumnKind::Text:
            return nullptr;
        case ColumnKind::Identifier:
            return identifier;
        case ColumnKind::Integer:
            return integer;
        case ColumnKind::Date:
            return date;
        case ColumnKind::Decimal:
        case ColumnKind::Percent:
            break;
        }
        QString pattern = QStringLiteral("0");
        if (column.places > 0)
            pattern += QLatin1Char('.') + QString(column.places, QLatin1Char('0'));
        if (column.kind == ColumnKind::Percent)
            pattern += QLatin1Char('%');
        return numberFormat(pattern);
    }
};

XlsxWriter::XlsxWriter(QString path) : m_path(std::move(path)), d(std::make_unique<Impl>()) {}

XlsxWriter::~XlsxWriter()
{
    if (!d->finished)
        discard();
}

Status XlsxWriter::lxwError(int error, const QString &what) const
{
    return Status::error(tr("The spreadsheet %1 cannot be written (%2): %3")
                             .arg(QDir::toNativeSeparators(m_path), what,
                                  QString::fromUtf8(lxw_strerror(static_cast<lxw_error>(error)))),
                         QStringLiteral("file"));
}

Status XlsxWriter::open(const XlsxProperties &properties)
{
    discard();
    d->finished = false;
    // libxlsxwriter only opens the file when the workbook is closed: find out now,
    // before any row is written, whether the part file can be created.
    QFile probe(partPath());
    if (!probe.open(QIODevice::WriteOnly))
        return Status::error(tr("The spreadsheet %1 cannot be written: %2")
                                 .arg(QDir::toNativeSeparators(m_path), probe.errorString()),
                             QStringLiteral("file"));
    probe.close();

    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.use_zip64 = LXW_FALSE;
    d->workbook = workbook_new_opt(QFile::encodeName(partPath()).constData(), &options);
    if (!d->workbook) {
        QFile::remove(partPath());
        return lxwError(LXW_ERROR_MEMORY_MALLOC_FAILED, tr("creating the workbook"));
    }

    const QByteArray title = properties.title.toUtf8();
    const QByteArray subject = properties.subject.toUtf8();
    const QByteArray author = properties.author.toUtf8();
    const QByteArray company = properties.company.toUtf8();
    const QByteArray comments = properties.comments.toUtf8();
    lxw_doc_properties doc{};
    auto text = [](const QByteArray &b) {
        return b.isEmpty() ? nullptr : const_cast<char *>(b.constData());
    };
    doc.title = text(title);
    doc.subject = text(subject);
    doc.author = text(author);
    doc.company = text(company);
    doc.comments = text(comments);
    const QDateTime created =
        properties.created.isValid() ? properties.created : QDateTime::currentDateTime();
    doc.created = static_cast<time_t>(created.toSecsSinceEpoch());
    const lxw_error e = workbook_set_properties(d->workbook, &doc); // copies the strings
    if (e != LXW_NO_ERROR) {
        discard();
        return lxwError(e, tr("setting the document properties"));
    }

    d->header = workbook_add_format(d->workbook);
    format_set_bold(d->header);
    format_set_bottom(d->header, LXW_BORDER_THIN);
    format_set_bg_color(d->header, 0xDDEBF7);
    format_set_align(d->header, LXW_ALIGN_VERTICAL_TOP);
    format_set_text_wrap(d->header);
    d->identifier = workbook_add_format(d->workbook);
    format_set_num_format(d->identifier, "@");
    d->integer = workbook_add_format(d->workbook);
    format_set_num_format(d->integer, "0");
    d->date = workbook_add_format(d->workbook);
    format_set_num_format(d->date, "dd/mm/yyyy");
    return Status::ok();
}

QString XlsxWriter::sanitizeSheetName(const QString &name, const QStringList &taken)
{
    QString base;
    for (const QChar c : name) {
        if (c == QLatin1Char('[') || c == QLatin1Char(']') || c == QLatin1Char(':') ||
            c == QLatin1Char('*') || c == QLatin1Char('?') || c == QLatin1Char('/') ||
            c == QLatin1Char('\\'))
            base += QLatin1Char('-');
        else if (c.unicode() < 0x20)
            base += QLatin1Char(' ');
        else
            base += c;
    }
    base = base.simplified();
    while (base.startsWith(QLatin1Char('\'')))
        base.remove(0, 1);
    while (base.endsWith(QLatin1Char('\'')))
        base.chop(1);
    base = base.trimmed();
    if (base.isEmpty())
        base = QStringLiteral("Sheet");
    auto fit = [](QString s, int room) {
        if (s.size() > room) {
            s.truncate(room);
            // Do not cut a surrogate pair in two.
            if (!s.isEmpty() && s.back().isHighSurrogate())
                s.chop(1);
        }
        return s.trimmed();
    };
    auto isTaken = [&taken](const QString &s) { return taken.contains(s, Qt::CaseInsensitive); };
    QString candidate = fit(base, kMaxSheetName);
    for (int n = 2; isTaken(candidate) ||
                    candidate.compare(QLatin1String("History"), Qt::CaseInsensitive) == 0;
         ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        candidate = fit(base, kMaxSheetName - int(suffix.size())) + suffix;
    }
    return candidate;
}

double XlsxWriter::excelDate(const QDate &date)
{
    static const qint64 epoch = QDate(1899, 12, 30).toJulianDay();
    return static_cast<double>(date.toJulianDay() - epoch);
}

Status XlsxWriter::addSheet(const QString &name, int *sheet)
{
    if (!d->workbook)
        return lxwError(LXW_ERROR_NULL_PARAMETER_IGNORED, tr("the workbook is not open"));
    Impl::Sheet s;
    s.name = sanitizeSheetName(name, d->names);
    s.worksheet = workbook_add_worksheet(d->workbook, s.name.toUtf8().constData());
    if (!s.worksheet)
        return Status::error(tr("The spreadsheet %1 cannot get a sheet named \"%2\".")
                                 .arg(QDir::toNativeSeparators(m_path), s.name),
                             QStringLiteral("file"));
    d->names << s.name;
    d->sheets << s;
    *sheet = int(d->sheets.size()) - 1;
    return Status::ok();
}

Status XlsxWriter::addSheet(const QString &name, const QVector<ExportColumn> &columns, int *sheet)
{
    const Status s = addSheet(name, sheet);
    if (!s)
        return s;
    return setColumns(*sheet, columns);
}

Status XlsxWriter::setColumns(int sheet, const QVector<ExportColumn> &columns)
{
    Impl::Sheet &s = d->sheets[sheet];
    s.columns = columns;
    s.hasColumns = true;
    s.formats.clear();
    s.widths.clear();
    for (int c = 0; c < columns.size(); ++c) {
        const ExportColumn &column = columns.at(c);
        s.formats << d->formatFor(column);
        // A header wider than the cap wraps (the header format wraps text).
        s.widths << std::min<double>(std::max(kMinWidth, column.header.size() * 1.1 + 2),
                                     column.maxWidth);
        const QByteArray h = column.header.toUtf8();
        const lxw_error e =
            worksheet_write_string(s.worksheet, 0, lxw_col_t(c), h.constData(), d->header);
        if (e != LXW_NO_ERROR)
            return lxwError(e, tr("sheet %1, header").arg(s.name));
    }
    worksheet_freeze_panes(s.worksheet, 1, 0);
    return Status::ok();
}

int XlsxWriter::rowCount(int sheet) const
{
    return int(d->sheets.at(sheet).nextRow) - 1;
}

QString XlsxWriter::sheetName(int sheet) const
{
    return d->sheets.at(sheet).name;
}

Status XlsxWriter::writeRow(int sheet, const ExportRow &row)
{
    Impl::Sheet &s = d->sheets[sheet];
    const lxw_row_t r = s.nextRow;
    if (r >= LXW_ROW_MAX)
        return lxwError(LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE,
                        tr("sheet %1 has more rows than a spreadsheet can hold").arg(s.name));
    const int n = std::min(int(row.size()), int(s.columns.size()));
    for (int c = 0; c < n; ++c) {
        const ExportCell &cell = row.at(c);
        const ExportColumn &column = s.columns.at(c);
        lxw_error e = LXW_NO_ERROR;
        switch (cell.type) {
        case ExportCell::Type::Empty:
            continue;
        case ExportCell::Type::Text:
            if (cell.text.isEmpty())
                continue;
            e = worksheet_write_string(s.worksheet, r, lxw_col_t(c),
                                       d->encode(QStringView(cell.text).left(kMaxCellChars)),
                                       s.formats.at(c));
            break;
        case ExportCell::Type::Number:
            e = worksheet_write_number(s.worksheet, r, lxw_col_t(c), cell.number, s.formats.at(c));
            break;
        case ExportCell::Type::Date:
            e = worksheet_write_number(s.worksheet, r, lxw_col_t(c), excelDate(cell.date), d->date);
            break;
        }
        if (e != LXW_NO_ERROR)
            return lxwError(e, tr("sheet %1, row %2").arg(s.name).arg(r + 1));
        double &w = s.widths[c];
        if (w < column.maxWidth)
            w = std::min<double>(column.maxWidth, std::max(w, widthOf(column, cell) + 2));
    }
    ++s.nextRow;
    return Status::ok();
}

Status XlsxWriter::finish()
{
    if (!d->workbook)
        return lxwError(LXW_ERROR_NULL_PARAMETER_IGNORED, tr("the workbook is not open"));
    for (const Impl::Sheet &s : std::as_const(d->sheets)) {
        if (s.columns.isEmpty())
            continue;
        for (int c = 0; c < s.columns.size(); ++c) {
            // The column keeps the cells' format for cells typed in later.
            const lxw_error e = worksheet_set_column(s.worksheet, lxw_col_t(c), lxw_col_t(c),
                                                     s.widths.at(c), s.formats.at(c));
            if (e != LXW_NO_ERROR)
                return lxwError(e, tr("sheet %1, column widths").arg(s.name));
        }
        const lxw_error e =
            worksheet_autofilter(s.worksheet, 0, 0, s.nextRow - 1, lxw_col_t(s.columns.size() - 1));
        if (e != LXW_NO_ERROR)
            return lxwError(e, tr("sheet %1, filter").arg(s.name));
    }
    lxw_workbook *workbook = d->workbook;
    d->workbook = nullptr;
    const lxw_error e = workbook_close(workbook); // frees the workbook
    if (e != LXW_NO_ERROR) {
        QFile::remove(partPath());
        d->sheets.clear();
        d->names.clear();
        return lxwError(e, tr("saving"));
    }
    d->sheets.clear();
    d->names.clear();
    if (QString error; !files::replaceFile(partPath(), m_path, &error)) {
        QFile::remove(partPath());
        return Status::error(
            tr("The spreadsheet %1 cannot be put in place of the "
               "temporary file %2: %3")
                .arg(QDir::toNativeSeparators(m_path), QDir::toNativeSeparators(partPath()), error),
            QStringLiteral("file"));
    }
    d->finished = true;
    return Status::ok();
}

void XlsxWriter::discard()
{
    if (d->workbook) {
        lxw_workbook_free(d->workbook);
        d->workbook = nullptr;
        QFile::remove(partPath());
    }
    d->numberFormats.clear();
    d->sheets.clear();
    d->names.clear();
}

} // namespace kinerja::exchange
