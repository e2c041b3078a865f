// `splitbench --measure-startup` prints one positive whole number of milliseconds and exits 0; --help lists it.
#include <QProcess>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace {

struct GuiRun {
    int exitCode = -1;
    QString out;
    QString err;
};

GuiRun runGui(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(SPLITBENCH_GUI), arguments);
    GuiRun run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        ADD_FAILURE() << "splitbench " << arguments.join(u' ').toStdString() << " did not finish";
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

TEST(MeasureStartup, PrintsPositiveMillisecondsAndExits)
{
    const GuiRun run = runGui({QStringLiteral("--measure-startup")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("^(\\d+)\\n$")).match(run.out);
    ASSERT_TRUE(match.hasMatch()) << "stdout: [" << run.out.toStdString() << "]";
    const int ms = match.captured(1).toInt();
    EXPECT_GT(ms, 0);
    EXPECT_LT(ms, 60000); // it finished within the timeout, so the figure must too
}

TEST(MeasureStartup, IsListedInHelp)
{
    const GuiRun run = runGui({QStringLiteral("--help")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains(QStringLiteral("--measure-startup"))) << run.out.toStdString();
    EXPECT_FALSE(run.out.contains(QStringLiteral("--screenshot"))); // that one stays hidden
}

} // namespace
