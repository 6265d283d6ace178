#include "xlsxreader.h"

#include "zippart.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>

#include <cmath>

namespace kinerja::exchange {

using detail::MemoryFile;
using detail::PartXml;

namespace {

bool isName(const QXmlStreamReader &xml, QLatin1String name)
{
    return xml.name() == name;
}

// Resolves a relationship target against the folder of the part that owns it.
QString resolveTarget(const QString &baseFolder, QString target)
{
    if (target.startsWith(u'/'))
        return target.mid(1);
    QStringList parts = baseFolder.isEmpty() ? QStringList() : baseFolder.split(u'/');
    for (const QString &p : target.split(u'/')) {
        if (p == QLatin1String(".."))
            parts.isEmpty() ? void() : parts.removeLast();
        else if (p != QLatin1String(".") && !p.isEmpty())
            parts.append(p);
    }
    return parts.join(u'/');
}

QString folderOf(const QString &path)
{
    const int slash = path.lastIndexOf(u'/');
    return slash < 0 ? QString() : path.left(slash);
}

} // namespace

struct XlsxReader::Private {
    XlsxOptions options;
    QByteArray data;
    MemoryFile memFile;
    unzFile zip = nullptr;
    QString sourceName;
    QString path;

    struct Sheet {
        QString name;
        QString part;
    };
    QVector<Sheet> sheets;
    QVector<QString> sharedStrings;
    QVector<bool> xfIsDate;
    bool date1904 = false;

