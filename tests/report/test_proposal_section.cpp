// The report's "Proposals side by side": one column per proposal with the usual ranges, markers on the figures
// outside them (in the table's cells, not only in the text), each proposal's findings as checkModel() words them,
// the bookmarks, tables of at most three proposals, and nothing at all for a profile without proposals.
#include "proposal_section.h"
#include "report_export.h"
#include "report_layout.h"
#include "report_renderer.h"
#include "report_test_support.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPdfWriter>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTranslator>

#include <gtest/gtest.h>
#include <memory>

using namespace splitbench;
using namespace splitbench::report;
using namespace splitbench::report::test;

namespace {

const QString kSection = QStringLiteral("Proposals side by side");
const QString kAlpha = QStringLiteral("Alpha IT proposal");
const QString kBravo = QStringLiteral("Bravo Systems offer");

/// Two proposals with known terms: Alpha (a copy of fully managed: it gives compliance away) with a long term, a
/// long notice and a slow P2 response; Bravo (a copy of co-managed: no findings) with every figure in range but
/// a fast P1 resolution.
Profile twoProposals()
{
    const Catalogue &catalogue = Catalogue::builtIn();
    Profile profile = Profile::defaults(catalogue);
    profile.name = QStringLiteral("Harbour Lane Accountants");
    CustomModel alpha = CustomModel::copyOf(catalogue, catalogue.modelIndex(QStringLiteral("fully_managed")),
                                            QStringLiteral("alpha"), kAlpha);
    ModelPricing alphaPrice = defaultPricing(QStringLiteral("fully_managed"));
    alphaPrice.termMonths = 60;
    alpha.pricing = alphaPrice;
    alpha.source = ModelSource{QStringLiteral("alpha-matrix.xlsx"), QStringLiteral("2026-12-01")};
    alpha.terms = ProposalTerms{6,
                                {ServiceLevel{QStringLiteral("P1"), 30, 4, Cover::AllHours},
                                 ServiceLevel{QStringLiteral("P2"), 480, 24, Cover::BusinessHours}}};
    CustomModel bravo = CustomModel::copyOf(catalogue, catalogue.modelIndex(QStringLiteral("co_managed")),
                                            QStringLiteral("bravo"), kBravo);
    ModelPricing bravoPrice = defaultPricing(QStringLiteral("co_managed"));
    bravoPrice.termMonths = 24;
    bravo.pricing = bravoPrice;
    bravo.terms = ProposalTerms{2, {ServiceLevel{QStringLiteral("p1"), 15, 1, Cover::Extended}}};
    profile.customModels = {alpha, bravo};
    return profile;
}

ReportContent twoProposalContent()
{
    return ReportContent::make(Catalogue::builtIn(), twoProposals(), fixedDate());
}

struct LaidOut {
    explicit LaidOut(const ReportContent &content, QPageSize::PageSizeId size = QPageSize::A4)
    {
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(size), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        renderer = std::make_unique<ReportRenderer>(content, &writer);
    }
    const ReportLayout &layout() const { return renderer->layout(); }
    /// The text items on the section's pages inside the content area, in drawing order.
    std::vector<ReportItem> sectionItems() const
    {
        std::vector<ReportItem> items;
        for (const ReportPage &page : layout().pages())
            if (page.section == kSection)
                for (const ReportItem &item : page.items)
                    if (item.kind == ReportItem::Kind::Text && layout().frame().content.contains(item.rect.center()))
                        items.push_back(item);
        return items;
    }
    QString sectionText() const
    {
        QStringList texts;
        for (const ReportItem &item : sectionItems())
            texts << item.text;
        return collapsed(texts.join(u' '));
    }
    int sectionPages() const
    {
        int n = 0;
        for (const ReportPage &page : layout().pages())
            n += page.section == kSection ? 1 : 0;
        return n;
    }
    mutable QBuffer buffer;
    mutable QPdfWriter writer{&buffer};
    std::unique_ptr<ReportRenderer> renderer;
};

const ProposalRow *rowLabelled(const ProposalComparison &comparison, const QString &label)
{
    for (const ProposalRow &row : comparison.rows)
        if (row.label == label)
            return &row;
    return nullptr;
}

} // namespace

