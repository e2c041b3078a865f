#include "handover_section.h"

#include "handover_plan.h"
#include "plan_formats.h"

#include <QCoreApplication>

namespace splitbench::report {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("splitbench::report::HandoverSection", text);
}
} // namespace

HandoverSection::HandoverSection(const ReportContent &content, const Flow &flow, ReportFonts fonts, TableStyle table)
    : m_c(content), m_flow(flow), m_fonts(std::move(fonts)), m_table(std::move(table))
{}

void HandoverSection::compose(std::vector<BlockPtr> &blocks) const
{
    if (!m_c.profile.asIs)
        return;
    const int target = m_c.result.recommended;
    const HandoverPlan plan = planHandover(m_c.catalogue, m_c.profile.asIs->responsibilities, target);
    const QString from = tr("today's split");
    blocks.push_back(pageBreak(tr("Handover plan")));
    blocks.push_back(heading(m_flow, tr("Handover plan"), m_fonts.h1, ink::accent, 0, mm(5), mm(30), true));
    blocks.push_back(paragraph(m_flow,
                               tr("From who does what today to %1, the recommended model: every activity that changes "
                                  "hands, with the RACI letters (provider / in-house) and the provider's share of the "
                                  "work before and after, and a checklist line for the project.")
                                   .arg(m_c.model(target).name),
                               m_fonts.body, ink::text, mm(3)));
    blocks.push_back(paragraph(m_flow, planSummary(m_c.catalogue, plan, from), m_fonts.body, ink::text, mm(3)));
    if (plan.empty())
        return;
    blocks.push_back(paragraph(m_flow, planOrderSentence(), m_fonts.small, ink::muted, mm(2)));

    const auto raciPair = [](const Responsibility &r) {
        return planRaci(r.providerRaci) + QStringLiteral(" / ") + planRaci(r.internalRaci);
    };
    const auto makeSpec = [this] {
        TableSpec spec;
        spec.style = m_table;
        spec.columnWeights = {6, 30, 24, 17, 13, 52};
        spec.header.push_back({TableCell::plain(tr("#"), Qt::AlignRight), TableCell::plain(tr("Activity")),
                               TableCell::plain(tr("Owner: before → after")),
                               TableCell::plain(tr("RACI before → after")),
                               TableCell::plain(tr("Provider share"), Qt::AlignRight),
                               TableCell::plain(tr("Checklist"))});
        return spec;
    };
    TableSpec spec = makeSpec();
    QString groupName;
    const auto flush = [&] {
        if (spec.rows.empty())
            return;
        std::vector<BlockPtr> part;
        part.push_back(heading(m_flow, groupName, m_fonts.h2, ink::accent, mm(4), mm(2), mm(25)));
        part.push_back(table(m_flow, std::move(spec)));
        blocks.push_back(group(std::move(part), mm(45)));
        spec = makeSpec();
    };
    for (size_t i = 0; i < plan.steps.size(); ++i) {
        const HandoverStep &step = plan.steps[i];
        if (plan.startsGroup(i)) {
            flush();
            groupName = m_c.dimension(step.dimension).name;
        }
        const Activity &activity = m_c.dimension(step.dimension).activities.at(static_cast<size_t>(step.activity));
        TableCell name = TableCell::plain(activity.name);
        name.bold = true;
        TableCell owner = TableCell::plain(ownerDisplayName(step.before.owner) + QStringLiteral(" → ") +
                                           ownerDisplayName(step.after.owner));
        owner.bold = step.ownerChanges();
        const TableCell raci = TableCell::plain(raciPair(step.before) + QStringLiteral(" →\n") + raciPair(step.after));
        const TableCell share = TableCell::plain(formatPercent(step.before.providerShare) + QStringLiteral(" → ") +
                                                     formatPercent(step.after.providerShare),
                                                 Qt::AlignRight);
        QString checklist = activity.handover;
        if (!step.prerequisites.empty()) {
            QStringList numbers;
            for (const int p : step.prerequisites)
                numbers << QString::number(p + 1);
            checklist += (checklist.isEmpty() ? QString() : QStringLiteral("\n")) +
                         tr("After step %1.").arg(numbers.join(QStringLiteral(", ")));
        }
        spec.rows.push_back({TableCell::plain(QString::number(i + 1), Qt::AlignRight), name, owner, raci, share,
                             TableCell::plain(checklist)});
    }
    flush();
}

} // namespace splitbench::report
