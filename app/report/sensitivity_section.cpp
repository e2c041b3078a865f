#include "sensitivity_section.h"

#include "chart_scale.h"
#include "model_palette.h"
#include "number_format.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <limits>

namespace splitbench::report {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("splitbench::report::SensitivitySection", text);
}

size_t at(int index)
{
    return static_cast<size_t>(index);
}

/// Tornado bars that move the margin by less than this (points) are listed in words instead of drawn.
constexpr double kNoSwing = 0.05;

/// A margin with its sign and one decimal: "+3.2", "-1.5", "0.0".
QString signedPoints(double value)
{
    const double rounded = std::round(value * 10.0) / 10.0;
    QString text = formatDecimal(rounded, 1);
    if (rounded > 0)
        text.prepend(u'+');
    return text;
}

/// "a", "a and b", "a, b and c".
QString joinNames(const QStringList &items)
{
    if (items.size() <= 1)
        return items.value(0);
    // Free functions get the namespace as their lupdate context, so that is where these are looked up.
    return QCoreApplication::translate("splitbench::report", "%1 and %2")
        .arg(items.mid(0, items.size() - 1).join(QCoreApplication::translate("splitbench::report", ", ")),
             items.constLast());
}

/// Distance from the profile's value of a trait to its nearest breakeven.
double nearestBreakeven(const TraitSweep &sweep)
{
    double nearest = std::numeric_limits<double>::infinity();
    for (const Breakeven &b : sweep.breakevens)
        nearest = std::min(nearest, std::abs(b.value - sweep.current));
    return nearest;
}

/// What a legend swatch looks like.
enum class Swatch { First, Second, Pale, Solid, Now, Tie };
} // namespace

SensitivitySection::SensitivitySection(const ReportContent &content, const Flow &flow, ReportFonts fonts)
    : m_c(content), m_flow(flow), m_fonts(std::move(fonts))
{}

QString SensitivitySection::modelName(int model) const
{
    return m_c.model(model).name;
}

QString SensitivitySection::traitName(int trait) const
{
    return m_c.catalogue.traits.at(at(trait)).name;
}

BlockPtr SensitivitySection::h2(const QString &text, double keep) const
{
    return heading(m_flow, text, m_fonts.h2, ink::accent, mm(5), mm(2.5), mm(keep));
}

BlockPtr SensitivitySection::body(const QString &text, double after) const
{
    return paragraph(m_flow, text, m_fonts.body, ink::text, mm(after));
}

BlockPtr SensitivitySection::note(const QString &text, double after) const
{
    return paragraph(m_flow, text, m_fonts.small, ink::muted, mm(after));
}

void SensitivitySection::compose(std::vector<BlockPtr> &blocks) const
{
    if (!m_c.sensitivity)
        return;
    const SensitivityResult &s = *m_c.sensitivity;
    blocks.push_back(pageBreak(tr("Sensitivity")));
    blocks.push_back(heading(m_flow, tr("How firm is the recommendation"), m_fonts.h1, ink::accent, 0, mm(5), mm(30),
                             true));
    blocks.push_back(body(tr("The recommendation rests on %1 traits and %2 importance weights, and each of them is "
                             "an estimate. This section moves them: one trait at a time from 0 to 100 with "
                             "everything else unchanged, and all of them together at random within the "
                             "uncertainty the profile states (%3 variations).")
                              .arg(QString::number(m_c.catalogue.traits.size()),
                                   QString::number(m_c.dimensionCount()), QString::number(s.monteCarlo.samples)),
                          4));
    tornado(blocks);
    winProbability(blocks);
    breakevens(blocks);
    headToHeadAndFlips(blocks);
    reproduction(blocks);
}

// ---- Tornado ----------------------------------------------------------------------------------------------

void SensitivitySection::tornado(std::vector<BlockPtr> &blocks) const
{
    const SensitivityResult &s = *m_c.sensitivity;
    const QString first = modelName(s.recommended);
    const QString second = modelName(s.runnerUp);
    std::vector<TornadoBar> shown;
    QStringList flat;
    for (const TornadoBar &bar : s.tornado) {
        if (bar.swing >= kNoSwing)
            shown.push_back(bar);
        else
            flat << traitName(bar.trait);
    }
    std::vector<BlockPtr> part;
    part.push_back(h2(tr("Which traits move the margin most"), 60));
    if (shown.empty()) {
        part.push_back(body(tr("No trait moves the margin between %1 and %2: it stays at %3 points whatever the "
                               "value of each trait.")
                                .arg(first, second, signedPoints(s.margin))));
    } else {
        part.push_back(note(
            tr("Each bar shows the margin of %1 over %2 while one trait moves from 0 to 100 and everything else "
               "stays as it is; the small 0 and 100 at its ends tell which end is which. Right of the dashed "
               "line %1 leads, left of it %2. The pale bar covers the whole range, the solid bar ±%3 points "
               "around the profile's value. The columns on the right give the margin with the trait at 0 and "
               "at 100.")
                .arg(first, second, formatValue(s.tornadoWindow))));
        part.push_back(tornadoChart(shown));
    }
    blocks.push_back(group(std::move(part)));
    if (!shown.empty() && !flat.isEmpty())
        blocks.push_back(note(tr("Not drawn because moving them does not change the margin: %1.").arg(joinNames(flat))));
}

