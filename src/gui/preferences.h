#pragma once

#include <QLocale>
#include <QString>

class QApplication;
class QPalette;

namespace comptoir {

// The user's choices that apply to the whole application: the language (and with it the
// locale for numbers, amounts and dates) and the appearance. Kept in QSettings, applied
// at start and at once when changed in Settings — without a restart: every open window
// receives QEvent::LanguageChange or a new palette.
namespace preferences {

// "" follows the system; otherwise "nl", "fr" or "en".
QString savedLanguage();
void saveLanguage(const QString& code);
// The locale Comptoir uses for a language choice: the system's own when it speaks that
// language (nl_NL stays Dutch-Dutch), else Belgian Dutch or French, or British English.
QLocale localeFor(const QString& code, const QLocale& system = QLocale::system());
// Installs the translators and the default locale for `code`; returns the language used.
QString applyLanguage(QApplication& app, const QString& code);

enum class Appearance : int { System = 0, Light = 1, Dark = 2 };
Appearance savedAppearance();
void saveAppearance(Appearance appearance);
// Light and Dark use the Fusion style with a palette of that kind; System restores what
// the platform gave at start.
void applyAppearance(QApplication& app, Appearance appearance);
// The palette of the Dark appearance (for tests and screenshots too).
QPalette darkPalette();
// Whether a palette is a dark one (light text on a dark window).
bool isDark(const QPalette& palette);

} // namespace preferences
} // namespace comptoir