TEST(ProposalSection, TwoProposalsGetTheSectionOnItsOwnPagesWithBothNamesAfterTheCosts)
{
    const ReportContent content = twoProposalContent();
    const LaidOut report(content);
    ASSERT_GE(report.sectionPages(), 1);
    const QString text = report.sectionText();
    EXPECT_TRUE(text.startsWith(kSection)) << text.left(200).toStdString();
    EXPECT_TRUE(text.contains(kAlpha));
    EXPECT_TRUE(text.contains(kBravo));
    EXPECT_TRUE(text.contains(QStringLiteral("Usual range")));
    EXPECT_TRUE(text.contains(QStringLiteral("alpha-matrix.xlsx imported 1 December 2026"))) << text.toStdString();
    QStringList sections;
    for (const ReportPage &page : report.layout().pages())
        if (sections.isEmpty() || sections.back() != page.section)
            sections << page.section;
    const qsizetype at = sections.indexOf(kSection);
    ASSERT_GT(at, 0);
    EXPECT_EQ(sections.at(at - 1), QStringLiteral("What it costs"));
    EXPECT_EQ(sections.count(kSection), 1);
}

TEST(ProposalSection, FiguresOutsideTheUsualRangeAndOnlyThoseCarryTheMarkerAndTheColour)
{
    const ReportContent content = twoProposalContent();
    const ProposalComparison comparison = ProposalSection::comparison(content);
    ASSERT_EQ(comparison.proposalCount(), 2);
    EXPECT_EQ(comparison.proposals[0].name, kAlpha);
    using Flag = ProposalFigure::Flag;
    const auto flags = [&](const QString &label) {
        const ProposalRow *row = rowLabelled(comparison, label);
        EXPECT_NE(row, nullptr) << label.toStdString();
        return row ? std::pair(row->figures.at(0).flag, row->figures.at(1).flag) : std::pair(Flag::None, Flag::None);
    };
    EXPECT_EQ(flags(QStringLiteral("Contract term")), std::pair(Flag::Above, Flag::None));
    EXPECT_EQ(flags(QStringLiteral("Notice period")), std::pair(Flag::Above, Flag::None));
    EXPECT_EQ(flags(QStringLiteral("P1 response")), std::pair(Flag::None, Flag::None));
    EXPECT_EQ(flags(QStringLiteral("P1 resolution")), std::pair(Flag::None, Flag::Below));
    EXPECT_EQ(flags(QStringLiteral("P2 response")), std::pair(Flag::Above, Flag::None));
    EXPECT_EQ(flags(QStringLiteral("P2 resolution")), std::pair(Flag::None, Flag::None));
    // Bravo names no P2: "not stated", never flagged. The priorities come in order, P1 before P2.
    EXPECT_EQ(rowLabelled(comparison, QStringLiteral("P2 response"))->figures.at(1).text, QStringLiteral("not stated"));
    EXPECT_LT(rowLabelled(comparison, QStringLiteral("P1 cover")), rowLabelled(comparison, QStringLiteral("P2 response")));
    EXPECT_EQ(rowLabelled(comparison, QStringLiteral("Contract term"))->usual, QStringLiteral("12–36 months"));

    // The laid-out table: the marker sits in the same cell as the figure, in the flag's colour; an in-range
    // figure has neither.
    const LaidOut report(content);
    const QString above = flagMarker(Flag::Above);
    const QString below = flagMarker(Flag::Below);
    bool sawTerm = false;
    bool sawFastResolution = false;
    bool sawPlainTerm = false;
    for (const ReportItem &item : report.sectionItems()) {
        if (item.text == QStringLiteral("60 months") + QChar(0x00A0) + above) {
            sawTerm = true;
            EXPECT_EQ(item.color, flagColor(Flag::Above));
        }
        if (item.text == QStringLiteral("1 h") + QChar(0x00A0) + below) {
            sawFastResolution = true;
            EXPECT_EQ(item.color, flagColor(Flag::Below));
        }
        if (item.text.startsWith(QStringLiteral("24 months"))) {
            sawPlainTerm = true;
            EXPECT_EQ(item.text, QStringLiteral("24 months")) << "an in-range term has no marker";
            EXPECT_NE(item.color, flagColor(Flag::Above));
        }
        // Markers only ever follow a flagged figure, in its colour (the legend and the findings' list, whose
        // markers stand alone in the hang, aside).
        if (item.text.endsWith(above) && item.text.size() < 20 && item.text != above) {
            EXPECT_EQ(item.color, flagColor(Flag::Above)) << item.text.toStdString();
        }
    }
    EXPECT_TRUE(sawTerm);
    EXPECT_TRUE(sawFastResolution);
    EXPECT_TRUE(sawPlainTerm);
    EXPECT_TRUE(report.sectionText().contains(collapsed(ProposalSection::legend())));
}

