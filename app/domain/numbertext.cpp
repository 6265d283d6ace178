#include "numbertext.h"

#include <cmath>

namespace kinerja {

namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool allDigits(QStringView s)
{
    for (QChar c : s) {
        if (!isDigit(c))
            return false;
    }
    return true;
}

// An integer part: plain digits, or groups separated by `group` (first group 1-3 digits not
// starting with 0, then groups of exactly 3). Empty is allowed only when `emptyOk`.
bool validInteger(QStringView s, QChar group, bool emptyOk)
{
    if (s.isEmpty())
        return emptyOk;
    if (!s.contains(group))
        return allDigits(s);
    qsizetype start = 0;
    bool first = true;
    while (true) {
        const qsizetype at = s.indexOf(group, start);
        const QStringView part = at < 0 ? s.mid(start) : s.mid(start, at - start);
        if (!allDigits(part) || part.isEmpty())
            return false;
        if (first ? (part.size() > 3 || part.front() == u'0') : part.size() != 3)
            return false;
        first = false;
        if (at < 0)
            return true;
        start = at + 1;
    }
}

// The value of the unsigned `body` under a convention whose decimal mark is `decimal` and
// group separator `group`; empty when the text is not written that way.
std::optional<double> valueAs(QStringView body, QChar decimal, QChar group)
{
    const qsizetype mark = body.indexOf(decimal);
    if (mark >= 0 && body.indexOf(decimal, mark + 1) >= 0)
        return std::nullopt;
    const QStringView integer = mark < 0 ? body : body.left(mark);
    const QStringView fraction = mark < 0 ? QStringView() : body.mid(mark + 1);
    if (mark >= 0 && (fraction.isEmpty() || !allDigits(fraction)))
        return std::nullopt;
    if (!validInteger(integer, group, mark >= 0))
        return std::nullopt;
    QString digits;
    digits.reserve(body.size() + 1);
    for (QChar c : integer) {
        if (c != group)
            digits.append(c);
    }
    if (digits.isEmpty())
        digits.append(u'0');
    if (mark >= 0) {
        digits.append(u'.');
        digits.append(fraction);
    }
    bool ok = false;
    const double v = digits.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

} // namespace

std::optional<double> NumberReading::value(NumberConvention convention) const
{
    switch (kind) {
    case Kind::NotNumber:
        return std::nullopt;
    case Kind::Plain:
    case Kind::IndonesianOnly:
        return indonesian;
    case Kind::PointOnly:
        return point;
    case Kind::Ambiguous:
        return convention == NumberConvention::Indonesian ? indonesian : point;
    }
    return std::nullopt;
}

NumberReading NumberText::read(QStringView text)
{
    QString body;
    body.reserve(text.size());
    for (QChar c : text) {
        if (!c.isSpace() && c != QChar(0x00A0) && c != QChar(0x202F))
            body.append(c);
    }
    NumberReading r;
    double sign = 1;
    QStringView digits(body);
    if (!digits.isEmpty() && (digits.front() == u'-' || digits.front() == u'+')) {
        sign = digits.front() == u'-' ? -1 : 1;
        digits = digits.mid(1);
    }
    if (digits.isEmpty())
        return r;
    const std::optional<double> id = valueAs(digits, u',', u'.');
    const std::optional<double> pt = valueAs(digits, u'.', u',');
    if (id)
        r.indonesian = sign * *id;
    if (pt)
        r.point = sign * *pt;
    if (id && pt)
        r.kind = *id == *pt ? NumberReading::Kind::Plain : NumberReading::Kind::Ambiguous;
    else if (id)
        r.kind = NumberReading::Kind::IndonesianOnly;
    else if (pt)
        r.kind = NumberReading::Kind::PointOnly;
    return r;
}

std::optional<double> NumberText::parse(QStringView text, NumberConvention convention)
{
    return read(text).value(convention);
}

QString NumberText::plain(double value)
{
    QString s = QString::number(value, 'f', 10);
    if (s.contains(u'.')) {
        while (s.endsWith(u'0'))
            s.chop(1);
        if (s.endsWith(u'.'))
            s.chop(1);
    }
    if (s == QLatin1String("-0"))
        s = QStringLiteral("0");
    return s.replace(u'.', u',');
}

} // namespace kinerja
