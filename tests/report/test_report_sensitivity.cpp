// The report's sensitivity section: in the PDF, its figures against an independent core run, deterministic,
// and in words when no single trait changes the answer.
#include "fit_engine.h"
#include "model_palette.h"
#include "number_format.h"
#include "report_export.h"
#include "report_renderer.h"
#include "report_test_support.h"
#include "sensitivity.h"

#include <QBuffer>
#include <QFile>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <algorithm>
#include <cmath>
#include <map>
#include <memory>

using namespace splitbench;
using namespace splitbench::report;
using namespace splitbench::report::test;

namespace {

const QString kSection = QStringLiteral("Sensitivity");
const QString kHeading = QStringLiteral("How firm is the recommendation");

/// The report as text the way pdftotext reads it; `layout` keeps each printed line on one line.
QString pdfText(const ReportContent &content, bool layout = false)
{
    QTemporaryDir dir;
    EXPECT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    {
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(reportPdf(content));
    }
    QStringList arguments{QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")};
    if (layout)
        arguments.prepend(QStringLiteral("-layout"));
    const ToolRun run = runTool(QStringLiteral(SPLITBENCH_TOOL_PDFTOTEXT), arguments);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    return QString::fromUtf8(run.out);
}

/// Without any whitespace or hyphens, so a sentence matches however the page wrapped it (pdftotext drops the
/// hyphen of "co-managed" when a line breaks after it).
QString squashed(const QString &text)
{
    QString out;
    for (const QChar c : text)
        if (!c.isSpace() && c != u'-')
            out += c;
    return out;
}

/// The same analysis as the report's, run separately on the report's own inputs.
SensitivityAnalysis coreAnalysis(const ReportContent &content)
{
    return SensitivityAnalysis(FitEngine(content.catalogue), content.profile);
}

/// The laid-out pages of the sensitivity section (300 dpi A4, like the export).
struct SectionPages {
    QBuffer buffer;
    QPdfWriter writer{&buffer};
    std::unique_ptr<ReportRenderer> renderer;
    std::vector<const ReportPage *> pages;

    explicit SectionPages(const ReportContent &content)
    {
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        renderer = std::make_unique<ReportRenderer>(content, &writer);
        for (const ReportPage &page : renderer->layout().pages())
            if (page.section == kSection)
                pages.push_back(&page);
    }
    /// The first text item equal to `text`, or null.
    const ReportItem *find(const QString &text) const
    {
        for (const ReportPage *page : pages)
            for (const ReportItem &item : page->items)
                if (item.kind == ReportItem::Kind::Text && item.text == text)
                    return &item;
        return nullptr;
    }
    /// Every text item on the section's pages, in drawing order.
    QStringList texts() const
    {
        QStringList list;
        for (const ReportPage *page : pages)
            for (const ReportItem &item : page->items)
                if (item.kind == ReportItem::Kind::Text)
                    list << item.text;
        return list;
    }
};

QString percent(double fraction)
{
    return QString::number(fraction * 100.0, 'f', 1) + u'%';
}

class SensitivityPageTest : public ::testing::TestWithParam<std::string> {};

TEST_P(SensitivityPageTest, ThePdfHasTheSectionWithSeedSamplesAndTheCoresWinProbabilities)
{
    const ReportContent content = contentFor(QString::fromStdString(GetParam()));
    MonteCarloOptions options; // the report's defaults
    const MonteCarloResult core = *coreAnalysis(content).monteCarlo(options);
    ASSERT_EQ(core.samples, MonteCarloOptions::kDefaultSamples);
    ASSERT_EQ(static_cast<int>(core.winProbability.size()), content.modelCount());

    const QString text = pdfText(content);
    EXPECT_TRUE(text.contains(kHeading));
    // The count as the reader's locale writes it ("20,000"; "20000" from splitbench-cli, which uses C).
    EXPECT_TRUE(collapsed(text).contains(
        QStringLiteral("Monte Carlo: %1 samples, seed 1.").arg(formatCount(MonteCarloOptions::kDefaultSamples))))
        << collapsed(text).toStdString();
    EXPECT_TRUE(squashed(text).contains(squashed(core.sentence))) << core.sentence.toStdString();

    // The bars, read off the printed page: every model's name and the core's percentage, in model order.
    const QString lines = pdfText(content, true);
    const qsizetype from = lines.indexOf(QStringLiteral("How often each model comes out on top"));
    const qsizetype to = lines.indexOf(content.model(core.reference).name + QStringLiteral(" is recommended in"), from);
    ASSERT_GE(from, 0);
    ASSERT_GT(to, from);
    QString bars = lines.mid(from, to - from);
    QStringList printed;
    QStringList expected;
    const QRegularExpression share(QStringLiteral("\\d+\\.\\d%"));
    for (const QRegularExpressionMatch &match : share.globalMatch(bars))
        printed << match.captured();
    for (int m = 0; m < content.modelCount(); ++m)
        expected << percent(core.winProbability[static_cast<size_t>(m)]);
    EXPECT_EQ(printed, expected) << bars.toStdString();
    bars = squashed(bars.remove(share)); // a long name may wrap around its percentage
    qsizetype at = 0;
    for (int m = 0; m < content.modelCount(); ++m) {
        at = bars.indexOf(squashed(content.model(m).name), at);
        EXPECT_GE(at, 0) << content.model(m).name.toStdString() << " has no bar";
        at = std::max<qsizetype>(at, 0);
    }
}

TEST_P(SensitivityPageTest, EveryBreakevenSentenceHeadToHeadAndWhatWouldChangeTheAnswerArePrinted)
{
    const ReportContent content = contentFor(QString::fromStdString(GetParam()));
    const SensitivityAnalysis analysis = coreAnalysis(content);
    const QString text = squashed(pdfText(content));
    int flipping = 0;
    for (int t = 0; t < static_cast<int>(content.catalogue.traits.size()); ++t) {
        const TraitSweep sweep = analysis.sweep(t);
        if (sweep.breakevens.empty())
            continue;
        ++flipping;
        EXPECT_TRUE(text.contains(squashed(sweep.sentence))) << sweep.sentence.toStdString();
    }
    if (flipping == 0) {
        EXPECT_TRUE(text.contains(squashed(QStringLiteral("No single trait changes the answer"))));
    }
    const HeadToHead h2h = analysis.headToHead();
    EXPECT_TRUE(text.contains(squashed(h2h.firstSentence))) << h2h.firstSentence.toStdString();
    EXPECT_TRUE(text.contains(squashed(h2h.secondSentence))) << h2h.secondSentence.toStdString();
    const ChangeToFlip change = analysis.changeToFlip();
    EXPECT_TRUE(text.contains(squashed(change.traitSentence))) << change.traitSentence.toStdString();
    EXPECT_TRUE(text.contains(squashed(change.importanceSentence))) << change.importanceSentence.toStdString();
    EXPECT_TRUE(text.contains(squashed(change.modelsSentence))) << change.modelsSentence.toStdString();
}

TEST_P(SensitivityPageTest, TheTornadoHasARowPerMovingTraitInSwingOrderWithItsValues)
{
    const ReportContent content = contentFor(QString::fromStdString(GetParam()));
    const SensitivityAnalysis analysis = coreAnalysis(content);
    const std::vector<TornadoBar> bars = analysis.tornado();
    const SectionPages section(content);
    ASSERT_FALSE(section.pages.empty());
    if (std::all_of(bars.begin(), bars.end(), [](const TornadoBar &bar) { return bar.swing < 0.05; })) {
        // Two leading models that are copies of each other: no bar to draw, and the page says why.
        const QString text = section.texts().join(u' ');
        EXPECT_TRUE(text.contains(QStringLiteral("No trait moves the margin of"))) << text.toStdString();
        EXPECT_EQ(section.find(QStringLiteral("at 100")), nullptr);
        return;
    }
    double previousTop = -1;
    int drawn = 0;
    for (const TornadoBar &bar : bars) {
        if (bar.swing < 0.05)
            continue;
        ++drawn;
        const QString name = content.catalogue.traits.at(static_cast<size_t>(bar.trait)).name;
        const ReportItem *label = section.find(name);
        ASSERT_NE(label, nullptr) << name.toStdString() << " has no row";
        EXPECT_GT(label->rect.top(), previousTop) << name.toStdString() << " is out of swing order";
        previousTop = label->rect.top();
        // The margin at 0 and at 100 on the same row as the name.
        const auto signedText = [](double value) {
            const double rounded = std::round(value * 10.0) / 10.0 + 0.0;
            return (rounded > 0 ? QStringLiteral("+") : QString()) + QString::number(rounded, 'f', 1);
        };
        int onRow = 0;
        for (const ReportPage *page : section.pages)
            for (const ReportItem &item : page->items)
                if (item.kind == ReportItem::Kind::Text &&
                    std::abs(item.rect.center().y() - label->rect.center().y()) < label->rect.height() &&
                    (item.text == signedText(bar.low) || item.text == signedText(bar.high)))
                    ++onRow;
        EXPECT_GE(onRow, bar.low == bar.high ? 1 : 2) << name.toStdString();
    }
    EXPECT_NE(section.find(QStringLiteral("at 0")), nullptr);
    EXPECT_NE(section.find(QStringLiteral("at 100")), nullptr);
}

TEST_P(SensitivityPageTest, ModelBarsAndSwatchesCarryTheirModelsHatching)
{
    const ReportContent content = contentFor(QString::fromStdString(GetParam()));
    const SectionPages section(content);
    ASSERT_FALSE(section.pages.empty());
    std::map<QRgb, Qt::BrushStyle> patternOfColour;
    for (int model = 0; model < static_cast<int>(content.catalogue.models.size()); ++model)
        patternOfColour[modelColor(model).rgb()] = modelFillPattern(model);
    const double smallest = 0.8 / 25.4 * 300; // 0.8 mm at 300 dpi: smaller boxes stay plain
    int hatched = 0;
    for (const ReportPage *page : section.pages) {
        const auto hatchOver = [&](const QRectF &rect) {
            return std::find_if(page->items.begin(), page->items.end(), [&](const ReportItem &item) {
                return item.kind == ReportItem::Kind::Hatch && item.rect == rect;
            });
        };
        for (const ReportItem &item : page->items) {
            if (item.kind == ReportItem::Kind::Hatch) {
                ++hatched;
                // Every hatch lies on a box in the colour of a model with that pattern.
                const auto box = std::find_if(page->items.begin(), page->items.end(), [&](const ReportItem &other) {
                    return other.kind == ReportItem::Kind::Box && other.rect == item.rect &&
                           patternOfColour.count(other.color.rgb());
                });
                ASSERT_NE(box, page->items.end());
                EXPECT_EQ(patternOfColour[box->color.rgb()], item.pattern);
                EXPECT_NE(item.pattern, Qt::NoBrush);
            } else if (item.kind == ReportItem::Kind::Box && !item.border.isValid() &&
                       patternOfColour.count(item.color.rgb()) && item.rect.width() > smallest &&
                       item.rect.height() > smallest) {
                // Every solid box in a model's colour has that model's hatching (none for the first model).
                const bool hasHatch = hatchOver(item.rect) != page->items.end();
                EXPECT_EQ(hasHatch, patternOfColour[item.color.rgb()] != Qt::NoBrush)
                    << "box at " << item.rect.x() << ", " << item.rect.y();
            }
        }
    }
    if (content.catalogue.models.size() > 1) {
        EXPECT_GT(hatched, 0) << "the second model's legend swatch and win-probability bar are hatched";
    }
}

INSTANTIATE_TEST_SUITE_P(Profiles, SensitivityPageTest, ::testing::ValuesIn(profileParameters()),
                         profileParameterName);

TEST(SensitivityPage, TheSameProfileGivesTheSameTextAndAnotherSeedIsPrinted)
{
    const QString path = exampleProfilePaths().at(2); // a close call, so the Monte Carlo figures matter
    const QString first = pdfText(contentFor(path));
    const QString second = pdfText(contentFor(path));
    EXPECT_EQ(first, second);

    MonteCarloOptions options;
    options.samples = 700;
    options.seed = 42;
    const ReportContent base = contentFor(path);
    const ReportContent seeded = ReportContent::make(Catalogue::builtIn(), base.profile, fixedDate(), options);
    const MonteCarloResult core = *coreAnalysis(seeded).monteCarlo(options);
    const QString text = pdfText(seeded);
    EXPECT_TRUE(collapsed(text).contains(QStringLiteral("Monte Carlo: 700 samples, seed 42.")));
    EXPECT_TRUE(squashed(text).contains(squashed(core.sentence))) << core.sentence.toStdString();
    EXPECT_NE(text, first);
    // Threads never change the figures.
    options.threads = 1;
    EXPECT_EQ(pdfText(ReportContent::make(Catalogue::builtIn(), base.profile, fixedDate(), options)), text);
}

TEST(SensitivityPage, AProfileWithoutBreakevensSaysSoInWords)
{
    const ReportContent content = contentFor(exampleProfilePaths().at(1)); // manufacturer with a CIO
    const SensitivityAnalysis analysis = coreAnalysis(content);
    for (int t = 0; t < static_cast<int>(content.catalogue.traits.size()); ++t)
        ASSERT_TRUE(analysis.breakevens(t).empty()) << "the example changed: trait " << t << " has a breakeven";
    const QString text = collapsed(pdfText(content));
    const QString leader = content.model(content.result.recommended).name;
    EXPECT_TRUE(text.contains(
        QStringLiteral("No single trait changes the answer: moved anywhere from 0 to 100 with everything else as "
                       "it is, none of the 14 traits lets another model overtake %1.")
            .arg(leader)))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("No change to a single trait makes %1 lose its lead.").arg(leader)));
    // The tornado is still drawn: the traits move the margin without closing it.
    EXPECT_NE(SectionPages(content).find(QStringLiteral("at 100")), nullptr);
}

