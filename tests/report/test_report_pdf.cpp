// The PDF itself, checked with independent tools: qpdf --check, pdffonts, pdftotext, pdfinfo, pdfimages.
#include "report_export.h"
#include "report_renderer.h"
#include "report_test_support.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace splitbench;
using namespace splitbench::report;
using namespace splitbench::report::test;

namespace {

int pdfPages(const QString &path)
{
    const ToolRun info = runTool(QStringLiteral(SPLITBENCH_TOOL_PDFINFO), {path});
    EXPECT_EQ(info.exitCode, 0) << info.err.toStdString();
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)$"), QRegularExpression::MultilineOption)
            .match(QString::fromUtf8(info.out));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QString pdfPageSize(const QString &path)
{
    const ToolRun info = runTool(QStringLiteral(SPLITBENCH_TOOL_PDFINFO), {path});
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("^Page size:\\s+(.*)$"), QRegularExpression::MultilineOption)
            .match(QString::fromUtf8(info.out));
    return match.captured(1).trimmed();
}

void expectValidPdfWithEmbeddedFonts(const QString &path)
{
    const ToolRun check = runTool(QStringLiteral(SPLITBENCH_TOOL_QPDF), {QStringLiteral("--check"), path});
    EXPECT_EQ(check.exitCode, 0) << check.out.toStdString() << check.err.toStdString();

    const ToolRun fonts = runTool(QStringLiteral(SPLITBENCH_TOOL_PDFFONTS), {path});
    ASSERT_EQ(fonts.exitCode, 0) << fonts.err.toStdString();
    const QStringList lines = QString::fromUtf8(fonts.out).split(u'\n', Qt::SkipEmptyParts);
    ASSERT_GE(lines.size(), 3) << "no fonts listed";
    // Columns: name type encoding emb sub uni object ID; "emb" is the fourth field from the end but three.
    int fontCount = 0;
    for (const QString &line : lines.mid(2)) {
        const QStringList fields = line.split(u' ', Qt::SkipEmptyParts);
        ASSERT_GE(fields.size(), 7) << line.toStdString();
        const QString embedded = fields.at(fields.size() - 5);
        EXPECT_EQ(embedded, QStringLiteral("yes")) << "not embedded: " << line.toStdString();
        EXPECT_TRUE(fields.first().contains(QStringLiteral("DejaVuSans"))) << line.toStdString();
        ++fontCount;
    }
    EXPECT_GE(fontCount, 2); // regular and bold at least

    // The radar chart and the bars are vector graphics: the PDF holds no images at all.
    const ToolRun images = runTool(QStringLiteral(SPLITBENCH_TOOL_PDFIMAGES), {QStringLiteral("-list"), path});
    ASSERT_EQ(images.exitCode, 0);
    EXPECT_EQ(QString::fromUtf8(images.out).split(u'\n', Qt::SkipEmptyParts).size(), 2) << images.out.toStdString();
}

class ReportPdfTest : public ::testing::TestWithParam<std::string> {};

