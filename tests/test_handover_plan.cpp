// The handover plan (docs/handover-plan.md): which activities change hands, and in what order.
#include "catalogue.h"
#include "handover_plan.h"
#include "profile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <map>
#include <set>

using namespace splitbench;

namespace {

QByteArray readData(const char *name)
{
    QFile file(QStringLiteral(SPLITBENCH_TEST_DATA "/") + QString::fromUtf8(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
    return file.readAll();
}

/// The mini catalogue with `depends_on` added: "dimension.activity" → refs.
Catalogue miniWithDependencies(const std::map<QString, QStringList> &dependsOn)
{
    QJsonObject root = QJsonDocument::fromJson(readData("mini-catalogue.json")).object();
    QJsonArray dimensions = root.value(QStringLiteral("dimensions")).toArray();
    for (qsizetype d = 0; d < dimensions.size(); ++d) {
        QJsonObject dimension = dimensions[d].toObject();
        QJsonArray activities = dimension.value(QStringLiteral("activities")).toArray();
        for (qsizetype a = 0; a < activities.size(); ++a) {
            QJsonObject activity = activities[a].toObject();
            const QString ref = dimension.value(QStringLiteral("id")).toString() + u'.' +
                                activity.value(QStringLiteral("id")).toString();
            if (const auto it = dependsOn.find(ref); it != dependsOn.end())
                activity.insert(QStringLiteral("depends_on"), QJsonArray::fromStringList(it->second));
            activities[a] = activity;
        }
        dimension.insert(QStringLiteral("activities"), activities);
        dimensions[d] = dimension;
    }
    root.insert(QStringLiteral("dimensions"), dimensions);
    Loaded<Catalogue> loaded = Catalogue::parse(QJsonDocument(root).toJson(), QStringLiteral("mini"));
    EXPECT_TRUE(loaded.ok()) << loaded.error().toString().toStdString();
    return std::move(loaded).value();
}

/// The steps of a plan as "dimension.activity", in order.
QStringList refsOf(const Catalogue &catalogue, const HandoverPlan &plan)
{
    QStringList refs;
    for (const HandoverStep &step : plan.steps)
        refs << catalogue.activityRef(step.dimension, step.activity);
    return refs;
}

/// Every step comes after every step it depends on, directly or through activities outside the plan.
void expectDependenciesFirst(const Catalogue &catalogue, const HandoverPlan &plan)
{
    std::map<QString, int> position;
    for (size_t i = 0; i < plan.steps.size(); ++i)
        position[catalogue.activityRef(plan.steps[i].dimension, plan.steps[i].activity)] = static_cast<int>(i);
    for (size_t i = 0; i < plan.steps.size(); ++i) {
        // Walk the dependencies by hand, through activities that are not steps.
        std::vector<QString> stack = catalogue.dimensions[static_cast<size_t>(plan.steps[i].dimension)]
                                         .activities[static_cast<size_t>(plan.steps[i].activity)]
                                         .dependsOn;
        std::set<QString> seen;
        while (!stack.empty()) {
            const QString ref = stack.back();
            stack.pop_back();
            if (!seen.insert(ref).second)
                continue;
            if (const auto it = position.find(ref); it != position.end()) {
                EXPECT_LT(it->second, static_cast<int>(i)) << ref.toStdString() << " must come before "
                                                          << refsOf(catalogue, plan)[static_cast<qsizetype>(i)].toStdString();
                continue;
            }
            const ActivityPosition p = *catalogue.findActivity(ref);
            const auto &more = catalogue.dimensions[static_cast<size_t>(p.dimension)].activities[static_cast<size_t>(p.activity)].dependsOn;
            stack.insert(stack.end(), more.begin(), more.end());
        }
        for (const int p : plan.steps[i].prerequisites)
            EXPECT_LT(p, static_cast<int>(i));
    }
}

} // namespace

TEST(HandoverPlan, APlanFromAModelToItselfIsEmpty)
{
    const Catalogue &catalogue = Catalogue::builtIn();
    for (int m = 0; m < static_cast<int>(catalogue.models.size()); ++m) {
        const HandoverPlan plan = planHandover(catalogue, AsIs::copyOf(catalogue, m).responsibilities, m);
        EXPECT_TRUE(plan.empty()) << catalogue.models[static_cast<size_t>(m)].id.toStdString();
        EXPECT_EQ(plan.toModel, m);
    }
}

TEST(HandoverPlan, FromAllInHouseToFullyManagedListsExactlyTheActivitiesThatChange)
{
    const Catalogue &catalogue = Catalogue::builtIn();
    const int fullyManaged = catalogue.modelIndex(QStringLiteral("fully_managed"));
    const AsIs today = AsIs::allInternal(catalogue);
    // Make a few activities already as fully managed has them: those must not appear.
    AsIs partly = today;
    std::set<QString> unchanged;
    for (size_t d = 0; d < catalogue.dimensions.size(); d += 3) {
        partly.responsibilities[d][0] = catalogue.dimensions[d].activities[0].byModel[static_cast<size_t>(fullyManaged)];
        unchanged.insert(catalogue.activityRef(static_cast<int>(d), 0));
    }
    for (const AsIs &from : {today, partly}) {
        std::set<QString> expected;
        for (size_t d = 0; d < catalogue.dimensions.size(); ++d)
            for (size_t a = 0; a < catalogue.dimensions[d].activities.size(); ++a) {
                const Responsibility &before = from.responsibilities[d][a];
                const Responsibility &after = catalogue.dimensions[d].activities[a].byModel[static_cast<size_t>(fullyManaged)];
                if (before.owner != after.owner || before.providerRaci != after.providerRaci ||
                    before.internalRaci != after.internalRaci || before.providerShare != after.providerShare)
                    expected.insert(catalogue.activityRef(static_cast<int>(d), static_cast<int>(a)));
            }
        const HandoverPlan plan = planHandover(catalogue, from.responsibilities, fullyManaged);
        const QStringList refs = refsOf(catalogue, plan);
        EXPECT_EQ(std::set<QString>(refs.begin(), refs.end()), expected);
        EXPECT_EQ(static_cast<size_t>(refs.size()), expected.size()) << "an activity listed twice";
        for (const HandoverStep &step : plan.steps) {
            EXPECT_EQ(step.before, from.responsibilities[static_cast<size_t>(step.dimension)][static_cast<size_t>(step.activity)]);
            EXPECT_EQ(step.after, catalogue.dimensions[static_cast<size_t>(step.dimension)]
                                      .activities[static_cast<size_t>(step.activity)]
                                      .byModel[static_cast<size_t>(fullyManaged)]);
            EXPECT_EQ(step.providerShareChange(), step.after.providerShare - step.before.providerShare);
        }
        expectDependenciesFirst(catalogue, plan);
    }
    // From all in-house every activity changes (the catalogue's fully managed has the provider in every one).
    EXPECT_EQ(planHandover(catalogue, today.responsibilities, fullyManaged).steps.size(),
              static_cast<size_t>(catalogue.activityCount()));
    for (const QString &ref : unchanged)
        EXPECT_FALSE(refsOf(catalogue, planHandover(catalogue, partly.responsibilities, fullyManaged)).contains(ref));
}

TEST(HandoverPlan, TheBuiltInPlansPutDependenciesFirstAndKeepEachDimensionTogether)
{
    const Catalogue &catalogue = Catalogue::builtIn();
    for (const AsIs &from : {AsIs::allInternal(catalogue), AsIs::allProvider(catalogue), AsIs::copyOf(catalogue, 0),
                             AsIs::copyOf(catalogue, 1)})
        for (int m = 0; m < static_cast<int>(catalogue.models.size()); ++m) {
            const HandoverPlan plan = planHandover(catalogue, from.responsibilities, m);
            expectDependenciesFirst(catalogue, plan);
            // The built-in dependencies never run both ways between two dimensions: one group per dimension.
            std::set<int> groups;
            for (size_t i = 0; i < plan.steps.size(); ++i) {
                if (plan.startsGroup(i)) {
                    EXPECT_TRUE(groups.insert(plan.steps[i].dimension).second)
                        << "dimension split: " << catalogue.dimensions[static_cast<size_t>(plan.steps[i].dimension)].id.toStdString();
                }
            }
        }
}

TEST(HandoverPlan, ADependencyAcrossDimensionsAndAgainstCatalogueOrderIsHonoured)
{
    // security (first) waits for support (second): support's step moves ahead, security stays one group.
    const Catalogue across = miniWithDependencies({{QStringLiteral("security.policy"), {QStringLiteral("support.tickets")}}});
    const int fully = across.modelIndex(QStringLiteral("fully_managed"));
    const HandoverPlan plan = planHandover(across, AsIs::allInternal(across).responsibilities, fully);
    EXPECT_EQ(refsOf(across, plan), (QStringList{QStringLiteral("support.tickets"), QStringLiteral("security.policy"),
                                                 QStringLiteral("security.monitoring"), QStringLiteral("strategy.roadmap")}));
    ASSERT_EQ(plan.steps.size(), 4u);
    EXPECT_EQ(plan.steps[1].prerequisites, std::vector<int>{0});
    EXPECT_TRUE(plan.startsGroup(0));
    EXPECT_TRUE(plan.startsGroup(1));
    EXPECT_FALSE(plan.startsGroup(2));
    EXPECT_TRUE(plan.startsGroup(3));

    // Without the dependency the plan is in catalogue order.
    const Catalogue plain = miniWithDependencies({});
    EXPECT_EQ(refsOf(plain, planHandover(plain, AsIs::allInternal(plain).responsibilities, fully)),
              (QStringList{QStringLiteral("security.policy"), QStringLiteral("security.monitoring"),
                           QStringLiteral("support.tickets"), QStringLiteral("strategy.roadmap")}));

    // Within a dimension, against catalogue order.
    const Catalogue within = miniWithDependencies({{QStringLiteral("security.policy"), {QStringLiteral("monitoring")}}});
    EXPECT_EQ(refsOf(within, planHandover(within, AsIs::allInternal(within).responsibilities, fully)).mid(0, 2),
              (QStringList{QStringLiteral("security.monitoring"), QStringLiteral("security.policy")}));
}

TEST(HandoverPlan, ADependencyThroughAnActivityThatStaysStillOrdersTheSteps)
{
    // policy → tickets → roadmap; tickets is already as fully managed has it, so it is no step, but policy
    // still waits for roadmap.
    const Catalogue c = miniWithDependencies({{QStringLiteral("security.policy"), {QStringLiteral("support.tickets")}},
                                              {QStringLiteral("support.tickets"), {QStringLiteral("strategy.roadmap")}}});
    const int fully = c.modelIndex(QStringLiteral("fully_managed"));
    AsIs from = AsIs::copyOf(c, fully);
    from.responsibilities[0][0] = Responsibility{Owner::Internal, 0, QString(), QStringLiteral("RA")};
    from.responsibilities[2][0] = Responsibility{Owner::Internal, 0, QString(), QStringLiteral("RA")};
    const HandoverPlan plan = planHandover(c, from.responsibilities, fully);
    EXPECT_EQ(refsOf(c, plan), (QStringList{QStringLiteral("strategy.roadmap"), QStringLiteral("security.policy")}));
    ASSERT_EQ(plan.steps.size(), 2u);
    EXPECT_EQ(plan.steps[1].prerequisites, std::vector<int>{0});
}

TEST(HandoverPlan, DimensionsThatWaitForEachOtherSplitIntoGroupsButKeepEveryDependency)
{
    // security.policy waits for support.tickets, and support.tickets for security.monitoring.
    const Catalogue c = miniWithDependencies({{QStringLiteral("security.policy"), {QStringLiteral("support.tickets")}},
                                              {QStringLiteral("support.tickets"), {QStringLiteral("security.monitoring")}}});
    const int fully = c.modelIndex(QStringLiteral("fully_managed"));
    const HandoverPlan plan = planHandover(c, AsIs::allInternal(c).responsibilities, fully);
    EXPECT_EQ(refsOf(c, plan), (QStringList{QStringLiteral("security.monitoring"), QStringLiteral("support.tickets"),
                                            QStringLiteral("security.policy"), QStringLiteral("strategy.roadmap")}));
    expectDependenciesFirst(c, plan);
    EXPECT_TRUE(plan.startsGroup(2)); // security again, as a second group
}
