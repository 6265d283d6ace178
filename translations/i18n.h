#pragma once

#include <QString>

namespace kinerja::i18n {

// Installs Kinerja's and Qt's own translations on the running application.
// `choice` is "system" (follow the locale), "id" or "en"; returns the
// language actually used ("id" or "en").
QString install(const QString &choice);

// The native name of a language code ("id" -> "Bahasa Indonesia").
QString languageName(const QString &code);

} // namespace kinerja::i18n
