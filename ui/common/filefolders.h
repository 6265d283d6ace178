#pragma once

#include <QString>

namespace kinerja::ui::FileFolders {

// Where a file dialog for `kind` ("export", "print", "import", "chart") starts: the folder the
// user last chose for that kind (QSettings "folders/<kind>"), else Documents, else home.
// Without it a dialog opens in the working directory, wherever Kinerja was started.
QString start(const QString &kind);
// `start` joined with a suggested file name.
QString suggest(const QString &kind, const QString &fileName);
// Remembers the folder of `path` (a file) or `path` itself (an existing folder).
void remember(const QString &kind, const QString &path);

} // namespace kinerja::ui::FileFolders
