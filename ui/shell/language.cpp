#include "language.h"

#include "i18n.h"

#include <QCoreApplication>
#include <QSettings>

namespace kinerja::ui {

QString Language::configured()
{
    const QString value = QSettings().value(settingsKey(), QStringLiteral("system")).toString();
    if (value == QLatin1String("id") || value == QLatin1String("en"))
        return value;
    return QStringLiteral("system");
}

void Language::setConfigured(const QString &choice)
{
    QSettings().setValue(settingsKey(), choice);
}

bool Language::install(const QString &choice)
{
    return i18n::install(choice) == QLatin1String("id");
}

} // namespace kinerja::ui
