// Receipts (issue 8): the renderer against golden images, the dithering, the line and
// character rules, the embedded font, and the logo import's refusals.
//
// Golden images live in tests/reports/golden. When a change to the renderer is meant to
// change them, regenerate them deliberately with scripts/update-golden.sh (it runs this
// test with COMPTOIR_UPDATE_GOLDEN=1), look at every new PNG, and commit them with the change.
#include "receiptfixtures.h"

#include "reports/logoimage.h"
#include "reports/receiptfont.h"
#include "reports/receiptrenderer.h"
#include "reports/receiptrules.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace comptoir;
using namespace comptoir::test;

namespace {

bool black(const QImage& image, int x, int y)
{
    return qGray(image.pixel(x, y)) < 128;
}

int blackDots(const QImage& image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += black(image, x, y) ? 1 : 0;
    return n;
}

// Compares `actual` with tests/reports/golden/<name>.png dot for dot; with
// COMPTOIR_UPDATE_GOLDEN=1 writes it there instead.
void checkGolden(const QImage& actual, const QString& name)
{
    INFO("golden image " << name.toStdString());
    const QString path = QStringLiteral(COMPTOIR_GOLDEN_DIR "/") + name + QStringLiteral(".png");
    if (qEnvironmentVariableIntValue("COMPTOIR_UPDATE_GOLDEN") == 1) {
        REQUIRE(actual.save(path, "PNG"));
        WARN("wrote " << path.toStdString() << ": look at it before committing");
        return;
    }
    const QImage golden(path);
    if (golden.isNull())
        FAIL("no golden image " << path.toStdString() << ": run scripts/update-golden.sh, then look at it");
    int differing = 0;
    QImage diff;
    if (golden.size() == actual.size()) {
        diff = QImage(actual.size(), QImage::Format_RGB32);
        for (int y = 0; y < actual.height(); ++y)
            for (int x = 0; x < actual.width(); ++x) {
                const bool a = black(actual, x, y), g = black(golden, x, y);
                differing += a != g ? 1 : 0;
                diff.setPixel(x, y,
                    a == g  ? (a ? qRgb(0, 0, 0) : qRgb(255, 255, 255))
                        : a ? qRgb(255, 0, 0)
                            : qRgb(0, 160, 255));
            }
    }
    if (golden.size() != actual.size() || differing > 0) {
        const QString out = QDir::temp().filePath(QStringLiteral("comptoir-golden"));
        QDir().mkpath(out);
        actual.save(out + QLatin1Char('/') + name + QStringLiteral(".actual.png"));
        if (!diff.isNull())
            diff.save(out + QLatin1Char('/') + name + QStringLiteral(".diff.png"));
        FAIL("differs from the golden image: " << actual.width() << "x" << actual.height() << " vs " << golden.width()
                                               << "x" << golden.height() << ", " << differing << " dots differ; see "
                                               << out.toStdString());
    }
}

QImage grey(int width, int height, int level)
{
    QImage g(width, height, QImage::Format_Grayscale8);
    g.fill(uint(level));
    return g;
}

ReceiptLayout plainLayout(PaperWidth paper, ReceiptFont font)
{
    ReceiptLayout l;
    l.locationId = QStringLiteral("loc-1");
    l.paperWidth = paper;
    l.font = font;
    return l;
}

} // namespace

// ---------------------------------------------------------------------------------------
// The renderer

