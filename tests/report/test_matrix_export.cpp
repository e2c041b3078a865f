// The responsibility matrix exports, each read back by an independent parser (Python's csv and zipfile, XML).
#include "cost_model.h"
#include "cost_plots.h"
#include "handover_plan.h"
#include "matrix_export.h"
#include "report_export.h"
#include "proposal_section.h"
#include "report_test_support.h"
#include "version.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace splitbench;
using namespace splitbench::report;
using namespace splitbench::report::test;

namespace {

/// Python's csv module (RFC 4180 dialect) reads the bytes; returns the rows as JSON arrays of strings.
QJsonArray parseCsvWithPython(const QByteArray &csv)
{
    const ToolRun run = runTool(
        QStringLiteral(SPLITBENCH_TOOL_PYTHON3),
        {QStringLiteral("-c"), QStringLiteral("import csv, io, json, sys\n"
                                              "data = sys.stdin.buffer.read().decode('utf-8')\n"
                                              "rows = list(csv.reader(io.StringIO(data, newline=''), strict=True))\n"
                                              "json.dump(rows, sys.stdout)\n")},
        csv);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    return QJsonDocument::fromJson(run.out).array();
}

/// Sheet names, frozen panes, column widths and row counts of an XLSX file, read with Python's zipfile.
QJsonObject inspectXlsx(const QString &path)
{
    const ToolRun run = runTool(
        QStringLiteral(SPLITBENCH_TOOL_PYTHON3),
        {QStringLiteral("-c"),
         QStringLiteral(
             "import json, re, sys, zipfile\n"
             "z = zipfile.ZipFile(sys.argv[1])\n"
             "assert z.testzip() is None\n"
             "book = z.read('xl/workbook.xml').decode()\n"
             "names = [n.replace('&amp;', '&').replace('&quot;', '\"').replace('&lt;', '<').replace('&gt;', '>')\n"
             "         for n in re.findall(r'<sheet name=\"([^\"]*)\"', book)]\n"
             "sheets = []\n"
             "for i in range(len(names)):\n"
             "    x = z.read('xl/worksheets/sheet%d.xml' % (i + 1)).decode()\n"
             "    pane = re.search(r'<pane [^>]*>', x)\n"
             "    sheets.append({'frozen': bool(pane and 'state=\"frozen\"' in pane.group(0)),\n"
             "                   'ySplit': int(re.search(r'ySplit=\"(\\d+)\"', pane.group(0)).group(1)) if pane else "
             "0,\n"
             "                   'widths': [float(w) for w in re.findall(r'<col [^>]*width=\"([\\d.]+)\"', x)],\n"
             "                   'rows': len(re.findall(r'<row ', x)),\n"
             "                   'pageSetup': (re.search(r'<pageSetup [^>]*>', x) or re.search('', '')).group(0),\n"
             "                   'fitToPage': '<pageSetUpPr fitToPage=\"1\"/>' in x,\n"
             "                   'gridLines': 'gridLines=\"1\"' in x,\n"
             "                   'footer': (re.search(r'<oddFooter>([^<]*)</oddFooter>', x) or re.search('()', '')).group(1)})\n"
             "strings = z.read('xl/sharedStrings.xml').decode()\n"
             "titles = re.findall(r'<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"(\\d+)\">([^<]*)<', book)\n"
             "core = z.read('docProps/core.xml').decode()\n"
             "creator = re.search(r'<dc:creator>([^<]*)</dc:creator>', core)\n"
             "json.dump({'names': names, 'sheets': sheets, 'strings': strings, 'printTitles': dict(titles),\n"
             "           'creator': creator.group(1) if creator else ''}, sys.stdout)\n"),
         path});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    return QJsonDocument::fromJson(run.out).object();
}

TEST(MatrixExport, CsvParsesWithOneRowPerActivityAndKeepsTrickyTextIntact)
{
    const ReportContent content = contentWithTrickyModel();
    const QByteArray csv = matrixToCsv(content);
    EXPECT_TRUE(csv.contains("\r\n"));
    const QJsonArray rows = parseCsvWithPython(csv);
    ASSERT_EQ(rows.size(), content.catalogue.activityCount() + 1);
    EXPECT_EQ(matrixRowCount(content), content.catalogue.activityCount());
    const int columns = 4 + 5 * content.modelCount();
    for (const QJsonValue &row : rows)
        EXPECT_EQ(row.toArray().size(), columns);
    const QJsonArray header = rows.at(0).toArray();
    EXPECT_EQ(header.at(4 + 5 * 2).toString(), trickyModelName() + QStringLiteral(": dimension fit"));
    // Every activity appears once, in catalogue order, with its dimension.
    int r = 1;
    for (int d = 0; d < content.dimensionCount(); ++d)
        for (const Activity &activity : content.dimension(d).activities) {
            const QJsonArray row = rows.at(r++).toArray();
            EXPECT_EQ(row.at(0).toString(), content.dimension(d).name);
            EXPECT_EQ(row.at(1).toString(), activity.name);
            EXPECT_EQ(row.at(4 + 1).toString(), ownerDisplayName(activity.byModel[0].owner));
            EXPECT_EQ(row.at(4 + 2).toString().toDouble(), activity.byModel[0].providerShare);
            EXPECT_EQ(row.at(4 + 3).toString(), activity.byModel[0].providerRaci);
        }
}

TEST(MatrixExport, MarkdownHasATableRowPerActivityAndEscapesPipes)
{
    const ReportContent content = contentWithTrickyModel();
    const QString markdown = QString::fromUtf8(matrixToMarkdown(content));
    EXPECT_EQ(markdown.count(QStringLiteral("\n## ")), content.dimensionCount());
    int tableRows = 0;
    for (const QString &line : markdown.split(u'\n')) {
        if (!line.startsWith(u'|') || line.startsWith(QStringLiteral("|---")) ||
            line.startsWith(QStringLiteral("| Activity")))
            continue;
        ++tableRows;
        // Unescaped pipes separate cells: 1 activity + 3 per model, so 4 + 3 × models separators.
        EXPECT_EQ(line.count(u'|') - line.count(QStringLiteral("\\|")), 2 + 3 * content.modelCount())
            << line.toStdString();
    }
    EXPECT_EQ(tableRows, content.catalogue.activityCount());
    EXPECT_TRUE(markdown.contains(QStringLiteral("Acme, \"MSP\" \\<b\\> & \\| co")));
}

TEST(MatrixExport, HtmlIsWellFormedAndEscaped)
{
    const ReportContent content = contentWithTrickyModel();
    const QByteArray html = matrixToHtml(content);
    QXmlStreamReader xml(html);
    int bodyRows = 0;
    int tables = 0;
    bool inBody = false;
    QStringList headers;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QStringLiteral("tbody"))
            inBody = true;
        if (xml.isEndElement() && xml.name() == QStringLiteral("tbody"))
            inBody = false;
        if (xml.isStartElement() && xml.name() == QStringLiteral("tr") && inBody)
            ++bodyRows;
        if (xml.isStartElement() && xml.name() == QStringLiteral("table"))
            ++tables;
        if (xml.isStartElement() && xml.name() == QStringLiteral("th"))
            headers << xml.readElementText();
    }
    ASSERT_FALSE(xml.hasError()) << xml.errorString().toStdString() << " at line " << xml.lineNumber();
    EXPECT_EQ(tables, content.dimensionCount());
    EXPECT_EQ(bodyRows, content.catalogue.activityCount());
    EXPECT_FALSE(headers.filter(trickyModelName()).isEmpty());
    EXPECT_FALSE(html.contains("<b>"));
}

