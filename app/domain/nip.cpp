#include "nip.h"

#include <QDateTime>

namespace kinerja {

namespace {

constexpr int NipLength = 18;
constexpr int MinBirthYear = 1940;
constexpr int MinStartYear = 1960;
constexpr int MinAgeAtStart = 18;
constexpr int MaxAgeAtStart = 60;

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// QDate::currentDate() reads the time zone again (a stat of /etc/localtime) on every call,
// and an import parses several NIPs per row: the date is looked up at most once a minute.
QDate today()
{
    thread_local qint64 lookedUpAt = 0;
    thread_local QDate date;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!date.isValid() || now < lookedUpAt || now - lookedUpAt > 60 * 1000) {
        date = QDate::currentDate();
        lookedUpAt = now;
    }
    return date;
}

// Characters people type between the groups of a NIP.
bool isSeparator(QChar c)
{
    return c.isSpace() || c == QLatin1Char('.') || c == QLatin1Char('-');
}

// Value of the digits at 0-based position `pos`, `count` long; `s` holds only digits.
int numberAt(const QString &s, int pos, int count)
{
    int value = 0;
    for (int i = pos; i < pos + count; ++i)
        value = value * 10 + (s.at(i).unicode() - '0');
    return value;
}

// Whole years completed on `date` by someone born on `birth`.
int ageOn(const QDate &birth, const QDate &date)
{
    int age = date.year() - birth.year();
    if (date.month() < birth.month() || (date.month() == birth.month() && date.day() < birth.day()))
        --age;
    return age;
}

// Removes the separators; returns false if anything else than digits remains.
bool stripSeparators(const QString &text, QString *digits)
{
    digits->clear();
    digits->reserve(text.size());
    for (const QChar c : text) {
        if (isAsciiDigit(c))
            digits->append(c);
        else if (!isSeparator(c))
            return false;
    }
    return true;
}

} // namespace

NipParseResult Nip::parse(const QString &text)
{
    NipParseResult result;
    QString digits;
    const bool onlyDigits = stripSeparators(text, &digits);
    if (onlyDigits && digits.isEmpty()) {
        result.error = NipError::Empty;
        return result;
    }
    if (!onlyDigits) {
        result.error = NipError::NotDigits;
        return result;
    }
    if (digits.size() != NipLength) {
        result.error = NipError::Length;
        return result;
    }

    const QDate now = today();

    // Digits 1-8: birth date YYYYMMDD.
    const QDate birth(numberAt(digits, 0, 4), numberAt(digits, 4, 2), numberAt(digits, 6, 2));
    if (!birth.isValid() || birth.year() < MinBirthYear || birth > now) {
        result.error = NipError::BirthDate;
        return result;
    }

    // Digits 9-12: TMT year; digit 13 tells PNS (month 01-12) from PPPK ("2").
    const int startYear = numberAt(digits, 8, 4);
    const QChar digit13 = digits.at(12);
    const NipKind kind = digit13 == QLatin1Char('2') ? NipKind::Pppk : NipKind::Pns;
    int startMonth = 1;
    if (kind == NipKind::Pns) {
        startMonth = numberAt(digits, 12, 2);
        if (startMonth < 1 || startMonth > 12) {
            result.error = NipError::StartMonth;
            return result;
        }
    }
    if (startYear < MinStartYear || startYear > now.year() + 1) {
        result.error = NipError::StartYear;
        return result;
    }
    if (kind == NipKind::Pppk && digits.at(13) == QLatin1Char('0')) {
        result.error = NipError::PppkDigit;
        return result;
    }

    // Digit 15: gender.
    const int genderDigit = numberAt(digits, 14, 1);
    if (genderDigit != 1 && genderDigit != 2) {
        result.error = NipError::GenderDigit;
        return result;
    }

    // Digits 16-18: serial 001-999.
    const int serial = numberAt(digits, 15, 3);
    if (serial == 0) {
        result.error = NipError::Serial;
        return result;
    }

    const QDate start(startYear, startMonth, 1);
    if (start <= birth) {
        result.error = NipError::StartBeforeBirth;
        return result;
    }

    // A PNS TMT is the first of the month. A PPPK NIP gives only the year, so the
    // person only has to reach the minimum age at some day of that year.
    const QDate latestStart = kind == NipKind::Pppk ? QDate(startYear, 12, 31) : start;
    if (ageOn(birth, latestStart) < MinAgeAtStart || ageOn(birth, start) > MaxAgeAtStart) {
        result.error = NipError::AgeAtStart;
        return result;
    }

    result.info.digits = digits;
    result.info.kind = kind;
    result.info.birthDate = birth;
    result.info.startDate = start;
    result.info.gender = genderDigit == 1 ? Gender::Male : Gender::Female;
    result.info.serial = serial;
    return result;
}

