#include "scratchcopy.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace kinerja {

namespace {

QString quoted(const QString &identifier)
{
    QString q = identifier;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

// Runs `statements` on the server of `a`, connected to its `postgres` maintenance database:
// neither CREATE nor DROP DATABASE may run while connected to the database it names.
Status onServer(const ServerAddress &a, const QStringList &statements)
{
    const QString name = QStringLiteral("kinerja-scratch-admin");
    Status result = Status::ok();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        a.configure(db, QStringLiteral("postgres"));
        if (!db.open()) {
            result = Status::error(ScratchCopy::tr("Cannot connect to the server of %1: %2")
                                       .arg(a.display(), db.lastError().text()));
        } else {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SET client_min_messages = warning")); // no notices on stderr
            for (const QString &sql : statements) {
                if (!q.exec(sql)) {
                    result = Status::error(ScratchCopy::tr("%1 failed on the server of %2: %3")
                                               .arg(sql, a.display(), q.lastError().text()));
                    break;
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

ScratchCopy::~ScratchCopy()
{
    remove();
}

Status ScratchCopy::create(const QString &location, const QString &folder, const QString &name)
{
    remove();
    if (!ServerAddress::isServerLocation(location)) {
        const QString copy = QDir(folder).filePath(name + QStringLiteral(".sqlite"));
        QFile::remove(copy);
        if (!QFile::copy(location, copy))
            return Status::error(tr("Cannot copy %1 to %2.").arg(location, copy));
        m_location = copy;
        return Status::ok();
    }
    ServerAddress a;
    if (Status s = ServerAddress::parse(location, &a); !s)
        return s;
    const QString drop =
        QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(quoted(name));
    if (Status s = onServer(a, {drop, QStringLiteral("CREATE DATABASE %1 TEMPLATE %2")
                                          .arg(quoted(name), quoted(a.database))});
        !s)
        return s;
    a.database = name;
    m_server = a;
    m_location = a.toString();
    return Status::ok();
}

void ScratchCopy::remove()
{
    if (!m_server.database.isEmpty()) {
        // Best effort: a copy left behind is replaced by the next create() of that name.
        onServer(m_server, {QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)")
                                .arg(quoted(m_server.database))});
        m_server = {};
    } else if (!m_location.isEmpty()) {
        QFile::remove(m_location);
    }
    m_location.clear();
}

} // namespace kinerja
