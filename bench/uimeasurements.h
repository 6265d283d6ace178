#pragma once

#include "stats.h"

#include <QString>
#include <QStringList>

namespace kinerja::bench {

// What the user sees, measured on the real widgets (offscreen platform).
struct WindowOpen {
    double totalMs = 0;  // Database::open → main window painted with the first rows
    int rowsFetched = 0; // display rows read from the database for that screen
    int listed = 0;      // employees in the list
};
bool measureWindowOpen(const QString &path, WindowOpen *result, QString *error);

struct UiInteraction {
    Samples keystrokes;  // key event → filtered table repainted
    Samples scrollSteps; // one page down → new rows repainted
    int pagesFetchedWhileScrolling = 0;
};
// Types each word into the filter (and deletes it again), then pages through
// the whole unfiltered list with Page Down.
bool measureUiInteraction(const QString &path, const QStringList &words, UiInteraction *result,
                          QString *error);

} // namespace kinerja::bench
