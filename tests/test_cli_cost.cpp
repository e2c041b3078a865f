// splitbench-cli cost, and the cost parts of score and sensitivity: output shapes, --term, exit codes, and that an
// output never overwrites the profile it reads.
#include "support/cli_runner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using splitbench::test::CliRun;
using splitbench::test::runCli;

namespace {
const QString kExample = QStringLiteral(SPLITBENCH_EXAMPLES "/1-small-office.splitbench.json");

QStringList cost(const QStringList &more)
{
    return QStringList{QStringLiteral("cost"), QStringLiteral("--profile"), kExample} + more;
}
} // namespace

TEST(CliCost, TextJsonAndCsvAgree)
{
    const CliRun json = runCli(cost({QStringLiteral("--format"), QStringLiteral("json")}));
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonObject root = QJsonDocument::fromJson(json.out).object();
    for (const char *key : {"profile", "currency", "note", "term_months", "comparison_term_months", "recommended",
                            "cheapest", "models"})
        EXPECT_TRUE(root.contains(QLatin1String(key))) << key;
    const QJsonArray models = root.value(QStringLiteral("models")).toArray();
    ASSERT_GE(models.size(), 2);

    const CliRun csv = runCli(cost({QStringLiteral("--format"), QStringLiteral("csv")}));
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    const QStringList lines = QString::fromUtf8(csv.out).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), models.size() + 1);
    const QStringList header = lines.front().split(u',');
    const qsizetype total = header.indexOf(QStringLiteral("total"));
    ASSERT_GE(total, 0);
    for (qsizetype m = 0; m < models.size(); ++m) {
        const QStringList row = lines[m + 1].split(u',');
        ASSERT_EQ(row.size(), header.size()) << lines[m + 1].toStdString();
        EXPECT_EQ(row.front(), models[m].toObject().value(QStringLiteral("id")).toString());
        EXPECT_DOUBLE_EQ(row[total].toDouble(),
                         models[m].toObject().value(QStringLiteral("tco")).toObject().value(QStringLiteral("total")).toDouble());
    }

    const CliRun text = runCli(cost({}));
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains("typical figures to replace with real quotes")) << text.out.toStdString();
    // The CLI writes money plainly for scripts: the total of the first model, whole, with its code.
    const double first = models[0].toObject().value(QStringLiteral("tco")).toObject().value(QStringLiteral("total")).toDouble();
    EXPECT_TRUE(text.out.contains((QLocale(QLocale::English, QLocale::UnitedStates).toString(std::round(first), 'f', 0) + QStringLiteral(" EUR")).toUtf8())) << text.out.toStdString();
}

TEST(CliCost, TermReplacesEveryModelsTermAndOnlyTwelveTwentyFourOrThirtySixAreAccepted)
{
    for (const char *term : {"12", "24", "36"}) {
        const CliRun run = runCli(cost({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--term"),
                                        QString::fromLatin1(term)}));
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
        const QJsonObject root = QJsonDocument::fromJson(run.out).object();
        EXPECT_EQ(root.value(QStringLiteral("term_months")).toInt(), QByteArray(term).toInt());
        for (const QJsonValue &model : root.value(QStringLiteral("models")).toArray())
            EXPECT_EQ(model.toObject().value(QStringLiteral("tco")).toObject().value(QStringLiteral("term_months")).toInt(),
                      QByteArray(term).toInt());
    }
    for (const char *bad : {"18", "0", "-12", "36.0", "twelve", ""}) {
        const CliRun run = runCli(cost({QStringLiteral("--term"), QString::fromLatin1(bad)}));
        EXPECT_EQ(run.exitCode, 1) << bad;
        EXPECT_TRUE(run.err.contains("--term must be 12, 24 or 36")) << bad << ": " << run.err.toStdString();
        EXPECT_TRUE(run.out.isEmpty());
    }
}

