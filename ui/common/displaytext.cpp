#include "displaytext.h"

#include "scoring/bands.h"
#include "scoring/explanation.h"
#include "scoring/weighted.h"

#include <QLocale>

namespace kinerja::ui {

QString DisplayText::dateFormat()
{
    return QStringLiteral("d MMM yyyy");
}

QString DisplayText::date(const QDate &date)
{
    if (!date.isValid())
        return {};
    return QLocale().toString(date, dateFormat());
}

QString DisplayText::month(const QDate &date)
{
    if (!date.isValid())
        return {};
    return QLocale().toString(date, QStringLiteral("MMM yyyy"));
}

QString DisplayText::timestamp(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toLocalTime();
    const QLocale locale;
    return date(local.date()) + QLatin1Char(' ') +
           locale.toString(local.time(), locale.timeFormat(QLocale::ShortFormat));
}

QString DisplayText::number(int n)
{
    return QLocale().toString(n);
}

QString DisplayText::decimal(double value, int places)
{
    return QLocale().toString(roundHalfAwayFromZero(value, places), 'f', places);
}

QString DisplayText::percent(double value, int places)
{
    return decimal(value, places) + QLocale().percent();
}

QString DisplayText::weight(int basisPoints)
{
    return WeightedScoring::formatBasisPoints(basisPoints, QLocale());
}

QString DisplayText::editable(double value)
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    return Explanation::number(value, locale);
}

NumberConvention DisplayText::typing()
{
    return QLocale().decimalPoint() == QLatin1String(",") ? NumberConvention::Indonesian
                                                          : NumberConvention::PointDecimal;
}

QString DisplayText::age(const QDate &birth, const QDate &on)
{
    if (!birth.isValid() || !on.isValid())
        return {};
    int years = on.year() - birth.year();
    if (on.month() < birth.month() || (on.month() == birth.month() && on.day() < birth.day()))
        --years;
    // Written out instead of %n so that English reads right without a translation file.
    return years == 1 ? tr("1 year") : tr("%1 years").arg(years);
}

QString DisplayText::nipSummary(const NipInfo &info)
{
    const QString start = info.kind == NipKind::Pppk ? tr("PPPK from %1").arg(info.startDate.year())
                                                     : tr("TMT %1").arg(month(info.startDate));
    return tr("Born %1 · %2 · %3")
        .arg(date(info.birthDate), genderName(info.gender).toLower(), start);
}

QString DisplayText::jabatanKind(JabatanKind kind, Jenjang jenjang)
{
    const QString level = jenjangName(jenjang);
    const QString kindName = jabatanKindName(kind);
    if (level.isEmpty())
        return kindName;
    if (level.startsWith(kindName)) // "JPT Pratama", not "JPT · JPT Pratama"
        return level;
    return tr("%1 · %2").arg(kindName, level);
}

QString DisplayText::employeeCount(int shown, int inactive)
{
    const QString employees = shown == 1 ? tr("1 employee") : tr("%1 employees").arg(number(shown));
    if (inactive <= 0)
        return employees;
    return tr("%1 · %2 inactive").arg(employees, number(inactive));
}

QString DisplayText::nameWithNip(const QString &fullName, const QString &nip)
{
    return tr("%1 (%2)").arg(fullName, Nip::format(nip));
}

} // namespace kinerja::ui
