#include "schemerepository.h"

#include "appraisalaccess.h"
#include "database.h"
#include "rowversion.h"
#include "sqlutil.h"
#include "transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace kinerja {

namespace {

const char *const kSchemeSelect =
    "SELECT s.id, s.code, s.kind, s.name, s.builtin, v.id, v.version, s.row_version "
    "FROM scheme s "
    "LEFT JOIN scheme_version v ON v.scheme_id = s.id AND v.version = "
    "(SELECT max(version) FROM scheme_version WHERE scheme_id = s.id) ";

SchemeInfo schemeFrom(const QSqlQuery &q)
{
    SchemeInfo s;
    s.id = q.value(0).toLongLong();
    s.code = q.value(1).toString();
    s.kind = static_cast<SchemeKind>(q.value(2).toInt());
    s.name = q.value(3).toString();
    s.builtin = q.value(4).toBool();
    s.latestVersionId = q.value(5).toLongLong();
    s.latestVersion = q.value(6).toInt();
    s.rowVersion = q.value(7).toInt();
    return s;
}

const char *const kVersionSelect =
    "SELECT v.id, v.scheme_id, v.version, v.note, v.created_at, "
    "(SELECT count(*) FROM appraisal a WHERE a.scheme_version_id = v.id) FROM scheme_version v ";

SchemeVersionInfo versionFrom(const QSqlQuery &q)
{
    SchemeVersionInfo v;
    v.id = q.value(0).toLongLong();
    v.schemeId = q.value(1).toLongLong();
    v.version = q.value(2).toInt();
    v.note = q.value(3).toString();
    v.createdAt = detail::toDateTime(q.value(4));
    v.appraisals = q.value(5).toInt();
    return v;
}

} // namespace

QVector<SchemeInfo> SchemeRepository::all() const
{
    QSqlQuery q(m_db.connection());
    q.exec(QLatin1String(kSchemeSelect) + QLatin1String("ORDER BY s.builtin DESC, s.id"));
    QVector<SchemeInfo> list;
    while (q.next())
        list << schemeFrom(q);
    return list;
}

std::optional<SchemeInfo> SchemeRepository::find(qint64 schemeId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QLatin1String(kSchemeSelect) + QLatin1String("WHERE s.id = ?"));
    q.addBindValue(schemeId);
    if (!sql::exec(q) || !q.next())
        return std::nullopt;
    return schemeFrom(q);
}

std::optional<SchemeInfo> SchemeRepository::findByCode(const QString &code) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QLatin1String(kSchemeSelect) + QLatin1String("WHERE s.code = ?"));
    q.addBindValue(code);
    if (!sql::exec(q) || !q.next())
        return std::nullopt;
    return schemeFrom(q);
}

QVector<SchemeVersionInfo> SchemeRepository::versions(qint64 schemeId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QLatin1String(kVersionSelect) +
              QLatin1String("WHERE v.scheme_id = ? ORDER BY v.version"));
    q.addBindValue(schemeId);
    QVector<SchemeVersionInfo> list;
    if (sql::exec(q))
        while (q.next())
            list << versionFrom(q);
    return list;
}

std::optional<SchemeVersionInfo> SchemeRepository::version(qint64 versionId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QLatin1String(kVersionSelect) + QLatin1String("WHERE v.id = ?"));
    q.addBindValue(versionId);
    if (!sql::exec(q) || !q.next())
        return std::nullopt;
    return versionFrom(q);
}

Status SchemeRepository::load(qint64 versionId, SchemeDefinition *out) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT definition FROM scheme_version WHERE id = ?"));
    q.addBindValue(versionId);
    if (!sql::exec(q) || !q.next())
        return Status::error(tr("The scheme version no longer exists."), QStringLiteral("scheme"));
    return SchemeDefinition::fromJson(q.value(0).toString(), out);
}

qint64 SchemeRepository::defaultVersionId() const
{
    const std::optional<SchemeInfo> s = findByCode(QStringLiteral("permenpan2022"));
    return s ? s->latestVersionId : 0;
}

bool SchemeRepository::isFrozen(qint64 versionId) const
{
    const std::optional<SchemeVersionInfo> v = version(versionId);
    return v && v->isFrozen();
}

