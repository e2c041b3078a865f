#include "cost_section.h"

#include "cost_plots.h"
#include "number_format.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace splitbench::report {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("splitbench::report::CostSection", text);
}
} // namespace

CostSection::CostSection(const ReportContent &content, const Flow &flow, ReportFonts fonts, TableStyle table)
    : m_c(content), m_flow(flow), m_fonts(std::move(fonts)), m_table(std::move(table))
{}

BlockPtr CostSection::h2(const QString &text, double keep) const
{
    return heading(m_flow, text, m_fonts.h2, ink::accent, mm(5), mm(2.5), mm(keep));
}

BlockPtr CostSection::body(const QString &text, double after) const
{
    return paragraph(m_flow, text, m_fonts.body, ink::text, mm(after));
}

BlockPtr CostSection::note(const QString &text, double after) const
{
    return paragraph(m_flow, text, m_fonts.small, ink::muted, mm(after));
}

void CostSection::compose(std::vector<BlockPtr> &blocks) const
{
    const CostChartData &d = m_c.cost;
    if (d.modelCount() == 0)
        return;
    blocks.push_back(pageBreak(tr("What it costs")));
    blocks.push_back(heading(m_flow, tr("What it costs"), m_fonts.h1, ink::accent, 0, mm(5), mm(30), true));
    const int term = d.commonTerm();
    const QString termText = term > 0 ? tr("over a term of %1 months").arg(QString::number(term)) : tr("over each model's own term");
    blocks.push_back(body(tr("What each model would cost this organisation, %1, in %2 for %3 users: the provider's "
                             "fees and the in-house work the model leaves, priced as staff the organisation keeps, "
                             "hires or buys by the hour.")
                              .arg(termText, d.currency, formatCount(static_cast<qint64>(std::llround(d.users))))));
    blocks.push_back(note(tr("These are typical market figures, not a quote: replace them with the providers' real "
                             "quotes and the organisation's own salaries in the profile before deciding. Staff the "
                             "organisation keeps are a cost in every model."),
                          4));

    // The table: one column per model, the components and totals as rows.
    TableSpec spec;
    spec.style = m_table;
    spec.columnWeights = {34};
    const double modelWidth = std::max(14.0, 100.0 / d.modelCount());
    std::vector<TableCell> header{TableCell::plain(tr("Cost (%1)").arg(d.currency))};
    for (int m = 0; m < d.modelCount(); ++m) {
        spec.columnWeights.push_back(modelWidth);
        TableCell cell = TableCell::plain(d.modelName(m), Qt::AlignRight);
        header.push_back(cell);
    }
    spec.header.push_back(header);
    for (const CostTableRow &row : costTableRows(d)) {
        std::vector<TableCell> cells{TableCell::plain(row.label)};
        for (double value : row.values)
            cells.push_back(TableCell::plain(costTableText(d, row, value), Qt::AlignRight));
        for (TableCell &cell : cells) {
            cell.bold = row.total;
            if (row.total)
                cell.background = ink::headerFill;
        }
        spec.rows.push_back(std::move(cells));
    }
    blocks.push_back(table(m_flow, std::move(spec)));

    // The component chart.
    const ChartStyle style = ChartStyle::paper(m_flow.frame().dpi);
    const double width = m_flow.frame().content.width();
    const CostComponentsPlot components(d, style, m_flow.device());
    std::vector<BlockPtr> componentGroup;
    componentGroup.push_back(h2(tr("Cost by component")));
    componentGroup.push_back(fixed(components.naturalHeight(width), [components](Flow &flow, const QRectF &rect) {
        for (ReportItem &item : components.items(rect))
            flow.add(std::move(item));
    }));
    blocks.push_back(group(std::move(componentGroup)));

    // Value for money.
    const ValueForMoneyPlot value(d, style, m_flow.device());
    std::vector<BlockPtr> valueGroup;
    valueGroup.push_back(h2(tr("Value for money")));
    const int frontCount = static_cast<int>(std::count(d.front.begin(), d.front.end(), true));
    QString sentence;
    if (frontCount == 1)
        sentence = tr("No other model fits at least as well for no more than %1: it gives the best value for money.")
                       .arg(d.frontNames());
    else if (frontCount == d.modelCount())
        sentence = tr("No model is beaten on both fit and cost: each one that costs more also fits better.");
    else
        sentence = tr("%1 are not beaten on both fit and cost: each of them that costs more also fits better. "
                      "Every other model fits no better than one of them and costs no less.")
                       .arg(d.frontNames());
    valueGroup.push_back(body(sentence));
    const double height = std::min(value.naturalHeight(width), mm(90));
    valueGroup.push_back(fixed(height, [value](Flow &flow, const QRectF &rect) {
        for (ReportItem &item : value.items(rect))
            flow.add(std::move(item));
    }));
    blocks.push_back(group(std::move(valueGroup)));
}

} // namespace splitbench::report
