#include "sweep_chart.h"

#include "theme.h"

#include <QFontMetricsF>
#include <QGraphicsLineItem>
#include <QGraphicsLayout>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace splitbench::gui {

namespace {
constexpr int kTopMargin = 4;
constexpr double kLabelGap = 3; ///< Between labels, and between the label band and the plot.
constexpr double kMinHeightForXTitle = 200;
} // namespace

SweepChart::SweepChart(QGraphicsItem *parent)
    : QChart(parent), m_x(new QValueAxis(this)), m_y(new QValueAxis(this)), m_current(new QLineSeries(this)),
      m_flips(new QScatterSeries(this)), m_currentLabel(new QGraphicsSimpleTextItem(this)),
      m_yTitle(new QGraphicsSimpleTextItem(this))
{
    setObjectName(QStringLiteral("sweepChart"));
    setAnimationOptions(QChart::NoAnimation); // follows slider drags
    setMargins(QMargins(4, kTopMargin, 8, 4)); // layoutLabels() adds the band for the labels on top
    setBackgroundRoundness(0);
    layout()->setContentsMargins(0, 0, 0, 0); // the chart is short: every pixel of height goes to the plot
    legend()->setAlignment(Qt::AlignBottom);
    m_x->setRange(0, 100);
    m_x->setTickCount(6);
    m_x->setLabelFormat(QStringLiteral("%d"));
    m_y->setLabelFormat(QStringLiteral("%d"));
    addAxis(m_x, Qt::AlignBottom);
    addAxis(m_y, Qt::AlignLeft);
    // The chart is short: a vertical axis title would be elided, so it reads across the label band instead.
    m_y->setTitleVisible(false);
    m_yTitle->setText(tr("Overall fit"));
    m_yTitle->setFont(m_y->titleFont());

    m_current->setName(tr("Current value"));
    m_flips->setName(tr("Recommendation changes"));
    m_flips->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_flips->setMarkerSize(11);
    for (QXYSeries *series : {static_cast<QXYSeries *>(m_current), static_cast<QXYSeries *>(m_flips)}) {
        addSeries(series);
        series->attachAxis(m_x);
        series->attachAxis(m_y);
    }
    connect(this, &QChart::plotAreaChanged, this, &SweepChart::layoutLabels);
}

void SweepChart::setModels(const QStringList &names)
{
    for (QLineSeries *series : m_models) {
        removeSeries(series);
        delete series;
    }
    m_models.clear();
    for (const QString &name : names) {
        auto *series = new QLineSeries(this);
        series->setName(name);
        addSeries(series);
        series->attachAxis(m_x);
        series->attachAxis(m_y);
        m_models.push_back(series);
    }
    // Keep the markers on top of the curves.
    for (QXYSeries *series : {static_cast<QXYSeries *>(m_current), static_cast<QXYSeries *>(m_flips)}) {
        removeSeries(series);
        addSeries(series);
        series->attachAxis(m_x);
        series->attachAxis(m_y);
    }
    // The models only: "now" and the flip labels name the current line and the markers themselves, and with
    // three or more models the two extra entries would elide the model names.
    legend()->markers(m_current).value(0)->setVisible(false);
    legend()->markers(m_flips).value(0)->setVisible(false);
    applyPalette(m_palette);
}

