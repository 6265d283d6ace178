#include "icons.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QStyle>

namespace kinerja::ui {

namespace {

struct IconSpec {
    const char *resource; // file name under :/icons/actions/, without ".svg"
    const char *theme;    // freedesktop icon name
    QStyle::StandardPixmap fallback;
};

IconSpec spec(Icons::Id id)
{
    switch (id) {
    case Icons::NewDatabase:
        return {"database-new", "document-new", QStyle::SP_FileIcon};
    case Icons::OpenDatabase:
        return {"database-open", "document-open", QStyle::SP_DialogOpenButton};
    case Icons::Settings:
        return {"settings", "preferences-system", QStyle::SP_FileDialogDetailedView};
    case Icons::Quit:
        return {"quit", "application-exit", QStyle::SP_DialogCloseButton};
    case Icons::About:
        return {"about", "help-about", QStyle::SP_MessageBoxInformation};
    case Icons::NewEmployee:
        return {"employee-new", "contact-new", QStyle::SP_FileDialogNewFolder};
    case Icons::EditEmployee:
        return {"employee-edit", "document-edit", QStyle::SP_FileDialogContentsView};
    case Icons::EmployeeState:
        return {"employee-state", "user-status-pending", QStyle::SP_BrowserStop};
    case Icons::DeleteEmployee:
        return {"employee-delete", "edit-delete", QStyle::SP_TrashIcon};
    case Icons::NewUnit:
        return {"unit-new", "folder-new", QStyle::SP_FileDialogNewFolder};
    case Icons::RenameUnit:
        return {"unit-rename", "edit-rename", QStyle::SP_FileDialogDetailedView};
    case Icons::MoveUnit:
        return {"unit-move", "go-jump", QStyle::SP_ArrowRight};
    case Icons::UnitHead:
        return {"unit-head", "user-identity", QStyle::SP_DialogApplyButton};
    case Icons::MergeUnit:
        return {"unit-merge", "merge", QStyle::SP_ArrowDown};
    case Icons::DeleteUnit:
        return {"unit-delete", "edit-delete", QStyle::SP_TrashIcon};
    case Icons::Refresh:
        return {"refresh", "view-refresh", QStyle::SP_BrowserReload};
    case Icons::Find:
        return {"find", "edit-find", QStyle::SP_FileDialogContentsView};
    case Icons::Employee:
        return {"employee", "user-identity", QStyle::SP_FileIcon};
    case Icons::Warning:
        return {"warning", "dialog-warning", QStyle::SP_MessageBoxWarning};
    }
    return {"", "", QStyle::SP_FileIcon};
}

QIcon fromResource(const char *name)
{
    const QString path =
        QStringLiteral(":/icons/actions/") + QLatin1String(name) + QStringLiteral(".svg");
    return QFile::exists(path) ? QIcon(path) : QIcon();
}

} // namespace

QIcon Icons::get(Id id)
{
    static QHash<int, QIcon> cache;
    const auto it = cache.constFind(id);
    if (it != cache.constEnd())
        return *it;
    const IconSpec s = spec(id);
    QIcon icon = fromResource(s.resource);
    if (icon.isNull())
        icon = QIcon::fromTheme(QLatin1String(s.theme));
    if (icon.isNull())
        icon = QApplication::style()->standardIcon(s.fallback);
    cache.insert(id, icon);
    return icon;
}

QIcon Icons::unitIcon(UnitKind kind)
{
    static QHash<int, QIcon> cache;
    const auto it = cache.constFind(static_cast<int>(kind));
    if (it != cache.constEnd())
        return *it;
    const char *name = "unit";
    switch (kind) {
    case UnitKind::Pemerintah:
        name = "unit-pemerintah";
        break;
    case UnitKind::PerangkatDaerah:
    case UnitKind::Kecamatan:
        name = "unit-agency";
        break;
    case UnitKind::Bidang:
    case UnitKind::Seksi:
    case UnitKind::Kelurahan:
        name = "unit";
        break;
    }
    QIcon icon = fromResource(name);
    if (icon.isNull())
        icon = QIcon::fromTheme(QStringLiteral("folder"));
    if (icon.isNull())
        icon = QApplication::style()->standardIcon(QStyle::SP_DirIcon);
    cache.insert(static_cast<int>(kind), icon);
    return icon;
}

QIcon Icons::application()
{
    const QString path = QStringLiteral(":/icons/kinerja.svg");
    return QFile::exists(path) ? QIcon(path) : QIcon();
}

} // namespace kinerja::ui
