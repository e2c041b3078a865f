#include "proposal_section.h"

#include "number_format.h"

#include <QCoreApplication>
#include <QDate>
#include <QFontMetricsF>

#include <algorithm>
#include <cmath>
#include <optional>

namespace splitbench::report {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("splitbench::report::ProposalSection", text);
}

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

const ServiceLevel *levelFor(const std::optional<ProposalTerms> &terms, const QString &priority)
{
    if (!terms)
        return nullptr;
    for (const ServiceLevel &level : terms->serviceLevels)
        if (level.priority.trimmed().compare(priority.trimmed(), Qt::CaseInsensitive) == 0)
            return &level;
    return nullptr;
}

ProposalFigure::Flag flagOf(const std::vector<TermFlag> &flags, TermFlag::What what, const QString &priority = {})
{
    for (const TermFlag &flag : flags)
        if (flag.what == what && flag.priority.trimmed().compare(priority.trimmed(), Qt::CaseInsensitive) == 0)
            return flag.worse ? ProposalFigure::Flag::Above : ProposalFigure::Flag::Below;
    return ProposalFigure::Flag::None;
}

QString range(double low, double high, const QString &unit)
{
    return QStringLiteral("%1–%2 %3").arg(number(low), number(high), unit);
}
} // namespace

QString ProposalFigure::marked() const
{
    return flag == Flag::None ? text : text + QChar(0x00A0) + flagMarker(flag);
}

QString flagMarker(ProposalFigure::Flag flag)
{
    switch (flag) {
    case ProposalFigure::Flag::Above: return QStringLiteral("\u25B2");
    case ProposalFigure::Flag::Below: return QStringLiteral("\u25BC");
    case ProposalFigure::Flag::None: break;
    }
    return {};
}

QColor flagColor(ProposalFigure::Flag flag)
{
    // Both print as a dark grey (luminance about 30%) on the light tint of their cell.
    return flag == ProposalFigure::Flag::Below ? QColor(0x7A, 0x4A, 0x00) : QColor(0xA3, 0x1F, 0x1F);
}

ProposalSection::ProposalSection(const ReportContent &content, const Flow &flow, ReportFonts fonts, TableStyle table)
    : m_c(content), m_flow(flow), m_fonts(std::move(fonts)), m_table(std::move(table))
{}

QString ProposalSection::title()
{
    return tr("Proposals side by side");
}

QString ProposalSection::sheetTitle()
{
    return tr("Proposals");
}

QString ProposalSection::legend()
{
    return tr("%1 longer or slower than the usual range: the client's risk, worth negotiating. %2 shorter or faster "
              "than usual: check that the contract says so. The usual ranges are typical figures of managed-service "
              "contracts for small and mid-sized organisations, not a standard.")
        .arg(flagMarker(ProposalFigure::Flag::Above), flagMarker(ProposalFigure::Flag::Below));
}

QString ProposalSection::usualRangeTitle()
{
    return tr("Usual range");
}

QString ProposalSection::noFindingsText()
{
    return tr("No findings.");
}

QString ProposalSection::findingsTitle(const QString &name)
{
    return tr("Findings: %1").arg(name);
}

std::vector<std::pair<int, int>> ProposalSection::tableChunks(int proposals)
{
    std::vector<std::pair<int, int>> chunks;
    if (proposals <= 0)
        return chunks;
    const int tables = (proposals + kProposalsPerTable - 1) / kProposalsPerTable;
    int first = 0;
    for (int t = 0; t < tables; ++t) {
        // Even chunks, the larger ones first: 5 → 3 + 2, 4 → 2 + 2, 7 → 3 + 2 + 2.
        const int count = (proposals - first + (tables - t) - 1) / (tables - t);
        chunks.emplace_back(first, count);
        first += count;
    }
    return chunks;
}

