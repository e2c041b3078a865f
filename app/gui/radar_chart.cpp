#include "radar_chart.h"

#include "display_text.h"
#include "theme.h"

#include <QEvent>
#include <QGuiApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace splitbench::gui {

namespace {
/// The radar in the workbench: the theme's colours, the widget's font, lengths in pixels.
report::RadarStyle screenStyle(const QPalette &palette, const QFont &font)
{
    report::RadarStyle style;
    style.labelFont = font;
    style.ringFont = font;
    if (font.pointSizeF() > 0)
        style.ringFont.setPointSizeF(std::max(6.0, font.pointSizeF() * 0.8));
    style.legendFont = font;
    const bool dark = isDark(palette);
    style.tone = dark ? report::PaletteTone::Dark : report::PaletteTone::Light;
    style.background = palette.color(QPalette::Base);
    style.text = palette.color(QPalette::Text);
    style.ringText = palette.color(QPalette::PlaceholderText);
    style.grid = style.text;
    style.grid.setAlphaF(dark ? 0.22f : 0.18f);
    style.highlight = palette.color(QPalette::Highlight);
    style.today = report::todayColor(style.tone);
    style.fillAlpha = dark ? 0.2 : 0.13;
    style.outlineWidth = 2.2;
    style.legendLineWidth = 2.2;
    style.reserveBold = true; // the selected label is bold; its neighbours must not move when it changes
    // The selected label's highlight reaches 4 px beyond its text (paintLabels); neighbours keep clear of it
    // with a space to spare, so "Ops style" never reads as one line with "Collaboration".
    style.labelSpacing = 8 + QFontMetricsF(font).horizontalAdvance(u' ') * 1.5;
    return style;
}
} // namespace

RadarChart::RadarChart(QWidget *parent)
    : QWidget(parent), m_palette(QGuiApplication::palette()), m_labelFont(font())
{
    setObjectName(QStringLiteral("radarChart"));
    setAttribute(Qt::WA_OpaquePaintEvent); // the still layer covers every pixel
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_plot.setStyle(screenStyle(m_palette, m_labelFont));
}

RadarChart::~RadarChart() = default;

void RadarChart::setCatalogue(const Catalogue &catalogue)
{
    QStringList dimensions;
    for (const Dimension &dimension : catalogue.dimensions)
        dimensions << (dimension.shortName.isEmpty() ? dimension.name : dimension.shortName);
    QStringList models;
    for (const ServiceModel &model : catalogue.models)
        models << shortName(model.name); // a name from a file can be thousands of characters long
    const int selected = m_plot.selectedDimension();
    m_plot.setDimensions(dimensions);
    m_plot.setModels(models);
    m_plot.setSelectedDimension(selected);
    relayout();
}

void RadarChart::setResult(const FitResult &result)
{
    if (dimensionCount() == 0 || static_cast<int>(result.dimensions.size()) != dimensionCount())
        return;
    const QRect before = modelsBounds();
    m_plot.setFits(result);
    const QRect after = modelsBounds();
    update(before.isEmpty() || after.isEmpty() ? rect() : before | after); // only the polygons moved
}

QRect RadarChart::modelsBounds() const
{
    QRectF bounds;
    for (int m = 0; m < modelCount(); ++m)
        if (m_plot.isModelVisible(m))
            bounds |= m_plot.polygon(m).boundingRect();
    if (m_plot.isTodayShown())
        bounds |= m_plot.todayPolygon().boundingRect();
    if (bounds.isEmpty())
        return {};
    const double pen = std::max(m_plot.style().outlineWidth, m_plot.style().vertexRadius * 2) + 2;
    return bounds.adjusted(-pen, -pen, pen, pen).toAlignedRect();
}

void RadarChart::setModelVisible(int model, bool visible)
{
    if (model < 0 || model >= modelCount())
        return;
    m_plot.setModelVisible(model, visible);
    relayout();
}

void RadarChart::setToday(const std::vector<double> &fits, const QString &legendText)
{
    // Only a change of presence or of the legend's text moves the layout. Without today's split the plot keeps no
    // legend text, so the text is compared only when there is a split: otherwise every slider step (ChartWiring
    // calls this with empty fits) laid the chart out again and threw its cached picture away.
    const bool hadToday = !m_plot.todayPolygon().isEmpty() || !m_plot.todayLegendText().isEmpty();
    const bool hasToday = !fits.empty();
    const bool relayoutNeeded = hasToday != hadToday || (hasToday && legendText != m_plot.todayLegendText());
    const QRect before = modelsBounds();
    m_plot.setToday(fits, legendText);
    if (relayoutNeeded) {
        relayout(); // the legend gains or loses its entry
        return;
    }
    const QRect after = modelsBounds();
    update(before.isEmpty() || after.isEmpty() ? rect() : before | after);
}

void RadarChart::setTodayVisible(bool visible)
{
    if (visible == m_plot.isTodayShown() || (visible && m_plot.todayLegendText().isEmpty()))
        return;
    m_plot.setTodayVisible(visible);
    relayout();
}

bool RadarChart::isModelVisible(int model) const
{
    return m_plot.isModelVisible(model);
}