TEST_CASE("Receipts: rendered receipts match their golden images dot for dot", "[receipts][golden]")
{
    const ReceiptSample sample = sampleTransaction();
    struct Case {
        const char* name;
        PaperWidth paper;
        ReceiptFont font;
        Language language;
        ReceiptCopy copy;
    };
    const Case cases[] = {
        { "customer-nl-58mm", PaperWidth::Mm58, ReceiptFont::Normal, Language::Nl, ReceiptCopy::Customer },
        { "merchant-nl-58mm", PaperWidth::Mm58, ReceiptFont::Normal, Language::Nl, ReceiptCopy::Merchant },
        { "customer-fr-80mm", PaperWidth::Mm80, ReceiptFont::Normal, Language::Fr, ReceiptCopy::Customer },
        { "customer-en-80mm-small", PaperWidth::Mm80, ReceiptFont::Small, Language::En, ReceiptCopy::Customer },
        { "merchant-fr-58mm-small", PaperWidth::Mm58, ReceiptFont::Small, Language::Fr, ReceiptCopy::Merchant },
    };
    for (const Case& c : cases) {
        const QImage receipt = ReceiptRenderer::render(richLayout(c.paper, c.font), c.language, sample, c.copy);
        REQUIRE(receipt.format() == QImage::Format_Mono);
        CHECK(receipt.width() == paperDots(c.paper));
        checkGolden(receipt, QString::fromLatin1(c.name));
    }
    // What cannot be printed shows: a line too long is cut at the edge, an unprintable
    // character is an inverted "?".
    ReceiptLayout flawed = plainLayout(PaperWidth::Mm58, ReceiptFont::Normal);
    flawed.textsFor(Language::En).header
        = { { QStringLiteral("Open 7 days a week from 7 to 19 o'clock"), TextAlignment::Left, false, false },
              { QStringLiteral("Coffee ☕ and cake"), TextAlignment::Center, true, false } };
    checkGolden(
        ReceiptRenderer::render(flawed, Language::En, sample, ReceiptCopy::Customer), QStringLiteral("flawed-en-58mm"));
}

TEST_CASE(
    "Receipts: the customer's copy carries the footer, the merchant's does not; styles take their room", "[receipts]")
{
    const ReceiptSample sample = sampleTransaction();
    const ReceiptLayout layout = richLayout(PaperWidth::Mm80, ReceiptFont::Normal);
    const QImage customer = ReceiptRenderer::render(layout, Language::Nl, sample, ReceiptCopy::Customer);
    const QImage merchant = ReceiptRenderer::render(layout, Language::Nl, sample, ReceiptCopy::Merchant);
    // Three footer lines, one of them double height: 30 + 30 + 54 dots.
    CHECK(customer.height() - merchant.height() == 114);
    // The same layout in another language is another receipt.
    CHECK(ReceiptRenderer::render(layout, Language::Fr, sample, ReceiptCopy::Customer) != customer);
    // Rendering twice gives the same dots.
    CHECK(ReceiptRenderer::render(layout, Language::Nl, sample, ReceiptCopy::Customer) == customer);

    // A double-height line takes twice the glyph height; bold takes more dots.
    ReceiptLayout one = plainLayout(PaperWidth::Mm58, ReceiptFont::Normal);
    one.textsFor(Language::Nl).header = { { QStringLiteral("Welkom"), TextAlignment::Left, false, false } };
    const QImage plain = ReceiptRenderer::render(one, Language::Nl, sample, ReceiptCopy::Merchant);
    one.textsFor(Language::Nl).header.first().doubleHeight = true;
    CHECK(ReceiptRenderer::render(one, Language::Nl, sample, ReceiptCopy::Merchant).height() == plain.height() + 24);
    one.textsFor(Language::Nl).header.first() = { QStringLiteral("Welkom"), TextAlignment::Left, true, false };
    const QImage bold = ReceiptRenderer::render(one, Language::Nl, sample, ReceiptCopy::Merchant);
    CHECK(bold.height() == plain.height());
    CHECK(blackDots(bold) > blackDots(plain));

    // Alignment: the same line left, centred and right starts at 0, in the middle, at the end.
    const auto firstInk = [&](TextAlignment a) {
        ReceiptLayout l = plainLayout(PaperWidth::Mm58, ReceiptFont::Normal);
        l.textsFor(Language::Nl).header = { { QStringLiteral("IIII"), a, false, false } };
        const QImage img = ReceiptRenderer::render(l, Language::Nl, sample, ReceiptCopy::Merchant);
        int left = img.width();
        for (int y = 16; y < 16 + 24; ++y)
            for (int x = 0; x < img.width(); ++x)
                if (black(img, x, y))
                    left = std::min(left, x);
        return left;
    };
    const int l = firstInk(TextAlignment::Left), c = firstInk(TextAlignment::Center),
              r = firstInk(TextAlignment::Right);
    CHECK(l < 12);
    CHECK(c == l + (384 - 4 * 12) / 2);
    CHECK(r == l + 384 - 4 * 12);
}

