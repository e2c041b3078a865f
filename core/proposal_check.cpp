#include "proposal_check.h"

#include <QCoreApplication>

namespace splitbench {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("splitbench", text); }

QString partyName(Party party)
{
    return party == Party::Provider ? tr("the provider") : tr("the in-house team");
}

const Responsibility &splitAt(const std::vector<std::vector<Responsibility>> &split, const ActivityPosition &at)
{
    return split[static_cast<size_t>(at.dimension)][static_cast<size_t>(at.activity)];
}

/// The Accountable party; a valid split has exactly one (Responsibility::problem()).
Party accountable(const Responsibility &r)
{
    return r.providerRaci.contains(u'A') ? Party::Provider : Party::Internal;
}

/// A finding of catalogue rule `rule` about the activity at `at`.
Finding ruleFinding(Finding::Kind kind, const CheckRule &rule, const ActivityPosition &at, QString text)
{
    Finding finding;
    finding.kind = kind;
    finding.at = at;
    finding.ruleId = rule.id;
    finding.why = rule.text;
    finding.text = std::move(text);
    return finding;
}

} // namespace

std::vector<Finding> checkSplit(const Catalogue &catalogue, const std::vector<std::vector<Responsibility>> &split)
{
    std::vector<Finding> findings;
    for (size_t d = 0; d < catalogue.dimensions.size(); ++d) {
        for (size_t a = 0; a < catalogue.dimensions[d].activities.size(); ++a) {
            const ActivityPosition at{static_cast<int>(d), static_cast<int>(a)};
            if (!splitAt(split, at).nobodyResponsible())
                continue;
            Finding finding;
            finding.kind = Finding::Kind::NobodyResponsible;
            finding.at = at;
            finding.text = tr("Nobody is Responsible for %1: neither party does the work.").arg(catalogue.activityTitle(at));
            findings.push_back(std::move(finding));
        }
    }
    for (const CheckRule &rule : catalogue.rules) {
        if (rule.kind == CheckRule::Kind::SameParty) {
            const Party lead = accountable(splitAt(split, rule.lead));
            for (const ActivityPosition &at : rule.linked) {
                const QString &letters = splitAt(split, at).raci(lead);
                if (letters.contains(u'R') || letters.contains(u'A'))
                    continue;
                QString text = tr("%1 answers for %2 but has no hands-on role (R or A) in %3.")
                                   .arg(partyName(lead), catalogue.activityTitle(rule.lead), catalogue.activityTitle(at));
                // Sentence case: the party starts the sentence.
                text[0] = text[0].toUpper();
                Finding finding = ruleFinding(Finding::Kind::SplitDependency, rule, at, std::move(text));
                finding.lead = rule.lead;
                findings.push_back(std::move(finding));
            }
        } else {
            for (const ActivityPosition &at : rule.linked) {
                if (accountable(splitAt(split, at)) == Party::Internal)
                    continue;
                findings.push_back(ruleFinding(
                    Finding::Kind::GivenAway, rule, at,
                    tr("The provider is Accountable for %1, which the organisation should keep.").arg(catalogue.activityTitle(at))));
            }
        }
    }
    return findings;
}

std::vector<Finding> checkModel(const Catalogue &catalogue, int model)
{
    std::vector<std::vector<Responsibility>> split(catalogue.dimensions.size());
    for (size_t d = 0; d < catalogue.dimensions.size(); ++d)
        for (const Activity &activity : catalogue.dimensions[d].activities)
            split[d].push_back(activity.byModel.at(static_cast<size_t>(model)));
    return checkSplit(catalogue, split);
}

} // namespace splitbench
