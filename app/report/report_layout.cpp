#include "report_layout.h"

#include "bar_list_plot.h"
#include "cost_section.h"
#include "handover_section.h"
#include "model_palette.h"
#include "number_format.h"
#include "proposal_section.h"
#include "radar_plot.h"
#include "report_style.h"
#include "sensitivity_section.h"
#include "scenario_section.h"
#include "workshop_section.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPaintDevice>

#include <algorithm>
#include <cmath>
#include <map>

namespace splitbench::report {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("splitbench::report::ReportLayout", text);
}

// Page geometry in millimetres. The header and footer sit in the margins, clear of the content.
constexpr double kMarginSideMm = 18;
constexpr double kMarginTopMm = 22;
constexpr double kMarginBottomMm = 20;
constexpr double kHeaderBaselineMm = 13;   ///< From the top edge to the running header's rule.
constexpr double kFooterFromBottomMm = 10; ///< From the bottom edge to the footer's text baseline area.

/// Blocks in a vector (an initializer list cannot hand over unique pointers).
template <typename... Blocks> std::vector<BlockPtr> blockList(Blocks &&...blocks)
{
    std::vector<BlockPtr> list;
    (list.push_back(std::forward<Blocks>(blocks)), ...);
    return list;
}

/// Builds the report's blocks; every size is physical (points, millimetres) on the target device.
class Composer {
    // The report's texts are one translation context, whichever class writes them.
    Q_DECLARE_TR_FUNCTIONS(splitbench::report::ReportLayout)

public:
    Composer(const ReportContent &content, Flow &flow) : m_c(content), m_flow(flow)
    {
        m_body = m_fonts.body;
        m_small = m_fonts.small;
        m_h1 = m_fonts.h1;
        m_h2 = m_fonts.h2;
        m_table.font = reportFont(8);
        m_table.headerFont = reportFont(8, true);
        m_table.smallFont = reportFont(6.5);
        m_table.textColor = ink::text;
        m_table.mutedColor = ink::muted;
        m_table.headerBackground = ink::headerFill;
        m_table.stripeBackground = ink::stripe;
        m_table.ruleColor = ink::rule;
        m_table.padding = mm(1.2);
        m_table.ruleWidth = mm(0.2);
        m_table.spaceAfter = mm(4);
    }

    std::vector<BlockPtr> compose()
    {
        std::vector<BlockPtr> blocks;
        cover(blocks);
        profile(blocks);
        fitOverview(blocks);
        WorkshopSection(m_c, m_flow, m_fonts, m_table).compose(blocks);
        CostSection(m_c, m_flow, m_fonts, m_table).compose(blocks);
        ProposalSection(m_c, m_flow, m_fonts, m_table).compose(blocks);
        ScenarioSection(m_c, m_flow, m_fonts, m_table).compose(blocks);
        SensitivitySection(m_c, m_flow, m_fonts).compose(blocks);
        HandoverSection(m_c, m_flow, m_fonts, m_table).compose(blocks);
        dimensions(blocks);
        closing(blocks);
        return blocks;
    }

private:
    double mm(double value) const { return m_flow.mm(value); }

    BlockPtr h1(const QString &text) const { return heading(m_flow, text, m_h1, ink::accent, 0, mm(5), mm(30), true); }
    BlockPtr h2(const QString &text, double keep = 25) const
    {
        return heading(m_flow, text, m_h2, ink::accent, mm(5), mm(2.5), mm(keep));
    }
    BlockPtr body(const QString &text, double after = 3) const
    {
        return paragraph(m_flow, text, m_body, ink::text, mm(after));
    }
    BlockPtr note(const QString &text, double after = 3) const
    {
        return paragraph(m_flow, text, m_small, ink::muted, mm(after));
    }

    QString modelName(int m) const { return m_c.model(m).name; }
    int recommended() const { return m_c.result.recommended; }
    int runnerUp() const { return m_c.result.runnerUp; }
    bool isTie() const { return m_c.result.isTie(); }

