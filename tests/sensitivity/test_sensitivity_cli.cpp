// splitbench-cli sensitivity end to end: JSON shape, determinism, text output and exit codes.
#include "support/cli_runner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using splitbench::test::CliRun;
using splitbench::test::runCli;

namespace {

QStringList sensitivity(std::initializer_list<QString> extra)
{
    QStringList arguments{QStringLiteral("sensitivity")};
    for (const QString &argument : extra)
        arguments << argument;
    return arguments;
}

const QString kExample = QStringLiteral(SPLITBENCH_EXAMPLES "/3-growing-agency.splitbench.json");

TEST(SensitivityCli, JsonHasTheDocumentedKeys)
{
    const CliRun run = runCli(sensitivity({QStringLiteral("--profile"), kExample, QStringLiteral("--format"),
                                           QStringLiteral("json"), QStringLiteral("--samples"), QStringLiteral("4000"),
                                           QStringLiteral("--seed"), QStringLiteral("31")}));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();

    const QJsonObject breakeven = root.value(QStringLiteral("breakeven")).toObject();
    EXPECT_EQ(breakeven.size(), 14);
    ASSERT_TRUE(breakeven.value(QStringLiteral("inhouse_capacity")).isArray());
    for (const QJsonValue &values : breakeven)
        for (const QJsonValue &value : values.toArray()) {
            EXPECT_GT(value.toDouble(-1), 0.0);
            EXPECT_LT(value.toDouble(101), 100.0);
        }

    const QJsonArray tornado = root.value(QStringLiteral("tornado")).toArray();
    ASSERT_EQ(tornado.size(), 14);
    double previousSwing = 1e9;
    for (const QJsonValue &value : tornado) {
        const QJsonObject bar = value.toObject();
        EXPECT_TRUE(bar.value(QStringLiteral("trait")).isString());
        EXPECT_TRUE(bar.value(QStringLiteral("low")).isDouble());
        EXPECT_TRUE(bar.value(QStringLiteral("high")).isDouble());
        const double swing = bar.value(QStringLiteral("swing")).toDouble();
        EXPECT_NEAR(
            swing, std::abs(bar.value(QStringLiteral("high")).toDouble() - bar.value(QStringLiteral("low")).toDouble()),
            0.002);
        EXPECT_LE(swing, previousSwing);
        previousSwing = swing;
    }

    const QJsonObject tornadoMargin = root.value(QStringLiteral("tornado_margin")).toObject();
    EXPECT_EQ(tornadoMargin.value(QStringLiteral("of")).toString(),
              root.value(QStringLiteral("current")).toObject().value(QStringLiteral("recommended")).toString());
    EXPECT_DOUBLE_EQ(tornadoMargin.value(QStringLiteral("window")).toDouble(), 10.0);

    const QJsonObject wins = root.value(QStringLiteral("win_probability")).toObject();
    ASSERT_EQ(wins.size(), 2);
    EXPECT_NEAR(wins.value(QStringLiteral("fully_managed")).toDouble() +
                    wins.value(QStringLiteral("co_managed")).toDouble(),
                1.0, 1e-4);

    const QJsonObject margin = root.value(QStringLiteral("margin")).toObject();
    for (const char *key : {"mean", "p5", "p50", "p95"})
        EXPECT_TRUE(margin.value(QString::fromUtf8(key)).isDouble()) << key;
    EXPECT_LE(margin.value(QStringLiteral("p5")).toDouble(), margin.value(QStringLiteral("p50")).toDouble());
    EXPECT_LE(margin.value(QStringLiteral("p50")).toDouble(), margin.value(QStringLiteral("p95")).toDouble());
    EXPECT_EQ(root.value(QStringLiteral("seed")).toInteger(), 31);
    EXPECT_EQ(root.value(QStringLiteral("samples")).toInt(), 4000);

    const QJsonObject change = root.value(QStringLiteral("what_would_change")).toObject();
    EXPECT_TRUE(change.value(QStringLiteral("trait")).isObject());
    EXPECT_FALSE(root.value(QStringLiteral("sentences")).toArray().isEmpty());
    EXPECT_FALSE(root.contains(QStringLiteral("curves")));
}

TEST(SensitivityCli, DefaultsAndCurves)
{
    const CliRun run =
        runCli(sensitivity({QStringLiteral("--profile"), QStringLiteral("default"), QStringLiteral("--format"),
                            QStringLiteral("json"), QStringLiteral("--curves")}));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    EXPECT_EQ(root.value(QStringLiteral("samples")).toInt(), 20000);
    EXPECT_EQ(root.value(QStringLiteral("seed")).toInteger(), 1);
    const QJsonObject curves = root.value(QStringLiteral("curves")).toObject();
    EXPECT_EQ(curves.value(QStringLiteral("positions")).toArray().size(), 201);
    EXPECT_EQ(curves.value(QStringLiteral("overall"))
                  .toObject()
                  .value(QStringLiteral("inhouse_capacity"))
                  .toObject()
                  .value(QStringLiteral("co_managed"))
                  .toArray()
                  .size(),
              201);
}

TEST(SensitivityCli, SameSeedSameBytesWhateverTheThreads)
{
    const auto runWith = [](const char *seed, const char *threads) {
        return runCli(
            sensitivity({QStringLiteral("--profile"), kExample, QStringLiteral("--format"), QStringLiteral("json"),
                         QStringLiteral("--samples"), QStringLiteral("3000"), QStringLiteral("--seed"),
                         QString::fromUtf8(seed), QStringLiteral("--threads"), QString::fromUtf8(threads)}));
    };
    const CliRun a = runWith("5", "1");
    const CliRun b = runWith("5", "2");
    const CliRun c = runWith("6", "1");
    ASSERT_EQ(a.exitCode, 0);
    EXPECT_EQ(a.out, b.out);
    EXPECT_NE(a.out, c.out);
}

TEST(SensitivityCli, ReportedBreakevenFlipsTheScore)
{
    const CliRun run =
        runCli(sensitivity({QStringLiteral("--profile"), QStringLiteral("default"), QStringLiteral("--format"),
                            QStringLiteral("json"), QStringLiteral("--samples"), QStringLiteral("100")}));
    ASSERT_EQ(run.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    const QJsonArray flips = root.value(QStringLiteral("breakeven_details"))
                                 .toObject()
                                 .value(QStringLiteral("inhouse_capacity"))
                                 .toObject()
                                 .value(QStringLiteral("flips"))
                                 .toArray();
    ASSERT_EQ(flips.size(), 1);
    const QJsonObject flip = flips.first().toObject();
    const double value = flip.value(QStringLiteral("value")).toDouble();

    QTemporaryDir dir;
    for (const double side : {-0.01, 0.01}) {
        const QString path = dir.filePath(QStringLiteral("edge.splitbench.json"));
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), 1},
                                             {QStringLiteral("traits"),
                                              QJsonObject{{QStringLiteral("inhouse_capacity"), value + side}}}})
                       .toJson());
        file.close();
        const CliRun score = runCli({QStringLiteral("score"), QStringLiteral("--profile"), path,
                                     QStringLiteral("--format"), QStringLiteral("json")});
        ASSERT_EQ(score.exitCode, 0) << score.err.toStdString();
        const QString expected = flip.value(side < 0 ? QStringLiteral("below") : QStringLiteral("above")).toString();
        EXPECT_EQ(QJsonDocument::fromJson(score.out).object().value(QStringLiteral("recommended")).toString(), expected)
            << "at " << value + side;
    }
}

