// Receipt benchmarks (issue 8): what the Receipts page does on every edit (render the
// customer's and the merchant's receipt), what the logo dialog does on every slider move
// (resample and dither the kept part), and importing a large photo as a logo. The page
// renders synchronously on the GUI thread, so an edit must cost well under a frame.
#include "reports/logoimage.h"
#include "reports/receiptrenderer.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QTimeZone>

#include <benchmark/benchmark.h>

using namespace comptoir;

namespace {

// A shaded disc on white, as a scanned or photographed logo would be.
QImage photo(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < width; ++x) {
            const int dx = x - width / 2, dy = y - height / 2, r = height / 3;
            const int v = dx * dx + dy * dy < r * r ? (x * 200 / width + y * 55 / height) : 255;
            line[x] = qRgb(v, (v + x) & 255, 255 - v / 2);
        }
    }
    return image;
}

ReceiptLayout layout(PaperWidth paper)
{
    ReceiptLayout l;
    l.locationId = QStringLiteral("loc-1");
    l.paperWidth = paper;
    l.logoPng = LogoProcessing::encodePng(LogoProcessing::make(photo(1200, 600), {}, paper));
    for (Language lang : kAllLanguages) {
        ReceiptTexts& t = l.textsFor(lang);
        for (int i = 0; i < kMaxReceiptLines; ++i) {
            t.header.append(
                { QStringLiteral("Header line %1 with some text").arg(i), TextAlignment::Center, i == 0, i == 0 });
            t.footer.append(
                { QStringLiteral("Footer line %1: exchanges in 14 days").arg(i), TextAlignment::Left, false, false });
        }
    }
    return l;
}

ReceiptSample sample()
{
    const Location loc { QStringLiteral("loc-1"), QStringLiteral("Bakkerij Het Gouden Hoofd"),
        QStringLiteral("Korenmarkt 12"), QStringLiteral("9000"), QStringLiteral("Gent"), QStringLiteral("BE"),
        QStringLiteral("Europe/Brussels"), 1 };
    return ReceiptSample::typical(
        loc, QStringLiteral("Kassa 1"), QDateTime(QDate(2026, 5, 14), QTime(12, 32), QTimeZone::utc()));
}

// One edit on the page: both copies of a full layout (logo, 8 + 8 lines) rendered.
void BM_RenderBothCopies(benchmark::State& state)
{
    const ReceiptLayout l = layout(state.range(0) == 80 ? PaperWidth::Mm80 : PaperWidth::Mm58);
    const ReceiptSample s = sample();
    for (auto _ : state) {
        QImage a = ReceiptRenderer::render(l, Language::Fr, s, ReceiptCopy::Customer);
        QImage b = ReceiptRenderer::render(l, Language::Fr, s, ReceiptCopy::Merchant);
        benchmark::DoNotOptimize(a);
        benchmark::DoNotOptimize(b);
    }
}
BENCHMARK(BM_RenderBothCopies)->Arg(58)->Arg(80)->Unit(benchmark::kMillisecond);

// One slider move in the logo dialog: from the grey working image (2048 pixels wide, kept
// by the dialog), the kept part found (trim), resampled to the paper and dithered.
void BM_LogoSliderMove(benchmark::State& state)
{
    const QImage gray = LogoProcessing::toGray(photo(2048, 1024));
    LogoSettings settings;
    settings.width = 576;
    for (auto _ : state) {
        QImage logo = LogoProcessing::makeFromGray(gray, settings, PaperWidth::Mm80);
        benchmark::DoNotOptimize(logo);
        settings.brightness = (settings.brightness + 7) % 100;
    }
}
BENCHMARK(BM_LogoSliderMove)->Unit(benchmark::kMillisecond);

void BM_DitherOnly(benchmark::State& state)
{
    const QImage gray = LogoProcessing::resample(LogoProcessing::toGray(photo(2048, 1024)), QSize(576, 576));
    for (auto _ : state) {
        QImage logo = LogoProcessing::dither(gray, 10, 128);
        benchmark::DoNotOptimize(logo);
    }
}
BENCHMARK(BM_DitherOnly)->Unit(benchmark::kMillisecond);

// Importing a 12-megapixel JPEG photo (read scaled to the 2048-pixel working size), then
// making the logo with the default settings.
void BM_ImportPhoto(benchmark::State& state)
{
    QByteArray jpeg;
    {
        QBuffer b(&jpeg);
        b.open(QIODevice::WriteOnly);
        photo(4000, 3000).save(&b, "JPEG", 90);
    }
    for (auto _ : state) {
        const LogoSource s = LogoImport::fromData(jpeg);
        QImage logo = LogoProcessing::make(s.image, {}, PaperWidth::Mm58);
        benchmark::DoNotOptimize(logo);
    }
    state.counters["jpeg_MiB"] = double(jpeg.size()) / (1024.0 * 1024.0);
}
BENCHMARK(BM_ImportPhoto)->Unit(benchmark::kMillisecond)->Iterations(5);

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
