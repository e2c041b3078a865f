// Text and JSON renderings of the catalogue and of a fit result, shared by the CLI and the exports.
#pragma once

#include "fit_engine.h"

#include <QByteArray>
#include <QJsonObject>
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

/// One answer in the JSON outputs (a workshop participant's, a scenario's) inserted into `entry`: "recommended"
/// (the model's id, null for a tie: `recommended` −1), "runner_up", "margin" and each model's "overall" fit,
/// figures rounded to one decimal.
void insertAnswerJson(QJsonObject &entry, const Catalogue &catalogue, int recommended, int runnerUp, double margin,
                      const std::vector<double> &overall);

} // namespace splitbench