    // ---- Cover --------------------------------------------------------------------------------------------
    void cover(std::vector<BlockPtr> &blocks) const
    {
        blocks.push_back(pageBreak(tr("Summary")));
        if (m_c.preparedBy.logo) {
            // The preparer's logo at the top right, where a letterhead has it, in the space the cover leaves there.
            blocks.push_back(fixed(mm(12), [](Flow &flow, const QRectF &rect) {
                ReportItem logo;
                logo.kind = ReportItem::Kind::Logo;
                logo.rect = QRectF(rect.right() - flow.mm(60), rect.top(), flow.mm(60), rect.height() - flow.mm(2));
                flow.add(logo);
            }));
        } else {
            blocks.push_back(spacer(mm(12)));
        }
        blocks.push_back(paragraph(m_flow, tr("SPLITBENCH  ·  IT SERVICE MODEL COMPARISON"), reportFont(8.5, true),
                                   ink::accent, mm(4)));
        blocks.push_back(
            paragraph(m_flow, tr("Which IT service model fits?"), reportFont(24, true), ink::accent, mm(3)));
        QStringList models;
        for (int m = 0; m < m_c.modelCount(); ++m)
            models << (m_c.model(m).isCustom() ? tr("%1 (custom, based on %2)").arg(modelName(m), baseModelName(m))
                                               : modelName(m));
        blocks.push_back(paragraph(m_flow, models.join(tr(" · ")), reportFont(11), ink::muted, mm(12)));
        blocks.push_back(paragraph(m_flow, tr("Prepared for"), m_small, ink::muted, mm(1)));
        blocks.push_back(paragraph(m_flow, m_c.preparedFor(), reportFont(16, true), ink::text, mm(1.5)));
        // Who prepared it shares the date's line, so a branded cover still fits its page.
        const QString preparer = m_c.preparedBy.line();
        blocks.push_back(paragraph(m_flow,
                                   preparer.isEmpty() ? m_c.dateText()
                                                      : tr("%1  ·  Prepared by %2").arg(m_c.dateText(), preparer),
                                   reportFont(10), ink::muted, mm(10)));
        blocks.push_back(recommendationPanel());
        blocks.push_back(spacer(mm(8)));
        blocks.push_back(h2(tr("Overall fit of each model"), 20));
        blocks.push_back(overallBars());
        blocks.push_back(body(
            isTie() ? tr("The two leading models are level: the margin is %1 points.").arg(formatFit(m_c.result.margin))
                    : tr("Margin between the two leading models: %1 points.").arg(formatFit(m_c.result.margin)),
            5));
        blocks.push_back(body(m_c.result.summary, 2));
        if (!isTie()) {
            std::vector<ResultDriver> top;
            for (const ResultDriver &driver : m_c.result.drivers)
                if (driver.contribution > 0.005 && top.size() < 5)
                    top.push_back(driver);
            if (!top.empty())
                blocks.push_back(group(blockList(h2(tr("Where the recommendation comes from"), 15),
                                                 driverTable(top, top.size(), QString()))));
        }
        blocks.push_back(spacer(mm(4)));
        blocks.push_back(
            note(tr("How to read this report: for each of the %1 dimensions the profile suggests how much of the "
                    "work to keep in-house. A model fits a dimension in proportion to how close its own "
                    "in-house share comes to that suggestion (100 = exactly). The overall fit is the "
                    "mean over all dimensions, weighted by their importance.")
                     .arg(m_c.dimensionCount())));
    }

    QString baseModelName(int m) const
    {
        const int base = m_c.catalogue.modelIndex(m_c.model(m).basedOn);
        return base >= 0 ? modelName(base) : m_c.model(m).basedOn;
    }

    BlockPtr recommendationPanel() const
    {
        const int best = recommended();
        const QString title =
            isTie() ? tr("%1 and %2 are level").arg(modelName(best), modelName(runnerUp())) : modelName(best);
        const QString detail =
            isTie() ? tr("Both fit with %1 of 100.").arg(formatFit(m_c.result.overall[static_cast<size_t>(best)]))
                    : tr("Overall fit %1 of 100, %2 points ahead of %3.")
                          .arg(formatFit(m_c.result.overall[static_cast<size_t>(best)]), formatFit(m_c.result.margin),
                               modelName(runnerUp()));
        const double inset = mm(6);
        const double width = m_flow.frame().content.width() - 2 * inset - mm(2);
        const TextLines label = wrapText(isTie() ? tr("NO CLEAR RECOMMENDATION") : tr("RECOMMENDED MODEL"),
                                         reportFont(8, true), width, m_flow.device());
        // Model names can be thousands of characters long: the panel keeps to a few lines, so it fits a page.
        const TextLines name = wrapText(title, reportFont(20, true), width, m_flow.device(), 3);
        const TextLines line = wrapText(detail, reportFont(10), width, m_flow.device(), 4);
        const double height = 2 * mm(5) + label.height() + mm(1.5) + name.height() + mm(1.5) + line.height();
        const QColor colour = isTie() ? ink::accent : modelColor(best);
        return fixed(height, [=](Flow &flow, const QRectF &rect) {
            flow.addBox(rect, tint(colour, 0.12), tint(colour, 0.45), flow.mm(0.3));
            flow.addBox(QRectF(rect.left(), rect.top(), flow.mm(2), rect.height()), colour);
            double y = rect.top() + flow.mm(5);
            const double x = rect.left() + inset + flow.mm(2);
            for (const TextLines *lines : {&label, &name, &line}) {
                const QColor ink = lines == &label ? ink::muted : ink::text;
                for (const QString &text : lines->lines) {
                    flow.addText(QRectF(x, y, width, lines->lineHeight), text, lines->font, ink);
                    y += lines->lineHeight;
                }
                y += flow.mm(1.5);
            }
        });
    }

