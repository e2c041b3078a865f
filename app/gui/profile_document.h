// The open profile: catalogue, profile, fit result, file path, undo stack and modified state in one object.
#pragma once

#include "commands/change_value.h"
#include "cost_figures.h"
#include "cost_model.h"
#include "fit_engine.h"
#include "load_error.h"
#include "profile.h"
#include "workshop.h"

#include <QObject>
#include <QUndoStack>

#include <limits>
#include <memory>
#include <optional>

namespace splitbench::gui {

/// Where an activity's responsibility sits: the key of a responsibility edit.
struct ActivityRef {
    int model = -1;
    int dimension = -1;
    int activity = -1;
    bool operator==(const ActivityRef &) const = default;
};

/// Which figure of a model's prices an edit changes: the key of a price edit (edits of one key merge).
/// One value of one workshop participant: the key of a participant's edit (edits of one key merge).
struct ParticipantRef {
    int participant = -1;
    int index = -1; ///< The trait or dimension; -1 for a value of the person as a whole.
    bool operator==(const ParticipantRef &) const = default;
};

// --- Scenarios
/// One value of one scenario: the key of a scenario's edit (edits of one key merge). `model` is empty for a
/// trait (`index` is the trait) or an organisation figure (`figure` true, `index` the OrganisationFigure); for a
/// price it is the model's id and `index` the PriceFigure.
struct ScenarioRef {
    QString scenario; ///< The scenario's id (an index would point elsewhere after an undone removal).
    int index = -1;
    bool figure = false;
    QString model;
    bool operator==(const ScenarioRef &) const = default;
};

struct PriceRef {
    enum class Part { Figure, Term, Surcharge, ModuleSelected, ModulePerMonth, ModulePerUser };
    int model = -1;
    Part part = Part::Figure;
    int index = 0; ///< The PriceFigure, the surcharge's term in months, or the module.
    bool operator==(const PriceRef &) const = default;
};

/**
 * Widgets observe this object and change the profile only through its editing functions, each of which
 * pushes one ChangeValue undo command. The commands call the private apply…() mutators, which change the data,
 * rescore and emit the change signals; nothing else can reach them. Loading and saving live here (not in the
 * window) so autosave can reuse them.
 */
class ProfileDocument final : public QObject {
    Q_OBJECT
public:
    explicit ProfileDocument(const Catalogue &baseCatalogue, QObject *parent = nullptr);
    ~ProfileDocument() override;

    /// The catalogue profiles are read and written against (without custom models).
    [[nodiscard]] const Catalogue &baseCatalogue() const { return m_base; }
    /// The catalogue with the profile's custom models appended: what the fit, the chart and the tables show.
    [[nodiscard]] const Catalogue &catalogue() const { return m_engine->catalogue(); }
    [[nodiscard]] const Profile &profile() const { return m_profile; }
    [[nodiscard]] const FitResult &result() const { return m_result; }
    /// Scores another profile (e.g. a participant's view) against catalogue().
    [[nodiscard]] FitResult scoreOf(const Profile &profile) const { return m_engine->score(profile); }
    [[nodiscard]] int modelCount() const { return static_cast<int>(catalogue().models.size()); }
    [[nodiscard]] int dimensionCount() const { return static_cast<int>(m_base.dimensions.size()); }
    [[nodiscard]] int traitCount() const { return static_cast<int>(m_base.traits.size()); }
    [[nodiscard]] bool isCustomModel(int model) const;
    /// Index into profile().customModels of a custom model's catalogue index, or -1.
    [[nodiscard]] int customIndex(int model) const;

    [[nodiscard]] QUndoStack *undoStack() { return &m_undoStack; }
    [[nodiscard]] QString filePath() const { return m_filePath; }
    /// The file name, or "Untitled" for a profile that was never saved.
    [[nodiscard]] QString displayName() const;
    [[nodiscard]] bool isModified() const { return !m_undoStack.isClean(); }

    // --- The workshop (docs/workshop.md). With participants, the profile's traits, importance and uncertainty
    // are their consensus; the trait, importance, note and uncertainty edits below go to the edited
    // participant, and are refused while the group is edited (its notes excepted).

