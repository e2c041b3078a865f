// Reading CSV sheets and importing a provider's responsibility matrix into a model (core/matrix_import.h).
#include "catalogue.h"
#include "csv_reader.h"
#include "matrix_import.h"

#include <gtest/gtest.h>

using namespace splitbench;

namespace {

const Catalogue &english() { return Catalogue::builtIn(QStringLiteral("en")); }
const Catalogue &german() { return Catalogue::builtIn(QStringLiteral("de")); }

int modelIndex(const Catalogue &catalogue, const QString &id)
{
    for (size_t m = 0; m < catalogue.models.size(); ++m)
        if (catalogue.models[m].id == id)
            return static_cast<int>(m);
    return -1;
}

/// A sheet with `header` and one row per activity of `catalogue`'s model `model`, written by `row`.
template <typename RowWriter>
SheetTable sheetOf(const Catalogue &catalogue, const QStringList &header, RowWriter row)
{
    SheetTable sheet;
    sheet.name = QStringLiteral("Proposal");
    sheet.rows.push_back(header);
    for (size_t d = 0; d < catalogue.dimensions.size(); ++d)
        for (size_t a = 0; a < catalogue.dimensions[d].activities.size(); ++a)
            sheet.rows.push_back(row(catalogue.dimensions[d], catalogue.dimensions[d].activities[a]));
    return sheet;
}

/// Model `model`'s whole split as a sheet naming every activity by its id, with owner, share and RACI letters.
SheetTable sheetById(const Catalogue &catalogue, int model)
{
    return sheetOf(catalogue, {"Activity ID", "Owner", "Provider share (%)", "Provider RACI", "In-house RACI"},
                   [model](const Dimension &d, const Activity &a) {
                       const Responsibility &r = a.byModel[static_cast<size_t>(model)];
                       return QStringList{d.id + u'.' + a.id, ownerId(r.owner), QString::number(r.providerShare),
                                          r.providerRaci, r.internalRaci};
                   });
}

MatrixImport importOnly(const std::vector<SheetTable> &sheets, const std::vector<const Catalogue *> &others = {})
{
    const std::vector<MatrixCandidate> candidates = findMatrices(sheets);
    EXPECT_EQ(candidates.size(), 1U);
    if (candidates.empty())
        return {};
    Loaded<MatrixImport> imported = importMatrix(english(), others, sheets, candidates.front(), QStringLiteral("p.csv"));
    EXPECT_TRUE(imported.ok()) << imported.error().toString().toStdString();
    return imported.ok() ? imported.value() : MatrixImport{};
}

} // namespace

TEST(CsvReader, QuotedCellsKeepSeparatorsQuotesAndLineBreaks)
{
    const Loaded<CsvSheet> sheet = readCsv("a,\"b, c\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",x,'=SUM(A1)\r\n", QStringLiteral("t.csv"));
    ASSERT_TRUE(sheet.ok());
    ASSERT_EQ(sheet.value().table.rows.size(), 2U);
    EXPECT_EQ(sheet.value().table.rows[0], (QStringList{"a", "b, c", "say \"hi\""}));
    EXPECT_EQ(sheet.value().table.rows[1], (QStringList{"two\nlines", "x", "=SUM(A1)"}));
}

TEST(CsvReader, SemicolonsAndTabsAreRecognisedFromTheFirstLine)
{
    EXPECT_EQ(readCsv("a;b;c\n1;2,5;3\n", QStringLiteral("t.csv")).value().table.rows[1],
              (QStringList{"1", "2,5", "3"}));
    EXPECT_EQ(readCsv("a\tb\n1\t2\n", QStringLiteral("t.csv")).value().separator, QChar(u'\t'));
}

TEST(CsvReader, EncodingsFromBomOrWindows1252WhenNotUtf8)
{
    const QString text = QStringLiteral("Tätigkeit,Zuständig\n");
    const Loaded<CsvSheet> utf16 = readCsv(QByteArray("\xFF\xFE") +
                                               QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2),
                                           QStringLiteral("t.csv"));
    ASSERT_TRUE(utf16.ok());
    EXPECT_EQ(utf16.value().encoding, QStringLiteral("UTF-16LE"));
    EXPECT_EQ(utf16.value().table.rows[0].at(1), QStringLiteral("Zuständig"));

    const Loaded<CsvSheet> windows = readCsv("T\xE4tigkeit,\x80 5\n", QStringLiteral("t.csv"));
    ASSERT_TRUE(windows.ok());
    EXPECT_EQ(windows.value().encoding, QStringLiteral("Windows-1252"));
    EXPECT_EQ(windows.value().table.rows[0], (QStringList{QStringLiteral("Tätigkeit"), QStringLiteral("€ 5")}));
}