TEST(MatrixExport, XlsxHasASummarySideBySideAndOneSheetPerModelWithFrozenHeadersAndWidths)
{
    const ReportContent content = contentWithTrickyModel();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("matrix.xlsx"));
    ASSERT_EQ(exportMatrix(path, ExportFormat::Xlsx, content), QString());
    const QJsonObject book = inspectXlsx(path);
    QStringList names;
    for (const QJsonValue &name : book.value(QStringLiteral("names")).toArray())
        names << name.toString();
    EXPECT_EQ(names, matrixSheetNames(content));
    ASSERT_EQ(names.size(), 4 + content.modelCount()); // and the cost sheet, then the custom model's proposals
    EXPECT_EQ(names.at(0), QStringLiteral("Summary"));
    EXPECT_EQ(names.at(1), QStringLiteral("Side by side"));
    EXPECT_EQ(names.at(2), content.model(0).name);
    EXPECT_EQ(names.at(names.size() - 2), QStringLiteral("Cost"));
    EXPECT_EQ(names.constLast(), QStringLiteral("Proposals"));
    const QJsonArray sheets = book.value(QStringLiteral("sheets")).toArray();
    for (int i = 1; i < sheets.size() - 2; ++i) {
        const QJsonObject sheet = sheets.at(i).toObject();
        EXPECT_TRUE(sheet.value(QStringLiteral("frozen")).toBool()) << names.at(i).toStdString();
        EXPECT_EQ(sheet.value(QStringLiteral("ySplit")).toInt(), i == 1 ? 2 : 1);
        const int headerRows = i == 1 ? 2 : 1;
        EXPECT_EQ(sheet.value(QStringLiteral("rows")).toInt(), content.catalogue.activityCount() + headerRows);
        const QJsonArray widths = sheet.value(QStringLiteral("widths")).toArray();
        ASSERT_GE(widths.size(), 4);
        for (const QJsonValue &width : widths)
            EXPECT_GE(width.toDouble(), 9.0);
    }
    EXPECT_TRUE(book.value(QStringLiteral("strings"))
                    .toString()
                    .contains(QStringLiteral("Acme, &quot;MSP&quot; &lt;b&gt; &amp; | co")) ||
                book.value(QStringLiteral("strings"))
                    .toString()
                    .contains(QStringLiteral("Acme, \"MSP\" &lt;b&gt; &amp; | co")));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList({QStringLiteral("matrix.xlsx")}));
}