    QString label() const { return sourceName; }
    Status fail(const QString &message) const { return Status::error(message, path); }
    bool locate(const QString &part) const
    {
        return unzLocateFile(zip, part.toUtf8().constData(), 2) == UNZ_OK;
    }
    Status partError(const PartXml &x, const QString &part) const;
    Status readRelationships(const QString &relsPart, QHash<QString, QString> &targets,
                             QHash<QString, QString> *types);
    Status readWorkbook();
    Status readSharedStrings(const QString &part);
    Status readStyles(const QString &part);
};

Status XlsxReader::Private::partError(const PartXml &x, const QString &part) const
{
    if (x.tooLarge()) {
        return fail(XlsxReader::tr("%1: the part %2 unpacks to more than %3 MB; the file is "
                                   "refused as a possible zip bomb.")
                        .arg(label(), part)
                        .arg(options.maxPartSize / (1024 * 1024)));
    }
    if (x.ioError()) {
        return fail(
            XlsxReader::tr("%1 is damaged: the part %2 cannot be unpacked.").arg(label(), part));
    }
    return fail(XlsxReader::tr("%1 is damaged: %2 is not valid XML (line %3: %4).")
                    .arg(label(), part)
                    .arg(x.xml.lineNumber())
                    .arg(x.xml.errorString()));
}

XlsxReader::XlsxReader(XlsxOptions options) : d(std::make_unique<Private>())
{
    d->options = options;
}

XlsxReader::~XlsxReader()
{
    close();
}

void XlsxReader::close()
{
    if (d->zip)
        unzClose(d->zip);
    d->zip = nullptr;
    d->data.clear();
    d->sheets.clear();
    d->sharedStrings.clear();
    d->xfIsDate.clear();
    d->date1904 = false;
}

QStringList XlsxReader::sheetNames() const
{
    QStringList names;
    for (const auto &s : d->sheets)
        names.append(s.name);
    return names;
}

bool XlsxReader::isDate1904() const
{
    return d->date1904;
}

Status XlsxReader::open(const QString &path)
{
    close();
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::error(tr("Cannot open %1: %2").arg(path, file.errorString()), path);
    if (file.size() > d->options.maxFileSize) {
        return Status::error(tr("%1 is too large (%2 MB); the limit is %3 MB.")
                                 .arg(name)
                                 .arg(file.size() / (1024 * 1024))
                                 .arg(d->options.maxFileSize / (1024 * 1024)),
                             path);
    }
    const QByteArray bytes = file.readAll();
    Status s = openData(bytes, name);
    if (!s)
        return Status::error(s.message(), path);
    d->path = path;
    return s;
}

Status XlsxReader::openData(const QByteArray &bytes, const QString &sourceName)
{
    close();
    d->sourceName = sourceName.isEmpty() ? QStringLiteral("XLSX") : sourceName;
    d->path = sourceName;
    if (bytes.isEmpty())
        return d->fail(tr("%1 is empty.").arg(d->label()));
    if (bytes.startsWith("\xD0\xCF\x11\xE0")) {
        return d->fail(tr("%1 is an old Excel 97-2003 workbook (.xls). Save it as an Excel "
                          "workbook (.xlsx) and import it again.")
                           .arg(d->label()));
    }
    if (!bytes.startsWith("PK")) {
        return d->fail(tr("%1 is not an XLSX workbook (it is not a zip archive).").arg(d->label()));
    }
    d->data = bytes;
    d->memFile.data = &d->data;
    d->zip = detail::openMemoryZip(&d->memFile);
    if (!d->zip) {
        return d->fail(tr("%1 is damaged or incomplete: its zip directory cannot be read (was "
                          "the file cut off while copying?).")
                           .arg(d->label()));
    }
    if (!d->locate(QStringLiteral("[Content_Types].xml"))) {
        if (d->locate(QStringLiteral("content.xml"))) {
            return d->fail(tr("%1 is an OpenDocument spreadsheet (.ods). Save it as an Excel "
                              "workbook (.xlsx) and import it again.")
                               .arg(d->label()));
        }
        return d->fail(tr("%1 is a zip archive but not an XLSX workbook.").arg(d->label()));
    }
    Status s = d->readWorkbook();
    if (!s)
        close();
    return s;
}

Status XlsxReader::Private::readRelationships(const QString &relsPart,
                                              QHash<QString, QString> &targets,
                                              QHash<QString, QString> *types)
{
    if (!locate(relsPart))
        return Status::ok();
    PartXml x(zip, options.maxPartSize);
    if (!x.open())
        return partError(x, relsPart);
    const QString base = folderOf(folderOf(relsPart)); // "xl/_rels/a.rels" -> "xl"
    while (!x.xml.atEnd()) {
        const auto t = x.next();
        if (t == QXmlStreamReader::Invalid)
            break;
        if (t == QXmlStreamReader::StartElement && isName(x.xml, QLatin1String("Relationship"))) {
            const auto a = x.xml.attributes();
            const QString id = a.value(QLatin1String("Id")).toString();
            QString target = a.value(QLatin1String("Target")).toString();
            if (a.value(QLatin1String("TargetMode")) != QLatin1String("External"))
                target = resolveTarget(base, target);
            targets.insert(id, target);
            if (types)
                types->insert(id, a.value(QLatin1String("Type")).toString());
        }
    }
    if (x.failed())
        return partError(x, relsPart);
    return Status::ok();
}

Status XlsxReader::Private::readWorkbook()
{
    // The workbook part from the package relationships.
    QString workbookPart = QStringLiteral("xl/workbook.xml");
    {
        QHash<QString, QString> targets, types;
        Status s = readRelationships(QStringLiteral("_rels/.rels"), targets, &types);
        if (!s)
            return s;
        for (auto it = types.cbegin(); it != types.cend(); ++it) {
            if (it.value().endsWith(QLatin1String("/officeDocument")))
                workbookPart = targets.value(it.key());
        }
    }
    if (!locate(workbookPart)) {
        return fail(
            XlsxReader::tr("%1 is not an XLSX workbook: it has no workbook part.").arg(label()));
    }
    QVector<QPair<QString, QString>> sheetIds; // name, relationship id
    {
        PartXml x(zip, options.maxPartSize);
        if (!x.open())
            return partError(x, workbookPart);
        while (!x.xml.atEnd()) {
            const auto t = x.next();
            if (t == QXmlStreamReader::Invalid)
                break;
            if (t != QXmlStreamReader::StartElement)
                continue;
            const auto a = x.xml.attributes();
            if (isName(x.xml, QLatin1String("workbookPr"))) {
                const auto v = a.value(QLatin1String("date1904"));
                date1904 = v == QLatin1String("1") || v == QLatin1String("true");
            } else if (isName(x.xml, QLatin1String("sheet"))) {
                QString rid;
                for (const auto &attr : a) {
                    if (attr.name() == QLatin1String("id"))
                        rid = attr.value().toString();
                }
                sheetIds.append({a.value(QLatin1String("name")).toString(), rid});
            }
        }
        if (x.failed())
            return partError(x, workbookPart);
    }
    const QString wbFolder = folderOf(workbookPart);
    const QString wbRels =
        (wbFolder.isEmpty() ? QString() : wbFolder + u'/') + QStringLiteral("_rels/") +
        workbookPart.mid(wbFolder.isEmpty() ? 0 : wbFolder.size() + 1) + QStringLiteral(".rels");
    QHash<QString, QString> targets, types;
    Status s = readRelationships(wbRels, targets, &types);
    if (!s)
        return s;
    for (const auto &[name, rid] : sheetIds) {
        const QString type = types.value(rid);
        if (!type.isEmpty() && !type.endsWith(QLatin1String("/worksheet")))
            continue; // chart sheets, dialog sheets
        QString part = targets.value(rid);
        if (part.isEmpty())
            continue;
        sheets.append({name, part});
    }
    if (sheets.isEmpty())
        return fail(XlsxReader::tr("%1 has no worksheet.").arg(label()));
    QString sharedPart, stylesPart;
    for (auto it = types.cbegin(); it != types.cend(); ++it) {
        if (it.value().endsWith(QLatin1String("/sharedStrings")))
            sharedPart = targets.value(it.key());
        else if (it.value().endsWith(QLatin1String("/styles")))
            stylesPart = targets.value(it.key());
    }
    if (sharedPart.isEmpty() && locate(QStringLiteral("xl/sharedStrings.xml")))
        sharedPart = QStringLiteral("xl/sharedStrings.xml");
    if (stylesPart.isEmpty() && locate(QStringLiteral("xl/styles.xml")))
        stylesPart = QStringLiteral("xl/styles.xml");
    if (!sharedPart.isEmpty()) {
        s = readSharedStrings(sharedPart);
        if (!s)
            return s;
    }
    if (!stylesPart.isEmpty()) {
        s = readStyles(stylesPart);
        if (!s)
            return s;
    }
    return Status::ok();
}

Status XlsxReader::Private::readSharedStrings(const QString &part)
{
    if (!locate(part))
        return Status::ok();
    PartXml x(zip, options.maxPartSize);
    if (!x.open())
        return partError(x, part);
    QString current;
    QString text;
    bool inItem = false;
    while (!x.xml.atEnd()) {
        const auto t = x.next();
        if (t == QXmlStreamReader::Invalid)
            break;
        if (t == QXmlStreamReader::StartElement) {
            const auto n = x.xml.name();
            if (n == QLatin1String("si")) {
                inItem = true;
                current.clear();
            } else if (n == QLatin1String("t") && inItem) {
                if (!x.elementText(text))
                    break;
                current += text;
            } else if (n == QLatin1String("rPh") || n == QLatin1String("phoneticPr")) {
                x.skipElement(); // phonetic guide text is not cell text
            } else if (n == QLatin1String("sst")) {
                const int count = x.xml.attributes().value(QLatin1String("uniqueCount")).toInt();
                if (count > 0)
                    sharedStrings.reserve(std::min(count, 2000000));
            }
        } else if (t == QXmlStreamReader::EndElement && x.xml.name() == QLatin1String("si")) {
            sharedStrings.append(current);
            inItem = false;
        }
    }
    if (x.failed())
        return partError(x, part);
    return Status::ok();
}

Status XlsxReader::Private::readStyles(const QString &part)
{
    if (!locate(part))
        return Status::ok();
    PartXml x(zip, options.maxPartSize);
    if (!x.open())
        return partError(x, part);
    QHash<int, bool> customDate;
    bool inCellXfs = false;
    QVector<int> xfFormats;
    while (!x.xml.atEnd()) {
        const auto t = x.next();
        if (t == QXmlStreamReader::Invalid)
            break;
        if (t == QXmlStreamReader::StartElement) {
            const auto n = x.xml.name();
            const auto a = x.xml.attributes();
            if (n == QLatin1String("numFmt")) {
                customDate.insert(
                    a.value(QLatin1String("numFmtId")).toInt(),
                    XlsxReader::isDateFormatCode(a.value(QLatin1String("formatCode"))));
            } else if (n == QLatin1String("cellXfs")) {
                inCellXfs = true;
            } else if (n == QLatin1String("xf") && inCellXfs) {
                xfFormats.append(a.value(QLatin1String("numFmtId")).toInt());
            }
        } else if (t == QXmlStreamReader::EndElement && x.xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
        }
    }
    if (x.failed())
        return partError(x, part);
    xfIsDate.resize(xfFormats.size());
    for (int i = 0; i < xfFormats.size(); ++i) {
        const int id = xfFormats[i];
        xfIsDate[i] = customDate.contains(id) ? customDate.value(id) : isBuiltinDateFormat(id);
    }
    return Status::ok();
}

bool XlsxReader::isBuiltinDateFormat(int id)
{
    return (id >= 14 && id <= 22) || (id >= 45 && id <= 47) || (id >= 27 && id <= 36) ||
           (id >= 50 && id <= 58);
}

bool XlsxReader::isDateFormatCode(QStringView code)
{
    // Only the first section (positive numbers) matters.
    bool quoted = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (quoted) {
            if (c == u'"')
                quoted = false;
            continue;
        }
        switch (c.unicode()) {
        case u'"':
            quoted = true;
            break;
        case u'\\':
        case u'_':
        case u'*':
            ++i; // escaped or padding character
            break;
        case u'[': {
            const qsizetype end = code.indexOf(u']', i);
            if (end < 0)
                return false;
            i = end;
            break;
        }
        case u';':
            return false;
        case u'd':
        case u'D':
        case u'm':
        case u'M':
        case u'y':
        case u'Y':
            return true;
        default:
            break;
        }
    }
    return false;
}

