// The model palette in the light and dark themes and on report paper: distinguishable with protanopia,
// deuteranopia and tritanopia, readable against the chart background, and backed by dashes and hatching.
#include "colour_vision.h"
#include "models/fit_table_model.h"
#include "model_palette.h"
#include "profile.h"
#include "profile_document.h"
#include "radar_chart.h"
#include "report_content.h"
#include "report_export.h"
#include "sweep_chart.h"
#include "theme.h"

#include <QApplication>
#include <QGraphicsPathItem>
#include <QLineSeries>
#include <QPen>

#include <gtest/gtest.h>

#include <set>
#include <utility>

using namespace splitbench;
using namespace splitbench::test;
using splitbench::gui::contrastRatio; // checked against WCAG's reference values below
using report::PaletteTone;

namespace {

// Thresholds, in CIEDE2000 units (about 2.3 is a just-noticeable difference between large patches side by side).
// Chart series are thin lines and small bars, seen apart and matched to a legend, which needs far more than a
// just-noticeable difference (Szafir 2017: the difference needed grows steeply as marks get smaller). 20 is
// about nine JNDs: two colours that far apart read as different colours, not shades of one.
// - The first four colours, which cover the two built-in models and two proposals (the usual comparison), keep
//   20 apart for normal vision and for each of the three dichromacies.
// - Eight colours that all stay 20 apart for every dichromat do not exist within the 3:1 contrast limit (a
//   dichromat sees a two-dimensional colour space), so all eight keep 10 apart (clearly visible side by side)
//   and any two that share a dash pattern keep 20 apart, as do the first four; the dash (and the hatching on
//   bars) then carries the difference where colour is weaker.
constexpr double kFirstFourDeltaE = 20.0;
constexpr double kSameDashDeltaE = 20.0;
constexpr double kAnyPairDeltaE = 10.0;
constexpr int kFirstFour = 4;
// WCAG 2.1 success criterion 1.4.11 (non-text contrast): graphical objects needed to understand content
// contrast at least 3:1 with what is next to them, here the chart background.
constexpr double kMinimumContrast = 3.0;
// WCAG 2.1 success criterion 1.4.3 (contrast, minimum): text, including table headers, at least 4.5:1.
constexpr double kTextContrast = 4.5;
constexpr int kMostModels = 2 + kMaxCustomModels; // the built-in models plus the custom ones a profile may hold

const char *toneName(PaletteTone tone)
{
    return tone == PaletteTone::Dark ? "dark" : "light";
}

struct WorstPair {
    double deltaE = 1e9;
    int first = -1;
    int second = -1;
    Vision vision = Vision::Normal;
};

/// The closest pair among `pairs` over every kind of vision.
template <typename Pairs>
WorstPair closest(PaletteTone tone, const Pairs &pairs)
{
    WorstPair worst;
    for (const auto &[i, j] : pairs)
        for (const Vision vision : kAllVisions) {
            const double d = deltaE2000(simulate(report::modelColor(i, tone), vision),
                                        simulate(report::modelColor(j, tone), vision));
            if (d < worst.deltaE)
                worst = {d, i, j, vision};
        }
    return worst;
}

std::vector<std::pair<int, int>> pairsBelow(int count)
{
    std::vector<std::pair<int, int>> pairs;
    for (int i = 0; i < count; ++i)
        for (int j = i + 1; j < count; ++j)
            pairs.emplace_back(i, j);
    return pairs;
}

std::string describe(const WorstPair &worst, PaletteTone tone)
{
    return std::string(toneName(tone)) + " palette: colours " + std::to_string(worst.first) + " (" +
           report::modelColor(worst.first, tone).name().toStdString() + ") and " + std::to_string(worst.second) +
           " (" + report::modelColor(worst.second, tone).name().toStdString() + ") are only " +
           std::to_string(worst.deltaE) + " apart with " + visionName(worst.vision);
}

QPalette themePalette(gui::ThemeChoice choice)
{
    gui::applyTheme(choice);
    return QApplication::palette();
}

} // namespace

// --- The colour science itself -------------------------------------------------------------------------------

