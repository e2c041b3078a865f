// JSON form of a Responsibility, shared by the catalogue and profile loaders (internal to core).
#pragma once

#include "catalogue.h"

#include <QJsonObject>

namespace splitbench {

/// Reads {"owner", "provider_share", "raci": {"provider", "internal"}}; throws json::Failure naming `place`.
Responsibility responsibilityFromJson(const QJsonObject &object, const QString &place);
QJsonObject responsibilityToJson(const Responsibility &responsibility);

/// A table of responsibilities, [dimension][activity], sized like a catalogue's dimensions and activities:
/// a custom model's or today's split.
using ResponsibilityTable = std::vector<std::vector<Responsibility>>;

/// Reads {"<dimension id>": {"<activity id>": responsibility}} found at `place` into `table` (already sized for
/// `catalogue`); the activities the object leaves out keep their values. When `read` is given, it is sized like
/// `table` and marks the activities the object gave. Throws json::Failure naming the place (an unknown
/// dimension or activity id, or an invalid split: `place.dimension.activity`).
void responsibilityTableFromJson(const QJsonObject &object, const QString &place, const Catalogue &catalogue,
                                 ResponsibilityTable &table, std::vector<std::vector<bool>> *read = nullptr);
/// The whole table in the form responsibilityTableFromJson() reads.
QJsonObject responsibilityTableToJson(const Catalogue &catalogue, const ResponsibilityTable &table);

} // namespace splitbench
