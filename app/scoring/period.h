#pragma once

#include "domain/status.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>

namespace kinerja {

// An appraisal period (PermenPANRB 6/2022 Pasal 5: periodic evaluation monthly,
// quarterly or by semester, and the annual evaluation).
//
// Canonical names: "2026-M03" (month, two digits), "2026-Q1" (quarter / triwulan),
// "2026-S1" (semester), "2026" (year). The year has four digits, 1900–9999.
class Period {
    Q_DECLARE_TR_FUNCTIONS(kinerja::Period)
public:
    // Declared from the shortest to the longest: a kind "contains" the earlier ones.
    enum class Kind { Monthly = 0, Quarterly = 1, Semester = 2, Annual = 3 };

    Period() = default; // invalid
    static Period month(int year, int month);
    static Period quarter(int year, int quarter);
    static Period semester(int year, int semester);
    static Period annual(int year);
    // The period of `kind` that contains `date`; invalid for an invalid date.
    static Period containing(Kind kind, const QDate &date);
    // Strict about the canonical forms above, tolerant of letter case and of
    // spaces around the text. On failure returns an error naming the text
    // (e.g. for "2026-Q5", "2026-M13", "26-Q1") and leaves *out unchanged.
    static Status parse(const QString &text, Period *out);

    bool isValid() const { return m_year != 0; }
    Kind kind() const { return m_kind; }
    int year() const { return m_year; }
    // Month 1–12, quarter 1–4, semester 1–2; 1 for a year.
    int number() const { return m_number; }

    QDate start() const;
    QDate end() const; // last day, inclusive
    bool contains(const QDate &date) const;
    bool contains(const Period &other) const;

    // Canonical name ("2026-Q1"); empty when invalid.
    QString toString() const;
    // Translated label for forms and the UI: "March 2026", "Quarter I 2026",
    // "Semester I 2026", "Year 2026" (English source; "Triwulan I 2026" in Indonesian).
    QString label() const;
    // The official Indonesian name, never translated. The last periodic evaluation
    // of the year coincides with the annual one, so the forms write it with
    // "-Akhir" (PermenPANRB 6/2022: "Triwulan I/II/III/IV-Akhir", "Semester I/II-Akhir"):
    //   "Triwulan I 2026" … "Triwulan IV-Akhir 2026", "Semester I 2026",
    //   "Semester II-Akhir 2026", "Maret 2026" (months carry no "Akhir"), "Tahun 2026".
    QString officialLabel() const;

    // The periods of `kind` inside this one, in order (the quarters of a year, the
    // months of a quarter…); {*this} for the same kind; empty for a longer kind.
    QVector<Period> subPeriods(Kind kind) const;
    // The period of `kind` containing this one; *this for the same kind; invalid
    // for a shorter kind.
    Period parent(Kind kind) const;
    // The next / previous period of the same kind.
    Period next() const;
    Period previous() const;

    static QString kindName(Kind kind); // translated: "Monthly", "Quarterly"…
    static QString romanNumeral(int n); // 1–4: "I".."IV"

    friend bool operator==(const Period &a, const Period &b)
    {
        return a.m_kind == b.m_kind && a.m_year == b.m_year && a.m_number == b.m_number;
    }
    friend bool operator!=(const Period &a, const Period &b) { return !(a == b); }
    // Chronological by start date; for the same start, the longer period first
    // (2026 < 2026-S1 < 2026-Q1 < 2026-M01 < 2026-M02), like a tree read top-down.
    friend bool operator<(const Period &a, const Period &b)
    {
        if (a.start() != b.start())
            return a.start() < b.start();
        return a.m_kind > b.m_kind;
    }

private:
    Period(Kind kind, int year, int number) : m_kind(kind), m_year(year), m_number(number) {}
    static int monthsIn(Kind kind);
    int firstMonth() const;

    Kind m_kind = Kind::Annual;
    int m_year = 0;
    int m_number = 0;
};

} // namespace kinerja