    [[nodiscard]] bool isWorkshop() const { return m_profile.isWorkshop(); }
    [[nodiscard]] int participantCount() const { return static_cast<int>(m_profile.participants.size()); }
    /// Whose values the editors show and change: a participant's index, or -1 for the group (view state: not
    /// undone, not saved). Always -1 for a profile without participants.
    [[nodiscard]] int editedParticipant() const;
    void setEditedParticipant(int participant);
    /// True while the group of a workshop is edited: its values are computed, so the editors are read-only.
    [[nodiscard]] bool groupValuesComputed() const { return isWorkshop() && editedParticipant() < 0; }
    /// The values the editors show: the edited participant's, or the profile's.
    [[nodiscard]] double shownTrait(int trait) const;
    [[nodiscard]] double shownImportance(int dimension) const;
    [[nodiscard]] QString shownNote(int trait) const;
    [[nodiscard]] double shownTraitUncertainty(int trait) const;
    [[nodiscard]] const std::vector<double> &shownImportances() const;
    /// Why an edit of the group's values is refused in a workshop.
    [[nodiscard]] static QString computedGroupReason(ConsensusMethod method);

    /// Adds a participant who starts from the group's current values; returns the new index (edited from now
    /// on), or -1 when the workshop is full or the name is empty.
    int addParticipant(const QString &name, const QString &role = {});
    void renameParticipant(int participant, const QString &name);
    void setParticipantRole(int participant, const QString &role);
    /// 0..Participant::kMaxWeight; typing in one weight field is one undo step. Returns why it was refused
    /// (every weight would be 0), or an empty string.
    QString setParticipantWeight(int participant, double weight);
    /// Removing the last participant makes the profile a plain one again, keeping the group's values. Returns
    /// why it was refused (the others all have weight 0), or an empty string.
    QString removeParticipant(int participant);
    void setConsensusMethod(ConsensusMethod method);
    /// Merges participant files (loaded against baseCatalogue()) as one undo step; on a refused file returns
    /// its error and changes nothing.
    Loaded<MergeReport> importParticipants(const std::vector<std::pair<Profile, QString>> &files);
    /// What workshop analysis (each person's answer, the spreads, the decisive values) says now; computed on
    /// demand and kept until the profile changes.
    [[nodiscard]] const WorkshopAnalysis &workshopAnalysis() const;

    // --- Editing: each pushes one undo command (or merges into the previous one).

    /// `dragSession` > 0 merges consecutive changes of the same trait with the same session into one step.
    void setTrait(int trait, double value, int dragSession = 0);
    /// Returns why the value was refused (e.g. every importance would be 0), or an empty string.
    QString setImportance(int dimension, double value);
    void setNote(int trait, const QString &note);
    /// ± trait points (0..Profile::kMaxUncertainty) used by the robustness analysis; consecutive changes of
    /// the same trait's uncertainty merge into one undo step (typing "15" is one step).
    void setTraitUncertainty(int trait, double value);
    /// ± fraction (0..1) of every importance weight used by the robustness analysis.
    void setImportanceUncertainty(double value);
    void setProfileName(const QString &name);
    /// Refuses (and returns core's reason) a responsibility that Responsibility::problem() rejects, and any
    /// change to a built-in model.
    QString setResponsibility(int model, int dimension, int activity, const Responsibility &responsibility);
    /// Adds an editable copy of `model` called `name`; returns the new model's index.
    int duplicateModel(int model, const QString &name);
    /// Adds `model` (e.g. an imported proposal) as one undo step called `undoText`; returns its index, or -1
    /// when the profile already holds kMaxCustomModels.
    int addCustomModel(const CustomModel &model, const QString &undoText);
    /// Whom the reports are for (Profile::prepared): typing in one field is one undo step; empty text clears it.
    /// Cut to Prepared::kMaxLength.
    void setPreparedFor(const QString &forWhom);
    void removeCustomModel(int model);
    void renameCustomModel(int model, const QString &name);
    /// Replaces the notice period and service levels of custom model `model` (a proposal) as one undo step
    /// called `undoText`; priorities are trimmed, and terms without either are removed. Returns why it was
    /// refused (a built-in model, or ProposalTerms::problem()), or an empty string.
    QString setProposalTerms(int model, const ProposalTerms &terms, const QString &undoText);
    /// Takes traits, importance, notes, uncertainty and name from `content` (an example, the defaults…) as one
    /// undo step; keeps the custom models, the organisation's cost figures and the prices.
    void replaceContent(const Profile &content, const QString &undoText);
    void resetToDefaults();

