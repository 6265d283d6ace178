#pragma once

#include "domain/unit.h"

#include <QIcon>

namespace kinerja::ui {

// Icons of the actions and views: the project's own SVGs under
// :/icons/actions/ when present, else the desktop theme, else a Qt standard icon.
class Icons {
public:
    enum Id {
        NewDatabase,
        OpenDatabase,
        Settings,
        Quit,
        About,
        NewEmployee,
        EditEmployee,
        EmployeeState,
        DeleteEmployee,
        NewUnit,
        RenameUnit,
        MoveUnit,
        UnitHead,
        MergeUnit,
        DeleteUnit,
        Refresh,
        Find,
        Employee,
        Warning,
    };
    static QIcon get(Id id);
    static QIcon unitIcon(UnitKind kind);
    // The application icon (:/icons/kinerja.svg), or a null icon.
    static QIcon application();
};

} // namespace kinerja::ui
