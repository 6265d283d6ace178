#include "serveraddress.h"

#include <QSqlDatabase>
#include <QUrl>
#include <QUrlQuery>

namespace kinerja {

bool ServerAddress::isServerLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Status ServerAddress::parse(const QString &location, ServerAddress *out)
{
    const auto bad = [&](const QString &why) {
        return Status::error(tr("“%1” is not a server address: %2. Write it as "
                                "postgresql://user@host:port/database.")
                                 .arg(location, why),
                             QStringLiteral("db"));
    };
    if (!isServerLocation(location))
        return bad(tr("it does not start with postgresql://"));
    const QUrl url(location, QUrl::StrictMode);
    if (!url.isValid())
        return bad(url.errorString());
    ServerAddress a;
    a.user = url.userName();
    a.password = url.password();
    a.host = url.host();
    a.port = url.port(5432);
    a.database = url.path().mid(1);
    const QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("host")))
        a.host = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    if (query.hasQueryItem(QStringLiteral("port")))
        a.port = query.queryItemValue(QStringLiteral("port")).toInt();
    if (a.user.isEmpty())
        return bad(tr("the user name is missing"));
    if (a.database.isEmpty() || a.database.contains(QLatin1Char('/')))
        return bad(tr("the database name is missing"));
    if (a.host.isEmpty())
        return bad(tr("the host is missing"));
    if (a.port <= 0 || a.port > 65535)
        return bad(tr("the port must be 1–65535"));
    *out = a;
    return Status::ok();
}

QString ServerAddress::toString() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    if (isSocket()) {
        url.setHost(QString());
        url.setPath(QLatin1Char('/') + database);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("host"), host);
        if (port != 5432)
            query.addQueryItem(QStringLiteral("port"), QString::number(port));
        url.setQuery(query);
        // QUrl drops an empty authority; write the user@ part by hand.
        return QStringLiteral("postgresql://%1@/%2?%3")
            .arg(QString::fromUtf8(QUrl::toPercentEncoding(user)), database, url.query());
    }
    url.setHost(host);
    if (port != 5432)
        url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

void ServerAddress::configure(QSqlDatabase &db, const QString &otherDatabase) const
{
    db.setHostName(host);
    db.setPort(port);
    db.setUserName(user);
    db.setPassword(password);
    db.setDatabaseName(otherDatabase.isEmpty() ? database : otherDatabase);
}

QString ServerAddress::display() const
{
    const QString where = isSocket() ? host : QStringLiteral("%1:%2").arg(host).arg(port);
    return tr("%1 on %2 (user %3)").arg(database, where, user);
}

} // namespace kinerja