    BlockPtr overallBars() const
    {
        std::vector<BarRow> rows;
        for (int m = 0; m < m_c.modelCount(); ++m) {
            const double value = m_c.result.overall[static_cast<size_t>(m)];
            rows.push_back({modelName(m), value, formatFit(value), modelColor(m), m == recommended(), m});
        }
        return barRows(m_flow, std::move(rows), m_body, QStringLiteral("100.0"));
    }

    // ---- Profile ------------------------------------------------------------------------------------------
    void profile(std::vector<BlockPtr> &blocks) const
    {
        blocks.push_back(pageBreak(tr("Organisation profile")));
        blocks.push_back(h1(tr("Organisation profile")));
        blocks.push_back(
            body(tr("The %1 traits below describe %2. Each sits between two ends on a scale from 0 to 100; "
                    "the notes record why it was set so.")
                     .arg(QString::number(m_c.catalogue.traits.size()), m_c.organisationName()),
                 4));
        TableSpec spec;
        spec.style = m_table;
        spec.columnWeights = {40, 50, 12, 72};
        spec.header.push_back({TableCell::plain(tr("Trait")), TableCell::plain(tr("Position between the two ends")),
                               TableCell::plain(tr("Value"), Qt::AlignRight), TableCell::plain(tr("Note"))});
        for (size_t t = 0; t < m_c.catalogue.traits.size(); ++t) {
            const Trait &trait = m_c.catalogue.traits[t];
            const double value = m_c.profile.traits.at(t);
            TableCell name = TableCell::plain(trait.name);
            name.bold = true;
            TableCell noteCell = TableCell::plain(m_c.profile.notes.value(trait.id));
            if (noteCell.text.isEmpty()) {
                noteCell.text = tr("No note");
                noteCell.color = ink::muted;
                noteCell.italic = true;
            }
            spec.rows.push_back(
                {name, TableCell::scale(value, trait.lowLabel, trait.highLabel, ink::accent),
                 TableCell::plain(formatDecimal(value, value == std::round(value) ? 0 : 1), Qt::AlignRight),
                 noteCell});
        }
        blocks.push_back(table(m_flow, std::move(spec)));

        QStringList weighted;
        for (int d = 0; d < m_c.dimensionCount(); ++d) {
            const double importance = m_c.profile.importance.at(static_cast<size_t>(d));
            if (importance != 1.0)
                weighted << tr("%1 ×%2").arg(m_c.dimension(d).name, QString::number(importance, 'g', 3));
        }
        blocks.push_back(h2(tr("Importance of the dimensions"), 10));
        blocks.push_back(
            body(weighted.isEmpty()
                     ? tr("All %1 dimensions count equally in the overall fit.").arg(m_c.dimensionCount())
                     : tr("All dimensions count once in the overall fit, except: %1.").arg(weighted.join(tr("; ")))));
    }