TEST(MatrixExport, XlsxPrintsLandscapeOnePageWideWithRepeatedHeadersAndASummary)
{
    // Without a page setup LibreOffice printed the matrix as 24 portrait pages of column strips.
    const ReportContent content = contentWithTrickyModel();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("matrix.xlsx"));
    ASSERT_EQ(exportMatrix(path, ExportFormat::Xlsx, content), QString());
    const QJsonObject book = inspectXlsx(path);
    const QJsonArray sheets = book.value(QStringLiteral("sheets")).toArray();
    ASSERT_EQ(sheets.size(), 4 + content.modelCount()); // the custom model makes a "Proposals" sheet
    for (int i = 0; i < sheets.size(); ++i) {
        const QJsonObject sheet = sheets.at(i).toObject();
        const QString setup = sheet.value(QStringLiteral("pageSetup")).toString();
        EXPECT_TRUE(setup.contains(QStringLiteral("orientation=\"landscape\""))) << i << ": " << setup.toStdString();
        EXPECT_TRUE(setup.contains(QStringLiteral("paperSize=\"9\""))) << setup.toStdString();
        EXPECT_TRUE(sheet.value(QStringLiteral("fitToPage")).toBool()) << i;
        EXPECT_EQ(sheet.value(QStringLiteral("gridLines")).toBool(), i > 0) << i; // the tables print their grid
        EXPECT_EQ(sheet.value(QStringLiteral("footer")).toString(), QStringLiteral("&amp;L&amp;A&amp;R&amp;P / &amp;N"));
        if (i > 0) { // one page wide, as many pages down as needed
            EXPECT_TRUE(setup.contains(QStringLiteral("fitToHeight=\"0\""))) << setup.toStdString();
        }
    }
    // The header rows repeat on every printed page: two on the side-by-side sheet, one on each model's.
    const QJsonObject titles = book.value(QStringLiteral("printTitles")).toObject();
    EXPECT_TRUE(titles.value(QStringLiteral("1")).toString().endsWith(QStringLiteral("!$1:$2")))
        << titles.value(QStringLiteral("1")).toString().toStdString();
    for (int m = 0; m < content.modelCount(); ++m)
        EXPECT_TRUE(titles.value(QString::number(2 + m)).toString().endsWith(QStringLiteral("!$1:$1")));
    // The cost sheet repeats its title, note and header.
    EXPECT_TRUE(titles.value(QString::number(2 + content.modelCount())).toString().endsWith(QStringLiteral("!$1:$3")));
    // So does the proposals sheet.
    EXPECT_TRUE(titles.value(QString::number(3 + content.modelCount())).toString().endsWith(QStringLiteral("!$1:$3")));
    // The summary names the organisation, the recommendation and every model's overall fit.
    const QString strings = book.value(QStringLiteral("strings")).toString();
    EXPECT_TRUE(strings.contains(QStringLiteral("Smith &amp; Sons &lt;Ltd&gt;, &quot;North&quot;")) ||
                strings.contains(QStringLiteral("Smith &amp; Sons &lt;Ltd&gt;, \"North\"")));
    EXPECT_TRUE(strings.contains(content.dateText()));
    EXPECT_TRUE(strings.contains(QStringLiteral("Overall fit (0-100)")));
    EXPECT_EQ(book.value(QStringLiteral("creator")).toString(), writtenByText());
}

