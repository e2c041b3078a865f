// The workshop's core: the weighted median and mean, the consensus, participant files and merging, each
// person's answer and the values that decide the group's (docs/workshop.md).
#include "workshop.h"

#include "example_profiles.h"

#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QJsonObject>

using namespace splitbench;

namespace {

const Catalogue &catalogue() { return Catalogue::builtIn(); }

Participant person(const QString &id, const QString &name, double weight, const Profile &base)
{
    Participant p;
    p.id = id;
    p.name = name;
    p.weight = weight;
    p.traits = base.traits;
    p.importance = base.importance;
    p.traitUncertainty = base.traitUncertainty;
    p.importanceUncertainty = base.importanceUncertainty;
    return p;
}

/// Three people who differ on every trait: low, middle and high values.
Profile threePeople()
{
    Profile workshop = Profile::defaults(catalogue());
    for (int i = 0; i < 3; ++i) {
        Participant p = person(QStringLiteral("p%1").arg(i), QStringLiteral("Person %1").arg(i), 1, workshop);
        for (double &value : p.traits)
            value = 20.0 + 30.0 * i;
        workshop.participants.push_back(p);
    }
    applyConsensus(workshop);
    return workshop;
}

double median(std::vector<double> values, std::vector<double> weights)
{
    return weightedMedian(values, weights).value();
}

} // namespace

TEST(WeightedMedian, OddCountIsTheMiddleValue)
{
    EXPECT_DOUBLE_EQ(median({70, 10, 40}, {1, 1, 1}), 40);
}

TEST(WeightedMedian, EvenCountOfEqualWeightsIsTheMidpointOfTheMiddleTwo)
{
    EXPECT_DOUBLE_EQ(median({10, 40, 60, 90}, {1, 1, 1, 1}), 50);
}

TEST(WeightedMedian, AHeavyVoiceMovesItButOneExtremeVoiceDoesNotDragIt)
{
    // Weight 3 on 80 against 1 + 1 on 20 and 30: more than half the weight sits at 80.
    EXPECT_DOUBLE_EQ(median({20, 30, 80}, {1, 1, 3}), 80);
    // One extreme value among four moderate ones leaves the median where the moderate ones are.
    EXPECT_DOUBLE_EQ(median({40, 45, 50, 55, 100}, {1, 1, 1, 1, 1}), 50);
    EXPECT_DOUBLE_EQ(median({40, 45, 50, 55, 0}, {1, 1, 1, 1, 1}), 45);
}

TEST(WeightedMedian, TiesAndUnequalWeightsHandComputed)
{
    // Sorted: 30 (w 2), 30 (w 1), 60 (w 3): weight below 60 is exactly half (3 of 6): midpoint of 30 and 60.
    EXPECT_DOUBLE_EQ(median({60, 30, 30}, {3, 2, 1}), 45);
    // Equal values: the median is that value, whatever the weights.
    EXPECT_DOUBLE_EQ(median({55, 55, 55}, {0.5, 2, 7}), 55);
    // Decimal weights that add to exactly half in real numbers (0.1 + 0.2 against 0.3).
    EXPECT_DOUBLE_EQ(median({10, 20, 50}, {0.1, 0.2, 0.3}), 35);
}

TEST(WeightedMedian, ZeroWeightsTakeNoPartAndAllZeroIsRefused)
{
    EXPECT_DOUBLE_EQ(median({10, 90, 50}, {1, 0, 1}), 30);
    EXPECT_FALSE(weightedMedian(std::vector<double>{10, 20}, std::vector<double>{0, 0}).has_value());
    EXPECT_FALSE(weightedMean(std::vector<double>{10, 20}, std::vector<double>{0, 0}).has_value());
    EXPECT_FALSE(weightedMedian(std::vector<double>{10, 20}, std::vector<double>{1, -1}).has_value());
    EXPECT_FALSE(weightedMedian(std::vector<double>{10}, std::vector<double>{1, 1}).has_value());
    EXPECT_FALSE(weightedMean(std::vector<double>{}, std::vector<double>{}).has_value());
}