    // ---- Radar and fit table ------------------------------------------------------------------------------
    void fitOverview(std::vector<BlockPtr> &blocks) const
    {
        blocks.push_back(pageBreak(tr("Fit by dimension")));
        blocks.push_back(h1(tr("Fit by dimension")));
        blocks.push_back(
            body(tr("Each spoke is one dimension. The further out a model's line runs, the better the model "
                    "fits this organisation there (0 at the centre, 100 at the rim).")));
        const double height = std::min(m_flow.frame().content.width() * 0.98, m_flow.pageHeight() - mm(40));
        blocks.push_back(fixed(height, [](Flow &flow, const QRectF &rect) {
            ReportItem item;
            item.kind = ReportItem::Kind::Radar;
            item.rect = rect;
            flow.add(item);
        }));

        std::vector<BlockPtr> tableGroup;
        tableGroup.push_back(h2(tr("Fit per dimension")));
        tableGroup.push_back(
            note(tr("Suggested in-house: the share of the work this profile suggests keeping in-house. "
                    "The best fit in each row is in bold.") +
                 (m_c.profile.asIs ? u' ' + tr("Today: how well today's split fits, scored the same way; it is not "
                                               "a candidate.")
                                   : QString())));
        TableSpec spec;
        spec.style = m_table;
        const double modelWidth = std::max(16.0, 100.0 / m_c.modelCount());
        spec.columnWeights = {7, 52, 13, 20};
        std::vector<TableCell> header{TableCell::plain(tr("#"), Qt::AlignRight), TableCell::plain(tr("Dimension")),
                                      TableCell::plain(tr("Weight"), Qt::AlignRight),
                                      TableCell::plain(tr("Suggested in-house"), Qt::AlignRight)};
        for (int m = 0; m < m_c.modelCount(); ++m) {
            spec.columnWeights.push_back(modelWidth);
            header.push_back(TableCell::plain(modelName(m), Qt::AlignRight));
        }
        // Today's split, scored like a model but not one: a grey column after the candidates.
        std::vector<double> todayFit;
        double todayOverall = 0;
        if (m_c.profile.asIs) {
            const FitEngine engine(m_c.catalogue);
            todayFit = engine.dimensionFitOf(m_c.profile.asIs->responsibilities, m_c.profile.traits);
            todayOverall = engine.overallFitOf(m_c.profile.asIs->responsibilities, m_c.profile.traits,
                                               m_c.profile.importance);
            spec.columnWeights.push_back(modelWidth);
            TableCell cell = TableCell::plain(tr("Today"), Qt::AlignRight);
            cell.italic = true;
            header.push_back(cell);
        }
        spec.header.push_back(header);
        for (int d = 0; d < m_c.dimensionCount(); ++d) {
            const DimensionFit &fit = m_c.result.dimensions[static_cast<size_t>(d)];
            std::vector<TableCell> row{
                TableCell::plain(QString::number(d + 1), Qt::AlignRight), TableCell::plain(m_c.dimension(d).name),
                TableCell::plain(QString::number(m_c.profile.importance.at(static_cast<size_t>(d)), 'g', 3),
                                 Qt::AlignRight),
                TableCell::plain(formatPercent(fit.desiredInternalShare), Qt::AlignRight)};
            const double best = *std::max_element(fit.fit.begin(), fit.fit.end());
            for (int m = 0; m < m_c.modelCount(); ++m) {
                const double value = fit.fit[static_cast<size_t>(m)];
                TableCell cell = TableCell::bar(value, formatFit(value), modelColor(m));
                cell.bold = value >= best - 1e-9;
                row.push_back(cell);
            }
            if (!todayFit.empty())
                row.push_back(TableCell::bar(todayFit[static_cast<size_t>(d)], formatFit(todayFit[static_cast<size_t>(d)]),
                                             ink::muted));
            spec.rows.push_back(std::move(row));
        }
        std::vector<TableCell> total{TableCell::plain(QString()), TableCell::plain(tr("Overall (weighted)")),
                                     TableCell::plain(QString()), TableCell::plain(QString())};
        total[1].bold = true;
        for (int m = 0; m < m_c.modelCount(); ++m) {
            const double value = m_c.result.overall[static_cast<size_t>(m)];
            TableCell cell = TableCell::bar(value, formatFit(value), modelColor(m));
            cell.bold = m == recommended();
            cell.background = ink::headerFill;
            total.push_back(cell);
        }
        if (!todayFit.empty()) {
            TableCell cell = TableCell::bar(todayOverall, formatFit(todayOverall), ink::muted);
            cell.background = ink::headerFill;
            total.push_back(cell);
        }
        for (size_t i = 0; i < 4; ++i)
            total[i].background = ink::headerFill;
        spec.rows.push_back(std::move(total));
        tableGroup.push_back(table(m_flow, std::move(spec)));
        blocks.push_back(group(std::move(tableGroup)));
    }

    // ---- Dimension by dimension ---------------------------------------------------------------------------
    void dimensions(std::vector<BlockPtr> &blocks) const
    {
        blocks.push_back(pageBreak(tr("Dimension by dimension")));
        blocks.push_back(h1(tr("Dimension by dimension")));
        blocks.push_back(
            body(tr("For each dimension: what each model means in practice, how well it fits and why, and "
                    "who does what. Owner is the party that carries an activity day to day; provider "
                    "share is how much of the work the provider carries. RACI letters: R responsible, "
                    "A accountable, C consulted, I informed — for the provider and for your in-house team.")));
        for (int d = 0; d < m_c.dimensionCount(); ++d)
            blocks.push_back(dimensionSection(d));
    }

