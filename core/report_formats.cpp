#include "report_formats.h"

#include "cost_formats.h"
#include "cost_model.h"
#include "text_escape.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cmath>

namespace splitbench {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("splitbench", text); }

double rounded(double value) { return std::round(value * 10.0) / 10.0; }

QString markdownCell(QString text) { return text.replace(u'|', QStringLiteral("\\|")).replace(u'\n', u' '); }
} // namespace

QByteArray catalogueToJson(const Catalogue &catalogue) { return catalogue.toJson(); }

void insertAnswerJson(QJsonObject &entry, const Catalogue &catalogue, int recommended, int runnerUp, double margin,
                      const std::vector<double> &overall)
{
    const auto modelId = [&](int model) {
        return model < 0 || model >= static_cast<int>(catalogue.models.size())
                   ? QJsonValue(QJsonValue::Null)
                   : QJsonValue(catalogue.models[static_cast<size_t>(model)].id);
    };
    entry.insert(QStringLiteral("recommended"), modelId(recommended));
    entry.insert(QStringLiteral("runner_up"), modelId(runnerUp));
    entry.insert(QStringLiteral("margin"), rounded(margin));
    QJsonObject fits;
    for (size_t m = 0; m < overall.size() && m < catalogue.models.size(); ++m)
        fits.insert(catalogue.models[m].id, rounded(overall[m]));
    entry.insert(QStringLiteral("overall"), fits);
}

QString catalogueToMarkdown(const Catalogue &catalogue)
{
    QString out;
    QTextStream s(&out);
    s << "# " << tr("Splitbench catalogue") << "\n\n## " << tr("Service models") << "\n\n";
    for (const ServiceModel &model : catalogue.models)
        s << "- **" << model.name << "** (`" << model.id << "`): " << model.summary << '\n';
    s << "\n## " << tr("Organisational traits") << "\n\n| " << tr("Trait") << " | " << tr("0 means") << " | "
      << tr("100 means") << " | " << tr("Default") << " |\n|---|---|---|---:|\n";
    for (const Trait &trait : catalogue.traits)
        s << "| " << markdownCell(trait.name) << " | " << markdownCell(trait.lowLabel) << " | "
          << markdownCell(trait.highLabel) << " | " << trait.defaultValue << " |\n";
    for (size_t d = 0; d < catalogue.dimensions.size(); ++d) {
        const Dimension &dimension = catalogue.dimensions[d];
        s << "\n## " << dimension.name << "\n\n" << dimension.summary << "\n\n";
        for (size_t m = 0; m < catalogue.models.size(); ++m)
            s << "- **" << catalogue.models[m].name << "** ("
              << tr("%1% in-house").arg(std::lround(catalogue.internalShare(static_cast<int>(d), static_cast<int>(m))))
              << "): " << dimension.descriptions[m] << '\n';
        s << "\n| " << tr("Activity");
        for (const ServiceModel &model : catalogue.models)
            s << " | " << markdownCell(model.name);
        s << " |\n|---";
        for (size_t m = 0; m < catalogue.models.size(); ++m)
            s << "|---";
        s << "|\n";
        for (const Activity &activity : dimension.activities) {
            s << "| " << markdownCell(activity.name);
            for (const Responsibility &r : activity.byModel)
                s << " | " << ownerDisplayName(r.owner) << ", " << tr("provider %1%").arg(r.providerShare) << ", "
                  << tr("P: %1 / I: %2").arg(r.providerRaci.isEmpty() ? QStringLiteral("–") : r.providerRaci,
                                             r.internalRaci.isEmpty() ? QStringLiteral("–") : r.internalRaci);
            s << " |\n";
        }
    }
    // Names and texts come from files: a terminal shown this text must not act on them.
    return escapeControlCharacters(out, KeepLayout::LineBreaksAndTabs);
}

