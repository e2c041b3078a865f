// The report's "Handover plan" section: what changes hands from today's split to the recommended model, in order,
// with a checklist line per step (docs/handover-plan.md).
#pragma once

#include "report_content.h"
#include "report_flow.h"
#include "report_style.h"

#include <vector>

namespace splitbench::report {

class HandoverSection final {
public:
    HandoverSection(const ReportContent &content, const Flow &flow, ReportFonts fonts, TableStyle table);

    /// Appends the section, starting on a new page. Appends nothing for a profile without today's split.
    void compose(std::vector<BlockPtr> &blocks) const;

private:
    [[nodiscard]] double mm(double value) const { return m_flow.mm(value); }

    const ReportContent &m_c;
    const Flow &m_flow;
    ReportFonts m_fonts;
    TableStyle m_table;
};

} // namespace splitbench::report
