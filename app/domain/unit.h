#pragma once

#include <QString>
#include <QVector>

namespace kinerja {

// Level of an organisational unit in a district government (personnel-data.md).
enum class UnitKind {
    Pemerintah = 0,      // Pemerintah Kabupaten (root)
    PerangkatDaerah = 1, // Dinas, Badan, Inspektorat, Sekretariat Daerah
    Bidang = 2,          // bidang / bagian
    Seksi = 3,           // seksi / subbagian
    Kecamatan = 4,
    Kelurahan = 5, // kelurahan / desa
};

struct Unit {
    qint64 id = 0;
    qint64 parentId = 0; // 0 for the root
    QString name;
    UnitKind kind = UnitKind::PerangkatDaerah;
    qint64 headId = 0; // kepala unit (an employee), 0 = vacant
};

QString unitKindName(UnitKind kind);
QVector<UnitKind> allUnitKinds();

} // namespace kinerja
