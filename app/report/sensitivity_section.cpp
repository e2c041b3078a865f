#include "sensitivity_section.h"

#include "bar_list_plot.h"
#include "model_palette.h"
#include "number_format.h"
#include "tornado_plot.h"

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
                                   QString::number(m_c.dimensionCount()), formatCount(s.monteCarlo.samples)),
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
        part.push_back(body(tr("No trait moves the margin of %1 over the best other model: it stays at %2 points "
                               "whatever the value of each trait.")
                                .arg(first, signedPoints(s.margin))));
    } else {
        part.push_back(note(
            tr("Each bar shows the margin of %1 over the best of the other models (whichever that is) while one "
               "trait moves from 0 to 100 and everything else stays as it is; the small 0 and 100 at its ends tell "
               "which end is which. Right of the dashed line %1 leads, left of it the model in the bar's colour "
               "takes over. The pale bar covers the whole range, the solid bar ±%2 points around the profile's "
               "value. The columns on the right give the margin with the trait at 0 and at 100.")
                .arg(first, formatValue(s.tornadoWindow))));
        part.push_back(tornadoChart(shown));
    }
    blocks.push_back(group(std::move(part)));
    if (!shown.empty() && !flat.isEmpty())
        blocks.push_back(note(tr("Not drawn because moving them does not change the margin: %1.").arg(joinNames(flat))));
}

BlockPtr SensitivitySection::tornadoChart(const std::vector<TornadoBar> &bars) const
{
    const SensitivityResult &s = *m_c.sensitivity;
    TornadoData data;
    data.bars = bars;
    for (const Trait &trait : m_c.catalogue.traits)
        data.traitNames << trait.name;
    data.margin = s.margin;
    data.window = s.tornadoWindow;
    data.first = s.recommended;
    data.second = s.runnerUp;
    for (int m = 0; m < m_c.modelCount(); ++m)
        data.modelNames << modelName(m);
    // The same chart as the workbench's Sensitivity tab, in the report's style; its items become the page's
    // own, so the layout's checks (nothing clipped, no text over text) cover it.
    const TornadoPlot plot(std::move(data), ChartStyle::paper(m_flow.frame().dpi), m_flow.frame().content.width(),
                           m_flow.device());
    return fixed(plot.naturalHeight(), [plot](Flow &flow, const QRectF &rect) {
        for (ReportItem &item : plot.items(rect))
            flow.add(std::move(item));
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
                            .arg(uncertaintyText(), formatCount(mc.samples), QString::number(mc.seed))));
    QStringList names;
    for (int m = 0; m < m_c.modelCount(); ++m)
        names << modelName(m);
    part.push_back(barRows(m_flow, winProbabilityRows(mc.winProbability, names, mc.reference), m_fonts.body,
                           QStringLiteral("100.0%")));
    part.push_back(body(mc.sentence));
    blocks.push_back(group(std::move(part)));
    if (mc.cheapestProbability.empty())
        return;

    std::vector<BlockPtr> cost;
    cost.push_back(h2(tr("How often each model costs least"), 30));
    cost.push_back(note(
        mc.priceUncertaintyPercent > 0
            ? tr("The share of the same variations in which each model has the lowest total cost over %1 months, "
                 "with each model's provider prices and the IT salary drawn at random within ±%2%. The prices are "
                 "typical figures to replace with real quotes.")
                  .arg(QString::number(mc.costTermMonths), formatValue(mc.priceUncertaintyPercent))
            : tr("The model with the lowest total cost over %1 months at today's prices (no price uncertainty was "
                 "set, so it costs least in every variation). The prices are typical figures to replace with real "
                 "quotes.")
                  .arg(QString::number(mc.costTermMonths))));
    cost.push_back(barRows(m_flow, winProbabilityRows(mc.cheapestProbability, names, mc.cheapestAtTodaysPrices),
                           m_fonts.body, QStringLiteral("100.0%")));
    cost.push_back(body(mc.costSentence));
    blocks.push_back(group(std::move(cost)));
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
    QStringList more;
    if (!s.changeToFlip.modelsSentence.isEmpty())
        more << s.changeToFlip.modelsSentence;
    for (const CostBreakevens &cost : s.changeToFlip.cost)
        more << cost.sentence;
    flips.push_back(body(s.changeToFlip.importanceSentence, more.isEmpty() ? 0 : 1.5));
    for (qsizetype i = 0; i < more.size(); ++i)
        flips.push_back(body(more[i], i + 1 < more.size() ? 1.5 : 3));
    blocks.push_back(group(std::move(flips)));
}

void SensitivitySection::reproduction(std::vector<BlockPtr> &blocks) const
{
    const MonteCarloResult &mc = m_c.sensitivity->monteCarlo;
    blocks.push_back(note(tr("About these figures: breakevens, the tornado and what would change the answer are "
                             "exact; the win probabilities come from a Monte Carlo run with %1 samples, seed %2. "
                             "The same profile, sample count and seed always give the same figures, for example "
                             "with: splitbench-cli sensitivity --profile FILE --samples %3 --seed %2")
                              .arg(formatCount(mc.samples), QString::number(mc.seed), QString::number(mc.samples)) +
                          (mc.priceUncertaintyPercent > 0
                               ? QStringLiteral(" --price-uncertainty ") + QString::number(mc.priceUncertaintyPercent)
                               : QString())));
}

} // namespace splitbench::report
