// The domain model: service models, organisational traits, and the 20 dimensions with their activities.
#pragma once

#include "load_error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace splitbench {

/// Who carries an activity day to day.
enum class Owner { Provider, Internal, Shared };

QString ownerId(Owner owner);                  ///< "provider", "internal", "shared"
bool ownerFromId(const QString &id, Owner *owner);
QString ownerDisplayName(Owner owner);         ///< Translated, for people.

/// RACI letters in canonical order; the empty string means "no role".
bool isValidRaci(const QString &letters);
QString canonicalRaci(const QString &letters); ///< Upper-cases and orders letters as R, A, C, I.

/// The two parties of a responsibility split.
enum class Party { Provider, Internal };

/// How one service model splits one activity between the provider and the internal team.
struct Responsibility {
    Owner owner = Owner::Shared;
    double providerShare = 50.0; ///< 0..100: how much of the work the provider carries.
    QString providerRaci;        ///< Subset of "RACI".
    QString internalRaci;        ///< Subset of "RACI".

    [[nodiscard]] double internalShare() const { return 100.0 - providerShare; }
    /// Why this split is invalid, or an empty string. Exactly one party must be Accountable and
    /// the owner must agree with the share.
    [[nodiscard]] QString problem() const;
    /// True when neither party is Responsible: allowed, but worth flagging to the user.
    [[nodiscard]] bool nobodyResponsible() const;
    [[nodiscard]] const QString &raci(Party party) const
    {
        return party == Party::Provider ? providerRaci : internalRaci;
    }

    // --- How one edit moves the rest of the split, so that it stays valid (the rules of the RACI editor).

    /// The typical provider share of each owner: 80 for a provider, 20 for the internal team, 50 for a shared
    /// activity (indexed like Owner).
    static constexpr std::array<double, 3> kTypicalProviderShares{80.0, 20.0, 50.0};
    [[nodiscard]] static double typicalProviderShare(Owner owner)
    {
        return kTypicalProviderShares[static_cast<size_t>(owner)];
    }
    /// True when the provider's share leans the way `owner` says: over 50 for a provider, under 50 for the
    /// internal team, 10 to 90 for a shared activity. Stricter than problem(), which lets 50 stand with any owner.
    [[nodiscard]] static bool shareLeansTo(Owner owner, double providerShare);
    /// This split with `owner`. The owner wins: a share that does not lean its way (shareLeansTo()) becomes
    /// its typical share, so the edit always shows (a provider at 50 would otherwise change nothing): 80 for
    /// a provider, 20 for the internal team, 50 for a shared activity. The owner it already has changes
    /// nothing.
    [[nodiscard]] Responsibility withOwner(Owner owner) const;
    /// This split with the provider carrying `share` (0..100). The share wins: an owner that disagrees with it
    /// becomes the first of shared, provider and internal that agrees.
    [[nodiscard]] Responsibility withProviderShare(double share) const;
    /// This split with `party`'s RACI letters set to `letters` (valid RACI letters; stored in canonical order).
    /// Accountability moves only by being given up: a party that drops its A hands it to the other party, and
    /// giving A to a party while the other holds it is refused (nullopt).
    [[nodiscard]] std::optional<Responsibility> withRaci(Party party, const QString &letters) const;

    bool operator==(const Responsibility &) const = default;
    Q_DECLARE_TR_FUNCTIONS(splitbench::Responsibility)
};

struct Activity {
    QString id;
    QString name;
    /// One checklist line for when this activity changes hands ("Hand over admin credentials…"); may be empty
    /// in catalogues other than the built-in one.
    QString handover;
    /// The activities that must move before this one (knowledge transfer, documentation and access before the
    /// work that needs them), as "dimension_id.activity_id" (activityRef()). The loader refuses unknown ids,
    /// an activity that depends on itself, and cycles.
    std::vector<QString> dependsOn;
    std::vector<Responsibility> byModel; ///< Indexed like Catalogue::models.
};

/// Where an activity sits in a catalogue.
struct ActivityPosition {
    int dimension = -1;
    int activity = -1;
    bool operator==(const ActivityPosition &) const = default;
};

/// How one trait moves the in-house share that suits a dimension.
struct Affinity {
    int trait = -1;     ///< Index into Catalogue::traits.
    double weight = 0;  ///< Percentage points of in-house share added as the trait goes from 50 to 100.
    QString rationale;  ///< One line tracing the affinity to the seed.

