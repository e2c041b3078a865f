// ProfileDocument: editing through undo commands, merging of slider drags, custom models, files.
#include "example_profiles.h"
#include "profile_document.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace splitbench;
using namespace splitbench::gui;

namespace {

const Catalogue &catalogue()
{
    return Catalogue::builtIn();
}
int traitIndex(const char *id)
{
    return catalogue().traitIndex(QString::fromUtf8(id));
}
int dimensionIndex(const char *id)
{
    return catalogue().dimensionIndex(QString::fromUtf8(id));
}

TEST(ProfileDocument, StartsWithTheDefaultProfileScoredAndClean)
{
    ProfileDocument document(catalogue());
    EXPECT_EQ(document.profile(), Profile::defaults(catalogue()));
    EXPECT_EQ(document.result().overall, FitEngine(catalogue()).score(document.profile()).overall);
    EXPECT_FALSE(document.isModified());
    EXPECT_EQ(document.displayName(), QStringLiteral("Untitled"));
    EXPECT_EQ(document.modelCount(), static_cast<int>(catalogue().models.size()));
}

TEST(ProfileDocument, SliderDragMergesIntoOneUndoStepAndKeyStepsDoNot)
{
    ProfileDocument document(catalogue());
    const int t = traitIndex("inhouse_capacity");
    const double start = document.profile().traits[static_cast<size_t>(t)];
    for (double v : {40.0, 55.0, 70.0, 85.0})
        document.setTrait(t, v, 7); // one drag
    EXPECT_EQ(document.undoStack()->count(), 1);
    EXPECT_EQ(document.profile().traits[static_cast<size_t>(t)], 85.0);
    EXPECT_TRUE(document.isModified());

    document.setTrait(t, 86.0, 8); // the next drag is a new step
    document.setTrait(t, 87.0, 0); // so is each key press
    document.setTrait(t, 88.0, 0);
    EXPECT_EQ(document.undoStack()->count(), 4);

    document.undoStack()->undo();
    document.undoStack()->undo();
    document.undoStack()->undo();
    EXPECT_EQ(document.profile().traits[static_cast<size_t>(t)], 85.0);
    document.undoStack()->undo();
    EXPECT_EQ(document.profile().traits[static_cast<size_t>(t)], start);
    EXPECT_FALSE(document.isModified());
}

TEST(ProfileDocument, DragBackToTheStartLeavesNothingToUndo)
{
    ProfileDocument document(catalogue());
    const int t = traitIndex("growth_pace");
    const double start = document.profile().traits[static_cast<size_t>(t)];
    document.setTrait(t, start + 20, 3);
    document.setTrait(t, start, 3);
    EXPECT_EQ(document.undoStack()->count(), 0);
    EXPECT_FALSE(document.isModified());
}

TEST(ProfileDocument, EveryChangeRescoresAndSignals)
{
    ProfileDocument document(catalogue());
    QSignalSpy results(&document, &ProfileDocument::resultChanged);
    QSignalSpy traits(&document, &ProfileDocument::traitChanged);
    const std::vector<double> before = document.result().overall;
    document.setTrait(traitIndex("inhouse_capacity"), 100);
    EXPECT_EQ(results.count(), 1);
    ASSERT_EQ(traits.count(), 1);
    EXPECT_EQ(traits.at(0).at(0).toInt(), traitIndex("inhouse_capacity"));
    EXPECT_NE(document.result().overall, before);
    EXPECT_EQ(document.result().overall, FitEngine(catalogue()).score(document.profile()).overall);
}

TEST(ProfileDocument, ImportanceRefusesValuesCoreRejects)
{
    ProfileDocument document(catalogue());
    EXPECT_FALSE(document.setImportance(0, 11).isEmpty());
    EXPECT_FALSE(document.setImportance(0, -1).isEmpty());
    for (int d = 1; d < document.dimensionCount(); ++d)
        EXPECT_TRUE(document.setImportance(d, 0).isEmpty());
    const QString problem = document.setImportance(0, 0); // would leave every weight at 0
    EXPECT_TRUE(problem.contains(QStringLiteral("above 0"))) << problem.toStdString();
    EXPECT_EQ(document.profile().importance[0], 1.0);
    EXPECT_TRUE(document.setImportance(0, 2.5).isEmpty());
    EXPECT_EQ(document.profile().importance[0], 2.5);
    document.undoStack()->undo();
    EXPECT_EQ(document.profile().importance[0], 1.0);
}

TEST(ProfileDocument, NotesMergeWhileTypingAndEmptyNotesDisappear)
{
    ProfileDocument document(catalogue());
    const int t = traitIndex("it_leadership");
    for (const char *text : {"O", "On", "One", "One CIO"})
        document.setNote(t, QString::fromUtf8(text));
    EXPECT_EQ(document.undoStack()->count(), 1);
    EXPECT_EQ(document.profile().notes.value(QStringLiteral("it_leadership")), QStringLiteral("One CIO"));
    document.undoStack()->undo();
    EXPECT_FALSE(document.profile().notes.contains(QStringLiteral("it_leadership")));
}

TEST(ProfileDocument, BuiltInModelsCannotBeEditedButCopiesCan)
{
    ProfileDocument document(catalogue());
    const int d = dimensionIndex("security");
    Responsibility changed = catalogue().dimensions[static_cast<size_t>(d)].activities[0].byModel[0];
    changed.owner = Owner::Internal;
    changed.providerShare = 20;
    EXPECT_FALSE(document.setResponsibility(0, d, 0, changed).isEmpty());

    QSignalSpy models(&document, &ProfileDocument::modelsChanged);
    const int copy = document.duplicateModel(0, QStringLiteral("  Acme MSP proposal "));
    ASSERT_EQ(copy, 2);
    EXPECT_EQ(models.count(), 1);
    EXPECT_EQ(document.catalogue().models[2].name, QStringLiteral("Acme MSP proposal"));
    EXPECT_EQ(document.catalogue().models[2].basedOn, QStringLiteral("fully_managed"));
    EXPECT_EQ(document.result().overall.size(), 3U);
    EXPECT_DOUBLE_EQ(document.result().overall[2], document.result().overall[0]); // an exact copy fits the same

    EXPECT_TRUE(document.setResponsibility(copy, d, 0, changed).isEmpty());
    EXPECT_EQ(document.catalogue().dimensions[static_cast<size_t>(d)].activities[0].byModel[2], changed);
    EXPECT_NE(document.result().dimensions[static_cast<size_t>(d)].fit[2],
              document.result().dimensions[static_cast<size_t>(d)].fit[0]);

    Responsibility twoAccountable = changed;
    twoAccountable.providerRaci = QStringLiteral("RA");
    twoAccountable.internalRaci = QStringLiteral("A");
    EXPECT_TRUE(document.setResponsibility(copy, d, 0, twoAccountable).contains(QStringLiteral("Accountable")));
    EXPECT_EQ(document.catalogue().dimensions[static_cast<size_t>(d)].activities[0].byModel[2], changed);

    document.undoStack()->undo(); // the responsibility edit
    EXPECT_EQ(document.catalogue().dimensions[static_cast<size_t>(d)].activities[0].byModel[2],
              catalogue().dimensions[static_cast<size_t>(d)].activities[0].byModel[0]);
    document.undoStack()->undo(); // the duplicate
    EXPECT_EQ(document.modelCount(), 2);
}

TEST(ProfileDocument, CustomModelsGetUniqueIdsAndNamesAndAreLimited)
{
    ProfileDocument document(catalogue());
    EXPECT_EQ(document.suggestCopyName(1), QStringLiteral("Co-managed (copy)"));
    document.duplicateModel(1, document.suggestCopyName(1));
    EXPECT_EQ(document.suggestCopyName(1), QStringLiteral("Co-managed (copy 2)"));
    while (document.duplicateModel(1, document.suggestCopyName(1)) >= 0) {
    }
    EXPECT_EQ(static_cast<int>(document.profile().customModels.size()), kMaxCustomModels);
    QStringList ids;
    for (const ServiceModel &model : document.catalogue().models)
        ids << model.id;
    ids.removeDuplicates();
    EXPECT_EQ(ids.size(), document.modelCount());

    const QString removed = document.catalogue().models[3].name;
    document.removeCustomModel(3);
    EXPECT_EQ(static_cast<int>(document.profile().customModels.size()), kMaxCustomModels - 1);
    document.undoStack()->undo();
    EXPECT_EQ(document.catalogue().models[3].name, removed);

    document.renameCustomModel(2, QStringLiteral("Northwind proposal"));
    EXPECT_EQ(document.catalogue().models[2].name, QStringLiteral("Northwind proposal"));
    document.renameCustomModel(2, QStringLiteral("   ")); // ignored
    EXPECT_EQ(document.catalogue().models[2].name, QStringLiteral("Northwind proposal"));
}

TEST(ProfileDocument, PresetsAndResetKeepCustomModelsAndUndoInOneStep)
{
    ProfileDocument document(catalogue());
    document.duplicateModel(1, QStringLiteral("Proposal"));
    Profile preset = Profile::defaults(catalogue());
    preset.name = QStringLiteral("Preset Ltd");
    preset.traits.assign(preset.traits.size(), 90);
    preset.notes.insert(QStringLiteral("growth_pace"), QStringLiteral("Doubling every year."));
    document.replaceContent(preset, QStringLiteral("Apply preset"));
    EXPECT_EQ(document.profile().name, QStringLiteral("Preset Ltd"));
    EXPECT_EQ(document.profile().traits, preset.traits);
    EXPECT_EQ(document.profile().customModels.size(), 1U);
    document.resetToDefaults();
    EXPECT_EQ(document.profile().traits, Profile::defaults(catalogue()).traits);
    EXPECT_TRUE(document.profile().notes.isEmpty());
    EXPECT_EQ(document.profile().customModels.size(), 1U);
    document.undoStack()->undo();
    EXPECT_EQ(document.profile().traits, preset.traits);
    EXPECT_EQ(document.undoStack()->count(), 3);
}

TEST(ProfileDocument, SaveAndLoadRoundTripWithACustomModel)
{
    QTemporaryDir dir;
    ProfileDocument document(catalogue());
    document.setProfileName(QStringLiteral("Round trip Ltd"));
    document.setTrait(traitIndex("compliance_burden"), 37.5);
    document.setNote(traitIndex("compliance_burden"), QStringLiteral("ISO 27001 next year"));
    ASSERT_TRUE(document.setImportance(dimensionIndex("security"), 2.5).isEmpty());
    const int copy = document.duplicateModel(1, QStringLiteral("Acme MSP proposal"));
    Responsibility r = document.catalogue().dimensions[4].activities[1].byModel[static_cast<size_t>(copy)];
    r.owner = Owner::Provider;
    r.providerShare = 85;
    r.providerRaci = QStringLiteral("RA");
    r.internalRaci = QStringLiteral("I");
    ASSERT_TRUE(document.setResponsibility(copy, 4, 1, r).isEmpty());

    const QString path = dir.filePath(QStringLiteral("round.splitbench.json"));
    ASSERT_TRUE(document.save(path).isEmpty());
    EXPECT_FALSE(document.isModified());
    EXPECT_EQ(document.filePath(), path);

    ProfileDocument reopened(catalogue());
    ASSERT_FALSE(reopened.load(path).has_value());
    EXPECT_EQ(reopened.profile(), document.profile());
    EXPECT_EQ(reopened.result().overall, document.result().overall);
    EXPECT_EQ(reopened.modelCount(), 3);
    EXPECT_FALSE(reopened.isModified());
    EXPECT_EQ(reopened.undoStack()->count(), 0);
}

TEST(ProfileDocument, AFailedLoadLeavesEverythingAsItWas)
{
    QTemporaryDir dir;
    ProfileDocument document(catalogue());
    document.setTrait(0, 12);
    const Profile before = document.profile();
    const QString path = dir.filePath(QStringLiteral("bad.splitbench.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"version": 1, "traits": {"inhouse_capacity": 140}})");
    file.close();

    QSignalSpy reset(&document, &ProfileDocument::profileReset);
    const std::optional<LoadError> error = document.load(path);
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->file, path);
    EXPECT_EQ(error->place, QStringLiteral("traits.inhouse_capacity"));
    EXPECT_EQ(document.profile(), before);
    EXPECT_TRUE(document.isModified());
    EXPECT_EQ(document.undoStack()->count(), 1);
    EXPECT_TRUE(document.filePath().isEmpty());
    EXPECT_EQ(reset.count(), 0);
}

TEST(ProfileDocument, AFailedSaveKeepsTheChangesUnsaved)
{
    QTemporaryDir dir;
    ProfileDocument document(catalogue());
    document.setTrait(0, 12);
    const QString path = dir.filePath(QStringLiteral("missing-folder/p.splitbench.json"));
    const QString problem = document.save(path);
    EXPECT_TRUE(problem.contains(path)) << problem.toStdString();
    EXPECT_TRUE(document.isModified());
    EXPECT_TRUE(document.filePath().isEmpty());
    EXPECT_FALSE(QFile::exists(path));
}

TEST(ProfileDocument, NewProfileForgetsFileAndHistory)
{
    QTemporaryDir dir;
    ProfileDocument document(catalogue());
    document.duplicateModel(0, QStringLiteral("Copy"));
    ASSERT_TRUE(document.save(dir.filePath(QStringLiteral("a.splitbench.json"))).isEmpty());
    document.setTrait(0, 99);
    document.newProfile();
    EXPECT_EQ(document.profile(), Profile::defaults(catalogue()));
    EXPECT_EQ(document.modelCount(), 2);
    EXPECT_TRUE(document.filePath().isEmpty());
    EXPECT_FALSE(document.isModified());
    EXPECT_EQ(document.undoStack()->count(), 0);
}

} // namespace

