#pragma once

#include "domain/unit.h"

#include <QHash>
#include <QString>
#include <QVector>

namespace kinerja {
class Database;
}

namespace kinerja::exchange {

// Unit names as spreadsheets carry them. Names repeat in a real government (every
// kecamatan has a "Seksi Pemerintahan"), so a repeated name is written with its parent,
// "Seksi Pemerintahan (Kecamatan Garut Kota)", and read back either way.
class UnitNames {
public:
    explicit UnitNames(Database &db);

    // The unit's name, with the parent's in brackets when the name alone is not unique.
    QString label(qint64 unitId) const;
    // The same for `name`, the unit's name as an appraisal recorded it (the unit may have
    // been renamed since): with the parent's name when several units carry that name.
    QString label(qint64 unitId, const QString &name) const;
    // The units a cell names: by name (any case, spaces collapsed), else by label.
    QVector<Unit> find(const QString &text) const;

private:
    static QString key(const QString &text) { return text.simplified().toLower(); }

    QHash<qint64, Unit> m_byId;
    QHash<QString, QVector<Unit>> m_byName;
    QHash<QString, QVector<Unit>> m_byLabel;
};

} // namespace kinerja::exchange