TEST(CsvReader, RefusesWhatExceedsTheLimitsNamingThePlace)
{
    QByteArray manyRows;
    for (int r = 0; r <= SheetLimits::kMaxRows; ++r)
        manyRows += "a,b\n";
    const Loaded<CsvSheet> rows = readCsv(manyRows, QStringLiteral("big.csv"));
    ASSERT_FALSE(rows.ok());
    EXPECT_EQ(rows.error().file, QStringLiteral("big.csv"));
    EXPECT_TRUE(rows.error().message.contains(QString::number(SheetLimits::kMaxRows)));

    const Loaded<CsvSheet> cell = readCsv("a,b\nx," + QByteArray(SheetLimits::kMaxCellChars + 1, 'y') + "\n",
                                          QStringLiteral("cell.csv"));
    ASSERT_FALSE(cell.ok());
    EXPECT_EQ(cell.error().place, QStringLiteral("row 2, column B"));

    const Loaded<CsvSheet> open = readCsv("a,\"b\n", QStringLiteral("open.csv"));
    ASSERT_FALSE(open.ok());
    EXPECT_TRUE(open.error().message.contains(QStringLiteral("not closed")));
    EXPECT_FALSE(readCsv(QByteArray(SheetLimits::kMaxFileBytes + 1, 'a'), QStringLiteral("huge.csv")).ok());
}

TEST(MatrixImport, ASheetWithEveryActivityByIdImportsExactlyTheModel)
{
    const Catalogue &catalogue = english();
    const int co = modelIndex(catalogue, QStringLiteral("co_managed"));
    ASSERT_GE(co, 0);
    const SheetTable sheet = sheetById(catalogue, co);
    const MatrixImport imported = importOnly({sheet});
    EXPECT_TRUE(imported.isExact());
    EXPECT_EQ(imported.exact.size(), 85U);
    for (size_t d = 0; d < catalogue.dimensions.size(); ++d)
        for (size_t a = 0; a < catalogue.dimensions[d].activities.size(); ++a)
            EXPECT_EQ(imported.responsibilities[d][a], catalogue.dimensions[d].activities[a].byModel[static_cast<size_t>(co)])
                << d << "." << a;
    EXPECT_EQ(imported.basedOn, QStringLiteral("co_managed"));
}

