// The two cost charts, written once for the workbench's Cost tab and the report's "What it costs": each model's
// cost over the term as stacked components, and value for money (overall fit against total cost).
#pragma once

#include "chart_canvas.h"
#include "cost_model.h"
#include "fit_engine.h"
#include "profile.h"

#include <QString>

#include <optional>
#include <vector>

class QPaintDevice;

namespace splitbench::report {

/// The parts of a model's cost, in the order the stacked bars, the report's table and the XLSX sheet show them.
enum class CostComponent { ProviderFees, Modules, Onboarding, Staff, Contractor, Tools, Recruiting };
inline constexpr int kCostComponentCount = 7;

/// The component's name as the charts and tables print it ("Provider fees", "In-house staff"…), translated.
[[nodiscard]] QString costComponentName(CostComponent component);
/// The component's amount in `cost`.
[[nodiscard]] double costComponentValue(const CostBreakdown &cost, CostComponent component);

/// What both cost charts (and the report's cost table) show: every model's cost and fit, one term.
struct CostChartData {
    QString currency;                 ///< ISO code, for formatMoney().
    std::vector<QString> modelNames;  ///< Display names, catalogue order (custom models included).
    std::vector<CostBreakdown> costs; ///< Per model, one term.
    std::vector<double> fits;         ///< Overall fit per model (FitResult::overall).
    std::vector<bool> front;          ///< valueForMoneyFront(fits, costs): compared per year.
    int recommended = -1;             ///< FitResult's recommendation, -1 on a tie.
    double users = 0;                 ///< The organisation's users (per user and month).
    double itStaffFte = 0;            ///< Today's in-house IT staff.

    /// `catalogue` holds the profile's custom models (FitEngine::catalogue()).
    static CostChartData make(const Catalogue &catalogue, const Profile &profile, const FitResult &result,
                              std::optional<int> termMonths = {});

    [[nodiscard]] int modelCount() const { return static_cast<int>(costs.size()); }
    [[nodiscard]] QString modelName(int model) const;
    [[nodiscard]] std::vector<double> totals() const;
    /// The term all models share, or 0 when they differ (each model's own term).
    [[nodiscard]] int commonTerm() const;
    /// "Total cost over 36 months (EUR)", or "… over each model's term …" when the terms differ.
    [[nodiscard]] QString costAxisTitle() const;
    /// The front models' names joined as a sentence writes them ("A, B and C").
    [[nodiscard]] QString frontNames() const;
};

/// One row of the cost table (report and XLSX): a label and one value per model.
struct CostTableRow {
    enum class Kind { Money, MoneyWithCents, Fte, Hours };
    QString label;
    Kind kind = Kind::Money;
    std::vector<double> values; ///< Per model.
    bool total = false;         ///< The total over the term, in bold.
};
/// The components, the total over the term, per year, per user and month, the in-house FTE needed, today's
/// staff, the FTE to hire and the contractor hours per year: one column per model.
[[nodiscard]] std::vector<CostTableRow> costTableRows(const CostChartData &data);
/// A table value as the report prints it (money in the data's currency, FTE with one decimal).
[[nodiscard]] QString costTableText(const CostChartData &data, const CostTableRow &row, double value);

/// A region of a cost chart a pointer can rest on (a bar segment, a point), with what a tooltip says there.
struct CostChartHit {
    QRectF rect;
    int model = -1;
    int component = -1; ///< CostComponent, or -1 for a whole model (a point, a total).
    QString text;
};

/**
 * One horizontal stacked bar per model: provider fees, modules, onboarding, in-house staff, contractor hours,
 * tools and recruiting, each in its own colour and hatching (costComponentColor()); the total at the end of
 * each bar; a money axis below with its title; above, a legend of the components present, wrapping onto as
 * many lines as it needs. Model names are wrapped on the left, never elided.
 */
class CostComponentsPlot final {
public:
    CostComponentsPlot(const CostChartData &data, ChartStyle style, QPaintDevice *device = nullptr);

    /// The drawing inside `rect`, in device pixels; nothing when there are no models. More height than it
    /// needs is shared by the rows.
    [[nodiscard]] std::vector<ReportItem> items(const QRectF &rect) const;
    void paint(QPainter &painter, const QRectF &rect) const;
    /// The height everything needs at `width`.
    [[nodiscard]] double naturalHeight(double width) const;
    /// The least height that still shows every row (at a typical width).
    [[nodiscard]] double minimumHeight() const;
    /// Bar segments and totals as drawn inside `rect`, for tooltips.
    [[nodiscard]] std::vector<CostChartHit> hits(const QRectF &rect) const;

private:
    struct Layout;
    Layout layout(const QRectF &rect, std::vector<ReportItem> *items,
                                std::vector<CostChartHit> *hits) const;

    CostChartData m_data;
    ChartStyle m_style;
    QPaintDevice *m_device;
    std::vector<int> m_components; ///< The components some model has, in order.
    std::vector<QString> m_totalLabels;
    double m_widestTotal = 0;
    double m_widestName = 0;
    double m_smallLine = 0;
    double m_line = 0;
    double m_legendLine = 0;
};

/**
 * Value for money: x the total cost over the term (a money axis), y the overall fit (a nice part of 0–100);
 * one point per model in its colour, the models on the value-for-money front filled and ringed, the others
 * hollow, with a legend line saying what the marks mean. Every point is named; names are pushed apart so they
 * never cover each other or a point.
 */
class ValueForMoneyPlot final {
public:
    ValueForMoneyPlot(const CostChartData &data, ChartStyle style, QPaintDevice *device = nullptr);

    [[nodiscard]] std::vector<ReportItem> items(const QRectF &rect) const;
    void paint(QPainter &painter, const QRectF &rect) const;
    /// A height that suits `width` (about two thirds of it, within bounds).
    [[nodiscard]] double naturalHeight(double width) const;
    [[nodiscard]] double minimumHeight() const;
    /// The points as drawn inside `rect` (a little larger than the mark), for tooltips.
    [[nodiscard]] std::vector<CostChartHit> hits(const QRectF &rect) const;

private:
    std::vector<ReportItem> build(const QRectF &rect, std::vector<CostChartHit> *hits) const;

    CostChartData m_data;
    ChartStyle m_style;
    QPaintDevice *m_device;
    double m_smallLine = 0;
    double m_line = 0;
    double m_legendLine = 0;
};

} // namespace splitbench::report
