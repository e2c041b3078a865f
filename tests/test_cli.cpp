// splitbench-cli end to end: commands, output shapes and exit codes, run as a separate process.
#include "support/cli_runner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <unistd.h>

#include <gtest/gtest.h>

using splitbench::test::CliRun;
using splitbench::test::runCli;

namespace {

QStringList exampleProfiles()
{
    const QDir dir(QStringLiteral(SPLITBENCH_EXAMPLES));
    QStringList paths;
    for (const QString &name : dir.entryList({QStringLiteral("*.splitbench.json")}, QDir::Files, QDir::Name))
        paths << dir.filePath(name);
    return paths;
}

TEST(Cli, CatalogueJsonHasTheDocumentedShape)
{
    const CliRun run = runCli({QStringLiteral("catalogue"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    EXPECT_EQ(root.value(QStringLiteral("models")).toArray().size(), 2);
    EXPECT_GE(root.value(QStringLiteral("traits")).toArray().size(), 10);
    const QJsonArray dimensions = root.value(QStringLiteral("dimensions")).toArray();
    ASSERT_EQ(dimensions.size(), 20);
    int activities = 0;
    for (const QJsonValue &d : dimensions) {
        for (const QJsonValue &a : d.toObject().value(QStringLiteral("activities")).toArray()) {
            ++activities;
            const QJsonObject co = a.toObject()
                                       .value(QStringLiteral("responsibility"))
                                       .toObject()
                                       .value(QStringLiteral("co_managed"))
                                       .toObject();
            EXPECT_TRUE(co.contains(QStringLiteral("owner")));
            EXPECT_TRUE(co.value(QStringLiteral("provider_share")).isDouble());
            EXPECT_TRUE(co.value(QStringLiteral("raci")).toObject().contains(QStringLiteral("internal")));
        }
    }
    EXPECT_GE(activities, 80);
    const QJsonObject trait = root.value(QStringLiteral("traits")).toArray().first().toObject();
    for (const char *key : {"id", "name", "low_label", "high_label", "default"})
        EXPECT_TRUE(trait.contains(QString::fromUtf8(key))) << key;
}

TEST(Cli, CatalogueMarkdownListsEveryDimension)
{
    const CliRun run = runCli({QStringLiteral("catalogue"), QStringLiteral("--format"), QStringLiteral("markdown")});
    ASSERT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains("## Security"));
    EXPECT_TRUE(run.out.contains("## Vendor Management & Integration"));
}

TEST(Cli, ScoresDefaultAndExampleProfiles)
{
    QStringList profiles = exampleProfiles();
    ASSERT_GE(profiles.size(), 3);
    profiles.prepend(QStringLiteral("default"));
    QSet<QString> recommendations;
    for (const QString &profile : profiles) {
        const CliRun run = runCli({QStringLiteral("score"), QStringLiteral("--profile"), profile,
                                   QStringLiteral("--format"), QStringLiteral("json")});
        ASSERT_EQ(run.exitCode, 0) << profile.toStdString() << run.err.toStdString();
        const QJsonObject root = QJsonDocument::fromJson(run.out).object();
        const QJsonArray models = root.value(QStringLiteral("models")).toArray();
        ASSERT_GE(models.size(), 2);
        for (const QJsonValue &model : models) {
            const QJsonArray dims = model.toObject().value(QStringLiteral("dimensions")).toArray();
            ASSERT_EQ(dims.size(), 20);
            EXPECT_FALSE(dims.first().toObject().value(QStringLiteral("explanation")).toString().isEmpty());
        }
        EXPECT_TRUE(root.value(QStringLiteral("margin")).isDouble());
        recommendations.insert(root.value(QStringLiteral("recommended")).toString());
    }
    // The examples are contrasting organisations: both models must be recommended by some.
    EXPECT_TRUE(recommendations.contains(QStringLiteral("fully_managed")));
    EXPECT_TRUE(recommendations.contains(QStringLiteral("co_managed")));
}

TEST(Cli, ScoreTextIsReadable)
{
    const CliRun run = runCli({QStringLiteral("score"), QStringLiteral("--profile"), QStringLiteral("default")});
    ASSERT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains("Overall"));
    EXPECT_TRUE(run.out.contains("Recommended:"));
}

TEST(Cli, ValidateDetectsKindAndReportsProblems)
{
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.splitbench.json"));
    QFile file(bad);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"version": 1, "traits": {"inhouse_capacity": 250}})");
    file.close();

    const CliRun good = runCli({QStringLiteral("validate"), QStringLiteral(SPLITBENCH_TEST_DATA "/mini-catalogue.json"),
                                exampleProfiles().first()});
    EXPECT_EQ(good.exitCode, 0) << good.err.toStdString();
    EXPECT_TRUE(good.out.contains("valid catalogue"));
    EXPECT_TRUE(good.out.contains("valid profile"));

    const CliRun refused = runCli({QStringLiteral("validate"), bad});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains(bad.toUtf8()));
    EXPECT_TRUE(refused.err.contains("traits.inhouse_capacity"));
    EXPECT_TRUE(refused.err.contains("outside the allowed range"));
}

TEST(Cli, ExitCodes)
{
    EXPECT_EQ(runCli({}).exitCode, 1);
    EXPECT_EQ(runCli({QStringLiteral("frobnicate")}).exitCode, 1);
    EXPECT_EQ(runCli({QStringLiteral("score")}).exitCode, 1);
    EXPECT_EQ(runCli({QStringLiteral("score"), QStringLiteral("--bogus")}).exitCode, 1);
    EXPECT_EQ(runCli({QStringLiteral("score"), QStringLiteral("--profile"), QStringLiteral("/no/such/file.json")}).exitCode, 2);
    EXPECT_EQ(runCli({QStringLiteral("catalogue"), QStringLiteral("--catalogue"), QStringLiteral(SPLITBENCH_TEST_DATA "/mini-profile.splitbench.json")}).exitCode, 2);
    EXPECT_EQ(runCli({QStringLiteral("catalogue"), QStringLiteral("--output"), QStringLiteral("/no/such/dir/out.json")}).exitCode, 3);
    const CliRun help = runCli({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains("score"));
    const CliRun version = runCli({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith("splitbench-cli "));
}

TEST(Cli, OutputFailureLeavesExistingFileIntact)
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("score.json"));
    QFile file(target);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("previous contents");
    file.close();
    // Make the folder read-only: the atomic write cannot create its temporary file.
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    const CliRun run = runCli({QStringLiteral("score"), QStringLiteral("--profile"), QStringLiteral("default"),
                               QStringLiteral("--output"), target});
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (::geteuid() != 0) { // root ignores folder permissions; the write then succeeds legitimately
        EXPECT_EQ(run.exitCode, 3);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        EXPECT_EQ(file.readAll(), QByteArray("previous contents"));
    }
    // A folder in place of the file is refused for everyone.
    const CliRun folder = runCli({QStringLiteral("score"), QStringLiteral("--profile"), QStringLiteral("default"),
                                  QStringLiteral("--output"), dir.path()});
    EXPECT_EQ(folder.exitCode, 3);
    EXPECT_TRUE(folder.err.contains("folder"));
}

} // namespace