TEST_CASE("Receipts: the logo prints as its 1-bit dots, centred", "[receipts]")
{
    const ReceiptLayout layout = richLayout(PaperWidth::Mm58, ReceiptFont::Normal);
    const QImage dots = ReceiptRenderer::logoDots(layout.logoPng);
    REQUIRE_FALSE(dots.isNull());
    CHECK(dots.width() <= 384);
    CHECK(dots.height() <= LogoSettings::kDefaultMaxHeight);
    const QImage receipt = ReceiptRenderer::render(layout, Language::Nl, sampleTransaction(), ReceiptCopy::Customer);
    const int x0 = (384 - dots.width()) / 2;
    int mismatches = 0;
    for (int y = 0; y < dots.height(); ++y)
        for (int x = 0; x < dots.width(); ++x)
            mismatches += black(dots, x, y) != black(receipt, x0 + x, 16 + y) ? 1 : 0;
    CHECK(mismatches == 0);
    CHECK(ReceiptRenderer::logoDots(QByteArray("not a png")).isNull());
}

// ---------------------------------------------------------------------------------------
// The font and the rules

TEST_CASE("Receipts: the embedded fonts draw every character of the receipt character set", "[receipts]")
{
    for (ReceiptFont size : { ReceiptFont::Normal, ReceiptFont::Small })
        for (bool bold : { false, true }) {
            const ReceiptBitmapFont& f = ReceiptBitmapFont::get(size, bold);
            REQUIRE(f.isValid());
            CHECK(f.width() == (size == ReceiptFont::Normal ? 12 : 8));
            CHECK(f.height() == (size == ReceiptFont::Normal ? 24 : 16));
            CHECK(f.width() <= receiptCellWidth(size));
            int printable = 0;
            for (char32_t c = 0; c < 0x3000; ++c)
                if (ReceiptRules::isPrintable(c)) {
                    ++printable;
                    INFO("U+" << std::hex << uint(c));
                    CHECK(f.hasGlyph(c));
                }
            CHECK(printable == 95 + 95 + 27); // ASCII, Latin-1 without the soft hyphen, Windows-1252's extras
        }
    CHECK_FALSE(ReceiptBitmapFont::fromPsf(QByteArray("not a font")).isValid());
    CHECK_FALSE(ReceiptBitmapFont::fromPsf(QByteArray()).isValid());
}

TEST_CASE("Receipts: line limits follow the paper width and the text size", "[receipts]")
{
    struct Case {
        PaperWidth paper;
        ReceiptFont font;
        int limit;
    };
    for (const Case c :
        { Case { PaperWidth::Mm58, ReceiptFont::Normal, 32 }, Case { PaperWidth::Mm80, ReceiptFont::Normal, 48 },
            Case { PaperWidth::Mm58, ReceiptFont::Small, 42 }, Case { PaperWidth::Mm80, ReceiptFont::Small, 64 } }) {
        INFO(int(c.paper) << " mm, font " << int(c.font));
        CHECK(receiptLineLimit(c.paper, c.font) == c.limit);
        ReceiptLayout l = plainLayout(c.paper, c.font);
        // Exactly the limit fits, with accents counted as one character; one more does not;
        // double height and bold do not change it.
        l.textsFor(Language::Fr).header
            = { { QString(c.limit - 1, QLatin1Char('x')) + QStringLiteral("é"), TextAlignment::Center, true, true } };
        CHECK(ReceiptRules::check(l).isEmpty());
        l.textsFor(Language::Fr).footer = { { QString(), TextAlignment::Left, false, false },
            { QString(c.limit + 1, QLatin1Char('y')), TextAlignment::Left, false, true } };
        const QList<ReceiptProblem> problems = ReceiptRules::check(l);
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].kind == ReceiptProblem::Kind::LineTooLong);
        CHECK(problems[0].language == Language::Fr);
        CHECK(problems[0].section == ReceiptSection::Footer);
        CHECK(problems[0].line == 1);
        CHECK(problems[0].message
            == QStringLiteral("Footer line 2 (French) has %1 characters: a line holds %2 here.")
                   .arg(c.limit + 1)
                   .arg(c.limit));
        // The rendered line is cut at the paper's edge: nothing is drawn outside.
        CHECK(ReceiptRenderer::render(l, Language::Fr, sampleTransaction(), ReceiptCopy::Customer).width()
            == paperDots(c.paper));
    }
    // Eight lines per section and language; nine are refused.
    ReceiptLayout l = plainLayout(PaperWidth::Mm80, ReceiptFont::Normal);
    for (int i = 0; i < kMaxReceiptLines; ++i)
        l.textsFor(Language::En).header.append({ QStringLiteral("Line %1").arg(i), TextAlignment::Left, false, false });
    CHECK(ReceiptRules::check(l).isEmpty());
    l.textsFor(Language::En).header.append({ QStringLiteral("One too many"), TextAlignment::Left, false, false });
    const QList<ReceiptProblem> problems = ReceiptRules::check(l);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].kind == ReceiptProblem::Kind::TooManyLines);
    CHECK(problems[0].message == QStringLiteral("The header in English has 9 lines: at most 8 are printed."));
}

