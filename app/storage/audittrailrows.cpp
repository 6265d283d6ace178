#include "audittrail_p.h"

#include "database.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlRecord>

#include <algorithm>
#include <limits>

namespace kinerja::audit {

namespace {

// How an entry's row_id names a row (see migration 011): the join from an entry `e` to the
// row `t`, and the row_id of a row.
struct Key {
    QString join;
    QString rowId;
    QString present; // a NOT NULL column of t: NULL when the LEFT JOIN found no row
};

Key keyOf(const QString &table)
{
    if (table == QLatin1String("org_achievement"))
        return {QStringLiteral("t.period_id = e.row_id / 1000000000 AND "
                               "t.unit_id = e.row_id % 1000000000"),
                QStringLiteral("t.period_id * 1000000000 + t.unit_id"),
                QStringLiteral("t.period_id")};
    if (table == QLatin1String("perilaku") || table == QLatin1String("aspect_score")) {
        const QString part = table == QLatin1String("perilaku") ? QStringLiteral("core_value")
                                                                : QStringLiteral("aspect");
        return {
            QStringLiteral("t.appraisal_id = e.row_id / 100 AND t.%1 = e.row_id % 100").arg(part),
            QStringLiteral("t.appraisal_id * 100 + t.%1").arg(part),
            QStringLiteral("t.appraisal_id")};
    }
    if (table == QLatin1String("objection"))
        return {QStringLiteral("t.appraisal_id = e.row_id"), QStringLiteral("t.appraisal_id"),
                QStringLiteral("t.appraisal_id")};
    return {QStringLiteral("t.id = e.row_id"), QStringLiteral("t.id"), QStringLiteral("t.id")};
}

// The row's values as the triggers write them: json_object() of every column in table order
// in a file (the trigger lists them the same way), to_jsonb() on a server.
QString valuesOf(const Database &db, const QString &table)
{
    if (db.isServer())
        return QStringLiteral("to_jsonb(t)::text");
    const QSqlRecord record = db.connection().record(table);
    QStringList parts;
    for (int i = 0; i < record.count(); ++i)
        parts << QStringLiteral("'%1', t.%1").arg(record.fieldName(i));
    return QStringLiteral("json_object(%1)").arg(parts.join(QStringLiteral(", ")));
}

QString label(const QString &table, const QString &row)
{
    return QStringLiteral("%1 %2").arg(table, row);
}

void keep(std::optional<RowProblem> *first, qint64 entryId, const QString &problem)
{
    // A row without any entry (id 0) ranks after every row with one.
    const auto rank = [](qint64 id) { return id == 0 ? std::numeric_limits<qint64>::max() : id; };
    if (!*first || rank(entryId) < rank((*first)->entryId))
        *first = RowProblem{entryId, problem};
}

// setting is keyed by text: its entries carry row_id 0 and the key in the values.
bool checkSettings(const Database &db, std::optional<RowProblem> *first, QString *error)
{
    struct Last {
        qint64 id = 0;
        bool deleted = false;
        QString values;
    };
    QHash<QString, Last> last;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, action, old_values, new_values FROM audit_entry "
                               "WHERE table_name = 'setting' ORDER BY id"))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        const bool deleted = q.value(1).toString() == QLatin1String("D");
        const QString values = q.value(deleted ? 2 : 3).toString();
        const QString key = QJsonDocument::fromJson(values.toUtf8())
                                .object()
                                .value(QLatin1String("key"))
                                .toString();
        last[key] = {q.value(0).toLongLong(), deleted, values};
    }
    if (!q.exec(QStringLiteral("SELECT t.key, %1 FROM setting t")
                    .arg(valuesOf(db, QStringLiteral("setting"))))) {
        *error = q.lastError().text();
        return false;
    }
    QSet<QString> present;
    while (q.next()) {
        const QString key = q.value(0).toString();
        present.insert(key);
        const QString name = label(QStringLiteral("setting"), key);
        const auto it = last.constFind(key);
        if (it == last.cend())
            keep(first, 0,
                 AuditTrail::tr("%1 has no audit entry: added outside Kinerja").arg(name));
        else if (it->deleted)
            keep(first, it->id,
                 AuditTrail::tr("%1 exists, but its last audit entry %2 deleted it: restored "
                                "outside Kinerja")
                     .arg(name)
                     .arg(it->id));
        else if (!sameValues(it->values, q.value(1).toString()))
            keep(first, it->id,
                 AuditTrail::tr("%1 differs from its last audit entry %2: changed outside Kinerja")
                     .arg(name)
                     .arg(it->id));
    }
    for (auto it = last.cbegin(); it != last.cend(); ++it)
        if (!it->deleted && !present.contains(it.key()))
            keep(first, it->id,
                 AuditTrail::tr("%1 no longer exists, but its last audit entry %2 does not "
                                "delete it: removed outside Kinerja")
                     .arg(label(QStringLiteral("setting"), it.key()))
                     .arg(it->id));
    return true;
}

} // namespace

