#include "refusal.h"

#include <QSqlError>

namespace kinerja {

bool Refusal::is(const QSqlError &error)
{
    return error.nativeErrorCode() == QLatin1String(kSqlState);
}

bool Refusal::isText(const QString &driverText)
{
    // The server's messages in its default (English) wording; a translated server still
    // gets the 42501 check where the QSqlError is at hand (sql::exec).
    return driverText.contains(QLatin1String("permission denied for"), Qt::CaseInsensitive) ||
           driverText.contains(QLatin1String("row-level security"), Qt::CaseInsensitive) ||
           driverText.contains(message());
}

QString Refusal::message()
{
    return tr("You may not make this change: the roles of your account do not allow it, and the "
              "server refused it. If your work needs it, ask the personnel administrator (admin "
              "kepegawaian) to change your roles or their scope.");
}

Status Refusal::status()
{
    return Status::error(message(), QStringLiteral("permission"));
}

Status Refusal::explain(const Status &failure)
{
    if (failure || failure.field() == QLatin1String("permission") || !isText(failure.message()))
        return failure;
    return status();
}

} // namespace kinerja
