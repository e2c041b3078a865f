// splitbench-cli for workshops (docs/workshop.md): participant-file, merge, and score / sensitivity reporting
// the group's result and each participant's own answer; run as a separate process.
#include "support/cli_runner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using splitbench::test::CliRun;
using splitbench::test::runCli;

namespace {

/// Three people (Dana, Sam, Lee) whose own answers differ.
QString workshopPath()
{
    return QStringLiteral(SPLITBENCH_TEST_DATA "/workshop-3.splitbench.json");
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

/// Sam's participant file, as the CLI writes it, with one value changed when `changed`.
QString samsFile(const QTemporaryDir &dir, bool changed)
{
    const QString path = dir.filePath(QStringLiteral("sam.splitbench.json"));
    const CliRun run = runCli({QStringLiteral("participant-file"), workshopPath(), QStringLiteral("--participant"),
                               QStringLiteral("sam"), QStringLiteral("--output"), path});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    if (changed) {
        QJsonObject root = QJsonDocument::fromJson(readFile(path)).object();
        QJsonArray people = root.value(QStringLiteral("participants")).toArray();
        QJsonObject sam = people.at(0).toObject();
        QJsonObject traits = sam.value(QStringLiteral("traits")).toObject();
        traits.insert(traits.keys().first(), 12);
        sam.insert(QStringLiteral("traits"), traits);
        people.replace(0, sam);
        root.insert(QStringLiteral("participants"), people);
        writeFile(path, QJsonDocument(root).toJson());
    }
    return path;
}

} // namespace

TEST(CliWorkshop, ParticipantFileHoldsOnlyThatPersonAndAnUnknownIdIsAUsageError)
{
    QTemporaryDir dir;
    const QString path = samsFile(dir, false);
    const QJsonArray people =
        QJsonDocument::fromJson(readFile(path)).object().value(QStringLiteral("participants")).toArray();
    ASSERT_EQ(people.size(), 1);
    EXPECT_EQ(people.at(0).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("sam"));
    EXPECT_EQ(people.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Sam Patel"));

    const QString other = dir.filePath(QStringLiteral("nobody.json"));
    const CliRun unknown = runCli({QStringLiteral("participant-file"), workshopPath(), QStringLiteral("--participant"),
                                   QStringLiteral("nobody"), QStringLiteral("--output"), other});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.errText().contains(QStringLiteral("\"nobody\""))) << unknown.err.toStdString();
    EXPECT_TRUE(unknown.errText().contains(QStringLiteral("dana, sam, lee"))) << unknown.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(other));
}

TEST(CliWorkshop, MergeUpdatesByIdAndMergingTheSameFileTwiceChangesNothing)
{
    QTemporaryDir dir;
    const QString sam = samsFile(dir, true);
    const QString once = dir.filePath(QStringLiteral("once.splitbench.json"));
    const QString twice = dir.filePath(QStringLiteral("twice.splitbench.json"));
    const CliRun first = runCli({QStringLiteral("merge"), workshopPath(), sam, QStringLiteral("--output"), once});
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_TRUE(first.outText().contains(QStringLiteral("updated: Sam Patel (IT lead)"))) << first.out.toStdString();
    EXPECT_TRUE(first.outText().contains(QStringLiteral("added: none"))) << first.out.toStdString();
    const QJsonArray people =
        QJsonDocument::fromJson(readFile(once)).object().value(QStringLiteral("participants")).toArray();
    ASSERT_EQ(people.size(), 3); // nobody lost
    EXPECT_EQ(people.at(1).toObject().value(QStringLiteral("traits")).toObject().begin().value().toDouble(), 12);

    const CliRun second = runCli({QStringLiteral("merge"), once, sam, QStringLiteral("--output"), twice});
    ASSERT_EQ(second.exitCode, 0) << second.err.toStdString();
    EXPECT_TRUE(second.outText().contains(QStringLiteral("unchanged: Sam Patel (IT lead)"))) << second.out.toStdString();
    EXPECT_EQ(readFile(once), readFile(twice));
}

