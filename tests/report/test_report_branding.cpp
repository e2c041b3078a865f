// Whose report it is: Prepared by (name, company, contact, logo) and Prepared for, on the cover, in the footer and
// in the PDF's document information, read back with pdftotext, pdfinfo and pdftoppm.
#include "report_branding.h"
#include "report_export.h"
#include "report_test_support.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace splitbench;
using namespace splitbench::report;
using namespace splitbench::report::test;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QString pageText(const QString &pdf, int page)
{
    return collapsed(QString::fromUtf8(runTool(QStringLiteral(SPLITBENCH_TOOL_PDFTOTEXT),
                                               {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                                QString::number(page), pdf, QStringLiteral("-")})
                                           .out));
}

/// A square of pure orange: easy to find again in the rendered cover.
const QByteArray kOrangeLogo = R"(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 20" width="40" height="20">
<rect x="0" y="0" width="40" height="20" fill="#ff6600"/></svg>)";

} // namespace

TEST(ReportBranding, PreparedByAndForAreOnTheCoverInTheFooterAndInThePdfInfoAndTheLogoIsDrawn)
{
    QTemporaryDir dir;
    const QString logoPath = dir.filePath(QStringLiteral("logo.svg"));
    ASSERT_TRUE(writeFile(logoPath, kOrangeLogo));
    Loaded<Logo> logo = loadLogo(logoPath);
    ASSERT_TRUE(logo.ok()) << logo.error().toString().toStdString();
    EXPECT_EQ(logo.value().format, Logo::Format::Svg);

    ReportContent content = contentFor(exampleProfilePaths().at(1));
    content.profile.prepared = Prepared{QStringLiteral("Northfield Components GmbH")};
    content.preparedBy.name = QStringLiteral("Dana Reyes");
    content.preparedBy.company = QStringLiteral("Harbour IT");
    content.preparedBy.contact = QStringLiteral("dana@harbour-it.example");
    content.preparedBy.logo = std::make_shared<const Logo>(std::move(logo).value());
    const QString pdf = dir.filePath(QStringLiteral("branded.pdf"));
    ASSERT_TRUE(exportPdf(pdf, content).isEmpty());

    const QString cover = pageText(pdf, 1);
    EXPECT_TRUE(cover.contains(QStringLiteral("Prepared for Northfield Components GmbH"))) << cover.toStdString();
    EXPECT_TRUE(cover.contains(QStringLiteral("Prepared by Dana Reyes · Harbour IT · dana@harbour-it.example")))
        << cover.toStdString();
    EXPECT_TRUE(cover.contains(QStringLiteral("How to read this report"))) << "a branded cover still fits its page";
    const QString third = pageText(pdf, 3);
    EXPECT_TRUE(third.contains(QStringLiteral("Prepared by Harbour IT for Northfield Components GmbH"))) << third.toStdString();

    const QString info = QString::fromUtf8(runTool(QStringLiteral(SPLITBENCH_TOOL_PDFINFO), {pdf}).out);
    EXPECT_TRUE(info.contains(QRegularExpression(QStringLiteral("^Author:\\s+Dana Reyes, Harbour IT$"),
                                                 QRegularExpression::MultilineOption)))
        << info.toStdString();
    EXPECT_TRUE(info.contains(QStringLiteral("which fits Northfield Components GmbH"))) << info.toStdString();

    // The logo: the cover's top right is orange, and nothing else on the cover is.
    const ToolRun render = runTool(QStringLiteral(SPLITBENCH_TOOL_PDFTOPPM),
                                   {QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-f"), QStringLiteral("1"),
                                    QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-png"), pdf,
                                    dir.filePath(QStringLiteral("cover"))});
    ASSERT_EQ(render.exitCode, 0) << render.err.toStdString();
    QImage image(dir.filePath(QStringLiteral("cover-01.png")));
    if (image.isNull())
        image.load(dir.filePath(QStringLiteral("cover-1.png")));
    ASSERT_FALSE(image.isNull());
    int orangeRight = 0;
    int orangeLeft = 0;
    for (int y = 0; y < image.height() / 4; ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.red() > 230 && c.green() > 80 && c.green() < 130 && c.blue() < 40)
                ++(x > image.width() / 2 ? orangeRight : orangeLeft);
        }
    EXPECT_GT(orangeRight, 50) << "the logo is drawn at the top right";
    EXPECT_EQ(orangeLeft, 0);
}

