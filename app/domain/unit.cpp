#include "unit.h"

#include <QCoreApplication>

namespace kinerja {

QString unitKindName(UnitKind kind)
{
    switch (kind) {
    case UnitKind::Pemerintah:
        return QCoreApplication::translate("kinerja::Unit", "Regency government");
    case UnitKind::PerangkatDaerah:
        return QCoreApplication::translate("kinerja::Unit", "Regional agency (perangkat daerah)");
    case UnitKind::Bidang:
        return QCoreApplication::translate("kinerja::Unit", "Division (bidang/bagian)");
    case UnitKind::Seksi:
        return QCoreApplication::translate("kinerja::Unit", "Section (seksi/subbagian)");
    case UnitKind::Kecamatan:
        return QCoreApplication::translate("kinerja::Unit", "District (kecamatan)");
    case UnitKind::Kelurahan:
        return QCoreApplication::translate("kinerja::Unit", "Village (kelurahan/desa)");
    }
    return {};
}

QVector<UnitKind> allUnitKinds()
{
    return {UnitKind::Pemerintah, UnitKind::PerangkatDaerah, UnitKind::Bidang,
            UnitKind::Seksi,      UnitKind::Kecamatan,       UnitKind::Kelurahan};
}

} // namespace kinerja
