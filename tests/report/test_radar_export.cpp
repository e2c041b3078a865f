// The radar chart on its own: PNG at twice the natural size, SVG as well-formed vector XML with text.
#include "model_palette.h"
#include "radar_plot.h"
#include "report_export.h"
#include "report_test_support.h"

#include <QFile>
#include <QImage>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <cmath>
#include <gtest/gtest.h>

using namespace splitbench;
using namespace splitbench::report;
using namespace splitbench::report::test;

namespace {

/// Pixels within a small distance of `colour` (antialiased edges and fills blend, outlines do not).
int pixelsNear(const QImage &image, const QColor &colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2) {
            const QColor pixel = image.pixelColor(x, y);
            if (std::abs(pixel.red() - colour.red()) + std::abs(pixel.green() - colour.green()) +
                    std::abs(pixel.blue() - colour.blue()) <
                30)
                ++count;
        }
    return count;
}

TEST(ModelPalette, RepeatsAfterACycleAndLineStylesDifferWhereColoursRepeat)
{
    // The colours themselves are checked for colour-blind safety and contrast in tests/themes.
    for (int i = 1; i < kModelPaletteSize; ++i)
        EXPECT_NE(modelColor(i), modelColor(0)) << i;
    EXPECT_EQ(modelColor(8), modelColor(0));
    EXPECT_NE(modelPenStyle(0), modelPenStyle(1));
    for (int i = 0; i < 16; ++i)
        EXPECT_NE(modelPenStyle(i), modelPenStyle(i + kModelPaletteSize)) << i;
}

TEST(RadarExport, PngIsTwiceTheNaturalSizeAndShowsEveryModelsColour)
{
    const ReportContent content = contentFor(dataFile(QStringLiteral("provider-proposal.splitbench.json")));
    QImage image;
    ASSERT_TRUE(image.loadFromData(radarPng(content), "PNG"));
    const QSizeF mm = reportRadarNaturalSizeMm();
    EXPECT_EQ(image.width(), 2 * qRound(mm.width() * 96 / 25.4));
    EXPECT_EQ(image.height(), 2 * qRound(mm.height() * 96 / 25.4));
    EXPECT_NEAR(image.dotsPerMeterX(), 2 * 96 / 0.0254, 2);
    for (int m = 0; m < content.modelCount(); ++m)
        EXPECT_GT(pixelsNear(image, modelColor(m)), 200) << "model " << m << " is not visible";
    EXPECT_EQ(image.pixelColor(2, 2), QColor(Qt::white));
}

TEST(RadarExport, SvgIsWellFormedVectorWithTheLabelsAsText)
{
    const ReportContent content = contentWithTrickyModel();
    const QByteArray svg = radarSvg(content);
    ASSERT_FALSE(svg.isEmpty());
    QXmlStreamReader xml(svg);
    QStringList texts;
    int paths = 0;
    int images = 0;
    QString title;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QStringLiteral("text"))
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
        else if (xml.name() == QStringLiteral("title"))
            title = xml.readElementText();
        else if (xml.name() == QStringLiteral("path") || xml.name() == QStringLiteral("polyline"))
            ++paths;
        else if (xml.name() == QStringLiteral("image"))
            ++images;
    }
    ASSERT_FALSE(xml.hasError()) << xml.errorString().toStdString() << " at line " << xml.lineNumber();
    EXPECT_EQ(images, 0);
    EXPECT_GT(paths, 20);
    EXPECT_TRUE(title.contains(content.organisationName())) << title.toStdString();
    // Every label as text: names beside the left and right spokes are broken at their first space, one text
    // per line.
    QImage probe(10, 10, QImage::Format_ARGB32);
    const RadarPlot plot = reportRadar(content, &probe, QRectF(0, 0, 680, 620));
    for (int d = 0; d < content.dimensionCount(); ++d) {
        const QStringList lines = plot.labelText(d).split(u'\n');
        EXPECT_EQ(lines.join(u' '), content.dimension(d).shortName);
        for (const QString &line : lines)
            EXPECT_TRUE(texts.contains(line)) << line.toStdString() << " of " << content.dimension(d).shortName.toStdString();
    }
    EXPECT_TRUE(texts.filter(trickyModelName()).size() == 1) << texts.join(u'|').toStdString();
    EXPECT_TRUE(QSvgRenderer(svg).isValid());
}

TEST(RadarExport, ExportRadarWritesTheFileAndRefusesOtherFormats)
{
    const ReportContent content = contentFor(exampleProfilePaths().at(2));
    QTemporaryDir dir;
    for (const auto format : {ExportFormat::Png, ExportFormat::Svg}) {
        const QString path = dir.filePath(QStringLiteral("radar.") + exportSuffix(format));
        ASSERT_EQ(exportRadar(path, format, content), QString());
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        EXPECT_GT(file.size(), 5000);
    }
    const QString csv = dir.filePath(QStringLiteral("radar.csv"));
    EXPECT_FALSE(exportRadar(csv, ExportFormat::Csv, content).isEmpty());
    EXPECT_FALSE(QFileInfo::exists(csv));
}

} // namespace

TEST(RadarExport, TheReportsRadarDrawsTodaysSplitWhenTheProfileHasOne)
{
    QImage device(400, 400, QImage::Format_RGB32);
    const QRectF area(0, 0, 400, 400);
    // The manufacturer example records today's split; the small office does not.
    const RadarPlot withToday = reportRadar(contentFor(exampleProfilePaths().at(1)), &device, area);
    EXPECT_TRUE(withToday.isTodayShown());
    EXPECT_TRUE(withToday.todayLegendText().startsWith(QStringLiteral("Today (overall "))) << withToday.todayLegendText().toStdString();
    EXPECT_EQ(withToday.todayPolygon().size(), 20);
    const RadarPlot without = reportRadar(contentFor(exampleProfilePaths().at(0)), &device, area);
    EXPECT_FALSE(without.isTodayShown());
}