void RadarChart::setSelectedDimension(int dimension)
{
    m_plot.setSelectedDimension(dimension);
    relayout();
}

void RadarChart::applyPalette(const QPalette &palette)
{
    m_palette = palette;
    m_plot.setStyle(screenStyle(m_palette, m_labelFont));
    relayout();
}

void RadarChart::setLabelFont(const QFont &font)
{
    m_labelFont = font;
    m_plot.setStyle(screenStyle(m_palette, m_labelFont));
    relayout();
}

void RadarChart::relayout()
{
    // An overlay's caption gets a band of its own above the chart, so it never meets a label.
    QRectF area(rect());
    if (!m_overlayFits.empty())
        area.setTop(overlayCaptionRect().bottom() + 2);
    m_plot.layout(area, this);
    m_still = QPixmap();
    update();
}

void RadarChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void RadarChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette(palette());
    else if (event->type() == QEvent::FontChange)
        setLabelFont(font());
    QWidget::changeEvent(event);
}

void RadarChart::paintEvent(QPaintEvent *)
{
    const qreal ratio = devicePixelRatioF();
    if (m_still.isNull() || m_still.size() != size() * ratio) {
        m_still = QPixmap(size() * ratio);
        m_still.setDevicePixelRatio(ratio);
        m_still.fill(m_plot.style().background); // the overlay caption's band lies outside the plot's area
        QPainter still(&m_still);
        m_plot.paintBackground(still);
        m_plot.paintLabels(still); // labels and legend lie outside the polygons: below them is the same picture
        m_plot.paintLegend(still);
    }
    QPainter painter(this);
    painter.drawPixmap(0, 0, m_still);
    m_plot.paintModels(painter);
    if (!m_overlayFits.empty() && static_cast<int>(m_overlayFits.size()) == dimensionCount()) {
        // A participant's view: a dashed outline in the text colour with hollow markers, unlike any model's.
        QPolygonF outline;
        for (int k = 0; k < dimensionCount(); ++k)
            outline << m_plot.axisPoint(k, m_overlayFits[static_cast<size_t>(k)]);
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing);
        const QColor ink = m_palette.color(QPalette::WindowText);
        painter.setPen(QPen(ink, 2.0, Qt::DashLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPolygon(outline);
        painter.setPen(QPen(ink, 1.5));
        painter.setBrush(m_plot.style().background);
        for (const QPointF &point : outline)
            painter.drawEllipse(point, 3.5, 3.5);
        const QRectF caption = overlayCaptionRect();
        painter.setPen(QPen(ink, 2.0, Qt::DashLine));
        painter.drawLine(QPointF(caption.left(), caption.center().y()), QPointF(caption.left() + 22, caption.center().y()));
        painter.setPen(QPen(ink, 1.5));
        painter.drawEllipse(QPointF(caption.left() + 11, caption.center().y()), 3.5, 3.5);
        painter.setFont(m_labelFont);
        painter.setPen(ink);
        const QRectF text = caption.adjusted(28, 0, 0, 0);
        painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetricsF(m_labelFont).elidedText(m_overlayCaption, Qt::ElideRight, text.width()));
        painter.restore();
    }
    m_plot.paintSelection(painter);
    if (hasFocus()) {
        // The keyboard focus: a frame in the highlight colour inside the widget's edge.
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(m_plot.style().highlight, 2.0));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5), 4, 4);
    }
}

void RadarChart::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update();
}

void RadarChart::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

void RadarChart::setOverlay(const std::vector<double> &fits, int model, const QString &caption)
{
    if (fits == m_overlayFits && model == m_overlayModel && caption == m_overlayCaption)
        return;
    const bool band = fits.empty() != m_overlayFits.empty() || caption != m_overlayCaption;
    m_overlayFits = fits;
    m_overlayModel = model;
    m_overlayCaption = caption;
    if (band)
        relayout(); // the caption's band comes or goes
    else
        update(); // a slider step: the outline moves
}

QRectF RadarChart::overlayCaptionRect() const
{
    if (m_overlayFits.empty())
        return {};
    const QFontMetricsF metrics(m_labelFont);
    return {6, 4, std::max(60.0, width() - 12.0), metrics.height() + 4};
}

QPointF RadarChart::axisPoint(int dimension, double value) const
{
    return m_plot.axisPoint(dimension, value);
}

QList<QRectF> RadarChart::legendRects() const
{
    QList<QRectF> rects;
    for (const report::RadarPlot::LegendEntry &entry : m_plot.legend())
        rects << entry.rect();
    return rects;
}

QList<QPointF> RadarChart::modelPoints(int model) const
{
    const int n = dimensionCount();
    if (model < 0 || model >= modelCount() || m_plot.polygon(model).isEmpty())
        return {};
    QList<QPointF> points;
    for (int k = 0; k < n; ++k)
        points << QPointF(m_plot.angleOf(k), m_plot.fit(model, k));
    points << QPointF(360.0, points.constFirst().y());
    return points;
}

QStringList RadarChart::ringLabelTexts() const
{
    QStringList texts;
    for (int ring = 0; ring < report::RadarPlot::ringCount(); ++ring)
        texts << report::RadarPlot::ringLabelText(ring);
    return texts;
}

} // namespace splitbench::gui