TEST(ColourVision, Ciede2000MatchesSharmasReferenceData)
{
    // Pairs 1, 7 and 17 of Sharma, Wu & Dalal (2005), table 1.
    EXPECT_NEAR(deltaE2000({50, 2.6772, -79.7751}, {50, 0, -82.7485}), 2.0425, 1e-4);
    EXPECT_NEAR(deltaE2000({50, 0, 0}, {50, -1, 2}), 2.3669, 1e-4);
    EXPECT_NEAR(deltaE2000({50, 2.5, 0}, {73, 25, -18}), 27.1492, 1e-4);
}

TEST(ColourVision, LabAndContrastMatchKnownValues)
{
    const Lab white = toLab(Qt::white);
    EXPECT_NEAR(white.l, 100, 0.01);
    EXPECT_NEAR(white.a, 0, 0.01);
    EXPECT_NEAR(white.b, 0, 0.01);
    EXPECT_NEAR(toLab(QColor(0x77, 0x77, 0x77)).l, 50.0, 0.5);
    EXPECT_NEAR(contrastRatio(Qt::black, Qt::white), 21.0, 1e-9);
    EXPECT_NEAR(contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white), 4.54, 0.01); // WCAG's 4.5:1 grey
}

TEST(ColourVision, SimulationKeepsGreysAndCatchesConfusablePairs)
{
    for (const Vision vision : kAllVisions)
        EXPECT_LT(deltaE2000(simulate(QColor(0x80, 0x80, 0x80), vision), toLab(QColor(0x80, 0x80, 0x80))), 1.0)
            << visionName(vision);
    // A red/green pair far apart for most people collapses for deuteranopes; blue/purple for protanopes.
    const QColor red(0xD6, 0x27, 0x28), green(0x2C, 0xA0, 0x2C), blue(0x1F, 0x77, 0xB4), purple(0x94, 0x67, 0xBD);
    EXPECT_GT(deltaE2000(toLab(red), toLab(green)), 60);
    EXPECT_LT(deltaE2000(simulate(red, Vision::Deuteranopia), simulate(green, Vision::Deuteranopia)), 6);
    EXPECT_GT(deltaE2000(toLab(blue), toLab(purple)), 20);
    EXPECT_LT(deltaE2000(simulate(blue, Vision::Protanopia), simulate(purple, Vision::Protanopia)), 3);
}

// --- The palette ---------------------------------------------------------------------------------------------

TEST(ModelPaletteAccessibility, FirstFourColoursStayApartForEveryKindOfVision)
{
    for (const PaletteTone tone : {PaletteTone::Light, PaletteTone::Dark}) {
        const WorstPair worst = closest(tone, pairsBelow(kFirstFour));
        EXPECT_GE(worst.deltaE, kFirstFourDeltaE) << describe(worst, tone);
    }
}

TEST(ModelPaletteAccessibility, AllColoursStayVisiblyApartAndColoursSharingADashStayFarApart)
{
    for (const PaletteTone tone : {PaletteTone::Light, PaletteTone::Dark}) {
        const WorstPair any = closest(tone, pairsBelow(report::kModelPaletteSize));
        EXPECT_GE(any.deltaE, kAnyPairDeltaE) << describe(any, tone);

        std::vector<std::pair<int, int>> sameDash;
        for (const auto &[i, j] : pairsBelow(report::kModelPaletteSize))
            if (report::modelPenStyle(i) == report::modelPenStyle(j))
                sameDash.emplace_back(i, j);
        ASSERT_FALSE(sameDash.empty()); // eight colours, five dashes: some share one
        const WorstPair dash = closest(tone, sameDash);
        EXPECT_GE(dash.deltaE, kSameDashDeltaE) << describe(dash, tone) << ", and they share a dash pattern";
    }
}