Status SchemeRepository::create(const SchemeDefinition &definition, qint64 *schemeId,
                                qint64 *versionId, const QString &code)
{
    if (Status s = definition.validate(); !s)
        return s;
    if (!code.isEmpty() && findByCode(code))
        return Status::error(tr("A scheme with the code “%1” already exists.").arg(code),
                             QStringLiteral("code"));
    Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    QString error;
    // Inside the (immediate) transaction, so the next id is ours: "custom-<id>".
    if (!q.exec(QStringLiteral("SELECT COALESCE(max(id), 0) + 1 FROM scheme")) || !q.next())
        return detail::dbError(q.lastError().text());
    const qint64 id = q.value(0).toLongLong();
    q.prepare(QStringLiteral("INSERT INTO scheme (id, code, kind, name, builtin, created_at) "
                             "VALUES (?, ?, ?, ?, 0, ?)"));
    q.addBindValue(id);
    q.addBindValue(code.isEmpty() ? QStringLiteral("custom-%1").arg(id) : code);
    q.addBindValue(static_cast<int>(definition.kind));
    q.addBindValue(definition.name.trimmed());
    q.addBindValue(detail::nowUtc());
    if (!sql::exec(q, &error))
        return detail::dbError(error);
    q.prepare(QStringLiteral("INSERT INTO scheme_version (scheme_id, version, definition, note, "
                             "created_at) VALUES (?, 1, ?, '', ?) RETURNING id"));
    q.addBindValue(id);
    q.addBindValue(definition.toJson());
    q.addBindValue(detail::nowUtc());
    if (!sql::exec(q, &error))
        return detail::dbError(error);
    const qint64 version = sql::insertedId(q);
    if (!tx.commit())
        return detail::dbError(tx.lastError());
    if (schemeId)
        *schemeId = id;
    if (versionId)
        *versionId = version;
    return Status::ok();
}

Status SchemeRepository::save(qint64 schemeId, int rowVersion, const SchemeDefinition &definition,
                              const QString &note, qint64 *versionId, bool *newVersion)
{
    const std::optional<SchemeInfo> scheme = find(schemeId);
    if (!scheme)
        return RowVersion::conflict(RowVersion::Record::Scheme, {{}, {}, true});
    if (definition.kind != scheme->kind)
        return Status::error(tr("“%1” is a %2 scheme; its kind cannot change. Create a new "
                                "scheme instead.")
                                 .arg(scheme->name, SchemeDefinition::kindName(scheme->kind)),
                             QStringLiteral("kind"));
    if (Status s = definition.validate(); !s)
        return s;

    Transaction tx(m_db); // before the frozen check, so no appraisal can slip in between
    if (Status s = RowVersion::claim(m_db, RowVersion::Record::Scheme, schemeId, rowVersion); !s)
        return s;
    QSqlQuery q(m_db.connection());
    QString error;
    const bool frozen = scheme->latestVersionId == 0 || isFrozen(scheme->latestVersionId);
    qint64 id = scheme->latestVersionId;
    if (frozen) {
        q.prepare(QStringLiteral("INSERT INTO scheme_version (scheme_id, version, definition, "
                                 "note, created_at) VALUES (?, ?, ?, ?, ?) RETURNING id"));
        q.addBindValue(schemeId);
        q.addBindValue(scheme->latestVersion + 1);
        q.addBindValue(definition.toJson());
        q.addBindValue(detail::text(note));
        q.addBindValue(detail::nowUtc());
        if (!sql::exec(q, &error))
            return detail::dbError(error);
        id = sql::insertedId(q);
    } else {
        q.prepare(QStringLiteral("UPDATE scheme_version SET definition = ?, note = ? "
                                 "WHERE id = ?"));
        q.addBindValue(definition.toJson());
        q.addBindValue(detail::text(note));
        q.addBindValue(id);
        if (!sql::exec(q, &error))
            return detail::dbError(error);
    }
    q.prepare(QStringLiteral("UPDATE scheme SET name = ? WHERE id = ?"));
    q.addBindValue(definition.name.trimmed());
    q.addBindValue(schemeId);
    if (!sql::exec(q, &error))
        return detail::dbError(error);
    if (!tx.commit())
        return detail::dbError(tx.lastError());
    if (versionId)
        *versionId = id;
    if (newVersion)
        *newVersion = frozen;
    return Status::ok();
}

Status SchemeRepository::remove(qint64 schemeId)
{
    const std::optional<SchemeInfo> scheme = find(schemeId);
    if (!scheme)
        return Status::error(tr("The scheme no longer exists."), QStringLiteral("scheme"));
    if (scheme->builtin)
        return Status::error(
            tr("“%1” is a ready-made scheme and cannot be deleted.").arg(scheme->name),
            QStringLiteral("scheme"));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM appraisal a JOIN scheme_version v ON "
        "v.id = a.scheme_version_id WHERE v.scheme_id = ?), (SELECT count(*) FROM period p "
        "JOIN scheme_version v ON v.id = p.scheme_version_id WHERE v.scheme_id = ?)"));
    q.addBindValue(schemeId);
    q.addBindValue(schemeId);
    if (!sql::exec(q) || !q.next())
        return detail::dbError(QString());
    if (q.value(0).toInt() > 0 || q.value(1).toInt() > 0)
        return Status::error(tr("“%1” is used by %2 appraisal(s) and %3 period(s) and cannot be "
                                "deleted.")
                                 .arg(scheme->name)
                                 .arg(q.value(0).toInt())
                                 .arg(q.value(1).toInt()),
                             QStringLiteral("scheme"));
    Transaction tx(m_db);
    q.prepare(QStringLiteral("DELETE FROM scheme WHERE id = ?"));
    q.addBindValue(schemeId);
    QString error;
    if (!sql::exec(q, &error))
        return detail::dbError(error);
    if (!tx.commit())
        return detail::dbError(tx.lastError());
    return Status::ok();
}

} // namespace kinerja
