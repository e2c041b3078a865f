#include "bench_profiles.h"

#include "example_profiles.h"

#include <stdexcept>

namespace splitbench::bench {

Catalogue catalogueWithModels(int models)
{
    const Catalogue &base = Catalogue::builtIn();
    const int fullyManaged = base.modelIndex(QStringLiteral("fully_managed"));
    const int coManaged = base.modelIndex(QStringLiteral("co_managed"));
    std::vector<CustomModel> extra;
    const int count = models - static_cast<int>(base.models.size());
    for (int i = 0; i < count; ++i) {
        CustomModel model = CustomModel::copyOf(base, coManaged, QStringLiteral("custom_%1").arg(i + 1),
                                                QStringLiteral("Custom %1").arg(i + 1));
        const double towardsFullyManaged = (i + 1.0) / (count + 1.0);
        for (size_t d = 0; d < base.dimensions.size(); ++d)
            for (size_t a = 0; a < base.dimensions[d].activities.size(); ++a) {
                const auto &byModel = base.dimensions[d].activities[a].byModel;
                const double from = byModel[static_cast<size_t>(coManaged)].providerShare;
                const double to = byModel[static_cast<size_t>(fullyManaged)].providerShare;
                model.responsibilities[d][a].providerShare = from + towardsFullyManaged * (to - from);
            }
        extra.push_back(std::move(model));
    }
    return withCustomModels(base, extra);
}

Profile closeCallProfile(const Catalogue &catalogue)
{
    const std::vector<ExampleProfile> examples = builtInExamples(Catalogue::builtIn());
    for (const ExampleProfile &example : examples)
        if (example.resourcePath.contains(QStringLiteral("growing-agency"))) {
            // Custom models only add models; traits and dimensions stay the built-in catalogue's.
            if (example.profile.traits.size() != catalogue.traits.size() ||
                example.profile.importance.size() != catalogue.dimensions.size())
                throw std::runtime_error("the benchmark catalogue does not match the built-in traits");
            return example.profile;
        }
    throw std::runtime_error("the growing-agency example is missing from the resources");
}

} // namespace splitbench::bench