TEST(ModelPaletteAccessibility, EveryColourContrastsThreeToOneWithItsChartBackground)
{
    // The backgrounds the charts really use: the themes' Base colour, which the GUI's palettes take from
    // chartBackground(), and white report paper.
    const std::pair<gui::ThemeChoice, PaletteTone> themes[] = {{gui::ThemeChoice::Light, PaletteTone::Light},
                                                              {gui::ThemeChoice::Dark, PaletteTone::Dark}};
    for (const auto &[choice, tone] : themes) {
        const QPalette palette = themePalette(choice);
        EXPECT_EQ(palette.color(QPalette::Base), report::chartBackground(tone)) << toneName(tone);
        for (int i = 0; i < report::kModelPaletteSize; ++i) {
            const QColor colour = report::modelColor(i, tone);
            EXPECT_GE(contrastRatio(colour, palette.color(QPalette::Base)), kMinimumContrast)
                << toneName(tone) << " colour " << i << " " << colour.name().toStdString();
        }
    }
    for (int i = 0; i < report::kModelPaletteSize; ++i)
        EXPECT_GE(contrastRatio(report::modelColor(i), Qt::white), kMinimumContrast) << "report colour " << i;
    gui::applyTheme(gui::ThemeChoice::Light);
}

TEST(CostComponentColours, ContrastThreeToOneAndNeighboursDifferInColourOrHatchingInBothTones)
{
    for (const PaletteTone tone : {PaletteTone::Light, PaletteTone::Dark}) {
        for (int c = 0; c < report::kCostComponentColours; ++c) {
            const QColor colour = report::costComponentColor(c, tone);
            EXPECT_GE(contrastRatio(colour, report::chartBackground(tone)), kMinimumContrast)
                << toneName(tone) << " component " << c << " " << colour.name().toStdString();
        }
        // Every two components (any two can touch in a stacked bar when those between are zero) differ in
        // hatching, or stay visibly apart for every kind of vision.
        for (int a = 0; a < report::kCostComponentColours; ++a)
            for (int b = a + 1; b < report::kCostComponentColours; ++b) {
                if (report::costComponentPattern(a) != report::costComponentPattern(b))
                    continue;
                for (const Vision vision : kAllVisions)
                    EXPECT_GE(deltaE2000(simulate(report::costComponentColor(a, tone), vision),
                                         simulate(report::costComponentColor(b, tone), vision)),
                              12.0)
                        << toneName(tone) << " components " << a << " and " << b << " look alike";
            }
    }
    EXPECT_EQ(report::costComponentColor(0), report::costComponentColor(0, PaletteTone::Light)); // the report's
}

TEST(ModelPaletteAccessibility, TheWorkbenchAndTheReportUseOnePalette)
{
    const QPalette light = themePalette(gui::ThemeChoice::Light);
    const QPalette dark = themePalette(gui::ThemeChoice::Dark);
    for (int i = 0; i < kMostModels; ++i) {
        EXPECT_EQ(gui::modelColor(i, light), report::modelColor(i, PaletteTone::Light)) << i;
        EXPECT_EQ(gui::modelColor(i, light), report::modelColor(i)) << i; // the report prints the light tone
        EXPECT_EQ(gui::modelColor(i, dark), report::modelColor(i, PaletteTone::Dark)) << i;
        EXPECT_EQ(gui::modelPenStyle(i), report::modelPenStyle(i)) << i;
    }
    gui::applyTheme(gui::ThemeChoice::Light);
}

TEST(ModelPaletteAccessibility, NoTwoModelsShareColourAndDashOrColourAndHatching)
{
    std::set<std::pair<QRgb, int>> dashes;
    std::set<std::pair<QRgb, int>> hatches;
    for (int i = 0; i < kMostModels; ++i) {
        const QRgb colour = report::modelColor(i).rgb();
        EXPECT_TRUE(dashes.emplace(colour, static_cast<int>(report::modelPenStyle(i))).second) << "model " << i;
        EXPECT_TRUE(hatches.emplace(colour, static_cast<int>(report::modelFillPattern(i))).second) << "model " << i;
    }
    // The first models differ in dash and hatching too, not only in colour.
    for (const auto &[i, j] : pairsBelow(kFirstFour)) {
        EXPECT_NE(report::modelPenStyle(i), report::modelPenStyle(j)) << i << ", " << j;
        EXPECT_NE(report::modelFillPattern(i), report::modelFillPattern(j)) << i << ", " << j;
    }
}

