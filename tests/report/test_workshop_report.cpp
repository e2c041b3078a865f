// The workshop in the report: the "Who thinks what" section (only for workshop profiles, after the fit and
// before the costs, every participant's own answer, the strips) and the one-page questionnaire.
#include "disagreement_plot.h"
#include "questionnaire.h"
#include "report_export.h"
#include "report_renderer.h"
#include "report_style.h"
#include "report_test_support.h"
#include "workshop_formats.h"

#include <QBuffer>
#include <QFile>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>
#include <QCoreApplication>

#include <gtest/gtest.h>

#include <memory>

using namespace splitbench;
using namespace splitbench::report;
using namespace splitbench::report::test;

namespace {

const QString kSection = QStringLiteral("Who thinks what");

struct LaidOut {
    explicit LaidOut(const ReportContent &content)
    {
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        renderer = std::make_unique<ReportRenderer>(content, &writer);
    }
    /// The texts on the section's pages, in drawing order.
    QStringList sectionTexts() const
    {
        QStringList texts;
        for (const ReportPage &page : renderer->layout().pages())
            if (page.section == kSection)
                for (const ReportItem &item : page.items)
                    if (item.kind == ReportItem::Kind::Text &&
                        renderer->layout().frame().content.contains(item.rect.center()))
                        texts << item.text;
        return texts;
    }
    int sectionPages() const
    {
        int n = 0;
        for (const ReportPage &page : renderer->layout().pages())
            n += page.section == kSection ? 1 : 0;
        return n;
    }
    mutable QBuffer buffer;
    mutable QPdfWriter writer{&buffer};
    std::unique_ptr<ReportRenderer> renderer;
};

std::vector<ReportItem> textsOf(const std::vector<ReportItem> &items)
{
    std::vector<ReportItem> result;
    for (const ReportItem &item : items)
        if (item.kind == ReportItem::Kind::Text)
            result.push_back(item);
    return result;
}

} // namespace

TEST(WorkshopSection, AbsentForAProfileWithoutParticipants)
{
    int plain = 0;
    for (const QString &path : exampleProfilePaths()) {
        const ReportContent content = contentFor(path);
        if (content.profile.isWorkshop()) {
            // The shipped workshop example has the section.
            EXPECT_TRUE(content.workshop) << path.toStdString();
            EXPECT_GE(LaidOut(content).sectionPages(), 1) << path.toStdString();
            continue;
        }
        ++plain;
        EXPECT_FALSE(content.workshop);
        EXPECT_EQ(LaidOut(content).sectionPages(), 0) << path.toStdString();
    }
    EXPECT_GE(plain, 4);
}

TEST(WorkshopSection, NamesEveryParticipantWithTheirOwnAnswerAndTheSentences)
{
    const ReportContent content = workshopContent(5);
    ASSERT_TRUE(content.workshop);
    const LaidOut report(content);
    ASSERT_GE(report.sectionPages(), 1);
    const QString all = report.sectionTexts().join(u' ');
    const QString joined = collapsed(all);
    EXPECT_TRUE(joined.contains(collapsed(consensusSentence(content.profile.consensus)).left(40)));
    for (size_t p = 0; p < content.profile.participants.size(); ++p) {
        const Participant &person = content.profile.participants[p];
        EXPECT_TRUE(all.contains(person.name)) << person.name.toStdString();
        const ParticipantOutcome &outcome = content.workshop->outcomes[p];
        EXPECT_TRUE(all.contains(formatFit(outcome.margin))) << p;
    }
    // The decisive sentence starts the same way whatever it says; every trait's strip is named.
    const QString decisive = decisiveSentence(*content.workshop, content.catalogue, content.profile);
    EXPECT_TRUE(joined.contains(collapsed(decisive).left(30))) << decisive.toStdString();
    QString squeezed = all;
    squeezed.remove(u' ');
    for (const Trait &trait : content.catalogue.traits)
        EXPECT_TRUE(squeezed.contains(QString(trait.name).remove(u' '))) << trait.name.toStdString();
}

TEST(WorkshopSection, TwelveParticipantsWithLongNamesPaginateWithTextsApart)
{
    const ReportContent content = workshopContent(12, true);
    const LaidOut report(content);
    EXPECT_TRUE(report.renderer->layout().error().isEmpty()) << report.renderer->layout().error().toStdString();
    EXPECT_GE(report.sectionPages(), 2);
    const QRectF area = report.renderer->layout().frame().content.adjusted(-1, -1, 1, 1);
    for (const ReportPage &page : report.renderer->layout().pages()) {
        if (page.section != kSection)
            continue;
        std::vector<ReportItem> body;
        for (const ReportItem &item : page.items)
            if (report.renderer->layout().frame().content.contains(item.rect.center()))
                body.push_back(item);
        for (const ReportItem &item : body)
            EXPECT_TRUE(area.contains(item.rect.topLeft()) && area.contains(item.rect.bottomRight()))
                << "\"" << item.text.toStdString() << "\" leaves the content area";
        const std::vector<ReportItem> texts = textsOf(body);
        for (size_t i = 0; i < texts.size(); ++i)
            for (size_t j = i + 1; j < texts.size(); ++j)
                EXPECT_FALSE(texts[i].rect.adjusted(1, 1, -1, -1).intersects(texts[j].rect.adjusted(1, 1, -1, -1)))
                    << "\"" << texts[i].text.toStdString() << "\" overlaps \"" << texts[j].text.toStdString() << "\"";
    }
}

// ---- The questionnaire ------------------------------------------------------------------------------------