// --- Costs: the organisation's figures and each model's prices are undoable edits saved with the profile.

namespace {
int modelIndex(const char *id)
{
    const auto &models = catalogue().models;
    for (size_t m = 0; m < models.size(); ++m)
        if (models[m].id == QLatin1String(id))
            return static_cast<int>(m);
    return -1;
}
TEST(ProfileDocument, EditingAndSavingKeepsTodaysSplitAndTheScenarios)
{
    // The workbench does not edit today's split or the scenarios yet; it must not lose them either.
    std::optional<Profile> manufacturer;
    for (const ExampleProfile &example : builtInExamples(catalogue()))
        if (example.resourcePath.contains(QLatin1String("2-manufacturer-with-cio")))
            manufacturer = example.profile;
    ASSERT_TRUE(manufacturer && manufacturer->asIs && !manufacturer->scenarios.empty());
    QTemporaryDir dir;
    const QString original = dir.filePath(QStringLiteral("manufacturer.splitbench.json"));
    {
        QFile file(original);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(manufacturer->toJson(catalogue()));
    }
    ProfileDocument document(catalogue());
    ASSERT_FALSE(document.load(original));
    document.setTrait(traitIndex("inhouse_capacity"), 12);
    const int acme = document.duplicateModel(0, QStringLiteral("Acme"));
    document.removeCustomModel(acme);
    const QString saved = dir.filePath(QStringLiteral("saved.splitbench.json"));
    ASSERT_TRUE(document.save(saved).isEmpty());

    const Loaded<Profile> again = Profile::load(saved, catalogue());
    ASSERT_TRUE(again.ok()) << again.error().toString().toStdString();
    EXPECT_EQ(again.value().asIs, manufacturer->asIs);
    EXPECT_EQ(again.value().scenarios, manufacturer->scenarios);
    EXPECT_EQ(again.value().traits[static_cast<size_t>(traitIndex("inhouse_capacity"))], 12.0);
}

} // namespace

