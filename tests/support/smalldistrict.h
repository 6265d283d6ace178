#pragma once

#include "storage/employeerepository.h"
#include "storage/unitrepository.h"
#include "support/check.h"

// A small district for repository tests:
//   Pemkab (root) ── Dinas A ── Bidang A1
//                └─ Dinas B
struct SmallDistrict {
    kinerja::Unit root, dinasA, bidangA1, dinasB;

    void build(kinerja::Database &db)
    {
        kinerja::UnitRepository units(db);
        root =
            unit(QStringLiteral("Pemerintah Kabupaten Contoh"), 0, kinerja::UnitKind::Pemerintah);
        FIXTURE_OK(units.create(root));
        dinasA =
            unit(QStringLiteral("Dinas Pendidikan"), root.id, kinerja::UnitKind::PerangkatDaerah);
        FIXTURE_OK(units.create(dinasA));
        bidangA1 =
            unit(QStringLiteral("Bidang Pembinaan SD"), dinasA.id, kinerja::UnitKind::Bidang);
        FIXTURE_OK(units.create(bidangA1));
        dinasB =
            unit(QStringLiteral("Dinas Kesehatan"), root.id, kinerja::UnitKind::PerangkatDaerah);
        FIXTURE_OK(units.create(dinasB));
    }

    static kinerja::Unit unit(const QString &name, qint64 parent, kinerja::UnitKind kind)
    {
        kinerja::Unit u;
        u.name = name;
        u.parentId = parent;
        u.kind = kind;
        return u;
    }

    // A valid PNS Pelaksana; `serial` keeps NIPs unique.
    static kinerja::Employee employee(const QString &name, qint64 unitId, int serial,
                                      qint64 atasanId = 0)
    {
        kinerja::Employee e;
        e.nip = QStringLiteral("19850312201001%1%2")
                    .arg(serial % 2 ? 1 : 2)
                    .arg(serial, 3, 10, QLatin1Char('0'));
        e.name = name;
        e.status = kinerja::EmployeeStatus::Pns;
        e.grade = 32;
        e.jabatan = QStringLiteral("Pengelola Data");
        e.jabatanKind = kinerja::JabatanKind::Pelaksana;
        e.unitId = unitId;
        e.atasanId = atasanId;
        return e;
    }
};
