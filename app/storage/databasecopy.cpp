#include "databasecopy.h"

#include "database.h"
#include "transaction.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <deque>

namespace kinerja {

namespace {

struct TableSpec {
    const char *name;
    const char *key; // the primary key, for ORDER BY; "id" is an identity column on a server
    // Columns that refer to rows copied later, or to the table itself: inserted as NULL and
    // set once every table is in (unit.head_id -> employee, the unit tree, the atasan chain).
    QStringList deferred;
    // The rows the migrations insert themselves, which an empty target already holds.
    const char *seed = nullptr;
};

const QVector<TableSpec> &specs()
{
    static const QVector<TableSpec> list = {
        {"unit", "id", {QStringLiteral("parent_id"), QStringLiteral("head_id")}},
        {"employee", "id", {QStringLiteral("atasan_id")}},
        {"setting", "key", {}},
        {"position_history", "id", {}},
        {"scheme", "id", {}, "builtin = 1"},
        {"scheme_version", "id", {}, "note = 'Seed'"},
        {"period", "id", {}},
        {"period_log", "id", {}},
        {"org_achievement", "period_id, unit_id", {}},
        {"appraisal", "id", {}},
        {"appraisal_log", "id", {}},
        {"rhk", "id", {}},
        {"rhk_indicator", "id", {}},
        {"perilaku", "appraisal_id, core_value", {}},
        {"kegiatan", "id", {}},
        {"aspect_score", "appraisal_id, aspect", {}},
        {"weighted_rating", "id", {}},
        {"objection", "appraisal_id", {}},
        {"ikm_survey", "id", {}},
        // Copied verbatim, so the chain and its hashes hold in the copy; the copy's own
        // inserts write no entries (triggers are off). The target's entries (its seeds', and
        // any of rows removed since: every other table is empty) give way to the source's.
        {"audit_entry", "id", {}, "TRUE"},
    };
    return list;
}

// A server allows 65535 parameters in a statement; a batch stays well below it and at a
// few hundred rows, where a longer statement stops paying off.
constexpr int kMaxParameters = 30000;
constexpr int kMaxBatchRows = 500;

Status failure(const QString &message, const QString &table)
{
    return Status::error(message, table);
}

Status scalar(const Database &db, const QString &sql, const QString &table, qint64 *value)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return failure(DatabaseCopy::tr("Cannot read table %1 of %2: %3")
                           .arg(table, db.displayName(), q.lastError().text()),
                       table);
    *value = q.value(0).toLongLong();
    return Status::ok();
}

Status run(const Database &db, const QString &sql, const QString &table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        return failure(DatabaseCopy::tr("Table %1 of %2: %3")
                           .arg(table, db.displayName(), q.lastError().text()),
                       table);
    return Status::ok();
}

// The source is read in one snapshot, so that a server in use gives a consistent copy.
class ReadSnapshot {
public:
    explicit ReadSnapshot(const Database &db) : m_db(db) {}
    ~ReadSnapshot()
    {
        if (m_active)
            QSqlQuery(m_db.connection()).exec(QStringLiteral("ROLLBACK"));
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

    Status begin()
    {
        // SQLite's snapshot starts with the first read, right after.
        const Status s =
            run(m_db,
                m_db.isServer() ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                                : QStringLiteral("BEGIN"),
                {});
        m_active = s.isOk();
        return s;
    }

private:
    const Database &m_db;
    bool m_active = false;
};

// The target's own triggers (a closed period refuses new appraisals, a final appraisal
// its content) would refuse the history being copied: they are off during the copy and
// back before the commit, all inside the target's transaction. Foreign keys stay checked.
class TriggersOff {
public:
    explicit TriggersOff(const Database &db) : m_db(db) {}

    Status disable()
    {
        if (m_db.isServer())
            return alterAll(QStringLiteral("DISABLE"));
        // SQLite cannot disable a trigger: drop them and create them again.
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")))
            return failure(q.lastError().text(), {});
        while (q.next())
            m_triggers.append({q.value(0).toString(), q.value(1).toString()});
        for (const auto &[name, sql] : std::as_const(m_triggers))
            if (Status s = run(m_db, QStringLiteral("DROP TRIGGER %1").arg(name), {}); !s)
                return s;
        return Status::ok();
    }
    Status restore()
    {
        if (m_db.isServer())
            return alterAll(QStringLiteral("ENABLE"));
        for (const auto &[name, sql] : std::as_const(m_triggers))
            if (Status s = run(m_db, sql, {}); !s)
                return s;
        return Status::ok();
    }

private:
    // Needs the owner of the tables: the administrator who ran `server init`.
    Status alterAll(const QString &how)
    {
        for (const TableSpec &t : specs()) {
            const QString table = QLatin1String(t.name);
            if (Status s = run(
                    m_db, QStringLiteral("ALTER TABLE %1 %2 TRIGGER USER").arg(table, how), table);
                !s)
                return s;
        }
        return Status::ok();
    }

