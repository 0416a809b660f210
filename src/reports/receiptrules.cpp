#include "receiptrules.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>

namespace comptoir::ReceiptRules {

namespace {

// Windows-1252's characters in 0x80–0x9F (the five unassigned bytes are left out).
constexpr char16_t kWindows1252High[] = { u'€', u'‚', u'ƒ', u'„', u'…', u'†', u'‡', u'ˆ', u'‰', u'Š', u'‹', u'Œ', u'Ž',
    u'‘', u'’', u'“', u'”', u'•', u'–', u'—', u'˜', u'™', u'š', u'›', u'œ', u'ž', u'Ÿ' };

QString sectionLine(const ReceiptProblem& p)
{
    const QString language = displayName(p.language);
    return p.section == ReceiptSection::Header
        ? QCoreApplication::translate("ReceiptRules", "Header line %1 (%2)").arg(p.line + 1).arg(language)
        : QCoreApplication::translate("ReceiptRules", "Footer line %1 (%2)").arg(p.line + 1).arg(language);
}

} // namespace

bool isPrintable(char32_t c)
{
    if ((c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xFF))
        return c != 0xAD; // the soft hyphen prints nothing, or a hyphen: never what was meant
    for (char16_t w : kWindows1252High)
        if (c == w)
            return true;
    return false;
}

QString unprintableCharacters(const QString& text)
{
    QString out;
    for (char32_t c : text.toUcs4())
        if (!isPrintable(c)) {
            const QString s = QString::fromUcs4(&c, 1);
            if (!out.contains(s))
                out += s;
        }
    return out;
}

QString printableVariant(const QString& text)
{
    const QString composed = text.normalized(QString::NormalizationForm_C);
    QString out;
    out.reserve(composed.size());
    for (char32_t c : composed.toUcs4()) {
        if (isPrintable(c)) {
            out += QString::fromUcs4(&c, 1);
            continue;
        }
        switch (c) {
        case 0x202F: // narrow no-break space (French punctuation)
        case 0x2007: // figure space
            out += QChar(0x00A0);
            continue;
        case 0x0009: // tab
        case 0x2000:
        case 0x2001:
        case 0x2002:
        case 0x2003:
        case 0x2004:
        case 0x2005:
        case 0x2006:
        case 0x2008:
        case 0x2009:
        case 0x200A:
        case 0x205F:
        case 0x3000:
            out += QLatin1Char(' ');
            continue;
        case 0x00AD:
        case 0x200B:
        case 0x200C:
        case 0x200D:
        case 0x2060:
        case 0xFEFF:
        case 0x000A:
        case 0x000D:
            continue; // invisible
        case 0x2010:
        case 0x2011:
        case 0x2012:
        case 0x2212:
        case 0x2043:
            out += QLatin1Char('-');
            continue;
        case 0x2015:
            out += QChar(0x2014);
            continue;
        case 0x2032:
        case 0x02BC:
        case 0x02B9:
            out += QLatin1Char('\'');
            continue;
        case 0x2033:
            out += QLatin1Char('"');
            continue;
        case 0x201B:
            out += QChar(0x2018);
            continue;
        case 0x201F:
            out += QChar(0x201C);
            continue;
        case 0x2024:
            out += QLatin1Char('.');
            continue;
        case 0x2027:
        case 0x2219:
        case 0x22C5:
            out += QChar(0x00B7);
            continue;
        case 0x0141:
            out += QLatin1Char('L');
            continue; // Ł, ł, Đ, đ, ı, ħ: no decomposition
        case 0x0142:
            out += QLatin1Char('l');
            continue;
        case 0x0110:
            out += QLatin1Char('D');
            continue;
        case 0x0111:
            out += QLatin1Char('d');
            continue;
        case 0x0131:
            out += QLatin1Char('i');
            continue;
        case 0x0127:
            out += QLatin1Char('h');
            continue;
        case 0xFB00:
            out += QStringLiteral("ff");
            continue;
        case 0xFB01:
            out += QStringLiteral("fi");
            continue;
        case 0xFB02:
            out += QStringLiteral("fl");
            continue;
        case 0xFB03:
            out += QStringLiteral("ffi");
            continue;
        case 0xFB04:
            out += QStringLiteral("ffl");
            continue;
        default:
            break;
        }
        // A letter with an accent the set lacks: its base letter.
        const QString decomposed = QString::fromUcs4(&c, 1).normalized(QString::NormalizationForm_D);
        const QList<uint> parts = decomposed.toUcs4();
        bool marksOnly = parts.size() > 1 && isPrintable(parts.first());
        for (qsizetype i = 1; marksOnly && i < parts.size(); ++i)
            marksOnly = QChar::category(parts[i]) == QChar::Mark_NonSpacing;
        if (marksOnly) {
            out += QString::fromUcs4(reinterpret_cast<const char32_t*>(parts.constData()), 1);
            continue;
        }
        out += QString::fromUcs4(&c, 1); // no lookalike: still flagged
    }
    return out;
}

int length(const QString& text)
{
    return int(text.toUcs4().size());
}

QString describeCharacters(const QString& characters)
{
    QStringList parts;
    for (char32_t c : characters.toUcs4()) {
        const bool visible = QChar::isPrint(c) && !QChar::isSpace(c);
        parts.append(visible
                ? QStringLiteral("“") + QString::fromUcs4(&c, 1) + QStringLiteral("”")
                : QStringLiteral("U+") + QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0')));
    }
    return parts.join(QStringLiteral(", "));
}

QList<ReceiptProblem> check(const ReceiptLayout& layout)
{
    QList<ReceiptProblem> out;
    const int limit = receiptLineLimit(layout.paperWidth, layout.font);
    for (Language language : kAllLanguages) {
        const ReceiptTexts& texts = layout.textsFor(language);
        for (ReceiptSection section : { ReceiptSection::Header, ReceiptSection::Footer }) {
            const QList<ReceiptLine>& lines = section == ReceiptSection::Header ? texts.header : texts.footer;
            if (lines.size() > kMaxReceiptLines) {
                ReceiptProblem p;
                p.kind = ReceiptProblem::Kind::TooManyLines;
                p.language = language;
                p.section = section;
                p.message
                    = (section == ReceiptSection::Header ? QCoreApplication::translate(
                           "ReceiptRules", "The header in %1 has %2 lines: at most %3 are printed.")
                                                         : QCoreApplication::translate("ReceiptRules",
                                                             "The footer in %1 has %2 lines: at most %3 are printed."))
                          .arg(displayName(language))
                          .arg(lines.size())
                          .arg(kMaxReceiptLines);
                out.append(p);
            }
            for (int i = 0; i < lines.size(); ++i) {
                const QString& text = lines[i].text;
                ReceiptProblem p;
                p.language = language;
                p.section = section;
                p.line = i;
                if (const int n = length(text); n > limit) {
                    p.kind = ReceiptProblem::Kind::LineTooLong;
                    p.message
                        = QCoreApplication::translate("ReceiptRules", "%1 has %2 characters: a line holds %3 here.")
                              .arg(sectionLine(p))
                              .arg(n)
                              .arg(limit);
                    out.append(p);
                }
                if (const QString bad = unprintableCharacters(text); !bad.isEmpty()) {
                    p.kind = ReceiptProblem::Kind::Unprintable;
                    p.characters = bad;
                    p.message = QCoreApplication::translate(
                        "ReceiptRules", "%1 has characters the terminals cannot print: %2.")
                                    .arg(sectionLine(p), describeCharacters(bad));
                    out.append(p);
                }
            }
        }
    }
    out.append(checkLogo(layout.logoPng, layout.paperWidth));
    return out;
}

QList<ReceiptProblem> checkLogo(const QByteArray& png, PaperWidth paper)
{
    QList<ReceiptProblem> out;
    if (png.isEmpty())
        return out;
    ReceiptProblem p;
    if (png.size() > kMaxLogoBytes) {
        p.kind = ReceiptProblem::Kind::LogoTooLarge;
        p.message = QCoreApplication::translate("ReceiptRules",
            "The logo is larger than 256 KiB. Import it again: Comptoir makes it black and white and small.");
        out.append(p);
        return out;
    }
    QBuffer buffer;
    buffer.setData(png);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, "png");
    const QSize size = reader.size();
    if (!png.startsWith("\x89PNG\r\n\x1a\n") || !size.isValid() || size.isEmpty()) {
        p.kind = ReceiptProblem::Kind::LogoUnreadable;
        p.message = QCoreApplication::translate(
            "ReceiptRules", "The logo is not a PNG image the terminals can print. Import it again.");
        out.append(p);
        return out;
    }
    if (size.width() > paperDots(paper)) {
        p.kind = ReceiptProblem::Kind::LogoTooWide;
        p.message = QCoreApplication::translate(
            "ReceiptRules", "The logo is %1 dots wide: %2 mm paper prints %3. Make it narrower.")
                        .arg(size.width())
                        .arg(static_cast<int>(paper))
                        .arg(paperDots(paper));
        out.append(p);
    }
    if (size.height() > kMaxLogoHeight) {
        p.kind = ReceiptProblem::Kind::LogoTooTall;
        p.message = QCoreApplication::translate(
            "ReceiptRules", "The logo is %1 dots high: at most %2 are printed. Make it smaller.")
                        .arg(size.height())
                        .arg(kMaxLogoHeight);
        out.append(p);
    }
    return out;
}

} // namespace comptoir::ReceiptRules
