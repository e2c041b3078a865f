#include "report_test_support.h"

#include "catalogue.h"
#include "workshop.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

#include <cmath>

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
                                 << dataFile(QStringLiteral("many-models.splitbench.json"))
                                 << dataFile(QStringLiteral("workshop-12-long-names.splitbench.json"));
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

Profile workshopProfile(int count, bool longNames)
{
    const Catalogue &catalogue = Catalogue::builtIn();
    Profile workshop = Profile::defaults(catalogue);
    workshop.name = QStringLiteral("Harbour Lane workshop");
    static const char *const names[] = {"Dana Reyes", "Sam Patel", "Lee Chen", "Alex Morgan", "Kim Novak",
                                        "Jo Baptiste", "Ruth Okafor", "Ivan Petrov", "Mia Svensson", "Omar Haddad",
                                        "Nora Quinn", "Tariq Aziz"};
    static const char *const roles[] = {"Owner", "IT lead", "Finance director", "Office manager"};
    for (int i = 0; i < count; ++i) {
        Participant p;
        p.id = QStringLiteral("p%1").arg(i + 1);
        p.name = QString::fromLatin1(names[i % 12]);
        p.role = QString::fromLatin1(roles[i % 4]);
        if (longNames) {
            p.name += QStringLiteral(" von und zu Hohenzollern-Sigmaringen-Wittelsbach der Jüngere");
            p.role += QStringLiteral(" and acting head of purchasing, compliance and facilities");
        }
        p.traits = workshop.traits;
        for (size_t t = 0; t < p.traits.size(); ++t)
            // Spread over 0..100; participants 1 and 2 agree on every trait (equal values must stay visible).
            p.traits[t] = std::fmod(20.0 + 37.0 * (i == 2 ? 1 : i) + 11.0 * static_cast<double>(t), 101.0);
        p.importance = workshop.importance;
        p.importance[static_cast<size_t>(i) % p.importance.size()] = 4;
        p.traitUncertainty = workshop.traitUncertainty;
        p.importanceUncertainty = workshop.importanceUncertainty;
        workshop.participants.push_back(p);
    }
    applyConsensus(workshop);
    return workshop;
}

ReportContent workshopContent(int count, bool longNames)
{
    MonteCarloOptions options;
    options.samples = 2000;
    return ReportContent::make(Catalogue::builtIn(), workshopProfile(count, longNames), fixedDate(), options);
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