    BlockPtr dimensionSection(int d) const
    {
        const Dimension &dimension = m_c.dimension(d);
        const DimensionFit &fit = m_c.result.dimensions[static_cast<size_t>(d)];
        // Descriptions side by side read well for up to three models; activity sub-columns only for two.
        const bool wide = m_c.modelCount() <= 3;
        const bool wideActivities = m_c.modelCount() <= 2;
        std::vector<BlockPtr> parts;
        parts.push_back(
            heading(m_flow, tr("%1. %2").arg(QString::number(d + 1), dimension.name), m_h2, ink::accent, mm(4), mm(1.5),
                    mm(30), false, /*outlineLevel=*/2));
        parts.push_back(paragraph(m_flow, dimension.summary, reportFont(9, false, true), ink::muted, mm(1.5)));
        parts.push_back(
            paragraph(m_flow,
                      tr("Suggested in-house share: %1  ·  Importance: %2")
                          .arg(formatPercent(fit.desiredInternalShare),
                               QString::number(m_c.profile.importance.at(static_cast<size_t>(d)), 'g', 3)),
                      reportFont(8.5, true), ink::text, mm(2.5)));

        TableSpec models;
        models.style = m_table;
        models.style.spaceAfter = mm(2.5);
        const double best = *std::max_element(fit.fit.begin(), fit.fit.end());
        if (wide) {
            models.columnWeights = {26};
            std::vector<TableCell> header{TableCell::plain(QString())};
            std::vector<TableCell> what{TableCell::plain(tr("In practice"))};
            std::vector<TableCell> share{TableCell::plain(tr("Kept in-house"))};
            std::vector<TableCell> fitRow{TableCell::plain(tr("Fit"))};
            for (int m = 0; m < m_c.modelCount(); ++m) {
                models.columnWeights.push_back(148.0 / m_c.modelCount());
                models.dividers.push_back(1 + m);
                header.push_back(TableCell::plain(modelName(m)));
                what.push_back(TableCell::plain(dimension.descriptions.at(static_cast<size_t>(m))));
                share.push_back(TableCell::plain(formatPercent(fit.modelInternalShare[static_cast<size_t>(m)])));
                TableCell cell = TableCell::bar(fit.fit[static_cast<size_t>(m)],
                                                formatFit(fit.fit[static_cast<size_t>(m)]), modelColor(m));
                cell.bold = fit.fit[static_cast<size_t>(m)] >= best - 1e-9;
                fitRow.push_back(cell);
            }
            for (auto *row : {&what, &share, &fitRow})
                row->front().bold = true;
            models.header.push_back(header);
            models.rows = {what, share, fitRow};
        } else {
            models.columnWeights = {30, 100, 18, 26};
            models.header.push_back({TableCell::plain(tr("Model")), TableCell::plain(tr("In practice")),
                                     TableCell::plain(tr("Kept in-house"), Qt::AlignRight),
                                     TableCell::plain(tr("Fit"))});
            for (int m = 0; m < m_c.modelCount(); ++m) {
                TableCell name = TableCell::plain(modelName(m));
                name.bold = true;
                TableCell cell = TableCell::bar(fit.fit[static_cast<size_t>(m)],
                                                formatFit(fit.fit[static_cast<size_t>(m)]), modelColor(m));
                cell.bold = fit.fit[static_cast<size_t>(m)] >= best - 1e-9;
                models.rows.push_back(
                    {name, TableCell::plain(dimension.descriptions.at(static_cast<size_t>(m))),
                     TableCell::plain(formatPercent(fit.modelInternalShare[static_cast<size_t>(m)]), Qt::AlignRight),
                     cell});
            }
        }
        parts.push_back(table(m_flow, std::move(models)));
        parts.push_back(paragraph(m_flow, fit.explanation, reportFont(8.5), ink::text, mm(2.5)));
        parts.push_back(activityTable(dimension, wideActivities));
        return group(std::move(parts), mm(70));
    }

