// splitbench-cli import-matrix (docs/matrix-import.md): Splitbench's own export comes back exactly (exit 0), the
// sample proposals import with their differences listed (exit 4), and a sheet it cannot read is exit 2.
#include "support/cli_runner.h"

#include "catalogue.h"
#include "profile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace splitbench;
using splitbench::test::CliRun;
using splitbench::test::runCli;

namespace {
const QString kManufacturer = QStringLiteral(SPLITBENCH_EXAMPLES "/2-manufacturer-with-cio.splitbench.json");
const QString kSmallOffice = QStringLiteral(SPLITBENCH_EXAMPLES "/1-small-office.splitbench.json");
const QString kHarbour = QStringLiteral(SPLITBENCH_EXAMPLES "/proposals/harbour-it-proposal.xlsx");
const QString kNordwind = QStringLiteral(SPLITBENCH_EXAMPLES "/proposals/nordwind-angebot.csv");

QStringList importMatrix(const QString &sheet, const QString &output, const QStringList &more = {})
{
    return QStringList{QStringLiteral("import-matrix"), sheet, QStringLiteral("--profile"), kSmallOffice,
                       QStringLiteral("--output"), output} +
           more;
}

Profile loaded(const QString &path)
{
    Loaded<Profile> profile = Profile::load(path, Catalogue::builtIn());
    EXPECT_TRUE(profile.ok()) << profile.error().toString().toStdString();
    return profile.ok() ? profile.value() : Profile{};
}
} // namespace

TEST(CliImportMatrix, TheOwnXlsxAndCsvExportsImportExactlyWithExitZero)
{
    QTemporaryDir folder;
    const Catalogue &catalogue = Catalogue::builtIn();
    const int co = catalogue.modelIndex(QStringLiteral("co_managed"));
    for (const QString &suffix : {QStringLiteral("xlsx"), QStringLiteral("csv")}) {
        SCOPED_TRACE(suffix.toStdString());
        const QString sheet = folder.filePath(QStringLiteral("matrix.") + suffix);
        const CliRun report = runCli({QStringLiteral("report"), QStringLiteral("--profile"), kManufacturer,
                                      QStringLiteral("--output"), sheet});
        ASSERT_EQ(report.exitCode, 0) << report.err.toStdString();
        const QString output = folder.filePath(QStringLiteral("with-import-") + suffix + QStringLiteral(".splitbench.json"));
        const CliRun run = runCli(importMatrix(sheet, output, {QStringLiteral("--from"), QStringLiteral("co_managed"),
                                                               QStringLiteral("--name"), QStringLiteral("Acme IT")}));
        ASSERT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();
        EXPECT_TRUE(run.out.contains("85 of 85 activities matched exactly"));
        const Profile profile = loaded(output);
        ASSERT_EQ(profile.customModels.size(), 1U);
        const CustomModel &model = profile.customModels.front();
        EXPECT_EQ(model.name, QStringLiteral("Acme IT"));
        EXPECT_EQ(model.id, QStringLiteral("acme_it"));
        ASSERT_TRUE(model.source.has_value());
        EXPECT_EQ(model.source->file, QStringLiteral("matrix.") + suffix) << "the file name only, never the path";
        for (size_t d = 0; d < catalogue.dimensions.size(); ++d)
            for (size_t a = 0; a < catalogue.dimensions[d].activities.size(); ++a)
                EXPECT_EQ(model.responsibilities[d][a], catalogue.dimensions[d].activities[a].byModel[static_cast<size_t>(co)]);
    }
}

TEST(CliImportMatrix, TheSampleProposalsImportWithExactlyTheirDifferencesListedAndExitFour)
{
    QTemporaryDir folder;
    const CliRun harbour = runCli(importMatrix(kHarbour, folder.filePath(QStringLiteral("h.json"))));
    EXPECT_EQ(harbour.exitCode, 4) << harbour.err.toStdString();
    EXPECT_TRUE(harbour.out.contains("82 of 85")) << harbour.out.toStdString();
    EXPECT_TRUE(harbour.out.contains("“Patching & update” read as Monitoring & Maintenance › Patching and updates"));
    EXPECT_TRUE(harbour.out.contains("“Printer toner and paper supply”"));
    EXPECT_TRUE(harbour.out.contains("Strategic Planning & Consultancy › Strategic leadership"));
    EXPECT_EQ(loaded(folder.filePath(QStringLiteral("h.json"))).customModels.front().name, QStringLiteral("Harbour IT RACI"));

    const CliRun nordwind = runCli(importMatrix(kNordwind, folder.filePath(QStringLiteral("n.json")),
                                                {QStringLiteral("--name"), QStringLiteral("Nordwind IT")}));
    EXPECT_EQ(nordwind.exitCode, 4) << nordwind.err.toStdString();
    EXPECT_TRUE(nordwind.out.contains("84 of 85")) << nordwind.out.toStdString();
    EXPECT_TRUE(nordwind.out.contains("“Kaffeemaschine im Serverraum”"));
    EXPECT_TRUE(nordwind.out.contains("Compliance & Documentation › Record keeping"));
}

