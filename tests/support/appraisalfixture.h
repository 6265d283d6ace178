#pragma once

#include "storage/appraisalrepository.h"
#include "storage/periodrepository.h"
#include "support/check.h"
#include "support/smalldistrict.h"

#include <QTest>

// SmallDistrict with people and a period:
//   Dinas Pendidikan: kadis (head)
//     Bidang Pembinaan SD: kabid (head, atasan kadis), staff1 and staff2 (atasan kabid)
//   Dinas Kesehatan: staffB (no atasan, no head: nobody to rate)
// q1 = 2026-Q1 under the default scheme (PermenPANRB 6/2022).
struct AppraisalWorld {
    SmallDistrict d;
    kinerja::Employee kadis, kabid, staff1, staff2, staffB;
    qint64 q1 = 0;

    void build(kinerja::Database &db)
    {
        d.build(db);
        kinerja::EmployeeRepository employees(db);
        kinerja::UnitRepository units(db);
        // The head of `unit`, rated by `atasan`.
        const auto head = [&](const QString &name, const kinerja::Unit &unit, int serial,
                              qint64 atasan, const QString &jabatan, kinerja::JabatanKind kind,
                              int grade) {
            kinerja::Employee e = SmallDistrict::employee(name, unit.id, serial, atasan);
            e.jabatan = jabatan;
            e.jabatanKind = kind;
            e.grade = grade;
            if (kind == kinerja::JabatanKind::Jpt)
                e.jenjang = kinerja::Jenjang::JptPratama;
            FIXTURE_OK(employees.create(e));
            FIXTURE_OK(units.setHead(unit.id, e.id));
            return e;
        };
        kadis = head(QStringLiteral("Kepala Dinas"), d.dinasA, 1, 0,
                     QStringLiteral("Kepala Dinas Pendidikan"), kinerja::JabatanKind::Jpt, 41);
        kabid = head(QStringLiteral("Kepala Bidang"), d.bidangA1, 2, kadis.id,
                     QStringLiteral("Kepala Bidang Pembinaan SD"),
                     kinerja::JabatanKind::Administrator, 34);
        staff1 =
            SmallDistrict::employee(QStringLiteral("Budi Santoso"), d.bidangA1.id, 3, kabid.id);
        FIXTURE_OK(employees.create(staff1));
        staff2 = SmallDistrict::employee(QStringLiteral("Siti Aminah"), d.bidangA1.id, 4, kabid.id);
        FIXTURE_OK(employees.create(staff2));
        staffB = SmallDistrict::employee(QStringLiteral("Rina Wati"), d.dinasB.id, 5);
        FIXTURE_OK(employees.create(staffB));
        q1 = period(db, kinerja::Period::quarter(2026, 1));
    }

    // A one-RHK SKP with one indicator: enough to submit an appraisal.
    static QVector<kinerja::Rhk> onePlan()
    {
        kinerja::Rhk rhk;
        rhk.kind = kinerja::RhkKind::Utama;
        rhk.text = QStringLiteral("Tersusunnya laporan data guru");
        rhk.intervensi = QStringLiteral("Meningkatnya kualitas data pendidikan");
        kinerja::RhkIndicator i;
        i.aspek = kinerja::IndicatorAspect::Kuantitas;
        i.indikator = QStringLiteral("Jumlah laporan");
        i.target = QStringLiteral("4");
        i.satuan = QStringLiteral("Laporan");
        rhk.indicators << i;
        return {rhk};
    }

    static qint64 period(kinerja::Database &db, const kinerja::Period &p, qint64 version = 0)
    {
        qint64 id = 0;
        FIXTURE_OK(kinerja::PeriodRepository(db).create(p, version, &id));
        return id;
    }

    static qint64 appraisal(kinerja::Database &db, qint64 employeeId, qint64 periodId)
    {
        qint64 id = 0;
        FIXTURE_OK(kinerja::AppraisalRepository(db).create(employeeId, periodId, &id));
        return id;
    }
};