    const Database &m_db;
    QVector<QPair<QString, QString>> m_triggers;
};

QStringList columnsOf(const Database &db, const QString &table)
{
    const QSqlRecord record = db.connection().record(table);
    QStringList names;
    for (int i = 0; i < record.count(); ++i)
        names << record.fieldName(i).toLower();
    return names;
}

QString rowsOf(const QString &row, qsizetype rows)
{
    return QStringList(rows, row).join(QLatin1Char(','));
}

QString placeholders(qsizetype columns)
{
    return QLatin1Char('(') + QStringList(columns, QStringLiteral("?")).join(QLatin1Char(',')) +
           QLatin1Char(')');
}

class Copier {
public:
    Copier(Database &from, Database &to, const DatabaseCopy::Progress &progress,
           const std::atomic_bool *cancel)
        : m_from(from), m_to(to), m_progress(progress), m_cancel(cancel)
    {
    }

    Status copyTable(const TableSpec &spec, DatabaseCopy::Step &step)
    {
        const QString table = QLatin1String(spec.name);
        const QStringList columns = columnsOf(m_from, table);
        QStringList sorted = columns;
        QStringList targetColumns = columnsOf(m_to, table);
        sorted.sort();
        targetColumns.sort();
        if (columns.isEmpty() || sorted != targetColumns)
            return failure(DatabaseCopy::tr("Table %1 has different columns in %2 and in %3.")
                               .arg(table, m_from.displayName(), m_to.displayName()),
                           table);
        QVector<int> deferred; // positions of spec.deferred in columns
        for (const QString &c : spec.deferred)
            deferred << int(columns.indexOf(c));
        const int idColumn = int(columns.indexOf(QLatin1String("id")));
        const int width = int(columns.size());
        // A server is written a batch of rows per statement, saving round trips; SQLite,
        // in the same process, one row per statement: it prepares a statement with
        // thousands of parameters in time that grows with their square.
        const int batch =
            m_to.isServer() ? std::clamp(kMaxParameters / width, 1, kMaxBatchRows) : 1;
        // A server numbers audit entries itself (GENERATED ALWAYS): keep the source's ids.
        const bool always = m_to.isServer() && table == QLatin1String("audit_entry");
        const QString insert =
            QStringLiteral("INSERT INTO %1 (%2) %3VALUES ")
                .arg(table, columns.join(QLatin1Char(',')),
                     always ? QStringLiteral("OVERRIDING SYSTEM VALUE ") : QString());

        QSqlQuery read(m_from.connection());
        read.setForwardOnly(true); // QPSQL then streams the rows instead of holding them all
        if (!read.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                           .arg(columns.join(QLatin1Char(',')), table, QLatin1String(spec.key))))
            return readError(table, read);
        QSqlQuery &full = prepare(insert + rowsOf(placeholders(width), batch));
        QVariantList values;
        values.reserve(width * batch);
        int rows = 0;
        const auto flush = [&]() {
            QSqlQuery &q =
                rows == batch ? full : prepare(insert + rowsOf(placeholders(width), rows));
            for (int i = 0; i < values.size(); ++i)
                q.bindValue(i, values.at(i));
            if (!q.exec())
                return writeError(table, q);
            step.tableRows += rows;
            step.done += rows;
            values.clear();
            rows = 0;
            return checkCancel(step);
        };
        const QVariant null(QMetaType::fromType<qlonglong>());
        while (read.next()) {
            QVariantList later;
            if (!deferred.isEmpty())
                later << read.value(idColumn);
            for (int i = 0; i < width; ++i) {
                if (deferred.contains(i)) {
                    later << read.value(i);
                    values << null;
                } else {
                    values << read.value(i);
                }
            }
            if (!deferred.isEmpty() && std::any_of(later.cbegin() + 1, later.cend(),
                                                   [](const QVariant &v) { return !v.isNull(); }))
                m_later[table] << later;
            if (++rows == batch)
                if (Status s = flush(); !s)
                    return s;
        }
        if (read.lastError().isValid())
            return readError(table, read);
        return rows > 0 ? flush() : Status::ok();
    }

