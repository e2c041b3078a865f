// An organisation profile: trait values, importance weights, notes, uncertainty and custom models.
#pragma once

#include "catalogue.h"
#include "cost_figures.h"
#include "cost_model.h"
#include "proposal_terms.h"

#include <QMap>

namespace splitbench {

/// A user-defined service model, e.g. a specific provider's proposal, stored with the profile.
/// Where an imported model came from (format 2, `custom_models[].source`): shown to people, never opened.
struct ModelSource {
    QString file;     ///< The sheet's file name, without its folder.
    QString imported; ///< The day of the import, ISO 8601 ("2026-12-07").
    bool operator==(const ModelSource &) const = default;
};

/// Whom the reports of this profile are for (format 2, `prepared`): the client's name on the cover and in the
/// footer, when it should read otherwise than the profile's name. *Prepared by* lives in the preferences.
struct Prepared {
    static constexpr int kMaxLength = 200;
    QString forWhom;
    bool operator==(const Prepared &) const = default;
};

struct CustomModel {
    static constexpr int kMaxNameLength = 120;
    QString id;
    QString name;
    QString basedOn;                                          ///< Id of the model it was copied from.
    std::vector<QString> descriptions;                        ///< Per dimension, like Catalogue::dimensions.
    std::vector<std::vector<Responsibility>> responsibilities; ///< [dimension][activity].
    /// Format 2: the model's own prices (a provider's quote); absent: those of the model it is based on.
    std::optional<ModelPricing> pricing;
    /// Format 2: the sheet the model was imported from (matrix_import.h); absent for a model made in Splitbench.
    std::optional<ModelSource> source;
    /// Format 2: the proposal's notice period and service levels (proposal_terms.h).
    std::optional<ProposalTerms> terms;

    /// Its terms (and its contract term, from its pricing) outside the usual market ranges (flagTerms()).
    [[nodiscard]] std::vector<TermFlag> termFlags() const;

    /// A complete copy of `catalogue.models[model]` under a new id and name.
    static CustomModel copyOf(const Catalogue &catalogue, int model, const QString &id, const QString &name);
    bool operator==(const CustomModel &) const = default;
};

/// Today's split (format 2, `as_is`; docs/profile-format.md): who does each activity today, in the shape of a
/// custom model's responsibilities. Scored like a model (FitEngine::overallFitOf()) but never one of the
/// catalogue's models, so recommendations and every other result stay as they are.
struct AsIs {
    static constexpr const char *kAllInternal = "all_internal"; ///< basedOn of allInternal().
    static constexpr const char *kAllProvider = "all_provider"; ///< basedOn of allProvider().

    /// Where the table was started from: "" (entered from scratch), a catalogue or custom model id (copyOf()),
    /// kAllInternal or kAllProvider. Informational once the table is complete.
    QString basedOn;
    std::vector<std::vector<Responsibility>> responsibilities; ///< [dimension][activity], like CustomModel.

    /// Every activity with the in-house team: owner internal, provider share 0, RACI "" / "RA".
    static AsIs allInternal(const Catalogue &catalogue);
    /// Every activity with a provider: owner provider, provider share 100, RACI "RA" / "I".
    static AsIs allProvider(const Catalogue &catalogue);
    /// The split of `catalogue.models[model]` (a catalogue with custom models may be given), based on its id.
    static AsIs copyOf(const Catalogue &catalogue, int model);
    bool operator==(const AsIs &) const = default;
};

/// How the group's values are computed from the participants' (docs/workshop.md).
enum class ConsensusMethod {
    WeightedMedian, ///< Per value, the weighted median: one extreme voice cannot drag the group.
    WeightedMean,   ///< Per value, the weighted mean: every voice moves the group a little.
};

/// One person in a workshop: their own view of the organisation, in the same shapes as the profile's.
struct Participant {
    static constexpr int kMaxNameLength = 120;
    static constexpr double kMaxWeight = 100.0;

    QString id;   ///< Matches the person across participant files.
    QString name; ///< 1..kMaxNameLength characters.
    QString role; ///< "Owner", "IT lead"…; may be empty.
    double weight = 1.0; ///< 0..kMaxWeight; 0 keeps the person's view on record without counting it.
    std::vector<double> traits;
    std::vector<double> importance;
    QMap<QString, QString> notes;
    std::vector<double> traitUncertainty;
    double importanceUncertainty = 0.25;

    /// "Dana Reyes (Owner)", or the name alone when there is no role.
    [[nodiscard]] QString label() const;
    bool operator==(const Participant &) const = default;
};

/// A named variant of the organisation ("After the acquisition", "If the IT lead leaves"): only what differs from
/// the base profile (docs/profile-format.md, `scenarios`). It applies on top of the base profile's values, and
/// on top of the group's consensus in a workshop profile; a value the base changes later is followed by every
/// scenario that does not set it.
struct Scenario {
    static constexpr int kMaxNameLength = 120;

    QString id;   ///< A snake_case id, unique in the profile.
    QString name; ///< 1..kMaxNameLength characters, unique in the profile (case-insensitive).
    std::map<int, double> traits;                       ///< Trait index → value (0..100).
    std::map<OrganisationFigure, double> organisation; ///< Figure → value, within figureRange().
    /// Model id (catalogue or custom model) → price figure → value, within figureRange().
    std::map<QString, std::map<PriceFigure, double>> pricing;

