#include "disagreement_plot.h"

#include "report_flow.h"

#include <QCoreApplication>
#include <QFontMetricsF>

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

namespace splitbench::report {

namespace {

/// A 0–100 value as the strips print it: whole numbers without decimals, a median's midpoint with one.
QString valueText(const QLocale &locale, double value)
{
    const double rounded = std::round(value * 10) / 10;
    return locale.toString(rounded, 'f', std::abs(rounded - std::round(rounded)) < 1e-9 ? 0 : 1);
}

/// A legend entry: a symbol (drawn by the caller), its text, wrapped when wider than a line.
struct LegendPlace {
    double x = 0;
    double y = 0;
    double height = 0; ///< Of its line.
    TextLines text;
};

} // namespace

ParticipantShape participantShape(int index)
{
    return static_cast<ParticipantShape>(std::max(index, 0) % kParticipantShapeCount);
}

QColor participantColor(int index, PaletteTone tone)
{
    // Okabe & Ito (2008), "Color Universal Design", without yellow; on the dark theme black becomes light grey
    // and the dark blue a lighter one, so each keeps its contrast with the background.
    static const std::array<QColor, kParticipantColourCount> light{
        QColor(0, 114, 178),  QColor(213, 94, 0),   QColor(0, 158, 115), QColor(204, 121, 167),
        QColor(40, 40, 40),   QColor(86, 180, 233), QColor(230, 159, 0)};
    static const std::array<QColor, kParticipantColourCount> dark{
        QColor(90, 170, 230), QColor(240, 128, 50), QColor(40, 200, 150), QColor(224, 150, 195),
        QColor(225, 225, 225), QColor(120, 200, 240), QColor(240, 180, 40)};
    const size_t i = static_cast<size_t>(std::max(index, 0) % kParticipantColourCount);
    return tone == PaletteTone::Dark ? dark[i] : light[i];
}

DisagreementData DisagreementData::make(const Catalogue &catalogue, const Profile &workshop,
                                        const WorkshopAnalysis &analysis)
{
    DisagreementData data;
    if (!workshop.isWorkshop())
        return data;
    for (const Participant &participant : workshop.participants) {
        data.participants.push_back(participant.label());
        data.weights.push_back(participant.weight);
    }
    for (const TraitSpread &spread : analysis.spreads) {
        if (spread.trait < 0 || spread.trait >= static_cast<int>(catalogue.traits.size()))
            continue;
        const Trait &trait = catalogue.traits[static_cast<size_t>(spread.trait)];
        DisagreementStrip strip;
        strip.trait = spread.trait;
        strip.name = trait.name;
        strip.lowLabel = trait.lowLabel;
        strip.highLabel = trait.highLabel;
        strip.consensus = spread.consensus;
        strip.low = spread.low;
        strip.high = spread.high;
        strip.values = spread.values;
        strip.values.resize(data.participants.size(), 0.0);
        data.strips.push_back(std::move(strip));
    }
    return data;
}

struct DisagreementPlot::Layout {
    std::vector<LegendPlace> legend;
    double legendHeight = 0;
    double nameWidth = 0;
    double marker = 0;
    double laneHeight = 0;
    double axisHeight = 0;
    std::vector<TextLines> names;
    std::vector<TextLines> details;
    std::vector<TextLines> lows;
    std::vector<TextLines> highs;
    std::vector<std::vector<int>> lanes; ///< Per strip, each participant's lane.
    std::vector<int> laneCounts;
    std::vector<double> heights;
    double stripsHeight = 0;
    double naturalHeight = 0;
};

DisagreementPlot::DisagreementPlot(const DisagreementData &data, ChartStyle style, QPaintDevice *device)
    : m_data(data), m_style(std::move(style)), m_device(device)
{
    for (int p = 0; p < m_data.participantCount(); ++p) {
        QString text = m_data.participants[static_cast<size_t>(p)];
        if (p < static_cast<int>(m_data.weights.size()) && m_data.weights[static_cast<size_t>(p)] <= 0)
            text = QCoreApplication::translate("splitbench::report::DisagreementPlot", "%1 (not counted)").arg(text);
        m_legendTexts.push_back(text);
    }
    m_legendTexts.push_back(QCoreApplication::translate("splitbench::report::DisagreementPlot", "Group's value"));
    m_legendTexts.push_back(QCoreApplication::translate("splitbench::report::DisagreementPlot", "Spread of the counted values"));
}

DisagreementPlot::Layout DisagreementPlot::layout(const QRectF &rect, bool legend, int first, int count,
                                                  std::vector<ReportItem> *items,
                                                  std::vector<DisagreementHit> *hits) const
{
    const ChartStyle &s = m_style;
    const auto px = [&s](double screenPixels) { return s.mm(screenPixels * 25.4 / 96.0); };
    Layout l;
    const double width = std::max(rect.width(), px(160));
    const int stripCount = static_cast<int>(m_data.strips.size());
    first = std::clamp(first, 0, stripCount);
    count = std::clamp(count, 0, stripCount - first);
    const QFontMetricsF small(s.smallFont, m_device);
    const QFontMetricsF legendMetrics(s.legendFont, m_device);
    l.marker = std::max(px(9), small.height() * 0.7);
    l.laneHeight = l.marker * 1.45;
    const double symbol = l.marker * 2; // the legend's symbol column
    const double gap = px(5);

    // The legend: participants' markers, then the group's mark and the band; entries wrap onto new lines.
    if (legend) {
        QFont boldLegend = s.legendFont;
        boldLegend.setBold(true);
        double x = 0;
        double y = 0;
        double lineHeight = 0;
        std::vector<size_t> lineStart{0};
        for (size_t i = 0; i < m_legendTexts.size(); ++i) {
            const bool bold = static_cast<int>(i) == m_data.highlighted;
            const double room = std::max(width - symbol - gap, legendMetrics.averageCharWidth() * 4);
            LegendPlace place;
            place.text = wrapText(m_legendTexts[i], bold ? boldLegend : s.legendFont, room, m_device, 4);
            const double entry = symbol + gap + place.text.widest() + 1;
            if (x > 0 && x + entry > width) {
                for (size_t k = lineStart.back(); k < l.legend.size(); ++k)
                    l.legend[k].height = lineHeight;
                y += lineHeight;
                x = 0;
                lineHeight = 0;
                lineStart.push_back(l.legend.size());
            }
            place.x = x;
            place.y = y;
            lineHeight = std::max(lineHeight, std::max(place.text.height(), symbol) + px(3));
            l.legend.push_back(std::move(place));
            x += entry + px(14);
        }
        for (size_t k = lineStart.back(); k < l.legend.size(); ++k)
            l.legend[k].height = lineHeight;
        l.legendHeight = y + lineHeight + px(6);
    }

    // Names wrap rather than being cut: a narrow chart gives them a larger share of its width.
    const double share = width < px(520) ? std::max(s.nameShare, 0.4) : s.nameShare;
    double widestName = 0;
    const QFontMetricsF nameMetrics(s.font, m_device);
    for (int k = first; k < first + count; ++k)
        widestName = std::max(widestName, nameMetrics.horizontalAdvance(m_data.strips[static_cast<size_t>(k)].name) + 1);
    l.nameWidth = std::min(widestName + px(10), width * share);
    const double trackLeft = l.nameWidth + l.marker;
    // Room on the right for the last tick's label and a little air: the end labels and "100" must never touch
    // the edge (in the window a scroll bar sits there).
    const double endRoom = std::max(l.marker, small.horizontalAdvance(s.locale.toString(100)) / 2 + px(2)) + px(4);
    const double trackRight = width - endRoom;
    const double trackWidth = std::max(trackRight - trackLeft, px(40));
    const double labelWidth = std::max((trackWidth + 2 * l.marker - px(12)) / 2, px(30));
    l.axisHeight = small.height() + px(4);

    const double minApart = l.marker * 1.4;
    for (int k = first; k < first + count; ++k) {
        const DisagreementStrip &strip = m_data.strips[static_cast<size_t>(k)];
        l.names.push_back(wrapText(strip.name, s.font, l.nameWidth - px(8), m_device));
        l.details.push_back(wrapText(QCoreApplication::translate("splitbench::report::DisagreementPlot", "spread %1, group %2")
                                         .arg(valueText(s.locale, strip.high - strip.low),
                                              valueText(s.locale, strip.consensus)),
                                     s.smallFont, l.nameWidth - px(8), m_device));
        l.lows.push_back(wrapText(strip.lowLabel, s.smallFont, labelWidth, m_device));
        l.highs.push_back(wrapText(strip.highLabel, s.smallFont, labelWidth, m_device));
        // Lanes: markers in value order, each on the first lane where it keeps clear of the one before.
        std::vector<int> order(strip.values.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&strip](int a, int b) {
            return strip.values[static_cast<size_t>(a)] < strip.values[static_cast<size_t>(b)];
        });
        std::vector<double> laneEnds;
        std::vector<int> lanes(strip.values.size(), 0);
        for (int p : order) {
            const double x = std::clamp(strip.values[static_cast<size_t>(p)], 0.0, 100.0) / 100.0 * trackWidth;
            size_t lane = 0;
            while (lane < laneEnds.size() && x - laneEnds[lane] < minApart)
                ++lane;
            if (lane == laneEnds.size())
                laneEnds.push_back(x);
            laneEnds[lane] = x;
            lanes[static_cast<size_t>(p)] = static_cast<int>(lane);
        }
        const int laneCount = std::max<int>(1, static_cast<int>(laneEnds.size()));
        l.lanes.push_back(std::move(lanes));
        l.laneCounts.push_back(laneCount);
        const double left = l.names.back().height() + px(2) + l.details.back().height();
        const double right = laneCount * l.laneHeight + px(3) +
                             std::max(l.lows.back().height(), l.highs.back().height());
        l.heights.push_back(std::max(left, right) + px(10));
        l.stripsHeight += l.heights.back();
    }
    l.naturalHeight = l.legendHeight + l.axisHeight + l.stripsHeight + px(2);
    if (!items && !hits)
        return l;