/// The last sheet's cells: {"A1": ["s", "text"] or ["n", value, numFmtCode]}, read with Python's zipfile.
QJsonObject costSheetCells(const QString &path)
{
    const ToolRun run = runTool(
        QStringLiteral(SPLITBENCH_TOOL_PYTHON3),
        {QStringLiteral("-c"),
         QStringLiteral(
             "import json, re, sys, zipfile, html\n"
             "z = zipfile.ZipFile(sys.argv[1])\n"
             "book = z.read('xl/workbook.xml').decode()\n"
             "n = len(re.findall(r'<sheet name=', book))\n"
             "x = z.read('xl/worksheets/sheet%d.xml' % n).decode()\n"
             "strings = [html.unescape(re.sub(r'<[^>]+>', '', s)) for s in re.findall(r'<si>(.*?)</si>', "
             "z.read('xl/sharedStrings.xml').decode(), re.S)]\n"
             "styles = z.read('xl/styles.xml').decode()\n"
             "fmts = {m.group(1): html.unescape(m.group(2)) for m in re.finditer(r'<numFmt numFmtId=\"(\\d+)\" "
             "formatCode=\"([^\"]*)\"', styles)}\n"
             "xfs = re.search(r'<cellXfs[^>]*>(.*?)</cellXfs>', styles, re.S).group(1)\n"
             "xf = [re.search(r'numFmtId=\"(\\d+)\"', e).group(1) for e in re.findall(r'<xf [^>]*>', xfs)]\n"
             "cells = {}\n"
             // An empty string is a self-closing <c .../>: leave it out rather than read past it.
             "for m in re.finditer(r'<c r=\"([A-Z]+\\d+)\"([^>/]*)>(.*?)</c>', x):\n"
             "    ref, attrs, inner = m.groups()\n"
             "    v = re.search(r'<v>([^<]*)</v>', inner).group(1)\n"
             "    s = re.search(r's=\"(\\d+)\"', attrs)\n"
             "    if 't=\"s\"' in attrs:\n"
             "        cells[ref] = ['s', strings[int(v)]]\n"
             "    else:\n"
             "        cells[ref] = ['n', float(v), fmts.get(xf[int(s.group(1))] if s else '0', '')]\n"
             "json.dump(cells, sys.stdout)\n"),
         path});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    return QJsonDocument::fromJson(run.out).object();
}

