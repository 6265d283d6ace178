#include "changewatch.h"

#include "database.h"

#include <QSqlDriver>
#include <QSqlQuery>

namespace kinerja {

ChangeWatch::ChangeWatch(Database &db, QObject *parent) : QObject(parent), m_db(db)
{
    if (!m_db.isServer()) {
        m_version = dataVersion();
        return;
    }
    QSqlDriver *driver = m_db.connection().driver();
    if (!driver)
        return;
    m_subscribed = m_db.listen(kChannel);
    if (!m_subscribed)
        qWarning("ChangeWatch: cannot listen on %s", qPrintable(kChannel));
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source,
                   const QVariant &payload) {
                // Our own commits are shown by whoever made them.
                if (name == kChannel && source == QSqlDriver::OtherSource)
                    emit changed(payload.toString());
            });
}

ChangeWatch::~ChangeWatch()
{
    if (m_subscribed)
        m_db.unlisten(kChannel);
}

qint64 ChangeWatch::dataVersion() const
{
    QSqlQuery q(m_db.connection());
    return q.exec(QStringLiteral("PRAGMA data_version")) && q.next() ? q.value(0).toLongLong() : 0;
}

bool ChangeWatch::changedElsewhere()
{
    if (m_db.isServer())
        return false;
    const qint64 version = dataVersion();
    const bool changed = version != m_version;
    m_version = version;
    return changed;
}

} // namespace kinerja
