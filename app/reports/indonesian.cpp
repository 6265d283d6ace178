#include "indonesian.h"

#include <QStringList>

namespace kinerja::reports {

QString indonesianMonthName(int month)
{
    static const char *const names[] = {"Januari",   "Februari", "Maret",    "April",
                                        "Mei",       "Juni",     "Juli",     "Agustus",
                                        "September", "Oktober",  "November", "Desember"};
    if (month < 1 || month > 12)
        return {};
    return QString::fromLatin1(names[month - 1]);
}

QString indonesianDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    return QString::number(date.day()) + QLatin1Char(' ') + indonesianMonthName(date.month()) +
           QLatin1Char(' ') + QString::number(date.year());
}

QString periodRangeText(const Period &period)
{
    if (!period.isValid())
        return {};
    const QDate from = period.start();
    const QDate to = period.end();
    return QString::number(from.day()) + QLatin1Char(' ') +
           indonesianMonthName(from.month()).toUpper() + QLatin1String(" SD ") +
           QString::number(to.day()) + QLatin1Char(' ') +
           indonesianMonthName(to.month()).toUpper() + QLatin1String(" TAHUN ") +
           QString::number(to.year());
}

QString periodKindText(const Period &period)
{
    if (!period.isValid())
        return {};
    if (period.kind() == Period::Kind::Annual)
        return QStringLiteral("TAHUNAN");
    if (period.kind() == Period::Kind::Monthly)
        return QLatin1String("BULANAN (") + indonesianMonthName(period.number()).toUpper() +
               QLatin1Char(')');
    // officialLabel(): "Triwulan IV-Akhir 2026" — without the year.
    QString label = period.officialLabel();
    const QString year = QLatin1Char(' ') + QString::number(period.year());
    if (label.endsWith(year))
        label.chop(year.size());
    return label.toUpper();
}

QLocale sheetLocale()
{
    return QLocale();
}

QString sheetDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    const QLocale locale = sheetLocale();
    if (locale.language() == QLocale::Indonesian)
        return indonesianDate(date);
    return locale.toString(date, QStringLiteral("d MMMM yyyy"));
}

} // namespace kinerja::reports
