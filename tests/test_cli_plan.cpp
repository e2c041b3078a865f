// splitbench-cli plan (docs/handover-plan.md): the four formats agree, a missing today's split and an unknown
// model are clear usage errors, an output never overwrites an input, CSV cells never run as formulas, and
// score --format json gains `today`.
#include "support/cli_runner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using splitbench::test::CliRun;
using splitbench::test::runCli;

namespace {
const QString kManufacturer = QStringLiteral(SPLITBENCH_EXAMPLES "/2-manufacturer-with-cio.splitbench.json");
const QString kSmallOffice = QStringLiteral(SPLITBENCH_EXAMPLES "/1-small-office.splitbench.json");

QStringList plan(const QString &profile, const QString &to, const QStringList &more = {})
{
    return QStringList{QStringLiteral("plan"), QStringLiteral("--profile"), profile, QStringLiteral("--to"), to} + more;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

TEST(CliPlan, TextCsvMarkdownAndJsonListTheSameStepsInTheSameOrder)
{
    const CliRun json = runCli(plan(kManufacturer, QStringLiteral("co_managed"), {QStringLiteral("--format"), QStringLiteral("json")}));
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonObject root = QJsonDocument::fromJson(json.out).object();
    EXPECT_EQ(root.value(QStringLiteral("to")).toString(), QStringLiteral("co_managed"));
    const QJsonArray steps = root.value(QStringLiteral("steps")).toArray();
    ASSERT_GE(steps.size(), 10);
    QStringList activities;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QJsonObject step = steps[i].toObject();
        EXPECT_EQ(step.value(QStringLiteral("step")).toInt(), i + 1);
        for (const char *key : {"dimension", "dimension_name", "activity", "activity_name", "owner_before", "owner_after",
                                "raci_before", "raci_after", "provider_share_before", "provider_share_after",
                                "provider_share_change", "after_steps", "handover"})
            EXPECT_TRUE(step.contains(QLatin1String(key))) << key;
        EXPECT_FALSE(step.value(QStringLiteral("handover")).toString().isEmpty());
        for (const QJsonValue after : step.value(QStringLiteral("after_steps")).toArray())
            EXPECT_LT(after.toInt(), i + 1) << "a step after one it waits for";
        activities << step.value(QStringLiteral("activity_name")).toString();
    }

    const CliRun csv = runCli(plan(kManufacturer, QStringLiteral("co_managed"), {QStringLiteral("--format"), QStringLiteral("csv")}));
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    const QStringList lines = QString::fromUtf8(csv.out).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), steps.size() + 1);
    EXPECT_TRUE(lines.front().startsWith(QStringLiteral("step,dimension_id,dimension,activity_id,activity,")));
    for (qsizetype i = 0; i < steps.size(); ++i)
        EXPECT_TRUE(lines[i + 1].startsWith(QString::number(i + 1) + u',' + steps[i].toObject().value(QStringLiteral("dimension")).toString()))
            << lines[i + 1].toStdString();

    const CliRun md = runCli(plan(kManufacturer, QStringLiteral("co_managed"), {QStringLiteral("--format"), QStringLiteral("md")}));
    ASSERT_EQ(md.exitCode, 0) << md.err.toStdString();
    QStringList tasks;
    for (const QString &line : QString::fromUtf8(md.out).split(u'\n'))
        if (line.startsWith(QStringLiteral("- [ ] **")))
            tasks << line;
    ASSERT_EQ(tasks.size(), steps.size());
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        const QJsonObject step = steps[i].toObject();
        EXPECT_TRUE(tasks[i].contains(QStringLiteral(" — ") + step.value(QStringLiteral("activity_name")).toString() + u':'))
            << tasks[i].toStdString();
        EXPECT_TRUE(tasks[i].endsWith(QStringLiteral(" — ") + step.value(QStringLiteral("handover")).toString()))
            << tasks[i].toStdString();
    }

    const CliRun text = runCli(plan(kManufacturer, QStringLiteral("co_managed")));
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    qsizetype at = 0;
    for (const QString &name : activities) { // in the same order
        const qsizetype found = QString::fromUtf8(text.out).indexOf(name + u':', at);
        ASSERT_GE(found, 0) << name.toStdString();
        at = found;
    }
}

TEST(CliPlan, AProfileWithoutTodaysSplitIsAUsageErrorNamingTheFile)
{
    const CliRun run = runCli(plan(kSmallOffice, QStringLiteral("co_managed")));
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(kSmallOffice.toUtf8())) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains("today's split")) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty());
}

TEST(CliPlan, AnUnknownModelIsRefusedNamingItAndTheValidIds)
{
    const CliRun run = runCli(plan(kManufacturer, QStringLiteral("half_managed")));
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains("\"half_managed\"")) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains("fully_managed, co_managed")) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty());
}

TEST(CliPlan, UsageErrorsAndTheProfileIsNeverOverwritten)
{
    EXPECT_EQ(runCli({QStringLiteral("plan"), QStringLiteral("--to"), QStringLiteral("co_managed")}).exitCode, 1);
    EXPECT_EQ(runCli({QStringLiteral("plan"), QStringLiteral("--profile"), kManufacturer}).exitCode, 1);
    EXPECT_EQ(runCli(plan(kManufacturer, QStringLiteral("co_managed"), {QStringLiteral("--format"), QStringLiteral("xlsx")})).exitCode, 1);
    EXPECT_EQ(runCli(plan(QStringLiteral("/no/such/file.json"), QStringLiteral("co_managed"))).exitCode, 2);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("p.splitbench.json"));
    ASSERT_TRUE(QFile::copy(kManufacturer, path));
    const QByteArray before = readFile(path);
    EXPECT_EQ(runCli(plan(path, QStringLiteral("co_managed"), {QStringLiteral("--output"), path})).exitCode, 1);
    EXPECT_EQ(readFile(path), before);
    const QString out = dir.filePath(QStringLiteral("plan.md"));
    EXPECT_EQ(runCli(plan(path, QStringLiteral("co_managed"), {QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("-o"), out})).exitCode, 0);
    EXPECT_TRUE(readFile(out).contains("- [ ] **"));
    EXPECT_TRUE(runCli({QStringLiteral("--help")}).out.contains("plan"));
}

