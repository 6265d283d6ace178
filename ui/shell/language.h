#pragma once

#include <QString>

namespace kinerja::ui {

// The user interface language: QSettings "ui/language" is "system", "id" or "en".
// It takes effect at the next start.
class Language {
public:
    static QString settingsKey() { return QStringLiteral("ui/language"); }
    static QString configured();
    static void setConfigured(const QString &choice);
    // Installs the translations for `choice` (see i18n::install) and returns
    // true when the interface is in Indonesian.
    static bool install(const QString &choice);
};

} // namespace kinerja::ui