QString Nip::errorMessage(NipError error)
{
    switch (error) {
    case NipError::None:
        return {};
    case NipError::Empty:
        return tr("Enter the NIP: 18 digits.");
    case NipError::NotDigits:
        return tr("The NIP may contain only digits; spaces, dots and dashes between the groups are "
                  "ignored.");
    case NipError::Length:
        return tr("The NIP must have exactly 18 digits.");
    case NipError::BirthDate:
        return tr("Digits 1–8 of the NIP must be the birth date as YYYYMMDD: a real calendar date, "
                  "in 1940 or later and not in the future.");
    case NipError::StartMonth:
        return tr("Digits 13–14 of a PNS NIP must be the month of the TMT CPNS (01–12); a Nomor "
                  "Induk PPPK has 2 at digit 13.");
    case NipError::StartYear:
        return tr("Digits 9–12 of the NIP must be the year of the start date (TMT), from 1960 to "
                  "next year.");
    case NipError::PppkDigit:
        return tr("Digit 14 of a PPPK NIP (Nomor Induk PPPK) must be a digit from 1 to 9.");
    case NipError::GenderDigit:
        return tr("Digit 15 of the NIP must be the gender: 1 (male) or 2 (female).");
    case NipError::Serial:
        return tr("Digits 16–18 of the NIP must be a serial number from 001 to 999.");
    case NipError::StartBeforeBirth:
        return tr("The start date (TMT) in digits 9–14 of the NIP must be after the birth date in "
                  "digits 1–8.");
    case NipError::AgeAtStart:
        return tr(
            "The birth date (digits 1–8) and the start date (TMT, digits 9–14) of the NIP give "
            "an age at start outside 18–60 years.");
    }
    return tr("The NIP is not valid.");
}

QString Nip::format(const QString &digits)
{
    QString d;
    if (!stripSeparators(digits, &d) || d.size() != NipLength)
        return digits;
    const QChar space = QLatin1Char(' ');
    if (d.at(12) == QLatin1Char('2')) {
        // PPPK: birth · TMT year · 2 · digit · gender · serial.
        return d.left(8) + space + d.mid(8, 4) + space + d.at(12) + space + d.at(13) + space +
               d.at(14) + space + d.right(3);
    }
    // PNS: birth · TMT year and month · gender · serial.
    return d.left(8) + space + d.mid(8, 6) + space + d.at(14) + space + d.right(3);
}

QString Nip::normalize(const QString &text)
{
    QString digits;
    digits.reserve(text.size());
    for (const QChar c : text) {
        if (isAsciiDigit(c))
            digits.append(c);
    }
    return digits;
}

QString genderName(Gender gender)
{
    switch (gender) {
    case Gender::Male:
        return QCoreApplication::translate("kinerja::Nip", "Male");
    case Gender::Female:
        return QCoreApplication::translate("kinerja::Nip", "Female");
    case Gender::Unknown:
        break;
    }
    return QCoreApplication::translate("kinerja::Nip", "Unknown");
}

} // namespace kinerja
