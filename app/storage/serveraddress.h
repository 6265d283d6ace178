#pragma once

#include "domain/status.h"

#include <QCoreApplication>
#include <QString>

class QSqlDatabase;

namespace kinerja {

// Where an office's Kinerja server database is: the `--db` form
// postgresql://user@host:port/dbname (postgres:// too). A host that is a folder
// (postgresql://user@/dbname?host=/run/postgresql) is a local socket. A password in the
// address is accepted but never written back: display() and toString() leave it out.
struct ServerAddress {
    Q_DECLARE_TR_FUNCTIONS(kinerja::ServerAddress)
public:
    QString user;
    QString password;
    QString host; // a name, an address, or a socket folder
    int port = 5432;
    QString database;

    // Whether `location` names a server rather than a file.
    static bool isServerLocation(const QString &location);
    // Parses `location`; a bad address says what is wrong with it.
    static Status parse(const QString &location, ServerAddress *out);

    // postgresql://user@host:port/dbname, without the password.
    QString toString() const;
    // "dbname on host:port (user)", for messages and titles.
    QString display() const;
    bool isSocket() const { return host.startsWith(QLatin1Char('/')); }
    // Gives a QPSQL connection this address (its database: `database`, unless another is
    // named, e.g. the server's "postgres" for CREATE DATABASE).
    void configure(QSqlDatabase &db, const QString &otherDatabase = {}) const;
};

} // namespace kinerja