    BlockPtr activityTable(const Dimension &dimension, bool wide) const
    {
        TableSpec spec;
        spec.style = m_table;
        spec.style.spaceAfter = mm(3);
        const int count = m_c.modelCount();
        if (wide) {
            spec.columnWeights = {44};
            std::vector<TableCell> top{TableCell::plain(tr("Activity"))};
            std::vector<TableCell> sub{TableCell::plain(QString())};
            for (int m = 0; m < count; ++m) {
                const double unit = 130.0 / count / 4.2;
                for (const double w : {1.25, 1.05, 0.95, 0.95})
                    spec.columnWeights.push_back(unit * w);
                spec.dividers.push_back(1 + 4 * m);
                TableCell name = TableCell::plain(modelName(m));
                name.span = 4;
                top.push_back(name);
                sub.push_back(TableCell::plain(tr("Owner")));
                sub.push_back(TableCell::plain(tr("Provider share"), Qt::AlignRight));
                sub.push_back(TableCell::plain(tr("Provider RACI")));
                sub.push_back(TableCell::plain(tr("In-house RACI")));
            }
            spec.header = {top, sub};
            for (const Activity &activity : dimension.activities) {
                std::vector<TableCell> row{TableCell::plain(activity.name)};
                for (int m = 0; m < count; ++m) {
                    const Responsibility &r = activity.byModel.at(static_cast<size_t>(m));
                    row.push_back(TableCell::plain(ownerDisplayName(r.owner)));
                    row.push_back(TableCell::plain(formatPercent(r.providerShare), Qt::AlignRight));
                    row.push_back(TableCell::plain(formatRaci(r.providerRaci)));
                    row.push_back(TableCell::plain(formatRaci(r.internalRaci)));
                }
                spec.rows.push_back(std::move(row));
            }
        } else {
            spec.columnWeights = {44};
            std::vector<TableCell> header{TableCell::plain(tr("Activity"))};
            for (int m = 0; m < count; ++m) {
                spec.columnWeights.push_back(130.0 / count);
                spec.dividers.push_back(1 + m);
                header.push_back(TableCell::plain(modelName(m)));
            }
            spec.header = {header};
            for (const Activity &activity : dimension.activities) {
                std::vector<TableCell> row{TableCell::plain(activity.name)};
                for (int m = 0; m < count; ++m) {
                    const Responsibility &r = activity.byModel.at(static_cast<size_t>(m));
                    row.push_back(TableCell::plain(tr("%1, %2\nProvider %3\nIn-house %4")
                                                       .arg(ownerDisplayName(r.owner), formatPercent(r.providerShare),
                                                            formatRaci(r.providerRaci), formatRaci(r.internalRaci))));
                }
                spec.rows.push_back(std::move(row));
            }
        }
        return table(m_flow, std::move(spec));
    }

    // ---- Closing ------------------------------------------------------------------------------------------
    void closing(std::vector<BlockPtr> &blocks) const
    {
        blocks.push_back(pageBreak(tr("What drives the result")));
        blocks.push_back(h1(tr("What drives the result")));
        blocks.push_back(body(m_c.result.summary, 4));
        const int best = recommended();
        const int second = runnerUp();
        std::vector<ResultDriver> favour;
        std::vector<ResultDriver> against;
        for (const ResultDriver &driver : m_c.result.drivers) {
            if (driver.contribution > 0.005)
                favour.push_back(driver);
            else if (driver.contribution < -0.005)
                against.push_back(driver);
        }
        std::reverse(against.begin(), against.end()); // most negative first
        if (isTie()) {
            blocks.push_back(
                body(tr("%1 and %2 are level overall, so no dimension decides between them. The dimensions "
                        "where they differ most are listed below.")
                         .arg(modelName(best), modelName(second))));
        }
        blocks.push_back(group(blockList(h2(tr("Where %1 gains most").arg(modelName(best))),
                                         driverTable(favour, 8, tr("No dimension favours %1.").arg(modelName(best))))));
        blocks.push_back(
            group(blockList(h2(tr("Where %1 fits better").arg(modelName(second))),
                            driverTable(against, 5, tr("No dimension favours %1.").arg(modelName(second))))));
        blocks.push_back(group(blockList(h2(tr("Traits that shaped the suggestion")), traitTable())));
        blocks.push_back(h2(tr("About this report"), 14));
        blocks.push_back(note(tr("Generated by Splitbench %1 on %2 from the profile \"%3\" and a catalogue of %4 "
                                 "dimensions and %5 activities. Contribution to the margin: the dimension's weight "
                                 "share times the difference in fit between %6 and %7; the contributions add up to "
                                 "the margin of %8 points.")
                                  .arg(QStringLiteral(SPLITBENCH_VERSION), m_c.dateText(), m_c.organisationName(),
                                       QString::number(m_c.dimensionCount()),
                                       QString::number(m_c.catalogue.activityCount()), modelName(best),
                                       modelName(second), formatFit(m_c.result.margin))));
    }