TEST(MatrixImport, GermanHeadersShuffledColumnsAnExtraAndAMissingActivityAreReportedExactly)
{
    // A German sheet: columns in another order, names in German, one activity left out and one of its own.
    const Catalogue &catalogue = english();
    const Catalogue &de = german();
    const int full = modelIndex(catalogue, QStringLiteral("fully_managed"));
    SheetTable sheet;
    sheet.rows.push_back({"RACI intern", "Tätigkeit", "Dienstleisteranteil (%)", "Zuständig", "RACI Dienstleister", "Bereich"});
    for (size_t d = 0; d < de.dimensions.size(); ++d) {
        for (size_t a = 0; a < de.dimensions[d].activities.size(); ++a) {
            if (d == 3 && a == 1)
                continue; // The missing one.
            const Responsibility &r = catalogue.dimensions[d].activities[a].byModel[static_cast<size_t>(full)];
            sheet.rows.push_back({r.internalRaci, de.dimensions[d].activities[a].name,
                                  QString::number(r.providerShare) + QStringLiteral(" %"), ownerDisplayName(r.owner),
                                  r.providerRaci, de.dimensions[d].name});
        }
    }
    sheet.rows.push_back({"I", "Kaffeemaschine warten", "100", "Anbieter", "RA", "Sonstiges"});
    const MatrixImport imported = importOnly({sheet}, {&de});
    ASSERT_EQ(imported.missing.size(), 1U);
    EXPECT_EQ(imported.missing.front(), (ActivityPosition{3, 1}));
    ASSERT_EQ(imported.extra.size(), 1U);
    EXPECT_EQ(imported.extra.front().text, QStringLiteral("Kaffeemaschine warten"));
    EXPECT_EQ(imported.extra.front().row, static_cast<int>(sheet.rows.size()) - 1);
    EXPECT_TRUE(imported.guessed.empty());
    EXPECT_TRUE(imported.problems.empty()) << imported.problems.front().message.toStdString();
    EXPECT_EQ(imported.exact.size(), 84U);
    EXPECT_FALSE(imported.isExact());
    EXPECT_EQ(imported.responsibilities[0][0], catalogue.dimensions[0].activities[0].byModel[static_cast<size_t>(full)]);
}

TEST(MatrixImport, AMisspelledActivityIsAGuessAndANameFarOffIsExtra)
{
    const Catalogue &catalogue = english();
    const Activity &first = catalogue.dimensions[0].activities[0];
    QString misspelled = first.name;
    misspelled[2] = misspelled[2] == u'x' ? u'y' : u'x';
    SheetTable sheet;
    sheet.rows = {{"Activity", "Owner"}, {misspelled, "Provider"}, {"Zzzz qqqq", "Provider"}};
    const MatrixImport imported = importOnly({sheet});
    ASSERT_EQ(imported.guessed.size(), 1U);
    EXPECT_EQ(imported.guessed.front().at, (ActivityPosition{0, 0}));
    EXPECT_LT(imported.guessed.front().similarity, 1.0);
    EXPECT_GE(imported.guessed.front().similarity, kGuessThreshold);
    ASSERT_EQ(imported.extra.size(), 1U);
    EXPECT_EQ(imported.extra.front().text, QStringLiteral("Zzzz qqqq"));
    EXPECT_EQ(imported.missing.size(), 84U);
    EXPECT_EQ(imported.responsibilities[0][0].owner, Owner::Provider);
}

TEST(MatrixImport, RoleColumnsNamingThePartiesBecomeRaciLetters)
{
    const Activity &first = english().dimensions[0].activities[0];
    SheetTable sheet;
    sheet.rows = {{"Task", "Responsible", "Accountable", "Consulted", "Informed", "Provider share"},
                  {first.name, "Provider", "Client", "Both", "", "70%"}};
    const MatrixImport imported = importOnly({sheet});
    ASSERT_EQ(imported.exact.size(), 1U);
    const Responsibility &r = imported.responsibilities[0][0];
    EXPECT_EQ(r.providerRaci, QStringLiteral("RC"));
    EXPECT_EQ(r.internalRaci, QStringLiteral("AC"));
    EXPECT_DOUBLE_EQ(r.providerShare, 70.0);
    EXPECT_TRUE(Responsibility::shareLeansTo(r.owner, 70.0)) << "the owner follows the share when the sheet gives none";
}

