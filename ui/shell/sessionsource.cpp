#include "sessionsource.h"

#include "storage/accounts.h"
#include "storage/database.h"

#include <QStringList>

namespace kinerja::ui {

Status SessionSource::load(Database &db, Session *out)
{
    Session session;
    const Status s = AccountRepository(db).current(&session);
    if (s) {
        *out = session;
    } else {
        *out = Session(); // no rights: the window offers reading only
        out->login = db.userName();
    }
    return s;
}

QString SessionSource::describe(const Session &session)
{
    if (session.osUser)
        return tr("%1 — operating-system account").arg(session.login);
    QStringList roles;
    for (const RoleGrant &g : session.roles) {
        const QString name = roleName(g.role);
        if (!roles.contains(name))
            roles.append(name);
    }
    if (roles.isEmpty())
        roles.append(session.superuser ? tr("database owner") : tr("no role"));
    return tr("%1 (%2)").arg(session.login, roles.join(QStringLiteral(", ")));
}

} // namespace kinerja::ui