TEST(SensitivityCli, TextIsReadable)
{
    const CliRun run = runCli(
        sensitivity({QStringLiteral("--profile"), kExample, QStringLiteral("--samples"), QStringLiteral("2000")}));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    for (const char *heading : {"Breakevens", "Tornado", "Robustness: 2000 samples, seed 1", "Head to head",
                                "What would change the answer", "takes over from"})
        EXPECT_TRUE(run.out.contains(heading)) << heading;
}

TEST(SensitivityCli, NamesTheThirdModelThatTakesOver)
{
    // Acme, a near copy of Co-managed, leads Co-managed by 0.04 points; Fully managed is the model that takes over.
    const QString profile = QStringLiteral(SPLITBENCH_TEST_DATA "/three-models-clinic.splitbench.json");
    const CliRun text = runCli(sensitivity({QStringLiteral("--profile"), profile, QStringLiteral("--samples"),
                                            QStringLiteral("2000")}));
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains("Fully managed takes over from Acme if In-house IT capacity falls below 41.3"))
        << text.out.toStdString();
    EXPECT_TRUE(text.out.contains("Tornado: margin of Acme over the best other model")) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains("Closest single-trait change that puts each other model on top: Fully managed if "
                                  "In-house IT capacity falls below 41.3 (now 45)"))
        << text.out.toStdString();

    const CliRun json = runCli(sensitivity({QStringLiteral("--profile"), profile, QStringLiteral("--samples"),
                                            QStringLiteral("2000"), QStringLiteral("--format"), QStringLiteral("json")}));
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonObject root = QJsonDocument::fromJson(json.out).object();
    const QJsonObject capacity = root.value(QStringLiteral("breakeven_details"))
                                     .toObject()
                                     .value(QStringLiteral("inhouse_capacity"))
                                     .toObject();
    const QJsonObject below =
        capacity.value(QStringLiteral("takeover")).toObject().value(QStringLiteral("below")).toObject();
    EXPECT_EQ(below.value(QStringLiteral("model")).toString(), QStringLiteral("fully_managed"));
    EXPECT_NEAR(below.value(QStringLiteral("value")).toDouble(), 41.355, 1e-3);
    const QJsonArray flips = capacity.value(QStringLiteral("flips")).toArray();
    ASSERT_EQ(flips.size(), 2);
    EXPECT_EQ(flips[0].toObject().value(QStringLiteral("takes_over")).toString(), QStringLiteral("fully_managed"));
    EXPECT_EQ(flips[0].toObject().value(QStringLiteral("shown")).toString(), QStringLiteral("41.3"));
    EXPECT_EQ(flips[1].toObject().value(QStringLiteral("takes_over")).toString(), QStringLiteral("co_managed"));
    // The old fields stay for existing readers.
    EXPECT_EQ(flips[0].toObject().value(QStringLiteral("below")).toString(), QStringLiteral("fully_managed"));
    EXPECT_EQ(flips[0].toObject().value(QStringLiteral("above")).toString(), QStringLiteral("acme"));

    const QJsonObject top = root.value(QStringLiteral("tornado")).toArray().first().toObject();
    EXPECT_EQ(top.value(QStringLiteral("trait")).toString(), QStringLiteral("inhouse_capacity"));
    EXPECT_GT(top.value(QStringLiteral("swing")).toDouble(), 20.0);
    EXPECT_EQ(top.value(QStringLiteral("low_rival")).toString(), QStringLiteral("fully_managed"));
    const QJsonObject perModel = root.value(QStringLiteral("what_would_change"))
                                     .toObject()
                                     .value(QStringLiteral("trait_per_model"))
                                     .toObject();
    EXPECT_EQ(perModel.value(QStringLiteral("fully_managed")).toObject().value(QStringLiteral("trait")).toString(),
              QStringLiteral("inhouse_capacity"));

    // CSV: one row per trait with who takes over where, for spreadsheets.
    const CliRun csv = runCli(sensitivity({QStringLiteral("--profile"), profile, QStringLiteral("--samples"),
                                           QStringLiteral("1000"), QStringLiteral("--format"), QStringLiteral("csv")}));
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    const QStringList all = QString::fromUtf8(csv.out).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    // After the traits, two rows (users, salary) per cost comparison of "what would change the answer".
    const QStringList rows = all.filter(QRegularExpression(QStringLiteral("^(?!cost_)")));
    ASSERT_EQ(rows.size(), 15); // header and 14 traits
    const qsizetype costRows = all.size() - rows.size();
    EXPECT_TRUE(costRows == 2 || costRows == 4) << costRows;
    EXPECT_TRUE(all.mid(15).filter(QStringLiteral("cost_")).size() == costRows); // at the end
    EXPECT_TRUE(rows.front().startsWith(QStringLiteral("trait,current,below_value,below_shown,below_takes_over,")));
    QString capacityRow;
    for (const QString &row : rows)
        if (row.startsWith(QStringLiteral("inhouse_capacity,")))
            capacityRow = row;
    const QStringList cells = capacityRow.split(u',');
    ASSERT_EQ(cells.size(), 13) << capacityRow.toStdString();
    EXPECT_EQ(cells[1], QStringLiteral("45"));
    EXPECT_NEAR(cells[2].toDouble(), 41.355, 1e-3);
    EXPECT_EQ(cells[3], QStringLiteral("41.3"));
    EXPECT_EQ(cells[4], QStringLiteral("fully_managed"));
    EXPECT_EQ(cells[7], QStringLiteral("co_managed"));
    EXPECT_LT(cells[8].toDouble(), -20.0);
    EXPECT_EQ(cells[9], QStringLiteral("fully_managed"));
}

