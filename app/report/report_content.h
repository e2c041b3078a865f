// Everything a report shows: the catalogue with the profile's custom models, the profile, its score, how firm
// that score is (sensitivity analysis), a date.
#pragma once

#include "cost_plots.h"
#include "fit_engine.h"
#include "profile.h"
#include "report_branding.h"
#include "scenarios.h"
#include "sensitivity.h"
#include "workshop.h"

#include <QDate>
#include <QString>

#include <memory>

namespace splitbench::report {

/// The immutable input of every report and export. Cheap to copy; safe to share between threads.
struct ReportContent {
    Catalogue catalogue; ///< The base catalogue plus the profile's custom models, in that order.
    Profile profile;
    FitResult result;
    QDate date; ///< Printed on the cover and in the footer.
    /// Breakevens, tornado, Monte Carlo robustness, head to head and what would change the answer. Shared,
    /// so copies stay cheap; null only for contents assembled by hand.
    std::shared_ptr<const SensitivityResult> sensitivity;
    /// What each model costs over its term (CostModel::forProfile()), with the fits and the value-for-money
    /// front: the "What it costs" section and the XLSX cost sheet. Empty for contents assembled by hand.
    CostChartData cost;
    /// For a workshop profile: each participant's answer, the spreads and the decisive values (the "Who thinks
    /// what" section and the XLSX participants sheet). Null for a profile without participants.
    std::shared_ptr<const WorkshopAnalysis> workshop;
    /// For a profile with scenarios: each model's fit and cost as profiled and in each scenario (the "Scenarios"
    /// section). Null for a profile without scenarios.
    std::shared_ptr<const ScenarioComparison> scenarios;
    /// Who prepared the report (the preferences, or splitbench-cli report --prepared-by…); empty: nobody named.
    PreparedBy preparedBy;

    /// Scores `profile` against `baseCatalogue` (extended with the profile's custom models) and analyses
    /// how firm the result is. The Monte Carlo part uses `monteCarlo` (by default 20,000 samples with the
    /// fixed seed 1), so the same profile always gives the same report.
    static ReportContent make(const Catalogue &baseCatalogue, const Profile &profile,
                              QDate date = QDate::currentDate(), const MonteCarloOptions &monteCarlo = {});

    /// The profile's name, or a neutral placeholder when it has none.
    [[nodiscard]] QString organisationName() const;
    /// Whom the report is for: the profile's `prepared.for` when it names someone, else organisationName().
    [[nodiscard]] QString preparedFor() const;
    /// The date in words in the report's language ("28 November 2026", "28. November 2026"), independent of
    /// the machine's locale.
    [[nodiscard]] QString dateText() const;
    /// Any day written the same way.
    [[nodiscard]] static QString dateText(QDate day);
    /// A file name without folder for saving this report, e.g. "Harbour Lane Accountants - Splitbench report.pdf".
    [[nodiscard]] QString suggestedFileName(const QString &suffix) const;
    /// The same for another output: `what` replaces "Splitbench report" (e.g. "responsibility matrix").
    [[nodiscard]] QString suggestedFileName(const QString &suffix, const QString &what) const;

    [[nodiscard]] int modelCount() const { return static_cast<int>(catalogue.models.size()); }
    [[nodiscard]] int dimensionCount() const { return static_cast<int>(catalogue.dimensions.size()); }
    [[nodiscard]] const ServiceModel &model(int index) const { return catalogue.models.at(static_cast<size_t>(index)); }
    [[nodiscard]] const Dimension &dimension(int index) const
    {
        return catalogue.dimensions.at(static_cast<size_t>(index));
    }
    /// Fit of `model` in `dimension`, 0..100.
    [[nodiscard]] double fit(int dimension, int model) const
    {
        return result.dimensions.at(static_cast<size_t>(dimension)).fit.at(static_cast<size_t>(model));
    }
};

} // namespace splitbench::report
