// Dutch, French and English stay complete: every string the code shows is translated.
#include "core/enums.h"
#include "core/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

namespace {

struct TsMessage {
    QString context;
    QString source;
    bool numerus = false;
    QString type;              // "", "unfinished", "obsolete", "vanished"
    QStringList translations;  // one, or one per plural form
};

QList<TsMessage> readTs(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    QList<TsMessage> out;
    QString context;
    TsMessage m;
    QString element;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            element = xml.name().toString();
            if (element == QLatin1String("message")) {
                m = TsMessage{context, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), {}, {}};
            } else if (element == QLatin1String("translation")) {
                m.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!m.numerus)
                    m.translations.append(xml.readElementText());
            } else if (element == QLatin1String("numerusform")) {
                m.translations.append(xml.readElementText());
            } else if (element == QLatin1String("source")) {
                m.source = xml.readElementText();
            } else if (element == QLatin1String("name")) {
                context = xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            out.append(m);
        }
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    return out;
}

QString tsPath(const char* lang)
{
    return QStringLiteral(COMPTOIR_TS_DIR "/comptoir_%1.ts").arg(QLatin1String(lang));
}

} // namespace

TEST_CASE("Translations: every entry in nl, fr and en is finished and current")
{
    for (const char* lang : {"nl", "fr", "en"}) {
        INFO("comptoir_" << lang << ".ts");
        const QList<TsMessage> messages = readTs(tsPath(lang));
        CHECK(messages.size() > 100);
        for (const TsMessage& m : messages) {
            INFO(m.context.toStdString() << ": " << m.source.toStdString());
            CHECK(m.type.isEmpty());
            REQUIRE_FALSE(m.translations.isEmpty());
            for (const QString& t : m.translations)
                CHECK_FALSE(t.trimmed().isEmpty());
            // Placeholders survive translation.
            for (int n = 1; n <= 9; ++n) {
                const QString arg = QLatin1Char('%') + QString::number(n);
                if (m.source.contains(arg))
                    for (const QString& t : m.translations)
                        CHECK(t.contains(arg));
            }
        }
    }
}

TEST_CASE("Translations: lupdate finds no source string that a .ts file lacks")
{
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("fresh.ts"));
    QProcess lupdate;
    lupdate.start(QStringLiteral(COMPTOIR_LUPDATE),
                  {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-I"),
                   QStringLiteral(COMPTOIR_SRC_DIR), QStringLiteral("@" COMPTOIR_I18N_SOURCES), QStringLiteral("-ts"),
                   fresh});
    REQUIRE(lupdate.waitForFinished(120000));
    INFO(lupdate.readAllStandardError().toStdString());
    REQUIRE(lupdate.exitCode() == 0);
    QSet<QString> found;
    for (const TsMessage& m : readTs(fresh))
        found.insert(m.context + QLatin1Char('|') + m.source);
    REQUIRE(found.size() > 100);

    for (const char* lang : {"nl", "fr", "en"}) {
        QSet<QString> have;
        for (const TsMessage& m : readTs(tsPath(lang)))
            have.insert(m.context + QLatin1Char('|') + m.source);
        for (const QString& key : found) {
            INFO("missing from comptoir_" << lang << ".ts — run: cmake --build build --target update_translations");
            CHECK(have.contains(key));
        }
        for (const QString& key : have) {
            INFO("no longer in the sources, still in comptoir_" << lang << ".ts");
            CHECK(found.contains(key));
        }
    }
}

TEST_CASE("Translations: the embedded catalogues switch the portal's terms by language")
{
    auto& app = *QCoreApplication::instance();
    struct Expect {
        const char* locale;
        const char* manual;
        const char* success;
    };
    const Expect cases[] = {{"nl_BE", "Handmatige interventie", "Geslaagd"},
                            {"fr_BE", "Intervention manuelle", "Réussi"},
                            {"en_GB", "Manual intervention", "Success"}};
    for (const Expect& e : cases) {
        INFO(e.locale);
        comptoir::installTranslators(app, QLocale(QLatin1String(e.locale)));
        CHECK(comptoir::displayName(comptoir::TransactionStatus::ManualIntervention) == QString::fromUtf8(e.manual));
        CHECK(comptoir::displayName(comptoir::TransactionStatus::Success) == QString::fromUtf8(e.success));
    }
    comptoir::installTranslators(app, QLocale(QLocale::English));
}