    BlockPtr driverTable(const std::vector<ResultDriver> &drivers, size_t limit, const QString &none) const
    {
        if (drivers.empty())
            return body(none);
        const int best = recommended();
        const int second = runnerUp();
        TableSpec spec;
        spec.style = m_table;
        spec.columnWeights = {70, 16, 28, 28, 32};
        spec.header.push_back({TableCell::plain(tr("Dimension")), TableCell::plain(tr("Weight"), Qt::AlignRight),
                               TableCell::plain(tr("Fit of %1").arg(modelName(best)), Qt::AlignRight),
                               TableCell::plain(tr("Fit of %1").arg(modelName(second)), Qt::AlignRight),
                               TableCell::plain(tr("Contribution to the margin (points)"), Qt::AlignRight)});
        for (size_t i = 0; i < drivers.size() && i < limit; ++i) {
            const int d = drivers[i].dimension;
            TableCell contribution = TableCell::plain(
                QStringLiteral("%1%2").arg(drivers[i].contribution > 0 ? QStringLiteral("+") : QString(),
                                           formatDecimal(drivers[i].contribution, 2)),
                Qt::AlignRight);
            contribution.bold = true;
            spec.rows.push_back(
                {TableCell::plain(m_c.dimension(d).name),
                 TableCell::plain(QString::number(m_c.profile.importance.at(static_cast<size_t>(d)), 'g', 3),
                                  Qt::AlignRight),
                 TableCell::plain(formatFit(m_c.fit(d, best)), Qt::AlignRight),
                 TableCell::plain(formatFit(m_c.fit(d, second)), Qt::AlignRight), contribution});
        }
        return table(m_flow, std::move(spec));
    }

    BlockPtr traitTable() const
    {
        // How far each trait moved the suggested in-house shares, summed over the dimensions it touches.
        std::map<int, std::pair<double, int>> byTrait;
        for (const DimensionFit &fit : m_c.result.dimensions)
            for (const TraitContribution &c : fit.drivers) {
                auto &entry = byTrait[c.trait];
                entry.first += c.points;
                ++entry.second;
            }
        std::vector<std::pair<int, std::pair<double, int>>> ordered(byTrait.begin(), byTrait.end());
        std::stable_sort(ordered.begin(), ordered.end(), [](const auto &a, const auto &b) {
            return std::abs(a.second.first) > std::abs(b.second.first);
        });
        if (ordered.empty())
            return body(
                tr("Every trait sits at its neutral value, so each dimension keeps its typical in-house share."));
        TableSpec spec;
        spec.style = m_table;
        spec.columnWeights = {46, 12, 20, 20, 20, 56};
        spec.header.push_back({TableCell::plain(tr("Trait")), TableCell::plain(tr("Value"), Qt::AlignRight),
                               TableCell::plain(tr("Dimensions affected"), Qt::AlignRight),
                               TableCell::plain(tr("Shift in total (points)"), Qt::AlignRight),
                               TableCell::plain(tr("Per dimension (points)"), Qt::AlignRight),
                               TableCell::plain(tr("Direction"))});
        const auto signedNumber = [](double value) {
            return (value > 0 ? QStringLiteral("+") : QString()) + formatDecimal(value, 1);
        };
        for (size_t i = 0; i < ordered.size() && i < 6; ++i) {
            const auto &[trait, effect] = ordered[i];
            const double total = effect.first;
            TableCell shift = TableCell::plain(signedNumber(total), Qt::AlignRight);
            shift.bold = true;
            spec.rows.push_back(
                {TableCell::plain(m_c.catalogue.traits.at(static_cast<size_t>(trait)).name),
                 TableCell::plain(QString::number(m_c.profile.traits.at(static_cast<size_t>(trait)), 'g', 3),
                                  Qt::AlignRight),
                 TableCell::plain(QString::number(effect.second), Qt::AlignRight), shift,
                 TableCell::plain(signedNumber(total / effect.second), Qt::AlignRight),
                 TableCell::plain(total >= 0 ? tr("towards keeping work in-house") : tr("towards the provider"))});
        }
        return table(m_flow, std::move(spec));
    }

    const ReportContent &m_c;
    Flow &m_flow;
    ReportFonts m_fonts;
    QFont m_body;
    QFont m_small;
    QFont m_h1;
    QFont m_h2;
    TableStyle m_table;
};

} // namespace

