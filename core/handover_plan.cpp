#include "handover_plan.h"

#include <algorithm>

namespace splitbench {

HandoverPlan planHandover(const Catalogue &catalogue, const std::vector<std::vector<Responsibility>> &from, int toModel)
{
    HandoverPlan plan;
    plan.toModel = toModel;
    const size_t dimensionCount = catalogue.dimensions.size();

    // Flat numbering of all activities, and the steps in catalogue order.
    std::vector<size_t> first(dimensionCount + 1, 0);
    for (size_t d = 0; d < dimensionCount; ++d)
        first[d + 1] = first[d] + catalogue.dimensions[d].activities.size();
    const size_t activityCount = first.back();
    std::vector<HandoverStep> candidates;
    std::vector<int> stepOfActivity(activityCount, -1);
    for (size_t d = 0; d < dimensionCount; ++d) {
        const Dimension &dimension = catalogue.dimensions[d];
        for (size_t a = 0; a < dimension.activities.size(); ++a) {
            const Responsibility &before = from.at(d).at(a);
            const Responsibility &after = dimension.activities[a].byModel.at(static_cast<size_t>(toModel));
            if (before == after)
                continue;
            stepOfActivity[first[d] + a] = static_cast<int>(candidates.size());
            candidates.push_back({static_cast<int>(d), static_cast<int>(a), before, after, {}});
        }
    }
    if (candidates.empty())
        return plan;

    // 1. Prerequisites: the steps reachable through dependsOn, passing through activities that stay as they are.
    std::vector<std::vector<size_t>> dependsOn(activityCount);
    for (size_t d = 0; d < dimensionCount; ++d)
        for (size_t a = 0; a < catalogue.dimensions[d].activities.size(); ++a)
            for (const QString &ref : catalogue.dimensions[d].activities[a].dependsOn)
                if (const std::optional<ActivityPosition> p = catalogue.findActivity(ref))
                    dependsOn[first[d] + a].push_back(first[static_cast<size_t>(p->dimension)] +
                                                      static_cast<size_t>(p->activity));
    std::vector<std::vector<int>> prerequisites(candidates.size());
    for (size_t s = 0; s < candidates.size(); ++s) {
        std::vector<bool> seen(activityCount, false);
        std::vector<size_t> stack = dependsOn[first[static_cast<size_t>(candidates[s].dimension)] +
                                              static_cast<size_t>(candidates[s].activity)];
        while (!stack.empty()) {
            const size_t node = stack.back();
            stack.pop_back();
            if (seen[node])
                continue;
            seen[node] = true;
            if (stepOfActivity[node] >= 0) {
                prerequisites[s].push_back(stepOfActivity[node]);
                continue; // that step carries its own prerequisites
            }
            stack.insert(stack.end(), dependsOn[node].begin(), dependsOn[node].end());
        }
        std::sort(prerequisites[s].begin(), prerequisites[s].end());
    }

    // 2. Dimension order: stable topological sort of "dimension y waits for dimension x".
    std::vector<std::vector<bool>> waitsFor(dimensionCount, std::vector<bool>(dimensionCount, false));
    for (size_t s = 0; s < candidates.size(); ++s)
        for (const int p : prerequisites[s])
            if (candidates[static_cast<size_t>(p)].dimension != candidates[s].dimension)
                waitsFor[static_cast<size_t>(candidates[s].dimension)][static_cast<size_t>(candidates[static_cast<size_t>(p)].dimension)] = true;
    // Through other dimensions too; dimensions that wait for each other (in a circle) go in catalogue order.
    for (size_t k = 0; k < dimensionCount; ++k)
        for (size_t i = 0; i < dimensionCount; ++i)
            if (waitsFor[i][k])
                for (size_t j = 0; j < dimensionCount; ++j)
                    if (waitsFor[k][j])
                        waitsFor[i][j] = true;
    std::vector<int> rank(dimensionCount, -1);
    for (int next = 0; next < static_cast<int>(dimensionCount); ++next) {
        int chosen = -1;
        for (size_t d = 0; d < dimensionCount && chosen < 0; ++d) {
            if (rank[d] >= 0)
                continue;
            bool ready = true;
            for (size_t x = 0; x < dimensionCount && ready; ++x)
                ready = x == d || !waitsFor[d][x] || rank[x] >= 0 || waitsFor[x][d];
            if (ready)
                chosen = static_cast<int>(d);
        }
        for (size_t d = 0; d < dimensionCount && chosen < 0; ++d) // never needed: a source is always ready
            if (rank[d] < 0)
                chosen = static_cast<int>(d);
        rank[static_cast<size_t>(chosen)] = next;
    }

    // 3. Place the steps.
    std::vector<bool> placed(candidates.size(), false);
    std::vector<int> order;
    int currentDimension = -1;
    while (order.size() < candidates.size()) {
        int best = -1;
        const auto better = [&](size_t s) {
            if (best < 0)
                return true;
            const HandoverStep &a = candidates[s];
            const HandoverStep &b = candidates[static_cast<size_t>(best)];
            const bool aCurrent = a.dimension == currentDimension;
            const bool bCurrent = b.dimension == currentDimension;
            if (aCurrent != bCurrent)
                return aCurrent;
            return std::pair(rank[static_cast<size_t>(a.dimension)], a.activity) <
                   std::pair(rank[static_cast<size_t>(b.dimension)], b.activity);
        };
        for (size_t s = 0; s < candidates.size(); ++s) {
            if (placed[s])
                continue;
            if (!std::all_of(prerequisites[s].begin(), prerequisites[s].end(),
                             [&](int p) { return placed[static_cast<size_t>(p)]; }))
                continue;
            if (better(s))
                best = static_cast<int>(s);
        }
        // The catalogue's dependencies have no cycles (the loader refuses them), so some step is always ready;
        // were one not, the first unplaced step goes next rather than none.
        for (size_t s = 0; s < candidates.size() && best < 0; ++s)
            if (!placed[s])
                best = static_cast<int>(s);
        placed[static_cast<size_t>(best)] = true;
        order.push_back(best);
        currentDimension = candidates[static_cast<size_t>(best)].dimension;
    }

    std::vector<int> position(candidates.size(), -1);
    for (size_t i = 0; i < order.size(); ++i)
        position[static_cast<size_t>(order[i])] = static_cast<int>(i);
    for (const int s : order) {
        HandoverStep step = candidates[static_cast<size_t>(s)];
        for (const int p : prerequisites[static_cast<size_t>(s)])
            step.prerequisites.push_back(position[static_cast<size_t>(p)]);
        std::sort(step.prerequisites.begin(), step.prerequisites.end());
        plan.steps.push_back(std::move(step));
    }
    return plan;
}

} // namespace splitbench