BlockPtr SensitivitySection::tornadoChart(const std::vector<TornadoBar> &bars) const
{
    const SensitivityResult &s = *m_c.sensitivity;
    QPaintDevice *device = m_flow.device();
    const QFont nameFont = reportFont(8.5);
    const QFont small = reportFont(7);
    const QFont legendFont = reportFont(7.5);
    const QFontMetricsF nameMetrics(nameFont, device);
    const QFontMetricsF smallMetrics(small, device);
    const QFontMetricsF legendMetrics(legendFont, device);
    const double width = m_flow.frame().content.width();
    const double smallLine = smallMetrics.lineSpacing();

    // Columns from the left: trait names, room for the "0"/"100" end marks, the plot, room for end marks
    // again, then the margin with the trait at 0 and at 100. All x positions are relative to the block.
    double nameWidth = 0;
    for (const TornadoBar &bar : bars)
        nameWidth = std::max(nameWidth, nameMetrics.horizontalAdvance(traitName(bar.trait)));
    nameWidth = std::min(nameWidth, width * 0.28) + mm(3);
    const double endMark = smallMetrics.horizontalAdvance(QStringLiteral("100")) + mm(1.5);
    const QString atZero = tr("at 0");
    const QString atHundred = tr("at 100");
    const double valueWidth = std::max({smallMetrics.horizontalAdvance(QStringLiteral("-100.0")),
                                        smallMetrics.horizontalAdvance(atZero),
                                        smallMetrics.horizontalAdvance(atHundred)}) +
                              mm(3);
    const double plotLeft = nameWidth + endMark;
    const double plotRight = width - 2 * valueWidth - endMark;

    std::vector<TextLines> names;
    std::vector<double> rowHeights;
    double rowsHeight = 0;
    for (const TornadoBar &bar : bars) {
        names.push_back(wrapText(traitName(bar.trait), nameFont, nameWidth - mm(3), device));
        rowHeights.push_back(std::max(mm(6), names.back().height() + mm(1.5)));
        rowsHeight += rowHeights.back();
    }

    // The legend, entry after entry, wrapped onto as many lines as it needs.
    struct LegendEntry {
        Swatch swatch;
        QString text;
        double x = 0;
        int line = 0;
    };
    const QString first = modelName(s.recommended);
    const QString second = modelName(s.runnerUp);
    std::vector<LegendEntry> legend{
        {Swatch::First, tr("%1 ahead").arg(first)},
        {Swatch::Second, tr("%1 ahead").arg(second)},
        {Swatch::Pale, tr("trait from 0 to 100")},
        {Swatch::Solid, tr("±%1 around the profile's value").arg(formatValue(s.tornadoWindow))},
        {Swatch::Now, tr("margin now: %1").arg(signedPoints(s.margin))},
        {Swatch::Tie, tr("tie")},
    };
    const double swatchWidth = mm(5);
    const double legendLine = legendMetrics.lineSpacing() + mm(1);
    {
        double x = 0;
        int line = 0;
        for (LegendEntry &entry : legend) {
            // A name too long for one line is shortened rather than left to run off the page.
            entry.text = legendMetrics.elidedText(entry.text, Qt::ElideRight, width - swatchWidth - mm(2.5));
            const double entryWidth = swatchWidth + mm(1.5) + legendMetrics.horizontalAdvance(entry.text) + 1;
            if (x > 0 && x + entryWidth > width) {
                x = 0;
                ++line;
            }
            entry.x = x;
            entry.line = line;
            x += entryWidth + mm(5);
        }
    }
    const int legendLines = legend.back().line + 1;

    const TextLines axisTitle =
        wrapText(tr("Margin of %1 over %2 in points (0 = tie)").arg(first, second), small,
                 plotRight - plotLeft + 2 * endMark, device);
    const double headerHeight = smallLine + mm(1);
    const double axisHeight = mm(1) + smallLine;
    const double height = legendLines * legendLine + mm(2) + headerHeight + rowsHeight + axisHeight +
                          axisTitle.height() + mm(3);

    double low = std::min(0.0, s.margin);
    double high = std::max(0.0, s.margin);
    for (const TornadoBar &bar : bars) {
        low = std::min({low, bar.low, bar.high, bar.nearLow, bar.nearHigh});
        high = std::max({high, bar.low, bar.high, bar.nearLow, bar.nearHigh});
    }
    const int firstModel = s.recommended;
    const int secondModel = s.runnerUp;
    const QColor firstColor = modelColor(firstModel);
    const QColor secondColor = modelColor(secondModel);
    const double margin = s.margin;

    // Placed after this section object is gone: the drawing keeps copies of what it needs and measures
    // with the flow it is placed on.
    return fixed(height, [=](Flow &flow, const QRectF &rect) {
        const auto mm = [&flow](double value) { return flow.mm(value); };
        const double left = rect.left();
        double y = rect.top();

        for (const LegendEntry &entry : legend) {
            const double top = y + entry.line * legendLine;
            const QRectF box(left + entry.x, top + legendLine / 2 - mm(1.4), swatchWidth, mm(2.8));
            const double middle = box.center().y();
            switch (entry.swatch) {
            case Swatch::First:
                flow.addModelBox(box, firstColor, firstModel);
                break;
            case Swatch::Second:
                flow.addModelBox(box, secondColor, secondModel);
                break;
            case Swatch::Pale:
                flow.addBox(box, tint(ink::muted, 0.35), ink::muted, mm(0.15));
                break;
            case Swatch::Solid:
                flow.addBox(box.adjusted(0, box.height() / 4, 0, -box.height() / 4), ink::muted);
                break;
            case Swatch::Now:
                flow.addLine({box.center().x(), box.top() - mm(0.5)}, {box.center().x(), box.bottom() + mm(0.5)},
                             ink::text, mm(0.4));
                break;
            case Swatch::Tie:
                flow.addLine({box.center().x(), box.top() - mm(0.5)}, {box.center().x(), box.bottom() + mm(0.5)},
                             ink::muted, mm(0.3), Qt::DashLine);
                break;
            }
            const double textLeft = box.right() + mm(1.5);
            flow.addText(QRectF(textLeft, middle - legendMetrics.lineSpacing() / 2,
                                legendMetrics.horizontalAdvance(entry.text) + 1, legendMetrics.lineSpacing()),
                         entry.text, legendFont, ink::text);
        }
        y += legendLines * legendLine + mm(2);

        const double zeroColumn = left + width - 2 * valueWidth;
        const double hundredColumn = left + width - valueWidth;
        flow.addText(QRectF(zeroColumn, y, valueWidth, smallLine), atZero, small, ink::muted,
                     Qt::AlignRight | Qt::AlignVCenter);
        flow.addText(QRectF(hundredColumn, y, valueWidth, smallLine), atHundred, small, ink::muted,
                     Qt::AlignRight | Qt::AlignVCenter);
        y += headerHeight;

        const double rowsTop = y;
        const double rowsBottom = y + rowsHeight;
        const double span = plotRight - plotLeft;
        const ChartScale scale(low, high, left + plotLeft, left + plotRight,
                               std::max(2, static_cast<int>(span / mm(18))));
        const double zero = scale.toPixel(0);

        // Stripes first, then the grid, so bars and lines lie on top of them.
        {
            double rowTop = rowsTop;
            for (size_t i = 0; i < bars.size(); ++i) {
                if (i % 2 == 1)
                    flow.addBox(QRectF(left, rowTop, width, rowHeights[i]), ink::stripe);
                rowTop += rowHeights[i];
            }
        }
        for (double tick : scale.ticks()) {
            const double x = scale.toPixel(tick);
            flow.addLine({x, rowsTop}, {x, rowsBottom}, ink::rule, mm(0.15));
        }

        const double barHeight = mm(3.4);
        const auto segment = [&](double from, double to, double top, double h, bool pale) {
            // Left of zero the runner-up leads, right of it the recommendation.
            const double a = scale.toPixel(std::min(from, to));
            const double b = scale.toPixel(std::max(from, to));
            const auto fill = [&](double x0, double x1, const QColor &colour, int model) {
                if (x1 <= x0)
                    return;
                if (pale)
                    flow.addBox(QRectF(x0, top, x1 - x0, h), tint(colour, 0.35), colour, mm(0.15));
                else
                    flow.addModelBox(QRectF(x0, top, x1 - x0, h), colour, model);
            };
            fill(a, std::min(b, zero), secondColor, secondModel);
            fill(std::max(a, zero), b, firstColor, firstModel);
        };

        double rowTop = rowsTop;
        for (size_t i = 0; i < bars.size(); ++i) {
            const TornadoBar &bar = bars[i];
            const double h = rowHeights[i];
            const double centre = rowTop + h / 2;
            const TextLines &name = names[i];
            double ty = centre - name.height() / 2;
            for (const QString &line : name.lines) {
                flow.addText(QRectF(left, ty, nameWidth - mm(3), name.lineHeight), line, name.font, ink::text);
                ty += name.lineHeight;
            }

            segment(bar.low, bar.high, centre - barHeight / 2, barHeight, true);
            segment(bar.nearLow, bar.nearHigh, centre - barHeight / 4, barHeight / 2, false);

            // Which end of the bar has the trait at 0 and which at 100.
            const bool lowLeft = bar.low <= bar.high;
            const double a = scale.toPixel(std::min(bar.low, bar.high));
            const double b = scale.toPixel(std::max(bar.low, bar.high));
            const QRectF leftMark(a - endMark, centre - smallLine / 2, endMark - mm(0.8), smallLine);
            const QRectF rightMark(b + mm(0.8), centre - smallLine / 2, endMark - mm(0.8), smallLine);
            flow.addText(leftMark, lowLeft ? QStringLiteral("0") : QStringLiteral("100"), small, ink::muted,
                         Qt::AlignRight | Qt::AlignVCenter);
            flow.addText(rightMark, lowLeft ? QStringLiteral("100") : QStringLiteral("0"), small, ink::muted,
                         Qt::AlignLeft | Qt::AlignVCenter);

            flow.addText(QRectF(zeroColumn, centre - smallLine / 2, valueWidth, smallLine), signedPoints(bar.low),
                         small, ink::text, Qt::AlignRight | Qt::AlignVCenter);
            flow.addText(QRectF(hundredColumn, centre - smallLine / 2, valueWidth, smallLine),
                         signedPoints(bar.high), small, ink::text, Qt::AlignRight | Qt::AlignVCenter);
            rowTop += h;
        }

        flow.addLine({zero, rowsTop}, {zero, rowsBottom}, ink::muted, mm(0.3), Qt::DashLine);
        const double now = scale.toPixel(margin);
        flow.addLine({now, rowsTop}, {now, rowsBottom}, ink::text, mm(0.4));
        flow.addLine({left + plotLeft - endMark, rowsBottom}, {left + plotRight + endMark, rowsBottom}, ink::muted,
                     mm(0.2));

        // Tick labels, kept inside the plot's band so none runs into the value columns.
        const QLocale english(QLocale::English, QLocale::UnitedKingdom);
        const double labelTop = rowsBottom + mm(1);
        for (double tick : scale.ticks()) {
            const QString label = scale.tickLabel(tick, true, english);
            const double w = smallMetrics.horizontalAdvance(label) + 1;
            const double x = std::clamp(scale.toPixel(tick) - w / 2, left + plotLeft - endMark,
                                        left + plotRight + endMark - w);
            flow.addText(QRectF(x, labelTop, w, smallLine), label, small, ink::muted, Qt::AlignLeft | Qt::AlignVCenter);
        }
        double titleTop = labelTop + smallLine;
        const double titleCentre = left + (plotLeft + plotRight) / 2;
        for (size_t i = 0; i < axisTitle.lines.size(); ++i) {
            const double w = axisTitle.widths[i] + 1;
            flow.addText(QRectF(titleCentre - w / 2, titleTop, w, axisTitle.lineHeight), axisTitle.lines[i],
                         axisTitle.font, ink::muted, Qt::AlignLeft | Qt::AlignVCenter);
            titleTop += axisTitle.lineHeight;
        }
    });
}

