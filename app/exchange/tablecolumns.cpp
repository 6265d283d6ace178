#include "tablecolumns.h"

#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace kinerja::exchange {

namespace {

QString sheetLabel(const SheetTable &table)
{
    if (!table.sheetName.isEmpty())
        return TableColumns::tr("%1, sheet “%2”").arg(table.sourceName, table.sheetName);
    return table.sourceName;
}

bool looksScientific(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[+-]?[0-9]+([.,][0-9]*)?[eE][+-]?[0-9]+$"));
    return re.match(text).hasMatch();
}

} // namespace

QString TableColumns::normalise(QStringView header)
{
    QString out;
    out.reserve(header.size());
    for (const QChar c : header) {
        if (c.isSpace() || c == u'_' || c == u'.' || c == u'/' || c == u'-' || c == u'\\' ||
            c == QChar(0x00A0) || c == QChar(0xFEFF))
            continue;
        out.append(c.toLower());
    }
    return out;
}

Status TableColumns::find(const SheetTable &table, int headerRow, const QVector<ColumnSpec> &specs,
                          ColumnMap &out, const QHash<QString, int> &chosen)
{
    out = ColumnMap();
    out.headerRow = headerRow;
    if (table.isRowEmpty(headerRow)) {
        return Status::error(tr("%1: row %2 should hold the column headers but is empty.")
                                 .arg(sheetLabel(table))
                                 .arg(headerRow),
                             table.sourceName);
    }
    QHash<QString, int> specByName;
    for (int i = 0; i < specs.size(); ++i) {
        for (const QString &n : specs[i].names)
            specByName.insert(normalise(n), i);
    }
    QSet<int> taken;
    for (auto it = chosen.cbegin(); it != chosen.cend(); ++it) {
        if (it.value() > 0) {
            out.columns.insert(it.key(), it.value());
            taken.insert(it.value());
        }
    }
    const auto &cells = table.rows[headerRow - 1];
    for (const Cell &c : cells) {
        const auto it = specByName.constFind(normalise(c.text));
        if (c.text.isEmpty() || it == specByName.cend() || taken.contains(c.column))
            continue;
        const ColumnSpec &spec = specs[it.value()];
        if (chosen.contains(spec.key))
            continue;
        if (out.columns.contains(spec.key)) {
            return Status::error(tr("%1: columns %2 and %3 are both read as “%4”; keep one.")
                                     .arg(sheetLabel(table),
                                          columnLetters(out.columns.value(spec.key)),
                                          columnLetters(c.column), spec.names.value(0)),
                                 table.sourceName);
        }
        out.columns.insert(spec.key, c.column);
    }
    QStringList missing;
    for (const ColumnSpec &spec : specs) {
        if (spec.required && !out.columns.contains(spec.key))
            missing.append(u'“' + spec.names.value(0, spec.key) + u'”');
    }
    if (!missing.isEmpty()) {
        return Status::error(tr("%1: the header row %2 lacks the required column(s) %3.")
                                 .arg(sheetLabel(table))
                                 .arg(headerRow)
                                 .arg(missing.join(QLatin1String(", "))),
                             table.sourceName);
    }
    return Status::ok();
}

Status TableColumns::requireDataRows(const SheetTable &table, int headerRow)
{
    if (table.rowCount() == 0)
        return Status::error(tr("%1 holds no data.").arg(sheetLabel(table)), table.sourceName);
    for (int r = headerRow + 1; r <= table.rowCount(); ++r) {
        if (!table.isRowEmpty(r))
            return Status::ok();
    }
    return Status::error(tr("%1 has only the header row and no data rows.").arg(sheetLabel(table)),
                         table.sourceName);
}

Status TableColumns::refuseMergedCells(const SheetTable &table, int headerRow)
{
    for (const MergedRange &m : table.merged) {
        if (m.lastRow >= headerRow) {
            return Status::error(tr("%1: the cells %2 are merged. Unmerge them so that each "
                                    "row holds one record and each cell one value.")
                                     .arg(sheetLabel(table), m.reference()),
                                 table.sourceName);
        }
    }
    return Status::ok();
}

QString TableColumns::location(const SheetTable &table, const Cell &cell,
                               const QString &columnTitle)
{
    if (columnTitle.isEmpty()) {
        return tr("%1, row %2, column %3")
            .arg(sheetLabel(table))
            .arg(cell.row)
            .arg(columnLetters(cell.column));
    }
    return tr("%1, row %2, column %3 (%4)")
        .arg(sheetLabel(table))
        .arg(cell.row)
        .arg(columnLetters(cell.column), columnTitle);
}

IdentifierCheck TableColumns::checkIdentifier(const Cell &cell, const QString &columnTitle,
                                              int expectedDigits)
{
    IdentifierCheck r;
    const QString ref = cell.reference();
    if (cell.type == CellType::Formula) {
        r.kind = IdentifierCell::Formula;
        r.message =
            tr("Cell %1 holds a formula; type the %2 itself as text.").arg(ref, columnTitle);
        return r;
    }
    const QString text = cell.text.trimmed();
    if (cell.isEmpty() || text.isEmpty())
        return r;
    const bool numeric = cell.type == CellType::Number || cell.type == CellType::Date ||
                         cell.type == CellType::Boolean;
    if (looksScientific(text) || (numeric && std::abs(cell.number) >= 1e15)) {
        r.kind = IdentifierCell::ScientificNumber;
        r.message = tr("Cell %1 holds the number %2: the spreadsheet turned the %3 into a number "
                       "in scientific notation and its last digits are lost (a %3 has %4 "
                       "digits; a number keeps only 15). Format the column as Text and type "
                       "the %3 values again.")
                        .arg(ref, text, columnTitle)
                        .arg(expectedDigits);
        return r;
    }
    if (numeric) {
        r.kind = IdentifierCell::Number;
        r.message = tr("Cell %1 holds the number %2, not text: a %3 of %4 digits cannot be "
                       "kept as a number. Format the column as Text and type the value again.")
                        .arg(ref, text, columnTitle)
                        .arg(expectedDigits);
        return r;
    }
    QString digits;
    digits.reserve(text.size());
    for (const QChar c : text) {
        if (c >= u'0' && c <= u'9')
            digits.append(c);
        else if (!(c.isSpace() || c == u'.' || c == u'-' || c == u'\'' || c == QChar(0x00A0)))
            return {IdentifierCell::OtherText, {}, {}};
    }
    if (digits.isEmpty())
        return {IdentifierCell::OtherText, {}, {}};
    r.kind = IdentifierCell::Digits;
    r.digits = digits;
    return r;
}

} // namespace kinerja::exchange
