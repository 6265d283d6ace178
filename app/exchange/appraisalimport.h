#pragma once

#include "appraisalsheets.h"
#include "numbercolumns.h"
#include "tableimport.h"

#include "appraisal/appraisal.h"

#include <QHash>
#include <optional>

namespace kinerja {
class Database;
}

namespace kinerja::exchange {

// Appraisal data by NIP and period: ratings, Capaian SKP, rekomendasi,
// the targets and realisations of the SKP indicators (PermenPANRB 6/2022) and of
// the kegiatan (PP 46/2011). Reads an entry template (AppraisalTemplate) back, or
// any XLSX/CSV sheet with the columns of appraisalsheets.h. A workbook with a sheet
// "Penilaian" is read whole (Penilaian, Hasil Kerja, Kegiatan); any other sheet or
// CSV file is one table whose kind its headers tell.
//
// A column that is present is the truth, also when empty (an emptied cell clears the
// value); an absent column keeps what is stored. The period comes from the Periode
// column, or from setDefaultPeriod() when the file has none. Refused, row by row:
// an unknown NIP, no appraisal of that employee in the period, a value for another
// scheme, an indicator or kegiatan number the SKP does not have, an indicator text
// that differs from the stored one (the SKP changed since the template was made),
// a formula or a date where a value belongs, a rating that is not one of the three
// levels, a number out of its range, the same appraisal or indicator twice, and any
// change to a Final appraisal or a closed period. Numbers written as text follow the
// file's convention column by column ("5.000" is five thousand unless the file writes
// decimal points): see NumberColumns.
class AppraisalImport : public TableImport {
    Q_DECLARE_TR_FUNCTIONS(kinerja::exchange::AppraisalImport)
public:
    explicit AppraisalImport(Database &db) : m_db(db) {}

    // The period of rows without a Periode column (0 = none: the column is required).
    void setDefaultPeriod(qint64 periodId) { m_defaultPeriod = periodId; }

    Status read(const QString &path, const QString &sheet = {},
                const ColumnChoices &choices = {}) override;
    Status readTable(const SheetTable &table, const ColumnChoices &choices = {}) override;
    QVector<ColumnSpec> columnSpecs() const override { return AppraisalSheets::columns(m_kind); }
    AppraisalSheets::Kind kind() const { return m_kind; }

    QStringList previewHeaders() const override;
    int previewCount() const override { return int(m_changes.size()); }
    int previewSourceRow(int index) const override { return m_changes.at(index).row; }
    QStringList previewCells(int index) const override;
    QString previewSummary() const override;
    int changedCount() const;

    Status commitAll(const Progress &progress, QString *summary) override;

    // What one appraisal gets; public for the tests.
    struct Change {
        int row = 0; // the first row about it, on `sheet`
        QString sheet;
        qint64 appraisalId = 0;
        QString nip, name, period;
        SchemeKind scheme = SchemeKind::PermenPan2022;
        bool editable = true;
        Appraisal stored;
        std::optional<Rating> hasil, perilaku;
        std::optional<double> capaian;
        QString rekomendasi;
        QVector<Rhk> plan;               // loaded with the first Hasil Kerja row
        QVector<KegiatanEntry> kegiatan; // loaded with the first Kegiatan row
        bool planLoaded = false, kegiatanLoaded = false;
        bool ratingsChange = false, capaianChange = false, rekomendasiChange = false;
        bool targetsChange = false, kegiatanChange = false;
        QVector<qint64> evaluated; // indicators whose realisasi, bukti or umpan balik change
        QStringList changes;       // what changes, in words
        bool hasChanges() const { return !changes.isEmpty(); }
    };
    const QVector<Change> &changes() const { return m_changes; }

private:
    struct Table {
        AppraisalSheets::Kind kind;
        const SheetTable *table;
        ColumnMap columns;
    };
    // Reads the tables into m_changes; false when the user cancelled.
    bool build();
    // False when the user cancelled the read (see TableImport::setReadProgress).
    bool readRows(const Table &t);
    // The index of the appraisal of the row's NIP and period in m_changes, or -1 and
    // a problem.
    int changeIndex(const Table &t, int row);
    // False and a problem when `what` ("" for the appraisal, "Indicator 2.1") of
    // this appraisal was already on an earlier row of the sheet.
    bool firstTime(const Table &t, int row, const Change &c, const QString &what);
    void penilaianRow(const Table &t, int row, Change &c);
    void hasilKerjaRow(const Table &t, int row, Change &c);
    void kegiatanRow(const Table &t, int row, Change &c);
    void problem(const Table &t, int row, const QString &key, const QString &reason);
    // The cell's text, or a problem (formula, date) and false.
    bool cellText(const Table &t, int row, const QString &key, QString *out);
    // A number by the file's conventions (NumberColumns): a problem and false for a text
    // with two readings that the file's evidence cannot tell apart.
    bool cellNumber(const Table &t, int row, const QString &key, std::optional<double> *out);
    // The cell's text (a target or realisasi, kept as text); one that is a number written with
    // a decimal point is rewritten the Indonesian way ("90.5" -> "90,5", "5.000" meaning five
    // -> "5"), so that it reads as the same number in Kinerja.
    bool numberText(const Table &t, int row, const QString &key, QString *out);

    Database &m_db;
    AppraisalSheets::Kind m_kind = AppraisalSheets::Kind::Penilaian;
    qint64 m_defaultPeriod = 0;
    QVector<SheetTable> m_extra; // the workbook's Hasil Kerja and Kegiatan sheets
    NumberColumns m_numbers;     // how numbers written as text read, column by column
    QVector<Change> m_changes;
    QHash<QString, int> m_index;   // "nip|periodId" -> m_changes index
    QHash<QString, int> m_seenRow; // "sheet|appraisal|what" -> first row, for doubles
    bool m_ready = false;
};

} // namespace kinerja::exchange