TEST(WeightedMean, HandComputed)
{
    EXPECT_DOUBLE_EQ(weightedMean(std::vector<double>{20, 80}, std::vector<double>{3, 1}).value(), 35);
    EXPECT_DOUBLE_EQ(weightedMean(std::vector<double>{20, 80, 999}, std::vector<double>{1, 1, 0}).value(), 50);
}

TEST(Consensus, TheGroupValuesFollowTheChosenMethod)
{
    Profile workshop = threePeople();
    workshop.participants[2].traits[0] = 100; // 20, 50, 100
    applyConsensus(workshop);
    EXPECT_DOUBLE_EQ(workshop.traits[0], 50);
    workshop.consensus = ConsensusMethod::WeightedMean;
    applyConsensus(workshop);
    EXPECT_NEAR(workshop.traits[0], (20.0 + 50.0 + 100.0) / 3, 1e-9);
}

TEST(Consensus, AParticipantWithWeightZeroChangesNothing)
{
    const Profile without = threePeople();
    FitEngine engine(catalogue());
    for (ConsensusMethod method : {ConsensusMethod::WeightedMedian, ConsensusMethod::WeightedMean}) {
        Profile before = without;
        before.consensus = method;
        applyConsensus(before);
        Profile with = before;
        Participant extreme = person(QStringLiteral("silent"), QStringLiteral("Silent"), 0, before);
        for (double &value : extreme.traits)
            value = 100;
        for (double &value : extreme.importance)
            value = 10;
        with.participants.push_back(extreme);
        applyConsensus(with);
        EXPECT_TRUE(sameGroupValues(before, with));
        EXPECT_EQ(engine.score(before).overall, engine.score(with).overall);
        // Nor does the person decide anything.
        for (const DecisiveValue &value : analyseWorkshop(engine, with).decisive)
            EXPECT_NE(value.participant, 3);
    }
}

TEST(Consensus, ImportanceThatWouldBeZeroEverywhereFallsBackToTheMean)
{
    Profile workshop = Profile::defaults(catalogue());
    const size_t dimensions = workshop.importance.size();
    for (int i = 0; i < 3; ++i) {
        Participant p = person(QStringLiteral("p%1").arg(i), QStringLiteral("P%1").arg(i), 1, workshop);
        p.importance.assign(dimensions, 0.0);
        p.importance[static_cast<size_t>(i)] = 3; // each weights one different dimension only
        workshop.participants.push_back(p);
    }
    applyConsensus(workshop);
    EXPECT_TRUE(Profile::importanceProblem(workshop.importance).isEmpty());
    EXPECT_DOUBLE_EQ(workshop.importance[0], 1.0);
}

TEST(WorkshopFile, ParticipantsRoundTripAndTheGroupIsRecomputedOnLoad)
{
    Profile workshop = threePeople();
    workshop.participants[1].role = QStringLiteral("IT lead");
    workshop.participants[1].notes.insert(catalogue().traits[0].id, QStringLiteral("We hired two admins in May."));
    workshop.participants[2].weight = 2.5;
    workshop.consensus = ConsensusMethod::WeightedMean;
    applyConsensus(workshop);
    const Loaded<Profile> again = Profile::parse(workshop.toJson(catalogue()), QStringLiteral("w.json"), catalogue());
    ASSERT_TRUE(again.ok()) << again.error().toString().toStdString();
    EXPECT_EQ(again.value(), workshop);
    EXPECT_FALSE(again.value().groupValuesRecomputed);

    // A hand edit of the group's values is replaced by the participants' consensus, and the loader says so.
    QByteArray edited = workshop.toJson(catalogue());
    const QString firstTrait = catalogue().traits[0].id;
    QJsonObject root = QJsonDocument::fromJson(edited).object();
    QJsonObject traits = root.value(QStringLiteral("traits")).toObject();
    traits.insert(firstTrait, 99);
    root.insert(QStringLiteral("traits"), traits);
    const Loaded<Profile> handEdited =
        Profile::parse(QJsonDocument(root).toJson(), QStringLiteral("edited.json"), catalogue());
    ASSERT_TRUE(handEdited.ok());
    EXPECT_TRUE(handEdited.value().groupValuesRecomputed);
    EXPECT_DOUBLE_EQ(handEdited.value().traits[0], workshop.traits[0]);
}

