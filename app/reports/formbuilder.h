#pragma once

// Internal: builds the blocks of the printed forms (documents.h is the API).

#include "documents.h"
#include "layout.h"

#include <QCoreApplication>
#include <QLocale>

namespace kinerja::reports {

class FormBuilder {
    Q_DECLARE_TR_FUNCTIONS(kinerja::reports::Forms)
public:
    FormBuilder(const SheetData &sheet, const RenderOptions &options,
                QVector<SheetWarning> *warnings);

    Document skp();                    // forms_permenpan.cpp
    Document evaluasi();               // forms_permenpan.cpp
    Document dokumenEvaluasi();        // forms_permenpan.cpp
    Document numericSkp();             // forms_numeric.cpp
    Document penilaianPrestasiKerja(); // forms_numeric.cpp
    Document weightedSheet();          // forms_numeric.cpp

    static QString pageText(); // "Page %1 of %2"

private:
    enum class Role { Employee, Rater, Atasan };
    enum class DateUse { Plan, Evaluation };

    // Title, footer, draft mark, page numbers and the agency header.
    Document begin(const QString &documentName, const QStringList &titleLines);
    void warn(const QString &section, const QString &message);
    QString blank() const;                                            // "— (not filled in)"
    QString none() const;                                             // "— (none)"
    Cell value(const QString &text, Align align = Align::Left) const; // a marked blank if empty
    static Cell label(const QString &text, int span = 1, bool bold = false);
    static Cell head(const QString &text, int span = 1);
    QString number(double v, int decimals = 2) const;

    const PersonSnapshot &person(Role role) const;
    QString roleTitle(Role role) const; // "PEJABAT PENILAI KINERJA"
    QString roleName(Role role) const;  // "Pejabat Penilai Kinerja"
    // The five lines (nama, NIP, pangkat/gol. ruang, jabatan, unit kerja), marking and
    // reporting what is missing.
    QVector<QPair<QString, Cell>> personFields(Role role);
    // "PEGAWAI YANG DINILAI" beside "PEJABAT PENILAI KINERJA" (SKP, Evaluasi).
    TableBlock sideBySide(Role left, Role right);
    // Numbered sections one under the other (Dokumen Evaluasi, Penilaian Prestasi Kerja).
    void stackedPeople(TableBlock *table, const QVector<Role> &roles);
    TextBlock periodLine() const; // "PERIODE PENILAIAN: 1 JANUARI SD 31 MARET TAHUN 2026"
    SignatureColumn signature(Role role, DateUse date);
    QString dateLine(DateUse use);

    // PermenPANRB pieces (forms_permenpan.cpp).
    TableBlock hasilKerjaTable(bool evaluation);
    TableBlock perilakuTable(bool evaluation);
    QString ratingText(const std::optional<Rating> &rating, const QString &what);
    QString predikatText();
    QString capaianText();

    const SheetData &m_sheet;
    const Appraisal &m_a;
    const RenderOptions &m_options;
    QVector<SheetWarning> *m_warnings;
    QLocale m_locale;
};

} // namespace kinerja::reports
