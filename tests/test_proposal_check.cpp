// Checking a proposal's split (core/proposal_check.h) and the catalogue's rules it checks against.
#include "catalogue.h"
#include "proposal_check.h"
#include "proposal_terms.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace splitbench;

namespace {

const Catalogue &catalogue() { return Catalogue::builtIn(); }

using Split = std::vector<std::vector<Responsibility>>;

Split splitOf(int model)
{
    Split split(catalogue().dimensions.size());
    for (size_t d = 0; d < catalogue().dimensions.size(); ++d)
        for (const Activity &activity : catalogue().dimensions[d].activities)
            split[d].push_back(activity.byModel[static_cast<size_t>(model)]);
    return split;
}

Responsibility &at(Split &split, const ActivityPosition &position)
{
    return split[static_cast<size_t>(position.dimension)][static_cast<size_t>(position.activity)];
}

/// The in-house team does the work and answers for it; the provider is only informed.
Responsibility inHouseOnly() { return Responsibility{Owner::Internal, 10, QStringLiteral("I"), QStringLiteral("RA")}; }

bool hasFinding(const std::vector<Finding> &findings, Finding::Kind kind, const QString &rule, const ActivityPosition &where)
{
    return std::any_of(findings.begin(), findings.end(), [&](const Finding &f) {
        return f.kind == kind && f.ruleId == rule && f.at == where;
    });
}

const CheckRule &rule(const QString &id)
{
    for (const CheckRule &r : catalogue().rules)
        if (r.id == id)
            return r;
    ADD_FAILURE() << "no rule " << id.toStdString();
    return catalogue().rules.front();
}

Loaded<Catalogue> withRules(const QJsonArray &rules)
{
    QJsonObject root = QJsonDocument::fromJson(catalogue().toJson()).object();
    root.insert(QStringLiteral("rules"), rules);
    return Catalogue::parse(QJsonDocument(root).toJson(), QStringLiteral("c.json"));
}

} // namespace

TEST(ProposalCheck, TheBuiltInModelsHaveOnlyTheFindingsTheyReallyHave)
{
    const int full = catalogue().modelIndex(QStringLiteral("fully_managed"));
    const int co = catalogue().modelIndex(QStringLiteral("co_managed"));
    EXPECT_TRUE(checkModel(catalogue(), co).empty()) << "co-managed keeps every dependency with one party";
    const std::vector<Finding> findings = checkModel(catalogue(), full);
    // Fully managed hands the provider accountability for compliance management, and nothing else is amiss.
    ASSERT_EQ(findings.size(), 1U) << findings.front().text.toStdString();
    EXPECT_EQ(findings.front().kind, Finding::Kind::GivenAway);
    EXPECT_EQ(findings.front().ruleId, QStringLiteral("retain_compliance"));
    EXPECT_EQ(findings.front().at, *catalogue().findActivity(QStringLiteral("security.compliance_management")));
    EXPECT_FALSE(findings.front().why.isEmpty());
}

TEST(ProposalCheck, EverySamePartyRuleFiresWhenAProposalSplitsItAndOnlyThen)
{
    const int full = catalogue().modelIndex(QStringLiteral("fully_managed"));
    int rules = 0;
    for (const CheckRule &r : catalogue().rules) {
        if (r.kind != CheckRule::Kind::SameParty)
            continue;
        ++rules;
        SCOPED_TRACE(r.id.toStdString());
        for (const ActivityPosition &linked : r.linked) {
            // Fully managed: the provider answers for the lead; here it gives up the linked activity entirely.
            Split split = splitOf(full);
            EXPECT_FALSE(hasFinding(checkSplit(catalogue(), split), Finding::Kind::SplitDependency, r.id, linked));
            at(split, linked) = inHouseOnly();
            const std::vector<Finding> findings = checkSplit(catalogue(), split);
            ASSERT_TRUE(hasFinding(findings, Finding::Kind::SplitDependency, r.id, linked));
            for (const Finding &f : findings)
                if (f.ruleId == r.id && f.at == linked) {
                    EXPECT_EQ(f.lead, r.lead);
                    EXPECT_TRUE(f.text.startsWith(QStringLiteral("The provider answers for"))) << f.text.toStdString();
                }
            // The provider keeping only an R there is enough: it can do the work it depends on.
            at(split, linked).providerRaci = QStringLiteral("R");
            EXPECT_FALSE(hasFinding(checkSplit(catalogue(), split), Finding::Kind::SplitDependency, r.id, linked));
        }
    }
    EXPECT_GE(rules, 2) << "the built-in catalogue declares the dependency rules of issue 20";
    const CheckRule &security = rule(QStringLiteral("security_needs_admin_access"));
    EXPECT_EQ(security.lead, *catalogue().findActivity(QStringLiteral("security.threat_detection")));
}