TEST(MatrixImport, ASplitWithTwoAccountablePartiesKeepsTheBaseAndSaysWhy)
{
    const Activity &first = english().dimensions[0].activities[0];
    SheetTable sheet;
    sheet.rows = {{"Activity", "Owner", "Provider share", "Provider RACI", "Client RACI"},
                  {first.name, "Provider", "90", "RA", "A"},
                  {"", "", "", "", ""},
                  {first.name, "Provider", "90", "RA", "I"}};
    const MatrixImport imported = importOnly({sheet});
    ASSERT_EQ(imported.problems.size(), 1U);
    EXPECT_EQ(imported.problems.front().row, 1);
    EXPECT_TRUE(imported.problems.front().message.contains(QStringLiteral("Accountable"), Qt::CaseInsensitive))
        << imported.problems.front().message.toStdString();
    ASSERT_EQ(imported.extra.size(), 1U) << "the second row for the same activity is listed, not dropped";
    EXPECT_EQ(imported.extra.front().row, 3);
    EXPECT_TRUE(imported.responsibilities[0][0].problem().isEmpty());
}

TEST(MatrixImport, FractionSharesFromAPercentFormatAndCellsThatAreNotValues)
{
    const auto &dimension = english().dimensions[1];
    SheetTable sheet;
    sheet.rows = {{"Activity", "Provider share", "Owner"},
                  {dimension.activities[0].name, "0.95", "Provider"},
                  {dimension.activities[1].name, "0.5", "Sometimes"},
                  {dimension.activities[2].name, "1", "Provider"}};
    const MatrixImport imported = importOnly({sheet});
    EXPECT_DOUBLE_EQ(imported.responsibilities[1][0].providerShare, 95.0);
    EXPECT_DOUBLE_EQ(imported.responsibilities[1][2].providerShare, 100.0);
    bool ownerProblem = false;
    for (const CellProblem &p : imported.problems)
        ownerProblem = ownerProblem || (p.row == 2 && p.column == 2 && p.message.contains(QStringLiteral("Sometimes")));
    EXPECT_TRUE(ownerProblem);
}

TEST(MatrixImport, SideBySideColumnsAreOneCandidatePerModelPickedByIdOrName)
{
    const Catalogue &catalogue = english();
    SheetTable sheet;
    sheet.rows = {{"Dimension", "Activity", "Fully managed: owner", "Fully managed: provider share (%)",
                   "Co-managed: owner", "Co-managed: provider share (%)"},
                  {catalogue.dimensions[0].name, catalogue.dimensions[0].activities[0].name, "Provider", "95",
                   "Internal", "30"}};
    const std::vector<SheetTable> sheets{sheet};
    const std::vector<MatrixCandidate> candidates = findMatrices(sheets);
    ASSERT_EQ(candidates.size(), 2U);
    EXPECT_EQ(candidates[0].name, QStringLiteral("Fully managed"));
    EXPECT_EQ(findCandidate(candidates, sheets, catalogue, QStringLiteral("co_managed")), 1);
    EXPECT_EQ(findCandidate(candidates, sheets, catalogue, QStringLiteral("co-MANAGED")), 1);
    EXPECT_EQ(findCandidate(candidates, sheets, catalogue, QStringLiteral("nothing")), -1);
    const Loaded<MatrixImport> co = importMatrix(catalogue, {}, sheets, candidates[1], QStringLiteral("s.csv"));
    ASSERT_TRUE(co.ok());
    EXPECT_EQ(co.value().responsibilities[0][0].owner, Owner::Internal);
    EXPECT_DOUBLE_EQ(co.value().responsibilities[0][0].providerShare, 30.0);
}

TEST(MatrixImport, ASheetWithoutAnActivityColumnOrWithoutOneKnownActivityIsNoMatrix)
{
    SheetTable summary;
    summary.rows = {{"Profile", "Northfield"}, {"Recommended", "Co-managed"}};
    EXPECT_TRUE(findMatrices({summary}).empty());

    SheetTable unknown;
    unknown.name = QStringLiteral("Other");
    unknown.rows = {{"Activity", "Owner"}, {"Qwertz uiop", "Provider"}};
    const std::vector<SheetTable> sheets{unknown};
    const std::vector<MatrixCandidate> candidates = findMatrices(sheets);
    ASSERT_EQ(candidates.size(), 1U);
    const Loaded<MatrixImport> imported = importMatrix(english(), {}, sheets, candidates.front(), QStringLiteral("o.csv"));
    ASSERT_FALSE(imported.ok());
    EXPECT_EQ(imported.error().file, QStringLiteral("o.csv"));
    EXPECT_TRUE(imported.error().place.contains(QStringLiteral("Other")));
}

