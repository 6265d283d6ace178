#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace kinerja::i18n {

QString install(const QString &choice)
{
    QString language = choice;
    if (language != QLatin1String("id") && language != QLatin1String("en"))
        language = QLocale().language() == QLocale::Indonesian ? QStringLiteral("id")
                                                               : QStringLiteral("en");
    if (language == QLatin1String("en")) {
        // English text with Indonesian number formats would read oddly.
        if (QLocale().language() == QLocale::Indonesian)
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // The source text is English; kinerja_en holds only the plural forms
        // ("1 appraisal", "2 appraisals" for "%n appraisal(s)").
        auto *plurals = new QTranslator(QCoreApplication::instance());
        if (plurals->load(QStringLiteral(":/i18n/kinerja_en")))
            QCoreApplication::installTranslator(plurals);
        return language;
    }
    QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    auto *app = QCoreApplication::instance();
    auto *qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_") + language,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(app);
    if (own->load(QStringLiteral(":/i18n/kinerja_") + language))
        QCoreApplication::installTranslator(own);
    return language;
}

} // namespace kinerja::i18n