TEST(ProposalCheck, GivingAwayStrategyOrComplianceAndLeavingWorkUndoneAreFound)
{
    const int co = catalogue().modelIndex(QStringLiteral("co_managed"));
    Split split = splitOf(co);
    const ActivityPosition roadmap = *catalogue().findActivity(QStringLiteral("strategic_planning.it_roadmap"));
    at(split, roadmap) = Responsibility{Owner::Provider, 80, QStringLiteral("RA"), QStringLiteral("C")};
    const ActivityPosition tickets = *catalogue().findActivity(QStringLiteral("end_user_support.help_desk_tickets"));
    at(split, tickets) = Responsibility{Owner::Internal, 20, QStringLiteral("C"), QStringLiteral("AI")};
    const std::vector<Finding> findings = checkSplit(catalogue(), split);
    EXPECT_TRUE(hasFinding(findings, Finding::Kind::GivenAway, QStringLiteral("retain_strategy"), roadmap));
    ASSERT_TRUE(hasFinding(findings, Finding::Kind::NobodyResponsible, QString(), tickets));
    EXPECT_EQ(findings.front().kind, Finding::Kind::NobodyResponsible) << "the gaps come first";
    EXPECT_TRUE(findings.front().text.contains(QStringLiteral("Help desk tickets")));
    EXPECT_EQ(findings.size(), 2U);
}

TEST(CatalogueRules, RoundTripAndBadRulesAreRefusedWithTheirPlace)
{
    const Loaded<Catalogue> again = Catalogue::parse(catalogue().toJson(), QStringLiteral("c.json"));
    ASSERT_TRUE(again.ok()) << again.error().toString().toStdString();
    ASSERT_EQ(again.value().rules.size(), catalogue().rules.size());
    EXPECT_EQ(again.value().rules.back().linked, catalogue().rules.back().linked);
    EXPECT_EQ(Catalogue::builtIn(QStringLiteral("de")).rules.size(), catalogue().rules.size());

    const auto refused = [](const QJsonObject &r, const char *place) {
        const Loaded<Catalogue> loaded = withRules(QJsonArray{r});
        ASSERT_FALSE(loaded.ok());
        EXPECT_EQ(loaded.error().place, QString::fromLatin1(place)) << loaded.error().toString().toStdString();
    };
    const QJsonObject good{{QStringLiteral("id"), QStringLiteral("r")},
                           {QStringLiteral("kind"), QStringLiteral("same_party")},
                           {QStringLiteral("text"), QStringLiteral("t")},
                           {QStringLiteral("lead"), QStringLiteral("security.threat_detection")},
                           {QStringLiteral("activities"), QJsonArray{QStringLiteral("security.incident_response")}}};
    EXPECT_TRUE(withRules(QJsonArray{good}).ok());
    QJsonObject unknown = good;
    unknown.insert(QStringLiteral("activities"), QJsonArray{QStringLiteral("security.nothing")});
    refused(unknown, "rules[0].activities[0]");
    QJsonObject kind = good;
    kind.insert(QStringLiteral("kind"), QStringLiteral("sometimes"));
    refused(kind, "rules[0].kind");
    QJsonObject self = good;
    self.insert(QStringLiteral("activities"), QJsonArray{QStringLiteral("security.threat_detection")});
    refused(self, "rules[0].activities[0]");
    const Loaded<Catalogue> twice = withRules(QJsonArray{good, good});
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().place, QStringLiteral("rules[1].id"));
}

