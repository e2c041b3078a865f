#include "scenarios.h"

#include "number_format.h"
#include "workshop.h"

#include <QCoreApplication>

namespace splitbench {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("splitbench", text); }

ScenarioOutcome score(const FitEngine &engine, const Profile &profile, bool withCosts)
{
    ScenarioOutcome outcome;
    outcome.overall.assign(static_cast<size_t>(engine.modelCount()), 0.0);
    engine.overallFit(profile.traits, profile.importance, outcome.overall);
    std::tie(outcome.recommended, outcome.runnerUp) = leadingTwo(outcome.overall);
    outcome.margin = outcome.runnerUp >= 0 && outcome.runnerUp != outcome.recommended
                         ? outcome.overall[static_cast<size_t>(outcome.recommended)] -
                               outcome.overall[static_cast<size_t>(outcome.runnerUp)]
                         : 100.0;
    if (withCosts)
        outcome.costs = CostModel::forProfile(engine.catalogue(), profile).costs();
    return outcome;
}
} // namespace

QString baseScenarioName() { return tr("As profiled"); }

bool hasScenarioCosts(const Profile &profile) { return profile.organisation.has_value(); }

ScenarioComparison compareScenarios(const FitEngine &engine, const Profile &profile)
{
    ScenarioComparison comparison;
    comparison.hasCosts = hasScenarioCosts(profile);
    if (comparison.hasCosts)
        comparison.currency = profile.organisation->currency;
    ScenarioOutcome base = score(engine, profile, comparison.hasCosts);
    base.name = baseScenarioName();
    comparison.outcomes.push_back(std::move(base));
    for (size_t s = 0; s < profile.scenarios.size(); ++s) {
        ScenarioOutcome outcome = score(engine, profile.withScenario(static_cast<int>(s)), comparison.hasCosts);
        outcome.scenario = static_cast<int>(s);
        outcome.id = profile.scenarios[s].id;
        outcome.name = profile.scenarios[s].name;
        if (outcome.answer() != comparison.base().answer())
            comparison.flips.push_back(static_cast<int>(comparison.outcomes.size()));
        comparison.outcomes.push_back(std::move(outcome));
    }
    comparison.robust = comparison.flips.empty();
    comparison.sentence = scenarioSentence(comparison, engine.catalogue());
    return comparison;
}

QString scenarioSentence(const ScenarioComparison &comparison, const Catalogue &catalogue)
{
    if (comparison.outcomes.size() < 2)
        return {};
    const int baseAnswer = comparison.base().answer();
    if (comparison.robust) {
        if (baseAnswer < 0)
            return comparison.scenarioCount() == 1
                       ? tr("No model is clearly ahead as profiled, nor in the scenario “%1”.")
                             .arg(comparison.outcomes[1].name)
                       : tr("No model is clearly ahead as profiled, nor in any of the %1 scenarios.")
                             .arg(comparison.scenarioCount());
        if (comparison.scenarioCount() == 1)
            return tr("The recommendation, %1, holds in the scenario “%2” too.")
                .arg(answerName(catalogue, baseAnswer), comparison.outcomes[1].name);
        return comparison.scenarioCount() == 2
                   ? tr("The recommendation, %1, holds in both scenarios.").arg(answerName(catalogue, baseAnswer))
                   : tr("The recommendation, %1, holds in all %2 scenarios.")
                         .arg(answerName(catalogue, baseAnswer), QString::number(comparison.scenarioCount()));
    }
    QStringList changes;
    for (int index : comparison.flips) {
        const ScenarioOutcome &outcome = comparison.outcomes[static_cast<size_t>(index)];
        if (outcome.answer() < 0)
            changes << tr("“%1” would leave no clear choice").arg(outcome.name);
        else if (baseAnswer < 0)
            changes << tr("“%1” would make %2 the clear choice").arg(outcome.name, answerName(catalogue, outcome.answer()));
        else
            changes << tr("“%1” would flip it to %2").arg(outcome.name, answerName(catalogue, outcome.answer()));
    }
    return baseAnswer < 0 ? tr("As profiled, no model is clearly ahead; %1.").arg(formatList(changes))
                          : tr("As profiled, %1 is recommended; %2.").arg(answerName(catalogue, baseAnswer),
                                                                          formatList(changes));
}

} // namespace splitbench