TEST(ProfileDocument, OrganisationFiguresMergePerFieldAndUndoBackToNoSection)
{
    ProfileDocument document(catalogue());
    QSignalSpy costs(&document, &ProfileDocument::costsChanged);
    ASSERT_FALSE(document.profile().organisation.has_value());
    const double before = document.costModel().cost(0).total();

    // Typing "120" into the users box arrives as 1, 12, 120: one step.
    for (double users : {1.0, 12.0, 120.0})
        document.setOrganisationFigure(OrganisationFigure::Users, users);
    EXPECT_EQ(document.undoStack()->count(), 1);
    EXPECT_EQ(document.organisation().users, 120.0);
    EXPECT_GT(document.costModel().cost(0).total(), before);
    EXPECT_EQ(costs.count(), 3);

    document.setOrganisationFigure(OrganisationFigure::SalaryPerYear, 70000); // another field: another step
    document.setCurrency(QStringLiteral("CHF"));
    document.setCurrency(QStringLiteral("XYZ")); // not a currency: refused
    document.setSmallNeedAs(SmallNeedAs::PartTimeRole);
    document.setRedeployKeptStaff(true);
    EXPECT_EQ(document.undoStack()->count(), 5);
    EXPECT_EQ(document.organisation().currency, QStringLiteral("CHF"));
    EXPECT_EQ(document.organisation().smallNeedAs, SmallNeedAs::PartTimeRole);
    EXPECT_TRUE(document.organisation().redeployKeptStaff);

    document.undoStack()->undo();
    document.undoStack()->undo();
    document.undoStack()->undo();
    EXPECT_EQ(document.organisation().salaryPerYear, 70000.0);
    EXPECT_EQ(document.organisation().currency, QStringLiteral("EUR"));
    document.undoStack()->undo();
    document.undoStack()->undo();
    EXPECT_FALSE(document.profile().organisation.has_value()); // as it was: the file gains no section
    EXPECT_FALSE(document.isModified());
    EXPECT_EQ(document.costModel().cost(0).total(), before);
    document.undoStack()->redo();
    EXPECT_EQ(document.organisation().users, 120.0);
}

