#pragma once

#include "domain/employee.h"
#include "domain/nip.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace kinerja::ui {

// Short texts shared by the panels and dialogs, formatted for the current locale.
class DisplayText {
    Q_DECLARE_TR_FUNCTIONS(kinerja::ui::DisplayText)
public:
    static QString date(const QDate &date);  // "21 Jan 1993"
    static QString month(const QDate &date); // "Dec 2020"
    static QString number(int n);            // "1.234" or "1,234"
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
