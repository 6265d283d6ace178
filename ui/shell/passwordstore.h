#pragma once

#include "domain/status.h"

#include <QCoreApplication>
#include <QString>

namespace kinerja::ui {

// Server passwords in the desktop's secret store (QtKeychain: Secret Service, KWallet,
// the Windows credential store, the macOS keychain), never in a file of our own. Stored
// under the service "Kinerja" and the server's address without its password.
class PasswordStore {
    Q_DECLARE_TR_FUNCTIONS(kinerja::ui::PasswordStore)
public:
    static inline const QString kService = QStringLiteral("Kinerja");

    // The remembered password, or empty when there is none. `unavailable` is set when
    // the store itself failed (no secret service in this session).
    static QString read(const QString &key, bool *unavailable = nullptr);
    // Its error says why the password could not be remembered.
    static Status write(const QString &key, const QString &password);
    static void remove(const QString &key);

    // Test hook: from now on an in-memory store (so that tests never touch the
    // desktop's), or with `available` false one that fails like a missing service.
    static void useMemoryStore(bool available = true);
};

} // namespace kinerja::ui