TEST(MatrixExport, XlsxCostSheetHasTheReportsTableWithMoneyFormatsAndTheCurrency)
{
    const ReportContent content = contentFor(exampleProfilePaths().at(0));
    ASSERT_GT(content.cost.modelCount(), 0);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cost.xlsx"));
    ASSERT_EQ(exportMatrix(path, ExportFormat::Xlsx, content), QString());
    const QJsonObject cells = costSheetCells(path);
    const auto cell = [&](const QString &ref) { return cells.value(ref).toArray(); };
    // The currency in the header, each model named above its column.
    EXPECT_EQ(cell(QStringLiteral("A3")).at(1).toString(), QStringLiteral("Cost (%1)").arg(content.cost.currency));
    EXPECT_TRUE(cell(QStringLiteral("A1")).at(1).toString().contains(content.cost.currency));
    for (int m = 0; m < content.modelCount(); ++m)
        EXPECT_EQ(cell(QChar(u'B' + m) + QStringLiteral("3")).at(1).toString(), content.model(m).name);
    // Every row equals the cost model's figure, money with thousands separators.
    const CostModel model = CostModel::forProfile(content.catalogue, content.profile);
    const std::vector<CostTableRow> rows = costTableRows(content.cost);
    ASSERT_EQ(rows.size(), 14u);
    for (size_t r = 0; r < rows.size(); ++r) {
        const QString row = QString::number(4 + r);
        EXPECT_EQ(cell(QStringLiteral("A") + row).at(1).toString(), rows[r].label);
        for (int m = 0; m < content.modelCount(); ++m) {
            const QJsonArray value = cell(QChar(u'B' + m) + row);
            ASSERT_EQ(value.at(0).toString(), QStringLiteral("n")) << row.toStdString();
            const CostBreakdown cost = model.cost(m);
            const double expected = r == 0 ? cost.providerFees : r == 3 ? cost.staff : r == 7 ? cost.total()
                                  : r == 8 ? cost.perYear() : r == 10 ? cost.fteNeeded : r == 12 ? cost.fteToHire
                                                                                                : rows[r].values[m];
            const double tolerance = rows[r].kind == CostTableRow::Kind::MoneyWithCents ? 0.006
                                   : rows[r].kind == CostTableRow::Kind::Fte            ? 0.051
                                                                                          : 0.51;
            EXPECT_NEAR(value.at(1).toDouble(), expected, tolerance) << rows[r].label.toStdString() << " " << m;
            if (rows[r].kind == CostTableRow::Kind::Money) {
                EXPECT_EQ(value.at(2).toString(), QStringLiteral("#,##0")) << row.toStdString();
            }
        }
    }
    EXPECT_EQ(cell(QStringLiteral("A11")).at(1).toString(), QStringLiteral("Total over the term"));
}

