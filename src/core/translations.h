#pragma once

#include <QLocale>

class QCoreApplication;

namespace comptoir {

// Installs Qt's own translations and Comptoir's (embedded as :/i18n/comptoir_<lang>.qm)
// for `locale`, replacing any installed before. Languages other than nl, fr and en fall
// back to English. Returns the language used ("nl", "fr" or "en").
QString installTranslators(QCoreApplication& app, const QLocale& locale);

// The language Comptoir uses for a locale: nl, fr or en.
QString languageFor(const QLocale& locale);

} // namespace comptoir