TEST(ProposalTerms, FiguresOutsideTheUsualRangesAreFlaggedEitherWayAndThoseInsideAreNot)
{
    ProposalTerms terms;
    terms.noticeMonths = 6;
    terms.serviceLevels = {{QStringLiteral("P1"), 30, 4, Cover::AllHours},      // inside both ranges
                           {QStringLiteral("P2"), 480, 12, Cover::BusinessHours}, // slow response
                           {QStringLiteral("low"), 600, 20, Cover::BusinessHours}, // P4: resolution fast
                           {QStringLiteral("Gold"), 1, 1, Cover::Extended}};     // no usual figures
    const std::vector<TermFlag> flags = flagTerms(terms, 60);
    ASSERT_EQ(flags.size(), 4U);
    EXPECT_EQ(flags[0].what, TermFlag::What::Term);
    EXPECT_TRUE(flags[0].worse);
    EXPECT_EQ(flags[1].what, TermFlag::What::Notice);
    EXPECT_TRUE(flags[1].text.contains(QStringLiteral("6 months is longer than the usual 1 to 3")))
        << flags[1].text.toStdString();
    EXPECT_EQ(flags[2].what, TermFlag::What::Response);
    EXPECT_EQ(flags[2].priority, QStringLiteral("P2"));
    EXPECT_TRUE(flags[2].text.startsWith(QStringLiteral("P2: a response within 480 minutes is slower")));
    EXPECT_EQ(flags[3].what, TermFlag::What::Resolution);
    EXPECT_FALSE(flags[3].worse) << "20 hours for a low priority is faster than usual";

    EXPECT_TRUE(flagTerms(ProposalTerms{}, 24).empty());
    ProposalTerms hostile; // A priority named like a placeholder stays text.
    hostile.serviceLevels = {{QStringLiteral("P1 %2"), 5000, 4, Cover::AllHours}};
    ASSERT_EQ(flagTerms(hostile, 0).size(), 1U);
    EXPECT_TRUE(flagTerms(hostile, 0).front().text.startsWith(QStringLiteral("P1 %2: a response within 5000")));
}

// The rows of a side-by-side comparison: each priority once, however it is written, most urgent first.
TEST(ProposalTerms, PrioritiesAreListedOnceMostUrgentFirst)
{
    ProposalTerms first;
    first.serviceLevels = {{QStringLiteral("p2"), 60, 8, Cover::BusinessHours},
                           {QStringLiteral("P1"), 30, 4, Cover::AllHours},
                           {QStringLiteral(" P5"), 900, 200, Cover::BusinessHours}};
    ProposalTerms second;
    second.serviceLevels = {{QStringLiteral("Gold"), 30, 4, Cover::AllHours},
                            {QStringLiteral("P1 "), 15, 2, Cover::AllHours},
                            {QStringLiteral("Low"), 480, 72, Cover::BusinessHours}};
    EXPECT_EQ(priorityUnion({&first, nullptr, &second}),
              (QStringList{QStringLiteral("P1"), QStringLiteral("p2"), QStringLiteral("Low"), QStringLiteral("P5"),
                           QStringLiteral("Gold")}));
    EXPECT_TRUE(priorityBefore(QStringLiteral("critical"), QStringLiteral("P2")));
    EXPECT_FALSE(priorityBefore(QStringLiteral("Gold"), QStringLiteral("P9")));
    EXPECT_TRUE(priorityUnion({}).isEmpty());
}

// The rules a proposal's terms keep, as the workbench's editor checks them before a change.
TEST(ProposalTerms, ProblemNamesWhatBreaksALimit)
{
    ProposalTerms terms;
    terms.noticeMonths = 3;
    terms.serviceLevels = {{QStringLiteral("P1"), 30, 4, Cover::AllHours}};
    EXPECT_EQ(terms.problem(), QString());

    ProposalTerms notice = terms;
    notice.noticeMonths = ProposalTerms::kMaxNoticeMonths + 1;
    EXPECT_TRUE(notice.problem().contains(QStringLiteral("notice period"))) << notice.problem().toStdString();
    ProposalTerms twice = terms;
    twice.serviceLevels.push_back({QStringLiteral(" p1 "), 60, 8, Cover::BusinessHours});
    EXPECT_TRUE(twice.problem().contains(QStringLiteral("given twice"))) << twice.problem().toStdString();
    ProposalTerms unnamed = terms;
    unnamed.serviceLevels.front().priority = QStringLiteral("  ");
    EXPECT_TRUE(unnamed.problem().contains(QStringLiteral("needs a priority")));
    ProposalTerms longName = terms;
    longName.serviceLevels.front().priority = QString(ProposalTerms::kMaxPriorityLength + 1, u'P');
    EXPECT_TRUE(longName.problem().contains(QStringLiteral("at most 32 characters"))) << longName.problem().toStdString();
    ProposalTerms slow = terms;
    slow.serviceLevels.front().resolutionHours = ProposalTerms::kMaxTime + 1;
    EXPECT_TRUE(slow.problem().contains(QStringLiteral("resolution time of P1"))) << slow.problem().toStdString();
    ProposalTerms many;
    for (int p = 1; p <= ProposalTerms::kMaxServiceLevels + 1; ++p)
        many.serviceLevels.push_back({QStringLiteral("P%1").arg(p), 60, 8, Cover::BusinessHours});
    EXPECT_TRUE(many.problem().contains(QStringLiteral("at most 8 service levels"))) << many.problem().toStdString();
}