QByteArray scoreToJson(const Catalogue &catalogue, const Profile &profile, const FitResult &result)
{
    // Each model's total cost of ownership over its own term (the workbench's JSON export is this too).
    const CostModel costs = CostModel::forProfile(catalogue, profile);
    QJsonArray models;
    for (size_t m = 0; m < catalogue.models.size(); ++m) {
        QJsonArray dimensions;
        for (size_t d = 0; d < catalogue.dimensions.size(); ++d) {
            const DimensionFit &fit = result.dimensions[d];
            dimensions.append(QJsonObject{{QStringLiteral("id"), catalogue.dimensions[d].id},
                                          {QStringLiteral("name"), catalogue.dimensions[d].name},
                                          {QStringLiteral("fit"), rounded(fit.fit[m])},
                                          {QStringLiteral("internal_share"), rounded(fit.modelInternalShare[m])},
                                          {QStringLiteral("desired_internal_share"), rounded(fit.desiredInternalShare)},
                                          {QStringLiteral("explanation"), fit.explanation}});
        }
        QJsonObject model{{QStringLiteral("id"), catalogue.models[m].id},
                          {QStringLiteral("name"), catalogue.models[m].name},
                          {QStringLiteral("overall"), rounded(result.overall[m])},
                          {QStringLiteral("dimensions"), dimensions},
                          {QStringLiteral("tco"), costToJsonObject(costs.cost(static_cast<int>(m)), costs.organisation())}};
        if (catalogue.models[m].isCustom())
            model.insert(QStringLiteral("based_on"), catalogue.models[m].basedOn);
        models.append(model);
    }
    QJsonArray drivers;
    for (const ResultDriver &driver : result.drivers)
        if (driver.contribution > 0)
            drivers.append(QJsonObject{{QStringLiteral("id"), catalogue.dimensions[static_cast<size_t>(driver.dimension)].id},
                                       {QStringLiteral("contribution"), std::round(driver.contribution * 100) / 100}});
    const QJsonObject root{{QStringLiteral("profile"), profile.name},
                           {QStringLiteral("models"), models},
                           {QStringLiteral("recommended"), catalogue.models[static_cast<size_t>(result.recommended)].id},
                           {QStringLiteral("runner_up"), catalogue.models[static_cast<size_t>(result.runnerUp)].id},
                           {QStringLiteral("margin"), rounded(result.margin)},
                           {QStringLiteral("drivers"), drivers},
                           {QStringLiteral("summary"), result.summary}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString scoreToText(const Catalogue &catalogue, const Profile &profile, const FitResult &result)
{
    QString out;
    QTextStream s(&out);
    if (!profile.name.isEmpty())
        s << tr("Profile: %1").arg(profile.name) << "\n";
    s << result.summary << "\n\n";
    s << QStringLiteral("%1").arg(tr("Dimension"), -36);
    for (const ServiceModel &model : catalogue.models)
        s << QStringLiteral("%1").arg(model.name.left(14), 15);
    s << "\n";
    for (size_t d = 0; d < catalogue.dimensions.size(); ++d) {
        s << QStringLiteral("%1").arg(catalogue.dimensions[d].name.left(35), -36);
        for (size_t m = 0; m < catalogue.models.size(); ++m)
            s << QStringLiteral("%1").arg(result.dimensions[d].fit[m], 15, 'f', 1);
        s << "\n";
    }
    s << QStringLiteral("%1").arg(tr("Overall"), -36);
    for (size_t m = 0; m < catalogue.models.size(); ++m)
        s << QStringLiteral("%1").arg(result.overall[m], 15, 'f', 1);
    s << "\n\n" << tr("Recommended: %1 (margin %2)")
                       .arg(catalogue.models[static_cast<size_t>(result.recommended)].name,
                            QString::number(result.margin, 'f', 1))
      << "\n";
    // Names and texts come from files: a terminal shown this text must not act on them.
    return escapeControlCharacters(out, KeepLayout::LineBreaksAndTabs);
}

} // namespace splitbench