TEST_CASE("Receipts: characters the terminals cannot print are found, and lookalikes offered", "[receipts]")
{
    CHECK(ReceiptRules::unprintableCharacters(QStringLiteral("Café, crème brûlée, Œuf, ß, 12 €, « oui », “yes” – … ©"))
              .isEmpty());
    CHECK(ReceiptRules::unprintableCharacters(QStringLiteral("Koffie ☕ en taart 🍰, Łódź\tok"))
        == QStringLiteral("☕🍰Łź\t")); // each once, in order
    CHECK(ReceiptRules::unprintableCharacters(QStringLiteral("Merci\u202f!")) == QStringLiteral("\u202f"));
    CHECK(ReceiptRules::unprintableCharacters(QStringLiteral("soft\u00adhyphen")) == QStringLiteral("\u00ad"));

    // Lookalikes: French narrow spaces become no-break spaces, accents outside the set their
    // base letter, ligatures their letters, hyphens and primes their ASCII forms; decomposed
    // accents are composed; what has no lookalike stays (and stays flagged).
    CHECK(ReceiptRules::printableVariant(QStringLiteral("Merci\u202f! Łódź – ﬁn ‐ 5′"))
        == QStringLiteral("Merci\u00a0! Lódz – fin - 5'"));
    CHECK(ReceiptRules::printableVariant(QStringLiteral("Cafe\u0301")) == QStringLiteral("Café"));
    CHECK(ReceiptRules::printableVariant(QStringLiteral("Koffie ☕")) == QStringLiteral("Koffie ☕"));
    CHECK(ReceiptRules::printableVariant(QStringLiteral("a\tb\u00adc")) == QStringLiteral("a bc"));

    ReceiptLayout l = plainLayout(PaperWidth::Mm58, ReceiptFont::Normal);
    l.textsFor(Language::Nl).footer = { { QStringLiteral("Tot ziens 👋"), TextAlignment::Left, false, false } };
    const QList<ReceiptProblem> problems = ReceiptRules::check(l);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].kind == ReceiptProblem::Kind::Unprintable);
    CHECK(problems[0].characters == QStringLiteral("👋"));
    CHECK(
        problems[0].message == QStringLiteral("Footer line 1 (Dutch) has characters the terminals cannot print: “👋”."));
    CHECK(ReceiptRules::describeCharacters(QStringLiteral("\t\u202f")) == QStringLiteral("U+0009, U+202F"));
    CHECK(ReceiptRules::length(QStringLiteral("👋é")) == 2);
}