TEST(ReportBranding, ALogoThatIsNotOneIsRefusedNamingTheFile)
{
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    ASSERT_TRUE(writeFile(text, "not a picture"));
    const Loaded<Logo> notImage = loadLogo(text);
    ASSERT_FALSE(notImage.ok());
    EXPECT_EQ(notImage.error().file, text);

    const QString broken = dir.filePath(QStringLiteral("broken.svg"));
    ASSERT_TRUE(writeFile(broken, "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect"));
    EXPECT_FALSE(loadLogo(broken).ok());

    const QString huge = dir.filePath(QStringLiteral("wide.png"));
    ASSERT_TRUE(QImage(Logo::kMaxPixels + 1, 4, QImage::Format_RGB32).save(huge));
    const Loaded<Logo> tooWide = loadLogo(huge);
    ASSERT_FALSE(tooWide.ok());
    EXPECT_TRUE(tooWide.error().message.contains(QString::number(Logo::kMaxPixels)));

    const QString png = dir.filePath(QStringLiteral("small.png"));
    QImage small(64, 32, QImage::Format_RGB32);
    small.fill(Qt::red);
    ASSERT_TRUE(small.save(png));
    const Loaded<Logo> ok = loadLogo(png);
    ASSERT_TRUE(ok.ok()) << ok.error().toString().toStdString();
    EXPECT_EQ(ok.value().format, Logo::Format::Image);
    EXPECT_EQ(ok.value().size, QSizeF(64, 32));

    EXPECT_FALSE(loadLogo(dir.filePath(QStringLiteral("missing.svg"))).ok());
}

// The branded report of the sample comparing two proposals, in English and (when SPLITBENCH_TRANSLATION_DE names
// splitbench_de.qm) in German: the cover names the preparer in the report's language. For a look, the PDFs are
// kept in SPLITBENCH_SCREENSHOT_DIR when it is set.
TEST(ReportBranding, TheBrandedCoverSpeaksTheReportsLanguage)
{
    QTemporaryDir scratch;
    ASSERT_TRUE(scratch.isValid());
    QString folder = qEnvironmentVariable("SPLITBENCH_SCREENSHOT_DIR");
    if (folder.isEmpty())
        folder = scratch.path();
    const QString logoPath = scratch.filePath(QStringLiteral("logo.svg"));
    ASSERT_TRUE(writeFile(logoPath, kOrangeLogo));
    Loaded<Logo> logo = loadLogo(logoPath);
    ASSERT_TRUE(logo.ok());
    PreparedBy preparedBy;
    preparedBy.name = QStringLiteral("Dana Reyes");
    preparedBy.company = QStringLiteral("Harbour IT");
    preparedBy.contact = QStringLiteral("dana@harbour-it.example");
    preparedBy.logo = std::make_shared<const Logo>(std::move(logo).value());

    QStringList languages{QStringLiteral("en")};
    QTranslator german;
    if (german.load(qEnvironmentVariable("SPLITBENCH_TRANSLATION_DE")))
        languages << QStringLiteral("de");
    const QString profilePath = QDir(QStringLiteral(SPLITBENCH_EXAMPLES))
                                    .filePath(QStringLiteral("proposals/brightwave-proposals.splitbench.json"));
    const QLocale locale; // the default, given back after the German pass
    for (const QString &language : languages) {
        if (language == QStringLiteral("de")) {
            // As the workbench does in German: its texts and its way of writing numbers.
            QCoreApplication::installTranslator(&german);
            QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        }
        const Catalogue &catalogue = Catalogue::builtIn(language);
        Loaded<Profile> profile = Profile::load(profilePath, catalogue);
        ASSERT_TRUE(profile.ok()) << profile.error().toString().toStdString();
        ReportContent content = ReportContent::make(catalogue, profile.value(), fixedDate());
        content.preparedBy = preparedBy;
        const QString pdf = QStringLiteral("%1/branded-%2.pdf").arg(folder, language);
        EXPECT_EQ(exportPdf(pdf, content), QString());
        const QString cover = pageText(pdf, 1);
        const QString preparedByLine = language == QStringLiteral("de")
                                           ? QStringLiteral("Erstellt von Dana Reyes · Harbour IT")
                                           : QStringLiteral("Prepared by Dana Reyes · Harbour IT");
        EXPECT_TRUE(cover.contains(preparedByLine)) << cover.toStdString();
        EXPECT_TRUE(cover.contains(QStringLiteral("Brightwave Digital"))) << cover.toStdString();
        QCoreApplication::removeTranslator(&german);
        QLocale::setDefault(locale);
    }
}