ProposalComparison ProposalSection::comparison(const ReportContent &content)
{
    ProposalComparison c;
    if (content.profile.customModels.empty())
        return c;
    std::vector<const CustomModel *> models;
    for (int m = 0; m < content.modelCount(); ++m) {
        const CustomModel *proposal = content.profile.customModelOf(content.catalogue, m);
        if (!proposal)
            continue;
        models.push_back(proposal);
        ProposalReview review;
        review.model = m;
        review.name = content.model(m).name;
        review.findings = checkModel(content.catalogue, m);
        review.flags = proposal->termFlags();
        c.proposals.push_back(std::move(review));
    }
    if (c.proposals.empty())
        return c;
    const int count = c.proposalCount();
    const QString notStated = tr("not stated");
    const auto row = [&](const QString &label, const QString &usual, auto figure) {
        ProposalRow r{label, {}, usual.isEmpty() ? QStringLiteral("–") : usual};
        for (int p = 0; p < count; ++p)
            r.figures.push_back(figure(p));
        c.rows.push_back(std::move(r));
    };

    // Fit, with the rank among all models and the recommendation.
    const std::vector<double> &overall = content.result.overall;
    const bool tie = content.result.isTie();
    row(tr("Overall fit (0–100)"), {}, [&](int p) {
        const int m = c.proposals[static_cast<size_t>(p)].model;
        const double fit = overall.at(static_cast<size_t>(m));
        const int rank = 1 + static_cast<int>(std::count_if(overall.begin(), overall.end(),
                                                             [fit](double other) { return other > fit; }));
        ProposalFigure f;
        f.text = tr("%1\nrank %2 of %3").arg(formatFit(fit), QString::number(rank), QString::number(overall.size()));
        if (!tie && m == content.result.recommended) {
            f.text += u'\n' + tr("recommended");
            f.strong = true;
        }
        return f;
    });

    // Cost, as the "What it costs" section has it.
    const CostChartData &cost = content.cost;
    if (cost.modelCount() == content.modelCount()) {
        const auto priced = [&](int p, double amount) {
            ProposalFigure f{formatMoney(amount, cost.currency)};
            if (!models[static_cast<size_t>(p)]->pricing)
                f.text += u'\n' + tr("(typical prices)");
            return f;
        };
        const auto breakdown = [&](int p) -> const CostBreakdown & {
            return cost.costs.at(static_cast<size_t>(c.proposals[static_cast<size_t>(p)].model));
        };
        row(tr("Cost per month"), {}, [&](int p) { return priced(p, breakdown(p).total() / std::max(1, breakdown(p).termMonths));
        });
        row(tr("Cost over the term"), {}, [&](int p) { return priced(p, breakdown(p).total()); });
    }

    const QString months = tr("months");
    const auto monthsText = [](int value) {
        return value == 1 ? tr("1 month") : tr("%1 months").arg(QString::number(value));
    };
    row(tr("Contract term"), range(usualTermMonths().low, usualTermMonths().high, months), [&](int p) {
        const CustomModel &model = *models[static_cast<size_t>(p)];
        if (!model.pricing)
            return ProposalFigure{notStated, ProposalFigure::Flag::None, false, true};
        return ProposalFigure{monthsText(model.pricing->termMonths),
                              flagOf(c.proposals[static_cast<size_t>(p)].flags, TermFlag::What::Term)};
    });
    row(tr("Notice period"), range(usualNoticeMonths().low, usualNoticeMonths().high, months), [&](int p) {
        const CustomModel &model = *models[static_cast<size_t>(p)];
        if (!model.terms || !model.terms->noticeMonths)
            return ProposalFigure{notStated, ProposalFigure::Flag::None, false, true};
        return ProposalFigure{monthsText(*model.terms->noticeMonths),
                              flagOf(c.proposals[static_cast<size_t>(p)].flags, TermFlag::What::Notice)};
    });

    // Service levels: every priority some proposal names, P1 to P4 first, each with its usual figures.
    std::vector<const ProposalTerms *> terms;
    for (const CustomModel *model : models)
        terms.push_back(model->terms ? &*model->terms : nullptr);
    const QStringList priorities = priorityUnion(terms);
    for (const QString &priority : priorities) {
        const std::optional<MarketRange> response = usualResponseMinutes(priority);
        const std::optional<MarketRange> resolution = usualResolutionHours(priority);
        const auto level = [&](int p) { return levelFor(models[static_cast<size_t>(p)]->terms, priority); };
        row(tr("%1 response").arg(priority), response ? range(response->low, response->high, tr("min")) : QString(),
            [&](int p) {
                const ServiceLevel *l = level(p);
                if (!l)
                    return ProposalFigure{notStated, ProposalFigure::Flag::None, false, true};
                return ProposalFigure{tr("%1 min").arg(number(l->responseMinutes)),
                                      flagOf(c.proposals[static_cast<size_t>(p)].flags, TermFlag::What::Response,
                                             priority)};
            });
        row(tr("%1 resolution").arg(priority),
            resolution ? range(resolution->low, resolution->high, tr("h")) : QString(), [&](int p) {
                const ServiceLevel *l = level(p);
                if (!l)
                    return ProposalFigure{notStated, ProposalFigure::Flag::None, false, true};
                return ProposalFigure{tr("%1 h").arg(number(l->resolutionHours)),
                                      flagOf(c.proposals[static_cast<size_t>(p)].flags, TermFlag::What::Resolution,
                                             priority)};
            });
        row(tr("%1 cover").arg(priority), {}, [&](int p) {
            const ServiceLevel *l = level(p);
            if (!l)
                return ProposalFigure{notStated, ProposalFigure::Flag::None, false, true};
            return ProposalFigure{coverDisplayName(l->cover)};
        });
    }

    row(tr("Came from"), {}, [&](int p) {
        const CustomModel &model = *models[static_cast<size_t>(p)];
        if (!model.source)
            return ProposalFigure{tr("made in Splitbench"), ProposalFigure::Flag::None, false, true};
        const QString &file = model.source->file;
        // The day as the report writes dates; as stored when it is not an ISO date (a hand-edited file).
        const QDate day = QDate::fromString(model.source->imported, Qt::ISODate);
        const QString imported = day.isValid() ? ReportContent::dateText(day) : model.source->imported;
        if (imported.isEmpty())
            return ProposalFigure{file};
        return ProposalFigure{file.isEmpty() ? tr("imported %1").arg(imported)
                                             : tr("%1\nimported %2").arg(file, imported)};
    });

    if (!tie) {
        const int best = content.result.recommended;
        const bool custom = std::any_of(c.proposals.begin(), c.proposals.end(),
                                        [best](const ProposalReview &r) { return r.model == best; });
        c.recommendation = custom ? tr("The recommended model, %1, is one of these proposals.").arg(content.model(best).name)
                                  : tr("The recommended model, %1, is not one of these proposals.").arg(content.model(best).name);
    }
    return c;
}