TEST(ProfileDocument, CostFiguresAreClampedToWhatTheLoaderAccepts)
{
    ProfileDocument document(catalogue());
    document.setOrganisationFigure(OrganisationFigure::Users, -5);
    EXPECT_EQ(document.organisation().users, 0.0);
    document.setOrganisationFigure(OrganisationFigure::SalaryPerYear, 1e12);
    EXPECT_EQ(document.organisation().salaryPerYear, figureRange(OrganisationFigure::SalaryPerYear).max);
    document.setOrganisationFigure(OrganisationFigure::UsersPerItFte, 0); // would divide by zero
    EXPECT_EQ(document.organisation().usersPerItFte, 1.0);
    document.setOrganisationFigure(OrganisationFigure::OnCostPercent, 250);
    EXPECT_EQ(document.organisation().onCostPercent, 100.0);
    const int fully = modelIndex("fully_managed");
    document.setPriceFigure(fully, PriceFigure::PerUser, -1);
    EXPECT_EQ(document.pricing(fully).perUser, 0.0);
    document.setSurcharge(fully, 12, 500);
    EXPECT_EQ(document.pricing(fully).surchargePercent(12), kSurchargeRange.max);
    const int count = document.undoStack()->count();
    document.setTerm(fully, 18); // not a contract term: refused
    EXPECT_EQ(document.pricing(fully).termMonths, 36);
    EXPECT_EQ(document.undoStack()->count(), count);

    // What the document holds, the loader reads back: the two apply one rule.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("limits.splitbench.json"));
    ASSERT_TRUE(document.save(path).isEmpty());
    ProfileDocument reopened(catalogue());
    ASSERT_FALSE(reopened.load(path).has_value());
    EXPECT_EQ(reopened.profile(), document.profile());
}