    // --- Costs (docs/cost-model.md). Values are clamped to the ranges the profile loader accepts
    // (core/cost_figures.h); typing or spinning in one field is one undo step.

    /// The organisation's figures: the profile's, or the defaults until one is edited.
    /// While a scenario is edited, with its figures applied.
    [[nodiscard]] Organisation organisation() const
    {
        return shownProfile().organisation.value_or(Organisation{});
    }
    /// What each model costs this profile (CostModel::forProfile), kept up to date with the profile.
    [[nodiscard]] const CostModel &costModel() const { return *m_costModel; }
    /// The prices `model` has for this profile: its own, the profile's override or the defaults.
    [[nodiscard]] const ModelPricing &pricing(int model) const { return m_costModel->pricing(model); }
    void setOrganisationFigure(OrganisationFigure which, double value);
    /// Refuses a code that knownCurrencies() does not list.
    void setCurrency(const QString &code);
    void setSmallNeedAs(SmallNeedAs as);
    void setRedeployKeptStaff(bool redeploy);
    void setPriceFigure(int model, PriceFigure which, double value);
    /// Refuses a term other than 12, 24 or 36 months.
    void setTerm(int model, int months);
    /// What a contract of `months` adds to `model`'s fees, in percent.
    void setSurcharge(int model, int months, double percent);
    void setModuleSelected(int model, int module, bool selected);
    void setModulePrice(int model, int module, bool perUser, double value);

    /// A name for a copy of `model` that no other model uses yet ("Co-managed IT (copy 2)").
    [[nodiscard]] QString suggestCopyName(int model) const;

    // --- Files.

    /// Replaces the document with the catalogue's default profile; clears undo history and file path.
    void newProfile();
    /// Reads `path`; on failure returns the loader's error and leaves the document exactly as it was.
    std::optional<LoadError> load(const QString &path);
    /// Takes a recovered profile as unsaved changes to `originalPath` (empty: never saved): Save writes there
    /// (or asks), and undo cannot reach a "saved" state the file never had.
    void restore(Profile profile, const QString &originalPath);
    /// Writes the profile atomically; returns an error message (the old file stays intact) or an empty string.
    QString save(const QString &path);
    /// The profile as written to files.
    [[nodiscard]] QByteArray toJson() const { return m_profile.toJson(m_base); }

    // --- Scenarios (docs/user-guide.md, "Scenarios"). Like a workshop participant, a scenario is chosen for
    // editing (view state: not undone, not saved). While one is, the editors show its values (the base value
    // where it sets none), and result(), costModel(), organisation(), pricing() and shownProfile() are those of
    // profile().withScenario(): the whole workbench shows the scenario. Trait edits, organisation figures and
    // the four price figures go to the scenario; what a scenario cannot change (importance, notes, uncertainty)
    // is refused, and the currency, the contract terms and the modules, the same in every scenario, go to the
    // base profile. In a workshop a scenario applies on top of the group's values: choosing one shows the group,
    // choosing a participant returns to the base profile.

    [[nodiscard]] int scenarioCount() const { return static_cast<int>(m_profile.scenarios.size()); }
    /// The scenario the editors show and change, or -1 for the base profile ("As profiled").
    [[nodiscard]] int editedScenario() const;
    void setEditedScenario(int scenario);
    [[nodiscard]] bool editsScenario() const { return editedScenario() >= 0; }
    /// The profile the fit and the costs are computed from: profile(), or profile().withScenario(editedScenario()).
    [[nodiscard]] const Profile &shownProfile() const { return editsScenario() ? m_shown : m_profile; }
    /// The engine result() comes from (catalogue() with the custom models), e.g. for compareScenarios().
    [[nodiscard]] const FitEngine &engine() const { return *m_engine; }
    /// True when the edited scenario sets `trait` (false for the base profile).
    [[nodiscard]] bool scenarioSetsTrait(int trait) const;
    /// Takes the edited scenario's own value of `trait` away: it follows the base profile again (one undo step).
    void resetScenarioTrait(int trait);
    [[nodiscard]] bool scenarioSetsFigure(OrganisationFigure which) const;
    void resetScenarioFigure(OrganisationFigure which);
    /// Why `name` cannot name a scenario (empty, too long, used by another scenario than `except`), or "".
    [[nodiscard]] QString scenarioNameProblem(const QString &name, int except = -1) const;
    /// Why no scenario can be added (the profile holds kMaxScenarios), or "".
    [[nodiscard]] QString scenarioLimitProblem() const;
    /// A name no scenario uses yet ("Scenario 3"), or "%1 (copy)" of scenario `copyOf`.
    [[nodiscard]] QString suggestScenarioName(int copyOf = -1) const;
    /// Adds a scenario that changes nothing yet and edits it; returns why it was refused, or "".
    QString addScenario(const QString &name);
    /// Adds a copy of `scenario` called `name` and edits it; returns why it was refused, or "".
    QString duplicateScenario(int scenario, const QString &name);
    QString renameScenario(int scenario, const QString &name);
    /// Removing the edited scenario returns the editors to the base profile.
    void removeScenario(int scenario);
    // --- Today's split (issue 19, docs/handover-plan.md): who does each activity today (Profile::asIs). Scored
    // like a model but never one of catalogue()'s models, so recommendations stay as they are. Kept by
    // replaceContent() and resetToDefaults() like the custom models; saved and loaded with the file.