// ---- Monte Carlo ------------------------------------------------------------------------------------------

void SensitivitySection::winProbability(std::vector<BlockPtr> &blocks) const
{
    const MonteCarloResult &mc = m_c.sensitivity->monteCarlo;
    std::vector<BlockPtr> part;
    part.push_back(h2(tr("How often each model comes out on top"), 30));
    part.push_back(note(tr("Win probability: the share of variations of the profile, drawn at random within %1, in "
                           "which each model has the best overall fit. Monte Carlo: %2 samples, seed %3.")
                            .arg(uncertaintyText(), QString::number(mc.samples), QString::number(mc.seed))));
    std::vector<BarRow> rows;
    for (int m = 0; m < static_cast<int>(mc.winProbability.size()); ++m) {
        const double p = mc.winProbability[at(m)];
        rows.push_back({modelName(m), p * 100.0, formatPercentage(p), modelColor(m), m == mc.reference, m});
    }
    part.push_back(barRows(m_flow, std::move(rows), m_fonts.body, QStringLiteral("100.0%")));
    part.push_back(body(mc.sentence));
    blocks.push_back(group(std::move(part)));
}

QString SensitivitySection::uncertaintyText() const
{
    // The same values the analysis used: missing entries get the default, everything is clamped.
    const size_t traits = m_c.catalogue.traits.size();
    double lowest = std::numeric_limits<double>::infinity();
    double highest = 0;
    for (size_t t = 0; t < traits; ++t) {
        const double u = std::clamp(t < m_c.profile.traitUncertainty.size() ? m_c.profile.traitUncertainty[t]
                                                                             : Profile::kDefaultUncertainty,
                                    0.0, Profile::kMaxUncertainty);
        lowest = std::min(lowest, u);
        highest = std::max(highest, u);
    }
    const QString importance = formatValue(std::clamp(m_c.profile.importanceUncertainty, 0.0, 1.0) * 100.0);
    if (traits == 0 || lowest == highest)
        return tr("±%1 points for every trait and ±%2% for every importance weight")
            .arg(formatValue(traits == 0 ? 0.0 : lowest), importance);
    return tr("±%1 to ±%2 points per trait and ±%3% for every importance weight")
        .arg(formatValue(lowest), formatValue(highest), importance);
}

