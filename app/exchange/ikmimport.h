#pragma once

#include "domain/status.h"
#include "scoring/ikm.h"
#include "storage/ikmsurveyrepository.h"
#include "tableimport.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <array>
#include <optional>

namespace kinerja {
class Database;
}

namespace kinerja::exchange {

// Import of a Survei Kepuasan Masyarakat (PermenPANRB 14/2017) for one unit and
// period, chosen with setTarget() before reading. The first row holds the
// headers; one row per respondent. The nine answer columns are all required and
// found by name (TableColumns::normalise: case, spaces, dots, slashes and hyphens
// do not matter; the key is "u1" … "u9"):
//   U1  U1, Unsur 1, U1 Persyaratan, Persyaratan
//   U2  U2, Unsur 2, Sistem, mekanisme, dan prosedur (with or without commas), Prosedur
//   U3  U3, Unsur 3, Waktu penyelesaian, Waktu
//   U4  U4, Unsur 4, Biaya/tarif, Biaya, Tarif
//   U5  U5, Unsur 5, Produk spesifikasi jenis pelayanan, Produk
//   U6  U6, Unsur 6, Kompetensi pelaksana, Kompetensi
//   U7  U7, Unsur 7, Perilaku pelaksana, Perilaku
//   U8  U8, Unsur 8, Penanganan pengaduan, saran dan masukan, Pengaduan
//   U9  U9, Unsur 9, Sarana dan prasarana, Sarana
// (and "Uk <official name>" for each). Other columns (respondent number, date,
// gender, age, education, job, remarks) are ignored.
//
// An answer is a whole number 1–4: a number cell, or text "4", "4.0", "4,0". A
// blank cell is a skipped unsur (left out of that unsur's NRR); a row whose nine
// answers are all blank is skipped (counted in the summary). Each other cell is a
// problem naming its row and column: 0, 5, 2.5, text ("baik"), a date, a yes/no
// value, an error value. A formula counts by the value the spreadsheet last
// computed for it (offices often derive the answer from a letter code): valid
// when that value is an answer 1–4, a problem when it is not or when the file
// keeps no value. An unsur column without any answer is a problem of the file (no
// IKM can be computed). The IKM is Ikm::compute of the respondents, and only when
// the file has no problem.
class IkmImport : public TableImport {
    Q_DECLARE_TR_FUNCTIONS(kinerja::exchange::IkmImport)
public:
    explicit IkmImport(Database &db) : m_db(db) {}

    // The period and unit the survey belongs to; reading and committing are refused
    // without them, for a closed period and for an unknown period or unit.
    void setTarget(qint64 periodId, qint64 unitId);
    qint64 periodId() const { return m_periodId; }
    qint64 unitId() const { return m_unitId; }

    QVector<ColumnSpec> columnSpecs() const override { return ikmColumns(); }
    Status readTable(const SheetTable &table, const ColumnChoices &choices = {}) override;

    // The respondents counted (rows with at least one answer and no problem).
    const QVector<IkmResponse> &responses() const { return m_responses; }
    // Ikm::compute of responses(); not complete while the file has problems.
    const IkmResult &result() const { return m_result; }
    // The survey stored for the target when the file was read (a commit replaces it).
    const std::optional<IkmSurvey> &previous() const { return m_previous; }
    // Data rows without any answer U1–U9, skipped.
    int skippedRows() const { return m_skipped; }

    // One line per data row with answers: U1 … U9 as written, then a note ("not
    // counted" for a row with problems, "2 unsur skipped").
    QStringList previewHeaders() const override;
    int previewCount() const override { return int(m_rows.size()); }
    int previewSourceRow(int index) const override { return m_rows.at(index).row; }
    QStringList previewCells(int index) const override;
    // "4 respondents; IKM 80,48 (B, Baik); replaces the survey of 15 March 2026
    // (98 respondents, IKM 78,20, survei.xlsx)" or "…; new"; with problems: "4
    // respondents; 2 problems to correct before the IKM can be computed".
    QString previewSummary() const override;

    // Saves the survey and the unit's IKM for the period in one transaction
    // (IkmSurveyRepository::save). Summary: "Saved the IKM survey of Dinas
    // Pendidikan for 2026-Q1: 4 respondents, IKM 80,48 (B, Baik)." plus what it
    // replaced.
    Status commitAll(const Progress &progress, QString *summary) override;

    // The columns looked for (keys "u1" … "u9").
    static QVector<ColumnSpec> ikmColumns();
    // An IKM unit value as shown: rounded half away from zero to 2 decimals, in the
    // default locale ("80,48" in Indonesian).
    static QString formatValue(double unitValue);

private:
    struct Line {
        int row = 0;
        std::array<QString, IkmUnsurCount> cells;
        bool counted = false;
        int answered = 0;
    };

    // The period and unit chosen, checked; *periodCode and *unitName for messages.
    Status checkTarget(QString *periodCode, QString *unitName) const;
    // "the survey of 15 March 2026 (98 respondents, IKM 78,20, survei.xlsx)"
    QString describePrevious() const;

    Database &m_db;
    qint64 m_periodId = 0;
    qint64 m_unitId = 0;
    QVector<Line> m_rows;
    QVector<IkmResponse> m_responses;
    IkmResult m_result;
    std::optional<IkmSurvey> m_previous;
    int m_skipped = 0;
    bool m_ready = false;
};

} // namespace kinerja::exchange
