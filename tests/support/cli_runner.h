// Runs splitbench-cli as a child process the way a user on a server would: no display, stdin closed.
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

#include <gtest/gtest.h>

namespace splitbench::test {

struct CliRun {
    int exitCode = -1; ///< -1 when the process crashed or had to be killed
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

/// Runs SPLITBENCH_CLI (the path the test's CMake target defines) with `arguments`. `extraEnvironment` is added
/// on top of the test's own; display variables are removed so a hidden dependence on a display shows up.
/// `setUp` may adjust the process before it starts (e.g. limits applied in the child).
inline CliRun runCli(const QStringList &arguments, const QProcessEnvironment &extraEnvironment = {},
                     const std::function<void(QProcess &)> &setUp = {})
{
    QProcess process;
    if (setUp)
        setUp(process);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(extraEnvironment);
    process.setProcessEnvironment(environment);
    // SPLITBENCH_TEST_CLI runs the tests against another build (e.g. to see a new test fail on the old code).
    process.start(qEnvironmentVariable("SPLITBENCH_TEST_CLI", QStringLiteral(SPLITBENCH_CLI)), arguments);
    process.closeWriteChannel(); // a command that wrongly waits for stdin must fail, not hang
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        ADD_FAILURE() << "splitbench-cli did not finish: " << arguments.join(u' ').toStdString();
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

} // namespace splitbench::test
