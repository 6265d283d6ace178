#pragma once

#include <QByteArray>
#include <QString>

namespace kinerja {

// The SCRAM-SHA-256 verifier PostgreSQL stores for `password` (RFC 5802/7677, the form of
// pg_authid.rolpassword: "SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>").
// Computed on the client, so that the clear password never reaches the server, its
// statement log or pg_stat_activity. An empty salt: 16 random bytes.
// The password is normalised as SASLprep does for the common cases (NFKC, non-ASCII spaces
// as spaces); a pure ASCII password is used as it is, as the server does.
QString scramSha256Verifier(const QString &password, QByteArray salt = {}, int iterations = 4096);

} // namespace kinerja