TEST(SensitivityPage, AProfileWithBreakevensListsTheClosestFirst)
{
    const ReportContent content = contentFor(exampleProfilePaths().at(2)); // growing agency: every trait flips
    const SensitivityAnalysis analysis = coreAnalysis(content);
    const QString text = squashed(pdfText(content));
    QString closest;
    double distance = 1e9;
    for (int t = 0; t < static_cast<int>(content.catalogue.traits.size()); ++t) {
        const TraitSweep sweep = analysis.sweep(t);
        for (const Breakeven &b : sweep.breakevens)
            if (std::abs(b.value - sweep.current) < distance) {
                distance = std::abs(b.value - sweep.current);
                closest = sweep.sentence;
            }
    }
    ASSERT_FALSE(closest.isEmpty());
    const qsizetype intro = text.indexOf(squashed(QStringLiteral("the closest breakeven first.")));
    ASSERT_GE(intro, 0);
    EXPECT_EQ(text.indexOf(squashed(closest), intro), intro + squashed(QStringLiteral("the closest breakeven first.")).size())
        << closest.toStdString();
}

TEST(SensitivityPage, ThreeModelsNameTheThirdModelThatTakesOverAndDrawItsThreat)
{
    // Acme, a near copy of Co-managed, leads Co-managed by 0.04 points; Fully managed is the real threat.
    const ReportContent content =
        contentFor(QStringLiteral(SPLITBENCH_SOURCE_DIR "/tests/sensitivity/data/three-models-clinic.splitbench.json"));
    ASSERT_EQ(content.modelCount(), 3);
    const QString text = collapsed(pdfText(content));
    EXPECT_TRUE(text.contains(QStringLiteral("Fully managed takes over from Acme if In-house IT capacity falls below "
                                             "41.3, Co-managed if In-house IT capacity rises above 84.4.")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Closest single-trait change that puts each other model on top: Fully "
                                             "managed if In-house IT capacity falls below 41.3 (now 45)")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Margin of Acme over the best other model"))) << text.toStdString();

    // The tornado draws the capacity bar, wide, in Fully managed's colour; the page names Fully managed as ahead.
    const SectionPages section(content);
    const ReportItem *capacity = section.find(content.catalogue.traits.at(static_cast<size_t>(
                                                                                content.catalogue.traitIndex(QStringLiteral("inhouse_capacity"))))
                                                  .name);
    ASSERT_NE(capacity, nullptr);
    EXPECT_NE(section.find(QStringLiteral("Fully managed ahead")), nullptr);
    EXPECT_NE(section.find(QStringLiteral("-31.4")), nullptr);
    double widest = 0;
    for (const ReportPage *page : section.pages)
        for (const ReportItem &item : page->items)
            if (item.kind == ReportItem::Kind::Box && std::abs(item.rect.center().y() - capacity->rect.center().y()) <
                                                           capacity->rect.height() / 2)
                widest = std::max(widest, item.rect.width());
    EXPECT_GT(widest, 300.0) << "the capacity bar is (almost) empty"; // at 300 dpi: more than 25 mm
}

TEST(SensitivityPage, ContentWithoutAnAnalysisHasNoSection)
{
    ReportContent content = contentFor(exampleProfilePaths().at(0));
    content.sensitivity.reset();
    EXPECT_TRUE(SectionPages(content).pages.empty());
}

} // namespace
