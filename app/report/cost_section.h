// The report's "What it costs" section: each model's cost over the term as a table, the component chart and the
// value-for-money chart.
#pragma once

#include "report_content.h"
#include "report_flow.h"
#include "report_style.h"

#include <vector>

namespace splitbench::report {

/**
 * "What it costs": the blocks of the section for one report, built from ReportContent::cost (the cost model of
 * the profile, CostModel::forProfile()). The charts are CostComponentsPlot and ValueForMoneyPlot in the
 * report's style, made of the layout's own items, so its checks (nothing clipped, no text over text) cover them.
 */
class CostSection final {
public:
    CostSection(const ReportContent &content, const Flow &flow, ReportFonts fonts, TableStyle table);

    /// Appends the section, starting on a new page. Appends nothing when the content has no cost figures.
    void compose(std::vector<BlockPtr> &blocks) const;

private:
    [[nodiscard]] double mm(double value) const { return m_flow.mm(value); }
    [[nodiscard]] BlockPtr h2(const QString &text, double keep = 25) const;
    [[nodiscard]] BlockPtr body(const QString &text, double after = 3) const;
    [[nodiscard]] BlockPtr note(const QString &text, double after = 3) const;

    const ReportContent &m_c;
    const Flow &m_flow;
    ReportFonts m_fonts;
    TableStyle m_table;
};

} // namespace splitbench::report
