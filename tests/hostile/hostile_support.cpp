#include "hostile_support.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

#include <algorithm>

namespace splitbench::test {

QStringList hostileModelNames()
{
    return {
        QStringLiteral("Prov %1 %2"),
        QStringLiteral("%2 %L1 %99 %%1"),
        QStringLiteral("Acme & <b>Co</b> \"MSP\" 'x' | *y* _z_, [a](b)"),
        QStringLiteral("Esc") + QChar(0x1B) + QStringLiteral("]0;owned") + QChar(0x07) + QChar(0x1B) +
            QStringLiteral("[2J bell") + QChar(0x7F) + QStringLiteral(" c1") + QChar(0x9B) + QStringLiteral("31m end"),
        QStringLiteral("RTL ") + QChar(0x202E) + QStringLiteral("evil") + QChar(0x202C) + QStringLiteral(" mark") +
            QChar(0x200F) + QStringLiteral(" done"),
        QStringLiteral("Long %1 name ").repeated(40).trimmed(),
    };
}

QString hostileProfileName()
{
    return QStringLiteral("Org %1 %2 ") + QChar(0x1B) + QStringLiteral("[31mred") + QChar(0x1B) +
           QStringLiteral("[0m");
}

Profile profileWithModels(const QStringList &names)
{
    const Catalogue &catalogue = Catalogue::builtIn();
    Profile profile = Profile::defaults(catalogue);
    profile.name = hostileProfileName();
    // Model i keeps 4·i points more in-house than the profile suggests in every dimension, so the first name
    // fits best, the second comes next, and every model has its own score.
    const FitResult suggested = FitEngine(catalogue).score(profile);
    for (int i = 0; i < names.size(); ++i) {
        CustomModel model = CustomModel::copyOf(catalogue, i % 2, QStringLiteral("hostile_%1").arg(i), names[i]);
        for (size_t d = 0; d < model.responsibilities.size(); ++d)
            for (Responsibility &r : model.responsibilities[d]) {
                r.owner = Owner::Shared;
                r.providerShare =
                    std::clamp(100.0 - suggested.dimensions[d].desiredInternalShare - 4.0 * i, 10.0, 90.0);
                r.providerRaci = QStringLiteral("RA");
                r.internalRaci = QStringLiteral("C");
            }
        profile.customModels.push_back(model);
    }
    return profile;
}

QString Expected::overall(int m) const
{
    return QString::number(result.overall.at(static_cast<size_t>(m)), 'f', 1);
}

QString Expected::margin() const
{
    return QString::number(result.margin, 'f', 1);
}

QString Expected::name(int m) const
{
    return catalogue.models.at(static_cast<size_t>(m)).name;
}

QString Expected::summary() const
{
    const int best = result.recommended;
    const int second = result.runnerUp;
    if (result.margin < 0.05)
        return name(best) + QStringLiteral(" and ") + name(second) + QStringLiteral(" fit this organisation equally well (") +
               overall(best) + QStringLiteral(" of 100).");
    return name(best) + QStringLiteral(" fits best: ") + overall(best) + QStringLiteral(" of 100 against ") +
           overall(second) + QStringLiteral(" for ") + name(second) + QStringLiteral(", a margin of ") + margin() +
           QStringLiteral(" points.");
}

Expected expectedFor(const Profile &profile)
{
    Expected expected{withCustomModels(Catalogue::builtIn(), profile.customModels), {}};
    expected.result = FitEngine(expected.catalogue).score(profile);
    return expected;
}

ProgramRun runProgram(const QString &program, const QStringList &arguments, const QStringList &environment)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    for (const QString &pair : environment)
        env.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(240000)) {
        process.kill();
        process.waitForFinished();
        return {-1, process.readAllStandardOutput(), process.readAllStandardError()};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace splitbench::test