TEST(CliWorkshop, MergeAddsANewParticipant)
{
    QTemporaryDir dir;
    const QString sam = samsFile(dir, false);
    QJsonObject root = QJsonDocument::fromJson(readFile(sam)).object();
    QJsonObject kim = root.value(QStringLiteral("participants")).toArray().at(0).toObject();
    kim.insert(QStringLiteral("id"), QStringLiteral("kim"));
    kim.insert(QStringLiteral("name"), QStringLiteral("Kim Novak"));
    kim.insert(QStringLiteral("role"), QStringLiteral("Office manager"));
    root.insert(QStringLiteral("participants"), QJsonArray{kim});
    const QString kimPath = dir.filePath(QStringLiteral("kim.splitbench.json"));
    writeFile(kimPath, QJsonDocument(root).toJson());
    const QString out = dir.filePath(QStringLiteral("out.splitbench.json"));
    const CliRun run = runCli({QStringLiteral("merge"), workshopPath(), kimPath, QStringLiteral("--output"), out});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.outText().contains(QStringLiteral("added: Kim Novak (Office manager)"))) << run.out.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(readFile(out)).object().value(QStringLiteral("participants")).toArray().size(), 4);
}

TEST(CliWorkshop, MergeRefusesABadFileNamingItAndWritesNothing)
{
    QTemporaryDir dir;
    const QString sam = samsFile(dir, true);
    const QString broken = dir.filePath(QStringLiteral("broken.splitbench.json"));
    writeFile(broken, "{\"version\": 2,\n  \"participants\": [");
    // A participant file made for another catalogue.
    QJsonObject root = QJsonDocument::fromJson(readFile(sam)).object();
    root.insert(QStringLiteral("catalogue_fingerprint"), QStringLiteral("0000000000000000"));
    const QString foreign = dir.filePath(QStringLiteral("foreign.splitbench.json"));
    writeFile(foreign, QJsonDocument(root).toJson());
    for (const QString &bad : {broken, foreign}) {
        const QString out = dir.filePath(QStringLiteral("out.splitbench.json"));
        // The good file first: the merge is all files or none.
        const CliRun run = runCli({QStringLiteral("merge"), workshopPath(), sam, bad, QStringLiteral("--output"), out});
        EXPECT_EQ(run.exitCode, 2) << run.err.toStdString();
        EXPECT_TRUE(run.errText().contains(bad)) << run.err.toStdString();
        EXPECT_FALSE(QFileInfo::exists(out)) << bad.toStdString();
        EXPECT_TRUE(run.out.isEmpty());
    }
    const CliRun foreignRun = runCli({QStringLiteral("merge"), workshopPath(), foreign, QStringLiteral("--output"),
                                      dir.filePath(QStringLiteral("x.json"))});
    EXPECT_TRUE(foreignRun.errText().contains(QStringLiteral("catalogue"))) << foreignRun.err.toStdString();
}

TEST(CliWorkshop, MergeOntoOneOfItsInputsIsRefusedAndTheFileKept)
{
    QTemporaryDir dir;
    const QString sam = samsFile(dir, true);
    const QString workshop = dir.filePath(QStringLiteral("workshop.splitbench.json"));
    writeFile(workshop, readFile(workshopPath()));
    const QByteArray before = readFile(workshop);
    for (const QString &target : {workshop, sam}) {
        const QByteArray kept = readFile(target);
        const CliRun run = runCli({QStringLiteral("merge"), workshop, sam, QStringLiteral("--output"), target});
        EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
        EXPECT_TRUE(run.errText().contains(QStringLiteral("input"))) << run.err.toStdString();
        EXPECT_EQ(readFile(target), kept);
    }
    EXPECT_EQ(readFile(workshop), before);
    // Without --output or without a participant file: usage errors.
    EXPECT_EQ(runCli({QStringLiteral("merge"), workshop, sam}).exitCode, 1);
    EXPECT_EQ(runCli({QStringLiteral("merge"), workshop, QStringLiteral("--output"), dir.filePath(QStringLiteral("o"))})
                  .exitCode,
              1);
}