ReportLayout::ReportLayout(const ReportContent &content, QPaintDevice *device, const QPageLayout &pageLayout)
{
    const double dpi = device->logicalDpiY();
    const double pixelsPerPoint = dpi / 72.0;
    const auto mm = [dpi](double value) { return value * dpi / 25.4; };
    const QRectF paperPoints = pageLayout.fullRect(QPageLayout::Point);
    const QMarginsF deviceMargins = pageLayout.margins(QPageLayout::Millimeter);
    m_frame.dpi = dpi;
    m_frame.paper = QRectF(0, 0, paperPoints.width() * pixelsPerPoint, paperPoints.height() * pixelsPerPoint);
    // Our margins, but never inside what the printer cannot print (plus room for the header and footer).
    const double left = mm(std::max(kMarginSideMm, deviceMargins.left() + 4));
    const double right = mm(std::max(kMarginSideMm, deviceMargins.right() + 4));
    const double top = mm(std::max(kMarginTopMm, deviceMargins.top() + 12));
    const double bottom = mm(std::max(kMarginBottomMm, deviceMargins.bottom() + 10));
    m_frame.content = m_frame.paper.adjusted(left, top, -right, -bottom);
    const double headerBottom = std::max(mm(kHeaderBaselineMm), mm(deviceMargins.top() + 8));
    m_header = QRectF(left, headerBottom - mm(5), m_frame.content.width(), mm(5));
    const double footerTop =
        m_frame.paper.bottom() - std::max(mm(kFooterFromBottomMm), mm(deviceMargins.bottom() + 4)) - mm(4);
    m_footer = QRectF(left, footerTop, m_frame.content.width(), mm(5));

    Flow flow(device, m_frame);
    Composer composer(content, flow);
    const std::vector<BlockPtr> blocks = composer.compose();
    // Whatever the content, the layout ends: a block that cannot fit a page is cut, wrapped or split, and
    // should a loop still fail to make progress, this bound stops it with an error instead of filling a disk.
    flow.setPageLimit(pageBound(flow, blocks));
    try {
        placeBlocks(flow, blocks);
    } catch (const LayoutOverflow &overflow) {
        m_error = tr("the report would need more than %1 pages for its content; it was not written")
                      .arg(overflow.pageLimit);
        return;
    }
    m_pages = flow.takePages();
    addRunningHeaders(content, device);
}

void ReportLayout::addRunningHeaders(const ReportContent &content, QPaintDevice *device)
{
    const QFont small = reportFont(7.5);
    const QFontMetricsF metrics(small, device);
    const double mm = m_frame.dpi / 25.4;
    const int count = pageCount();
    for (int i = 0; i < count; ++i) {
        ReportPage &page = m_pages[static_cast<size_t>(i)];
        const double sectionWidth = std::min(metrics.horizontalAdvance(page.section) + 1, m_header.width() * 0.45);
        const QString section = metrics.elidedText(page.section, Qt::ElideRight, sectionWidth);
        const double titleWidth = m_header.width() - sectionWidth - 6 * mm;
        const QString title = metrics.elidedText(tr("Splitbench report · %1").arg(content.organisationName()),
                                                 Qt::ElideRight, titleWidth);

        const auto text = [&](const QRectF &rect, const QString &value, Qt::Alignment align) {
            page.items.push_back(ReportItem::makeText(rect, value, small, ink::muted, align));
        };
        const auto rule = [&](double y) {
            page.items.push_back(
                ReportItem::makeLine({m_header.left(), y}, {m_header.right(), y}, ink::rule, 0.25 * mm));
        };
        const double lineHeight = metrics.lineSpacing();
        const QRectF headerLine(m_header.left(), m_header.bottom() - lineHeight - 1.2 * mm, m_header.width(),
                                lineHeight);
        text(QRectF(headerLine.left(), headerLine.top(), titleWidth, lineHeight), title, Qt::AlignLeft);
        text(QRectF(headerLine.right() - sectionWidth, headerLine.top(), sectionWidth, lineHeight), section,
             Qt::AlignRight);
        rule(m_header.bottom());

        const QRectF footerLine(m_footer.left(), m_footer.top() + 1.2 * mm, m_footer.width(), lineHeight);
        rule(m_footer.top());
        const QString pageText = tr("Page %1 of %2").arg(QString::number(i + 1), QString::number(count));
        const double pageWidth = metrics.horizontalAdvance(pageText) + 1;
        const QString by = content.preparedBy.shortName();
        const QString footer = by.isEmpty() ? content.dateText()
                                            : tr("%1  ·  Prepared by %2 for %3").arg(content.dateText(), by, content.preparedFor());
        text(QRectF(footerLine.left(), footerLine.top(), footerLine.width() - pageWidth - 6 * mm, lineHeight),
             metrics.elidedText(footer, Qt::ElideRight, footerLine.width() - pageWidth - 6 * mm), Qt::AlignLeft);
        text(QRectF(footerLine.right() - pageWidth, footerLine.top(), pageWidth, lineHeight), pageText, Qt::AlignRight);
    }
}

} // namespace splitbench::report
