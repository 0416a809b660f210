#include "preferences.h"

#include "core/translations.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace comptoir::preferences {

namespace {
const QString kLanguageKey = QStringLiteral("Preferences/language");
const QString kAppearanceKey = QStringLiteral("Preferences/appearance");

struct Original {
    bool saved = false;
    QString style;
    QPalette palette;
};
Original& original()
{
    static Original o;
    return o;
}

} // namespace

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1f, 0x21, 0x24), text(0xe8, 0xe8, 0xe8), mid(0x5a, 0x5d, 0x63);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2d));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9d, 0xa3));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x38, 0x3d));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4e));
    p.setColor(QPalette::Midlight, QColor(0x3c, 0x3f, 0x45));
    p.setColor(QPalette::Mid, mid);
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1c));
    p.setColor(QPalette::Shadow, QColor(0x0e, 0x0f, 0x10));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xd9));
    p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb4, 0x9c, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x7a, 0x7d, 0x83));
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    return p;
}

QString savedLanguage()
{
    const QString code = QSettings().value(kLanguageKey).toString();
    return code == QLatin1String("nl") || code == QLatin1String("fr") || code == QLatin1String("en") ? code : QString();
}

void saveLanguage(const QString& code)
{
    QSettings().setValue(kLanguageKey, code);
}

QLocale localeFor(const QString& code, const QLocale& system)
{
    if (code.isEmpty())
        return system;
    if (languageFor(system) == code && system.language() != QLocale::C)
        return system;
    if (code == QLatin1String("nl"))
        return QLocale(QLocale::Dutch, QLocale::Belgium);
    if (code == QLatin1String("fr"))
        return QLocale(QLocale::French, QLocale::Belgium);
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString applyLanguage(QApplication& app, const QString& code)
{
    const QLocale locale = localeFor(code);
    QLocale::setDefault(locale);
    return installTranslators(app, locale);
}

Appearance savedAppearance()
{
    const int v = QSettings().value(kAppearanceKey, 0).toInt();
    return v == 1 ? Appearance::Light : v == 2 ? Appearance::Dark : Appearance::System;
}

void saveAppearance(Appearance appearance)
{
    QSettings().setValue(kAppearanceKey, static_cast<int>(appearance));
}

void applyAppearance(QApplication& app, Appearance appearance)
{
    Original& o = original();
    if (!o.saved) {
        o.saved = true;
        o.style = app.style() ? app.style()->name() : QString();
        o.palette = app.palette();
    }
    switch (appearance) {
    case Appearance::System:
        if (!o.style.isEmpty())
            app.setStyle(QStyleFactory::create(o.style));
        app.setPalette(o.palette);
        break;
    case Appearance::Light:
        app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        app.setPalette(app.style()->standardPalette());
        break;
    case Appearance::Dark:
        app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        app.setPalette(darkPalette());
        break;
    }
}

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

} // namespace comptoir::preferences
