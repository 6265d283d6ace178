#include "period.h"

#include <QRegularExpression>

namespace kinerja {

namespace {

constexpr int MinYear = 1900;
constexpr int MaxYear = 9999;

const char *const MonthNames[12] = {
    QT_TRANSLATE_NOOP("kinerja::Period", "January"),
    QT_TRANSLATE_NOOP("kinerja::Period", "February"),
    QT_TRANSLATE_NOOP("kinerja::Period", "March"),
    QT_TRANSLATE_NOOP("kinerja::Period", "April"),
    QT_TRANSLATE_NOOP("kinerja::Period", "May"),
    QT_TRANSLATE_NOOP("kinerja::Period", "June"),
    QT_TRANSLATE_NOOP("kinerja::Period", "July"),
    QT_TRANSLATE_NOOP("kinerja::Period", "August"),
    QT_TRANSLATE_NOOP("kinerja::Period", "September"),
    QT_TRANSLATE_NOOP("kinerja::Period", "October"),
    QT_TRANSLATE_NOOP("kinerja::Period", "November"),
    QT_TRANSLATE_NOOP("kinerja::Period", "December"),
};

// Official Indonesian month names (not translated).
const char *const BulanNames[12] = {
    "Januari", "Februari", "Maret",     "April",   "Mei",      "Juni",
    "Juli",    "Agustus",  "September", "Oktober", "November", "Desember",
};

} // namespace

int Period::monthsIn(Kind kind)
{
    switch (kind) {
    case Kind::Monthly:
        return 1;
    case Kind::Quarterly:
        return 3;
    case Kind::Semester:
        return 6;
    case Kind::Annual:
        return 12;
    }
    return 12;
}

Period Period::month(int year, int month)
{
    if (year < MinYear || year > MaxYear || month < 1 || month > 12)
        return {};
    return Period(Kind::Monthly, year, month);
}

Period Period::quarter(int year, int quarter)
{
    if (year < MinYear || year > MaxYear || quarter < 1 || quarter > 4)
        return {};
    return Period(Kind::Quarterly, year, quarter);
}

Period Period::semester(int year, int semester)
{
    if (year < MinYear || year > MaxYear || semester < 1 || semester > 2)
        return {};
    return Period(Kind::Semester, year, semester);
}

Period Period::annual(int year)
{
    if (year < MinYear || year > MaxYear)
        return {};
    return Period(Kind::Annual, year, 1);
}

Period Period::containing(Kind kind, const QDate &date)
{
    if (!date.isValid() || date.year() < MinYear || date.year() > MaxYear)
        return {};
    return Period(kind, date.year(), (date.month() - 1) / monthsIn(kind) + 1);
}

Status Period::parse(const QString &text, Period *out)
{
    static const QRegularExpression shape(QStringLiteral("^([0-9]{4})(?:-([MQS])([0-9]+))?$"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QString trimmed = text.trimmed();
    const QString field = QStringLiteral("period");
    const QRegularExpressionMatch match = shape.match(trimmed);
    if (!match.hasMatch()) {
        return Status::error(
            tr("“%1” is not a period: write 2026, 2026-S1, 2026-Q1 or 2026-M03.").arg(trimmed),
            field);
    }
    const int year = match.captured(1).toInt();
    if (year < MinYear || year > MaxYear)
        return Status::error(tr("“%1”: the year must be 1900–9999.").arg(trimmed), field);
    if (match.captured(2).isEmpty()) {
        *out = annual(year);
        return Status::ok();
    }
    const QChar letter = match.captured(2).at(0).toUpper();
    const QString digits = match.captured(3);
    const int number = digits.toInt();
    if (letter == QLatin1Char('M')) {
        if (digits.size() != 2 || number < 1 || number > 12) {
            return Status::error(
                tr("“%1”: the month must be two digits 01–12, as in 2026-M03.").arg(trimmed),
                field);
        }
        *out = month(year, number);
    } else if (letter == QLatin1Char('Q')) {
        if (digits.size() != 1 || number < 1 || number > 4)
            return Status::error(tr("“%1”: the quarter must be 1–4.").arg(trimmed), field);
        *out = quarter(year, number);
    } else {
        if (digits.size() != 1 || number < 1 || number > 2)
            return Status::error(tr("“%1”: the semester must be 1 or 2.").arg(trimmed), field);
        *out = semester(year, number);
    }
    return Status::ok();
}

int Period::firstMonth() const
{
    return (m_number - 1) * monthsIn(m_kind) + 1;
}

QDate Period::start() const
{
    if (!isValid())
        return {};
    return QDate(m_year, firstMonth(), 1);
}

QDate Period::end() const
{
    if (!isValid())
        return {};
    return start().addMonths(monthsIn(m_kind)).addDays(-1);
}

bool Period::contains(const QDate &date) const
{
    return isValid() && date.isValid() && date >= start() && date <= end();
}

bool Period::contains(const Period &other) const
{
    return isValid() && other.isValid() && other.start() >= start() && other.end() <= end();
}

QString Period::toString() const
{
    if (!isValid())
        return {};
    const QString year = QString::number(m_year);
    switch (m_kind) {
    case Kind::Monthly:
        return year + QStringLiteral("-M") +
               QString::number(m_number).rightJustified(2, QLatin1Char('0'));
    case Kind::Quarterly:
        return year + QStringLiteral("-Q") + QString::number(m_number);
    case Kind::Semester:
        return year + QStringLiteral("-S") + QString::number(m_number);
    case Kind::Annual:
        break;
    }
    return year;
}

QString Period::label() const
{
    if (!isValid())
        return {};
    switch (m_kind) {
    case Kind::Monthly:
        return tr("%1 %2", "month name, year")
            .arg(tr(MonthNames[m_number - 1]), QString::number(m_year));
    case Kind::Quarterly:
        return tr("Quarter %1 %2").arg(romanNumeral(m_number), QString::number(m_year));
    case Kind::Semester:
        return tr("Semester %1 %2").arg(romanNumeral(m_number), QString::number(m_year));
    case Kind::Annual:
        break;
    }
    return tr("Year %1").arg(m_year);
}

QString Period::officialLabel() const
{
    if (!isValid())
        return {};
    const QString year = QString::number(m_year);
    const QString akhir = QStringLiteral("-Akhir");
    switch (m_kind) {
    case Kind::Monthly:
        return QLatin1String(BulanNames[m_number - 1]) + QLatin1Char(' ') + year;
    case Kind::Quarterly:
        return QStringLiteral("Triwulan ") + romanNumeral(m_number) +
               (m_number == 4 ? akhir : QString()) + QLatin1Char(' ') + year;
    case Kind::Semester:
        return QStringLiteral("Semester ") + romanNumeral(m_number) +
               (m_number == 2 ? akhir : QString()) + QLatin1Char(' ') + year;
    case Kind::Annual:
        break;
    }
    return QStringLiteral("Tahun ") + year;
}

QVector<Period> Period::subPeriods(Kind kind) const
{
    QVector<Period> result;
    if (!isValid() || kind > m_kind)
        return result;
    const int step = monthsIn(kind);
    const int first = firstMonth();
    for (int m = first; m < first + monthsIn(m_kind); m += step)
        result.append(Period(kind, m_year, (m - 1) / step + 1));
    return result;
}

Period Period::parent(Kind kind) const
{
    if (!isValid() || kind < m_kind)
        return {};
    return containing(kind, start());
}

Period Period::next() const
{
    if (!isValid())
        return {};
    return containing(m_kind, end().addDays(1));
}

Period Period::previous() const
{
    if (!isValid())
        return {};
    return containing(m_kind, start().addDays(-1));
}

QString Period::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Monthly:
        return tr("Monthly");
    case Kind::Quarterly:
        return tr("Quarterly");
    case Kind::Semester:
        return tr("Semester");
    case Kind::Annual:
        break;
    }
    return tr("Annual");
}

QString Period::romanNumeral(int n)
{
    static const char *const Numerals[] = {"I", "II", "III", "IV"};
    if (n < 1 || n > 4)
        return QString::number(n);
    return QLatin1String(Numerals[n - 1]);
}

} // namespace kinerja
