#include "report_content.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace splitbench::report {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("splitbench::report::ReportContent", text);
}
} // namespace

ReportContent ReportContent::make(const Catalogue &baseCatalogue, const Profile &profile, QDate date,
                                  const MonteCarloOptions &monteCarlo)
{
    ReportContent content;
    content.catalogue = withCustomModels(baseCatalogue, profile.customModels);
    content.profile = profile;
    const FitEngine engine(content.catalogue);
    content.result = engine.score(profile);
    content.date = date;
    content.cost = CostChartData::make(content.catalogue, profile, content.result);
    if (profile.isWorkshop())
        content.workshop = std::make_shared<const WorkshopAnalysis>(analyseWorkshop(engine, profile));
    if (!profile.scenarios.empty())
        content.scenarios = std::make_shared<const ScenarioComparison>(compareScenarios(engine, profile));
    SensitivityOptions options;
    options.monteCarlo = monteCarlo;
    // The report draws no sweep curves; the breakevens are solved exactly whatever the step.
    options.sweepStep = 100;
    if (std::optional<SensitivityResult> analysis = SensitivityAnalysis(engine, profile).run(options))
        content.sensitivity = std::make_shared<const SensitivityResult>(std::move(*analysis));
    return content;
}

QString ReportContent::organisationName() const
{
    const QString name = profile.name.simplified();
    return name.isEmpty() ? tr("Unnamed organisation") : name;
}

QString ReportContent::preparedFor() const
{
    if (profile.prepared && !profile.prepared->forWhom.isEmpty())
        return profile.prepared->forWhom;
    return organisationName();
}

QString ReportContent::dateText() const
{
    return dateText(date);
}

QString ReportContent::dateText(QDate day)
{
    // Month names follow the report's language (its translation), never the machine's locale.
    //: The locale whose month names the report's dates use (e.g. de_DE for a German report).
    const QLocale locale(tr("en_GB"));
    //: Date format of the report (QLocale::toString syntax), e.g. "d. MMMM yyyy" for German.
    return locale.toString(day, tr("d MMMM yyyy"));
}

QString ReportContent::suggestedFileName(const QString &suffix) const
{
    return suggestedFileName(suffix, tr("Splitbench report"));
}

QString ReportContent::suggestedFileName(const QString &suffix, const QString &what) const
{
    // Keep the name readable but safe on every file system: no path separators or reserved characters.
    static const QRegularExpression reserved(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]+"));
    QString base = profile.name.simplified();
    base.replace(reserved, QStringLiteral(" "));
    base = base.simplified().left(80).trimmed();
    while (base.endsWith(u'.'))
        base.chop(1);
    const QString title = base.isEmpty() ? what : tr("%1 - %2").arg(base, what);
    return suffix.isEmpty() ? title : title + u'.' + suffix;
}

} // namespace splitbench::report
