// An organisation profile: trait values, importance weights, notes, uncertainty and custom models.
#pragma once

#include "catalogue.h"
#include "cost_model.h"

#include <QMap>

namespace splitbench {

/// A user-defined service model, e.g. a specific provider's proposal, stored with the profile.
struct CustomModel {
    QString id;
    QString name;
    QString basedOn;                                          ///< Id of the model it was copied from.
    std::vector<QString> descriptions;                        ///< Per dimension, like Catalogue::dimensions.
    std::vector<std::vector<Responsibility>> responsibilities; ///< [dimension][activity].
    /// Format 2: the model's own prices (a provider's quote); absent: those of the model it is based on.
    std::optional<ModelPricing> pricing;

    /// A complete copy of `catalogue.models[model]` under a new id and name.
    static CustomModel copyOf(const Catalogue &catalogue, int model, const QString &id, const QString &name);
    bool operator==(const CustomModel &) const = default;
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
    int loadedVersion = kFormatVersion; ///< The format version the file had when it was read.

    /// The catalogue's default traits, equal importance, no notes.
    static Profile defaults(const Catalogue &catalogue);
    static Loaded<Profile> load(const QString &path, const Catalogue &catalogue);
    /// Validates a profile against `catalogue`; unknown ids and out-of-range values are refused.
    static Loaded<Profile> parse(const QByteArray &bytes, const QString &fileLabel, const Catalogue &catalogue);
    [[nodiscard]] QByteArray toJson(const Catalogue &catalogue) const;

    /// Why a set of importance weights is unusable (a weight outside 0..kMaxImportance, or all weights 0),
    /// or an empty string. The loader and the workbench's editor both apply it.
    [[nodiscard]] static QString importanceProblem(const std::vector<double> &importance);

    bool operator==(const Profile &) const = default;
    Q_DECLARE_TR_FUNCTIONS(splitbench::Profile)
};

/// The catalogue with the profile's custom models appended as further models.
Catalogue withCustomModels(const Catalogue &base, const std::vector<CustomModel> &customModels);

/// Profiles larger than this are refused before parsing.
inline constexpr qsizetype kMaxProfileBytes = 2 * 1024 * 1024;
/// A profile holds at most this many custom models (the loader refuses more; the workbench offers no more).
inline constexpr int kMaxCustomModels = 8;

} // namespace splitbench