    /// True when the scenario changes nothing.
    [[nodiscard]] bool isEmpty() const { return traits.empty() && organisation.empty() && pricing.empty(); }
    bool operator==(const Scenario &) const = default;
};

/// The organisation being assessed. Vectors are sized and ordered like the catalogue they were made for.
struct Profile {
    static constexpr int kFormatVersion = 2;
    static constexpr double kMaxImportance = 10.0;
    static constexpr double kMaxUncertainty = 50.0;
    static constexpr double kDefaultUncertainty = 10.0;
    static constexpr double kDefaultImportanceUncertainty = 0.25;

    QString name;
    std::vector<double> traits;           ///< 0..100 per trait.
    std::vector<double> importance;       ///< 0..10 per dimension; default 1.
    QMap<QString, QString> notes;         ///< Trait id → why it was set so.
    std::vector<double> traitUncertainty; ///< ± trait points per trait, for robustness analysis.
    double importanceUncertainty = kDefaultImportanceUncertainty; ///< ± fraction of each importance weight.
    std::vector<CustomModel> customModels;
    /// Format 2 (docs/profile-format.md): the organisation's size and in-house cost figures; absent: defaults.
    std::optional<Organisation> organisation;
    /// Format 2: price overrides per catalogue model id; a model not listed has defaultPricing().
    std::map<QString, ModelPricing> pricing;
    /// Format 2 (docs/workshop.md): the workshop's participants. When there are any, traits, importance and
    /// the uncertainty above are the group's values, computed by applyConsensus(); without any, the profile
    /// behaves as it always did.
    std::vector<Participant> participants;
    /// Format 2 (docs/profile-format.md): named variants of the organisation, at most kMaxScenarios.
    std::vector<Scenario> scenarios;
    ConsensusMethod consensus = ConsensusMethod::WeightedMedian;
    /// Format 2 (`as_is`): today's split; absent: none recorded, and the profile behaves as it always did.
    std::optional<AsIs> asIs;
    /// Format 2 (`prepared`): whom the reports are for; absent: the profile's name.
    std::optional<Prepared> prepared;
    int loadedVersion = kFormatVersion; ///< The format version the file had when it was read.
    /// Set by the loader when the file's group values differed from those recomputed from its participants
    /// (a hand edit of a workshop profile), so the workbench can say they were replaced.
    bool groupValuesRecomputed = false;

    /// The catalogue's default traits, equal importance, no notes.
    static Profile defaults(const Catalogue &catalogue);
    static Loaded<Profile> load(const QString &path, const Catalogue &catalogue);
    /// Validates a profile against `catalogue`; unknown ids and out-of-range values are refused.
    static Loaded<Profile> parse(const QByteArray &bytes, const QString &fileLabel, const Catalogue &catalogue);
    [[nodiscard]] QByteArray toJson(const Catalogue &catalogue) const;

    /// Why a set of importance weights is unusable (a weight outside 0..kMaxImportance, or all weights 0),
    /// or an empty string. The loader and the workbench's editor both apply it.
    [[nodiscard]] static QString importanceProblem(const std::vector<double> &importance);

    [[nodiscard]] bool isWorkshop() const { return !participants.empty(); }
    /// Index of the participant with `id`, or -1.
    [[nodiscard]] int participantIndex(const QString &id) const;
    /// Index of the scenario whose id is `idOrName`, else of the one whose name is `idOrName` (ignoring case and
    /// surrounding spaces), or -1.
    [[nodiscard]] int scenarioIndex(const QString &idOrName) const;
    /// The profile as scenario `index` sees it: this profile's values (in a workshop, the group's) with the
    /// scenario's traits, organisation figures and prices applied, and no scenarios. Participants, importance,
    /// uncertainty, notes and custom models are kept (so applyConsensus() on the result would undo the
    /// scenario's traits: score it, do not edit it). `index` must be a valid index into `scenarios`.
    [[nodiscard]] Profile withScenario(int index) const;

    /// The custom model that model `model` of `catalogue` (withCustomModels() of this profile's custom models)
    /// stands for, found by id; null for a built-in model or an index out of range.
    [[nodiscard]] const CustomModel *customModelOf(const Catalogue &catalogue, int model) const;

    bool operator==(const Profile &) const = default;
    Q_DECLARE_TR_FUNCTIONS(splitbench::Profile)
};

/// The catalogue with the profile's custom models appended as further models.
Catalogue withCustomModels(const Catalogue &base, const std::vector<CustomModel> &customModels);

/// Profiles larger than this are refused before parsing.
inline constexpr qsizetype kMaxProfileBytes = 2 * 1024 * 1024;
/// A profile holds at most this many custom models (the loader refuses more; the workbench offers no more).
inline constexpr int kMaxCustomModels = 8;
/// A profile holds at most this many workshop participants.
inline constexpr int kMaxParticipants = 32;
/// A profile holds at most this many scenarios.
inline constexpr int kMaxScenarios = 8;

} // namespace splitbench
