// Upgrades profiles written in older format versions to the current layout before they are validated.
#pragma once

#include "profile.h"

#include <QJsonObject>

#include <functional>
#include <vector>

namespace splitbench {

/// One upgrade step: turns the JSON of format `fromVersion` into the layout of `fromVersion + 1`.
/// Steps see untrusted JSON: they may throw json::Failure (json_reader.h) naming the place, never crash.
struct ProfileMigration {
    int fromVersion = 0;
    std::function<QJsonObject(QJsonObject)> upgrade;
};

/// The steps this program knows, oldest first: 1 → 2 (format 2 adds optional sections only; see
/// docs/profile-format.md and docs/reliability.md for the policy).
const std::vector<ProfileMigration> &profileMigrations();

/// Profile::parse with explicit migration steps and current version; Profile::parse passes
/// profileMigrations() and Profile::kFormatVersion. The file is never rewritten here: an older profile is
/// upgraded in memory, and the current format reaches the disk only when the user saves.
Loaded<Profile> parseProfile(const QByteArray &bytes, const QString &fileLabel, const Catalogue &catalogue,
                             const std::vector<ProfileMigration> &migrations, int currentVersion);

} // namespace splitbench
