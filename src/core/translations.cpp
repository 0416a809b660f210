#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace comptoir {

QString languageFor(const QLocale& locale)
{
    switch (locale.language()) {
    case QLocale::Dutch: return QStringLiteral("nl");
    case QLocale::French: return QStringLiteral("fr");
    default: return QStringLiteral("en");
    }
}

QString installTranslators(QCoreApplication& app, const QLocale& locale)
{
    static QTranslator* qtTranslator = nullptr;
    static QTranslator* appTranslator = nullptr;
    for (QTranslator** t : {&qtTranslator, &appTranslator}) {
        if (*t) {
            app.removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    const QString lang = languageFor(locale);
    qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qtTranslator);
    appTranslator = new QTranslator(&app);
    if (appTranslator->load(QStringLiteral(":/i18n/comptoir_") + lang))
        app.installTranslator(appTranslator);
    return lang;
}

} // namespace comptoir