TEST_CASE("Receipts: a logo too wide for the paper, too high, too large or not a PNG is a problem", "[receipts]")
{
    const auto png = [](int w, int h) {
        QImage mono(w, h, QImage::Format_Mono);
        mono.fill(0);
        return LogoProcessing::encodePng(mono);
    };
    CHECK(ReceiptRules::checkLogo(png(384, 100), PaperWidth::Mm58).isEmpty());
    CHECK(ReceiptRules::checkLogo(png(576, 576), PaperWidth::Mm80).isEmpty());
    const auto kinds = [](const QList<ReceiptProblem>& ps) {
        QList<ReceiptProblem::Kind> out;
        for (const ReceiptProblem& p : ps)
            out.append(p.kind);
        return out;
    };
    CHECK(
        kinds(ReceiptRules::checkLogo(png(385, 100), PaperWidth::Mm58)) == QList { ReceiptProblem::Kind::LogoTooWide });
    CHECK(ReceiptRules::checkLogo(png(385, 100), PaperWidth::Mm58).first().message
        == QStringLiteral("The logo is 385 dots wide: 58 mm paper prints 384. Make it narrower."));
    CHECK(
        kinds(ReceiptRules::checkLogo(png(200, 577), PaperWidth::Mm80)) == QList { ReceiptProblem::Kind::LogoTooTall });
    CHECK(kinds(ReceiptRules::checkLogo(QByteArray("GIF89a"), PaperWidth::Mm80))
        == QList { ReceiptProblem::Kind::LogoUnreadable });
    CHECK(kinds(ReceiptRules::checkLogo(QByteArray(kMaxLogoBytes + 1, 'x'), PaperWidth::Mm80))
        == QList { ReceiptProblem::Kind::LogoTooLarge });
    CHECK(ReceiptRules::checkLogo({}, PaperWidth::Mm58).isEmpty());
}

// ---------------------------------------------------------------------------------------
// Dithering

TEST_CASE(
    "Receipts: Floyd–Steinberg dithering is deterministic and follows brightness and threshold", "[receipts][golden]")
{
    // A left-to-right ramp from black to white.
    QImage ramp(384, 96, QImage::Format_Grayscale8);
    for (int y = 0; y < ramp.height(); ++y)
        for (int x = 0; x < ramp.width(); ++x)
            ramp.scanLine(y)[x] = uchar(x * 255 / (ramp.width() - 1));
    const QImage once = LogoProcessing::dither(ramp, 0, 128);
    REQUIRE(once.format() == QImage::Format_Mono);
    CHECK(LogoProcessing::dither(ramp, 0, 128) == once);
    checkGolden(once, QStringLiteral("dither-ramp"));
    checkGolden(
        LogoProcessing::make(emblem(), LogoSettings {}, PaperWidth::Mm80), QStringLiteral("dither-emblem-80mm"));

    // Flat greys come out with the matching share of black dots.
    for (int level : { 0, 32, 64, 128, 192, 255 }) {
        INFO("grey " << level);
        const QImage d = LogoProcessing::dither(grey(200, 200, level), 0, 128);
        const double share = double(blackDots(d)) / (200.0 * 200.0);
        CHECK(share == Approx(1.0 - level / 255.0).margin(0.01));
    }
    // Lighter with brightness, darker with a higher threshold; the extremes are flat.
    const QImage mid = grey(100, 100, 128);
    const int base = blackDots(LogoProcessing::dither(mid, 0, 128));
    CHECK(blackDots(LogoProcessing::dither(mid, 40, 128)) < base);
    CHECK(blackDots(LogoProcessing::dither(mid, -40, 128)) > base);
    CHECK(blackDots(LogoProcessing::dither(mid, 100, 128)) == 0);
    CHECK(blackDots(LogoProcessing::dither(mid, -100, 128)) > 100 * 100 * 99 / 100); // level 1: one white dot in 255
    CHECK(blackDots(LogoProcessing::dither(ramp, 0, 200)) > blackDots(once));
    CHECK(blackDots(LogoProcessing::dither(ramp, 0, 60)) < blackDots(once));

    // Transparent is paper white.
    QImage clear(50, 50, QImage::Format_ARGB32);
    clear.fill(Qt::transparent);
    CHECK(blackDots(LogoProcessing::dither(LogoProcessing::toGray(clear), 0, 128)) == 0);
}