TEST(CliWorkshop, ScoreJsonHasTheGroupResultAndEachParticipantsAnswer)
{
    const CliRun run = runCli({QStringLiteral("score"), QStringLiteral("--profile"), workshopPath(),
                               QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    EXPECT_TRUE(root.contains(QStringLiteral("recommended"))); // the group's, as for any profile
    const QJsonArray people = root.value(QStringLiteral("participants")).toArray();
    ASSERT_EQ(people.size(), 3);
    QStringList answers;
    for (const QJsonValue &value : people) {
        const QJsonObject person = value.toObject();
        for (const char *key : {"id", "name", "role", "weight", "recommended", "margin", "overall"})
            EXPECT_TRUE(person.contains(QString::fromUtf8(key))) << key;
        const QJsonObject overall = person.value(QStringLiteral("overall")).toObject();
        EXPECT_EQ(overall.size(), root.value(QStringLiteral("models")).toArray().size());
        // The margin is the gap between the best two of the person's own scores.
        std::vector<double> scores;
        for (const QJsonValue &score : overall)
            scores.push_back(score.toDouble());
        std::sort(scores.rbegin(), scores.rend());
        EXPECT_NEAR(person.value(QStringLiteral("margin")).toDouble(), scores[0] - scores[1], 0.11);
        answers << person.value(QStringLiteral("recommended")).toString();
    }
    EXPECT_EQ(answers, QStringList({QStringLiteral("fully_managed"), QStringLiteral("co_managed"),
                                    QStringLiteral("fully_managed")}));
    EXPECT_EQ(root.value(QStringLiteral("disagreement")).toArray().size(),
              QJsonDocument::fromJson(runCli({QStringLiteral("catalogue")}).out)
                  .object()
                  .value(QStringLiteral("traits"))
                  .toArray()
                  .size());
    const QJsonArray decisive = root.value(QStringLiteral("decisive")).toArray();
    ASSERT_FALSE(decisive.isEmpty());
    EXPECT_EQ(decisive.at(0).toObject().value(QStringLiteral("participant")).toString(), QStringLiteral("sam"));
    EXPECT_TRUE(root.value(QStringLiteral("disagreement_sentence")).toString().contains(QStringLiteral("Sam Patel")));

    // A plain profile keeps its JSON as it was: none of the workshop's keys.
    const CliRun plain = runCli({QStringLiteral("score"), QStringLiteral("--profile"), QStringLiteral("default"),
                                 QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonObject plainRoot = QJsonDocument::fromJson(plain.out).object();
    for (const char *key : {"participants", "disagreement", "decisive", "consensus"})
        EXPECT_FALSE(plainRoot.contains(QString::fromUtf8(key))) << key;
}

TEST(CliWorkshop, ScoreTextEndsWithEachParticipantsOwnAnswer)
{
    const CliRun run = runCli({QStringLiteral("score"), QStringLiteral("--profile"), workshopPath()});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString out = run.outText();
    EXPECT_TRUE(out.contains(QStringLiteral("Participants (3)"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("Sam Patel (IT lead), weight 1: Co-managed (margin"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("What the disagreement decides"))) << out.toStdString();
    EXPECT_FALSE(runCli({QStringLiteral("score"), QStringLiteral("--profile"), QStringLiteral("default")})
                     .outText()
                     .contains(QStringLiteral("Participants")));
}

TEST(CliWorkshop, SensitivityJsonAndTextHaveTheParticipants)
{
    const CliRun json = runCli({QStringLiteral("sensitivity"), QStringLiteral("--profile"), workshopPath(),
                                QStringLiteral("--samples"), QStringLiteral("300"), QStringLiteral("--format"),
                                QStringLiteral("json")});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonObject root = QJsonDocument::fromJson(json.out).object();
    EXPECT_TRUE(root.contains(QStringLiteral("tornado")));
    EXPECT_EQ(root.value(QStringLiteral("participants")).toArray().size(), 3);
    EXPECT_FALSE(root.value(QStringLiteral("decisive")).toArray().isEmpty());
    const CliRun text = runCli({QStringLiteral("sensitivity"), QStringLiteral("--profile"), workshopPath(),
                                QStringLiteral("--samples"), QStringLiteral("300")});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.outText().contains(QStringLiteral("Lee Chen (Finance director), weight 1:")));
}

TEST(CliWorkshop, QuestionnaireWritesOnePagePdfAndRefusesAnUnknownParticipant)
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("lee.pdf"));
    const CliRun run = runCli({QStringLiteral("questionnaire"), QStringLiteral("--profile"), workshopPath(),
                               QStringLiteral("--participant"), QStringLiteral("lee"), QStringLiteral("--output"), pdf});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QByteArray bytes = readFile(pdf);
    EXPECT_TRUE(bytes.startsWith("%PDF-"));
    EXPECT_EQ(bytes.count("/Type /Page\n") + bytes.count("/Type /Page "), 1);
    const QString missing = dir.filePath(QStringLiteral("x.pdf"));
    const CliRun unknown = runCli({QStringLiteral("questionnaire"), QStringLiteral("--profile"), workshopPath(),
                                   QStringLiteral("--participant"), QStringLiteral("nobody"), QStringLiteral("--output"),
                                   missing});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_FALSE(QFileInfo::exists(missing));
    EXPECT_EQ(runCli({QStringLiteral("questionnaire"), QStringLiteral("--profile"), workshopPath()}).exitCode, 1);
}