TEST(ProfileDocument, BuiltInPricesGoToThePricingSectionAndACopysToTheCopy)
{
    ProfileDocument document(catalogue());
    const int co = modelIndex("co_managed");
    const int copy = document.duplicateModel(co, QStringLiteral("Acme MSP quote"));
    const double copyBefore = document.costModel().cost(copy).total();

    // Spinning the price of the built-in model: one step; the copy follows its base until it has its own.
    for (double price : {46.0, 47.0, 48.0})
        document.setPriceFigure(co, PriceFigure::PerUser, price);
    EXPECT_EQ(document.undoStack()->count(), 2);
    EXPECT_EQ(document.profile().pricing.at(QStringLiteral("co_managed")).perUser, 48.0);
    EXPECT_EQ(document.pricing(copy).perUser, 48.0);

    document.setPriceFigure(copy, PriceFigure::PerUser, 30);
    ASSERT_TRUE(document.profile().customModels[0].pricing.has_value());
    EXPECT_EQ(document.profile().customModels[0].pricing->perUser, 30.0);
    EXPECT_EQ(document.pricing(co).perUser, 48.0);
    EXPECT_LT(document.costModel().cost(copy).total(), copyBefore);

    // Modules: selection and price, each its own step; the term.
    ASSERT_FALSE(document.pricing(copy).modules.empty());
    const double withoutModule = document.costModel().cost(copy).total();
    document.setModuleSelected(copy, 0, true);
    EXPECT_GT(document.costModel().cost(copy).total(), withoutModule);
    document.setModulePrice(copy, 0, false, 900);
    document.setModulePrice(copy, 0, false, 950);
    EXPECT_EQ(document.pricing(copy).modules[0].perMonth, 950.0);
    document.setTerm(copy, 12);
    EXPECT_EQ(document.costModel().cost(copy).termMonths, 12);
    EXPECT_EQ(document.undoStack()->count(), 6);

    document.undoStack()->undo(); // term
    document.undoStack()->undo(); // module price
    document.undoStack()->undo(); // module selection
    EXPECT_FALSE(document.pricing(copy).modules[0].selected);
    EXPECT_EQ(document.pricing(copy).modules[0].perMonth, defaultPricing(QStringLiteral("co_managed")).modules[0].perMonth);
    document.undoStack()->undo(); // the copy's own price
    EXPECT_FALSE(document.profile().customModels[0].pricing.has_value());
    document.undoStack()->undo(); // the built-in price
    EXPECT_TRUE(document.profile().pricing.empty());
    document.undoStack()->redo();
    document.undoStack()->redo();
    EXPECT_EQ(document.pricing(copy).perUser, 30.0);
}

