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
        EXPECT_GT(ts.messages.size(), 500u) << path.toStdString();
        EXPECT_EQ(QFileInfo(path).baseName(), QStringLiteral("splitbench_") + ts.language.section(u'_', 0, 0))
            << "the file name must name the language of <TS language=…>";
    }
}

TEST(TranslationFiles, EveryMessageIsTranslatedWithItsPlaceholdersAndAccelerators)
{
    for (const QString &path : tsFiles()) {
        const TsFile ts = readTs(path);
        // German, like English, has one singular and one plural form.
        const int numerusForms = ts.language.startsWith(QLatin1String("de")) ? 2 : -1;
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
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(SPLITBENCH_SOURCE_DIR));
        lupdate.start(QStringLiteral(SPLITBENCH_LUPDATE),
                      {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                       QStringLiteral("none"), QStringLiteral("core"), QStringLiteral("app"), QStringLiteral("-ts"),
                       copy});
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

} // namespace