TEST_CASE("Receipts: a logo is trimmed, cropped and scaled to the paper", "[receipts]")
{
    const QImage source = emblem(600, 320);
    // Trimmed to the emblem and its bar, then as wide as the paper unless that makes it
    // higher than 192 dots.
    const QRect used = LogoProcessing::usedRect(source, LogoSettings {});
    CHECK(used.left() > 60);
    CHECK(used.right() < 540);
    CHECK(used.top() > 0);
    for (PaperWidth paper : { PaperWidth::Mm58, PaperWidth::Mm80 }) {
        const QSize dots = LogoProcessing::dotsFor(used.size(), LogoSettings {}, paper);
        CHECK(dots.width() <= paperDots(paper));
        CHECK(dots.height() <= LogoSettings::kDefaultMaxHeight);
        CHECK((dots.width() == paperDots(paper) || dots.height() == LogoSettings::kDefaultMaxHeight));
        const QImage logo = LogoProcessing::make(source, LogoSettings {}, paper);
        CHECK(logo.size() == dots);
        // As a PNG it stays 1 bit and small, and prints as the same dots.
        const QByteArray png = LogoProcessing::encodePng(logo);
        CHECK(png.size() < 16 * 1024);
        CHECK(ReceiptRenderer::logoDots(png) == logo);
        CHECK(ReceiptRules::checkLogo(png, paper).isEmpty());
    }
    // A chosen width, never wider than the paper; the height keeps the proportions.
    LogoSettings s;
    s.width = 200;
    CHECK(LogoProcessing::dotsFor(QSize(400, 100), s, PaperWidth::Mm58) == QSize(200, 50));
    s.width = 900;
    CHECK(LogoProcessing::dotsFor(QSize(400, 100), s, PaperWidth::Mm58) == QSize(384, 96));
    CHECK(LogoProcessing::dotsFor(QSize(100, 2000), s, PaperWidth::Mm80) == QSize(29, 576));
    // A crop keeps only its part; no trim keeps the white margins.
    s = {};
    s.trim = false;
    CHECK(LogoProcessing::usedRect(source, s) == source.rect());
    s.crop = QRect(0, 0, 100, 100);
    CHECK(LogoProcessing::usedRect(source, s) == QRect(0, 0, 100, 100));
    s.trim = true;
    CHECK(LogoProcessing::usedRect(source, s).isEmpty()); // only white there: no logo
    CHECK(LogoProcessing::make(source, s, PaperWidth::Mm58).isNull());
    // Resampling keeps flat greys flat, up and down.
    const QImage flat = grey(97, 31, 77);
    for (const QSize size : { QSize(13, 7), QSize(300, 90) }) {
        const QImage r = LogoProcessing::resample(flat, size);
        REQUIRE(r.size() == size);
        bool allSame = true;
        for (int y = 0; y < r.height(); ++y)
            for (int x = 0; x < r.width(); ++x)
                allSame = allSame && r.constScanLine(y)[x] == 77;
        CHECK(allSame);
    }
}

// ---------------------------------------------------------------------------------------
// Importing logos

TEST_CASE("Receipts: PNG, JPEG, BMP and SVG logos are read", "[receipts]")
{
    const QImage source = emblem(600, 320);
    struct Case {
        const char* what;
        QByteArray data;
        QByteArray format;
        QSize size;
    };
    QImage big(3000, 1000, QImage::Format_RGB32);
    big.fill(qRgb(90, 90, 90));
    const Case cases[] = {
        { "PNG", pngFile(source), "png", QSize(600, 320) },
        { "JPEG", jpegFile(source), "jpeg", QSize(600, 320) },
        { "BMP", bmpFile(source), "bmp", QSize(600, 320) },
        { "SVG", svgFile(), "svg", QSize(LogoImport::kWorkingSide, LogoImport::kWorkingSide / 2) },
        { "large JPEG, read scaled down", jpegFile(big), "jpeg", QSize(LogoImport::kWorkingSide, 683) },
    };
    for (const Case& c : cases) {
        INFO(c.what);
        const LogoSource s = LogoImport::fromData(c.data);
        INFO(s.error.toStdString());
        REQUIRE(s.ok());
        CHECK(s.format == c.format);
        CHECK(s.image.size() == c.size);
        CHECK(s.image.format() == QImage::Format_ARGB32);
        CHECK_FALSE(LogoProcessing::make(s.image, LogoSettings {}, PaperWidth::Mm58).isNull());
    }
    // The SVG is drawn: its blue rectangle prints, the white circle inside does not.
    const QImage svg = LogoImport::fromData(svgFile()).image;
    CHECK(qGray(svg.pixel(200, 200)) < 128);
    CHECK(qGray(svg.pixel(1024, 512)) > 200);
    CHECK(qAlpha(svg.pixel(5, 5)) == 0);
    // From a file, too.
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("logo.png")));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(pngFile(source));
    f.close();
    CHECK(LogoImport::fromFile(f.fileName()).ok());
}

