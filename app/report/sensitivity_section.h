// The report's sensitivity section: tornado chart, win probabilities, breakevens, head to head, what would flip.
#pragma once

#include "report_content.h"
#include "report_flow.h"
#include "report_style.h"

#include <vector>

namespace splitbench::report {

/**
 * "How firm is the recommendation": the blocks of the section for one report, built from
 * ReportContent::sensitivity. Every chart is made of the layout's own text, box and line items, so the
 * layout's checks (nothing clipped, no text over text) cover it like any table.
 */
class SensitivitySection final {
public:
    SensitivitySection(const ReportContent &content, const Flow &flow, ReportFonts fonts);

    /// Appends the section, starting on a new page. Appends nothing when the content has no analysis.
    void compose(std::vector<BlockPtr> &blocks) const;

private:
    [[nodiscard]] double mm(double value) const { return m_flow.mm(value); }
    [[nodiscard]] QString modelName(int model) const;
    [[nodiscard]] QString traitName(int trait) const;
    [[nodiscard]] BlockPtr h2(const QString &text, double keep = 25) const;
    [[nodiscard]] BlockPtr body(const QString &text, double after = 3) const;
    [[nodiscard]] BlockPtr note(const QString &text, double after = 3) const;

    void tornado(std::vector<BlockPtr> &blocks) const;
    [[nodiscard]] BlockPtr tornadoChart(const std::vector<TornadoBar> &bars) const;
    void winProbability(std::vector<BlockPtr> &blocks) const;
    void breakevens(std::vector<BlockPtr> &blocks) const;
    void headToHeadAndFlips(std::vector<BlockPtr> &blocks) const;
    void reproduction(std::vector<BlockPtr> &blocks) const;
    [[nodiscard]] QString uncertaintyText() const;

    const ReportContent &m_c;
    const Flow &m_flow;
    ReportFonts m_fonts;
};

} // namespace splitbench::report