    ChartCanvas canvas(s);
    const double x0 = rect.left();

    // The legend.
    for (size_t i = 0; i < l.legend.size(); ++i) {
        const LegendPlace &place = l.legend[i];
        const double top = rect.top() + place.y;
        const double textTop = top + (place.height - px(3) - place.text.height()) / 2;
        const QPointF centre(x0 + place.x + symbol / 2, textTop + place.text.lineHeight / 2);
        const int participants = m_data.participantCount();
        if (static_cast<int>(i) < participants) {
            addMarker(canvas, centre, l.marker, static_cast<int>(i), static_cast<int>(i) == m_data.highlighted);
        } else if (static_cast<int>(i) == participants) {
            canvas.addBox(QRectF(centre.x() - px(1.5), centre.y() - l.marker * 0.75, px(3), l.marker * 1.5), s.text);
        } else {
            canvas.addBox(QRectF(centre.x() - symbol / 2, centre.y() - l.marker * 0.5, symbol, l.marker),
                          s.pale(s.muted, 0.3));
        }
        canvas.addLines(place.text, x0 + place.x + symbol + gap, textTop, place.text.widest() + 1, s.text);
    }

    // The scale above the strips.
    const double axisTop = rect.top() + l.legendHeight;
    const double stripsTop = axisTop + l.axisHeight;
    const double spare = count > 0 ? std::max(0.0, rect.height() - l.naturalHeight) / count : 0.0;
    const double stripsBottom = stripsTop + l.stripsHeight + spare * count;
    const double left = x0 + trackLeft;
    const auto toX = [left, trackWidth](double value) { return left + std::clamp(value, 0.0, 100.0) / 100.0 * trackWidth; };
    {
        double y = stripsTop;
        for (int k = 0; k < count; ++k) {
            const double h = l.heights[static_cast<size_t>(k)] + spare;
            if (k % 2 == 1)
                canvas.addBox(QRectF(x0, y, rect.width(), h), s.stripe);
            y += h;
        }
    }
    for (int tick = 0; tick <= 100; tick += 25) {
        const double x = toX(tick);
        canvas.addLine({x, stripsTop}, {x, stripsBottom}, s.rule, px(1));
        const QString label = s.locale.toString(tick);
        const double w = small.horizontalAdvance(label) + 1;
        canvas.addText(QRectF(x - w / 2, axisTop, w, small.height()), label, s.smallFont, s.muted, Qt::AlignCenter);
    }