TEST_P(ReportPdfTest, IsAValidPdfWithEmbeddedFontsSearchableTextAndThePredictedPageCount)
{
    const ReportContent content = contentFor(QString::fromStdString(GetParam()));
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    int predicted = 0;
    const QByteArray bytes = reportPdf(content, QPageSize(QPageSize::A4), &predicted);
    ASSERT_FALSE(bytes.isEmpty());
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    expectValidPdfWithEmbeddedFonts(path);
    EXPECT_EQ(pdfPages(path), predicted);
    EXPECT_TRUE(pdfPageSize(path).contains(QStringLiteral("(A4)"))) << pdfPageSize(path).toStdString();

    const ToolRun text = runTool(QStringLiteral(SPLITBENCH_TOOL_PDFTOTEXT),
                                 {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    ASSERT_EQ(text.exitCode, 0);
    const QString all = collapsed(QString::fromUtf8(text.out));
    EXPECT_TRUE(all.contains(content.organisationName())) << content.organisationName().toStdString();
    for (int d = 0; d < content.dimensionCount(); ++d)
        EXPECT_TRUE(all.contains(content.dimension(d).name)) << content.dimension(d).name.toStdString();
    for (int m = 0; m < content.modelCount(); ++m)
        EXPECT_TRUE(all.contains(content.model(m).name)) << content.model(m).name.toStdString();
    const QString recommended = content.model(content.result.recommended).name;
    if (content.result.margin >= 0.05)
        EXPECT_TRUE(all.contains(QStringLiteral("RECOMMENDED MODEL ") + recommended)) << recommended.toStdString();
    else
        EXPECT_TRUE(all.contains(QStringLiteral("NO CLEAR RECOMMENDATION")));
    for (int p = 1; p <= predicted; ++p)
        EXPECT_TRUE(all.contains(QStringLiteral("Page %1 of %2").arg(p).arg(predicted)));
    // No ligature glyphs: what is searched or copied is what was written.
    EXPECT_FALSE(all.contains(QChar(0xFB01)) || all.contains(QChar(0xFB00)) || all.contains(QChar(0xFB02)));
}

INSTANTIATE_TEST_SUITE_P(Profiles, ReportPdfTest, ::testing::ValuesIn(profileParameters()), profileParameterName);

TEST(ReportPdf, LetterPaperGivesLetterPagesAndItsOwnPageCount)
{
    const ReportContent content = contentFor(exampleProfilePaths().at(1));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("letter.pdf"));
    ASSERT_EQ(exportPdf(path, content, QPageSize(QPageSize::Letter)), QString());
    expectValidPdfWithEmbeddedFonts(path);
    EXPECT_TRUE(pdfPageSize(path).contains(QStringLiteral("letter"))) << pdfPageSize(path).toStdString();
    int predicted = 0;
    reportPdf(content, QPageSize(QPageSize::Letter), &predicted);
    EXPECT_EQ(pdfPages(path), predicted);
}

TEST(ReportPdf, PrintingThroughQPrinterWithMarginsGivesTheSameReport)
{
    // Print… and Print Preview… paint on a QPrinter that has margins of its own and a different resolution.
    const ReportContent content = contentFor(exampleProfilePaths().at(0));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("printed.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(8, 8, 8, 8), QPageLayout::Millimeter));
    const int printed = printReport(&printer, content);
    ASSERT_GT(printed, 8);
    EXPECT_EQ(pdfPages(path), printed);
    const ToolRun text = runTool(QStringLiteral(SPLITBENCH_TOOL_PDFTOTEXT), {path, QStringLiteral("-")});
    const QString all = collapsed(QString::fromUtf8(text.out));
    for (int d = 0; d < content.dimensionCount(); ++d)
        EXPECT_TRUE(all.contains(content.dimension(d).name));
    // pdftotext -bbox: every word lies inside the paper, at least 8 mm (22.7 pt) from each edge.
    const ToolRun boxes = runTool(QStringLiteral(SPLITBENCH_TOOL_PDFTOTEXT), {QStringLiteral("-bbox"), path, QStringLiteral("-")});
    const QRegularExpression word(
        QStringLiteral("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\""));
    int words = 0;
    for (auto it = word.globalMatch(QString::fromUtf8(boxes.out)); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        ++words;
        EXPECT_GE(m.captured(1).toDouble(), 22.6);
        EXPECT_GE(m.captured(2).toDouble(), 22.6);
        EXPECT_LE(m.captured(3).toDouble(), 595.3 - 22.6);
        EXPECT_LE(m.captured(4).toDouble(), 841.9 - 22.6);
    }
    EXPECT_GT(words, 1000);
}

TEST(ReportPdf, PrintPreviewShowsEveryPageOfTheReport)
{
    // What File → Print Preview… does: QPrintPreviewDialog's widget asks for the pages through paintRequested.
    const ReportContent content = contentFor(dataFile(QStringLiteral("provider-proposal.splitbench.json")));
    QPrinter printer(QPrinter::ScreenResolution);
    printer.setPageSize(QPageSize(QPageSize::Letter));
    QPrintPreviewWidget preview(&printer);
    int printed = 0;
    QObject::connect(&preview, &QPrintPreviewWidget::paintRequested,
                     [&](QPrinter *target) { printed = printReport(target, content); });
    preview.updatePreview();
    ASSERT_GT(printed, 8);
    EXPECT_EQ(preview.pageCount(), printed);
    // The preview lays the report out for its own printer: Letter at screen resolution.
    QPrinter letter(QPrinter::ScreenResolution);
    letter.setPageSize(QPageSize(QPageSize::Letter));
    EXPECT_EQ(ReportRenderer(content, &letter).pageCount(), printed);
}

TEST(ReportPdf, ExportsOnAWorkerThread)
{
    const ReportContent content = contentFor(exampleProfilePaths().at(3));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("async.pdf"));
    const QString xlsx = dir.filePath(QStringLiteral("async.xlsx"));
    QFuture<QString> first = exportReportAsync(pdf, ExportFormat::Pdf, content);
    QFuture<QString> second = exportReportAsync(xlsx, ExportFormat::Xlsx, content);
    EXPECT_EQ(first.result(), QString());
    EXPECT_EQ(second.result(), QString());
    expectValidPdfWithEmbeddedFonts(pdf);
    int predicted = 0;
    reportPdf(content, QPageSize(QPageSize::A4), &predicted);
    EXPECT_EQ(pdfPages(pdf), predicted);
    EXPECT_GT(QFileInfo(xlsx).size(), 10000);
}

TEST(ReportPdf, AnUnwritablePathGivesAClearMessageAndLeavesNoFile)
{
    const ReportContent content = contentFor(exampleProfilePaths().at(0));
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("no-such-folder/report.pdf"));
    const QString error = exportPdf(missing, content);
    EXPECT_TRUE(error.contains(missing)) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("does not exist"))) << error.toStdString();
    EXPECT_FALSE(QFileInfo::exists(missing));

    const QString folder = dir.filePath(QStringLiteral("taken.pdf"));
    ASSERT_TRUE(QDir().mkdir(folder));
    EXPECT_TRUE(exportPdf(folder, content).contains(QStringLiteral("folder")))
        << exportPdf(folder, content).toStdString();
    EXPECT_TRUE(QFileInfo(folder).isDir());
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList());
}

