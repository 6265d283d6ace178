#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace kinerja {

enum class Gender { Unknown = 0, Male = 1, Female = 2 };

// Which numbering a NIP follows (personnel-data.md): PNS has a TMT month in
// digits 13-14; a Nomor Induk PPPK has a TMT year, then "2", then a digit 1-9.
enum class NipKind { Pns, Pppk };

enum class NipError {
    None,
    Empty,
    NotDigits,   // contains something other than digits (spaces are ignored)
    Length,      // not 18 digits
    BirthDate,   // digits 1-8 are no calendar date
    StartMonth,  // PNS: TMT month not 01-12
    StartYear,   // TMT year implausible
    PppkDigit,   // PPPK: digit 14 not 1-9
    GenderDigit, // not 1 or 2
    Serial,      // serial 000
    StartBeforeBirth,
    AgeAtStart, // age at start outside 18-60
};

struct NipInfo {
    QString digits; // the 18 digits, no spaces
    NipKind kind = NipKind::Pns;
    QDate birthDate;
    QDate startDate; // PNS: first day of the TMT month; PPPK: 1 January of the TMT year
    Gender gender = Gender::Unknown;
    int serial = 0;
};

struct NipParseResult {
    NipError error = NipError::None;
    NipInfo info; // filled when error == None
    bool isValid() const { return error == NipError::None; }
};

class Nip {
    Q_DECLARE_TR_FUNCTIONS(kinerja::Nip)
public:
    // Parses and validates; spaces and dots that people type are ignored.
    static NipParseResult parse(const QString &text);
    // Translated sentence saying exactly what is wrong with the NIP.
    static QString errorMessage(NipError error);
    // "19930121 202012 1 001" (PNS) or "19900101 2021 2 1 1 001" (PPPK).
    static QString format(const QString &digits);
    // Only the digits of `text`.
    static QString normalize(const QString &text);
};

QString genderName(Gender gender);

} // namespace kinerja