TableSpec ProposalSection::tableSpec(const ProposalComparison &comparison, int first, int count) const
{
    TableSpec spec;
    spec.style = m_table;
    spec.columnWeights = {30};
    std::vector<TableCell> header{TableCell::plain(QString())};
    for (int p = first; p < first + count; ++p) {
        spec.columnWeights.push_back(28);
        spec.dividers.push_back(static_cast<int>(header.size()));
        header.push_back(TableCell::plain(comparison.proposals.at(static_cast<size_t>(p)).name));
    }
    spec.columnWeights.push_back(22);
    spec.dividers.push_back(static_cast<int>(header.size()));
    header.push_back(TableCell::plain(usualRangeTitle()));
    spec.header.push_back(std::move(header));
    for (const ProposalRow &r : comparison.rows) {
        TableCell label = TableCell::plain(r.label);
        label.bold = true;
        std::vector<TableCell> cells{label};
        for (int p = first; p < first + count; ++p) {
            const ProposalFigure &figure = r.figures.at(static_cast<size_t>(p));
            TableCell cell = TableCell::plain(figure.marked());
            cell.bold = figure.strong || figure.flag != ProposalFigure::Flag::None;
            cell.italic = figure.muted;
            if (figure.muted)
                cell.color = ink::muted;
            if (figure.flag != ProposalFigure::Flag::None) {
                cell.color = flagColor(figure.flag);
                cell.background = tint(flagColor(figure.flag), 0.12);
            }
            cells.push_back(cell);
        }
        TableCell usual = TableCell::plain(r.usual);
        usual.color = ink::muted;
        cells.push_back(usual);
        spec.rows.push_back(std::move(cells));
    }
    return spec;
}