    double y = stripsTop;
    for (int k = 0; k < count; ++k) {
        const size_t row = static_cast<size_t>(k);
        const DisagreementStrip &strip = m_data.strips[static_cast<size_t>(first + k)];
        const double h = l.heights[row] + spare;
        const double top = y + px(5);
        canvas.addLines(l.names[row], x0, top, l.nameWidth - px(8), s.text);
        canvas.addLines(l.details[row], x0, top + l.names[row].height() + px(2), l.nameWidth - px(8), s.muted);

        const double lanesHeight = l.laneCounts[row] * l.laneHeight;
        // Lanes alternate around the track: 0 on it, 1 above, 2 below, …
        const auto laneY = [&](int lane) {
            const int lanes = l.laneCounts[row];
            const int offset = lane == 0 ? 0 : ((lane % 2 == 1) ? -((lane + 1) / 2) : lane / 2);
            return top + l.laneHeight / 2 + (lanes / 2 + offset) * l.laneHeight;
        };
        const double trackY = laneY(0);
        // The band of the spread, the track, the group's value.
        canvas.addBox(QRectF(toX(strip.low) - l.marker * 0.3, top, toX(strip.high) - toX(strip.low) + l.marker * 0.6,
                             lanesHeight),
                      s.pale(s.muted, 0.3));
        canvas.addLine({left, trackY}, {left + trackWidth, trackY}, s.muted, px(1));
        const double cx = toX(strip.consensus);
        const QRectF groupMark(cx - px(1.5), top - px(2), px(3), lanesHeight + px(4));
        canvas.addBox(groupMark, s.text);
        if (hits)
            hits->push_back({groupMark.adjusted(-px(3), 0, px(3), 0), first + k, -1,
                             QCoreApplication::translate("splitbench::report::DisagreementPlot", "%1 — group's value: %2 (from %3 to %4)")
                                 .arg(strip.name, valueText(s.locale, strip.consensus), valueText(s.locale, strip.low),
                                      valueText(s.locale, strip.high))});
        // Every participant's marker on its lane; the highlighted one last, over the others.
        std::vector<int> order(strip.values.size());
        std::iota(order.begin(), order.end(), 0);
        if (m_data.highlighted >= 0 && m_data.highlighted < static_cast<int>(order.size()))
            std::rotate(order.begin() + m_data.highlighted, order.begin() + m_data.highlighted + 1, order.end());
        for (int p : order) {
            const QPointF centre(toX(strip.values[static_cast<size_t>(p)]), laneY(l.lanes[row][static_cast<size_t>(p)]));
            addMarker(canvas, centre, l.marker, p, p == m_data.highlighted);
            if (hits)
                hits->push_back({QRectF(centre.x() - l.marker * 0.8, centre.y() - l.marker * 0.8, l.marker * 1.6,
                                        l.marker * 1.6),
                                 first + k, p,
                                 QCoreApplication::translate("splitbench::report::DisagreementPlot", "%1 — %2: %3")
                                     .arg(strip.name, m_data.participants[static_cast<size_t>(p)],
                                          valueText(s.locale, strip.values[static_cast<size_t>(p)]))});
        }
        // The end labels under the track, at its two ends.
        const double labelsTop = top + lanesHeight + px(3);
        canvas.addLines(l.lows[row], left - l.marker, labelsTop, labelWidth, s.muted);
        canvas.addLines(l.highs[row], left + trackWidth + l.marker - labelWidth, labelsTop, labelWidth, s.muted,
                        Qt::AlignRight);
        y += h;
    }
    if (items)
        *items = canvas.takeItems();
    return l;
}