TEST_CASE("Receipts: files that cannot be a logo are refused with a message", "[receipts]")
{
    const QByteArray png = pngFile(emblem(600, 320));
    const QByteArray jpeg = jpegFile(emblem(600, 320));
    const QByteArray bmp = bmpFile(emblem(600, 320));
    QByteArray gzip("\x1f\x8b\x08\x00", 4);
    gzip += QByteArray(64, '\0');
    struct Case {
        const char* what;
        QByteArray data;
        const char* says;
    };
    const Case cases[] = {
        { "empty", QByteArray(), "The file is empty" },
        { "not an image: text", QByteArray("Bakkerij Janssens, Veldstraat 1, Gent\n"), "not an image" },
        { "not an image: random bytes", QByteArray::fromHex("00ff13377ac0de0102030405060708090a0b0c0d0e0f"),
            "not an image" },
        { "a PDF", QByteArray("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"), "This is a PDF file" },
        { "a GIF", QByteArray("GIF89a\x10\x00\x10\x00\x80\x00\x00", 13), "This is a GIF file" },
        { "too large in bytes", QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(int(LogoImport::kMaxFileBytes), '\0'),
            "a logo file may be at most 20 MB" },
        { "decompression bomb: 100,000 × 100,000", pngBomb(100000, 100000), "100000 × 100000 pixels: far too large" },
        { "decompression bomb: 9,000 × 9,000 (81 megapixels)", pngBomb(9000, 9000),
            "9000 × 9000 pixels: far too large" },
        { "truncated PNG", png.left(png.size() / 2), "incomplete" },
        { "truncated JPEG", jpeg.left(jpeg.size() * 2 / 3), "incomplete" },
        { "truncated BMP", bmp.left(bmp.size() / 2), "incomplete" },
        { "PNG cut inside its header", png.left(20), "damaged or incomplete" },
        { "damaged PNG data", png.left(60) + QByteArray(png.size() - 60, '\x55'), "damaged or incomplete" },
        { "compressed SVG", gzip, "compressed file" },
        { "SVG with entities (billion laughs)",
            QByteArray(
                "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]>"
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><text>&b;</text></svg>"),
            "declares XML entities" },
        { "broken SVG", QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect"),
            "SVG file cannot be read" },
        { "SVG without a size", QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>"), "no size" },
    };
    for (const Case& c : cases) {
        INFO(c.what);
        const LogoSource s = LogoImport::fromData(c.data);
        INFO(s.error.toStdString());
        CHECK_FALSE(s.ok());
        CHECK(s.image.isNull());
        CHECK(s.error.contains(QString::fromUtf8(c.says)));
    }

    // Files: missing, empty, too large — refused before being read.
    QTemporaryDir dir;
    CHECK(LogoImport::fromFile(dir.filePath(QStringLiteral("missing.png")))
              .error.contains(QStringLiteral("cannot be found")));
    QFile empty(dir.filePath(QStringLiteral("empty.png")));
    REQUIRE(empty.open(QIODevice::WriteOnly));
    empty.close();
    CHECK(LogoImport::fromFile(empty.fileName()).error.contains(QStringLiteral("The file is empty")));
    QFile huge(dir.filePath(QStringLiteral("huge.jpg")));
    REQUIRE(huge.open(QIODevice::WriteOnly));
    REQUIRE(huge.resize(LogoImport::kMaxFileBytes + 1)); // sparse: nothing is written
    huge.close();
    CHECK(LogoImport::fromFile(huge.fileName()).error.contains(QStringLiteral("20.0 MB")));
}
