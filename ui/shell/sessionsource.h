#pragma once

#include "domain/role.h"
#include "domain/status.h"

#include <QCoreApplication>
#include <QString>

namespace kinerja {
class Database;
}

namespace kinerja::ui {

// Who works on a database, and how the window names them.
class SessionSource {
    Q_DECLARE_TR_FUNCTIONS(kinerja::ui::SessionSource)
public:
    // On a file: the operating-system user, who may do everything. On a server: the
    // login's account as the server has it; on failure *out is the login with no rights
    // (the window then offers reading only) and the error says why.
    static Status load(Database &db, Session *out);
    // "ani (Appraising official)" on a server, "budi — operating-system account" on a file.
    static QString describe(const Session &session);
};

} // namespace kinerja::ui