TEST(ReportPdf, OverwritingKeepsTheOldFileUntilTheNewOneIsComplete)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    ASSERT_EQ(exportPdf(path, contentFor(exampleProfilePaths().at(0))), QString());
    const QByteArray first = [&] {
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        return file.readAll();
    }();
    ASSERT_EQ(exportPdf(path, contentFor(exampleProfilePaths().at(1))), QString());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_NE(file.readAll(), first);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList({QStringLiteral("report.pdf")}));
}

} // namespace

TEST(ReportPdf, EverySectionAndEveryDimensionIsABookmarkOnItsPageAndTheInfoNamesAuthorAndSubject)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("manufacturer.pdf"));
    const ReportContent content = contentFor(exampleProfilePaths().at(1));
    ASSERT_TRUE(exportPdf(path, content).isEmpty());
    expectValidPdfWithEmbeddedFonts(path);

    const ToolRun json = runTool(QStringLiteral(SPLITBENCH_TOOL_QPDF),
                                 {QStringLiteral("--json=2"), QStringLiteral("--json-key=outlines"), path});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonArray outlines = QJsonDocument::fromJson(json.out).object().value(QStringLiteral("outlines")).toArray();
    QStringList sections;
    int dimensions = 0;
    const auto pageText = [&](int page) {
        const ToolRun text = runTool(QStringLiteral(SPLITBENCH_TOOL_PDFTOTEXT),
                                     {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                      QString::number(page), path, QStringLiteral("-")});
        return collapsed(QString::fromUtf8(text.out));
    };
    for (const QJsonValue &section : outlines) {
        const QJsonObject object = section.toObject();
        const QString title = object.value(QStringLiteral("title")).toString();
        sections << title;
        const int page = object.value(QStringLiteral("destpageposfrom1")).toInt();
        EXPECT_TRUE(pageText(page).contains(collapsed(title))) << title.toStdString() << " is not on page " << page;
        for (const QJsonValue &kid : object.value(QStringLiteral("kids")).toArray()) {
            const QString dimension = kid.toObject().value(QStringLiteral("title")).toString();
            const int dimensionPage = kid.toObject().value(QStringLiteral("destpageposfrom1")).toInt();
            EXPECT_TRUE(pageText(dimensionPage).contains(collapsed(dimension)))
                << dimension.toStdString() << " is not on page " << dimensionPage;
            ++dimensions;
        }
    }
    EXPECT_EQ(sections.front(), QStringLiteral("Summary"));
    for (const char *expected : {"Organisation profile", "Fit by dimension", "What it costs", "Scenarios",
                                 "Handover plan", "Dimension by dimension", "What drives the result"})
        EXPECT_TRUE(sections.contains(QString::fromLatin1(expected))) << expected << " in " << sections.join(u'|').toStdString();
    EXPECT_EQ(dimensions, content.dimensionCount()) << "one bookmark per dimension, under its section";

    const ToolRun info = runTool(QStringLiteral(SPLITBENCH_TOOL_PDFINFO), {path});
    const QString properties = QString::fromUtf8(info.out);
    EXPECT_TRUE(properties.contains(QRegularExpression(QStringLiteral("^Author:\\s+Splitbench \\d"),
                                                       QRegularExpression::MultilineOption)))
        << info.out.toStdString();
    EXPECT_TRUE(properties.contains(QRegularExpression(QStringLiteral("^Subject:\\s+Fully managed or co-managed IT: which fits "
                                                                      "Northfield Components"),
                                                       QRegularExpression::MultilineOption)))
        << info.out.toStdString();
}
