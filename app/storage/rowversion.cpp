#include "rowversion.h"

#include "appraisalaccess.h"
#include "database.h"
#include "sqlutil.h"

#include <QLocale>
#include <QSqlQuery>

namespace kinerja {

namespace {

QString tableOf(RowVersion::Record record)
{
    switch (record) {
    case RowVersion::Record::Appraisal:
        return QStringLiteral("appraisal");
    case RowVersion::Record::Employee:
        return QStringLiteral("employee");
    case RowVersion::Record::Scheme:
        return QStringLiteral("scheme");
    case RowVersion::Record::Unit:
        return QStringLiteral("unit");
    case RowVersion::Record::Period:
        return QStringLiteral("period");
    }
    return {};
}

} // namespace

Status RowVersion::claim(Database &db, Record record, qint64 id, int loadedVersion)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("UPDATE %1 SET row_version = row_version + 1, changed_by = ?, "
                             "changed_at = ? WHERE id = ? AND row_version = ?")
                  .arg(tableOf(record)));
    q.addBindValue(changedBy(db));
    q.addBindValue(detail::nowUtc());
    q.addBindValue(id);
    q.addBindValue(loadedVersion);
    QString error;
    if (!sql::exec(q, &error))
        return detail::dbError(error);
    if (q.numRowsAffected() == 1)
        return Status::ok();
    return conflict(record, lastChange(db, record, id));
}

bool RowVersion::touch(Database &db, Record record, qint64 id, QString *error)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("UPDATE %1 SET row_version = row_version + 1, changed_by = ?, "
                             "changed_at = ? WHERE id = ?")
                  .arg(tableOf(record)));
    q.addBindValue(changedBy(db));
    q.addBindValue(detail::nowUtc());
    q.addBindValue(id);
    return sql::exec(q, error);
}

QString RowVersion::changedBy(const Database &db)
{
    const QString name = db.userName();
    return name.isNull() ? QStringLiteral("") : name;
}

int RowVersion::current(Database &db, Record record, qint64 id)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT row_version FROM %1 WHERE id = ?").arg(tableOf(record)));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

ConflictInfo RowVersion::lastChange(Database &db, Record record, qint64 id)
{
    ConflictInfo info;
    QSqlQuery q(db.connection());
    q.prepare(
        QStringLiteral("SELECT changed_by, changed_at FROM %1 WHERE id = ?").arg(tableOf(record)));
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        info.deleted = true;
        return info;
    }
    info.who = q.value(0).toString();
    info.when = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
    return info;
}

Status RowVersion::conflict(Record record, const ConflictInfo &info)
{
    const QString field = QLatin1String(kConflictField);
    const QString notSaved = tr("Your changes were not saved.");
    if (info.deleted) {
        QString what;
        switch (record) {
        case Record::Appraisal:
            what = tr("This appraisal was deleted after you opened it.");
            break;
        case Record::Employee:
            what = tr("This employee was deleted after you opened them.");
            break;
        case Record::Scheme:
            what = tr("This scheme was deleted after you opened it.");
            break;
        case Record::Unit:
            what = tr("This unit was deleted after you opened it.");
            break;
        case Record::Period:
            what = tr("This period was deleted after you opened it.");
            break;
        }
        return Status::error(what + QLatin1Char(' ') + notSaved, field);
    }
    const QString who = info.who.isEmpty() ? tr("Someone") : info.who;
    QString what;
    if (info.when.isValid()) {
        const QLocale locale;
        const QDateTime local = info.when.toLocalTime();
        const QString time = locale.toString(local.time(), QStringLiteral("HH:mm"));
        const QString date = locale.toString(local.date(), QStringLiteral("d MMMM yyyy"));
        switch (record) {
        case Record::Appraisal:
            what = tr("%1 changed this appraisal at %2 on %3 after you opened it.");
            break;
        case Record::Employee:
            what = tr("%1 changed this employee at %2 on %3 after you opened them.");
            break;
        case Record::Scheme:
            what = tr("%1 changed this scheme at %2 on %3 after you opened it.");
            break;
        case Record::Unit:
            what = tr("%1 changed this unit at %2 on %3 after you opened it.");
            break;
        case Record::Period:
            what = tr("%1 changed this period at %2 on %3 after you opened it.");
            break;
        }
        what = what.arg(who, time, date);
    } else {
        switch (record) {
        case Record::Appraisal:
            what = tr("%1 changed this appraisal after you opened it.");
            break;
        case Record::Employee:
            what = tr("%1 changed this employee after you opened them.");
            break;
        case Record::Scheme:
            what = tr("%1 changed this scheme after you opened it.");
            break;
        case Record::Unit:
            what = tr("%1 changed this unit after you opened it.");
            break;
        case Record::Period:
            what = tr("%1 changed this period after you opened it.");
            break;
        }
        what = what.arg(who);
    }
    return Status::error(what + QLatin1Char(' ') + notSaved, field);
}

} // namespace kinerja