TEST(NameSimilarity, FoldsCaseAccentsAndAmpersands)
{
    EXPECT_DOUBLE_EQ(nameSimilarity(QStringLiteral("Backup & Recovery"), QStringLiteral("backup and recovery")), 1.0);
    EXPECT_DOUBLE_EQ(nameSimilarity(QStringLiteral("Tätigkeit"), QStringLiteral("Tatigkeit")), 1.0);
    EXPECT_LT(nameSimilarity(QStringLiteral("Patch management"), QStringLiteral("Vendor contracts")), kGuessThreshold);
    EXPECT_GE(nameSimilarity(QStringLiteral("Patch managment"), QStringLiteral("Patch management")), kGuessThreshold);
}

// --- From an import to a custom model (shared by splitbench-cli import-matrix and the workbench)

TEST(ImportedModel, NamesAreMadeUniqueAndCheckedIgnoringCase)
{
    const Catalogue &catalogue = english();
    const QString taken = catalogue.models.front().name;
    EXPECT_EQ(uniqueModelName(QStringLiteral("  Acme IT "), catalogue), QStringLiteral("Acme IT"));
    EXPECT_EQ(uniqueModelName(taken.toUpper(), catalogue), taken.toUpper() + QStringLiteral(" (2)"));
    EXPECT_EQ(uniqueModelName(QString(300, u'x'), catalogue).size(), CustomModel::kMaxNameLength);
    EXPECT_TRUE(modelNameProblem(QStringLiteral("Acme IT"), catalogue).isEmpty());
    EXPECT_FALSE(modelNameProblem(taken.toLower(), catalogue).isEmpty());
    EXPECT_FALSE(modelNameProblem(QStringLiteral("   "), catalogue).isEmpty());
    EXPECT_FALSE(modelNameProblem(QString(CustomModel::kMaxNameLength + 1, u'x'), catalogue).isEmpty());
    EXPECT_EQ(newModelId(QStringLiteral("Acme IT"), catalogue), QStringLiteral("acme_it"));
    EXPECT_EQ(newModelId(catalogue.models.front().id, catalogue), catalogue.models.front().id + QStringLiteral("_2"));
    EXPECT_EQ(builtInNameCatalogues().size(), static_cast<size_t>(Catalogue::builtInLanguages().size()));
}

TEST(ImportedModel, IsTheBaseModelWithTheSheetsSplitAndItsSource)
{
    const Catalogue &catalogue = english();
    const int co = modelIndex(catalogue, QStringLiteral("co_managed"));
    ASSERT_GE(co, 0);
    const SheetTable sheet = sheetById(catalogue, co);
    const MatrixImport imported = importOnly({sheet});
    const CustomModel model =
        importedModel(catalogue, imported, QStringLiteral(" Acme IT "), QStringLiteral("/tmp/offers/acme.xlsx"), QDate(2026, 12, 7));
    EXPECT_EQ(model.name, QStringLiteral("Acme IT"));
    EXPECT_EQ(model.id, QStringLiteral("acme_it"));
    EXPECT_EQ(model.basedOn, QStringLiteral("co_managed"));
    EXPECT_EQ(model.responsibilities, imported.responsibilities);
    ASSERT_TRUE(model.source.has_value());
    EXPECT_EQ(model.source->file, QStringLiteral("acme.xlsx"));
    EXPECT_EQ(model.source->imported, QStringLiteral("2026-12-07"));
}