TEST(MatrixExport, XlsxParticipantsSheetOnlyForAWorkshopWithEachPersonsAnswerAndValues)
{
    EXPECT_FALSE(matrixSheetNames(contentFor(exampleProfilePaths().at(0))).contains(QStringLiteral("Participants")));
    const ReportContent content = workshopContent(5);
    ASSERT_TRUE(content.workshop);
    const QStringList names = matrixSheetNames(content);
    ASSERT_EQ(names.back(), QStringLiteral("Participants"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("workshop.xlsx"));
    ASSERT_EQ(exportMatrix(path, ExportFormat::Xlsx, content), QString());
    const QJsonObject cells = costSheetCells(path); // the last sheet
    const auto cell = [&](const QString &ref) { return cells.value(ref).toArray(); };
    EXPECT_EQ(cell(QStringLiteral("A3")).at(1).toString(), QStringLiteral("Participant"));
    const size_t people = content.profile.participants.size();
    for (size_t p = 0; p < people; ++p) {
        const QString row = QString::number(4 + p);
        const Participant &person = content.profile.participants[p];
        EXPECT_EQ(cell(QStringLiteral("A") + row).at(1).toString(), person.name);
        EXPECT_EQ(cell(QStringLiteral("B") + row).at(1).toString(), person.role);
        EXPECT_DOUBLE_EQ(cell(QStringLiteral("C") + row).at(1).toDouble(), person.weight);
        const ParticipantOutcome &outcome = content.workshop->outcomes[p];
        EXPECT_EQ(cell(QStringLiteral("D") + row).at(1).toString(),
                  answerName(content.catalogue, outcome.isTie() ? -1 : outcome.recommended));
        EXPECT_NEAR(cell(QStringLiteral("E") + row).at(1).toDouble(), outcome.margin, 0.051);
    }
    // The trait block: the group's value, then each person's, one row per trait.
    const QString header = QString::number(4 + people + 1);
    EXPECT_EQ(cell(QStringLiteral("B") + header).at(1).toString(), QStringLiteral("Group"));
    for (size_t t = 0; t < content.catalogue.traits.size(); ++t) {
        const QString row = QString::number(4 + people + 2 + t);
        EXPECT_EQ(cell(QStringLiteral("A") + row).at(1).toString(), content.catalogue.traits[t].name);
        EXPECT_NEAR(cell(QStringLiteral("B") + row).at(1).toDouble(), content.profile.traits[t], 0.051);
        for (size_t p = 0; p < people; ++p)
            EXPECT_NEAR(cell(QChar(u'C' + static_cast<int>(p)) + row).at(1).toDouble(),
                        content.profile.participants[p].traits[t], 0.051);
    }
}

TEST(MatrixExport, XlsxProposalsSheetOnlyWithProposalsHasTheReportsComparisonAndFindings)
{
    EXPECT_FALSE(matrixSheetNames(contentFor(exampleProfilePaths().at(0))).contains(QStringLiteral("Proposals")));
    const QString sample = QFileInfo(exampleProfilePaths().at(0)).dir().filePath(
        QStringLiteral("proposals/brightwave-proposals.splitbench.json"));
    const ReportContent content = contentFor(sample);
    ASSERT_TRUE(matrixSheetNames(content).contains(QStringLiteral("Proposals")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("proposals.xlsx"));
    ASSERT_EQ(exportMatrix(path, ExportFormat::Xlsx, content), QString());
    const QString strings = inspectXlsx(path).value(QStringLiteral("strings")).toString();
    const auto escaped = [](QString text) {
        return text.replace(u'&', QStringLiteral("&amp;")).replace(u'<', QStringLiteral("&lt;")).replace(u'>', QStringLiteral("&gt;"));
    };
    const ProposalComparison comparison = ProposalSection::comparison(content);
    ASSERT_EQ(comparison.proposalCount(), 2);
    EXPECT_TRUE(strings.contains(ProposalSection::usualRangeTitle()));
    int flagged = 0;
    for (const ProposalRow &row : comparison.rows) {
        EXPECT_TRUE(strings.contains(escaped(row.label))) << row.label.toStdString();
        for (const ProposalFigure &figure : row.figures)
            if (figure.flag != ProposalFigure::Flag::None) {
                ++flagged;
                EXPECT_TRUE(strings.contains(escaped(figure.marked()))) << figure.marked().toStdString();
            }
    }
    EXPECT_GT(flagged, 0);
    for (const ProposalReview &review : comparison.proposals) {
        EXPECT_TRUE(strings.contains(escaped(ProposalSection::findingsTitle(review.name))));
        for (const Finding &finding : review.findings)
            EXPECT_TRUE(strings.contains(escaped(finding.text))) << finding.text.toStdString();
    }
}

TEST(MatrixExport, SheetNamesFollowExcelsRules)
{
    const ReportContent content = contentFor(dataFile(QStringLiteral("many-models.splitbench.json")));
    const QStringList names = matrixSheetNames(content);
    ASSERT_EQ(names.size(), 4 + content.modelCount()); // with "Proposals" for the custom models
    QStringList lower;
    for (const QString &name : names) {
        EXPECT_FALSE(name.isEmpty());
        EXPECT_LE(name.size(), 31) << name.toStdString();
        for (const QChar forbidden : QStringLiteral("[]:*?/\\"))
            EXPECT_FALSE(name.contains(forbidden)) << name.toStdString();
        EXPECT_FALSE(lower.contains(name.toLower())) << "duplicate " << name.toStdString();
        lower << name.toLower();
    }
    // Two models whose names differ only in characters Excel forbids still get distinct sheets.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("many.xlsx"));
    ASSERT_EQ(exportMatrix(path, ExportFormat::Xlsx, content), QString());
    QStringList written;
    for (const QJsonValue &name : inspectXlsx(path).value(QStringLiteral("names")).toArray())
        written << name.toString();
    EXPECT_EQ(written, names);
}

TEST(MatrixExport, WritesAtomicallyAndRefusesFormatsThatAreNotTables)
{
    const ReportContent content = contentFor(exampleProfilePaths().at(0));
    QTemporaryDir dir;
    for (const auto format : {ExportFormat::Csv, ExportFormat::Markdown, ExportFormat::Html, ExportFormat::Xlsx}) {
        const QString missing = dir.filePath(QStringLiteral("missing/matrix.") + exportSuffix(format));
        const QString error = exportMatrix(missing, format, content);
        EXPECT_TRUE(error.contains(missing)) << error.toStdString();
        EXPECT_FALSE(QFileInfo::exists(missing));
    }
    EXPECT_FALSE(exportMatrix(dir.filePath(QStringLiteral("m.pdf")), ExportFormat::Pdf, content).isEmpty());
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
}

TEST(ExportFormat, ComesFromTheFileExtension)
{
    EXPECT_EQ(exportFormatForPath(QStringLiteral("a/b/report.PDF")), ExportFormat::Pdf);
    EXPECT_EQ(exportFormatForPath(QStringLiteral("x.md")), ExportFormat::Markdown);
    EXPECT_EQ(exportFormatForPath(QStringLiteral("x.markdown")), ExportFormat::Markdown);
    EXPECT_EQ(exportFormatForPath(QStringLiteral("x.htm")), ExportFormat::Html);
    EXPECT_EQ(exportFormatForPath(QStringLiteral("x.xlsx")), ExportFormat::Xlsx);
    EXPECT_EQ(exportFormatForPath(QStringLiteral("x.json")), ExportFormat::Json);
    EXPECT_EQ(exportFormatForPath(QStringLiteral("x.docx")), std::nullopt);
    EXPECT_EQ(exportFormatForPath(QStringLiteral("noextension")), std::nullopt);
    EXPECT_EQ(exportFormatForName(QStringLiteral(".svg")), ExportFormat::Svg);
    EXPECT_TRUE(reportPageSize(QStringLiteral("letter")).has_value());
    EXPECT_FALSE(reportPageSize(QStringLiteral("A3")).has_value());
}

} // namespace

TEST(MatrixExport, XlsxHandoverPlanSheetOnlyWithTodaysSplitListsThePlanToTheRecommendedModel)
{
    EXPECT_FALSE(matrixSheetNames(contentFor(exampleProfilePaths().at(0))).contains(QStringLiteral("Handover plan")));
    QString manufacturer;
    for (const QString &path : exampleProfilePaths())
        if (path.contains(QLatin1String("2-manufacturer-with-cio")))
            manufacturer = path;
    const ReportContent content = contentFor(manufacturer);
    ASSERT_TRUE(content.profile.asIs);
    ASSERT_EQ(matrixSheetNames(content).back(), QStringLiteral("Handover plan"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.xlsx"));
    ASSERT_EQ(exportMatrix(path, ExportFormat::Xlsx, content), QString());
    const QJsonObject cells = costSheetCells(path); // the last sheet
    const auto cell = [&](const QString &ref) { return cells.value(ref).toArray(); };
    const HandoverPlan plan =
        planHandover(content.catalogue, content.profile.asIs->responsibilities, content.result.recommended);
    ASSERT_FALSE(plan.empty());
    EXPECT_EQ(cell(QStringLiteral("A3")).at(1).toString(), QStringLiteral("Step"));
    EXPECT_EQ(cell(QStringLiteral("N3")).at(1).toString(), QStringLiteral("Checklist"));
    for (size_t i = 0; i < plan.steps.size(); ++i) {
        const QString row = QString::number(4 + i);
        const HandoverStep &step = plan.steps[i];
        const Dimension &dimension = content.dimension(step.dimension);
        EXPECT_DOUBLE_EQ(cell(QStringLiteral("A") + row).at(1).toDouble(), static_cast<double>(i + 1));
        EXPECT_EQ(cell(QStringLiteral("B") + row).at(1).toString(), dimension.name);
        EXPECT_EQ(cell(QStringLiteral("C") + row).at(1).toString(), dimension.activities[static_cast<size_t>(step.activity)].name);
        EXPECT_DOUBLE_EQ(cell(QStringLiteral("L") + row).at(1).toDouble(), step.providerShareChange());
        EXPECT_EQ(cell(QStringLiteral("N") + row).at(1).toString(), dimension.activities[static_cast<size_t>(step.activity)].handover);
    }
    EXPECT_TRUE(cell(QStringLiteral("A") + QString::number(4 + plan.steps.size())).isEmpty());
}