    // Sets the deferred columns, a batch of rows per UPDATE ... FROM (VALUES ...): both
    // engines name the columns of VALUES column1, column2, ...
    Status setDeferred(const TableSpec &spec)
    {
        const QString table = QLatin1String(spec.name);
        const QVector<QVariantList> rows = m_later.value(table);
        QStringList assignments;
        for (int i = 0; i < spec.deferred.size(); ++i)
            assignments << QStringLiteral("%1 = v.column%2").arg(spec.deferred.at(i)).arg(i + 2);
        const QString row =
            QLatin1Char('(') +
            QStringList(spec.deferred.size() + 1, QStringLiteral("CAST(? AS BIGINT)"))
                .join(QLatin1Char(',')) +
            QLatin1Char(')');
        const qsizetype batch = m_to.isServer() ? kMaxBatchRows : 1;
        for (qsizetype start = 0; start < rows.size(); start += batch) {
            const qsizetype n = std::min<qsizetype>(batch, rows.size() - start);
            QSqlQuery &q = prepare(
                QStringLiteral("UPDATE %1 SET %2 FROM (VALUES %3) AS v WHERE %1.id = v.column1")
                    .arg(table, assignments.join(QLatin1String(", ")), rowsOf(row, n)));
            int index = 0;
            for (qsizetype r = start; r < start + n; ++r)
                for (const QVariant &v : rows.at(r))
                    q.bindValue(index++, v);
            if (!q.exec())
                return writeError(table, q);
        }
        return Status::ok();
    }

    Status checkCancel(const DatabaseCopy::Step &step) const
    {
        if ((m_cancel && m_cancel->load()) || (m_progress && !m_progress(step)))
            return Status::error(DatabaseCopy::tr("The copy was cancelled."),
                                 QStringLiteral("cancelled"));
        return Status::ok();
    }

private:
    QSqlQuery &prepare(const QString &sql)
    {
        QSqlQuery &q = m_prepared.emplace_back(m_to.connection());
        q.prepare(sql);
        return q;
    }
    Status readError(const QString &table, const QSqlQuery &q) const
    {
        return failure(DatabaseCopy::tr("Cannot read table %1 of %2: %3")
                           .arg(table, m_from.displayName(), q.lastError().text()),
                       table);
    }
    Status writeError(const QString &table, const QSqlQuery &q) const
    {
        return failure(DatabaseCopy::tr("Cannot write table %1 into %2: %3")
                           .arg(table, m_to.displayName(), q.lastError().text()),
                       table);
    }

    Database &m_from;
    Database &m_to;
    const DatabaseCopy::Progress &m_progress;
    const std::atomic_bool *m_cancel;
    QHash<QString, QVector<QVariantList>> m_later; // table -> (id, deferred values...)
    // Every prepared statement, kept until after the transaction: a server refuses to free
    // one in a transaction that failed.
    std::deque<QSqlQuery> m_prepared;
};

// Refuses a target holding anything but its migrations' own rows.
Status checkEmpty(const Database &to)
{
    for (const TableSpec &spec : specs()) {
        const QString table = QLatin1String(spec.name);
        const QString where =
            spec.seed ? QStringLiteral(" WHERE NOT (%1)").arg(QLatin1String(spec.seed)) : QString();
        qint64 rows = 0;
        if (Status s = scalar(to, QStringLiteral("SELECT count(*) FROM %1%2").arg(table, where),
                              table, &rows);
            !s)
            return s;
        if (rows > 0)
            return failure(DatabaseCopy::tr("%1 is not empty: table %2 holds %3 row(s). Copy "
                                            "only into a new, empty database; it was not changed.")
                               .arg(to.displayName(), table)
                               .arg(rows),
                           table);
    }
    return Status::ok();
}

// Copies every table inside the open snapshot and transaction.
Status copyAll(Database &from, Database &to, const QVector<qint64> &counts, Copier &copier,
               DatabaseCopy::Step &step, DatabaseCopy::Report *report)
{
    if (Status s = checkEmpty(to); !s)
        return s;
    TriggersOff triggers(to);
    if (Status s = triggers.disable(); !s)
        return s;
    for (auto spec = specs().crbegin(); spec != specs().crend(); ++spec) {
        const QString table = QLatin1String(spec->name);
        if (spec->seed)
            if (Status s = run(to, QStringLiteral("DELETE FROM %1").arg(table), table); !s)
                return s;
    }
    for (int i = 0; i < specs().size(); ++i) {
        step.table = QLatin1String(specs().at(i).name);
        step.tableIndex = i;
        step.tableRows = 0;
        step.tableTotal = counts.at(i);
        if (Status s = copier.checkCancel(step); !s)
            return s;
        if (Status s = copier.copyTable(specs().at(i), step); !s)
            return s;
    }
    for (const TableSpec &spec : specs())
        if (Status s = copier.setDeferred(spec); !s)
            return s;
    if (Status s = triggers.restore(); !s)
        return s;

    for (int i = 0; i < specs().size(); ++i) {
        const QString table = QLatin1String(specs().at(i).name);
        // New rows on the server continue after the copied ids.
        if (to.isServer() && qstrcmp(specs().at(i).key, "id") == 0) {
            const QString sql = QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                               "(SELECT coalesce(max(id), 0) + 1 FROM %1), false)");
            if (Status s = run(to, sql.arg(table), table); !s)
                return s;
        }
        qint64 copied = 0;
        if (Status s =
                scalar(to, QStringLiteral("SELECT count(*) FROM %1").arg(table), table, &copied);
            !s)
            return s;
        if (copied != counts.at(i))
            return failure(DatabaseCopy::tr("Table %1 has %2 rows in %3 but %4 in the copy; "
                                            "nothing was copied.")
                               .arg(table)
                               .arg(counts.at(i))
                               .arg(from.displayName())
                               .arg(copied),
                           table);
        if (report)
            report->tables.append({table, copied});
    }
    return Status::ok();
}

} // namespace

