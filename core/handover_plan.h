// The handover plan: every activity that changes hands between today's split and a chosen model, in an order
// that puts what others depend on first (docs/handover-plan.md).
#pragma once

#include "catalogue.h"

#include <QCoreApplication>

#include <vector>

namespace splitbench {

/// One activity that changes hands: its split before (today) and after (the chosen model).
struct HandoverStep {
    int dimension = -1;
    int activity = -1;
    Responsibility before;
    Responsibility after;
    /// Indices into HandoverPlan::steps of the steps that must be done first (this activity depends on them,
    /// directly or through activities that do not change hands); all of them come earlier in the plan.
    std::vector<int> prerequisites;

    [[nodiscard]] bool ownerChanges() const { return before.owner != after.owner; }
    [[nodiscard]] bool raciChanges() const
    {
        return before.providerRaci != after.providerRaci || before.internalRaci != after.internalRaci;
    }
    [[nodiscard]] bool shareChanges() const { return before.providerShare != after.providerShare; }
    /// Percentage points of the work that move to the provider (negative: to the in-house team).
    [[nodiscard]] double providerShareChange() const { return after.providerShare - before.providerShare; }
    bool operator==(const HandoverStep &) const = default;
};

/// The steps from one split to a model, grouped by dimension and ordered by dependencies.
struct HandoverPlan {
    int toModel = -1;               ///< Index into the catalogue's models (custom models included).
    std::vector<HandoverStep> steps;

    [[nodiscard]] bool empty() const { return steps.empty(); }
    /// True when step `i` starts a new group: the first step, or one whose dimension differs from the step
    /// before it. A dimension is one group unless dependencies run both ways between dimensions.
    [[nodiscard]] bool startsGroup(size_t i) const
    {
        return i == 0 || steps[i].dimension != steps[i - 1].dimension;
    }
};

/// The plan from `from` ([dimension][activity], sized like `catalogue`: today's split) to `catalogue.models[toModel]`.
/// A step per activity whose owner, RACI letters or provider share differ. Order (docs/handover-plan.md):
///  1. step B must come after step A when B depends on A, directly or through activities outside the plan
///     (the transitive closure of Activity::dependsOn);
///  2. the dimensions are put in catalogue order, moved only as far as needed so that a dimension comes after
///     the dimensions its steps wait for, directly or through other dimensions (a stable topological sort;
///     dimensions that wait for each other in a circle keep catalogue order among themselves);
///  3. the steps are placed one by one: the next is, among the steps whose prerequisites are all placed, the
///     first in catalogue order of the current dimension, or else the first of the dimension that comes first.
/// So each dimension is one contiguous group in catalogue order of its activities unless dependencies demand
/// otherwise, and a step never comes before a step it depends on.
/// `catalogue` must have a model `toModel` (include custom models with withCustomModels()).
[[nodiscard]] HandoverPlan planHandover(const Catalogue &catalogue, const std::vector<std::vector<Responsibility>> &from,
                                        int toModel);

} // namespace splitbench