void ProposalSection::compose(std::vector<BlockPtr> &blocks) const
{
    if (m_c.profile.customModels.empty())
        return;
    const ProposalComparison comparison = ProposalSection::comparison(m_c);
    if (comparison.isEmpty())
        return;
    const auto body = [this](const QString &text, double after = 3) {
        return paragraph(m_flow, text, m_fonts.body, ink::text, mm(after));
    };
    const auto note = [this](const QString &text, double after = 3, double indent = 0) {
        return paragraph(m_flow, text, m_fonts.small, ink::muted, mm(after), indent);
    };
    blocks.push_back(pageBreak(title()));
    blocks.push_back(heading(m_flow, title(), m_fonts.h1, ink::accent, 0, mm(5), mm(30), true));
    QString intro = tr("The providers' proposals (the profile's custom models) next to each other: how well each fits, "
                       "what it costs, its contract terms and service levels, and the usual range of each figure in "
                       "the market.");
    if (!comparison.recommendation.isEmpty())
        intro += u' ' + comparison.recommendation;
    blocks.push_back(body(intro, 4));

    const auto chunks = tableChunks(comparison.proposalCount());
    for (const auto &[first, count] : chunks) {
        if (chunks.size() > 1)
            blocks.push_back(heading(m_flow,
                                     tr("Proposals %1 to %2 of %3")
                                         .arg(QString::number(first + 1), QString::number(first + count),
                                              QString::number(comparison.proposalCount())),
                                     m_fonts.h2, ink::accent, mm(3), mm(2), mm(40), false, 0));
        blocks.push_back(table(m_flow, tableSpec(comparison, first, count)));
    }
    blocks.push_back(note(legend(), 2));
    blocks.push_back(note(tr("Cost: over each proposal's own term, as in \"What it costs\"; a proposal without prices "
                             "of its own is costed with the typical prices of the model it is based on."),
                          4));

    // The reasons line up with the findings' text, right of the bullet.
    const double bulletHang = QFontMetricsF(m_fonts.body, m_flow.device()).horizontalAdvance(QStringLiteral("•  "));
    // Each proposal's findings, in plain words, with the rule's reason below in a smaller type: kept on one page
    // when they fit on one, so a last finding never stands alone at the top of the next.
    for (const ProposalReview &review : comparison.proposals) {
        std::vector<BlockPtr> part;
        part.push_back(heading(m_flow, findingsTitle(review.name), m_fonts.h2, ink::accent, mm(5), mm(2.5), mm(18),
                               false, 2));
        if (review.findings.empty() && review.flags.empty())
            part.push_back(body(noFindingsText()));
        else if (review.findings.empty())
            part.push_back(body(tr("No findings in the split of the work.")));
        for (const Finding &finding : review.findings) {
            part.push_back(listItem(m_flow, QStringLiteral("•"), finding.text, m_fonts.body, ink::text,
                                    mm(finding.why.isEmpty() ? 2 : 0.8)));
            if (!finding.why.isEmpty())
                part.push_back(note(finding.why, 2, bulletHang));
        }
        if (!review.flags.empty()) {
            part.push_back(
                paragraph(m_flow, tr("Terms outside the usual ranges"), reportFont(9.5, true), ink::text, mm(1.5)));
            for (const TermFlag &flag : review.flags)
                part.push_back(listItem(m_flow,
                                        flagMarker(flag.worse ? ProposalFigure::Flag::Above : ProposalFigure::Flag::Below),
                                        flag.text, m_fonts.body, ink::text, mm(2)));
        }
        blocks.push_back(group(std::move(part), mm(40)));
    }
}

} // namespace splitbench::report