    /// The model index that stands for today's split in ActivityTableModel, ModelPanel and ModelViewState.
    static constexpr int kTodayModel = -2;
    [[nodiscard]] bool hasToday() const { return m_profile.asIs.has_value(); }
    /// Records today's split from `start` (AsIs::allInternal/allProvider/copyOf) as one undo step, replacing
    /// any split recorded before.
    void startToday(const AsIs &start, const QString &undoText);
    /// Forgets today's split (one undo step); nothing without one.
    void removeToday();
    /// Refuses (and returns core's reason) what Responsibility::problem() rejects, or an edit without today's split.
    QString setTodayResponsibility(int dimension, int activity, const Responsibility &responsibility);
    /// Today's responsibility for one activity; only with hasToday().
    [[nodiscard]] const Responsibility &todayResponsibility(int dimension, int activity) const;
    /// Today's fit per dimension (FitEngine::dimensionFitOf), recomputed with the fit; empty without today's split.
    [[nodiscard]] const std::vector<double> &todayDimensionFit() const { return m_todayFit; }
    /// Today's overall fit (FitEngine::overallFitOf); NaN without today's split.
    [[nodiscard]] double todayOverallFit() const { return m_todayOverall; }

signals:
    void traitChanged(int trait);
    void importanceChanged(int dimension);
    void noteChanged(int trait);
    /// A trait's uncertainty (trait >= 0) or the importance uncertainty (trait == -1) changed; the fit did not.
    void uncertaintyChanged(int trait);
    void profileNameChanged();
    /// Profile::prepared changed.
    void preparedForChanged();
    void responsibilityChanged(int model, int dimension, int activity);
    /// Models were added, removed or renamed: catalogue() changed shape; views rebuild per-model parts.
    void modelsChanged();
    /// A proposal's notice period or service levels changed (`model` is its catalogue index); the fit did not.
    void proposalTermsChanged(int model);
    /// The whole profile changed (new, open, preset, reset): views re-read everything.
    void profileReset();
    /// The fit was recomputed; emitted after every change above.
    void resultChanged();
    /// What the models cost changed: the organisation, a price, or a model's shares (costModel() is new).
    void costsChanged();
    void filePathChanged();
    void modifiedChanged(bool modified);
    /// The participants were added, removed, renamed or reweighted, or the consensus method changed.
    void participantsChanged();
    /// A participant's own values changed (their traits, importance, uncertainty or notes).
    void participantValuesChanged(int participant);
    /// The editors now show another participant's values (or the group's).
    void editedParticipantChanged(int participant);