// ---- Breakevens -------------------------------------------------------------------------------------------

void SensitivitySection::breakevens(std::vector<BlockPtr> &blocks) const
{
    const SensitivityResult &s = *m_c.sensitivity;
    std::vector<const TraitSweep *> flipping;
    QStringList steady;
    for (const TraitSweep &sweep : s.sweeps) {
        if (sweep.breakevens.empty())
            steady << traitName(sweep.trait);
        else
            flipping.push_back(&sweep);
    }
    // The breakeven closest to the profile matters most.
    std::stable_sort(flipping.begin(), flipping.end(), [](const TraitSweep *a, const TraitSweep *b) {
        return nearestBreakeven(*a) < nearestBreakeven(*b);
    });

    blocks.push_back(h2(tr("Breakevens: where one trait changes the answer"), 20));
    if (flipping.empty()) {
        blocks.push_back(body(tr("No single trait changes the answer: moved anywhere from 0 to 100 with everything "
                                 "else as it is, none of the %1 traits lets another model overtake %2.")
                                  .arg(QString::number(s.sweeps.size()), modelName(s.recommended))));
        return;
    }
    blocks.push_back(note(tr("Each trait moved on its own from 0 to 100, everything else unchanged; the closest "
                             "breakeven first.")));
    for (const TraitSweep *sweep : flipping)
        blocks.push_back(body(sweep->sentence, 1.5));
    if (!steady.isEmpty())
        blocks.push_back(note(tr("No breakeven for the other traits: %1 stays ahead whatever the value of %2.")
                                  .arg(modelName(s.recommended), joinNames(steady)),
                              3));
    else
        blocks.push_back(spacer(mm(1.5)));
}