QStringList DatabaseCopy::tables()
{
    QStringList names;
    for (const TableSpec &spec : specs())
        names << QLatin1String(spec.name);
    return names;
}

QStringList DatabaseCopy::serverOnlyTables()
{
    return {QStringLiteral("kinerja_schema"), QStringLiteral("account"),
            QStringLiteral("account_role")};
}

QStringList DatabaseCopy::unexpectedTables(const Database &db, QStringList *missing)
{
    QSqlQuery q(db.connection());
    q.exec(db.isServer() ? QStringLiteral("SELECT table_name FROM information_schema.tables "
                                          "WHERE table_schema = current_schema() AND "
                                          "table_type = 'BASE TABLE'")
                         : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                          "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"));
    QStringList present;
    while (q.next())
        present << q.value(0).toString();
    const QStringList known = tables();
    QStringList unexpected;
    for (const QString &t : std::as_const(present))
        if (!known.contains(t) && !(db.isServer() && serverOnlyTables().contains(t)))
            unexpected << t;
    missing->clear();
    for (const QString &t : known)
        if (!present.contains(t))
            *missing << t;
    return unexpected;
}

Status DatabaseCopy::copy(Database &from, Database &to, const Progress &progress,
                          const std::atomic_bool *cancel, Report *report)
{
    if (report)
        *report = {};
    if (!from.isOpen() || !to.isOpen())
        return Status::error(tr("Both databases must be open to copy."));
    if (from.location() == to.location())
        return Status::error(tr("%1 cannot be copied into itself.").arg(from.displayName()));
    if (from.schemaVersion() != to.schemaVersion())
        return Status::error(tr("%1 is at database version %2 and %3 at version %4: both must "
                                "be at the same version.")
                                 .arg(from.displayName())
                                 .arg(from.schemaVersion())
                                 .arg(to.displayName())
                                 .arg(to.schemaVersion()));
    for (const Database *db : {&from, &to}) {
        QStringList missing;
        const QStringList unexpected = unexpectedTables(*db, &missing);
        if (!unexpected.isEmpty() || !missing.isEmpty())
            return Status::error(tr("%1 has tables this Kinerja cannot copy (%2) or lacks "
                                    "tables it expects (%3).")
                                     .arg(db->displayName(), unexpected.join(QLatin1String(", ")),
                                          missing.join(QLatin1String(", "))));
    }

    QElapsedTimer timer;
    timer.start();
    ReadSnapshot snapshot(from);
    if (Status s = snapshot.begin(); !s)
        return s;
    Step step;
    step.tableCount = int(specs().size());
    QVector<qint64> counts;
    for (const TableSpec &spec : specs()) {
        const QString table = QLatin1String(spec.name);
        qint64 n = 0;
        if (Status s =
                scalar(from, QStringLiteral("SELECT count(*) FROM %1").arg(table), table, &n);
            !s)
            return s;
        counts << n;
        step.total += n;
    }
    Copier copier(from, to, progress, cancel); // outlives the transaction
    Transaction tx(to);
    if (!tx.isActive())
        return Status::error(
            tr("Cannot start writing %1: %2").arg(to.displayName(), tx.lastError()));
    if (Status s = copyAll(from, to, counts, copier, step, report); !s) {
        if (report)
            *report = {};
        return s; // tx rolls back
    }
    if (!tx.commit()) {
        if (report)
            *report = {};
        return Status::error(
            tr("Cannot commit the copy into %1: %2").arg(to.displayName(), tx.lastError()));
    }
    if (report) {
        report->rows = step.total;
        report->msecs = timer.elapsed();
    }
    // Autovacuum would gather the planner's statistics only later: until then PostgreSQL
    // plans the freshly loaded tables as if empty (nested loops over a million rows).
    // The copy is committed; a failure here costs speed, not data, so it is reported.
    if (to.isServer()) {
        QSqlQuery analyze(to.connection());
        if (!analyze.exec(QStringLiteral("ANALYZE")))
            return Status::error(tr("%1 was copied, but updating its planner statistics "
                                    "(ANALYZE) failed: %2")
                                     .arg(to.displayName(), analyze.lastError().text()));
    }
    return Status::ok();
}

} // namespace kinerja