void DisagreementPlot::addMarker(ChartCanvas &canvas, QPointF centre, double size, int participant,
                                 bool highlight) const
{
    const ChartStyle &s = m_style;
    const QColor colour = participantColor(participant, s.tone);
    const double line = std::max(size * 0.16, s.mm(0.3));
    if (highlight) {
        const double ring = size * 1.6;
        canvas.add(ReportItem::makeEllipse(QRectF(centre.x() - ring / 2, centre.y() - ring / 2, ring, ring),
                                           s.pale(colour, 0.25), s.text, line * 0.8));
        size *= 1.2;
    }
    const QRectF box(centre.x() - size / 2, centre.y() - size / 2, size, size);
    const QRectF square = box.adjusted(size * 0.06, size * 0.06, -size * 0.06, -size * 0.06);
    const double dot = size * 0.36;
    const QRectF dotBox(centre.x() - dot / 2, centre.y() - dot / 2, dot, dot);
    const auto cross = [&](double reach) {
        canvas.addLine({centre.x() - reach, centre.y() - reach}, {centre.x() + reach, centre.y() + reach}, colour, line * 1.3);
        canvas.addLine({centre.x() - reach, centre.y() + reach}, {centre.x() + reach, centre.y() - reach}, colour, line * 1.3);
    };
    const auto plus = [&](double reach) {
        canvas.addLine({centre.x() - reach, centre.y()}, {centre.x() + reach, centre.y()}, colour, line * 1.3);
        canvas.addLine({centre.x(), centre.y() - reach}, {centre.x(), centre.y() + reach}, colour, line * 1.3);
    };
    switch (participantShape(participant)) {
    case ParticipantShape::Disc:
        canvas.add(ReportItem::makeEllipse(box, colour));
        break;
    case ParticipantShape::Square:
        canvas.addBox(square, colour);
        break;
    case ParticipantShape::Cross:
        cross(size * 0.42);
        break;
    case ParticipantShape::Ring:
        canvas.add(ReportItem::makeEllipse(box.adjusted(line / 2, line / 2, -line / 2, -line / 2), s.background, colour,
                                           line));
        break;
    case ParticipantShape::HollowSquare:
        canvas.addBox(square.adjusted(line / 2, line / 2, -line / 2, -line / 2), s.background, colour, line);
        break;
    case ParticipantShape::Plus:
        plus(size * 0.55);
        break;
    case ParticipantShape::DottedRing:
        canvas.add(ReportItem::makeEllipse(box.adjusted(line / 2, line / 2, -line / 2, -line / 2), s.background, colour,
                                           line));
        canvas.add(ReportItem::makeEllipse(dotBox, colour));
        break;
    case ParticipantShape::DottedSquare:
        canvas.addBox(square.adjusted(line / 2, line / 2, -line / 2, -line / 2), s.background, colour, line);
        canvas.addBox(dotBox, colour);
        break;
    case ParticipantShape::Star:
        cross(size * 0.36);
        plus(size * 0.52);
        break;
    }
}

