#pragma once

#include "core/entities.h"

#include <QList>
#include <QSize>
#include <QString>

namespace comptoir {

// Which part of a receipt a line belongs to.
enum class ReceiptSection { Header, Footer };

// Something in a receipt layout that the terminals cannot print as it is. The page shows
// these before saving (and refuses to save while there are any); the reference portal
// refuses a layout that has one.
struct ReceiptProblem {
    enum class Kind {
        TooManyLines, // a section of a language has more than kMaxReceiptLines
        LineTooLong, // more characters than receiptLineLimit()
        Unprintable, // characters outside the receipt character set
        LogoUnreadable,
        LogoTooLarge, // more than kMaxLogoBytes
        LogoTooWide, // wider than the paper prints
        LogoTooTall, // higher than kMaxLogoHeight
    };
    Kind kind = Kind::LineTooLong;
    Language language = Language::Nl; // the line kinds
    ReceiptSection section = ReceiptSection::Header;
    int line = -1; // the line's index in its section; -1 for a section or the logo
    QString characters; // Unprintable: the offending characters, each once
    QString message; // for the shop owner, in the UI's language
    bool isLogo() const { return kind >= Kind::LogoUnreadable; }
};

// The rules of a PAX terminal's receipt: which characters it prints, how long a line may
// be for the paper and the text size, what logo it takes. UI-free, for the page, the CLI,
// the reference portal and the tests.
namespace ReceiptRules {

// The receipt character set: the printable characters of Windows-1252 — ASCII, the
// Latin-1 letters and signs (é, ç, ë, ß, £, «, °, no-break space, …) and € ‘ ’ “ ” „ … – — •
// œ Œ Ÿ Š š Ž ž ™ † ‡ ‰ ‹ › ƒ ˆ ˜. Everything else (emoji, other scripts, control
// characters, tabs, the soft hyphen, the narrow no-break space) is not printed.
bool isPrintable(char32_t c);
// The characters of `text` the terminals cannot print, each once, in order of appearance.
QString unprintableCharacters(const QString& text);
// `text` in Unicode composed form (NFC), with lookalikes the terminals can print put in
// place of characters they cannot: narrow and thin spaces, hyphens, primes, ligatures,
// letters with accents outside the set (č → c); invisible ones removed. Characters with no
// printable lookalike are left, so they are still flagged.
QString printableVariant(const QString& text);
// The number of characters (code points) as the printer counts them.
int length(const QString& text);
// A readable list of characters for a message: “😀”, U+0009 for invisible ones.
QString describeCharacters(const QString& characters);

// Everything wrong with the layout, in a stable order: per language (nl, fr, en) the
// header then the footer, line by line; then the logo.
QList<ReceiptProblem> check(const ReceiptLayout& layout);
// Only the logo (PNG, size in bytes and in dots for the paper width).
QList<ReceiptProblem> checkLogo(const QByteArray& png, PaperWidth paper);

} // namespace ReceiptRules

} // namespace comptoir