// ---- Head to head, what would change the answer, reproduction ---------------------------------------------

void SensitivitySection::headToHeadAndFlips(std::vector<BlockPtr> &blocks) const
{
    const SensitivityResult &s = *m_c.sensitivity;
    std::vector<BlockPtr> h2h;
    h2h.push_back(h2(tr("Head to head: %1 and %2").arg(modelName(s.headToHead.first), modelName(s.headToHead.second)),
                     15));
    h2h.push_back(body(s.headToHead.firstSentence, 1.5));
    h2h.push_back(body(s.headToHead.secondSentence));
    blocks.push_back(group(std::move(h2h)));

    std::vector<BlockPtr> flips;
    flips.push_back(h2(tr("What would change the answer"), 15));
    flips.push_back(body(s.changeToFlip.traitSentence, 1.5));
    flips.push_back(body(s.changeToFlip.importanceSentence));
    blocks.push_back(group(std::move(flips)));
}

void SensitivitySection::reproduction(std::vector<BlockPtr> &blocks) const
{
    const MonteCarloResult &mc = m_c.sensitivity->monteCarlo;
    blocks.push_back(note(tr("About these figures: breakevens, the tornado and what would change the answer are "
                             "exact; the win probabilities come from a Monte Carlo run with %1 samples, seed %2. "
                             "The same profile, sample count and seed always give the same figures, for example "
                             "with: splitbench-cli sensitivity --profile FILE --samples %1 --seed %2")
                              .arg(QString::number(mc.samples), QString::number(mc.seed))));
}

} // namespace splitbench::report