TEST(CliImportMatrix, SeveralModelsWithoutFromAnUnknownFromAndAnUnreadableSheetAreRefused)
{
    QTemporaryDir folder;
    const QString sheet = folder.filePath(QStringLiteral("matrix.csv"));
    ASSERT_EQ(runCli({QStringLiteral("report"), QStringLiteral("--profile"), kManufacturer, QStringLiteral("--output"), sheet})
                  .exitCode,
              0);
    const QString output = folder.filePath(QStringLiteral("out.json"));
    const CliRun several = runCli(importMatrix(sheet, output));
    EXPECT_EQ(several.exitCode, 1);
    EXPECT_TRUE(several.err.contains("Fully managed, Co-managed")) << several.err.toStdString();
    const CliRun unknown = runCli(importMatrix(sheet, output, {QStringLiteral("--from"), QStringLiteral("acme")}));
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains("acme"));
    EXPECT_FALSE(QFile::exists(output));

    const QString broken = folder.filePath(QStringLiteral("broken.xlsx"));
    QFile file(broken);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("PK\x03\x04 this is not a workbook");
    file.close();
    const CliRun unreadable = runCli(importMatrix(broken, output));
    EXPECT_EQ(unreadable.exitCode, 2);
    EXPECT_TRUE(unreadable.err.contains("broken.xlsx")) << unreadable.err.toStdString();
    EXPECT_FALSE(QFile::exists(output));
}

TEST(CliImportMatrix, TheOutputIsNeverTheProfileOrTheSheet)
{
    QTemporaryDir folder;
    const QString profile = folder.filePath(QStringLiteral("p.splitbench.json"));
    ASSERT_TRUE(QFile::copy(kSmallOffice, profile));
    const CliRun onto = runCli({QStringLiteral("import-matrix"), kNordwind, QStringLiteral("--profile"), profile,
                                QStringLiteral("--output"), profile});
    EXPECT_EQ(onto.exitCode, 1);
    EXPECT_TRUE(loaded(profile).customModels.empty());
}

TEST(CliCheck, TheSampleProposalsWeakSpotsAreListedWithExitFourAndACleanProposalIsExitZero)
{
    QTemporaryDir folder;
    const QString withHarbour = folder.filePath(QStringLiteral("h.json"));
    ASSERT_EQ(runCli(importMatrix(kHarbour, withHarbour)).exitCode, 4);
    const CliRun text = runCli({QStringLiteral("check"), withHarbour});
    EXPECT_EQ(text.exitCode, 4) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains("Harbour IT RACI: 2 findings.")) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains("Nobody is Responsible for Learning & Development › Knowledge base upkeep"));
    EXPECT_TRUE(text.out.contains("has no hands-on role (R or A) in Cloud & Infrastructure › Backup and disaster recovery"));

    const CliRun json = runCli({QStringLiteral("check"), withHarbour, QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(json.exitCode, 4);
    const QJsonArray findings = QJsonDocument::fromJson(json.out)
                                    .object()
                                    .value(QStringLiteral("models"))
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(QStringLiteral("findings"))
                                    .toArray();
    ASSERT_EQ(findings.size(), 2);
    EXPECT_EQ(findings.at(1).toObject().value(QStringLiteral("rule")).toString(), QStringLiteral("security_needs_admin_access"));
    EXPECT_EQ(findings.at(1).toObject().value(QStringLiteral("activity")).toString(),
              QStringLiteral("cloud_infrastructure.backup_recovery"));

    // Splitbench's own co-managed model, imported from its export, has nothing to flag.
    const QString sheet = folder.filePath(QStringLiteral("matrix.csv"));
    ASSERT_EQ(runCli({QStringLiteral("report"), QStringLiteral("--profile"), kManufacturer, QStringLiteral("--output"), sheet})
                  .exitCode,
              0);
    const QString clean = folder.filePath(QStringLiteral("clean.json"));
    ASSERT_EQ(runCli(importMatrix(sheet, clean, {QStringLiteral("--from"), QStringLiteral("co_managed"),
                                                 QStringLiteral("--name"), QStringLiteral("Copy")}))
                  .exitCode,
              0);
    const CliRun ok = runCli({QStringLiteral("check"), clean});
    EXPECT_EQ(ok.exitCode, 0) << ok.out.toStdString();
    EXPECT_TRUE(ok.out.contains("Copy: nothing to flag."));
}