TEST(Questionnaire, OnePageWithEveryTraitItsEndLabelsEveryDimensionAndTheNames)
{
    for (const bool longNames : {false, true}) {
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("de")}) {
            const Catalogue &catalogue = Catalogue::builtIn(language);
            Profile workshop = workshopProfile(3, longNames);
            if (longNames)
                workshop.name = QStringLiteral("Harbour Lane Accountants, Bookkeepers and Tax Advisers Partnership — "
                                               "annual IT sourcing workshop");
            QBuffer buffer;
            QPdfWriter writer(&buffer);
            writer.setResolution(300);
            const QRectF paper(QPointF(0, 0), QPageSize(QPageSize::A4).sizePixels(300));
            bool fits = false;
            const std::vector<ReportItem> items = questionnaireItems(catalogue, workshop, 1, paper, 300, &writer, &fits);
            const std::string where = language.toStdString() + (longNames ? " long" : "");
            EXPECT_TRUE(fits) << where;
            const std::vector<ReportItem> texts = textsOf(items);
            QString printed;
            for (const ReportItem &text : texts) {
                EXPECT_TRUE(paper.contains(text.rect)) << where << ": " << text.text.toStdString();
                printed += text.text;
            }
            for (size_t i = 0; i < texts.size(); ++i)
                for (size_t j = i + 1; j < texts.size(); ++j)
                    EXPECT_FALSE(texts[i].rect.adjusted(1, 1, -1, -1).intersects(texts[j].rect.adjusted(1, 1, -1, -1)))
                        << where << ": \"" << texts[i].text.toStdString() << "\" overlaps \""
                        << texts[j].text.toStdString() << "\"";
            printed.remove(u' ');
            EXPECT_FALSE(printed.contains(QChar(0x2026))) << where << ": something was cut";
            const auto has = [&](const QString &text) { return printed.contains(QString(text).remove(u' ')); };
            for (const Trait &trait : catalogue.traits) {
                EXPECT_TRUE(has(trait.name)) << where << trait.name.toStdString();
                EXPECT_TRUE(has(trait.lowLabel)) << where << trait.lowLabel.toStdString();
                EXPECT_TRUE(has(trait.highLabel)) << where << trait.highLabel.toStdString();
            }
            for (const Dimension &dimension : catalogue.dimensions)
                EXPECT_TRUE(has(dimension.name)) << where << dimension.name.toStdString();
            EXPECT_TRUE(has(workshop.participants[1].label())) << where;
            EXPECT_TRUE(has(workshop.name)) << where;
        }
    }
}

TEST(Questionnaire, ThePdfIsOneA4PageAndABlankOneHasNoName)
{
    const Profile workshop = workshopProfile(12, true);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("questionnaire.pdf"));
    ASSERT_EQ(exportQuestionnaire(path, Catalogue::builtIn(), workshop, 11), QString());
    const ToolRun info = runTool(QStringLiteral(SPLITBENCH_TOOL_PDFINFO), {path});
    ASSERT_EQ(info.exitCode, 0) << info.err.toStdString();
    EXPECT_TRUE(QString::fromUtf8(info.out).contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))))
        << info.out.toStdString();
    EXPECT_TRUE(QString::fromUtf8(info.out).contains(QStringLiteral("(A4)"))) << info.out.toStdString();
    const ToolRun text = runTool(QStringLiteral(SPLITBENCH_TOOL_PDFTOTEXT), {path, QStringLiteral("-")});
    EXPECT_TRUE(collapsed(QString::fromUtf8(text.out)).contains(QStringLiteral("Tariq Aziz")));

    int pages = 0;
    const QByteArray blank = questionnairePdf(Catalogue::builtIn(), workshop, -1, QPageSize(QPageSize::A4), &pages);
    EXPECT_EQ(pages, 1);
    ASSERT_FALSE(blank.isEmpty());
    const ToolRun blankText = runTool(QStringLiteral(SPLITBENCH_TOOL_PDFTOTEXT), {QStringLiteral("-"), QStringLiteral("-")}, blank);
    EXPECT_FALSE(QString::fromUtf8(blankText.out).contains(QStringLiteral("Dana Reyes")));
    EXPECT_TRUE(QString::fromUtf8(blankText.out).contains(QStringLiteral("Participant:")));
}

// Writes the report and the questionnaire for 2, 5 and 12 participants (the 12 with long names) without an
// error. For a look (docs: render what you change): with SPLITBENCH_SCREENSHOT_DIR set they are kept there, in
// English and, when SPLITBENCH_TRANSLATION_DE names splitbench_de.qm, in German too.
TEST(WorkshopSection, WritesReportsAndQuestionnairesForALook)
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
    for (const QString &language : languages) {
        if (language == QStringLiteral("de"))
            QCoreApplication::installTranslator(&german);
        for (const int count : {2, 5, 12}) {
            MonteCarloOptions options;
            options.samples = 500;
            const Profile workshop = workshopProfile(count, count == 12);
            const ReportContent content =
                ReportContent::make(Catalogue::builtIn(language), workshop, fixedDate(), options);
            const QString stem = QStringLiteral("%1/workshop-%2-%3").arg(folder, QString::number(count), language);
            EXPECT_EQ(exportPdf(stem + QStringLiteral(".pdf"), content), QString());
            EXPECT_EQ(exportQuestionnaire(stem + QStringLiteral("-questionnaire.pdf"), Catalogue::builtIn(language),
                                          workshop, count - 1),
                      QString());
        }
        QCoreApplication::removeTranslator(&german);
    }
}
