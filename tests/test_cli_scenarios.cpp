// splitbench-cli and scenarios (issue 19): score --scenario scores one scenario, score's JSON compares them all,
// cost --scenario costs one; an unknown scenario is a usage error naming the file and its scenarios.
#include "support/cli_runner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using splitbench::test::CliRun;
using splitbench::test::runCli;

namespace {

/// A profile that keeps much in-house; "If the IT lead leaves" flips its recommendation, "Slower growth" not.
QString scenariosPath() { return QStringLiteral(SPLITBENCH_TEST_DATA "/scenarios-2.splitbench.json"); }

QJsonObject json(const CliRun &run) { return QJsonDocument::fromJson(run.out).object(); }

QJsonObject scoreJson(const QStringList &extra = {})
{
    const CliRun run = runCli(QStringList{QStringLiteral("score"), QStringLiteral("--profile"), scenariosPath(),
                                          QStringLiteral("--format"), QStringLiteral("json")} + extra);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    return json(run);
}

} // namespace

TEST(CliScenarios, ScoreJsonComparesTheScenariosAndKeepsEveryKey)
{
    const QJsonObject withScenarios = scoreJson();
    const QJsonObject scenarios = withScenarios.value(QStringLiteral("scenarios")).toObject();
    ASSERT_FALSE(scenarios.isEmpty());
    EXPECT_FALSE(scenarios.value(QStringLiteral("robust")).toBool(true));
    EXPECT_EQ(scenarios.value(QStringLiteral("flipped_by")).toArray(), QJsonArray{QStringLiteral("lead_leaves")});
    EXPECT_TRUE(scenarios.value(QStringLiteral("sentence")).toString().contains(QStringLiteral("If the IT lead leaves")));
    const QJsonArray outcomes = scenarios.value(QStringLiteral("outcomes")).toArray();
    ASSERT_EQ(outcomes.size(), 3);
    // The base outcome is the profile's own answer.
    EXPECT_EQ(outcomes[0].toObject().value(QStringLiteral("recommended")), withScenarios.value(QStringLiteral("recommended")));
    EXPECT_EQ(scenarios.value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));

    // Every key of the score without scenarios is still there, with the same value.
    const CliRun plain = runCli({QStringLiteral("score"), QStringLiteral("--profile"), QStringLiteral("default"),
                                 QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(plain.exitCode, 0);
    for (const QString &key : json(plain).keys())
        EXPECT_TRUE(withScenarios.contains(key)) << key.toStdString();
    EXPECT_FALSE(json(plain).contains(QStringLiteral("scenarios")));
}

TEST(CliScenarios, ScoreScenarioScoresThatScenarioByIdOrName)
{
    const QJsonObject base = scoreJson();
    const QJsonObject leaves = scoreJson({QStringLiteral("--scenario"), QStringLiteral("lead_leaves")});
    const QJsonObject byName = scoreJson({QStringLiteral("--scenario"), QStringLiteral("if the it lead leaves")});
    EXPECT_EQ(leaves, byName);
    EXPECT_EQ(leaves.value(QStringLiteral("scenario")).toObject().value(QStringLiteral("id")).toString(),
              QStringLiteral("lead_leaves"));
    const QJsonObject expected =
        base.value(QStringLiteral("scenarios")).toObject().value(QStringLiteral("outcomes")).toArray()[2].toObject();
    EXPECT_EQ(leaves.value(QStringLiteral("recommended")), expected.value(QStringLiteral("recommended")));
    EXPECT_NE(leaves.value(QStringLiteral("recommended")), base.value(QStringLiteral("recommended")));
    EXPECT_FALSE(leaves.contains(QStringLiteral("scenarios"))); // one scenario, nothing to compare

    const CliRun text = runCli({QStringLiteral("score"), QStringLiteral("--profile"), scenariosPath(),
                                QStringLiteral("--scenario"), QStringLiteral("slower")});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.outText().startsWith(QStringLiteral("Scenario: Slower growth\n"))) << text.out.constData();
}

TEST(CliScenarios, ScoreTextEndsWithTheComparison)
{
    const CliRun run = runCli({QStringLiteral("score"), QStringLiteral("--profile"), scenariosPath()});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.outText().contains(QStringLiteral("Scenarios: each model's overall fit and cost per year (EUR)")));
    EXPECT_TRUE(run.outText().contains(QStringLiteral("As profiled")));
    EXPECT_TRUE(run.outText().contains(QStringLiteral("“If the IT lead leaves” would flip it to")));
}

TEST(CliScenarios, AnUnknownScenarioIsAUsageErrorNamingTheFileAndItsScenarios)
{
    const CliRun run = runCli({QStringLiteral("score"), QStringLiteral("--profile"), scenariosPath(),
                               QStringLiteral("--scenario"), QStringLiteral("boom")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_TRUE(run.errText().contains(scenariosPath())) << run.err.constData();
    EXPECT_TRUE(run.errText().contains(QStringLiteral("no scenario \"boom\"")));
    EXPECT_TRUE(run.errText().contains(QStringLiteral("slower (\"Slower growth\")")));
    EXPECT_TRUE(run.errText().contains(QStringLiteral("lead_leaves (\"If the IT lead leaves\")")));

    const CliRun none = runCli({QStringLiteral("cost"), QStringLiteral("--profile"), QStringLiteral("default"),
                                QStringLiteral("--scenario"), QStringLiteral("boom")});
    EXPECT_EQ(none.exitCode, 1);
    EXPECT_TRUE(none.errText().contains(QStringLiteral("has no scenarios"))) << none.err.constData();
}

TEST(CliScenarios, CostScenarioCostsThatScenariosOrganisation)
{
    const auto total = [](const QStringList &extra) {
        const CliRun run = runCli(QStringList{QStringLiteral("cost"), QStringLiteral("--profile"), scenariosPath(),
                                              QStringLiteral("--format"), QStringLiteral("json")} + extra);
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        return json(run);
    };
    const QJsonObject base = total({});
    const QJsonObject slower = total({QStringLiteral("--scenario"), QStringLiteral("slower")});
    EXPECT_EQ(slower.value(QStringLiteral("scenario")).toObject().value(QStringLiteral("name")).toString(),
              QStringLiteral("Slower growth"));
    // 60 users instead of 80: the organisation figures differ, so the costs do.
    EXPECT_EQ(base.value(QStringLiteral("users")).toDouble(), 80);
    EXPECT_EQ(slower.value(QStringLiteral("users")).toDouble(), 60);
    EXPECT_NE(QJsonDocument(base.value(QStringLiteral("models")).toArray()).toJson(),
              QJsonDocument(slower.value(QStringLiteral("models")).toArray()).toJson());
}
