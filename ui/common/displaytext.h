#pragma once

#include "domain/employee.h"
#include "domain/nip.h"

#include "domain/numbertext.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace kinerja::ui {

// Short texts shared by the panels and dialogs, formatted for the current locale.
// The one place for the formats people read in the UI: QLocale() is the UI language's
// locale (i18n::install sets it), so Indonesian gets "87,43", "25,5%", "7 Des 2026".
class DisplayText {
    Q_DECLARE_TR_FUNCTIONS(kinerja::ui::DisplayText)
public:
    static QString date(const QDate &date); // "21 Jan 1993" (the one date format)
    // That format for QDateEdit::setDisplayFormat, so date fields read as dates do (the
    // locale's short format would give "07/12/26").
    static QString dateFormat();
    static QString month(const QDate &date); // "Dec 2020"
    // A moment in local time: "7 Dec 2026 6:05 AM", "7 Des 2026 06.05" (the one timestamp
    // format); empty when invalid.
    static QString timestamp(const QDateTime &at);
    static QString number(int n); // "1.234" or "1,234"
    // Fixed decimals, rounded half away from zero as the forms round: "87,43" or "87.43".
    static QString decimal(double value, int places);
    // A percentage of 0–100 with fixed decimals: "89,62%" or "89.62%".
    static QString percent(double value, int places);
    // A weight in basis points: "25,5%" or "25.5%" (see WeightedScoring::formatBasisPoints).
    static QString weight(int basisPoints);
    // A value put into an edit field, to be read back by AppraisalContent::parseAmount:
    // unrounded (Explanation::number), the locale's decimal sign, no group separators.
    static QString editable(double value);
    // How a number typed into a field that is stored as a number is read: in the UI
    // language's notation, so that "2.125" is 2.125 in English and 2125 in Indonesian,
    // and what editable() shows reads back as the same value.
    static NumberConvention typing();
    static QString age(const QDate &birth, const QDate &on = QDate::currentDate());
    // "Born 21 Jan 1993 · male · TMT Dec 2020"
    static QString nipSummary(const NipInfo &info);
    // "Fungsional · Ahli Muda", or "Pelaksana"
    static QString jabatanKind(JabatanKind kind, Jenjang jenjang);
    // "1.234 employees · 12 inactive"
    static QString employeeCount(int shown, int inactive);
    // "Dr. Budi Santoso, S.Kom. (19930121 202012 1 001)"
    static QString nameWithNip(const QString &fullName, const QString &nip);
};

} // namespace kinerja::ui
