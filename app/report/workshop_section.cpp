#include "workshop_section.h"

#include "disagreement_plot.h"
#include "workshop_formats.h"

#include <QCoreApplication>

namespace splitbench::report {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("splitbench::report::WorkshopSection", text);
}
} // namespace

WorkshopSection::WorkshopSection(const ReportContent &content, const Flow &flow, ReportFonts fonts, TableStyle table)
    : m_c(content), m_flow(flow), m_fonts(std::move(fonts)), m_table(std::move(table))
{}

void WorkshopSection::compose(std::vector<BlockPtr> &blocks) const
{
    if (!m_c.profile.isWorkshop() || !m_c.workshop)
        return;
    const Profile &workshop = m_c.profile;
    const WorkshopAnalysis &analysis = *m_c.workshop;
    const auto body = [this](const QString &text, double after = 3) {
        return paragraph(m_flow, text, m_fonts.body, ink::text, mm(after));
    };
    const auto h2 = [this](const QString &text) {
        return heading(m_flow, text, m_fonts.h2, ink::accent, mm(5), mm(2.5), mm(30));
    };
    const int count = static_cast<int>(workshop.participants.size());
    blocks.push_back(pageBreak(tr("Who thinks what")));
    blocks.push_back(heading(m_flow, tr("Who thinks what"), m_fonts.h1, ink::accent, 0, mm(5), mm(30), true));
    blocks.push_back(body(tr("Participants who gave their own view of the organisation: %1. The recommendation, the "
                             "costs and the sensitivity analysis in this report use the group's values.")
                              .arg(QString::number(count)) +
                          u' ' + consensusSentence(workshop.consensus)));

    // Each participant's own answer.
    TableSpec spec;
    spec.style = m_table;
    spec.columnWeights = {30, 20, 9, 27, 12};
    spec.header.push_back({TableCell::plain(tr("Participant")), TableCell::plain(tr("Role")),
                           TableCell::plain(tr("Weight"), Qt::AlignRight), TableCell::plain(tr("Own recommendation")),
                           TableCell::plain(tr("Margin"), Qt::AlignRight)});
    for (size_t p = 0; p < workshop.participants.size(); ++p) {
        const Participant &person = workshop.participants[p];
        const ParticipantOutcome *outcome = p < analysis.outcomes.size() ? &analysis.outcomes[p] : nullptr;
        const QString answer =
            outcome ? answerName(m_c.catalogue, outcome->isTie() ? -1 : outcome->recommended) : QString();
        TableCell weight = TableCell::plain(QString::number(person.weight, 'g', 4), Qt::AlignRight);
        if (person.weight <= 0)
            weight.text = tr("0 (not counted)");
        spec.rows.push_back({TableCell::plain(person.name), TableCell::plain(person.role), weight,
                             TableCell::plain(answer),
                             TableCell::plain(outcome ? formatFit(outcome->margin) : QString(), Qt::AlignRight)});
    }
    std::vector<BlockPtr> answers;
    answers.push_back(h2(tr("Each participant's own answer")));
    answers.push_back(table(m_flow, std::move(spec)));
    blocks.push_back(group(std::move(answers), mm(40)));
    if (const QString sentence = disagreementSentence(analysis, m_c.catalogue, workshop); !sentence.isEmpty())
        blocks.push_back(body(sentence));
    blocks.push_back(body(decisiveSentence(analysis, m_c.catalogue, workshop), 4));

    // The strips, in chunks that fit a page with room to spare; the legend above the first.
    const DisagreementData data = DisagreementData::make(m_c.catalogue, workshop, analysis);
    if (data.isEmpty())
        return;
    const ChartStyle style = ChartStyle::paper(m_flow.frame().dpi);
    const DisagreementPlot plot(data, style, m_flow.device());
    const double width = m_flow.frame().content.width();
    std::vector<BlockPtr> first;
    first.push_back(h2(tr("Where the participants stand, trait by trait")));
    first.push_back(paragraph(m_flow,
                              tr("Each line is one trait, the widest disagreement first. Every participant's value is "
                                 "marked with their own symbol; the band spans the counted values and the bar is the "
                                 "group's value."),
                              m_fonts.small, ink::muted, mm(2)));
    first.push_back(fixed(plot.legendHeight(width), [plot](Flow &flow, const QRectF &rect) {
        for (ReportItem &item : plot.legendItems(rect))
            flow.add(std::move(item));
    }));
    const int strips = static_cast<int>(data.strips.size());
    const double chunkLimit = m_flow.pageHeight() * 0.3;
    bool firstChunk = true;
    for (int start = 0; start < strips;) {
        int n = 1;
        while (start + n < strips && plot.stripsHeight(width, start, n + 1) <= chunkLimit)
            ++n;
        BlockPtr chunk = fixed(plot.stripsHeight(width, start, n), [plot, start, n](Flow &flow, const QRectF &rect) {
            for (ReportItem &item : plot.stripItems(rect, start, n))
                flow.add(std::move(item));
        });
        if (firstChunk) {
            first.push_back(std::move(chunk));
            blocks.push_back(group(std::move(first)));
            firstChunk = false;
        } else {
            blocks.push_back(std::move(chunk));
        }
        start += n;
    }
}

} // namespace splitbench::report
