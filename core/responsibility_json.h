// JSON form of a Responsibility, shared by the catalogue and profile loaders (internal to core).
#pragma once

#include "catalogue.h"

#include <QJsonObject>

namespace splitbench {

/// Reads {"owner", "provider_share", "raci": {"provider", "internal"}}; throws json::Failure naming `place`.
Responsibility responsibilityFromJson(const QJsonObject &object, const QString &place);
QJsonObject responsibilityToJson(const Responsibility &responsibility);

} // namespace splitbench
