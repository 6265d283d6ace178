#pragma once

#include <QString>

namespace kinerja::files {

// Flushes `path` to disk (best effort), then renames it over `target` in one step:
// readers see either the old file or the new one, never a mix. Every file Kinerja
// writes (spreadsheets, PDFs, databases) is written beside its target first and put
// in place with this. On failure `path` is left as it is and `error` says why.
bool replaceFile(const QString &path, const QString &target, QString *error);

} // namespace kinerja::files
