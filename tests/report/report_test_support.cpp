#include "report_test_support.h"

#include "catalogue.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace splitbench::report::test {

QStringList exampleProfilePaths()
{
    const QDir dir(QStringLiteral(SPLITBENCH_EXAMPLES));
    QStringList paths;
    for (const QString &name : dir.entryList({QStringLiteral("*.splitbench.json")}, QDir::Files, QDir::Name))
        paths << dir.filePath(name);
    return paths;
}

QString dataFile(const QString &name)
{
    return QDir(QStringLiteral(SPLITBENCH_REPORT_DATA)).filePath(name);
}

QStringList profilePaths()
{
    return exampleProfilePaths() << dataFile(QStringLiteral("provider-proposal.splitbench.json"))
                                 << dataFile(QStringLiteral("many-models.splitbench.json"));
}

std::vector<std::string> profileParameters()
{
    std::vector<std::string> paths;
    for (const QString &path : profilePaths())
        paths.push_back(path.toStdString());
    return paths;
}

std::string profileParameterName(const ::testing::TestParamInfo<std::string> &info)
{
    QString name = QFileInfo(QString::fromStdString(info.param)).fileName();
    name.chop(QStringLiteral(".splitbench.json").size());
    return name.replace(u'-', u'_').toStdString();
}

ReportContent contentFor(const QString &profilePath)
{
    const Catalogue &catalogue = Catalogue::builtIn();
    Loaded<Profile> profile = Profile::load(profilePath, catalogue);
    EXPECT_TRUE(profile.ok()) << profile.error().toString().toStdString();
    if (!profile)
        return ReportContent::make(catalogue, Profile::defaults(catalogue), fixedDate());
    return ReportContent::make(catalogue, profile.value(), fixedDate());
}

QString trickyModelName()
{
    return QStringLiteral("Acme, \"MSP\" <b> & | co");
}

ReportContent contentWithTrickyModel()
{
    const Catalogue &catalogue = Catalogue::builtIn();
    Profile profile = Profile::defaults(catalogue);
    profile.name = QStringLiteral("Smith & Sons <Ltd>, \"North\"");
    CustomModel custom = CustomModel::copyOf(catalogue, 1, QStringLiteral("acme"), trickyModelName());
    custom.descriptions[0] = QStringLiteral("Line one, with a comma\nand a \"quoted\" second line | pipe");
    profile.customModels.push_back(custom);
    return ReportContent::make(catalogue, profile, fixedDate());
}

ToolRun runTool(const QString &program, const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return {-1, {}, QStringLiteral("could not start %1").arg(program).toUtf8()};
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return {-1, process.readAllStandardOutput(), "timed out"};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

QString collapsed(const QString &text)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    return QString(text).replace(whitespace, QStringLiteral(" "));
}

} // namespace splitbench::report::test
