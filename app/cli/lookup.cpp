#include "lookup.h"

#include "storage/database.h"
#include "storage/unitrepository.h"

#include <QFileInfo>

#include <QStringList>

namespace kinerja::cli {

std::optional<PeriodInfo> Lookup::period(Database &db, const QString &code, QString *error)
{
    std::optional<PeriodInfo> p = PeriodRepository(db).findByCode(code.trimmed());
    if (!p)
        *error = tr("There is no period “%1” in this database.").arg(code.trimmed());
    return p;
}

qint64 Lookup::unit(Database &db, const QString &nameOrNumber, QString *error)
{
    const QString wanted = nameOrNumber.trimmed();
    bool isNumber = false;
    const qint64 number = wanted.toLongLong(&isNumber);
    QVector<qint64> found;
    for (const Unit &u : UnitRepository(db).all())
        if ((isNumber && u.id == number) || u.name.compare(wanted, Qt::CaseInsensitive) == 0)
            found << u.id;
    if (found.isEmpty()) {
        *error = tr("There is no unit “%1”.").arg(wanted);
        return 0;
    }
    if (found.size() > 1) {
        QStringList ids;
        for (const qint64 id : found)
            ids << QString::number(id);
        *error = tr("Several units are named “%1” (numbers %2); give the number.")
                     .arg(wanted, ids.join(QLatin1String(", ")));
        return 0;
    }
    return found.constFirst();
}

bool Lookup::openDatabase(const QString &file, Database &db, QString *error)
{
    const QFileInfo info(file);
    if (ServerAddress::isServerLocation(file)) {
        if (const Status s = db.open(file); !s) {
            *error = s.message();
            return false;
        }
        return true;
    }
    if (!info.exists())
        *error = tr("No such file.");
    else if (info.isDir())
        *error = tr("This is a folder, not a file.");
    else if (const Status s = db.open(file); !s)
        *error = s.message();
    else
        return true;
    return false;
}

bool Lookup::language(const QString &value, QString *error)
{
    if (value == QLatin1String("id") || value == QLatin1String("en"))
        return true;
    *error = tr("--lang must be id or en, not “%1”.").arg(value);
    return false;
}

} // namespace kinerja::cli