void SweepChart::setSweep(const TraitSweep &sweep, const QString &traitName, const QStringList &modelNames)
{
    double low = 100;
    double high = 0;
    for (size_t m = 0; m < sweep.overall.size() && m < m_models.size(); ++m) {
        QList<QPointF> points;
        points.reserve(static_cast<qsizetype>(sweep.positions.size()));
        for (size_t i = 0; i < sweep.positions.size(); ++i) {
            points.append({sweep.positions[i], sweep.overall[m][i]});
            low = std::min(low, sweep.overall[m][i]);
            high = std::max(high, sweep.overall[m][i]);
        }
        m_models[m]->replace(points);
    }
    // Round tick values (a step of 5, 10, 20 or 25) and at most 5 ticks, so they fit a short chart.
    double step = 5;
    double from = 0;
    double to = 100;
    for (double candidate : {5.0, 10.0, 20.0, 25.0}) {
        step = candidate;
        from = std::max(0.0, std::floor((low - 1) / step) * step);
        to = std::min(100.0, std::ceil((high + 1) / step) * step);
        if ((to - from) / step + 1 <= 5)
            break;
    }
    low = from;
    high = to;
    m_y->setRange(low, high);
    m_y->setTickCount(static_cast<int>(std::lround((high - low) / step)) + 1);
    m_x->setTitleText(tr("%1 (0–100)").arg(traitName));
    m_y->setTitleText(tr("Overall fit"));

    m_current->replace({QPointF(sweep.current, low), QPointF(sweep.current, high)});
    m_currentLabel->setText(tr("now %1").arg(formatValue(sweep.current)));

    QList<QPointF> flips;
    for (QGraphicsRectItem *box : m_labelBoxes)
        delete box; // and its label
    m_labelBoxes.clear();
    m_labels.clear();
    m_guides.clear();
    for (const Breakeven &flip : sweep.breakevens) {
        // Both leaders have the same fit at a breakeven; place the marker on the curve of the new leader.
        const auto &curve = sweep.overall.at(static_cast<size_t>(flip.leaderAbove));
        const double position = flip.value / 100.0 * static_cast<double>(sweep.positions.size() - 1);
        const size_t i = std::min(static_cast<size_t>(position), curve.size() - 2);
        const double t = position - static_cast<double>(i);
        flips.append({flip.value, curve[i] + t * (curve[i + 1] - curve[i])});
        auto *box = new QGraphicsRectItem(this);
        box->setPen(Qt::NoPen);
        box->setZValue(10);
        auto *label = new QGraphicsSimpleTextItem(box);
        label->setPos(3, 1);
        m_guides.push_back(new QGraphicsLineItem(box)); // placed by layoutLabels()
        m_labelBoxes.push_back(box);
        label->setText(
            tr("%1: %2 → %3")
                .arg(formatBreakeven(flip.value, sweep.current), modelNames.value(flip.leaderBelow),
                     modelNames.value(flip.leaderAbove)));
        m_labels.push_back(label);
    }
    m_flips->replace(flips);
    applyPalette(m_palette);
    layoutLabels();
}

QStringList SweepChart::flipLabels() const
{
    QStringList texts;
    for (const QGraphicsSimpleTextItem *label : m_labels)
        texts << label->text().replace(QStringLiteral("\u2192\n"), QStringLiteral("\u2192 ")); // as one line
    return texts;
}

std::vector<QRectF> SweepChart::labelRects() const
{
    std::vector<QRectF> rects{m_currentLabel->mapRectToParent(m_currentLabel->boundingRect())};
    for (const QGraphicsRectItem *box : m_labelBoxes)
        rects.push_back(box->mapRectToParent(box->rect()));
    return rects;
}

void SweepChart::applyPalette(const QPalette &palette)
{
    m_palette = palette;
    const QColor text = palette.color(QPalette::Text);
    QColor grid = text;
    grid.setAlphaF(isDark(palette) ? 0.18 : 0.12);
    setBackgroundBrush(palette.color(QPalette::Base));
    setBackgroundPen(Qt::NoPen);
    legend()->setLabelColor(text);
    for (QValueAxis *axis : {m_x, m_y}) {
        axis->setLabelsBrush(palette.color(QPalette::PlaceholderText));
        axis->setTitleBrush(text);
        axis->setGridLinePen(QPen(grid, 1));
        axis->setLinePen(QPen(grid, 1));
    }
    for (size_t m = 0; m < m_models.size(); ++m)
        m_models[m]->setPen(QPen(modelColor(static_cast<int>(m), palette), 2.5, modelPenStyle(static_cast<int>(m))));
    m_current->setPen(QPen(text, 1.5, Qt::DashLine));
    m_flips->setColor(palette.color(QPalette::Base));
    m_flips->setBorderColor(text);
    m_currentLabel->setBrush(text);
    m_yTitle->setBrush(text);
    for (QGraphicsSimpleTextItem *label : m_labels)
        label->setBrush(text);
    QColor background = palette.color(QPalette::Base);
    background.setAlphaF(0.85);
    for (QGraphicsRectItem *box : m_labelBoxes)
        box->setBrush(background);
    QColor guide = text;
    guide.setAlphaF(0.55);
    for (QGraphicsLineItem *line : m_guides)
        line->setPen(QPen(guide, 1, Qt::DotLine));
}