const QStringList &tables()
{
    static const QStringList list = {
        QStringLiteral("unit"),
        QStringLiteral("employee"),
        QStringLiteral("setting"),
        QStringLiteral("position_history"),
        QStringLiteral("scheme"),
        QStringLiteral("scheme_version"),
        QStringLiteral("period"),
        QStringLiteral("period_log"),
        QStringLiteral("org_achievement"),
        QStringLiteral("appraisal"),
        QStringLiteral("appraisal_log"),
        QStringLiteral("rhk"),
        QStringLiteral("rhk_indicator"),
        QStringLiteral("perilaku"),
        QStringLiteral("kegiatan"),
        QStringLiteral("aspect_score"),
        QStringLiteral("weighted_rating"),
        QStringLiteral("objection"),
        QStringLiteral("ikm_survey"),
    };
    return list;
}

QList<QPair<QString, QString>> expectedTriggers(const Database &db)
{
    QList<QPair<QString, QString>> list;
    const QString entry = QStringLiteral("audit_entry");
    if (db.isServer()) {
        for (const QString &t : tables())
            list.append({QStringLiteral("audit_") + t, t});
        list.append({QStringLiteral("audit_entry_guard"), entry});
        list.append({QStringLiteral("audit_entry_no_truncate"), entry});
        return list;
    }
    for (const QString &t : tables())
        for (const char *event : {"insert", "update", "delete"})
            list.append({QStringLiteral("audit_%1_%2").arg(t, QLatin1String(event)), t});
    list.append({QStringLiteral("audit_write_insert"), QStringLiteral("audit_write")});
    list.append({QStringLiteral("audit_entry_no_update"), entry});
    list.append({QStringLiteral("audit_entry_no_delete"), entry});
    return list;
}

std::optional<QString> triggerProblem(const Database &db, QString *error)
{
    QSqlQuery q(db.connection());
    const QString sql =
        db.isServer()
            ? QStringLiteral("SELECT t.tgname, c.relname, t.tgenabled <> 'D' FROM pg_trigger t "
                             "JOIN pg_class c ON c.oid = t.tgrelid "
                             "WHERE NOT t.tgisinternal AND c.relnamespace = "
                             "(SELECT oid FROM pg_namespace WHERE nspname = current_schema())")
            : QStringLiteral("SELECT name, tbl_name, 1 FROM sqlite_master WHERE type = 'trigger'");
    if (!q.exec(sql)) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    QHash<QString, QPair<QString, bool>> present;
    while (q.next())
        present.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toBool()});
    for (const auto &[name, table] : expectedTriggers(db)) {
        const auto it = present.constFind(name);
        if (it == present.cend() || it->first != table)
            return AuditTrail::tr("trigger %1 is missing: changes to %2 are not recorded")
                .arg(name, table);
        if (!it->second)
            return AuditTrail::tr("trigger %1 is disabled: changes to %2 are not recorded")
                .arg(name, table);
    }
    return std::nullopt;
}

