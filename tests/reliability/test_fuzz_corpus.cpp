// Replays every fuzz seed and regression input (fuzz/corpus, fuzz/regressions) through the code the
// fuzz targets run, so inputs that once crashed stay fixed in every build, with or without clang.
#include "fuzz_inputs.h"
#include "matrix_import.h"
#include "sheet_file.h"

#include "catalogue.h"
#include "cli_app.h"
#include "profile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSet>

#include <gtest/gtest.h>

using namespace splitbench;

namespace {

/// Every input of `target`: the seed corpus and the regression reproducers.
QStringList inputsOf(const char *target)
{
    QStringList paths;
    for (const char *kind : {"corpus", "regressions"}) {
        const QDir dir(QStringLiteral(SPLITBENCH_SOURCE_DIR "/fuzz/%1/%2").arg(QString::fromUtf8(kind), QString::fromUtf8(target)));
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
            if (!name.endsWith(QStringLiteral(".md"))) // the folders' READMEs
                paths << dir.filePath(name);
    }
    return paths;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

const uint8_t *bytesOf(const QByteArray &bytes) { return reinterpret_cast<const uint8_t *>(bytes.constData()); }

TEST(FuzzCorpus, CatalogueInputs)
{
    fuzz::quietLogging();
    const QStringList paths = inputsOf("fuzz_catalogue");
    ASSERT_GE(paths.size(), 20);
    int accepted = 0;
    for (const QString &path : paths) {
        SCOPED_TRACE(path.toStdString());
        const QByteArray bytes = readAll(path);
        fuzz::catalogueInput(bytesOf(bytes), static_cast<size_t>(bytes.size()));
        accepted += Catalogue::parse(bytes, path).ok() ? 1 : 0;
    }
    // The seeds are the real catalogues plus broken variants: both kinds must be present.
    EXPECT_GE(accepted, 2);
    EXPECT_GE(paths.size() - accepted, 15);
}

TEST(FuzzCorpus, ProfileInputs)
{
    fuzz::quietLogging();
    const QStringList paths = inputsOf("fuzz_profile");
    ASSERT_GE(paths.size(), 15);
    int accepted = 0;
    for (const QString &path : paths) {
        SCOPED_TRACE(path.toStdString());
        const QByteArray bytes = readAll(path);
        fuzz::profileInput(bytesOf(bytes), static_cast<size_t>(bytes.size()));
        accepted += Profile::parse(bytes, path, Catalogue::builtIn()).ok() ? 1 : 0;
    }
    EXPECT_GE(accepted, 4);
    EXPECT_GE(paths.size() - accepted, 10);
}

TEST(FuzzCorpus, MatrixInputs)
{
    fuzz::quietLogging();
    const QStringList paths = inputsOf("fuzz_matrix");
    ASSERT_GE(paths.size(), 6);
    int withMatrix = 0;
    for (const QString &path : paths) {
        SCOPED_TRACE(path.toStdString());
        const QByteArray bytes = readAll(path);
        fuzz::matrixInput(bytesOf(bytes), static_cast<size_t>(bytes.size()));
        const Loaded<sheets::SheetFile> file = sheets::readSheets(bytes, path);
        withMatrix += file.ok() && !findMatrices(file.value().sheets).empty() ? 1 : 0;
    }
    EXPECT_GE(withMatrix, 6) << "every seed holds a matrix, so the fuzzer starts from inputs that reach the importer";
}

TEST(FuzzCorpus, TextInputs)
{
    fuzz::quietLogging();
    const QStringList paths = inputsOf("fuzz_text");
    ASSERT_GE(paths.size(), 8);
    for (const QString &path : paths) {
        SCOPED_TRACE(path.toStdString());
        const QByteArray bytes = readAll(path);
        fuzz::textInput(bytesOf(bytes), static_cast<size_t>(bytes.size()));
    }
}

TEST(FuzzCorpus, CliArgumentInputs)
{
    fuzz::quietLogging();
    int argc = 1;
    char name[] = "splitbench-cli";
    char *argv[] = {name, nullptr};
    const QCoreApplication application(argc, argv);
    const QString workingDir = QDir::currentPath();
    QSet<int> exitCodes;
    {
        fuzz::CliSandbox sandbox;
        const QStringList paths = inputsOf("fuzz_cli_args");
        ASSERT_GE(paths.size(), 15);
        for (const QString &path : paths) {
            SCOPED_TRACE(path.toStdString());
            const QByteArray bytes = readAll(path);
            exitCodes.insert(sandbox.run(bytesOf(bytes), static_cast<size_t>(bytes.size())));
        }
        // Not run: paths outside the sandbox, and requests for more work than a fuzz run can afford.
        for (const QByteArray &notRun : {QByteArray("catalogue\n-o\n/tmp/out.json"), QByteArray("validate\n../x.json"),
                                         QByteArray("sensitivity\n--profile\ndefault\n--samples\n10000000"),
                                         QByteArray("sensitivity\n--profile\ndefault\n--samples= 201"),
                                         QByteArray("sensitivity\n--profile\ndefault"),
                                         QByteArray("sensitivity\n--profile\ndefault\n--samples\n10\n--threads\n64")})
            EXPECT_EQ(sandbox.run(bytesOf(notRun), static_cast<size_t>(notRun.size())), -1) << notRun.constData();
    }
    EXPECT_EQ(QDir::currentPath(), workingDir);
    // The seeds reach every documented exit code, and none names a file outside the sandbox.
    EXPECT_EQ(exitCodes, (QSet<int>{cli::Success, cli::UsageError, cli::InvalidInput, cli::OutputFailed}));
}

TEST(FuzzCorpus, ArgumentsAreSplitAtNewlines)
{
    const QByteArray bytes = "score\n--profile\n\nexample.json";
    EXPECT_EQ(fuzz::cliArguments(bytesOf(bytes), static_cast<size_t>(bytes.size())),
              (QStringList{QStringLiteral("splitbench-cli"), QStringLiteral("score"), QStringLiteral("--profile"),
                           QString(), QStringLiteral("example.json")}));
}

} // namespace
