#pragma once

#include "grade.h"
#include "status.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>

namespace kinerja {

// Jenis jabatan (UU 5/2014).
enum class JabatanKind { Jpt = 0, Administrator = 1, Pengawas = 2, Pelaksana = 3, Fungsional = 4 };

// Jenjang: JPT levels, or the levels of a jabatan fungsional (keahlian / keterampilan).
enum class Jenjang {
    None = 0,
    JptUtama = 1,
    JptMadya = 2,
    JptPratama = 3,
    AhliPertama = 10,
    AhliMuda = 11,
    AhliMadya = 12,
    AhliUtama = 13,
    Pemula = 20,
    Terampil = 21,
    Mahir = 22,
    Penyelia = 23,
};

enum class EmploymentState { Aktif = 0, Pensiun = 1, MutasiKeluar = 2, Meninggal = 3 };

struct Employee {
    qint64 id = 0;         // 0 until stored
    QString nip;           // 18 digits
    QString name;          // without gelar
    QString gelarDepan;    // "Dr.", "Ir.", "drg."
    QString gelarBelakang; // "S.Kom., M.M."
    EmployeeStatus status = EmployeeStatus::Pns;
    int grade = 0;   // see Grade
    QString jabatan; // jabatan name, e.g. "Analis Kepegawaian Ahli Muda"
    JabatanKind jabatanKind = JabatanKind::Pelaksana;
    Jenjang jenjang = Jenjang::None;
    qint64 unitId = 0;
    qint64 atasanId = 0; // atasan langsung (default pejabat penilai); 0 = none
    EmploymentState state = EmploymentState::Aktif;
    QDate stateDate;    // when the state began (required unless aktif)
    int rowVersion = 0; // as loaded (create() sets 1); update() refuses another version

    // "Dr. Budi Santoso, S.Kom., M.M."
    QString fullName() const;
    bool isActive() const { return state == EmploymentState::Aktif; }
};

// One dated entry of the riwayat: the position an employee held from `validFrom`
// until the next entry. A new entry is written whenever unit, jabatan or grade change.
struct PositionRecord {
    qint64 id = 0;
    qint64 employeeId = 0;
    QDate validFrom;
    qint64 unitId = 0;
    QString unitName; // filled by queries for display
    QString jabatan;
    JabatanKind jabatanKind = JabatanKind::Pelaksana;
    Jenjang jenjang = Jenjang::None;
    EmployeeStatus status = EmployeeStatus::Pns;
    int grade = 0;
    QString note;
};

// What is wrong with one field of an employee: the field's name and a translated message.
struct FieldProblem {
    QString field;
    QString message;
};

class EmployeeRules {
    Q_DECLARE_TR_FUNCTIONS(kinerja::EmployeeRules)
public:
    // Field-level validation that needs no database (NIP, name, grade against status,
    // jenjang against jenis jabatan, state date): every faulty field once, in form order
    // "nip", "name", "grade", "jabatan", "jenjang", "unit", "stateDate". Empty when valid.
    static QVector<FieldProblem> problems(const Employee &e);
    // The first of problems(), as a Status naming its field.
    static Status validate(const Employee &e);
    // PNS/CPNS need a PNS NIP, PPPK a PPPK NIP.
    static Status checkNipMatchesStatus(const QString &nip, EmployeeStatus status);
    static bool jenjangFits(JabatanKind kind, Jenjang jenjang);
    // The jenjangs that fit `kind`: {Jenjang::None} for Administrator, Pengawas, Pelaksana.
    static QVector<Jenjang> jenjangsFor(JabatanKind kind);
};

QString jabatanKindName(JabatanKind kind); // "JPT", "Administrator", ..., "Fungsional"
QString jenjangName(Jenjang jenjang);      // "Ahli Muda", "JPT Pratama", ...; empty for None
// Translated; English source "Active", "Retired (pensiun)", "Transferred out (mutasi keluar)",
// "Deceased (meninggal)".
QString employmentStateName(EmploymentState state);
QVector<JabatanKind> allJabatanKinds();
QVector<EmploymentState> allEmploymentStates();

} // namespace kinerja