TEST(WorkshopFile, AProfileWithoutParticipantsIsNotAWorkshopAndWritesNoWorkshopKeys)
{
    const Profile plain = Profile::defaults(catalogue());
    const QJsonObject root = QJsonDocument::fromJson(plain.toJson(catalogue())).object();
    EXPECT_FALSE(root.contains(QStringLiteral("participants")));
    EXPECT_FALSE(root.contains(QStringLiteral("consensus")));
    EXPECT_FALSE(root.contains(QStringLiteral("catalogue_fingerprint")));
    Profile applied = plain;
    applyConsensus(applied);
    EXPECT_EQ(applied, plain);
}

TEST(WorkshopFile, TheConsensusMethodIsKeptWithoutParticipants)
{
    // Found by fuzz_profile: a method chosen before the participants were added (or after they were all
    // removed) must survive saving.
    Profile plain = Profile::defaults(catalogue());
    plain.consensus = ConsensusMethod::WeightedMean;
    const Loaded<Profile> again = Profile::parse(plain.toJson(catalogue()), QStringLiteral("m.json"), catalogue());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.value().consensus, ConsensusMethod::WeightedMean);
}

TEST(WorkshopFile, TwelveParticipantsOpenScoreAndAnalyse)
{
    Profile workshop = Profile::defaults(catalogue());
    for (int i = 0; i < 12; ++i) {
        Participant p = person(QStringLiteral("person_%1").arg(i), QStringLiteral("Participant number %1").arg(i),
                               1 + i % 3, workshop);
        for (size_t t = 0; t < p.traits.size(); ++t)
            p.traits[t] = static_cast<double>((i * 17 + static_cast<int>(t) * 29) % 101);
        workshop.participants.push_back(p);
    }
    applyConsensus(workshop);
    const Loaded<Profile> again = Profile::parse(workshop.toJson(catalogue()), QStringLiteral("12.json"), catalogue());
    ASSERT_TRUE(again.ok()) << again.error().toString().toStdString();
    ASSERT_EQ(again.value().participants.size(), 12u);
    FitEngine engine(catalogue());
    const WorkshopAnalysis analysis = analyseWorkshop(engine, again.value());
    EXPECT_EQ(analysis.outcomes.size(), 12u);
    EXPECT_EQ(analysis.spreads.size(), catalogue().traits.size());
    for (size_t i = 1; i < analysis.spreads.size(); ++i)
        EXPECT_GE(analysis.spreads[i - 1].spread() + 1e-9, analysis.spreads[i].spread());
}

TEST(WorkshopAnalysis, EachParticipantsOwnAnswerIsWhatTheirViewAloneScores)
{
    const Profile workshop = threePeople();
    FitEngine engine(catalogue());
    const WorkshopAnalysis analysis = analyseWorkshop(engine, workshop);
    ASSERT_EQ(analysis.outcomes.size(), 3u);
    for (int p = 0; p < 3; ++p) {
        const FitResult alone = engine.score(participantView(workshop, p));
        EXPECT_EQ(analysis.outcomes[static_cast<size_t>(p)].recommended, alone.recommended);
        EXPECT_NEAR(analysis.outcomes[static_cast<size_t>(p)].margin, alone.margin, 1e-9);
    }
}

TEST(WorkshopAnalysis, TheDecisiveValuesAreExactlyThoseThatChangeTheAnswerWhenReScored)
{
    FitEngine engine(catalogue());
    const Profile workshop = threePeople();
    const WorkshopAnalysis analysis = analyseWorkshop(engine, workshop);
    const FitResult group = engine.score(workshop);
    const int groupAnswer = group.isTie() ? -1 : group.recommended;
    EXPECT_EQ(analysis.groupRecommended, groupAnswer);
    // Re-score every (trait, participant) replacement independently with the full engine.
    size_t expected = 0;
    for (size_t t = 0; t < workshop.traits.size(); ++t) {
        for (size_t p = 0; p < workshop.participants.size(); ++p) {
            Profile replaced = workshop;
            replaced.participants.clear();
            replaced.traits[t] = workshop.participants[p].traits[t];
            const FitResult result = engine.score(replaced);
            const int answer = result.isTie() ? -1 : result.recommended;
            const bool decides = answer != groupAnswer;
            const bool listed = std::any_of(analysis.decisive.begin(), analysis.decisive.end(), [&](const DecisiveValue &v) {
                return v.trait == static_cast<int>(t) && v.participant == static_cast<int>(p) && v.recommendedThen == answer;
            });
            EXPECT_EQ(decides, listed) << "trait " << t << " participant " << p;
            expected += decides ? 1 : 0;
        }
    }
    EXPECT_EQ(analysis.decisive.size(), expected);
    // The test is only worth something if the set-up makes some value decisive.
    EXPECT_GT(expected, 0u);
    EXPECT_FALSE(decisiveSentence(analysis, catalogue(), workshop).isEmpty());
}

