#include "scenario_section.h"

#include "number_format.h"
#include "workshop.h"

#include <QCoreApplication>

#include <algorithm>

namespace splitbench::report {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("splitbench::report::ScenarioSection", text);
}
} // namespace

ScenarioSection::ScenarioSection(const ReportContent &content, const Flow &flow, ReportFonts fonts, TableStyle table)
    : m_c(content), m_flow(flow), m_fonts(std::move(fonts)), m_table(std::move(table))
{}

void ScenarioSection::compose(std::vector<BlockPtr> &blocks) const
{
    if (!m_c.scenarios || m_c.scenarios->scenarioCount() < 1)
        return;
    const ScenarioComparison &comparison = *m_c.scenarios;
    const auto body = [this](const QString &text, double after = 3) {
        return paragraph(m_flow, text, m_fonts.body, ink::text, mm(after));
    };
    blocks.push_back(pageBreak(tr("Scenarios")));
    blocks.push_back(heading(m_flow, tr("Scenarios"), m_fonts.h1, ink::accent, 0, mm(5), mm(30), true));
    blocks.push_back(body(
        comparison.hasCosts
            ? tr("How the answer changes if the organisation changes: each scenario replaces some of the profile's "
                 "values (traits, size, cost figures or prices) and keeps the rest. Each cell shows the model's "
                 "overall fit (0 to 100) and, below it, its cost per year.")
            : tr("How the answer changes if the organisation changes: each scenario replaces some of the profile's "
                 "trait values and keeps the rest. Each cell shows the model's overall fit (0 to 100).")));

    TableSpec spec;
    spec.style = m_table;
    spec.columnWeights = {28};
    std::vector<TableCell> header{TableCell::plain(tr("Scenario"))};
    for (int m = 0; m < m_c.modelCount(); ++m) {
        spec.columnWeights.push_back(14);
        header.push_back(TableCell::plain(m_c.model(m).name, Qt::AlignRight));
    }
    spec.columnWeights.push_back(26);
    header.push_back(TableCell::plain(tr("Recommendation (margin)")));
    spec.header.push_back(std::move(header));
    for (size_t i = 0; i < comparison.outcomes.size(); ++i) {
        const ScenarioOutcome &outcome = comparison.outcomes[i];
        const bool flips = std::find(comparison.flips.begin(), comparison.flips.end(), static_cast<int>(i)) !=
                           comparison.flips.end();
        std::vector<TableCell> row;
        TableCell name = TableCell::plain(outcome.name);
        name.bold = i == 0;
        row.push_back(name);
        for (size_t m = 0; m < outcome.overall.size(); ++m) {
            QString text = formatFit(outcome.overall[m]);
            if (comparison.hasCosts && m < outcome.costs.size())
                text += u'\n' + formatMoney(outcome.costs[m].perYear(), comparison.currency);
            TableCell cell = TableCell::plain(text, Qt::AlignRight);
            cell.bold = static_cast<int>(m) == outcome.answer();
            row.push_back(cell);
        }
        TableCell answer = TableCell::plain(
            tr("%1 (%2)").arg(answerName(m_c.catalogue, outcome.answer()), formatFit(outcome.margin)));
        answer.bold = flips;
        if (flips)
            answer.color = ink::accent;
        row.push_back(answer);
        spec.rows.push_back(std::move(row));
    }
    blocks.push_back(table(m_flow, std::move(spec)));
    blocks.push_back(body(comparison.sentence, 4));
}

} // namespace splitbench::report
