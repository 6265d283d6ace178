#include "sqlitefunctions.h"

#include <QCryptographicHash>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <pwd.h>
#include <unistd.h>
#endif

namespace kinerja::sqlitefunctions {

namespace {

void login(sqlite3_context *context, int, sqlite3_value **)
{
    // Computed once: the account does not change while the program runs.
    static const QByteArray name = osUserName().toUtf8();
    sqlite3_result_text(context, name.constData(), int(name.size()), SQLITE_TRANSIENT);
}

void sha256(sqlite3_context *context, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const int size = sqlite3_value_bytes(argv[0]);
    const QByteArray hex =
        QCryptographicHash::hash(QByteArrayView(text, size), QCryptographicHash::Sha256).toHex();
    sqlite3_result_text(context, hex.constData(), int(hex.size()), SQLITE_TRANSIENT);
}

} // namespace

QString osUserName()
{
#ifdef Q_OS_WIN
    wchar_t buffer[257];
    DWORD size = 257;
    if (GetUserNameW(buffer, &size) && size > 0)
        return QString::fromWCharArray(buffer, int(size) - 1);
    return QStringLiteral("?");
#else
    if (const passwd *pw = getpwuid(geteuid()); pw && pw->pw_name && *pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    // An account without a passwd entry (some containers): its number.
    return QStringLiteral("uid %1").arg(geteuid());
#endif
}

QString registerAll(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return QStringLiteral("no SQLite handle");
    auto *sqlite = *static_cast<sqlite3 *const *>(handle.data());
    if (!sqlite)
        return QStringLiteral("no SQLite handle");
    const int flags = SQLITE_UTF8 | SQLITE_INNOCUOUS;
    if (sqlite3_create_function_v2(sqlite, "kinerja_login", 0, flags, nullptr, login, nullptr,
                                   nullptr, nullptr) != SQLITE_OK ||
        sqlite3_create_function_v2(sqlite, "kinerja_sha256", 1, flags | SQLITE_DETERMINISTIC,
                                   nullptr, sha256, nullptr, nullptr, nullptr) != SQLITE_OK)
        return QString::fromUtf8(sqlite3_errmsg(sqlite));
    return {};
}

} // namespace kinerja::sqlitefunctions