TEST(WorkshopAnalysis, DifferingAnswersAreNamedInPlainWords)
{
    FitEngine engine(catalogue());
    Profile workshop = threePeople();
    // Low values on every trait against high ones: the people at the two ends recommend different models.
    workshop.participants[0].traits.assign(workshop.traits.size(), 0.0);
    workshop.participants[2].traits.assign(workshop.traits.size(), 100.0);
    workshop.participants[0].role = QStringLiteral("Owner");
    workshop.participants[2].role = QStringLiteral("IT lead");
    applyConsensus(workshop);
    const WorkshopAnalysis analysis = analyseWorkshop(engine, workshop);
    ASSERT_TRUE(analysis.answersDiffer(workshop));
    const QString sentence = disagreementSentence(analysis, catalogue(), workshop);
    EXPECT_TRUE(sentence.contains(QStringLiteral("Person 0 (Owner)"))) << sentence.toStdString();
    EXPECT_TRUE(sentence.contains(QStringLiteral("Person 2 (IT lead)"))) << sentence.toStdString();
    const int low = analysis.outcomes[0].recommended;
    const int high = analysis.outcomes[2].recommended;
    EXPECT_NE(low, high);
    EXPECT_TRUE(sentence.contains(catalogue().models[static_cast<size_t>(low)].name));
    EXPECT_TRUE(sentence.contains(catalogue().models[static_cast<size_t>(high)].name));

    // Everyone agreeing: no sentence.
    Profile agreeing = threePeople();
    for (Participant &p : agreeing.participants)
        p.traits = agreeing.participants[1].traits;
    applyConsensus(agreeing);
    EXPECT_TRUE(disagreementSentence(analyseWorkshop(engine, agreeing), catalogue(), agreeing).isEmpty());
}

TEST(Merge, MergingTheSameParticipantFileTwiceChangesNothing)
{
    Profile workshop = threePeople();
    Profile returned = participantFile(workshop, 1);
    returned.participants[0].traits[2] = 93;
    returned.participants[0].notes.insert(catalogue().traits[2].id, QStringLiteral("Changed my mind."));
    const Loaded<Profile> file =
        Profile::parse(returned.toJson(catalogue()), QStringLiteral("person1.json"), catalogue());
    ASSERT_TRUE(file.ok()) << file.error().toString().toStdString();

    const Loaded<MergeReport> first = mergeParticipants(workshop, file.value(), QStringLiteral("person1.json"));
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(first.value().updated, QStringList{QStringLiteral("Person 1")});
    EXPECT_DOUBLE_EQ(workshop.participants[1].traits[2], 93);
    const Profile afterOnce = workshop;
    const Loaded<MergeReport> second = mergeParticipants(workshop, file.value(), QStringLiteral("person1.json"));
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second.value().unchanged, QStringList{QStringLiteral("Person 1")});
    EXPECT_EQ(workshop, afterOnce);
}

