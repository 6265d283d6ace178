#include "grade.h"

namespace kinerja {

namespace {

constexpr int MaxPppkGolongan = 17;

// Pangkat names (personnel-data.md), indexed [golongan - 1][ruang - 1].
// Indonesian proper names: not translated.
const char *const PangkatNames[4][5] = {
    {"Juru Muda", "Juru Muda Tingkat I", "Juru", "Juru Tingkat I", nullptr},
    {"Pengatur Muda", "Pengatur Muda Tingkat I", "Pengatur", "Pengatur Tingkat I", nullptr},
    {"Penata Muda", "Penata Muda Tingkat I", "Penata", "Penata Tingkat I", nullptr},
    {"Pembina", "Pembina Tingkat I", "Pembina Utama Muda", "Pembina Utama Madya", "Pembina Utama"},
};

// Removes a leading "Golongan" / "Gol." (any case) and the spaces after it.
QString stripGolonganWord(const QString &text)
{
    QString s = text.trimmed();
    for (const QLatin1String prefix : {QLatin1String("golongan"), QLatin1String("gol.")}) {
        if (s.startsWith(prefix, Qt::CaseInsensitive)) {
            s = s.mid(prefix.size()).trimmed();
            break;
        }
    }
    return s;
}

// 1..17 for a roman numeral or a decimal number, else 0.
int parseNumber(const QString &text)
{
    if (text.isEmpty())
        return 0;
    bool ok = false;
    const int n = text.toInt(&ok);
    if (ok)
        return n >= 1 && n <= MaxPppkGolongan && text.at(0) != QLatin1Char('+') ? n : 0;
    for (int i = 1; i <= MaxPppkGolongan; ++i) {
        if (text.compare(Grade::roman(i), Qt::CaseInsensitive) == 0)
            return i;
    }
    return 0;
}

} // namespace

bool Grade::isValidPns(int code)
{
    const int golongan = code / 10;
    const int ruang = code % 10;
    if (golongan < 1 || golongan > 4 || ruang < 1)
        return false;
    return ruang <= (golongan == 4 ? 5 : 4);
}

bool Grade::isValidPppk(int code)
{
    return code >= 1 && code <= MaxPppkGolongan;
}

bool Grade::isValidFor(EmployeeStatus status, int code)
{
    switch (status) {
    case EmployeeStatus::Pns:
    case EmployeeStatus::Cpns:
        return isValidPns(code);
    case EmployeeStatus::Pppk:
        return isValidPppk(code);
    }
    return false;
}

QVector<int> Grade::pnsCodes()
{
    QVector<int> codes;
    for (int golongan = 1; golongan <= 4; ++golongan) {
        for (int ruang = 1; ruang <= 5; ++ruang) {
            const int code = golongan * 10 + ruang;
            if (isValidPns(code))
                codes.append(code);
        }
    }
    return codes;
}

QVector<int> Grade::pppkCodes()
{
    QVector<int> codes;
    for (int i = 1; i <= MaxPppkGolongan; ++i)
        codes.append(i);
    return codes;
}

QString Grade::golonganLabel(EmployeeStatus status, int code)
{
    if (!isValidFor(status, code))
        return {};
    if (status == EmployeeStatus::Pppk)
        return roman(code);
    return roman(code / 10) + QLatin1Char('/') + QChar(QLatin1Char('a').unicode() + code % 10 - 1);
}

QString Grade::pangkatName(int pnsCode)
{
    if (!isValidPns(pnsCode))
        return {};
    return QString::fromLatin1(PangkatNames[pnsCode / 10 - 1][pnsCode % 10 - 1]);
}

QString Grade::display(EmployeeStatus status, int code)
{
    if (!isValidFor(status, code))
        return {};
    if (status == EmployeeStatus::Pppk)
        return QLatin1String("Golongan ") + roman(code);
    return pangkatName(code) + QLatin1String(", ") + golonganLabel(status, code);
}

int Grade::parse(EmployeeStatus status, const QString &text)
{
    QString s = stripGolonganWord(text);
    if (s.isEmpty())
        return 0;

    if (status == EmployeeStatus::Pppk) {
        const int n = parseNumber(s);
        return isValidPppk(n) ? n : 0;
    }
    if (status != EmployeeStatus::Pns && status != EmployeeStatus::Cpns)
        return 0;

    // "Penata Muda Tingkat I, III/b": the golongan ruang follows the last comma.
    const qsizetype comma = s.lastIndexOf(QLatin1Char(','));
    if (comma >= 0)
        s = s.mid(comma + 1).trimmed();

    // A pangkat name alone, e.g. "Penata Muda Tingkat I".
    for (const int code : pnsCodes()) {
        if (s.compare(pangkatName(code), Qt::CaseInsensitive) == 0)
            return code;
    }

    // "III/b", "III b", "3b", "3/b", "III-b": golongan, optional separator, ruang letter.
    const QChar last = s.back().toLower();
    if (last < QLatin1Char('a') || last > QLatin1Char('e'))
        return 0;
    QString golongan = s.chopped(1).trimmed();
    if (golongan.endsWith(QLatin1Char('/')) || golongan.endsWith(QLatin1Char('-')))
        golongan = golongan.chopped(1).trimmed();
    const int g = parseNumber(golongan);
    if (g < 1 || g > 4)
        return 0;
    const int code = g * 10 + (last.unicode() - 'a' + 1);
    return isValidPns(code) ? code : 0;
}

QString Grade::roman(int n)
{
    static const char *const Numerals[MaxPppkGolongan] = {
        "I", "II", "III", "IV",   "V",   "VI", "VII", "VIII", "IX",
        "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII",
    };
    if (n < 1 || n > MaxPppkGolongan)
        return {};
    return QString::fromLatin1(Numerals[n - 1]);
}

QString statusName(EmployeeStatus status)
{
    // Indonesian proper terms: not translated.
    switch (status) {
    case EmployeeStatus::Pns:
        return QStringLiteral("PNS");
    case EmployeeStatus::Cpns:
        return QStringLiteral("CPNS");
    case EmployeeStatus::Pppk:
        return QStringLiteral("PPPK");
    }
    return {};
}

bool parseStatus(const QString &text, EmployeeStatus *out)
{
    const QString s = text.trimmed();
    for (const EmployeeStatus status :
         {EmployeeStatus::Pns, EmployeeStatus::Cpns, EmployeeStatus::Pppk}) {
        if (s.compare(statusName(status), Qt::CaseInsensitive) == 0) {
            if (out)
                *out = status;
            return true;
        }
    }
    return false;
}

} // namespace kinerja