// --- The charts use them -------------------------------------------------------------------------------------

namespace {
/// The pens of the chart's line series named after a model (the outlines), in the order added.
std::vector<QPen> modelPens(const QChart &chart, const Catalogue &catalogue)
{
    std::vector<QPen> pens;
    for (QAbstractSeries *series : chart.series())
        if (auto *line = qobject_cast<QLineSeries *>(series))
            for (const ServiceModel &model : catalogue.models)
                if (line->name() == model.name)
                    pens.push_back(line->pen());
    return pens;
}

/// The radar's outline pens, one per model in catalogue order.
std::vector<QPen> modelPens(const gui::RadarChart &chart)
{
    std::vector<QPen> pens;
    for (int m = 0; m < chart.modelCount(); ++m)
        pens.push_back(chart.plot().outlinePen(m));
    return pens;
}

Catalogue catalogueWithTwoProposals()
{
    const Catalogue &base = Catalogue::builtIn();
    return withCustomModels(base, {CustomModel::copyOf(base, 0, QStringLiteral("proposal_a"), QStringLiteral("Proposal A")),
                                   CustomModel::copyOf(base, 1, QStringLiteral("proposal_b"), QStringLiteral("Proposal B"))});
}
} // namespace

TEST(ChartsWithoutColour, RadarOutlinesDifferInDashInBothThemes)
{
    const Catalogue catalogue = catalogueWithTwoProposals();
    for (const gui::ThemeChoice choice : {gui::ThemeChoice::Light, gui::ThemeChoice::Dark}) {
        const QPalette palette = themePalette(choice);
        gui::RadarChart chart;
        chart.setCatalogue(catalogue);
        chart.applyPalette(palette);
        const std::vector<QPen> pens = modelPens(chart);
        ASSERT_EQ(pens.size(), catalogue.models.size());
        std::set<int> styles;
        for (size_t m = 0; m < pens.size(); ++m) {
            EXPECT_EQ(pens[m].color(), gui::modelColor(static_cast<int>(m), palette)) << m;
            styles.insert(static_cast<int>(pens[m].style()));
        }
        EXPECT_EQ(styles.size(), pens.size()) << "two radar outlines share a dash pattern";
    }
    gui::applyTheme(gui::ThemeChoice::Light);
}

TEST(ChartsWithoutColour, SweepLinesDifferInDash)
{
    const Catalogue catalogue = catalogueWithTwoProposals();
    QStringList names;
    for (const ServiceModel &model : catalogue.models)
        names << model.name;
    gui::SweepChart chart;
    chart.setModels(names);
    chart.applyPalette(themePalette(gui::ThemeChoice::Dark));
    const std::vector<QPen> pens = modelPens(chart, catalogue);
    ASSERT_EQ(pens.size(), catalogue.models.size());
    std::set<int> styles;
    for (const QPen &pen : pens)
        styles.insert(static_cast<int>(pen.style()));
    EXPECT_EQ(styles.size(), pens.size());
    gui::applyTheme(gui::ThemeChoice::Light);
}

TEST(ChartsWithoutColour, ReportRadarDrawsTheSecondModelDashed)
{
    const Catalogue &catalogue = Catalogue::builtIn();
    const report::ReportContent content = report::ReportContent::make(catalogue, Profile::defaults(catalogue));
    const QString svg = QString::fromUtf8(report::radarSvg(content));
    ASSERT_FALSE(svg.isEmpty());
    EXPECT_TRUE(svg.contains(QStringLiteral("stroke-dasharray"))) << "no dashed outline in the report's radar";
    for (int m = 0; m < content.modelCount(); ++m)
        EXPECT_TRUE(svg.contains(report::modelColor(m).name(), Qt::CaseInsensitive)) << "model " << m;
}

// --- Text -----------------------------------------------------------------------------------------------------

