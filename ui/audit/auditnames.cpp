#include "auditnames.h"

#include "storage/employeerepository.h"
#include "storage/unitrepository.h"

#include <QHash>

#include <memory>

namespace kinerja::ui {

reports::AuditDescription::Resolver auditNames(Database &db)
{
    auto cache = std::make_shared<QHash<QString, QString>>();
    return [&db, cache](const QString &column, qint64 id) {
        const bool unit = column == QLatin1String("unit_id") ||
                          column == QLatin1String("parent_id") ||
                          column == QLatin1String("rater_unit_id");
        const bool person =
            column == QLatin1String("atasan_id") || column == QLatin1String("rater_id") ||
            column == QLatin1String("head_id") || column == QLatin1String("employee_id");
        if (!unit && !person)
            return QString();
        const QString key =
            (unit ? QStringLiteral("u") : QStringLiteral("e")) + QString::number(id);
        const auto it = cache->constFind(key);
        if (it != cache->constEnd())
            return it.value();
        QString name;
        if (unit) {
            if (const auto u = UnitRepository(db).find(id))
                name = u->name;
        } else if (const auto e = EmployeeRepository(db).find(id)) {
            name = e->fullName();
        }
        cache->insert(key, name);
        return name;
    };
}

} // namespace kinerja::ui