TEST(ProfileDocument, CostEditsAreSavedWithTheProfileAndReloadEqual)
{
    QTemporaryDir dir;
    ProfileDocument document(catalogue());
    const int co = modelIndex("co_managed");
    const int copy = document.duplicateModel(co, QStringLiteral("Acme MSP quote"));
    document.setOrganisationFigure(OrganisationFigure::Users, 140);
    document.setOrganisationFigure(OrganisationFigure::ItStaffFte, 0);
    document.setCurrency(QStringLiteral("GBP"));
    document.setSmallNeedAs(SmallNeedAs::PartTimeRole);
    document.setPriceFigure(modelIndex("fully_managed"), PriceFigure::OnboardingOnce, 8000);
    document.setPriceFigure(copy, PriceFigure::PerServer, 55);
    document.setModuleSelected(copy, 1, true);
    document.setModulePrice(copy, 1, true, 9.5);
    document.setSurcharge(copy, 24, 7);
    document.setTerm(copy, 24);

    const QString path = dir.filePath(QStringLiteral("costs.splitbench.json"));
    ASSERT_TRUE(document.save(path).isEmpty());
    ProfileDocument reopened(catalogue());
    ASSERT_FALSE(reopened.load(path).has_value());
    EXPECT_EQ(reopened.profile(), document.profile());
    for (int m = 0; m < document.modelCount(); ++m)
        EXPECT_EQ(reopened.costModel().cost(m).total(), document.costModel().cost(m).total());
    EXPECT_EQ(reopened.organisation().currency, QStringLiteral("GBP"));
}

TEST(ProfileDocument, ExamplesKeepTheCostFiguresAndMovingWorkInHouseRaisesTheCost)
{
    ProfileDocument document(catalogue());
    document.setOrganisationFigure(OrganisationFigure::Users, 300);
    document.replaceContent(Profile::defaults(catalogue()), QStringLiteral("Apply preset"));
    EXPECT_EQ(document.organisation().users, 300.0);

    const int copy = document.duplicateModel(modelIndex("fully_managed"), QStringLiteral("Leaner quote"));
    QSignalSpy costs(&document, &ProfileDocument::costsChanged);
    const double fte = document.costModel().inHouseFte(copy);
    Responsibility r = document.catalogue().dimensions[3].activities[0].byModel[static_cast<size_t>(copy)];
    r.owner = Owner::Internal;
    r.providerShare = 0;
    r.providerRaci = QStringLiteral("I");
    r.internalRaci = QStringLiteral("RA");
    ASSERT_TRUE(document.setResponsibility(copy, 3, 0, r).isEmpty());
    EXPECT_GT(document.costModel().inHouseFte(copy), fte);
    EXPECT_GE(costs.count(), 1);
}
