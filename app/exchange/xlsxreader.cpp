#include "xlsxreader.h"

#include "xlsxreader_p.h"

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
QString resolveTarget(const QString &baseFolder, const QString &target)
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
    d->options = std::move(options);
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

} // namespace kinerja::exchange
