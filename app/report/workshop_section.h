// The report's "Who thinks what" section for a workshop profile: how the group's values are made, the
// disagreement strips, each participant's own answer and what the disagreement decides.
#pragma once

#include "report_content.h"
#include "report_flow.h"
#include "report_style.h"

#include <vector>

namespace splitbench::report {

class WorkshopSection final {
public:
    WorkshopSection(const ReportContent &content, const Flow &flow, ReportFonts fonts, TableStyle table);

    /// Appends the section, starting on a new page. Appends nothing for a profile without participants.
    void compose(std::vector<BlockPtr> &blocks) const;

private:
    [[nodiscard]] double mm(double value) const { return m_flow.mm(value); }

    const ReportContent &m_c;
    const Flow &m_flow;
    ReportFonts m_fonts;
    TableStyle m_table;
};

} // namespace splitbench::report
