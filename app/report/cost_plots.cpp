#include "cost_plots.h"

#include "chart_scale.h"
#include "model_palette.h"
#include "number_format.h"
#include "report_flow.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLineF>

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>

namespace splitbench::report {

// The texts use QCoreApplication::translate() with the class's context written out, so lupdate files them
// under the plot that prints them (two plots and the data share this file).

QString costComponentName(CostComponent component)
{
    switch (component) {
    case CostComponent::ProviderFees:
        return QCoreApplication::translate("splitbench::report::CostComponentsPlot", "Provider fees");
    case CostComponent::Modules:
        return QCoreApplication::translate("splitbench::report::CostComponentsPlot", "Modules");
    case CostComponent::Onboarding:
        return QCoreApplication::translate("splitbench::report::CostComponentsPlot", "Onboarding");
    case CostComponent::Staff:
        return QCoreApplication::translate("splitbench::report::CostComponentsPlot", "In-house staff");
    case CostComponent::Contractor:
        return QCoreApplication::translate("splitbench::report::CostComponentsPlot", "Contractor hours");
    case CostComponent::Tools:
        return QCoreApplication::translate("splitbench::report::CostComponentsPlot", "Tools");
    case CostComponent::Recruiting:
        return QCoreApplication::translate("splitbench::report::CostComponentsPlot", "Recruiting");
    }
    return {};
}

double costComponentValue(const CostBreakdown &cost, CostComponent component)
{
    switch (component) {
    case CostComponent::ProviderFees:
        return cost.providerFees;
    case CostComponent::Modules:
        return cost.modules;
    case CostComponent::Onboarding:
        return cost.onboarding;
    case CostComponent::Staff:
        return cost.staff;
    case CostComponent::Contractor:
        return cost.contractor;
    case CostComponent::Tools:
        return cost.tools;
    case CostComponent::Recruiting:
        return cost.recruiting;
    }
    return 0;
}

// ---- The data --------------------------------------------------------------------------------------------

CostChartData CostChartData::make(const Catalogue &catalogue, const Profile &profile, const FitResult &result,
                                  std::optional<int> termMonths)
{
    const CostModel model = CostModel::forProfile(catalogue, profile);
    CostChartData data;
    data.currency = model.organisation().currency;
    data.users = model.organisation().users;
    data.itStaffFte = model.organisation().itStaffFte;
    data.costs = model.costs(termMonths);
    for (const ServiceModel &service : catalogue.models)
        data.modelNames.push_back(service.name);
    data.modelNames.resize(data.costs.size());
    data.fits = result.overall;
    data.fits.resize(data.costs.size(), 0.0);
    data.front = valueForMoneyFront(data.fits, data.costs);
    data.recommended = result.isTie() ? -1 : result.recommended;
    return data;
}

QString CostChartData::modelName(int model) const
{
    return model >= 0 && model < static_cast<int>(modelNames.size()) ? modelNames[static_cast<size_t>(model)]
                                                                      : QString();
}

std::vector<double> CostChartData::totals() const
{
    std::vector<double> result;
    result.reserve(costs.size());
    for (const CostBreakdown &cost : costs)
        result.push_back(cost.total());
    return result;
}

int CostChartData::commonTerm() const
{
    if (costs.empty())
        return 0;
    for (const CostBreakdown &cost : costs)
        if (cost.termMonths != costs.front().termMonths)
            return 0;
    return costs.front().termMonths;
}

QString CostChartData::costAxisTitle() const
{
    const int term = commonTerm();
    if (term > 0)
        return QCoreApplication::translate("splitbench::report::CostComponentsPlot", "Total cost over %1 months (%2)")
            .arg(QString::number(term), currency);
    return QCoreApplication::translate("splitbench::report::CostComponentsPlot",
                                       "Total cost over each model's contract term (%1)")
        .arg(currency);
}

QString CostChartData::frontNames() const
{
    QStringList names;
    for (int m = 0; m < modelCount(); ++m)
        if (m < static_cast<int>(front.size()) && front[static_cast<size_t>(m)])
            names << modelName(m);
    if (names.size() <= 1)
        return names.value(0);
    const QString last = names.takeLast();
    return QCoreApplication::translate("splitbench::report::ValueForMoneyPlot", "%1 and %2")
        .arg(names.join(QStringLiteral(", ")), last);
}

std::vector<CostTableRow> costTableRows(const CostChartData &data)
{
    std::vector<CostTableRow> rows;
    const auto add = [&](const QString &label, CostTableRow::Kind kind, const auto &value, bool total = false) {
        CostTableRow row{label, kind, {}, total};
        for (const CostBreakdown &cost : data.costs)
            row.values.push_back(value(cost));
        rows.push_back(std::move(row));
    };
    using Kind = CostTableRow::Kind;
    for (int c = 0; c < kCostComponentCount; ++c) {
        const auto component = static_cast<CostComponent>(c);
        add(costComponentName(component), Kind::Money,
            [component](const CostBreakdown &cost) { return costComponentValue(cost, component); });
    }
    add(QCoreApplication::translate("splitbench::report::CostSection", "Total over the term"), Kind::Money,
        [](const CostBreakdown &cost) { return cost.total(); }, true);
    add(QCoreApplication::translate("splitbench::report::CostSection", "Per year"), Kind::Money,
        [](const CostBreakdown &cost) { return cost.perYear(); });
    const double users = data.users;
    add(QCoreApplication::translate("splitbench::report::CostSection", "Per user and month"), Kind::MoneyWithCents,
        [users](const CostBreakdown &cost) { return cost.perUserPerMonth(users); });
    add(QCoreApplication::translate("splitbench::report::CostSection", "In-house IT FTE needed"), Kind::Fte,
        [](const CostBreakdown &cost) { return cost.fteNeeded; });
    const double today = data.itStaffFte;
    add(QCoreApplication::translate("splitbench::report::CostSection", "IT staff today (FTE)"), Kind::Fte,
        [today](const CostBreakdown &) { return today; });
    add(QCoreApplication::translate("splitbench::report::CostSection", "FTE to hire"), Kind::Fte,
        [](const CostBreakdown &cost) { return cost.fteToHire; });
    add(QCoreApplication::translate("splitbench::report::CostSection", "Contractor hours per year"), Kind::Hours,
        [](const CostBreakdown &cost) { return cost.contractorHoursPerYear; });
    return rows;
}

QString costTableText(const CostChartData &data, const CostTableRow &row, double value)
{
    switch (row.kind) {
    case CostTableRow::Kind::Money:
        return formatMoney(value, data.currency);
    case CostTableRow::Kind::MoneyWithCents:
        return formatMoney(value, data.currency, 2);
    case CostTableRow::Kind::Fte:
        return formatDecimal(value, 1);
    case CostTableRow::Kind::Hours:
        return formatCount(static_cast<qint64>(std::llround(value)));
    }
    return {};
}

// ---- Shared pieces ---------------------------------------------------------------------------------------

namespace {

/// A linear scale whose tick labels (money or numbers) do not touch: as many ticks as the labels allow. Each
/// label is centred on its tick and moved inwards to stay within `boundLeft`..`boundRight`, as drawn.
ChartScale readableScale(double low, double high, double from, double to,
                         const std::function<QString(double)> &label, const QFontMetricsF &metrics, double gap,
                         int mostTicks, double boundLeft, double boundRight)
{
    for (int target = std::max(1, mostTicks); target > 1; --target) {
        ChartScale scale(low, high, from, to, target);
        double previousRight = -1e300;
        bool apart = true;
        for (double tick : scale.ticks()) {
            const double w = metrics.horizontalAdvance(label(tick)) + 1;
            const double left = std::clamp(scale.toPixel(tick) - w / 2, boundLeft, std::max(boundLeft, boundRight - w));
            apart = apart && left >= previousRight + gap;
            previousRight = left + w;
        }
        if (apart)
            return scale;
    }
    return ChartScale(low, high, from, to, 1);
}

/// A legend entry: a swatch (drawn by the caller) and its text, wrapping onto as many lines as needed.
struct LegendPlace {
    double x = 0;
    int line = 0;
    TextLines text;
};

/// Places entries of `swatch + gap + text` left to right, starting a new line when one would pass `width`.
/// Texts wider than a line are wrapped; returns the total height.
double placeLegend(std::vector<LegendPlace> &places, const std::vector<QString> &texts, const QFont &font,
                   double width, double swatch, double gap, double after, QPaintDevice *device)
{
    const QFontMetricsF metrics(font, device);
    const double lineHeight = std::max(metrics.height(), swatch) + gap / 2;
    double x = 0;
    double y = 0;
    double rowHeight = 0;
    int line = 0;
    places.clear();
    for (const QString &text : texts) {
        const double room = std::max(width - swatch - gap, metrics.averageCharWidth() * 4);
        TextLines lines = wrapText(text, font, room, device, 4);
        double textWidth = 0;
        for (double w : lines.widths)
            textWidth = std::max(textWidth, w);
        const double entry = swatch + gap + textWidth + 1;
        if (x > 0 && x + entry > width) {
            y += rowHeight;
            x = 0;
            rowHeight = 0;
            ++line;
        }
        LegendPlace place;
        place.x = x;
        place.line = line;
        place.text = std::move(lines);
        rowHeight = std::max(rowHeight, std::max(lineHeight, place.text.height() + gap / 2));
        places.push_back(std::move(place));
        x += entry + after;
    }
    return places.empty() ? 0.0 : y + rowHeight;
}

/// The y of each legend line (they differ when a wrapped entry makes its line taller).
std::vector<double> legendLineTops(const std::vector<LegendPlace> &places, double top, double swatch, double gap,
                                   const QFontMetricsF &metrics)
{
    std::vector<double> tops;
    double y = top;
    double rowHeight = 0;
    int line = 0;
    for (const LegendPlace &place : places) {
        if (place.line != line) {
            y += rowHeight;
            rowHeight = 0;
            line = place.line;
        }
        if (tops.size() <= static_cast<size_t>(line))
            tops.push_back(y);
        rowHeight = std::max(rowHeight, std::max(std::max(metrics.height(), swatch) + gap / 2,
                                                 place.text.height() + gap / 2));
    }
    return tops;
}

} // namespace

// ---- Stacked components ----------------------------------------------------------------------------------

struct CostComponentsPlot::Layout {
    double legendHeight = 0;
    std::vector<LegendPlace> legend;
    double nameWidth = 0;
    std::vector<TextLines> names;
    std::vector<double> rowHeights;
    double rowsHeight = 0;
    double axisHeight = 0;
    TextLines axisTitle;
    double naturalHeight = 0;
};

CostComponentsPlot::CostComponentsPlot(const CostChartData &data, ChartStyle style, QPaintDevice *device)
    : m_data(data), m_style(std::move(style)), m_device(device)
{
    for (int c = 0; c < kCostComponentCount; ++c) {
        const bool present = std::any_of(m_data.costs.begin(), m_data.costs.end(), [c](const CostBreakdown &cost) {
            return costComponentValue(cost, static_cast<CostComponent>(c)) > 0;
        });
        if (present)
            m_components.push_back(c);
    }
    QFont bold = m_style.font;
    bold.setBold(true);
    const QFontMetricsF small(m_style.smallFont, m_device);
    const QFontMetricsF boldMetrics(bold, m_device);
    const QFontMetricsF legend(m_style.legendFont, m_device);
    for (int m = 0; m < m_data.modelCount(); ++m) {
        m_totalLabels.push_back(formatMoney(m_data.costs[static_cast<size_t>(m)].total(), m_data.currency));
        m_widestTotal = std::max(m_widestTotal, boldMetrics.horizontalAdvance(m_totalLabels.back()) + 1);
        m_widestName = std::max(m_widestName, boldMetrics.horizontalAdvance(m_data.modelName(m)) + 1);
    }
    m_smallLine = small.height();
    m_line = boldMetrics.height();
    m_legendLine = legend.height();
}

CostComponentsPlot::Layout CostComponentsPlot::layout(const QRectF &rect, std::vector<ReportItem> *items,
                                                      std::vector<CostChartHit> *hits) const
{
    const ChartStyle &s = m_style;
    const auto px = [&s](double screenPixels) { return s.mm(screenPixels * 25.4 / 96.0); };
    Layout l;
    const double width = std::max(rect.width(), px(120));
    const double swatch = std::min(m_legendLine * 0.8, px(12));
    std::vector<QString> legendTexts;
    for (int c : m_components)
        legendTexts.push_back(costComponentName(static_cast<CostComponent>(c)));
    l.legendHeight = placeLegend(l.legend, legendTexts, s.legendFont, width, swatch, px(5), px(14), m_device);
    if (l.legendHeight > 0)
        l.legendHeight += px(6);

    QFont bold = s.font;
    bold.setBold(true);
    // Names wrap rather than being cut: a narrow chart gives them a larger share of its width.
    const double share = width < px(520) ? std::max(s.nameShare, 0.45) : s.nameShare;
    l.nameWidth = std::min(m_widestName + px(10), width * share);
    const double barHeight = std::max(px(14), m_line * 1.1);
    for (int m = 0; m < m_data.modelCount(); ++m) {
        l.names.push_back(wrapText(m_data.modelName(m), m == m_data.recommended ? bold : s.font,
                                   l.nameWidth - px(8), m_device, 12));
        l.rowHeights.push_back(std::max(barHeight + px(8), l.names.back().height() + px(6)));
        l.rowsHeight += l.rowHeights.back();
    }
    l.axisTitle = wrapText(m_data.costAxisTitle(), s.smallFont, width - l.nameWidth, m_device, 3);
    l.axisHeight = px(4) + m_smallLine + px(4) + l.axisTitle.height();
    l.naturalHeight = l.legendHeight + l.rowsHeight + l.axisHeight + px(2);
    if (!items && !hits)
        return l;

    ChartCanvas canvas(s);
    const QFontMetricsF legendMetrics(s.legendFont, m_device);
    const QFontMetricsF small(s.smallFont, m_device);

    // The legend.
    const std::vector<double> tops = legendLineTops(l.legend, rect.top(), swatch, px(5), legendMetrics);
    for (size_t i = 0; i < l.legend.size(); ++i) {
        const LegendPlace &place = l.legend[i];
        const double top = tops[static_cast<size_t>(place.line)];
        const double x = rect.left() + place.x;
        const double textTop = top + px(1);
        const QRectF box(x, textTop + (place.text.lineHeight - swatch) / 2, swatch, swatch);
        const int c = m_components[i];
        canvas.addBox(box, costComponentColor(c, s.tone));
        const Qt::BrushStyle pattern = costComponentPattern(c);
        if (pattern != Qt::NoBrush)
            canvas.add(ReportItem::makeHatch(box, pattern, s.hatch, s.hatchWidth));
        canvas.addLines(place.text, x + swatch + px(5), textTop, place.text.widest() + 1, s.text);
    }

    // The rows share any spare height.
    const double plotLeft = rect.left() + l.nameWidth;
    const double plotRight = std::max(plotLeft + px(40), rect.right() - m_widestTotal - px(6));
    const double rowsTop = rect.top() + l.legendHeight;
    const double spare = std::max(0.0, rect.height() - l.naturalHeight);
    const double extra = m_data.modelCount() > 0 ? spare / m_data.modelCount() : 0.0;
    const double rowsBottom = rowsTop + l.rowsHeight + extra * m_data.modelCount();

    double highest = 0;
    for (const CostBreakdown &cost : m_data.costs)
        highest = std::max(highest, cost.total());
    const QString currency = m_data.currency;
    const auto money = [currency](double value) { return formatMoney(value, currency); };
    const ChartScale scale = readableScale(0, std::max(highest, 1.0), plotLeft, plotRight, money, small, px(12),
                                           std::max(2, static_cast<int>((plotRight - plotLeft) / px(60))), rect.left(),
                                           rect.right());

    // Stripes first, then the grid over them, then the bars.
    {
        double stripeY = rowsTop;
        for (int m = 0; m < m_data.modelCount(); ++m) {
            const double h = l.rowHeights[static_cast<size_t>(m)] + extra;
            if (m % 2 == 1)
                canvas.addBox(QRectF(rect.left(), stripeY, rect.width(), h), s.stripe);
            stripeY += h;
        }
    }
    for (double tick : scale.ticks()) {
        const double x = scale.toPixel(tick);
        canvas.addLine({x, rowsTop}, {x, rowsBottom}, s.rule, px(1));
        const QString label = money(tick);
        const double w = small.horizontalAdvance(label) + 1;
        canvas.addText(QRectF(std::clamp(x - w / 2, rect.left(), rect.right() - w), rowsBottom + px(4), w, m_smallLine),
                       label, s.smallFont, s.muted);
    }
    canvas.addLines(l.axisTitle, plotLeft, rowsBottom + px(8) + m_smallLine, rect.right() - plotLeft, s.muted);

    QFont boldFont = s.font;
    boldFont.setBold(true);
    double y = rowsTop;
    for (int m = 0; m < m_data.modelCount(); ++m) {
        const double h = l.rowHeights[static_cast<size_t>(m)] + extra;
        const TextLines &name = l.names[static_cast<size_t>(m)];
        canvas.addLines(name, rect.left(), y + (h - name.height()) / 2, l.nameWidth - px(8), s.text);
        const CostBreakdown &cost = m_data.costs[static_cast<size_t>(m)];
        const double barTop = y + (h - barHeight) / 2;
        double sum = 0;
        for (int c : m_components) {
            const double value = costComponentValue(cost, static_cast<CostComponent>(c));
            if (value <= 0)
                continue;
            const double x0 = scale.toPixel(sum);
            sum += value;
            const double x1 = scale.toPixel(sum);
            const QRectF segment(x0, barTop, std::max(x1 - x0, 0.5), barHeight);
            canvas.addBox(segment, costComponentColor(c, s.tone));
            const Qt::BrushStyle pattern = costComponentPattern(c);
            if (pattern != Qt::NoBrush && segment.width() > s.mm(0.8))
                canvas.add(ReportItem::makeHatch(segment, pattern, s.hatch, s.hatchWidth));
            if (x0 > plotLeft + 0.5) // a hairline in the background colour between neighbouring segments
                canvas.addLine({x0, barTop}, {x0, barTop + barHeight}, s.background, px(1));
            if (hits)
                hits->push_back({segment, m, c,
                                 QCoreApplication::translate("splitbench::report::CostComponentsPlot", "%1 — %2: %3")
                                     .arg(m_data.modelName(m), costComponentName(static_cast<CostComponent>(c)),
                                          formatMoney(value, currency))});
        }
        const double end = scale.toPixel(sum);
        const QString &total = m_totalLabels[static_cast<size_t>(m)];
        const QRectF totalRect(end + px(4), y + (h - m_line) / 2, m_widestTotal, m_line);
        // The total on the row's own colour, so a grid line behind it does not cross its digits.
        const QRectF totalBack(totalRect.left() - px(2), totalRect.top(), totalRect.width() + px(2), totalRect.height());
        canvas.addBox(totalBack, s.background);
        if (m % 2 == 1)
            canvas.addBox(totalBack, s.stripe);
        canvas.addText(totalRect, total, m == m_data.recommended ? boldFont : s.font, s.text);
        if (hits)
            hits->push_back({QRectF(plotLeft, barTop, end - plotLeft, barHeight).united(totalRect), m, -1,
                             QCoreApplication::translate("splitbench::report::CostComponentsPlot",
                                                         "%1: %2 in total, %3 per year")
                                 .arg(m_data.modelName(m), total, formatMoney(cost.perYear(), currency))});
        y += h;
    }
    canvas.addLine({plotLeft, rowsTop}, {plotLeft, rowsBottom}, s.muted, px(1));
    if (items)
        *items = canvas.takeItems();
    return l;
}

std::vector<ReportItem> CostComponentsPlot::items(const QRectF &rect) const
{
    std::vector<ReportItem> result;
    if (m_data.modelCount() > 0)
        layout(rect, &result, nullptr);
    return result;
}

std::vector<CostChartHit> CostComponentsPlot::hits(const QRectF &rect) const
{
    std::vector<CostChartHit> result;
    if (m_data.modelCount() > 0)
        layout(rect, nullptr, &result);
    // Segments first: they are smaller than the whole bar, so a hit test takes the first that contains.
    std::stable_partition(result.begin(), result.end(), [](const CostChartHit &hit) { return hit.component >= 0; });
    return result;
}

void CostComponentsPlot::paint(QPainter &painter, const QRectF &rect) const
{
    paintItems(painter, items(rect));
}

double CostComponentsPlot::naturalHeight(double width) const
{
    return layout(QRectF(0, 0, width, 0), nullptr, nullptr).naturalHeight;
}

double CostComponentsPlot::minimumHeight() const
{
    return naturalHeight(m_style.mm(160));
}

// ---- Value for money -------------------------------------------------------------------------------------

ValueForMoneyPlot::ValueForMoneyPlot(const CostChartData &data, ChartStyle style, QPaintDevice *device)
    : m_data(data), m_style(std::move(style)), m_device(device)
{
    m_smallLine = QFontMetricsF(m_style.smallFont, m_device).height();
    m_line = QFontMetricsF(m_style.font, m_device).height();
    m_legendLine = QFontMetricsF(m_style.legendFont, m_device).height();
}

namespace {
QString frontLegendText()
{
    return QCoreApplication::translate("splitbench::report::ValueForMoneyPlot",
                                       "Value for money: no other model fits as well for less");
}
QString otherLegendText()
{
    return QCoreApplication::translate("splitbench::report::ValueForMoneyPlot",
                                       "Another model fits at least as well for no more");
}
} // namespace

double ValueForMoneyPlot::naturalHeight(double width) const
{
    const auto px = [this](double screenPixels) { return m_style.mm(screenPixels * 25.4 / 96.0); };
    std::vector<LegendPlace> legend;
    // As build() lays it out: the swatch is the ringed mark, 2 × (5 + 3) pixels at 96 dpi.
    const double legendHeight = placeLegend(legend, {frontLegendText(), otherLegendText()}, m_style.legendFont,
                                            width - px(1), px(16), px(5), px(14), m_device);
    return legendHeight + std::clamp(width * 0.55, m_style.mm(55), m_style.mm(110));
}

double ValueForMoneyPlot::minimumHeight() const
{
    return naturalHeight(m_style.mm(120)) - m_style.mm(55) + m_style.mm(40);
}

std::vector<ReportItem> ValueForMoneyPlot::items(const QRectF &rect) const
{
    return build(rect, nullptr);
}

std::vector<CostChartHit> ValueForMoneyPlot::hits(const QRectF &rect) const
{
    std::vector<CostChartHit> result;
    build(rect, &result);
    return result;
}

void ValueForMoneyPlot::paint(QPainter &painter, const QRectF &rect) const
{
    paintItems(painter, items(rect));
}

std::vector<ReportItem> ValueForMoneyPlot::build(const QRectF &rect, std::vector<CostChartHit> *hits) const
{
    const int count = m_data.modelCount();
    if (count == 0 || rect.width() <= 0 || rect.height() <= 0)
        return {};
    const ChartStyle &s = m_style;
    const auto px = [&s](double screenPixels) { return s.mm(screenPixels * 25.4 / 96.0); };
    ChartCanvas canvas(s);
    const QFontMetricsF small(s.smallFont, m_device);
    const QFontMetricsF legendMetrics(s.legendFont, m_device);
    const double radius = px(5);
    const double ring = radius + px(3);

    const auto frontMark = [&](QPointF centre, const QColor &colour) {
        canvas.add(ReportItem::makeEllipse(QRectF(centre.x() - ring, centre.y() - ring, 2 * ring, 2 * ring), {},
                                           s.text, px(1.3)));
        canvas.add(ReportItem::makeEllipse(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
                                           colour, s.background, px(1)));
    };
    const auto otherMark = [&](QPointF centre, const QColor &colour) {
        canvas.add(ReportItem::makeEllipse(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
                                           s.background, colour, px(2.2)));
    };

    // The legend: what the two marks mean.
    std::vector<LegendPlace> legend;
    const double swatch = 2 * ring;
    const double legendHeight = placeLegend(legend, {frontLegendText(), otherLegendText()}, s.legendFont,
                                            rect.width() - px(1), swatch, px(5), px(14), m_device);
    const std::vector<double> tops = legendLineTops(legend, rect.top(), swatch, px(5), legendMetrics);
    for (size_t i = 0; i < legend.size(); ++i) {
        const LegendPlace &place = legend[i];
        const double top = tops[static_cast<size_t>(place.line)];
        // A pixel in from the edge, so the ring's line is not cut off.
        const QPointF centre(rect.left() + px(1) + place.x + ring, top + std::max(place.text.lineHeight, swatch) / 2);
        if (i == 0)
            frontMark(centre, s.muted);
        else
            otherMark(centre, s.muted);
        canvas.addLines(place.text, rect.left() + px(1) + place.x + swatch + px(5),
                        centre.y() - place.text.lineHeight / 2, place.text.widest() + 1, s.text);
    }

    // Axes: fit up the side, money along the bottom.
    const std::vector<double> totals = m_data.totals();
    double lowFit = 100, highFit = 0, lowCost = totals.front(), highCost = totals.front();
    for (int m = 0; m < count; ++m) {
        lowFit = std::min(lowFit, m_data.fits[static_cast<size_t>(m)]);
        highFit = std::max(highFit, m_data.fits[static_cast<size_t>(m)]);
        lowCost = std::min(lowCost, totals[static_cast<size_t>(m)]);
        highCost = std::max(highCost, totals[static_cast<size_t>(m)]);
    }
    lowFit = std::max(0.0, lowFit - 5);
    highFit = std::min(100.0, highFit + 5);
    const double costPad = std::max((highCost - lowCost) * 0.08, std::max(std::abs(highCost) * 0.05, 1.0));
    lowCost = std::max(0.0, lowCost - costPad);
    highCost += costPad;

    const QString yTitle = QCoreApplication::translate("splitbench::report::ValueForMoneyPlot", "Overall fit (0–100)");
    const TextLines xTitle = wrapText(m_data.costAxisTitle(), s.smallFont, rect.width(), m_device, 3);
    const TextLines yTitleLines = wrapText(yTitle, s.smallFont, rect.width(), m_device, 2);
    // The highest fit label reaches half a line above the plot: room for it under the axis title.
    const double plotTop = rect.top() + legendHeight + px(6) + yTitleLines.height() + px(4) + m_smallLine / 2;
    // The lowest fit label reaches half a line below the axis: the cost labels start under it.
    const double plotBottom = rect.bottom() - m_smallLine / 2 - px(3) - m_smallLine - px(4) - xTitle.height();
    const double xLabelTop = plotBottom + m_smallLine / 2 + px(3);
    const QLocale locale = s.locale;
    // Whole numbers, one decimal for a step of 2.5.
    const auto fitTick = [&locale](double tick) {
        return locale.toString(tick, 'f', std::abs(tick - std::round(tick)) > 1e-6 ? 1 : 0);
    };
    // The fit axis: ticks at least two lines apart (its labels stack, so their height decides).
    int fitTicks = std::max(2, static_cast<int>((plotBottom - plotTop) / (m_smallLine * 2.2)));
    ChartScale fitScale(lowFit, highFit, plotBottom, plotTop, std::min(fitTicks, 10));
    double tickWidth = 0;
    for (double tick : fitScale.ticks())
        tickWidth = std::max(tickWidth, small.horizontalAdvance(fitTick(tick)) + 1);
    const double plotLeft = rect.left() + tickWidth + px(6);
    const double plotRight = rect.right() - px(4);
    const QString currency = m_data.currency;
    const auto money = [currency](double value) { return formatMoney(value, currency); };
    const ChartScale costScale = readableScale(lowCost, highCost, plotLeft, plotRight, money, small, px(14),
                                               std::max(2, static_cast<int>((plotRight - plotLeft) / px(70))), rect.left(),
                                               rect.right());

    for (double tick : fitScale.ticks()) {
        const double y = fitScale.toPixel(tick);
        canvas.addLine({plotLeft, y}, {plotRight, y}, s.rule, px(1));
        const QString label = fitTick(tick);
        canvas.addText(QRectF(rect.left(), y - m_smallLine / 2, tickWidth, m_smallLine), label, s.smallFont, s.muted,
                       Qt::AlignRight | Qt::AlignVCenter);
    }
    for (double tick : costScale.ticks()) {
        const double x = costScale.toPixel(tick);
        canvas.addLine({x, plotTop}, {x, plotBottom}, s.rule, px(1));
        const QString label = money(tick);
        const double w = small.horizontalAdvance(label) + 1;
        canvas.addText(QRectF(std::clamp(x - w / 2, rect.left(), rect.right() - w), xLabelTop, w, m_smallLine), label,
                       s.smallFont, s.muted);
    }
    canvas.addLine({plotLeft, plotBottom}, {plotRight, plotBottom}, s.muted, px(1));
    canvas.addLine({plotLeft, plotTop}, {plotLeft, plotBottom}, s.muted, px(1));
    canvas.addLines(yTitleLines, rect.left(), plotTop - m_smallLine / 2 - px(4) - yTitleLines.height(), rect.width(),
                    s.muted);
    canvas.addLines(xTitle, rect.left(), xLabelTop + m_smallLine + px(4), rect.width(), s.muted, Qt::AlignRight);

    // The points: front models filled and ringed, the others hollow.
    std::vector<QPointF> centres;
    for (int m = 0; m < count; ++m)
        centres.emplace_back(costScale.toPixel(totals[static_cast<size_t>(m)]),
                             fitScale.toPixel(m_data.fits[static_cast<size_t>(m)]));
    const auto onFront = [this](int m) { return m < static_cast<int>(m_data.front.size()) && m_data.front[static_cast<size_t>(m)]; };
    for (int m = 0; m < count; ++m) {
        if (onFront(m))
            frontMark(centres[static_cast<size_t>(m)], s.modelColor(m));
        else
            otherMark(centres[static_cast<size_t>(m)], s.modelColor(m));
        if (hits) {
            const QPointF c = centres[static_cast<size_t>(m)];
            const CostBreakdown &cost = m_data.costs[static_cast<size_t>(m)];
            hits->push_back({QRectF(c.x() - ring - px(2), c.y() - ring - px(2), 2 * ring + px(4), 2 * ring + px(4)), m,
                             -1,
                             QCoreApplication::translate("splitbench::report::ValueForMoneyPlot",
                                                         "%1: fit %2, %3 in total")
                                 .arg(m_data.modelName(m), locale.toString(m_data.fits[static_cast<size_t>(m)], 'f', 1),
                                      formatMoney(cost.total(), currency))});
        }
    }

    // The names: each beside its point where it covers no other name or point, else pushed further out
    // (with a thin line back to its point).
    const QRectF area(plotLeft + px(2), plotTop, plotRight - plotLeft - px(2), plotBottom - plotTop);
    std::vector<QRectF> taken;
    for (const QPointF &c : centres)
        taken.emplace_back(c.x() - ring - px(1), c.y() - ring - px(1), 2 * ring + px(2), 2 * ring + px(2));
    QFont bold = s.font;
    bold.setBold(true);
    const double nameWidth = std::max(px(80), std::min(area.width() * 0.3, s.mm(70)));
    // Models at the same point (the same cost and fit, e.g. a fresh copy) share one label, a name per line.
    // Front models first: their names matter most, so they get the nearest places.
    std::vector<std::vector<int>> groups;
    for (int m = 0; m < count; ++m) {
        auto same = std::find_if(groups.begin(), groups.end(), [&](const std::vector<int> &group) {
            return QLineF(centres[static_cast<size_t>(group.front())], centres[static_cast<size_t>(m)]).length() < radius;
        });
        if (same != groups.end())
            same->push_back(m);
        else
            groups.push_back({m});
    }
    std::stable_sort(groups.begin(), groups.end(), [&](const std::vector<int> &a, const std::vector<int> &b) {
        return onFront(a.front()) && !onFront(b.front());
    });
    for (const std::vector<int> &group : groups) {
        const int m = group.front();
        const QPointF c = centres[static_cast<size_t>(m)];
        QStringList names;
        bool recommended = false;
        for (int member : group) {
            names << m_data.modelName(member);
            recommended = recommended || member == m_data.recommended;
        }
        const TextLines name = wrapText(names.join(u'\n'), recommended ? bold : s.font, nameWidth, m_device,
                                        3 * static_cast<int>(group.size()));
        const QSizeF size(name.widest() + 1, name.height());
        const double gap = ring + px(3);
        // Directions in order of preference: right, left, above, below, then the diagonals.
        static constexpr std::array<std::array<double, 2>, 8> directions{
            {{1, 0}, {-1, 0}, {0, -1}, {0, 1}, {1, -1}, {-1, -1}, {1, 1}, {-1, 1}}};
        QRectF best;
        double bestOverlap = -1;
        bool placed = false;
        bool near = true;
        for (int step = 0; step < 24 && !placed; ++step) {
            const double reach = step * px(6);
            for (const auto &d : directions) {
                const double dx = d[0], dy = d[1];
                const double x = dx > 0 ? c.x() + gap + reach : dx < 0 ? c.x() - gap - reach - size.width()
                                                                       : c.x() - size.width() / 2;
                const double y = dy > 0 ? c.y() + gap + reach * 0.6 : dy < 0 ? c.y() - gap - reach * 0.6 - size.height()
                                                                             : c.y() - size.height() / 2;
                QRectF candidate(QPointF(x, y), size);
                // Keep it inside the plot: slide rather than drop a candidate that pokes out.
                candidate.moveLeft(std::clamp(candidate.left(), area.left(), std::max(area.left(), area.right() - size.width())));
                candidate.moveTop(std::clamp(candidate.top(), area.top(), std::max(area.top(), area.bottom() - size.height())));
                double overlap = 0;
                for (const QRectF &other : taken) {
                    const QRectF both = candidate.intersected(other);
                    if (!both.isEmpty())
                        overlap += both.width() * both.height();
                }
                // A free place nearer another point than its own would name the wrong point: keep looking
                // (as a last resort it still beats covering something).
                const auto distance = [&candidate](QPointF p) {
                    return QLineF(p, QPointF(std::clamp(p.x(), candidate.left(), candidate.right()),
                                             std::clamp(p.y(), candidate.top(), candidate.bottom())))
                        .length();
                };
                const double own = distance(c);
                bool misleading = false;
                for (int other = 0; other < count && !misleading; ++other)
                    misleading = std::find(group.begin(), group.end(), other) == group.end() &&
                                 distance(centres[static_cast<size_t>(other)]) < own + px(4);
                if (overlap <= 0 && !misleading) {
                    best = candidate;
                    placed = true;
                    near = step == 0;
                    break;
                }
                if (overlap <= 0)
                    overlap = 0.5; // free but misleading: better than any real overlap
                if (bestOverlap < 0 || overlap < bestOverlap) {
                    bestOverlap = overlap;
                    best = candidate;
                    near = step == 0;
                }
            }
        }
        taken.push_back(best.adjusted(-px(2), -px(1), px(2), px(1)));
        {
            // A thin line back to the point when the name is not right beside it (pushed away, or at a corner).
            const QPointF target(std::clamp(c.x(), best.left(), best.right()), std::clamp(c.y(), best.top(), best.bottom()));
            const QLineF leader(c, target);
            if (!near || leader.length() > gap + px(4)) {
                QLineF line = leader;
                line.setP1(leader.pointAt(ring / leader.length()));
                canvas.addLine(line.p1(), line.p2(), s.muted, px(1));
            }
        }
        const bool leftOfPoint = best.right() <= c.x();
        canvas.addLines(name, best.left(), best.top(), best.width(), s.text,
                        leftOfPoint ? Qt::AlignRight : Qt::AlignLeft);
    }
    return canvas.takeItems();
}

} // namespace splitbench::report
