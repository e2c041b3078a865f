// The Qt Linguist files: every message translated, placeholders and accelerators intact, and in step with
// the tr() calls in the sources (a new string without a translation fails here).
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

namespace {

struct Message {
    QString context;
    QString source;
    QString type; ///< The translation's type attribute: "", "unfinished", "obsolete", "vanished" …
    QStringList translations; ///< One, or one per numerus form.
    bool numerus = false;
};

struct TsFile {
    QString language;
    std::vector<Message> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message{context, {}, {}, {},
                              xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    if (xml.name() == QLatin1String("numerusform"))
                        message.translations << xml.readElementText();
                    else
                        xml.skipCurrentElement();
            } else {
                message.translations << xml.readElementText();
            }
            ts.messages.push_back(message);
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

QStringList tsFiles()
{
    const QDir dir(QStringLiteral(SPLITBENCH_SOURCE_DIR "/resources/translations"));
    QStringList files;
    for (const QString &name : dir.entryList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

/// The placeholders (%1 … %99, %n; %L1 counts as %1) of a text.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d{1,2}|n)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(1));
    return found;
}

/// How many keyboard accelerators (&x, not &&) a menu or label text has.
int accelerators(QString text)
{
    text.remove(QStringLiteral("&&"));
    static const QRegularExpression pattern(QStringLiteral("&[^\\s&]"));
    return static_cast<int>(text.count(pattern));
}

/// The English file holds only the plural forms of the texts with %n (lupdate -pluralonly): English is the
/// sources' language, and only "1 activity" / "2 activities" needs a translation.
bool pluralsOnly(const TsFile &ts)
{
    return ts.language.startsWith(QLatin1String("en"));
}

QString describe(const Message &m)
{
    return m.context + QStringLiteral(": \"") + m.source + u'"';
}

TEST(TranslationFiles, ThereIsAGermanTranslation)
{
    const QStringList files = tsFiles();
    EXPECT_TRUE(files.contains(QStringLiteral(SPLITBENCH_SOURCE_DIR "/resources/translations/splitbench_de.ts")))
        << files.join(u' ').toStdString();
    for (const QString &path : files) {
        const TsFile ts = readTs(path);
        EXPECT_TRUE(ts.error.isEmpty()) << path.toStdString() << ": " << ts.error.toStdString();
        if (pluralsOnly(ts)) {
            EXPECT_GE(ts.messages.size(), 2u) << path.toStdString();
            for (const Message &m : ts.messages)
                EXPECT_TRUE(m.numerus) << path.toStdString() << ": " << describe(m).toStdString();
        } else {
            EXPECT_GT(ts.messages.size(), 500u) << path.toStdString();
        }
        EXPECT_EQ(QFileInfo(path).baseName(), QStringLiteral("splitbench_") + ts.language.section(u'_', 0, 0))
            << "the file name must name the language of <TS language=…>";
    }
}

TEST(TranslationFiles, EveryMessageIsTranslatedWithItsPlaceholdersAndAccelerators)
{
    for (const QString &path : tsFiles()) {
        const TsFile ts = readTs(path);
        // German, like English, has one singular and one plural form.
        const int numerusForms =
            ts.language.startsWith(QLatin1String("de")) || ts.language.startsWith(QLatin1String("en")) ? 2 : -1;
        for (const Message &m : ts.messages) {
            SCOPED_TRACE(describe(m).toStdString());
            EXPECT_TRUE(m.type.isEmpty()) << "translation type=\"" << m.type.toStdString()
                                          << "\" (unfinished, obsolete and vanished entries are not allowed)";
            ASSERT_FALSE(m.translations.isEmpty());
            if (m.numerus && numerusForms > 0) {
                EXPECT_EQ(m.translations.size(), numerusForms);
            }
            for (const QString &translation : m.translations) {
                EXPECT_FALSE(translation.trimmed().isEmpty() && !m.source.trimmed().isEmpty()) << "empty translation";
                EXPECT_EQ(placeholders(translation), placeholders(m.source))
                    << "placeholders differ in \"" << translation.toStdString() << '"';
                EXPECT_EQ(accelerators(translation), accelerators(m.source))
                    << "accelerators differ in \"" << translation.toStdString() << '"';
                EXPECT_EQ(translation.endsWith(u'\n'), m.source.endsWith(u'\n')) << "final line break differs";
                EXPECT_EQ(translation.startsWith(u'\n'), m.source.startsWith(u'\n')) << "first line break differs";
            }
        }
    }
}

TEST(TranslationFiles, MatchTheTrCallsInTheSources)
{
    // lupdate over the same sources as the splitbench_lupdate target, into a scratch copy: every
    // (context, text) pair of the sources must be in the committed file, and nothing else.
    QTemporaryDir scratch;
    ASSERT_TRUE(scratch.isValid());
    for (const QString &path : tsFiles()) {
        const QString copy = scratch.filePath(QFileInfo(path).fileName());
        ASSERT_TRUE(QFile::copy(path, copy));
        QStringList arguments{QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                              QStringLiteral("none"), QStringLiteral("core"), QStringLiteral("app"),
                              QStringLiteral("-ts"), copy};
        if (pluralsOnly(readTs(path)))
            arguments.prepend(QStringLiteral("-pluralonly"));
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(SPLITBENCH_SOURCE_DIR));
        lupdate.start(QStringLiteral(SPLITBENCH_LUPDATE), arguments);
        ASSERT_TRUE(lupdate.waitForFinished(120000));
        ASSERT_EQ(lupdate.exitCode(), 0) << lupdate.readAllStandardError().toStdString();

        QSet<QString> committed;
        for (const Message &m : readTs(path).messages)
            committed.insert(describe(m));
        QSet<QString> current;
        for (const Message &m : readTs(copy).messages)
            current.insert(describe(m));
        QStringList missing = (current - committed).values();
        QStringList stale = (committed - current).values();
        missing.sort();
        stale.sort();
        EXPECT_TRUE(missing.isEmpty()) << QFileInfo(path).fileName().toStdString()
                                       << " lacks these texts; run `cmake --build --preset default --target "
                                          "splitbench_lupdate` and translate them:\n"
                                       << missing.join(u'\n').toStdString();
        EXPECT_TRUE(stale.isEmpty()) << QFileInfo(path).fileName().toStdString()
                                     << " has texts the sources no longer use; run splitbench_lupdate:\n"
                                     << stale.join(u'\n').toStdString();
    }
}

TEST(TranslationFiles, EveryCountedTextHasItsPluralFormsInEnglishAndGerman)
{
    // "1 activity(s)" is what a person sees when a count is written with "(s)" and no numerus forms: every text
    // with "(s)" must be a numerus text (tr(text, nullptr, n)), and the English file must give its forms.
    const TsFile german = readTs(QStringLiteral(SPLITBENCH_SOURCE_DIR "/resources/translations/splitbench_de.ts"));
    const TsFile english = readTs(QStringLiteral(SPLITBENCH_SOURCE_DIR "/resources/translations/splitbench_en.ts"));
    ASSERT_TRUE(german.error.isEmpty()) << german.error.toStdString();
    ASSERT_TRUE(english.error.isEmpty()) << english.error.toStdString();
    EXPECT_TRUE(pluralsOnly(english));
    QSet<QString> englishNumerus;
    for (const Message &m : english.messages) {
        englishNumerus.insert(describe(m));
        ASSERT_EQ(m.translations.size(), 2) << describe(m).toStdString();
        for (const QString &form : m.translations) {
            EXPECT_FALSE(form.contains(QLatin1String("(s)"))) << form.toStdString();
            EXPECT_TRUE(form.contains(QLatin1String("%n"))) << form.toStdString();
        }
        EXPECT_NE(m.translations[0], m.translations[1]) << "singular and plural are the same: " << describe(m).toStdString();
    }
    int numerus = 0;
    for (const Message &m : german.messages) {
        if (m.source.contains(QLatin1String("(s)"))) {
            EXPECT_TRUE(m.numerus) << "a count without numerus forms: " << describe(m).toStdString();
        }
        if (!m.numerus)
            continue;
        ++numerus;
        EXPECT_TRUE(englishNumerus.contains(describe(m))) << "no English plural forms: " << describe(m).toStdString();
        for (const QString &form : m.translations)
            EXPECT_FALSE(form.contains(QLatin1String("(s)")) || form.contains(QLatin1String("(en)")) ||
                         form.contains(QLatin1String("(e)")))
                << form.toStdString();
    }
    EXPECT_GE(numerus, 2);
}

} // namespace
