#pragma once

#include "domain/employee.h"
#include "domain/status.h"
#include "sheettable.h"
#include "tablecolumns.h"

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

// Employee import (issue 6) from an XLSX or CSV file. The first row holds the
// headers; columns are found by name, case- and space-insensitive
// (TableColumns::normalise). Accepted headers, Indonesian first:
//   NIP            NIP                                                  required
//   Nama           Nama, Name                                           required
//   Gelar Depan    Gelar Depan, Title before, Prefix title
//   Gelar Belakang Gelar Belakang, Title after, Suffix title
//   Status         Status, Status Kepegawaian, Employee status      PNS, CPNS, PPPK
//   Golongan       Pangkat/Golongan, Golongan, Pangkat, Golongan Ruang, Grade, Rank
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

struct ImportProblem {
    int row = 0;    // 1-based row of the sheet; 0: the file as a whole
    int column = 0; // 1-based; 0: the whole row or file
    QString header; // the column's header as written in the file
    QString reason; // translated
    // "Row 7, column C (NIP): reason" (translated).
    QString text() const;
};

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
    QVector<ImportProblem> problems;
    bool hasProblems() const { return !problems.isEmpty(); }
    int count(ImportAction action) const;
};

struct ImportSummary {
    int created = 0;
    int changed = 0;
    int unchanged = 0;
    // "N new, M changed, K unchanged" (translated).
    QString text() const;
};

class EmployeeImport {
    Q_DECLARE_TR_FUNCTIONS(kinerja::exchange::EmployeeImport)
public:
    // Called with rows done and total; returning false cancels (all is rolled back).
    using Progress = std::function<bool(int done, int total)>;

    explicit EmployeeImport(Database &db) : m_db(db) {}

    // Reads the file (.xlsx by its extension, else CSV; `sheet` empty: the
    // first sheet) and builds the preview. Returns an error when the file as a
    // whole is refused (unreadable, empty, header only, missing or doubled
    // columns, merged cells); that error is also the preview's only problem.
    // Problems of single rows or cells leave the status ok: see preview().
    Status read(const QString &path, const QString &sheet = {});
    // The same for a table already read.
    Status readTable(const SheetTable &table);

    const ImportPreview &preview() const { return m_preview; }

    // Writes every row in one transaction: creates new employees (riwayat from
    // the TMT in their NIP), updates changed ones (riwayat from `effective`),
    // then sets the atasan by NIP. Refused while the preview has problems;
    // nothing is written when any row fails.
    Status commit(const QDate &effective, ImportSummary *summary = nullptr,
                  const Progress &progress = {});

    // The columns looked for (keys: nip, name, gelarDepan, gelarBelakang, status,
    // grade, jabatan, jabatanKind, jenjang, unit, atasan).
    static QVector<ColumnSpec> columnSpecs();
    // Parses a jenis jabatan text (and the jenjang it may name); false if not understood.
    static bool parseJabatanKind(const QString &text, JabatanKind *kind, Jenjang *jenjang);
    // The jenjang named in `text` ("Analis Kepegawaian Ahli Muda"), or None.
    static Jenjang findJenjang(const QString &text, bool jpt);

private:
    void buildPreview(const SheetTable &table);
    Status refuse(const Status &s, int row = 0);

    Database &m_db;
    ImportPreview m_preview;
    bool m_ready = false;
};

} // namespace kinerja::exchange