    /// Percentage points this affinity adds to its dimension's desired in-house share when the trait is at
    /// `traitValue` (0..100): weight · (traitValue − 50) / 50. Zero at 50, linear in the trait. The one
    /// place the fit model's affinity term is written (docs/fit-model.md).
    [[nodiscard]] double contribution(double traitValue) const { return weight * (traitValue - 50.0) / 50.0; }
};

struct Dimension {
    QString id;
    QString name;
    QString shortName; ///< For chart axes.
    QString summary;
    double baseInternalShare = 50.0; ///< The in-house share that suits an organisation with all traits at 50.
    std::vector<QString> descriptions; ///< Indexed like Catalogue::models.
    std::vector<Affinity> affinities;
    std::vector<Activity> activities;
};

/// A rule of good practice a proposal is checked against (docs/catalogue-format.md, `rules`; proposal_check.h).
struct CheckRule {
    enum class Kind {
        /// The party Accountable for `lead` must be Responsible or Accountable for every activity in `linked`:
        /// work that cannot be done without the other ("whoever monitors security needs administrative access
        /// to servers and backups").
        SameParty,
        /// The client (the in-house team) keeps accountability for every activity in `linked`: the capabilities
        /// sourcing research recommends an organisation retains (strategy, compliance).
        Retained,
    };
    QString id;
    Kind kind = Kind::SameParty;
    QString text;                    ///< Why the rule exists, in plain words.
    ActivityPosition lead;           ///< SameParty only.
    std::vector<ActivityPosition> linked;
};

struct Trait {
    QString id;
    QString name;
    QString description;
    QString lowLabel;
    QString highLabel;
    double defaultValue = 50.0;
};

struct ServiceModel {
    QString id;
    QString name;
    QString summary;
    QString basedOn; ///< For custom models: the model it was copied from; empty for built-in ones.
    [[nodiscard]] bool isCustom() const { return !basedOn.isEmpty(); }
};

/// The complete, validated description of the comparison: immutable once loaded.
class Catalogue {
public:
    std::vector<ServiceModel> models;
    std::vector<Trait> traits;
    std::vector<Dimension> dimensions;
    /// Rules proposals are checked against; may be empty in catalogues other than the built-in one.
    std::vector<CheckRule> rules;

    [[nodiscard]] int modelIndex(const QString &id) const;     ///< -1 if unknown
    [[nodiscard]] int traitIndex(const QString &id) const;     ///< -1 if unknown
    [[nodiscard]] int dimensionIndex(const QString &id) const; ///< -1 if unknown
    [[nodiscard]] int activityCount() const;
    /// "dimension_id.activity_id": how Activity::dependsOn names an activity.
    [[nodiscard]] QString activityRef(int dimension, int activity) const;
    /// The activity at `at` for people, with its dimension: "Security › Threat monitoring and detection".
    [[nodiscard]] QString activityTitle(const ActivityPosition &at) const;
    /// The activity that `ref` ("dimension_id.activity_id") names, or nullopt.
    [[nodiscard]] std::optional<ActivityPosition> findActivity(const QString &ref) const;

    /// True when models `a` and `b` split every activity the same way (owner, share and RACI letters), as a
    /// model and its fresh duplicate do.
    [[nodiscard]] bool sameResponsibilities(int a, int b) const;

    /// Mean in-house share (100 − provider share) of a model's activities in a dimension.
    [[nodiscard]] double internalShare(int dimension, int model) const;

    /// The built-in catalogue compiled into the binaries (English).
    static const Catalogue &builtIn();
    /// The built-in catalogue with its texts in `language` (an ISO 639 code such as "de"); English where
    /// there is no translation. Ids, owners, shares, RACI letters and numbers are those of builtIn(), so
    /// profiles (which store ids only) open with either.
    static const Catalogue &builtIn(const QString &language);
    /// Languages the built-in catalogue has texts in: "en" first.
    static QStringList builtInLanguages();
    static QString builtInLabel(); ///< How the built-in catalogue is named in messages.

    /// Reads and validates a catalogue file.
    static Loaded<Catalogue> load(const QString &path);
    /// Validates catalogue JSON; `fileLabel` names the source in error messages.
    static Loaded<Catalogue> parse(const QByteArray &bytes, const QString &fileLabel);
    /// The catalogue as JSON (the format `parse` reads, plus derived fields such as internal shares).
    [[nodiscard]] QByteArray toJson() const;
    Q_DECLARE_TR_FUNCTIONS(splitbench::Catalogue)
};

/// True if the bytes look like a catalogue rather than a profile (has "dimensions").
bool looksLikeCatalogue(const QByteArray &bytes);

/// Reads a whole file with a size cap; errors name the file.
Loaded<QByteArray> readInputFile(const QString &path, qsizetype maxBytes);

} // namespace splitbench