TEST(SensitivityCli, ExitCodes)
{
    const QString profile = QStringLiteral("default");
    EXPECT_EQ(runCli(sensitivity({})).exitCode, 1);
    for (const char *samples : {"0", "-5", "abc", "1.5", "10000001"})
        EXPECT_EQ(runCli(sensitivity({QStringLiteral("--profile"), profile, QStringLiteral("--samples"),
                                      QString::fromUtf8(samples)}))
                      .exitCode,
                  1)
            << samples;
    const CliRun badSeed =
        runCli(sensitivity({QStringLiteral("--profile"), profile, QStringLiteral("--seed"), QStringLiteral("-1")}));
    EXPECT_EQ(badSeed.exitCode, 1);
    EXPECT_TRUE(badSeed.err.contains("--seed")) << badSeed.err.toStdString();
    EXPECT_EQ(
        runCli(sensitivity({QStringLiteral("--profile"), profile, QStringLiteral("--format"), QStringLiteral("xml")}))
            .exitCode,
        1);
    EXPECT_EQ(runCli(sensitivity({QStringLiteral("--profile"), profile, QStringLiteral("--trait-uncertainty"),
                                  QStringLiteral("60")}))
                  .exitCode,
              1);
    EXPECT_EQ(runCli(sensitivity({QStringLiteral("--profile"), QStringLiteral("/no/such/profile.json")})).exitCode, 2);

    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.splitbench.json"));
    QFile file(bad);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"version": 1, "traits": {"inhouse_capacity": 250}})");
    file.close();
    const CliRun refused = runCli(sensitivity({QStringLiteral("--profile"), bad}));
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains("traits.inhouse_capacity"));

    const CliRun folder = runCli(sensitivity({QStringLiteral("--profile"), profile, QStringLiteral("--samples"),
                                              QStringLiteral("10"), QStringLiteral("--output"), dir.path()}));
    EXPECT_EQ(folder.exitCode, 3);
    const QString target = dir.filePath(QStringLiteral("out.json"));
    const CliRun written =
        runCli(sensitivity({QStringLiteral("--profile"), profile, QStringLiteral("--samples"), QStringLiteral("10"),
                            QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), target}));
    EXPECT_EQ(written.exitCode, 0);
    EXPECT_TRUE(QFile::exists(target));

    const CliRun help = runCli({QStringLiteral("--help")});
    EXPECT_TRUE(help.out.contains("sensitivity"));
}

} // namespace
