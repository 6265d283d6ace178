#include "settingrepository.h"

#include "database.h"
#include "sqlutil.h"
#include "transaction.h"

#include <QSqlQuery>

namespace kinerja {

namespace {

const QString kName = QStringLiteral("agency.name");
const QString kParent = QStringLiteral("agency.parent");
const QString kPlace = QStringLiteral("agency.place");
const QString kLogo = QStringLiteral("agency.logo"); // base64

} // namespace

QString SettingRepository::value(const QString &key, const QString &fallback) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    q.addBindValue(key);
    if (sql::exec(q) && q.next())
        return q.value(0).toString();
    return fallback;
}

Status SettingRepository::setValue(const QString &key, const QString &value)
{
    QSqlQuery q(m_db.connection());
    if (value.isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM setting WHERE key = ?"));
        q.addBindValue(key);
    } else {
        q.prepare(QStringLiteral("INSERT INTO setting(key, value) VALUES (?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
        q.addBindValue(key);
        q.addBindValue(value);
    }
    QString error;
    if (!sql::exec(q, &error))
        return Status::error(tr("The setting “%1” could not be saved: %2").arg(key, error), key);
    return Status::ok();
}

AgencySettings SettingRepository::agency() const
{
    AgencySettings a;
    a.name = value(kName);
    a.parent = value(kParent);
    a.place = value(kPlace);
    a.logo = QByteArray::fromBase64(value(kLogo).toLatin1());
    return a;
}

Status SettingRepository::setAgency(const AgencySettings &agency)
{
    if (agency.logo.size() > kMaxLogoBytes)
        return Status::error(tr("The logo is %1 KB; at most %2 KB can be stored.")
                                 .arg(agency.logo.size() / 1024)
                                 .arg(kMaxLogoBytes / 1024),
                             QStringLiteral("logo"));
    Transaction t(m_db);
    if (!t.isActive())
        return Status::error(tr("The settings could not be saved: %1").arg(t.lastError()));
    const std::pair<QString, QString> values[] = {
        {kName, agency.name.trimmed()},
        {kParent, agency.parent.trimmed()},
        {kPlace, agency.place.trimmed()},
        {kLogo, QString::fromLatin1(agency.logo.toBase64())},
    };
    for (const auto &[key, text] : values)
        if (Status s = setValue(key, text); !s)
            return s;
    if (!t.commit())
        return Status::error(tr("The settings could not be saved: %1").arg(t.lastError()));
    return Status::ok();
}

} // namespace kinerja
