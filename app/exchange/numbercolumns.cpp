#include "numbercolumns.h"

#include <QLocale>

#include <algorithm>

namespace kinerja::exchange {

namespace {

// `value` for people to read, in the UI's language ("5.000" in Indonesian).
QString shown(double value)
{
    const QString plain = NumberText::plain(value);
    const qsizetype comma = plain.indexOf(u',');
    return QLocale().toString(value, 'f', comma < 0 ? 0 : int(plain.size() - comma - 1));
}

std::optional<NumberConvention> decide(int indonesian, int point)
{
    if (indonesian > 0 && point > 0)
        return std::nullopt;
    return point > 0 ? NumberConvention::PointDecimal : NumberConvention::Indonesian;
}

} // namespace

void NumberColumns::Evidence::add(const NumberReading &reading, const QString &text)
{
    if (reading.kind == NumberReading::Kind::IndonesianOnly) {
        if (indonesian++ == 0)
            indonesianExample = text;
    } else if (reading.kind == NumberReading::Kind::PointOnly) {
        if (point++ == 0)
            pointExample = text;
    }
}

void NumberColumns::clear()
{
    m_columns.clear();
    m_file = Evidence();
    m_semicolons = false;
}

void NumberColumns::addColumn(const SheetTable &table, int column, int headerRow)
{
    if (table.csvDelimiter == u';' && !m_semicolons) {
        m_semicolons = true;
        ++m_file.indonesian;
    }
    if (column <= 0)
        return;
    Evidence &e = m_columns[Key(&table, column)];
    for (int r = headerRow + 1; r <= table.rowCount(); ++r) {
        const Cell c = table.cell(r, column);
        if (c.type != CellType::String)
            continue;
        const QString text = c.text.trimmed();
        const NumberReading reading = NumberText::read(text);
        e.add(reading, text);
        m_file.add(reading, text);
    }
}

std::optional<NumberConvention> NumberColumns::convention(const SheetTable &table, int column) const
{
    const auto it = m_columns.find(Key(&table, column));
    if (it != m_columns.end() && (it->second.indonesian > 0 || it->second.point > 0))
        return decide(it->second.indonesian, it->second.point);
    return decide(m_file.indonesian, m_file.point);
}

NumberColumns::Result NumberColumns::read(const SheetTable &table, int column,
                                          QStringView text) const
{
    Result out;
    if (text.trimmed().isEmpty()) {
        out.empty = true;
        return out;
    }
    const NumberReading reading = NumberText::read(text);
    if (!reading.isAmbiguous()) {
        out.value = reading.value(NumberConvention::Indonesian);
        return out;
    }
    if (const std::optional<NumberConvention> c = convention(table, column)) {
        out.value = reading.value(*c);
        return out;
    }
    // Conflicting evidence: say both readings and what shows the two ways.
    const auto it = m_columns.find(Key(&table, column));
    const bool inColumn =
        it != m_columns.end() && it->second.indonesian > 0 && it->second.point > 0;
    const Evidence &e = inColumn ? it->second : m_file;
    const QString comma = e.indonesianExample.isEmpty()
                              ? tr("semicolons between the columns, as in files with a decimal "
                                   "comma")
                              : tr("“%1” with a decimal comma").arg(e.indonesianExample);
    const QString point = tr("“%1” with a decimal point").arg(e.pointExample);
    const double low = std::min(reading.indonesian, reading.point);
    const double high = std::max(reading.indonesian, reading.point);
    const QString trimmed = text.trimmed().toString();
    out.problem =
        (inColumn ? tr("“%1” can mean %2 or %3, and this column holds numbers written both "
                       "ways (%4; %5). Write %6 or %7 without a thousands separator.")
                  : tr("“%1” can mean %2 or %3, and this file holds numbers written both ways "
                       "(%4; %5). Write %6 or %7 without a thousands separator."))
            .arg(trimmed, shown(low), shown(high), comma, point, NumberText::plain(low),
                 NumberText::plain(high));
    return out;
}

} // namespace kinerja::exchange