TEST(ProposalSection, EachProposalsFindingsAreCheckModelsWordsOrNoFindings)
{
    const ReportContent content = twoProposalContent();
    const LaidOut report(content);
    const QString text = report.sectionText();
    const ProposalComparison comparison = ProposalSection::comparison(content);
    for (const ProposalReview &review : comparison.proposals) {
        EXPECT_EQ(review.findings, checkModel(content.catalogue, review.model));
        EXPECT_TRUE(text.contains(collapsed(ProposalSection::findingsTitle(review.name))));
        for (const Finding &finding : review.findings) {
            EXPECT_TRUE(text.contains(collapsed(finding.text))) << finding.text.toStdString();
            EXPECT_TRUE(text.contains(collapsed(finding.why))) << finding.why.toStdString();
        }
        for (const TermFlag &flag : review.flags)
            EXPECT_TRUE(text.contains(collapsed(flag.text))) << flag.text.toStdString();
    }
    // Alpha gives compliance away; Bravo's split has nothing to flag, only its fast P1 resolution.
    EXPECT_FALSE(comparison.proposals[0].findings.empty());
    EXPECT_TRUE(comparison.proposals[1].findings.empty());
    EXPECT_TRUE(text.contains(QStringLiteral("No findings in the split of the work.")));

    // A proposal with neither findings nor terms outside the ranges says so in two words.
    Profile plain = twoProposals();
    plain.customModels[1].terms.reset();
    plain.customModels[1].pricing.reset();
    const LaidOut plainReport(ReportContent::make(Catalogue::builtIn(), plain, fixedDate()));
    EXPECT_TRUE(plainReport.sectionText().contains(
        collapsed(ProposalSection::findingsTitle(kBravo) + u' ' + ProposalSection::noFindingsText())))
        << plainReport.sectionText().toStdString();
}

TEST(ProposalSection, TheRecommendationIsNamedAsAProposalOrNot)
{
    const ReportContent content = twoProposalContent();
    const ProposalComparison comparison = ProposalSection::comparison(content);
    const int best = content.result.recommended;
    const bool custom = content.model(best).isCustom();
    EXPECT_EQ(comparison.recommendation.contains(QStringLiteral("is one of these proposals")), custom)
        << comparison.recommendation.toStdString();
    // Fit row: the recommended model's cell says so, in bold; every cell has the rank.
    const ProposalRow *fit = rowLabelled(comparison, QStringLiteral("Overall fit (0–100)"));
    ASSERT_NE(fit, nullptr);
    for (int p = 0; p < comparison.proposalCount(); ++p) {
        const ProposalFigure &figure = fit->figures.at(static_cast<size_t>(p));
        EXPECT_TRUE(figure.text.contains(QStringLiteral("rank "))) << figure.text.toStdString();
        EXPECT_EQ(figure.strong, comparison.proposals[static_cast<size_t>(p)].model == best);
    }
}