bool checkRows(const Database &db, const QString &table, const QList<qint64> *rowIds,
               std::optional<RowProblem> *first, QString *error)
{
    if (table == QLatin1String("setting"))
        return checkSettings(db, first, error);
    const Key key = keyOf(table);
    const QString values = valuesOf(db, table);
    QString only;
    if (rowIds) {
        if (rowIds->isEmpty())
            return true;
        QStringList ids;
        for (qint64 id : *rowIds)
            ids << QString::number(id);
        only = QStringLiteral(" AND row_id IN (%1)").arg(ids.join(QLatin1Char(',')));
    }
    // A server compares the values as jsonb, so entries a file wrote (spelled by SQLite)
    // match too; a file compares the text, and sameValues() looks again at what differs.
    const QString differs = db.isServer()
                                ? QStringLiteral("e.new_values::jsonb IS DISTINCT FROM to_jsonb(t)")
                                : QStringLiteral("e.new_values IS NOT %1").arg(values);
    const QString sql =
        QStringLiteral(
            "SELECT e.row_id, e.id, e.action, %1 IS NOT NULL, e.new_values, "
            "CASE WHEN %1 IS NULL THEN NULL ELSE %2 END "
            "FROM (SELECT row_id, max(id) AS id FROM audit_entry WHERE table_name = '%3'%4 "
            "GROUP BY row_id) l "
            "JOIN audit_entry e ON e.id = l.id LEFT JOIN %3 t ON %5 "
            "WHERE CASE WHEN e.action = 'D' THEN %1 IS NOT NULL "
            "ELSE %1 IS NULL OR %6 END")
            .arg(key.present, values, table, only, key.join, differs);
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(sql)) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        const QString name = label(table, q.value(0).toString());
        const qint64 entry = q.value(1).toLongLong();
        const bool deleted = q.value(2).toString() == QLatin1String("D");
        const bool exists = q.value(3).toBool();
        if (deleted)
            keep(first, entry,
                 AuditTrail::tr("%1 exists, but its last audit entry %2 deleted it: restored "
                                "outside Kinerja")
                     .arg(name)
                     .arg(entry));
        else if (!exists)
            keep(first, entry,
                 AuditTrail::tr("%1 no longer exists, but its last audit entry %2 does not "
                                "delete it: removed outside Kinerja")
                     .arg(name)
                     .arg(entry));
        else if (!sameValues(q.value(4).toString(), q.value(5).toString()))
            keep(first, entry,
                 AuditTrail::tr("%1 differs from its last audit entry %2: changed outside Kinerja")
                     .arg(name)
                     .arg(entry));
    }
    // Rows no entry speaks of: written with the triggers dropped. (The rows quickCheck
    // names all have entries.)
    if (rowIds)
        return true;
    const QString orphans =
        QStringLiteral("SELECT %1 FROM %2 t WHERE NOT EXISTS (SELECT 1 FROM audit_entry e WHERE "
                       "e.table_name = '%2' AND e.row_id = %1) LIMIT 1")
            .arg(key.rowId, table);
    if (!q.exec(orphans)) {
        *error = q.lastError().text();
        return false;
    }
    if (q.next())
        keep(first, 0,
             AuditTrail::tr("%1 has no audit entry: added outside Kinerja")
                 .arg(label(table, q.value(0).toString())));
    return true;
}

bool sameValues(const QString &a, const QString &b)
{
    if (a == b)
        return true;
    const QJsonObject x = QJsonDocument::fromJson(a.toUtf8()).object();
    const QJsonObject y = QJsonDocument::fromJson(b.toUtf8()).object();
    if (x.isEmpty() || x.keys() != y.keys())
        return false;
    for (auto it = x.begin(); it != x.end(); ++it) {
        const QJsonValue u = it.value();
        const QJsonValue v = y.value(it.key());
        if (u.isDouble() && v.isDouble() ? u.toDouble() != v.toDouble() : u != v)
            return false;
    }
    return true;
}

} // namespace kinerja::audit
