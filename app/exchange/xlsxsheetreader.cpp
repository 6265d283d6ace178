// XlsxReader::readSheet: one sheet's cells, streamed from the zip (see xlsxreader.cpp for
// the workbook, its shared strings and styles).
#include "xlsxreader.h"

#include "xlsxreader_p.h"

#include <QXmlStreamReader>

#include <algorithm>

namespace kinerja::exchange {

using detail::PartXml;

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