TEST(ProposalSection, TheBookmarkLeadsToTheSectionsPageWithEachProposalsFindingsBelowIt)
{
    const ReportContent content = twoProposalContent();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("proposals.pdf"));
    ASSERT_TRUE(exportPdf(path, content).isEmpty());
    const ToolRun json = runTool(QStringLiteral(SPLITBENCH_TOOL_QPDF),
                                 {QStringLiteral("--json=2"), QStringLiteral("--json-key=outlines"), path});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonArray outlines = QJsonDocument::fromJson(json.out).object().value(QStringLiteral("outlines")).toArray();
    const auto pageText = [&](int page) {
        const ToolRun text = runTool(QStringLiteral(SPLITBENCH_TOOL_PDFTOTEXT),
                                     {QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-f"),
                                      QString::number(page), QStringLiteral("-l"), QString::number(page), path,
                                      QStringLiteral("-")});
        return collapsed(QString::fromUtf8(text.out));
    };
    bool found = false;
    for (const QJsonValue &value : outlines) {
        const QJsonObject section = value.toObject();
        if (section.value(QStringLiteral("title")).toString() != kSection)
            continue;
        found = true;
        const int page = section.value(QStringLiteral("destpageposfrom1")).toInt();
        const QString text = pageText(page);
        EXPECT_TRUE(text.contains(kSection + u' ' + QStringLiteral("The providers"))) << text.left(300).toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("Usual range")));
        QStringList kids;
        for (const QJsonValue &kid : section.value(QStringLiteral("kids")).toArray()) {
            const QString title = kid.toObject().value(QStringLiteral("title")).toString();
            kids << title;
            const int kidPage = kid.toObject().value(QStringLiteral("destpageposfrom1")).toInt();
            EXPECT_GE(kidPage, page);
            EXPECT_TRUE(pageText(kidPage).contains(collapsed(title))) << title.toStdString() << " on page " << kidPage;
        }
        EXPECT_EQ(kids, QStringList({ProposalSection::findingsTitle(kAlpha), ProposalSection::findingsTitle(kBravo)}));
    }
    EXPECT_TRUE(found) << json.out.toStdString();
}

TEST(ProposalSection, AProfileWithoutProposalsGetsNothingAtAll)
{
    const ReportContent content = contentFor(exampleProfilePaths().at(1)); // the manufacturer
    ASSERT_TRUE(content.profile.customModels.empty());
    EXPECT_TRUE(ProposalSection::comparison(content).isEmpty());
    const LaidOut report(content);
    // Not a block appended, so not a page more: the report is the one it was before the section existed.
    std::vector<BlockPtr> blocks;
    Flow flow(&report.writer, report.layout().frame());
    ProposalSection(content, flow, ReportFonts{}, TableStyle{}).compose(blocks);
    EXPECT_TRUE(blocks.empty());
    EXPECT_EQ(report.sectionPages(), 0);
    for (const ReportPage &page : report.layout().pages())
        for (const OutlineEntry &entry : page.outline)
            EXPECT_NE(entry.title, kSection);
}

