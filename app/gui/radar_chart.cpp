#include "radar_chart.h"

#include "display_text.h"
#include "theme.h"

#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QGraphicsPathItem>
#include <QGraphicsSimpleTextItem>
#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPen>
#include <QtMath>

#include <cmath>

namespace splitbench::gui {

namespace {
constexpr double kLabelGap = 7.0;      ///< Pixels between the 100 ring and a label.
constexpr double kOuterPadding = 4.0;  ///< Room so labels never touch the chart's edge.
constexpr double kLegendSample = 26.0; ///< Length of the line sample in a legend entry.
constexpr double kLegendSpacing = 18.0;
constexpr int kRingCount = 5; ///< Rings at 20, 40, 60, 80 and 100.
constexpr double kFillAlphaLight = 0.13;
constexpr double kFillAlphaDark = 0.2;
constexpr double kOutlineWidth = 2.2;
constexpr double kGridZ = 2.0;      ///< The web, lowest.
constexpr double kRingLabelZ = 2.5; ///< Ring values show through the translucent fills, as axis labels do.
constexpr double kAreaZ = 3.0;      ///< All fills below all outlines, so no fill covers another model's line.
constexpr double kOutlineZ = 4.0;
constexpr double kSpokeZ = 4.5; ///< Above the model polygons.
constexpr double kLabelZ = 10.0;

/// A model's translucent fill, painted without antialiasing: its edge lies under the model's antialiased
/// outline, and an aliased fill rasterises in far fewer spans (a fifth of a slider step's time otherwise).
class AreaItem final : public QGraphicsPathItem {
public:
    using QGraphicsPathItem::QGraphicsPathItem;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override
    {
        const bool antialiased = painter->testRenderHint(QPainter::Antialiasing);
        painter->setRenderHint(QPainter::Antialiasing, false);
        QGraphicsPathItem::paint(painter, option, widget);
        painter->setRenderHint(QPainter::Antialiasing, antialiased); // the view may not restore the state
    }
};

QPen outlinePen(int model, const QPalette &palette)
{
    return QPen(modelColor(model, palette), kOutlineWidth, modelPenStyle(model), Qt::RoundCap, Qt::RoundJoin);
}
} // namespace

RadarChart::RadarChart(QGraphicsItem *parent) : QPolarChart(parent)
{
    setAnimationOptions(QChart::NoAnimation); // live slider updates must not lag behind
    setBackgroundRoundness(0);
    setDropShadowEnabled(false);
    legend()->hide(); // see layoutLegend()
    // updateLayout() computes the margins from the labels, so the layout adds none of its own.
    layout()->setContentsMargins(0, 0, 0, 0);

    // No Qt axes or series: the chart is the frame (background, plot area from the margins) for items that
    // are cheap to repaint. The web of rings and spokes is one path, cached as a pixmap.
    m_grid = new QGraphicsPathItem(this);
    m_grid->setZValue(kGridZ);
    m_grid->setCacheMode(QGraphicsItem::DeviceCoordinateCache);
    for (int ring = 0; ring <= kRingCount; ++ring) {
        auto *label = new QGraphicsSimpleTextItem(QString::number(100 * ring / kRingCount), this);
        label->setZValue(kRingLabelZ);
        label->setCacheMode(QGraphicsItem::DeviceCoordinateCache); // the polygons move over it on every step
        m_ringLabels.push_back(label);
    }
    m_selectionSpoke = new QGraphicsLineItem(this);
    m_selectionSpoke->setZValue(kSpokeZ);
    m_selectionSpoke->setVisible(false);

    m_selectionBackground = new QGraphicsPathItem(this);
    m_selectionBackground->setZValue(9);
    m_selectionBackground->setVisible(false);

    m_labelFont = font();
    m_palette = QGuiApplication::palette();
    connect(this, &QChart::plotAreaChanged, this, [this] { layoutLabels(); });
}

RadarChart::~RadarChart() = default;

void RadarChart::clearContents()
{
    for (const ModelShape &shape : m_models) {
        delete shape.area;
        delete shape.outline;
    }
    m_models.clear();
    for (QGraphicsSimpleTextItem *label : m_labels)
        delete label;
    m_labels.clear();
    for (const LegendEntry &entry : m_legend) {
        delete entry.sample;
        delete entry.text;
    }
    m_legend.clear();
}

void RadarChart::setCatalogue(const Catalogue &catalogue)
{
    clearContents();
    const int n = static_cast<int>(catalogue.dimensions.size());
    for (const ServiceModel &model : catalogue.models) {
        ModelShape shape;
        shape.area = new AreaItem(this);
        shape.area->setZValue(kAreaZ);
        shape.area->setPen(Qt::NoPen);
        shape.outline = new QGraphicsPathItem(this);
        shape.outline->setZValue(kOutlineZ);
        shape.outline->setBrush(Qt::NoBrush);
        m_models.push_back(shape);
        LegendEntry entry;
        entry.sample = new QGraphicsPathItem(this);
        entry.text = new QGraphicsSimpleTextItem(shortName(model.name), this);
        entry.sample->setZValue(kLabelZ);
        entry.text->setZValue(kLabelZ);
        entry.text->setCacheMode(QGraphicsItem::DeviceCoordinateCache); // text is shaped again on every paint

        m_legend.push_back(entry);
    }

    for (int k = 0; k < n; ++k) {
        auto *label = new QGraphicsSimpleTextItem(
            axisLabel(catalogue.dimensions[static_cast<size_t>(k)].shortName, angleOf(k, n)), this);
        label->setZValue(kLabelZ);
        // The polygons move under the labels on every slider step; as cached pixmaps they are not shaped again.
        label->setCacheMode(QGraphicsItem::DeviceCoordinateCache);
        m_labels.push_back(label);
    }
    if (m_selected >= n)
        m_selected = -1;
    applyPalette(m_palette);
    setLabelFont(m_labelFont); // also lays everything out
    setSelectedDimension(m_selected);
}

void RadarChart::setResult(const FitResult &result)
{
    const int n = dimensionCount();
    if (n == 0 || static_cast<int>(result.dimensions.size()) != n)
        return;
    for (int m = 0; m < modelCount(); ++m) {
        ModelShape &shape = m_models[static_cast<size_t>(m)];
        shape.points.resize(n + 1);
        for (int k = 0; k < n; ++k)
            shape.points[k] =
                QPointF(angleOf(k), result.dimensions[static_cast<size_t>(k)].fit[static_cast<size_t>(m)]);
        shape.points[n] = QPointF(360.0, shape.points[0].y());
        layoutModel(shape);
    }
}

void RadarChart::layoutModel(const ModelShape &shape) const
{
    const int n = dimensionCount();
    if (shape.points.size() != n + 1)
        return; // no result yet
    QPainterPath path;
    path.moveTo(axisPoint(0, shape.points[0].y()));
    for (int k = 1; k < n; ++k)
        path.lineTo(axisPoint(k, shape.points[k].y()));
    path.closeSubpath();
    shape.area->setPath(path);
    shape.outline->setPath(path);
}

void RadarChart::setModelVisible(int model, bool visible)
{
    if (model < 0 || model >= modelCount())
        return;
    m_models[static_cast<size_t>(model)].area->setVisible(visible);
    m_models[static_cast<size_t>(model)].outline->setVisible(visible);
    m_legend[static_cast<size_t>(model)].sample->setVisible(visible);
    m_legend[static_cast<size_t>(model)].text->setVisible(visible);
    updateLayout();
}

bool RadarChart::isModelVisible(int model) const
{
    return model >= 0 && model < modelCount() && m_models[static_cast<size_t>(model)].outline->isVisible();
}

void RadarChart::setSelectedDimension(int dimension)
{
    if (dimension < -1 || dimension >= dimensionCount())
        dimension = -1;
    m_selected = dimension;
    for (int k = 0; k < dimensionCount(); ++k) {
        QFont font = m_labelFont;
        font.setBold(k == dimension);
        m_labels[static_cast<size_t>(k)]->setFont(font);
    }
    layoutLabels();
}

void RadarChart::applyPalette(const QPalette &palette)
{
    m_palette = palette;
    const QColor text = palette.color(QPalette::Text);
    QColor grid = text;
    grid.setAlphaF(isDark(palette) ? 0.22 : 0.18);

    setBackgroundBrush(palette.color(QPalette::Base));
    setBackgroundPen(Qt::NoPen);
    setPlotAreaBackgroundVisible(false);
    m_grid->setPen(QPen(grid, 1.0));
    for (QGraphicsSimpleTextItem *label : m_ringLabels)
        label->setBrush(palette.color(QPalette::PlaceholderText));

    const double alpha = isDark(palette) ? kFillAlphaDark : kFillAlphaLight;
    for (int m = 0; m < modelCount(); ++m) {
        QColor fill = modelColor(m, palette);
        fill.setAlphaF(alpha);
        m_models[static_cast<size_t>(m)].area->setBrush(fill);
        m_models[static_cast<size_t>(m)].outline->setPen(outlinePen(m, palette));
        m_legend[static_cast<size_t>(m)].sample->setPen(outlinePen(m, palette));
        m_legend[static_cast<size_t>(m)].text->setBrush(text);
    }
    const QColor highlight = palette.color(QPalette::Highlight);
    m_selectionSpoke->setPen(QPen(highlight, 2.0, Qt::SolidLine, Qt::RoundCap));
    for (QGraphicsSimpleTextItem *label : m_labels)
        label->setBrush(text);
    QColor background = highlight;
    background.setAlphaF(0.18);
    m_selectionBackground->setBrush(background);
    m_selectionBackground->setPen(QPen(highlight, 1.0));
}

void RadarChart::setLabelFont(const QFont &font)
{
    m_labelFont = font;
    QFont radialFont = font;
    radialFont.setPointSizeF(std::max(6.0, font.pointSizeF() * 0.8));
    for (QGraphicsSimpleTextItem *label : m_ringLabels)
        label->setFont(radialFont);
    for (int k = 0; k < dimensionCount(); ++k) {
        QFont labelFont = font;
        labelFont.setBold(k == m_selected);
        m_labels[static_cast<size_t>(k)]->setFont(labelFont);
    }
    for (const LegendEntry &entry : m_legend)
        entry.text->setFont(font);
    updateLayout();
}

void RadarChart::resizeEvent(QGraphicsSceneResizeEvent *event)
{
    QPolarChart::resizeEvent(event);
    updateLayout();
}

double RadarChart::legendHeight() const
{
    return QFontMetricsF(m_labelFont).height() + 10.0;
}

void RadarChart::updateLayout()
{
    // Find the largest radius at which every label, anchored beside its spoke, stays inside the chart
    // (each bound is linear in the radius), then set margins that make the polar plot exactly that size.
    const double width = size().width();
    const double height = size().height();
    if (width < 50 || height < 50 || m_labels.empty())
        return;
    QFont bold = m_labelFont;
    bold.setBold(true); // the selected label is bold; reserve room for it on every axis
    const QFontMetricsF metrics(bold);
    const double halfWidth = width / 2.0 - kOuterPadding;
    const double halfHeight = (height - legendHeight()) / 2.0 - kOuterPadding;
    double r = std::min(halfWidth, halfHeight);
    for (int k = 0; k < dimensionCount(); ++k) {
        const double theta = qDegreesToRadians(angleOf(k));
        const double s = std::abs(std::sin(theta));
        const double c = std::abs(std::cos(theta));
        const QSizeF label =
            metrics.boundingRect(QRectF(0, 0, 1000, 1000), 0, m_labels[static_cast<size_t>(k)]->text()).size();
        if (s > 1e-6)
            r = std::min(r, (halfWidth - label.width() * (1.0 + s) / 2.0) / s - kLabelGap);
        if (c > 1e-6)
            r = std::min(r, (halfHeight - label.height() * (1.0 + c) / 2.0) / c - kLabelGap);
    }
    r = std::floor(std::max(r, 30.0));
    const double centreY = kOuterPadding + halfHeight;
    const int horizontal = std::max(0, static_cast<int>(std::floor(width / 2.0 - r)));
    const int top = std::max(0, static_cast<int>(std::floor(centreY - r)));
    const int bottom = std::max(0, static_cast<int>(std::floor(height - centreY - r)));
    const QMargins wanted(horizontal, top, horizontal, bottom);
    if (margins() != wanted)
        setMargins(wanted); // the layout follows and emits plotAreaChanged → layoutLabels()
    else
        layoutLabels();
}

void RadarChart::layoutLegend()
{
    // One centred row at the bottom: a line sample in the model's colour and dash, then its name.
    const QFontMetricsF metrics(m_labelFont);
    double total = 0;
    for (const LegendEntry &entry : m_legend)
        if (entry.text->isVisible())
            total += kLegendSample + 6 + metrics.horizontalAdvance(entry.text->text()) + kLegendSpacing;
    total = std::max(0.0, total - kLegendSpacing);
    double x = std::max(kOuterPadding, (size().width() - total) / 2.0);
    // Just below the lowest label, so the legend stays with the chart when there is height to spare.
    double lowest = 0;
    for (int k = 0; k < dimensionCount(); ++k)
        lowest = std::max(lowest, labelRect(k).bottom());
    const double y = std::min(size().height() - legendHeight(), lowest + 8.0) + 4.0;
    for (const LegendEntry &entry : m_legend) {
        if (!entry.text->isVisible())
            continue;
        QPainterPath path;
        const double middle = y + metrics.height() / 2.0;
        path.moveTo(x, middle);
        path.lineTo(x + kLegendSample, middle);
        entry.sample->setPath(path);
        entry.text->setPos(x + kLegendSample + 6, y);
        x += kLegendSample + 6 + metrics.horizontalAdvance(entry.text->text()) + kLegendSpacing;
    }
}

double RadarChart::angleOf(int dimension) const
{
    return angleOf(dimension, dimensionCount());
}

double RadarChart::angleOf(int dimension, int count)
{
    return 360.0 * dimension / std::max(1, count);
}

QString RadarChart::axisLabel(const QString &shortName, double angle)
{
    // Width limits the radius on the left and right, so labels there break at their first space
    // ("Infra handling" over two lines); at the top and bottom one line is better.
    if (std::abs(std::sin(qDegreesToRadians(angle))) < 0.6)
        return shortName;
    const qsizetype space = shortName.indexOf(u' ');
    if (space <= 0)
        return shortName;
    return shortName.left(space) + u'\n' + shortName.mid(space + 1);
}

QPointF RadarChart::axisPoint(int dimension, double value) const
{
    // The polar plot is the circle inscribed in the plot area, with 0 at the centre and 100 on the circle.
    const QRectF plot = plotArea();
    const double r = std::min(plot.width(), plot.height()) / 2.0 * std::clamp(value, 0.0, 100.0) / 100.0;
    const double theta = qDegreesToRadians(angleOf(dimension));
    return plot.center() + QPointF(r * std::sin(theta), -r * std::cos(theta));
}

QPointF RadarChart::centre() const
{
    return plotArea().center();
}

double RadarChart::radius() const
{
    return std::min(plotArea().width(), plotArea().height()) / 2.0;
}

void RadarChart::layoutGrid()
{
    const int n = dimensionCount();
    QPainterPath path;
    if (n > 0) {
        for (int ring = 1; ring <= kRingCount; ++ring) {
            const double value = 100.0 * ring / kRingCount;
            path.moveTo(axisPoint(0, value));
            for (int k = 1; k < n; ++k)
                path.lineTo(axisPoint(k, value));
            path.closeSubpath();
        }
        for (int k = 0; k < n; ++k) {
            path.moveTo(centre());
            path.lineTo(axisPoint(k, 100));
        }
    }
    m_grid->setPath(path);
    for (size_t ring = 0; ring < m_ringLabels.size(); ++ring) {
        // Beside the top spoke, just inside its ring, so the ring's line does not cross the digits.
        QGraphicsSimpleTextItem *label = m_ringLabels[ring];
        const QPointF at = axisPoint(0, 100.0 * static_cast<double>(ring) / kRingCount);
        label->setPos(at.x() + 4.0, at.y() + 1.0);
        label->setVisible(n > 0);
    }
    for (const ModelShape &shape : m_models)
        layoutModel(shape);
    if (m_selected >= 0)
        m_selectionSpoke->setLine(QLineF(centre(), axisPoint(m_selected, 100)));
    m_selectionSpoke->setVisible(m_selected >= 0);
}

void RadarChart::layoutLabels()
{
    layoutGrid();
    if (m_labels.empty())
        return;
    const QPointF c = centre();
    const double r = radius() + kLabelGap;
    for (int k = 0; k < dimensionCount(); ++k) {
        QGraphicsSimpleTextItem *label = m_labels[static_cast<size_t>(k)];
        const double theta = qDegreesToRadians(angleOf(k));
        const double s = std::sin(theta);
        const double cs = std::cos(theta);
        const QRectF box = label->boundingRect();
        // The label's edge facing the chart touches the spoke's end: centred at the top and bottom,
        // left-aligned on the right, right-aligned on the left, blending in between.
        const QPointF anchor(c.x() + r * s, c.y() - r * cs);
        label->setPos(anchor.x() - box.width() * (1.0 - s) / 2.0, anchor.y() - box.height() * (1.0 + cs) / 2.0);
    }
    separateLabels();
    if (m_selected >= 0) {
        QPainterPath path;
        path.addRoundedRect(labelRect(m_selected).adjusted(-4, -1, 4, 1), 4, 4);
        m_selectionBackground->setPath(path);
    }
    m_selectionBackground->setVisible(m_selected >= 0);
    layoutLegend();
}

void RadarChart::separateLabels()
{
    // Near the top and bottom, neighbouring labels sit side by side and long ones can touch. Push the
    // label that sits more to the side further out, by the smaller of the horizontal or vertical overlap,
    // as long as it stays inside the chart.
    const int n = dimensionCount();
    if (n < 3)
        return;
    const QRectF bounds(0, 0, size().width(), size().height() - legendHeight());
    constexpr double spacing = 3.0;
    for (int pass = 0; pass < 4; ++pass) {
        bool moved = false;
        for (int k = 0; k < n; ++k) {
            const int j = (k + 1) % n;
            const QRectF a = labelRect(k).adjusted(-spacing / 2, -spacing / 2, spacing / 2, spacing / 2);
            const QRectF b = labelRect(j).adjusted(-spacing / 2, -spacing / 2, spacing / 2, spacing / 2);
            if (!a.intersects(b))
                continue;
            const double ck = std::abs(std::cos(qDegreesToRadians(angleOf(k))));
            const double cj = std::abs(std::cos(qDegreesToRadians(angleOf(j))));
            const int mover = ck < cj ? k : j;
            const double theta = qDegreesToRadians(angleOf(mover));
            const QRectF overlap = a.intersected(b);
            const QPointF horizontal(std::sin(theta) >= 0 ? overlap.width() : -overlap.width(), 0);
            const QPointF vertical(0, std::cos(theta) >= 0 ? -overlap.height() : overlap.height());
            const QRectF current = labelRect(mover);
            const bool horizontalFits = bounds.contains(current.translated(horizontal));
            const bool verticalFits = bounds.contains(current.translated(vertical));
            QPointF shift;
            if (horizontalFits && (!verticalFits || overlap.width() <= overlap.height()))
                shift = horizontal;
            else if (verticalFits)
                shift = vertical;
            else
                continue;
            QGraphicsSimpleTextItem *label = m_labels[static_cast<size_t>(mover)];
            label->setPos(label->pos() + shift);
            moved = true;
        }
        if (!moved)
            break;
    }
}

QRectF RadarChart::labelRect(int dimension) const
{
    if (dimension < 0 || dimension >= dimensionCount())
        return {};
    const QGraphicsSimpleTextItem *label = m_labels[static_cast<size_t>(dimension)];
    return label->mapRectToParent(label->boundingRect());
}

QString RadarChart::labelText(int dimension) const
{
    return dimension >= 0 && dimension < dimensionCount() ? m_labels[static_cast<size_t>(dimension)]->text()
                                                          : QString();
}

QList<QRectF> RadarChart::legendRects() const
{
    QList<QRectF> rects;
    for (const LegendEntry &entry : m_legend)
        if (entry.text->isVisible())
            rects << (entry.sample->mapRectToParent(entry.sample->boundingRect()) |
                      entry.text->mapRectToParent(entry.text->boundingRect()));
    return rects;
}

int RadarChart::dimensionAt(const QPointF &position) const
{
    const int n = dimensionCount();
    if (n == 0)
        return -1;
    for (int k = 0; k < n; ++k)
        if (labelRect(k).adjusted(-3, -3, 3, 3).contains(position))
            return k;
    const QPointF c = centre();
    const QPointF v = position - c;
    const double distance = std::hypot(v.x(), v.y());
    if (distance < 8.0 || distance > radius() + kLabelGap * 2)
        return -1;
    double angle = qRadiansToDegrees(std::atan2(v.x(), -v.y())); // 0 at the top, clockwise
    if (angle < 0)
        angle += 360.0;
    const double step = 360.0 / n;
    const int nearest = static_cast<int>(std::lround(angle / step)) % n;
    double off = std::abs(angle - nearest * step);
    off = std::min(off, 360.0 - off);
    // "Near": within 14 px of the spoke, or within a third of the way to the next spoke.
    const double perpendicular = distance * std::sin(qDegreesToRadians(off));
    return perpendicular <= 14.0 || off <= step / 3.0 ? nearest : -1;
}

QList<QPointF> RadarChart::modelPoints(int model) const
{
    return model >= 0 && model < modelCount() ? m_models[static_cast<size_t>(model)].points : QList<QPointF>();
}

QGraphicsPathItem *RadarChart::areaItem(int model) const
{
    return model >= 0 && model < modelCount() ? m_models[static_cast<size_t>(model)].area : nullptr;
}

QGraphicsPathItem *RadarChart::outlineItem(int model) const
{
    return model >= 0 && model < modelCount() ? m_models[static_cast<size_t>(model)].outline : nullptr;
}

QStringList RadarChart::ringLabelTexts() const
{
    QStringList texts;
    for (const QGraphicsSimpleTextItem *label : m_ringLabels)
        texts << label->text();
    return texts;
}

} // namespace splitbench::gui
