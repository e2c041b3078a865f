// Splitbench's own matrix exports read back by the importer (export → import gives the same models), and hostile
// workbooks made with Python's zipfile refused with a message.
#include "matrix_export.h"
#include "matrix_import.h"
#include "report_test_support.h"
#include "sheet_file.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace splitbench;
using namespace splitbench::report;
using namespace splitbench::report::test;

namespace {

/// Imports every model of `content` out of `bytes` (a matrix export) and expects the model unchanged.
void expectEveryModelRoundTrips(const ReportContent &content, const QByteArray &bytes, const QString &label)
{
    const Loaded<sheets::SheetFile> file = sheets::readSheets(bytes, label);
    ASSERT_TRUE(file.ok()) << file.error().toString().toStdString();
    const std::vector<SheetTable> &tables = file.value().sheets;
    const std::vector<MatrixCandidate> candidates = findMatrices(tables);
    const Catalogue &catalogue = content.catalogue;
    for (size_t m = 0; m < catalogue.models.size(); ++m) {
        SCOPED_TRACE(label.toStdString() + ": " + catalogue.models[m].id.toStdString());
        const int found = findCandidate(candidates, tables, catalogue, catalogue.models[m].id);
        ASSERT_GE(found, 0);
        const Loaded<MatrixImport> imported =
            importMatrix(catalogue, {}, tables, candidates[static_cast<size_t>(found)], label);
        ASSERT_TRUE(imported.ok()) << imported.error().toString().toStdString();
        EXPECT_TRUE(imported.value().isExact())
            << imported.value().guessed.size() << " guessed, " << imported.value().extra.size() << " extra, "
            << imported.value().missing.size() << " missing, " << imported.value().problems.size() << " problems"
            << (imported.value().problems.empty() ? std::string()
                                                  : ": " + imported.value().problems.front().message.toStdString());
        for (size_t d = 0; d < catalogue.dimensions.size(); ++d)
            for (size_t a = 0; a < catalogue.dimensions[d].activities.size(); ++a)
                ASSERT_EQ(imported.value().responsibilities[d][a], catalogue.dimensions[d].activities[a].byModel[m])
                    << d << "." << a;
    }
}

/// Runs a Python script that writes hostile workbooks into `folder`.
void writeWithPython(const QString &folder, const QString &script)
{
    const ToolRun run = runTool(QStringLiteral(SPLITBENCH_TOOL_PYTHON3), {QStringLiteral("-c"), script, folder});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
}

const char *const kWorkbookParts = R"PY(
import sys, zipfile, os
def workbook(path, sheet_xml, strings_xml=None, compress=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(os.path.join(sys.argv[1], path), 'w', compress) as z:
        z.writestr('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr('xl/workbook.xml', '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                   'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                   '<sheets><sheet name="Proposal" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr('xl/_rels/workbook.xml.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>')
        if strings_xml is not None:
            z.writestr('xl/sharedStrings.xml', strings_xml)
        z.writestr('xl/worksheets/sheet1.xml', sheet_xml)
def sheet(rows):
    return '<worksheet><sheetData>' + ''.join(rows) + '</sheetData></worksheet>'
)PY";

} // namespace

class SheetRoundTrip : public ::testing::TestWithParam<std::string> {};

TEST_P(SheetRoundTrip, EveryModelOfTheCsvAndXlsxExportsImportsUnchanged)
{
    const ReportContent content = contentFor(QString::fromStdString(GetParam()));
    expectEveryModelRoundTrips(content, matrixToCsv(content), QStringLiteral("matrix.csv"));
    QString error;
    const QByteArray xlsx = matrixToXlsx(content, &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    expectEveryModelRoundTrips(content, xlsx, QStringLiteral("matrix.xlsx"));
}

INSTANTIATE_TEST_SUITE_P(Profiles, SheetRoundTrip, ::testing::ValuesIn(profileParameters()), profileParameterName);

TEST(SheetRoundTrip, AModelWithTrickyNameAndUnroundedSharesRoundTrips)
{
    ReportContent content = contentWithTrickyModel();
    // A share the editor never makes but a hand-edited file may hold: the export must not round it away.
    auto &custom = content.catalogue.dimensions[2].activities[1].byModel.back();
    custom = custom.withProviderShare(33.3333333);
    expectEveryModelRoundTrips(content, matrixToCsv(content), QStringLiteral("tricky.csv"));
}

TEST(HostileWorkbook, AZipBombIsRefusedAsOneWithoutUnpackingIt)
{
    QTemporaryDir folder;
    writeWithPython(folder.path(), QString::fromLatin1(kWorkbookParts) + QStringLiteral(
        "workbook('bomb.xlsx', sheet(['<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>']),\n"
        "         '<sst><si><t>' + ' ' * (100 * 1024 * 1024) + '</t></si></sst>')\n"));
    EXPECT_LT(QFileInfo(folder.filePath(QStringLiteral("bomb.xlsx"))).size(), 1024 * 1024);
    const Loaded<sheets::SheetFile> file = sheets::readSheetFile(folder.filePath(QStringLiteral("bomb.xlsx")));
    ASSERT_FALSE(file.ok());
    EXPECT_TRUE(file.error().message.contains(QStringLiteral("zip bomb"))) << file.error().toString().toStdString();
    EXPECT_TRUE(file.error().file.endsWith(QStringLiteral("bomb.xlsx")));
}

TEST(HostileWorkbook, AHundredThousandRowsAndAFiftyMegabyteCellAreRefusedNamingTheSheet)
{
    QTemporaryDir folder;
    writeWithPython(folder.path(), QString::fromLatin1(kWorkbookParts) + QStringLiteral(
        "workbook('rows.xlsx', sheet(['<row r=\"%d\"><c r=\"A%d\" t=\"inlineStr\"><is><t>x</t></is></c></row>' % (i, i)\n"
        "                             for i in range(1, 100001)]))\n"
        "workbook('cell.xlsx', sheet(['<row r=\"1\"><c r=\"B1\" t=\"inlineStr\"><is><t>' + 'y' * (50 * 1024 * 1024) + '</t></is></c></row>']))\n"));
    const Loaded<sheets::SheetFile> rows = sheets::readSheetFile(folder.filePath(QStringLiteral("rows.xlsx")));
    ASSERT_FALSE(rows.ok());
    EXPECT_TRUE(rows.error().place.contains(QStringLiteral("Proposal")));
    EXPECT_TRUE(rows.error().message.contains(QString::number(SheetLimits::kMaxRows)));
    const Loaded<sheets::SheetFile> cell = sheets::readSheetFile(folder.filePath(QStringLiteral("cell.xlsx")));
    ASSERT_FALSE(cell.ok());
    EXPECT_TRUE(cell.error().message.contains(QString::number(SheetLimits::kMaxCellChars)))
        << cell.error().toString().toStdString();
}

TEST(HostileWorkbook, FormulasAreNeverRunTheirStoredResultsAreReadAndSaid)
{
    QTemporaryDir folder;
    writeWithPython(folder.path(), QString::fromLatin1(kWorkbookParts) + QStringLiteral(
        "workbook('formulas.xlsx', sheet(['<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Activity</t></is></c>'\n"
        "  '<c r=\"B1\" t=\"inlineStr\"><is><t>Provider share</t></is></c></row>',\n"
        "  '<row r=\"2\"><c r=\"A2\" t=\"str\"><f>HYPERLINK(\"http://x\",\"Patch\")</f><v>Patch</v></c>'\n"
        "  '<c r=\"C2\"><f>1/0</f><v>95</v></c><c r=\"B2\"><f>WEBSERVICE(\"x\")</f></c></row>']))\n"));
    const Loaded<sheets::SheetFile> file = sheets::readSheetFile(folder.filePath(QStringLiteral("formulas.xlsx")));
    ASSERT_TRUE(file.ok()) << file.error().toString().toStdString();
    ASSERT_EQ(file.value().sheets.size(), 1U);
    const SheetTable &table = file.value().sheets.front();
    ASSERT_EQ(table.rows.size(), 2U);
    EXPECT_EQ(table.rows[1], (QStringList{QStringLiteral("Patch"), QString(), QStringLiteral("95")}));
    ASSERT_EQ(file.value().notes.size(), 1);
    EXPECT_TRUE(file.value().notes.front().contains(QStringLiteral("formula: 3")));
}

TEST(HostileWorkbook, DamagedArchivesAndZipsThatAreNoWorkbookAreRefusedInPlainWords)
{
    const Loaded<sheets::SheetFile> damaged = sheets::readSheets(QByteArray("PK\x03\x04garbage", 11), QStringLiteral("d.xlsx"));
    ASSERT_FALSE(damaged.ok());
    EXPECT_TRUE(damaged.error().message.contains(QStringLiteral("damaged")));

    QTemporaryDir folder;
    writeWithPython(folder.path(), QStringLiteral("import sys, zipfile, os\n"
                                                  "with zipfile.ZipFile(os.path.join(sys.argv[1], 'a.zip'), 'w') as z:\n"
                                                  "    z.writestr('readme.txt', 'hello')\n"));
    const Loaded<sheets::SheetFile> notBook = sheets::readSheetFile(folder.filePath(QStringLiteral("a.zip")));
    ASSERT_FALSE(notBook.ok());
    EXPECT_TRUE(notBook.error().message.contains(QStringLiteral("xl/workbook.xml")));
}
