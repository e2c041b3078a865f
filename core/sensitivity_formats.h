// JSON and plain-text renderings of a sensitivity analysis, shared by the CLI and the exports.
#pragma once

#include "sensitivity.h"

#include <QByteArray>
#include <QString>

namespace splitbench {

struct SensitivityJsonOptions {
    bool includeCurves = false; ///< Add every model's overall fit along every trait sweep ("curves").
};

/// `sensitivity --format json`. Keys: breakeven, tornado, win_probability, margin, seed, samples, plus
/// current, breakeven_details, margin_histogram, uncertainty, head_to_head, what_would_change, sentences
/// (documented in docs/sensitivity.md).
QByteArray sensitivityToJson(const Catalogue &catalogue, const Profile &profile, const SensitivityResult &result,
                             const SensitivityJsonOptions &options = {});

/// `sensitivity --format csv`: one row per trait, in catalogue order, for spreadsheets: which model takes over
/// below and above the trait's value and where, and the tornado's margins with the model ahead at each end.
/// Ids and numbers only (C locale, no thousands separators), so no cell needs quoting or can start a formula.
QByteArray sensitivityToCsv(const Catalogue &catalogue, const SensitivityResult &result);

/// `sensitivity --format text`: headed sections for terminals.
QString sensitivityToText(const Catalogue &catalogue, const Profile &profile, const SensitivityResult &result);

} // namespace splitbench
