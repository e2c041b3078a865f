// The report's "Proposals side by side" for a profile with custom models (providers' proposals): fit, cost,
// contract terms and service levels next to the usual market ranges, figures outside them marked, and each
// proposal's findings (docs/proposal-check.md).
#pragma once

#include "proposal_check.h"
#include "proposal_terms.h"
#include "report_content.h"
#include "report_flow.h"
#include "report_style.h"

#include <QColor>
#include <QString>

#include <vector>

namespace splitbench::report {

/// One figure of the comparison as printed, and whether it lies outside its usual range.
struct ProposalFigure {
    enum class Flag {
        None,
        Above, ///< Longer or slower than usual: the client's risk.
        Below, ///< Shorter or faster than usual: the contract should say so.
    };
    QString text;  ///< Without the marker.
    Flag flag = Flag::None;
    bool strong = false; ///< In bold (the recommended model's fit).
    bool muted = false;  ///< Not stated.
    /// The text with its marker (flagMarker()) after a no-break space when it is flagged.
    [[nodiscard]] QString marked() const;
};

/// One row of the comparison: a label, one figure per proposal and the usual range ("–" for none).
struct ProposalRow {
    QString label;
    std::vector<ProposalFigure> figures;
    QString usual;
};

/// What the report says about one proposal below the table.
struct ProposalReview {
    int model = -1; ///< In the report's catalogue (custom models included).
    QString name;
    std::vector<Finding> findings; ///< checkModel().
    std::vector<TermFlag> flags;   ///< The proposal's terms outside the usual ranges (CustomModel::termFlags()).
};

/// The comparison of a profile's proposals, shared by the PDF section and the XLSX "Proposals" sheet.
struct ProposalComparison {
    std::vector<ProposalReview> proposals; ///< Catalogue order.
    std::vector<ProposalRow> rows;
    QString recommendation; ///< Whether the recommended model is one of the proposals, in a sentence; may be empty.
    [[nodiscard]] bool isEmpty() const { return proposals.empty(); }
    [[nodiscard]] int proposalCount() const { return static_cast<int>(proposals.size()); }
};

/// "▲" (Above), "▼" (Below) or nothing.
[[nodiscard]] QString flagMarker(ProposalFigure::Flag flag);
/// The ink of a flagged figure: dark enough to read as a dark grey when printed without colour.
[[nodiscard]] QColor flagColor(ProposalFigure::Flag flag);

class ProposalSection final {
public:
    /// At most this many proposals side by side in one table, so it stays readable on portrait A4 and Letter.
    static constexpr int kProposalsPerTable = 3;

    ProposalSection(const ReportContent &content, const Flow &flow, ReportFonts fonts, TableStyle table);

    /// The comparison of `content`'s custom models; empty for a profile without any.
    [[nodiscard]] static ProposalComparison comparison(const ReportContent &content);
    /// The section's title and bookmark, "Proposals side by side" (translated).
    [[nodiscard]] static QString title();
    /// The name of the XLSX sheet with the same comparison, "Proposals" (translated).
    [[nodiscard]] static QString sheetTitle();
    /// What the markers mean, for the footnote under the tables.
    [[nodiscard]] static QString legend();
    /// The header of the usual ranges' column.
    [[nodiscard]] static QString usualRangeTitle();
    /// What a proposal without findings and without terms outside the usual ranges gets.
    [[nodiscard]] static QString noFindingsText();
    /// The heading of a proposal's findings (its level-2 bookmark).
    [[nodiscard]] static QString findingsTitle(const QString &name);
    /// The proposals of each table: [first, first + count) chunks of at most kProposalsPerTable, as even as can be.
    [[nodiscard]] static std::vector<std::pair<int, int>> tableChunks(int proposals);
    /// The table of proposals [first, first + count): a label column, one column each, the usual range.
    [[nodiscard]] TableSpec tableSpec(const ProposalComparison &comparison, int first, int count) const;

    /// Appends the section, starting on a new page. Appends nothing for a profile without custom models.
    void compose(std::vector<BlockPtr> &blocks) const;

private:
    [[nodiscard]] double mm(double value) const { return m_flow.mm(value); }

    const ReportContent &m_c;
    const Flow &m_flow;
    ReportFonts m_fonts;
    TableStyle m_table;
};

} // namespace splitbench::report