QDateTime XlsxReader::serialToDateTime(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial > 2958466.0)
        return {};
    double days = std::floor(serial);
    const double fraction = serial - days;
    QDate base;
    if (date1904) {
        base = QDate(1904, 1, 1);
    } else if (days < 60) {
        base = QDate(1899, 12, 31);
    } else if (days == 60) {
        return {}; // 29 February 1900 (Lotus 1-2-3 leap-year bug)
    } else {
        base = QDate(1899, 12, 30);
    }
    const QDate date = base.addDays(qint64(days));
    const qint64 ms = std::llround(fraction * 86400000.0);
    return QDateTime(date, QTime(0, 0), Qt::UTC).addMSecs(ms);
}

Status XlsxReader::readSheet(const QString &sheetName, SheetTable &out)
{
    out = SheetTable();
    out.sourceName = d->sourceName;
    if (!d->zip)
        return Status::error(tr("No workbook is open."));
    const Private::Sheet *sheet = nullptr;
    if (sheetName.isEmpty()) {
        sheet = &d->sheets.first();
    } else {
        for (const auto &s : d->sheets) {
            if (s.name.compare(sheetName, Qt::CaseInsensitive) == 0) {
                sheet = &s;
                break;
            }
        }
    }
    if (!sheet) {
        QStringList quoted;
        for (const auto &s : d->sheets)
            quoted.append(u'“' + s.name + u'”');
        return d->fail(tr("%1 has no sheet named “%2”; its sheets are %3.")
                           .arg(d->label(), sheetName, quoted.join(QLatin1String(", "))));
    }
    out.sheetName = sheet->name;
    const QString where = tr("%1, sheet “%2”").arg(d->label(), sheet->name);
    if (!d->locate(sheet->part)) {
        return d->fail(tr("%1 is damaged: the sheet “%2” is listed but its part %3 is missing.")
                           .arg(d->label(), sheet->name, sheet->part));
    }
    PartXml x(d->zip, d->options.maxPartSize);
    if (!x.open())
        return d->partError(x, sheet->part);

    auto corrupt = [&](const QString &ref, const QString &what) {
        out.rows.clear();
        return d->fail(tr("%1, cell %2: %3").arg(where, ref, what));
    };

    int rowNumber = 0;
    int rowsSeen = 0;
    bool inSheetData = false;
    QString valueText, formulaText, inlineText, piece;
    const ReadProgress &progress = d->options.progress;
    auto cancelled = [&] {
        out.rows.clear();
        return d->fail(tr("Reading %1 was cancelled.").arg(where));
    };
    if (progress && !progress(0, x.size()))
        return cancelled();
    while (!x.xml.atEnd()) {
        const auto t = x.next();
        if (t == QXmlStreamReader::Invalid)
            break;
        if (t == QXmlStreamReader::EndElement) {
            if (x.xml.name() == QLatin1String("sheetData"))
                inSheetData = false;
            continue;
        }
        if (t != QXmlStreamReader::StartElement)
            continue;
        const auto name = x.xml.name();
        if (name == QLatin1String("sheetData")) {
            inSheetData = true;
        } else if (name == QLatin1String("dimension")) {
            // Reserve for the declared size, within the limits.
            const QString ref = x.xml.attributes().value(QLatin1String("ref")).toString();
            const int colon = ref.indexOf(u':');
            int r = 0, c = 0;
            if (colon > 0 && parseCellReference(QStringView(ref).mid(colon + 1), r, c))
                out.rows.reserve(std::min(r, d->options.maxRows));
        } else if (name == QLatin1String("row") && inSheetData) {
            if (progress && ++rowsSeen % 256 == 0 &&
                !progress(std::min(x.unpacked(), x.size()), x.size()))
                return cancelled();
            const auto rv = x.xml.attributes().value(QLatin1String("r"));
            if (rv.isEmpty()) {
                ++rowNumber;
            } else {
                bool ok = false;
                const int r = rv.toInt(&ok);
                if (!ok || r < 1 || r > 1048576) {
                    out.rows.clear();
                    return d->fail(
                        tr("%1: a row has the invalid number “%2”.").arg(where, rv.toString()));
                }
                rowNumber = r;
            }
            int columnNumber = 0;
            // Cells of this row.
            while (x.nextChild(QLatin1String("row"))) {
                if (x.xml.name() != QLatin1String("c")) {
                    x.skipElement();
                    continue;
                }
                const auto a = x.xml.attributes();
                const auto refAttr = a.value(QLatin1String("r"));
                int cr = rowNumber, cc = columnNumber + 1;
                if (!refAttr.isEmpty() && !parseCellReference(refAttr, cr, cc))
                    return corrupt(refAttr.toString(), tr("the cell reference is invalid."));
                columnNumber = cc;
                const QString typeAttr = a.value(QLatin1String("t")).toString();
                const int style = a.value(QLatin1String("s")).toInt();
                valueText.clear();
                formulaText.clear();
                inlineText.clear();
                bool hasValue = false, hasFormula = false, hasInline = false;
                // Children of <c>.
                while (x.nextChild(QLatin1String("c"))) {
                    const auto child = x.xml.name();
                    if (child == QLatin1String("v")) {
                        hasValue = true;
                        if (!x.elementText(valueText))
                            break;
                    } else if (child == QLatin1String("f")) {
                        hasFormula = true;
                        if (!x.elementText(formulaText))
                            break;
                    } else if (child == QLatin1String("is")) {
                        hasInline = true;
                    } else if (child == QLatin1String("t") && hasInline) {
                        if (!x.elementText(piece))
                            break;
                        inlineText += piece;
                    } else if (child == QLatin1String("rPh")) {
                        x.skipElement();
                    }
                }
                if (x.failed())
                    break;
                if (!hasValue && !hasFormula && !hasInline)
                    continue; // a formatted empty cell
                if (cc > d->options.maxColumns) {
                    out.rows.clear();
                    return d->fail(
                        tr("%1: cell %2 lies beyond column %3; the import reads at "
                           "most %4 columns.")
                            .arg(where, cellReference(cr, cc), columnLetters(d->options.maxColumns))
                            .arg(d->options.maxColumns));
                }
                if (cr > d->options.maxRows) {
                    out.rows.clear();
                    return d->fail(tr("%1 has more than %2 rows; split it into smaller files.")
                                       .arg(where)
                                       .arg(d->options.maxRows));
                }
                Cell cell;
                cell.row = cr;
                cell.column = cc;
                CellType vtype = CellType::Empty;
                if (typeAttr == QLatin1String("s")) {
                    if (hasValue) {
                        bool ok = false;
                        const int idx = valueText.trimmed().toInt(&ok);
                        if (!ok || idx < 0 || idx >= d->sharedStrings.size()) {
                            return corrupt(cell.reference(),
                                           tr("it refers to shared string %1, which does not "
                                              "exist.")
                                               .arg(valueText.left(20)));
                        }
                        cell.text = d->sharedStrings[idx];
                        vtype = CellType::String;
                    }
                } else if (typeAttr == QLatin1String("inlineStr")) {
                    cell.text = hasInline ? inlineText : valueText;
                    vtype = CellType::String;
                } else if (typeAttr == QLatin1String("str")) {
                    cell.text = valueText;
                    vtype = hasValue ? CellType::String : CellType::Empty;
                } else if (typeAttr == QLatin1String("b")) {
                    if (hasValue) {
                        cell.text = valueText.trimmed();
                        cell.number =
                            (cell.text == QLatin1String("1") ||
                             cell.text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
                                ? 1
                                : 0;
                        vtype = CellType::Boolean;
                    }
                } else if (typeAttr == QLatin1String("e")) {
                    cell.text = valueText;
                    vtype = hasValue ? CellType::Error : CellType::Empty;
                } else if (typeAttr == QLatin1String("d")) {
                    if (hasValue) {
                        cell.text = valueText.trimmed();
                        cell.dateTime = QDateTime::fromString(cell.text, Qt::ISODateWithMs);
                        if (!cell.dateTime.isValid())
                            cell.dateTime = QDateTime(QDate::fromString(cell.text, Qt::ISODate),
                                                      QTime(0, 0), Qt::UTC);
                        vtype = CellType::Date;
                    }
                } else if (typeAttr.isEmpty() || typeAttr == QLatin1String("n")) {
                    if (hasValue) {
                        cell.text = valueText.trimmed();
                        bool ok = false;
                        cell.number = cell.text.toDouble(&ok);
                        if (!ok) {
                            return corrupt(
                                cell.reference(),
                                tr("the number “%1” is invalid.").arg(cell.text.left(40)));
                        }
                        const bool isDate =
                            style >= 0 && style < d->xfIsDate.size() && d->xfIsDate[style];
                        if (isDate) {
                            vtype = CellType::Date;
                            cell.dateTime = serialToDateTime(cell.number, d->date1904);
                        } else {
                            vtype = CellType::Number;
                        }
                    }
                } else {
                    return corrupt(cell.reference(),
                                   tr("the cell type “%1” is unknown.").arg(typeAttr.left(20)));
                }
                if (hasFormula) {
                    cell.type = CellType::Formula;
                    cell.valueType = vtype;
                    cell.formula = formulaText;
                } else {
                    cell.type = vtype;
                    if (vtype == CellType::Empty ||
                        (vtype == CellType::String && cell.text.isEmpty()))
                        continue;
                }
                if (out.rows.size() < cr)
                    out.rows.resize(cr);
                auto &rowCells = out.rows[cr - 1];
                if (rowCells.isEmpty() && cr > 1)
                    rowCells.reserve(out.rows[cr - 2].size());
                if (rowCells.size() < cc) {
                    const int from = rowCells.size();
                    rowCells.resize(cc);
                    for (int k = from; k < cc; ++k) {
                        rowCells[k].row = cr;
                        rowCells[k].column = k + 1;
                    }
                }
                rowCells[cc - 1] = std::move(cell);
            }
            if (x.failed())
                break;
        } else if (name == QLatin1String("mergeCell")) {
            const QString ref = x.xml.attributes().value(QLatin1String("ref")).toString();
            const int colon = ref.indexOf(u':');
            MergedRange m;
            if (colon > 0 &&
                parseCellReference(QStringView(ref).left(colon), m.firstRow, m.firstColumn) &&
                parseCellReference(QStringView(ref).mid(colon + 1), m.lastRow, m.lastColumn)) {
                out.merged.append(m);
            }
        }
    }
    if (x.failed()) {
        out.rows.clear();
        if (x.tooLarge() || x.ioError())
            return d->partError(x, sheet->part);
        return d->fail(tr("%1 is damaged: the sheet “%2” is not valid XML (line %3: %4).")
                           .arg(d->label(), sheet->name)
                           .arg(x.xml.lineNumber())
                           .arg(x.xml.errorString()));
    }
    // Rows past the last one with a value are not kept.
    while (!out.rows.isEmpty() && out.rows.last().isEmpty())
        out.rows.removeLast();
    return Status::ok();
}

} // namespace kinerja::exchange