TEST(CliCost, UsageErrorsAndTheProfileIsNeverOverwritten)
{
    EXPECT_EQ(runCli({QStringLiteral("cost")}).exitCode, 1);
    EXPECT_EQ(runCli(cost({QStringLiteral("--format"), QStringLiteral("xml")})).exitCode, 1);
    EXPECT_EQ(runCli({QStringLiteral("cost"), QStringLiteral("--profile"), QStringLiteral("/no/such/file.json")}).exitCode, 2);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("p.splitbench.json"));
    ASSERT_TRUE(QFile::copy(kExample, path));
    QFile original(path);
    ASSERT_TRUE(original.open(QIODevice::ReadOnly));
    const QByteArray before = original.readAll();
    original.close();
    const CliRun run = runCli({QStringLiteral("cost"), QStringLiteral("--profile"), path, QStringLiteral("--output"), path});
    EXPECT_EQ(run.exitCode, 1);
    ASSERT_TRUE(original.open(QIODevice::ReadOnly));
    EXPECT_EQ(original.readAll(), before);
    const QString out = dir.filePath(QStringLiteral("cost.csv"));
    EXPECT_EQ(runCli(cost({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), out})).exitCode, 0);
    EXPECT_TRUE(QFile::exists(out));
    EXPECT_TRUE(runCli({QStringLiteral("--help")}).out.contains("cost"));
}

TEST(CliCost, ScoreJsonHasEachModelsTco)
{
    const CliRun score = runCli({QStringLiteral("score"), QStringLiteral("--profile"), kExample, QStringLiteral("--format"),
                                 QStringLiteral("json")});
    ASSERT_EQ(score.exitCode, 0) << score.err.toStdString();
    const CliRun costs = runCli(cost({QStringLiteral("--format"), QStringLiteral("json")}));
    const QJsonArray a = QJsonDocument::fromJson(score.out).object().value(QStringLiteral("models")).toArray();
    const QJsonArray b = QJsonDocument::fromJson(costs.out).object().value(QStringLiteral("models")).toArray();
    ASSERT_EQ(a.size(), b.size());
    for (qsizetype m = 0; m < a.size(); ++m) {
        const QJsonObject tco = a[m].toObject().value(QStringLiteral("tco")).toObject();
        for (const char *key : {"total", "per_year", "per_user_per_month", "term_months", "currency", "components"})
            EXPECT_TRUE(tco.contains(QLatin1String(key))) << key;
        EXPECT_EQ(tco, b[m].toObject().value(QStringLiteral("tco")).toObject());
    }
}

TEST(CliCost, SensitivityShowsTheChanceOfCostingLeastWithPriceUncertainty)
{
    const QStringList common{QStringLiteral("sensitivity"), QStringLiteral("--profile"), kExample,
                             QStringLiteral("--samples"), QStringLiteral("1000"), QStringLiteral("--format"),
                             QStringLiteral("json")};
    const CliRun off = runCli(common);
    const CliRun on = runCli(common + QStringList{QStringLiteral("--price-uncertainty"), QStringLiteral("25")});
    ASSERT_EQ(off.exitCode, 0) << off.err.toStdString();
    ASSERT_EQ(on.exitCode, 0) << on.err.toStdString();
    const QJsonObject a = QJsonDocument::fromJson(off.out).object();
    const QJsonObject b = QJsonDocument::fromJson(on.out).object();
    EXPECT_EQ(a.value(QStringLiteral("win_probability")), b.value(QStringLiteral("win_probability")));
    EXPECT_DOUBLE_EQ(a.value(QStringLiteral("cost")).toObject().value(QStringLiteral("price_uncertainty_percent")).toDouble(), 0);
    EXPECT_DOUBLE_EQ(b.value(QStringLiteral("cost")).toObject().value(QStringLiteral("price_uncertainty_percent")).toDouble(), 25);
    EXPECT_FALSE(b.value(QStringLiteral("what_would_change")).toObject().value(QStringLiteral("cost_sentence")).toString().isEmpty());
    for (const char *bad : {"-1", "91", "lots"}) {
        const CliRun run = runCli(common + QStringList{QStringLiteral("--price-uncertainty"), QString::fromLatin1(bad)});
        EXPECT_EQ(run.exitCode, 1) << bad;
        EXPECT_TRUE(run.err.contains("--price-uncertainty")) << run.err.toStdString();
    }
    const CliRun text = runCli({QStringLiteral("sensitivity"), QStringLiteral("--profile"), kExample, QStringLiteral("--samples"),
                                QStringLiteral("1000"), QStringLiteral("--price-uncertainty"), QStringLiteral("20")});
    ASSERT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains("Chance of costing least")) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains("On cost, ")) << text.out.toStdString();
}
