#include "audittrail.h"

#include "audittrail_p.h"
#include "database.h"
#include "sqlutil.h"

#include <QCryptographicHash>
#include <QSet>
#include <QSqlError>
#include <QVariant>

#include <algorithm>

// The hash of an entry (migration 011, both dialects): lowercase hex SHA-256 of the UTF-8
// text
//   prev_hash, id, at, login, table_name, row_id, action, old_values, new_values,
//   employee_id, appraisal_id
// joined by U+001F, integers in decimal, NULL as ''. prev_hash is the previous entry's hash
// ('' for the first), so removing, inserting or editing an entry breaks the chain there.

namespace kinerja {

namespace {

constexpr int kQuickEntries = 200;

struct Row {
    qint64 id = 0;
    QString table;
    qint64 rowId = 0;
    QString prevHash;
    QString hash;
    QString computed;
};

QString text(const QSqlQuery &q, int column)
{
    const QVariant v = q.value(column);
    return v.isNull() ? QString() : v.toString();
}

Row read(const QSqlQuery &q)
{
    Row r;
    r.id = q.value(0).toLongLong();
    r.table = text(q, 3);
    r.rowId = q.value(4).toLongLong();
    r.prevHash = text(q, 10);
    r.hash = text(q, 11);
    QStringList parts = {r.prevHash};
    for (int c = 0; c < 10; ++c)
        parts << text(q, c);
    r.computed = QString::fromLatin1(
        QCryptographicHash::hash(parts.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha256)
            .toHex());
    return r;
}

// The problem of entry r, given the hash of the entry before it (nullptr: not known).
QString chainProblem(const Row &r, const QString *previous, qint64 previousId)
{
    if (r.computed != r.hash)
        return AuditTrail::tr("entry %1: its hash does not match its content (it was edited)")
            .arg(r.id);
    if (previous && r.prevHash != *previous)
        return previousId == 0
                   ? AuditTrail::tr("entry %1: it is the first entry but names one before it "
                                    "(earlier entries were removed)")
                         .arg(r.id)
                   : AuditTrail::tr("entry %1: it does not follow entry %2 (an entry between "
                                    "them was removed or changed)")
                         .arg(r.id)
                         .arg(previousId);
    return {};
}

Status readError(const Database &db, const QString &detail)
{
    return Status::error(
        AuditTrail::tr("Cannot read the audit trail of %1: %2").arg(db.displayName(), detail),
        QStringLiteral("audit"));
}

void fail(AuditVerification *out, qint64 id, const QString &problem)
{
    out->ok = false;
    out->firstBrokenId = id;
    out->problem = problem;
}

// Whether this login sees every audited row: a file, or the server's owner (or a
// superuser). Anyone else sees their scope only, and a row outside it would look deleted.
bool seesEveryRow(const Database &db)
{
    if (!db.isServer())
        return true;
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT kinerja_is_owner()")) && q.next() && q.value(0).toBool();
}
} // namespace

Status AuditTrail::verify(AuditVerification *out,
                          const std::function<bool(qint64, qint64)> &progress) const
{
    *out = {};
    // A connection of its own: the chain is streamed, and a server allows nothing else on
    // a connection while it streams.
    Database reader;
    if (Status s = reader.openReader(m_db); !s)
        return s;
    QSqlQuery q(reader.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM audit_entry")) || !q.next())
        return readError(m_db, q.lastError().text());
    const qint64 count = q.value(0).toLongLong();
    const QStringList &tables = audit::tables();
    const qint64 total = count + tables.size();
    const auto cancelled = [&](qint64 done) { return progress && !progress(done, total); };
    const Status cancel =
        Status::error(tr("The verification was cancelled."), QStringLiteral("cancelled"));

    QString error;
    if (!sql::select(
            q, QStringLiteral("SELECT %1 FROM audit_entry ORDER BY id").arg(audit::kEntryColumns),
            {}, &error, sql::Rows::Streamed))
        return readError(m_db, error);
    QString previous;
    qint64 previousId = 0;
    while (q.next()) {
        const Row r = read(q);
        ++out->entries;
        if (const QString problem = chainProblem(r, &previous, previousId); !problem.isEmpty()) {
            fail(out, r.id, problem);
            return Status::ok();
        }
        previous = r.hash;
        previousId = r.id;
        if (out->entries % 4096 == 0 && cancelled(out->entries))
            return cancel;
    }
    if (q.lastError().isValid())
        return readError(m_db, q.lastError().text());
    q.finish();

    std::optional<audit::RowProblem> row;
    out->rowsChecked = seesEveryRow(reader);
    for (int i = 0; out->rowsChecked && i < tables.size(); ++i) {
        if (cancelled(count + i))
            return cancel;
        if (!audit::checkRows(reader, tables.at(i), nullptr, &row, &error))
            return readError(m_db, error);
    }
    if (row) {
        fail(out, row->entryId, row->problem);
        return Status::ok();
    }
    if (const auto problem = audit::triggerProblem(reader, &error); problem)
        fail(out, 0, *problem);
    else if (!error.isEmpty())
        return readError(m_db, error);
    if (progress)
        progress(total, total);
    return Status::ok();
}

Status AuditTrail::quickCheck(AuditVerification *out) const
{
    *out = {};
    QString error;
    if (const auto problem = audit::triggerProblem(m_db, &error); problem) {
        fail(out, 0, *problem);
        return Status::ok();
    }
    if (!error.isEmpty())
        return readError(m_db, error);

    QSqlQuery q(m_db.connection());
    if (!sql::select(q,
                     QStringLiteral("SELECT %1 FROM audit_entry ORDER BY id DESC LIMIT %2")
                         .arg(audit::kEntryColumns)
                         .arg(kQuickEntries + 1),
                     {}, &error))
        return readError(m_db, error);
    QList<Row> rows;
    while (q.next())
        rows.prepend(read(q));
    QHash<QString, QList<qint64>> touched;
    // The oldest row read only gives the hash the next one must name.
    for (qsizetype i = rows.size() > kQuickEntries ? 1 : 0; i < rows.size(); ++i) {
        const Row &r = rows.at(i);
        ++out->entries;
        const QString *previous = i > 0 ? &rows.at(i - 1).hash : nullptr;
        static const QString none;
        if (const QString problem =
                chainProblem(r, i > 0 ? previous : (rows.size() > kQuickEntries ? nullptr : &none),
                             i > 0 ? rows.at(i - 1).id : 0);
            !problem.isEmpty()) {
            fail(out, r.id, problem);
            return Status::ok();
        }
        QList<qint64> &ids = touched[r.table];
        if (!ids.contains(r.rowId))
            ids << r.rowId;
    }
    std::optional<audit::RowProblem> row;
    out->rowsChecked = seesEveryRow(m_db);
    if (!out->rowsChecked)
        touched.clear();
    for (auto it = touched.cbegin(); it != touched.cend(); ++it)
        if (!audit::checkRows(m_db, it.key(), &it.value(), &row, &error))
            return readError(m_db, error);
    if (row)
        fail(out, row->entryId, row->problem);
    return Status::ok();
}

} // namespace kinerja