std::vector<ReportItem> DisagreementPlot::items(const QRectF &rect) const
{
    std::vector<ReportItem> result;
    if (!m_data.isEmpty())
        layout(rect, true, 0, static_cast<int>(m_data.strips.size()), &result, nullptr);
    return result;
}

void DisagreementPlot::paint(QPainter &painter, const QRectF &rect) const
{
    paintItems(painter, items(rect));
}

double DisagreementPlot::naturalHeight(double width) const
{
    if (m_data.isEmpty())
        return 0;
    return layout(QRectF(0, 0, width, 0), true, 0, static_cast<int>(m_data.strips.size()), nullptr, nullptr)
        .naturalHeight;
}

double DisagreementPlot::minimumHeight() const
{
    return naturalHeight(m_style.mm(160));
}

std::vector<DisagreementHit> DisagreementPlot::hits(const QRectF &rect) const
{
    std::vector<DisagreementHit> result;
    if (!m_data.isEmpty())
        layout(rect, true, 0, static_cast<int>(m_data.strips.size()), nullptr, &result);
    return result;
}

std::vector<ReportItem> DisagreementPlot::legendItems(const QRectF &rect) const
{
    std::vector<ReportItem> result;
    if (!m_data.isEmpty())
        layout(rect, true, 0, 0, &result, nullptr);
    // Only the legend: with no strips, the scale's ticks are all that would follow it.
    const double legendBottom = rect.top() + legendHeight(rect.width());
    std::erase_if(result, [legendBottom](const ReportItem &item) { return item.rect.top() >= legendBottom - 0.01; });
    return result;
}

double DisagreementPlot::legendHeight(double width) const
{
    if (m_data.isEmpty())
        return 0;
    return layout(QRectF(0, 0, width, 0), true, 0, 0, nullptr, nullptr).legendHeight;
}

std::vector<ReportItem> DisagreementPlot::stripItems(const QRectF &rect, int first, int count) const
{
    std::vector<ReportItem> result;
    if (!m_data.isEmpty())
        layout(rect, false, first, count, &result, nullptr);
    return result;
}

double DisagreementPlot::stripsHeight(double width, int first, int count) const
{
    if (m_data.isEmpty())
        return 0;
    return layout(QRectF(0, 0, width, 0), false, first, count, nullptr, nullptr).naturalHeight;
}

} // namespace splitbench::report