TEST(ProposalSection, FiveProposalsMakeTwoTablesOfThreeAndTwo)
{
    using Chunks = std::vector<std::pair<int, int>>;
    EXPECT_EQ(ProposalSection::tableChunks(1), Chunks({{0, 1}}));
    EXPECT_EQ(ProposalSection::tableChunks(3), Chunks({{0, 3}}));
    EXPECT_EQ(ProposalSection::tableChunks(4), Chunks({{0, 2}, {2, 2}}));
    EXPECT_EQ(ProposalSection::tableChunks(5), Chunks({{0, 3}, {3, 2}}));
    EXPECT_EQ(ProposalSection::tableChunks(8), Chunks({{0, 3}, {3, 3}, {6, 2}}));

    Profile profile = twoProposals();
    for (int i = 3; i <= 5; ++i) {
        CustomModel more = profile.customModels[static_cast<size_t>(i % 2)];
        more.id = QStringLiteral("proposal%1").arg(i);
        more.name = QStringLiteral("Proposal number %1").arg(i);
        profile.customModels.push_back(more);
    }
    const ReportContent content = ReportContent::make(Catalogue::builtIn(), profile, fixedDate());
    ASSERT_EQ(ProposalSection::comparison(content).proposalCount(), 5);
    for (const QPageSize::PageSizeId size : {QPageSize::A4, QPageSize::Letter}) {
        const LaidOut report(content, size);
        const QString text = report.sectionText();
        const qsizetype first = text.indexOf(QStringLiteral("Proposals 1 to 3 of 5"));
        const qsizetype second = text.indexOf(QStringLiteral("Proposals 4 to 5 of 5"));
        ASSERT_GE(first, 0) << text.toStdString();
        ASSERT_GT(second, first);
        // Each table has its own header with its proposals and the usual range.
        const QString one = text.mid(first, second - first);
        const QString two = text.mid(second);
        EXPECT_TRUE(one.contains(kAlpha) && one.contains(kBravo) && one.contains(QStringLiteral("Proposal number 3")));
        EXPECT_FALSE(one.contains(QStringLiteral("Proposal number 4")));
        EXPECT_TRUE(two.contains(QStringLiteral("Proposal number 4")) && two.contains(QStringLiteral("Proposal number 5")));
        EXPECT_TRUE(one.contains(QStringLiteral("Usual range")) && two.contains(QStringLiteral("Usual range")));
    }
}

// Writes the section for a look (docs: render what you change): the sample profile with the two sample proposals
// and five proposals, on A4 and Letter, kept in SPLITBENCH_SCREENSHOT_DIR when set; in German too when
// SPLITBENCH_TRANSLATION_DE names splitbench_de.qm.
TEST(ProposalSection, WritesReportsForALook)
{
    QTemporaryDir scratch;
    ASSERT_TRUE(scratch.isValid());
    QString folder = qEnvironmentVariable("SPLITBENCH_SCREENSHOT_DIR");
    if (folder.isEmpty())
        folder = scratch.path();
    QStringList languages{QStringLiteral("en")};
    QTranslator german;
    if (german.load(qEnvironmentVariable("SPLITBENCH_TRANSLATION_DE")))
        languages << QStringLiteral("de");
    const QString sample = QFileInfo(exampleProfilePaths().at(0)).dir().filePath(
        QStringLiteral("proposals/brightwave-proposals.splitbench.json"));
    Profile five = twoProposals();
    for (int i = 3; i <= 5; ++i) {
        CustomModel more = five.customModels[static_cast<size_t>(i % 2)];
        more.id = QStringLiteral("proposal%1").arg(i);
        more.name = QStringLiteral("Proposal number %1").arg(i);
        five.customModels.push_back(more);
    }
    for (const QString &language : languages) {
        if (language == QStringLiteral("de"))
            QCoreApplication::installTranslator(&german);
        Loaded<Profile> loaded = Profile::load(sample, Catalogue::builtIn(language));
        ASSERT_TRUE(loaded.ok()) << loaded.error().toString().toStdString();
        MonteCarloOptions options;
        options.samples = 500;
        const std::pair<const char *, Profile> profiles[] = {{"sample", loaded.value()}, {"five", five}};
        for (const auto &[name, profile] : profiles) {
            const ReportContent content =
                ReportContent::make(Catalogue::builtIn(language), profile, fixedDate(), options);
            for (const auto &[paper, size] : {std::pair("a4", QPageSize::A4), std::pair("letter", QPageSize::Letter)})
                EXPECT_EQ(exportPdf(QStringLiteral("%1/proposals-%2-%3-%4.pdf")
                                        .arg(folder, QString::fromLatin1(name), language, QString::fromLatin1(paper)),
                                    content, QPageSize(size)),
                          QString());
        }
        QCoreApplication::removeTranslator(&german);
    }
}