TEST(Merge, ANewPersonIsAddedAndNobodyElseLosesAValue)
{
    Profile workshop = threePeople();
    workshop.participants[0].weight = 4; // the facilitator's weight survives the person's own file
    Profile newcomer = Profile::defaults(catalogue());
    newcomer.participants.push_back(person(QStringLiteral("finance"), QStringLiteral("Lee Chen"), 1, newcomer));
    newcomer.participants.push_back(workshop.participants[0]);
    newcomer.participants.back().weight = 1;
    applyConsensus(newcomer);
    const Profile before = workshop;
    const Loaded<MergeReport> report = mergeParticipants(workshop, newcomer, QStringLiteral("lee.json"));
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report.value().added, QStringList{QStringLiteral("Lee Chen")});
    EXPECT_EQ(report.value().unchanged, QStringList{QStringLiteral("Person 0")});
    ASSERT_EQ(workshop.participants.size(), 4u);
    for (size_t i = 0; i < 3; ++i)
        EXPECT_EQ(workshop.participants[i], before.participants[i]);
}

TEST(Merge, AFileWithoutParticipantsOrOneTooManyIsRefusedAndTheWorkshopKept)
{
    Profile workshop = threePeople();
    const Profile before = workshop;
    const Loaded<MergeReport> plain = mergeParticipants(workshop, Profile::defaults(catalogue()), QStringLiteral("plain.json"));
    ASSERT_FALSE(plain.ok());
    EXPECT_EQ(plain.error().file, QStringLiteral("plain.json"));
    EXPECT_TRUE(plain.error().message.contains(QStringLiteral("no participants")));

    Profile full = Profile::defaults(catalogue());
    for (int i = 0; i < kMaxParticipants; ++i)
        full.participants.push_back(person(QStringLiteral("n%1").arg(i), QStringLiteral("N%1").arg(i), 1, full));
    const Loaded<MergeReport> tooMany = mergeParticipants(workshop, full, QStringLiteral("many.json"));
    ASSERT_FALSE(tooMany.ok());
    EXPECT_TRUE(tooMany.error().message.contains(QString::number(kMaxParticipants)));
    EXPECT_EQ(workshop, before);
}

TEST(Merge, AParticipantFileMadeForAnotherCatalogueIsRefusedWithAClearMessage)
{
    Profile workshop = threePeople();
    QJsonObject root = QJsonDocument::fromJson(participantFile(workshop, 0).toJson(catalogue())).object();
    ASSERT_EQ(root.value(QStringLiteral("catalogue_fingerprint")).toString(), catalogueFingerprint(catalogue()));
    root.insert(QStringLiteral("catalogue_fingerprint"), QStringLiteral("0123456789abcdef"));
    const Loaded<Profile> other = Profile::parse(QJsonDocument(root).toJson(), QStringLiteral("other.json"), catalogue());
    ASSERT_FALSE(other.ok());
    EXPECT_EQ(other.error().place, QStringLiteral("catalogue_fingerprint"));
    EXPECT_TRUE(other.error().message.contains(QStringLiteral("another catalogue")));
}

TEST(CatalogueFingerprint, IsTheSameInEveryLanguageOfTheBuiltInCatalogue)
{
    for (const QString &language : Catalogue::builtInLanguages())
        EXPECT_EQ(catalogueFingerprint(Catalogue::builtIn(language)), catalogueFingerprint(catalogue()));
    Catalogue fewer = catalogue();
    fewer.traits.pop_back();
    EXPECT_NE(catalogueFingerprint(fewer), catalogueFingerprint(catalogue()));
}

TEST(WorkshopExample, FourPeopleDisagreeAndTheFileHoldsTheirConsensus)
{
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("de")}) {
        const Catalogue &languageCatalogue = Catalogue::builtIn(language);
        const std::vector<ExampleProfile> examples = builtInExamples(languageCatalogue, language);
        const auto workshop = std::find_if(examples.begin(), examples.end(),
                                           [](const ExampleProfile &e) { return e.profile.isWorkshop(); });
        ASSERT_NE(workshop, examples.end()) << language.toStdString();
        const Profile &profile = workshop->profile;
        EXPECT_EQ(profile.participants.size(), 4u);
        // The shipped group values are the participants' consensus: opening it reports no hand edit.
        EXPECT_FALSE(profile.groupValuesRecomputed) << language.toStdString();
        FitEngine engine(languageCatalogue);
        const WorkshopAnalysis analysis = analyseWorkshop(engine, profile);
        EXPECT_TRUE(analysis.answersDiffer(profile));
        EXPECT_FALSE(disagreementSentence(analysis, languageCatalogue, profile).isEmpty());
    }
}