    // --- Scenarios
    /// A scenario was added, removed or renamed, or one of its values changed.
    void scenariosChanged();
    /// The editors now show another scenario (-1: the base profile).
    void editedScenarioChanged(int scenario);
    // --- Today's split
    /// Today's split was recorded, removed or replaced (views add or drop its panel, series and column).
    void todayChanged();
    /// One activity of today's split changed; todayDimensionFit() is already new.
    void todayResponsibilityChanged(int dimension, int activity);

private:
    // --- The mutators: reached only through the ChangeValue commands the editing functions push. Each changes
    // the data, rescores when the fit depends on it, and notifies.
    void applyTrait(const int &trait, const double &value);
    void applyImportance(const int &dimension, const double &value);
    void applyNote(const int &trait, const QString &note);
    void applyTraitUncertainty(const int &trait, const double &value);
    void applyImportanceUncertainty(const Whole &, const double &value);
    void applyProfileName(const Whole &, const QString &name);
    void applyPreparedFor(const Whole &, const std::optional<Prepared> &prepared);
    void applyResponsibility(const ActivityRef &at, const Responsibility &responsibility);
    /// A model inserts a custom model at `customIndex`; nullopt erases the one there.
    void applyCustomModel(const int &customIndex, const std::optional<CustomModel> &model);
    void applyCustomModelName(const int &customIndex, const QString &name);
    void applyProposalTerms(const int &customIndex, const std::optional<ProposalTerms> &terms);
    void applyOrganisation(const int &field, const std::optional<Organisation> &organisation);
    /// A built-in model's entry in Profile::pricing, or a custom model's own prices (nullopt: none).
    void applyPricing(const PriceRef &at, const std::optional<ModelPricing> &pricing);
    /// Replaces everything but the custom models.
    void applyProfileContent(const Whole &, const Profile &content);

    void applyParticipantTrait(const ParticipantRef &at, const double &value);
    void applyParticipantImportance(const ParticipantRef &at, const double &value);
    void applyParticipantUncertainty(const ParticipantRef &at, const double &value);
    void applyParticipantNote(const ParticipantRef &at, const QString &note);
    void applyParticipantName(const int &participant, const QString &name);
    void applyParticipantRole(const int &participant, const QString &role);
    void applyParticipantWeight(const int &participant, const double &weight);
    void applyConsensusMethod(const Whole &, const ConsensusMethod &method);
    /// After a participant's change: recomputes the consensus, rescores, and signals each group value that moved.
    void regroup(int participant);
    /// Forgets an edited participant who is gone, and says so.
    void checkEditedParticipant();
    [[nodiscard]] Participant *editedPerson();
    [[nodiscard]] const Participant *editedPerson() const;

    // --- Today's split
    void applyToday(const Whole &, const std::optional<AsIs> &asIs);
    void applyTodayResponsibility(const ActivityRef &at, const Responsibility &responsibility);
    /// Recomputes todayDimensionFit() and todayOverallFit() from the current traits and importance.
    void rescoreToday();

    void rebuildEngine();
    /// Recomputes costModel() and says so.
    void recost();
    /// Pushes the edit of `model`'s prices to `pricing` (nothing when it is unchanged).
    void pushPricing(const PriceRef &at, const ModelPricing &pricing, const QString &text, CommandId merge);
    [[nodiscard]] std::optional<ModelPricing> storedPricing(int model) const;
    [[nodiscard]] QString modelName(int model) const;
    void rescore();
    void replaceAll(Profile profile);

    // --- Scenarios
    /// Sets (a value) or erases (nullopt) one value of a scenario.
    void applyScenarioValue(const ScenarioRef &at, const std::optional<double> &value);
    /// A scenario inserted at `index`; nullopt erases the one there.
    void applyScenario(const int &index, const std::optional<Scenario> &scenario);
    void applyScenarioName(const int &index, const QString &name);
    [[nodiscard]] const Scenario *editedScenarioData() const;
    /// Forgets an edited scenario that is gone, and says so.
    void checkEditedScenario();
    /// Pushes the change of one value of the edited scenario (nothing when it is unchanged).
    void pushScenarioValue(const ScenarioRef &at, std::optional<double> value, const QString &text, MergeRule merge);
    /// A model's prices in the base profile (pricing() shows the scenario's).
    [[nodiscard]] ModelPricing basePricing(int model) const;

    Catalogue m_base;
    Profile m_profile;
    std::unique_ptr<FitEngine> m_engine;
    FitResult m_result;
    std::unique_ptr<CostModel> m_costModel;
    QString m_filePath;
    QUndoStack m_undoStack;
    QString m_editedId; ///< The edited participant's id; empty for the group.
    int m_lastEdited = -1;
    mutable std::optional<WorkshopAnalysis> m_analysis;
    // --- Scenarios
    QString m_scenarioId;     ///< The edited scenario's id; empty for the base profile.
    int m_lastScenario = -1;
    Profile m_shown;          ///< profile().withScenario(editedScenario()) while a scenario is edited.
    // --- Today's split
    std::vector<double> m_todayFit;
    double m_todayOverall = std::numeric_limits<double>::quiet_NaN();
};

} // namespace splitbench::gui