void SweepChart::layoutLabels()
{
    const QRectF area = plotArea();
    if (area.isEmpty())
        return;
    // In a short chart (long German findings above it) the axis labels would be elided for want of height;
    // the trait is named in the combo box right above, so its axis title goes first. The chart's height does
    // not depend on the title, so this cannot flip back and forth.
    const bool roomForTitle = size().height() >= kMinHeightForXTitle;
    if (m_x->isTitleVisible() != roomForTitle)
        m_x->setTitleVisible(roomForTitle);
    // The labels sit in a band above the plot, never on the curves: the y-axis title, "now", then the flips
    // left to right, each in the lowest row where it fits beside the others. A dotted guide runs from a flip's
    // label down to its marker.
    struct Placed {
        double left;
        double right;
        int row;
    };
    std::vector<Placed> placed;
    std::vector<double> rowHeights;
    const auto place = [&](double left, double width, double height) {
        int row = 0;
        for (;; ++row) {
            const bool free = std::none_of(placed.begin(), placed.end(), [&](const Placed &other) {
                return other.row == row && left < other.right + kLabelGap && other.left < left + width + kLabelGap;
            });
            if (free)
                break;
        }
        placed.push_back({left, left + width, row});
        if (static_cast<int>(rowHeights.size()) <= row)
            rowHeights.resize(static_cast<size_t>(row) + 1, 0.0);
        rowHeights[static_cast<size_t>(row)] = std::max(rowHeights[static_cast<size_t>(row)], height);
        return row;
    };

    const QRectF yTitleRect = m_yTitle->boundingRect();
    // Level with the left edge of the axis labels (at most "100").
    const double yTitleLeft =
        std::max(0.0, area.left() - QFontMetricsF(m_y->labelsFont()).horizontalAdvance(QStringLiteral("100")) - 6);
    const int yTitleRow = place(yTitleLeft, yTitleRect.width(), yTitleRect.height());

    // "now" beside the top of the current-value line, on whichever side has room.
    const double nowX = mapToPosition(QPointF(m_current->count() ? m_current->at(1).x() : 0, m_y->max()), m_current).x();
    const QRectF nowRect = m_currentLabel->boundingRect();
    const bool nowRight = nowX + 4 + nowRect.width() < area.right();
    const double nowLeft = nowRight ? nowX + 4 : nowX - 4 - nowRect.width();
    const int nowRow = place(nowLeft, nowRect.width(), nowRect.height());

    std::vector<int> rows;
    std::vector<QRectF> boxes;
    for (size_t i = 0; i < m_labels.size(); ++i) {
        // A label wider than the plot (long model names, as in German, or a narrow window) breaks after its
        // arrow instead of running out of the chart.
        QString text = m_labels[i]->text().replace(QStringLiteral("\u2192\n"), QStringLiteral("\u2192 "));
        m_labels[i]->setText(text);
        if (m_labels[i]->boundingRect().width() + 10 > area.width())
            m_labels[i]->setText(text.replace(QStringLiteral("\u2192 "), QStringLiteral("\u2192\n")));
        const QPointF marker = mapToPosition(m_flips->at(static_cast<qsizetype>(i)), m_flips);
        const QRectF size = m_labels[i]->boundingRect().adjusted(0, 0, 6, 2);
        const double x = std::clamp(marker.x() - size.width() / 2, area.left(), area.right() - size.width());
        rows.push_back(place(x, size.width(), size.height()));
        boxes.emplace_back(x, 0, size.width(), size.height());
    }

    // The band's height decides the top margin; the plot's width (and so every x above) does not depend on it.
    double band = kLabelGap;
    for (double height : rowHeights)
        band += height + kLabelGap;
    const int top = kTopMargin + static_cast<int>(std::ceil(band));
    if (margins().top() != top) {
        QMargins changed = margins();
        changed.setTop(top);
        setMargins(changed); // lays the chart out again, which calls this once more
    }
    const auto rowBottom = [&](int row) {
        double bottom = area.top() - kLabelGap;
        for (int r = 0; r < row; ++r)
            bottom -= rowHeights[static_cast<size_t>(r)] + kLabelGap;
        return bottom;
    };
    m_yTitle->setPos(yTitleLeft, rowBottom(yTitleRow) - yTitleRect.height());
    m_currentLabel->setPos(nowLeft, rowBottom(nowRow) - nowRect.height());
    for (size_t i = 0; i < m_labelBoxes.size(); ++i) {
        QRectF rect = boxes[i];
        rect.moveBottom(rowBottom(rows[i]));
        m_labelBoxes[i]->setRect(QRectF(QPointF(0, 0), rect.size()));
        m_labelBoxes[i]->setPos(rect.topLeft());
        const QPointF marker = mapToPosition(m_flips->at(static_cast<qsizetype>(i)), m_flips);
        const double x = marker.x() - rect.left();
        m_guides[i]->setLine(x, rect.height(), x, std::max(rect.height(), marker.y() - rect.top() - 6));
    }
}

} // namespace splitbench::gui