TEST(CliPlan, APlanToTheModelTodayAlreadyFollowsIsEmptyAndCustomModelsCanBeTargets)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("p.splitbench.json"));
    ASSERT_TRUE(writeFile(path, R"({"version": 2, "traits": {}, "as_is": {"based_on": "co_managed"},
        "custom_models": [{"id": "acme", "name": "Acme", "based_on": "co_managed", "responsibility": {"security":
          {"incident_response": {"owner": "provider", "provider_share": 90, "raci": {"provider": "RA", "internal": "I"}}}}}]})"));
    const CliRun same = runCli(plan(path, QStringLiteral("co_managed"), {QStringLiteral("--format"), QStringLiteral("json")}));
    ASSERT_EQ(same.exitCode, 0) << same.err.toStdString();
    EXPECT_TRUE(QJsonDocument::fromJson(same.out).object().value(QStringLiteral("steps")).toArray().isEmpty());
    EXPECT_TRUE(runCli(plan(path, QStringLiteral("co_managed"))).out.contains("Nothing changes hands"));
    const CliRun acme = runCli(plan(path, QStringLiteral("acme"), {QStringLiteral("--format"), QStringLiteral("json")}));
    ASSERT_EQ(acme.exitCode, 0) << acme.err.toStdString();
    const QJsonArray steps = QJsonDocument::fromJson(acme.out).object().value(QStringLiteral("steps")).toArray();
    ASSERT_EQ(steps.size(), 1);
    EXPECT_EQ(steps[0].toObject().value(QStringLiteral("activity")).toString(), QStringLiteral("incident_response"));
    EXPECT_EQ(steps[0].toObject().value(QStringLiteral("owner_after")).toString(), QStringLiteral("provider"));
}

TEST(CliPlan, CsvCellsNeverRunAsFormulas)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QJsonObject catalogue = QJsonDocument::fromJson(readFile(QStringLiteral(SPLITBENCH_SOURCE_DIR "/tests/data/mini-catalogue.json"))).object();
    QJsonArray dimensions = catalogue.value(QStringLiteral("dimensions")).toArray();
    QJsonObject security = dimensions[0].toObject();
    QJsonArray activities = security.value(QStringLiteral("activities")).toArray();
    QJsonObject policy = activities[0].toObject();
    policy.insert(QStringLiteral("name"), QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"));
    policy.insert(QStringLiteral("handover"), QStringLiteral("@SUM(1+1)"));
    activities[0] = policy;
    security.insert(QStringLiteral("activities"), activities);
    security.insert(QStringLiteral("name"), QStringLiteral("+Security"));
    dimensions[0] = security;
    catalogue.insert(QStringLiteral("dimensions"), dimensions);
    const QString cataloguePath = dir.filePath(QStringLiteral("c.json"));
    ASSERT_TRUE(writeFile(cataloguePath, QJsonDocument(catalogue).toJson()));
    const QString profilePath = dir.filePath(QStringLiteral("p.splitbench.json"));
    ASSERT_TRUE(writeFile(profilePath, R"({"version": 2, "traits": {}, "as_is": {"based_on": "all_internal"}})"));
    const CliRun csv = runCli(plan(profilePath, QStringLiteral("fully_managed"),
                                   {QStringLiteral("--catalogue"), cataloguePath, QStringLiteral("--format"), QStringLiteral("csv")}));
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    const QString out = QString::fromUtf8(csv.out);
    EXPECT_TRUE(out.contains(QStringLiteral(",'+Security,"))) << csv.out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\","))) << csv.out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral(",'@SUM(1+1)\r\n"))) << csv.out.toStdString();
    EXPECT_FALSE(out.contains(QStringLiteral(",=")));
    EXPECT_FALSE(out.contains(QStringLiteral(",@")));
}

TEST(CliPlan, ScoreJsonHasTodayOnlyWithTodaysSplit)
{
    const CliRun with = runCli({QStringLiteral("score"), QStringLiteral("--profile"), kManufacturer, QStringLiteral("--format"),
                                QStringLiteral("json")});
    ASSERT_EQ(with.exitCode, 0) << with.err.toStdString();
    const QJsonObject root = QJsonDocument::fromJson(with.out).object();
    const QJsonObject today = root.value(QStringLiteral("today")).toObject();
    ASSERT_FALSE(today.isEmpty()) << with.out.toStdString();
    EXPECT_EQ(today.value(QStringLiteral("based_on")).toString(), QStringLiteral("all_internal"));
    const double overall = today.value(QStringLiteral("overall")).toDouble(-1);
    EXPECT_GT(overall, 0);
    EXPECT_LE(overall, 100);
    EXPECT_EQ(today.value(QStringLiteral("dimensions")).toObject().size(), 20);
    // Today is no candidate: the models are the catalogue's two.
    EXPECT_EQ(root.value(QStringLiteral("models")).toArray().size(), 2);

    const CliRun without = runCli({QStringLiteral("score"), QStringLiteral("--profile"), kSmallOffice, QStringLiteral("--format"),
                                   QStringLiteral("json")});
    ASSERT_EQ(without.exitCode, 0);
    EXPECT_FALSE(QJsonDocument::fromJson(without.out).object().contains(QStringLiteral("today")));
}
