#pragma once

#include <QString>

namespace kinerja::i18n {

// Installs Kinerja's and Qt's own translations on the running application.
// `choice` is "system" (follow the locale), "id" or "en"; returns the
// language actually used ("id" or "en").
QString install(const QString &choice);

} // namespace kinerja::i18n
