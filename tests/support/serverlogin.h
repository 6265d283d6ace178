#pragma once

#include "storage/serveraddress.h"
#include "support/check.h"
#include "support/process.h"

#include <QString>

// Logging in to a test database as a person, over TCP 127.0.0.1 with a password (SCRAM),
// as a PC in the office would: the address of a login, and psql run as that login.
namespace support {

// postgresql://login@127.0.0.1:PORT/DB for the database at `location` (a TempDatabase's).
inline QString tcpLocation(const QString &location, const QString &login)
{
    kinerja::ServerAddress a;
    FIXTURE_OK(kinerja::ServerAddress::parse(location, &a));
    a.user = login;
    a.host = QStringLiteral("127.0.0.1");
    return a.toString();
}

// Runs one SQL text through psql as `login` with `password` (PGPASSWORD): unaligned, tuples
// only, stopping at the first error (exit code 3, or 2 when it cannot connect).
inline Run psql(const QString &location, const QString &login, const QString &password,
                const QString &sql)
{
    QProcessEnvironment env = localeEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), password);
    env.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("10"));
    env.remove(QStringLiteral("PGSERVICE"));
    Run r = run(QStringLiteral("/usr/bin/psql"),
                {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"),
                 QStringLiteral("-t"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                 QStringLiteral("-d"), tcpLocation(location, login), QStringLiteral("-c"), sql},
                env, 60000);
    r.out = r.out.trimmed();
    return r;
}

} // namespace support
