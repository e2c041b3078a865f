// Helpers shared by the report tests: report contents for the example profiles, and external checkers.
#pragma once

#include "report_content.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace splitbench::report::test {

/// The date every test report carries, so outputs do not depend on the day the tests run.
inline QDate fixedDate()
{
    return {2026, 3, 14};
}

/// The shipped examples (resources/examples) followed by the report tests' own profiles (custom models, a
/// workshop of 12 participants with long names).
QStringList profilePaths();
/// Only the shipped examples.
QStringList exampleProfilePaths();
/// profilePaths() as parameters of a value-parameterised test, and readable test names for them.
std::vector<std::string> profileParameters();
std::string profileParameterName(const ::testing::TestParamInfo<std::string> &info);
/// Path of a file in tests/report/data.
QString dataFile(const QString &name);

/// Loads a profile against the built-in catalogue; fails the current test if it is invalid.
ReportContent contentFor(const QString &profilePath);
/// The default profile plus a custom model whose name needs escaping everywhere: `Acme, "MSP" <b> & | co`.
ReportContent contentWithTrickyModel();
QString trickyModelName();

/// A workshop on the default profile with `count` participants whose values differ (several equal ones among
/// them); with `longNames`, names and roles near the loader's length limit.
Profile workshopProfile(int count, bool longNames = false);
/// workshopProfile() as a report's content.
ReportContent workshopContent(int count, bool longNames = false);

struct ToolRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
/// Runs an external program (qpdf, pdftotext, python3 …) and waits for it; exit code -1 if it did not run.
ToolRun runTool(const QString &program, const QStringList &arguments, const QByteArray &input = {});

/// Text with every run of whitespace (including line breaks) collapsed to one space.
QString collapsed(const QString &text);

} // namespace splitbench::report::test
