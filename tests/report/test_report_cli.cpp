// `splitbench-cli report` end to end, without a display: every format, batches, and unwritable outputs.
#include "report_test_support.h"
#include "support/cli_runner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <unistd.h>

using namespace splitbench::report::test;

namespace {

/// splitbench-cli's output as text: these tests search it for words.
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs splitbench-cli as a user would on a server: no DISPLAY, no QT_QPA_PLATFORM.
CliRun runCli(const QStringList &arguments)
{
    const splitbench::test::CliRun run = splitbench::test::runCli(arguments);
    return {run.exitCode, run.outText(), run.errText()};
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString pdfText(const QString &path)
{
    return QString::fromUtf8(runTool(QStringLiteral(SPLITBENCH_TOOL_PDFTOTEXT), {path, QStringLiteral("-")}).out);
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

TEST(ReportCli, WritesEveryFormatWithoutADisplay)
{
    QTemporaryDir dir;
    const QString profile = exampleProfilePaths().at(1);
    for (const QString &suffix :
         {QStringLiteral("pdf"), QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("csv"),
          QStringLiteral("md"), QStringLiteral("html"), QStringLiteral("xlsx"), QStringLiteral("json")}) {
        const QString output = dir.filePath(QStringLiteral("out.") + suffix);
        const CliRun run = runCli(
            {QStringLiteral("report"), QStringLiteral("--profile"), profile, QStringLiteral("--output"), output});
        ASSERT_EQ(run.exitCode, 0) << suffix.toStdString() << ": " << run.err.toStdString();
        EXPECT_GT(QFileInfo(output).size(), 1000) << suffix.toStdString();
    }
    EXPECT_EQ(
        runTool(QStringLiteral(SPLITBENCH_TOOL_QPDF), {QStringLiteral("--check"), dir.filePath(QStringLiteral("out.pdf"))}).exitCode,
        0);
    EXPECT_TRUE(pdfText(dir.filePath(QStringLiteral("out.pdf"))).contains(QStringLiteral("Northfield Components")));
    EXPECT_FALSE(QImage(dir.filePath(QStringLiteral("out.png"))).isNull());
    EXPECT_TRUE(readAll(dir.filePath(QStringLiteral("out.xlsx"))).startsWith("PK"));
    EXPECT_TRUE(readAll(dir.filePath(QStringLiteral("out.svg"))).contains("<svg"));
    EXPECT_TRUE(readAll(dir.filePath(QStringLiteral("out.html"))).contains("<table>"));
    EXPECT_EQ(readAll(dir.filePath(QStringLiteral("out.csv"))).count("\r\n"), 86);

    // .json is exactly `score --format json`.
    const CliRun score = runCli({QStringLiteral("score"), QStringLiteral("--profile"), profile,
                                 QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(score.exitCode, 0);
    EXPECT_EQ(QString::fromUtf8(readAll(dir.filePath(QStringLiteral("out.json")))), score.out);
}

TEST(ReportCli, LetterPaperAndCustomCatalogueOptions)
{
    QTemporaryDir dir;
    const QString output = dir.filePath(QStringLiteral("letter.pdf"));
    const CliRun run = runCli({QStringLiteral("report"), QStringLiteral("--profile"),
                               dataFile(QStringLiteral("provider-proposal.splitbench.json")), QStringLiteral("-o"),
                               output, QStringLiteral("--page-size"), QStringLiteral("Letter")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString info = QString::fromUtf8(runTool(QStringLiteral(SPLITBENCH_TOOL_PDFINFO), {output}).out);
    EXPECT_TRUE(info.contains(QStringLiteral("(letter)"))) << info.toStdString();
    EXPECT_TRUE(collapsed(pdfText(output)).contains(QStringLiteral("Acme MSP proposal")));

    const CliRun bad = runCli({QStringLiteral("report"), QStringLiteral("--profile"), exampleProfilePaths().at(0),
                               QStringLiteral("-o"), output, QStringLiteral("--page-size"), QStringLiteral("A3")});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("A3")));

    const QString miniProfile = QStringLiteral(SPLITBENCH_SOURCE_DIR "/tests/data/mini-profile.splitbench.json");
    const QString miniCatalogue = QStringLiteral(SPLITBENCH_SOURCE_DIR "/tests/data/mini-catalogue.json");
    const QString csv = dir.filePath(QStringLiteral("mini.csv"));
    const CliRun custom = runCli({QStringLiteral("report"), QStringLiteral("--profile"), miniProfile,
                                  QStringLiteral("--catalogue"), miniCatalogue, QStringLiteral("-o"), csv});
    ASSERT_EQ(custom.exitCode, 0) << custom.err.toStdString();
    EXPECT_LT(readAll(csv).count("\r\n"), 86); // the mini catalogue, not the built-in one
}

TEST(ReportCli, SamplesAndSeedReachTheSensitivityPageAndMatchTheSensitivityCommand)
{
    QTemporaryDir dir;
    const QString profile = exampleProfilePaths().at(2);
    const QString output = dir.filePath(QStringLiteral("seeded.pdf"));
    const CliRun run = runCli({QStringLiteral("report"), QStringLiteral("--profile"), profile, QStringLiteral("-o"),
                               output, QStringLiteral("--samples"), QStringLiteral("900"), QStringLiteral("--seed"),
                               QStringLiteral("77")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString text = collapsed(pdfText(output));
    EXPECT_TRUE(text.contains(QStringLiteral("Monte Carlo: 900 samples, seed 77."))) << text.toStdString();

    // `sensitivity` with the same samples and seed prints the same robustness sentence.
    const CliRun sensitivity =
        runCli({QStringLiteral("sensitivity"), QStringLiteral("--profile"), profile, QStringLiteral("--samples"),
                QStringLiteral("900"), QStringLiteral("--seed"), QStringLiteral("77"), QStringLiteral("--format"),
                QStringLiteral("json")});
    ASSERT_EQ(sensitivity.exitCode, 0) << sensitivity.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(sensitivity.out.toUtf8()).object();
    EXPECT_EQ(json.value(QStringLiteral("samples")).toInt(), 900);
    QString sentence;
    for (const QJsonValue &value : json.value(QStringLiteral("sentences")).toArray())
        if (value.toString().contains(QStringLiteral("variations of this profile")))
            sentence = collapsed(value.toString());
    ASSERT_TRUE(sentence.contains(QStringLiteral("900 variations"))) << sentence.toStdString();
    EXPECT_TRUE(text.contains(sentence)) << sentence.toStdString();

    for (const auto &[option, value] : {std::pair{QStringLiteral("--samples"), QStringLiteral("0")},
                                        std::pair{QStringLiteral("--seed"), QStringLiteral("-1")},
                                        std::pair{QStringLiteral("--samples"), QStringLiteral("many")}}) {
        const QString rejected = dir.filePath(QStringLiteral("rejected.pdf"));
        const CliRun bad = runCli({QStringLiteral("report"), QStringLiteral("--profile"), profile,
                                   QStringLiteral("-o"), rejected, option, value});
        EXPECT_EQ(bad.exitCode, 1) << option.toStdString() << " " << value.toStdString();
        EXPECT_TRUE(bad.err.contains(option)) << bad.err.toStdString();
        EXPECT_FALSE(QFileInfo::exists(rejected));
    }

    const CliRun help = runCli({QStringLiteral("report"), QStringLiteral("--help")});
    EXPECT_TRUE(help.out.contains(QStringLiteral("--samples <n>"))) << help.out.toStdString();
    EXPECT_TRUE(help.out.contains(QStringLiteral("--seed <s>"))) << help.out.toStdString();
}

TEST(ReportCli, BatchWritesOneReportPerProfileInParallelIdenticalToSingleRuns)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("reports"));
    QStringList arguments{QStringLiteral("report"), QStringLiteral("--output-dir"), folder};
    for (const QString &profile : profilePaths())
        arguments << QStringLiteral("--profile") << profile;
    const CliRun run = runCli(arguments);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QStringList expected;
    for (const QString &profile : profilePaths()) {
        QString name = QFileInfo(profile).fileName();
        name.chop(QStringLiteral(".splitbench.json").size());
        expected << name + QStringLiteral(".pdf");
    }
    expected.sort();
    EXPECT_EQ(filesIn(folder), expected);
    EXPECT_EQ(run.out.count(QStringLiteral("wrote ")), profilePaths().size());

    // Painting on worker threads must give the same document as a run on its own.
    for (const QString &profile : {profilePaths().at(0), profilePaths().at(4)}) {
        QString name = QFileInfo(profile).fileName();
        name.chop(QStringLiteral(".splitbench.json").size());
        const QString single = dir.filePath(name + QStringLiteral("-single.pdf"));
        ASSERT_EQ(runCli({QStringLiteral("report"), QStringLiteral("--profile"), profile, QStringLiteral("-o"), single})
                      .exitCode,
                  0);
        const QString batch = QDir(folder).filePath(name + QStringLiteral(".pdf"));
        EXPECT_EQ(runTool(QStringLiteral(SPLITBENCH_TOOL_QPDF), {QStringLiteral("--check"), batch}).exitCode, 0);
        EXPECT_EQ(pdfText(batch), pdfText(single)) << name.toStdString();
    }

    const CliRun xlsx =
        runCli({QStringLiteral("report"), QStringLiteral("--profile"), profilePaths().at(0),
                QStringLiteral("--profile"), profilePaths().at(1), QStringLiteral("--output-dir"), folder,
                QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--jobs"), QStringLiteral("2")});
    ASSERT_EQ(xlsx.exitCode, 0) << xlsx.err.toStdString();
    EXPECT_EQ(QDir(folder).entryList({QStringLiteral("*.xlsx")}, QDir::Files).size(), 2);
}

TEST(ReportCli, UnwritableOutputsExitWithCode3AndLeaveNothingBehind)
{
    QTemporaryDir dir;
    const QString profile = exampleProfilePaths().at(0);
    const auto report = [&](const QString &output) {
        return runCli(
            {QStringLiteral("report"), QStringLiteral("--profile"), profile, QStringLiteral("--output"), output});
    };

    const QString missing = dir.filePath(QStringLiteral("no/such/folder/report.pdf"));
    CliRun run = report(missing);
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_TRUE(run.err.contains(missing) && run.err.contains(QStringLiteral("does not exist")))
        << run.err.toStdString();

    const QString folderInPlace = dir.filePath(QStringLiteral("report.xlsx"));
    ASSERT_TRUE(QDir().mkdir(folderInPlace));
    run = report(folderInPlace);
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_TRUE(run.err.contains(QStringLiteral("folder of that name"))) << run.err.toStdString();
    EXPECT_TRUE(QFileInfo(folderInPlace).isDir());
    EXPECT_EQ(filesIn(folderInPlace), QStringList());

    // A place nobody may create files in, not even root: /proc.
    run = report(QStringLiteral("/proc/splitbench-report.pdf"));
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_TRUE(run.err.contains(QStringLiteral("/proc/splitbench-report.pdf"))) << run.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(QStringLiteral("/proc/splitbench-report.pdf")));

    if (geteuid() != 0) { // permissions only bind ordinary users
        const QString locked = dir.filePath(QStringLiteral("locked"));
        ASSERT_TRUE(QDir().mkdir(locked));
        QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        run = report(QDir(locked).filePath(QStringLiteral("report.pdf")));
        EXPECT_EQ(run.exitCode, 3) << run.err.toStdString();
        EXPECT_EQ(filesIn(locked), QStringList());
        QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    // A file in the way of --output-dir.
    const QString file = dir.filePath(QStringLiteral("plain-file"));
    QFile(file).open(QIODevice::WriteOnly);
    run =
        runCli({QStringLiteral("report"), QStringLiteral("--profile"), profile, QStringLiteral("--output-dir"), file});
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_TRUE(run.err.contains(file)) << run.err.toStdString();

    // An existing report survives a failed run (invalid profile) untouched.
    const QString good = dir.filePath(QStringLiteral("good.pdf"));
    ASSERT_EQ(report(good).exitCode, 0);
    const QByteArray before = readAll(good);
    const QString broken = dir.filePath(QStringLiteral("broken.splitbench.json"));
    {
        QFile out(broken);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(R"({"version": 1, "traits": {"inhouse_capacity": 150}})");
    }
    run = runCli({QStringLiteral("report"), QStringLiteral("--profile"), broken, QStringLiteral("-o"), good});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("inhouse_capacity"))) << run.err.toStdString();
    EXPECT_EQ(readAll(good), before);
    QStringList left = filesIn(dir.path());
    EXPECT_EQ(left, QStringList({QStringLiteral("broken.splitbench.json"), QStringLiteral("good.pdf"),
                                 QStringLiteral("plain-file")}));
}

TEST(ReportCli, UsageErrorsExitWithCode1)
{
    QTemporaryDir dir;
    const QString profile = exampleProfilePaths().at(0);
    const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
    const QList<QStringList> cases{
        {QStringLiteral("report"), QStringLiteral("-o"), pdf},            // no profile
        {QStringLiteral("report"), QStringLiteral("--profile"), profile}, // no output
        {QStringLiteral("report"), QStringLiteral("--profile"), profile, QStringLiteral("-o"),
         dir.filePath(QStringLiteral("r.docx"))},
        {QStringLiteral("report"), QStringLiteral("--profile"), profile, QStringLiteral("-o"), pdf,
         QStringLiteral("--output-dir"), dir.path()},
        {QStringLiteral("report"), QStringLiteral("--profile"), profile, QStringLiteral("--profile"), profile,
         QStringLiteral("-o"), pdf},
        {QStringLiteral("report"), QStringLiteral("--profile"), profile, QStringLiteral("--profile"), profile,
         QStringLiteral("--output-dir"), dir.path()}, // both would be written to the same file
        {QStringLiteral("report"), QStringLiteral("--profile"), profile, QStringLiteral("--output-dir"), dir.path(),
         QStringLiteral("--format"), QStringLiteral("doc")},
        {QStringLiteral("report"), QStringLiteral("--profile"), profile, QStringLiteral("-o"), pdf,
         QStringLiteral("--format"), QStringLiteral("csv")},
    };
    for (const QStringList &arguments : cases) {
        const CliRun run = runCli(arguments);
        EXPECT_EQ(run.exitCode, 1) << arguments.join(u' ').toStdString() << "\n" << run.err.toStdString();
        EXPECT_TRUE(run.err.startsWith(QStringLiteral("error: "))) << run.err.toStdString();
    }
    EXPECT_EQ(filesIn(dir.path()), QStringList());
    const CliRun help = runCli({QStringLiteral("--help")});
    EXPECT_TRUE(help.out.contains(QStringLiteral("report"))) << help.out.toStdString();
}

} // namespace
