// Checking a proposal's split beyond "exactly one Accountable": activities nobody does, work split from what it
// depends on, and accountability the organisation should keep (docs/proposal-check.md).
#pragma once

#include "catalogue.h"

#include <QString>

#include <vector>

namespace splitbench {

/// One thing a split gets wrong, in plain words.
struct Finding {
    enum class Kind {
        NobodyResponsible, ///< Neither party is Responsible for an activity.
        SplitDependency,   ///< A CheckRule::Kind::SameParty rule: the lead's Accountable party has no R or A here.
        GivenAway,         ///< A CheckRule::Kind::Retained rule: the provider holds the A the client should keep.
    };
    Kind kind = Kind::NobodyResponsible;
    ActivityPosition at;  ///< The activity the finding is about (for a split dependency: the linked activity).
    ActivityPosition lead; ///< SplitDependency: the activity whose Accountable party is missing at `at`.
    QString ruleId;        ///< The catalogue rule; empty for NobodyResponsible.
    QString text;          ///< The finding in a sentence, naming the activities and the parties.
    QString why;           ///< The rule's reason (CheckRule::text); empty for NobodyResponsible.
    bool operator==(const Finding &) const = default;
};

/// Every finding for `split` ([dimension][activity], sized like `catalogue`): first the activities nobody is
/// Responsible for, then the catalogue's rules in catalogue order. A split that follows every rule has none.
[[nodiscard]] std::vector<Finding> checkSplit(const Catalogue &catalogue,
                                              const std::vector<std::vector<Responsibility>> &split);

/// checkSplit() for model `model` of `catalogue` (custom models included: withCustomModels()).
[[nodiscard]] std::vector<Finding> checkModel(const Catalogue &catalogue, int model);

} // namespace splitbench
