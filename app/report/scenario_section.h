// The report's "Scenarios" section for a profile with scenarios: each model's fit (and cost) as profiled and
// in every scenario, the recommendation in each, and whether it holds in all of them.
#pragma once

#include "report_content.h"
#include "report_flow.h"
#include "report_style.h"

#include <vector>

namespace splitbench::report {

class ScenarioSection final {
public:
    ScenarioSection(const ReportContent &content, const Flow &flow, ReportFonts fonts, TableStyle table);

    /// Appends the section, starting on a new page. Appends nothing for a profile without scenarios.
    void compose(std::vector<BlockPtr> &blocks) const;

private:
    [[nodiscard]] double mm(double value) const { return m_flow.mm(value); }

    const ReportContent &m_c;
    const Flow &m_flow;
    ReportFonts m_fonts;
    TableStyle m_table;
};

} // namespace splitbench::report
