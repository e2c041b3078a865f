// Text and JSON renderings of the catalogue and of a fit result, shared by the CLI and the exports.
#pragma once

#include "fit_engine.h"

#include <QByteArray>
#include <QString>

namespace splitbench {

/// `splitbench-cli catalogue --format json`: the catalogue's documented JSON.
QByteArray catalogueToJson(const Catalogue &catalogue);
/// A readable Markdown listing of models, traits and every dimension's activities.
QString catalogueToMarkdown(const Catalogue &catalogue);

/// `score --format json`: models with overall and per-dimension fit and their total cost of ownership ("tco",
/// costToJsonObject() over each model's own term), the recommendation and margin. Also the workbench's JSON export.
QByteArray scoreToJson(const Catalogue &catalogue, const Profile &profile, const FitResult &result);
/// `score --format text`: a compact table for terminals.
QString scoreToText(const Catalogue &catalogue, const Profile &profile, const FitResult &result);

} // namespace splitbench
