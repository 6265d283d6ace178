#pragma once

#include "domain/employee.h"
#include "domain/nip.h"
#include "domain/status.h"
#include "tableimport.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>
#include <functional>
#include <optional>

namespace kinerja {
class Database;
}

namespace kinerja::exchange {

class StoredEmployees;
class UnitNames;

// Employee import from an XLSX or CSV file. The first row holds the
// headers; columns are found by name, case- and space-insensitive
// (TableColumns::normalise). Accepted headers, Indonesian first:
//   NIP            NIP                                                  required
//   Nama           Nama, Name                                           required
//   Gelar Depan    Gelar Depan, Title before, Prefix title
//   Gelar Belakang Gelar Belakang, Title after, Suffix title
//   Status         Status, Status Kepegawaian, Employee status      PNS, CPNS, PPPK
//   Golongan       Pangkat/Golongan, Golongan, Pangkat, Golongan Ruang, Grade, Rank,
//                  Rank/grade (the English export)
//                  ("III/b", "Penata Muda Tingkat I, III/b", PPPK "IX")
//   Jabatan        Jabatan, Nama Jabatan, Position                      required
//   Jenis Jabatan  Jenis Jabatan, Position type ("JPT Pratama", "Administrator",
//                  "Pengawas", "Pelaksana", "Fungsional Ahli Muda", eselon "III.a")
//   Jenjang        Jenjang, Jenjang Jabatan, Level ("Ahli Muda", "JPT Pratama")
//   Unit Kerja     Unit Kerja, Unit, Work unit (an existing unit's name)  required
//   NIP Atasan     NIP Atasan, Supervisor NIP (in the database or in the file)
// An optional column that is absent keeps what is stored (a new employee gets:
// status from the NIP, no gelar, jenis jabatan Fungsional when the jabatan
// names a jenjang like "Ahli Muda", else Pelaksana, no atasan; the golongan is
// then a problem). A column that is present is the truth, also when empty.
// "Fungsional" without a jenjang takes the jenjang named in the jabatan.
enum class ImportAction { New, Changed, Unchanged };

struct ImportRow {
    int row = 0;                      // 1-based row of the sheet
    std::optional<Employee> employee; // the parsed employee (id of the stored one when known)
    ImportAction action = ImportAction::New;
    // Changed: the keys of the changed fields ("name", "gelarDepan", "gelarBelakang",
    // "status", "grade", "jabatan", "jabatanKind", "jenjang", "unit", "atasan").
    QStringList changedFields;
    QString atasanNip; // the digits, empty for none
};

struct ImportPreview {
    QString sourceName;
    QVector<ImportRow> rows; // one per non-empty data row, in file order
    int count(ImportAction action) const;
};

struct ImportSummary {
    int created = 0;
    int changed = 0;
    int unchanged = 0;
    // "N new, M changed, K unchanged" (translated).
    QString text() const;
};

class EmployeeImport : public TableImport {
    Q_DECLARE_TR_FUNCTIONS(kinerja::exchange::EmployeeImport)
public:
    explicit EmployeeImport(Database &db) : m_db(db) {}

    // See TableImport::read for the file; the rows are checked against the database.
    Status readTable(const SheetTable &table, const ColumnChoices &choices = {}) override;

    const ImportPreview &preview() const { return m_preview; }
    QVector<ColumnSpec> columnSpecs() const override { return employeeColumns(); }
    QStringList previewHeaders() const override;
    int previewCount() const override { return int(m_preview.rows.size()); }
    int previewSourceRow(int index) const override { return m_preview.rows.at(index).row; }
    QStringList previewCells(int index) const override;
    QString previewSummary() const override;

    // When commitAll's changes take effect in the riwayat (default: today).
    void setEffective(const QDate &date) { m_effective = date; }
    Status commitAll(const Progress &progress, QString *summary) override;

    // Writes every row in one transaction: creates new employees (riwayat from
    // the TMT in their NIP), updates changed ones (riwayat from `effective`),
    // then sets the atasan by NIP. Refused while the preview has problems;
    // nothing is written when any row fails.
    Status commit(const QDate &effective, ImportSummary *summary = nullptr,
                  const Progress &progress = {});

    // The columns looked for (keys: nip, name, gelarDepan, gelarBelakang, status,
    // grade, jabatan, jabatanKind, jenjang, unit, atasan).
    static QVector<ColumnSpec> employeeColumns();
    // A changed field's key ("gelarDepan") in words ("gelar depan"), translated.
    static QString fieldName(const QString &key);

private:
    // employeeimportrows.cpp: the fields of sheet row r, each adding its own problems.
    void checkCellTypes(const SheetTable &table, int r, const QVector<QString> &keys);
    // The NIP's digits, empty when it is missing or invalid.
    QString readNip(const SheetTable &table, int r, NipKind *kind);
    // False when the status cell is not understood.
    bool readStatus(const SheetTable &table, int r, std::optional<NipKind> statusFromNip,
                    Employee *e);
    void readGrade(const SheetTable &table, int r, bool isNew, bool statusOk, Employee *e);
    void readJabatan(const SheetTable &table, int r, bool isNew, Employee *e);
    void readUnit(const SheetTable &table, int r, const UnitNames &units, Employee *e);
    // The atasan's NIP digits: the cell's when the column is present, else the stored one.
    QString readAtasan(const SheetTable &table, int r, const QString &nip,
                       const QString &storedAtasanNip);
    // A problem at every row whose atasan chain (the file's atasan, else the stored ones)
    // comes back to it: the commit would refuse it.
    void refuseAtasanLoops(StoredEmployees &stored);
    // The keys of the fields (but the atasan) in which `e` differs from `stored`.
    static QStringList changedFields(const Employee &stored, const Employee &e);

    Database &m_db;
    ImportPreview m_preview;
    QDate m_effective = QDate::currentDate();
    bool m_ready = false;
};

} // namespace kinerja::exchange