TEST(TextContrast, EveryTextColourOfBothThemesReadsAtFourAndAHalfToOne)
{
    struct Pair {
        QPalette::ColorRole text;
        QPalette::ColorRole background;
        const char *what;
    };
    // Placeholder text is used for real text too (status lines, hints, chart axis labels), so it counts.
    const Pair pairs[] = {
        {QPalette::WindowText, QPalette::Window, "window text"},
        {QPalette::Text, QPalette::Base, "text"},
        {QPalette::Text, QPalette::AlternateBase, "text on alternate rows"},
        {QPalette::ButtonText, QPalette::Button, "button and header text"},
        {QPalette::ToolTipText, QPalette::ToolTipBase, "tooltip"},
        {QPalette::HighlightedText, QPalette::Highlight, "selected text"},
        {QPalette::Link, QPalette::Base, "link"},
        {QPalette::Link, QPalette::Window, "link on the window"},
        {QPalette::PlaceholderText, QPalette::Base, "placeholder"},
        {QPalette::PlaceholderText, QPalette::AlternateBase, "placeholder on alternate rows"},
        {QPalette::PlaceholderText, QPalette::Window, "hint on the window"},
        {QPalette::PlaceholderText, QPalette::Button, "hint on a button"},
    };
    for (gui::ThemeChoice choice : {gui::ThemeChoice::Light, gui::ThemeChoice::Dark}) {
        const QPalette palette = themePalette(choice);
        for (const Pair &pair : pairs) {
            const QColor text = palette.color(QPalette::Active, pair.text);
            const QColor background = palette.color(QPalette::Active, pair.background);
            EXPECT_GE(contrastRatio(text, background), kTextContrast)
                << gui::themeChoiceId(choice).toStdString() << " " << pair.what << ": " << text.name().toStdString()
                << " on " << background.name().toStdString();
        }
        for (Owner owner : {Owner::Provider, Owner::Internal, Owner::Shared})
            EXPECT_GE(contrastRatio(gui::ownerChipTextColor(owner, palette), gui::ownerChipColor(owner, palette)),
                      kTextContrast)
                << gui::themeChoiceId(choice).toStdString() << " owner chip " << static_cast<int>(owner);
    }
    gui::applyTheme(gui::ThemeChoice::Light);
}

TEST(TextContrast, FitTableHeadersInModelColoursReadAtFourAndAHalfToOne)
{
    // The fit table colours each model's column header like its chart line; the chart colours only reach
    // 3:1, so the headers take a darker (light theme) or lighter (dark theme) shade of the same hue.
    gui::ProfileDocument document(Catalogue::builtIn());
    while (document.modelCount() < report::kModelPaletteSize)
        document.duplicateModel(document.modelCount() - 1, QStringLiteral("Proposal %1").arg(document.modelCount()));
    ASSERT_EQ(document.modelCount(), report::kModelPaletteSize);
    const gui::FitTableModel table(&document);
    for (gui::ThemeChoice choice : {gui::ThemeChoice::Light, gui::ThemeChoice::Dark}) {
        const QPalette palette = themePalette(choice);
        for (int m = 0; m < document.modelCount(); ++m) {
            const QVariant foreground = table.headerData(table.modelColumn(m), Qt::Horizontal, Qt::ForegroundRole);
            ASSERT_TRUE(foreground.canConvert<QColor>()) << m;
            const QColor colour = foreground.value<QColor>();
            EXPECT_EQ(colour, gui::modelTextColor(m, palette));
            for (QPalette::ColorRole background :
                 {QPalette::Button, QPalette::Window, QPalette::Base, QPalette::AlternateBase})
                EXPECT_GE(contrastRatio(colour, palette.color(background)), kTextContrast)
                    << gui::themeChoiceId(choice).toStdString() << " model " << m << " " << colour.name().toStdString()
                    << " on " << palette.color(background).name().toStdString();
            // Still recognisably the model's colour: the same hue family as the chart line.
            const QColor chart = gui::modelColor(m, palette);
            if (chart.hslSaturationF() > 0.2f) {
                EXPECT_LT(std::abs(colour.hslHueF() - chart.hslHueF()), 0.02f) << "model " << m;
            }
        }
    }
    gui::applyTheme(gui::ThemeChoice::Light);
}
