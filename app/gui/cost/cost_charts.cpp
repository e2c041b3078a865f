#include "cost_charts.h"

#include "number_format.h"
#include "theme.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>

#include <cmath>

namespace splitbench::gui {

CostChartWidget::CostChartWidget(QWidget *parent) : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setMouseTracking(false); // tooltips come through QEvent::ToolTip
}

namespace {
/// Which components some model has: with the names, what the charts' height depends on.
std::vector<bool> componentsPresent(const report::CostChartData &data)
{
    std::vector<bool> present(report::kCostComponentCount, false);
    for (const CostBreakdown &cost : data.costs)
        for (int c = 0; c < report::kCostComponentCount; ++c)
            present[static_cast<size_t>(c)] =
                present[static_cast<size_t>(c)] || report::costComponentValue(cost, static_cast<report::CostComponent>(c)) > 0;
    return present;
}
} // namespace

void CostChartWidget::setData(const report::CostChartData &data)
{
    // A slider step brings new figures for the same models: the drawing is laid out again at the next paint,
    // but the window's layout is asked again only when the height can change (other names or components).
    const bool sameShape = data.modelNames == m_data.modelNames && componentsPresent(data) == componentsPresent(m_data);
    m_data = data;
    invalidate();
    setAccessibleDescription(describe());
    if (!sameShape)
        updateGeometry();
    update();
}

void CostChartWidget::invalidate()
{
    m_itemsSize = {};
    m_hitsSize = {};
    m_items.clear();
    m_hits.clear();
}

const std::vector<report::ReportItem> &CostChartWidget::items() const
{
    if (m_itemsSize != size()) {
        m_items = m_data.modelCount() > 0 ? layoutItems(QRectF(rect())) : std::vector<report::ReportItem>{};
        m_itemsSize = size();
    }
    return m_items;
}

const std::vector<report::CostChartHit> &CostChartWidget::hits() const
{
    if (m_hitsSize != size()) {
        m_hits = m_data.modelCount() > 0 ? layoutHits(QRectF(rect())) : std::vector<report::CostChartHit>{};
        m_hitsSize = size();
    }
    return m_hits;
}

QString CostChartWidget::toolTipAt(QPointF position) const
{
    // The first region that holds the position (a segment before its whole bar); models drawn at the same
    // point are named together.
    QStringList texts;
    QRectF first;
    for (const report::CostChartHit &hit : hits())
        if (hit.rect.contains(position) && (texts.isEmpty() || hit.rect == first)) {
            first = hit.rect;
            texts << hit.text;
        }
    return texts.join(u'\n');
}

QSize CostChartWidget::minimumSizeHint() const
{
    return {260, static_cast<int>(std::ceil(plotMinimumHeight()))};
}

bool CostChartWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        showChartToolTip(*this, *help, toolTipAt(QPointF(help->pos())));
        return true;
    }
    return QWidget::event(event);
}

void CostChartWidget::changeEvent(QEvent *event)
{
    if (changesChartLook(*event)) {
        invalidate();
        if (event->type() == QEvent::LanguageChange)
            setAccessibleDescription(describe());
        updateGeometry();
    }
    QWidget::changeEvent(event);
}

void CostChartWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    if (!isEnabled())
        painter.setOpacity(0.45);
    report::paintItems(painter, items());
}

// ---- Components ------------------------------------------------------------------------------------------

CostComponentsChart::CostComponentsChart(QWidget *parent) : CostChartWidget(parent)
{
    setObjectName(QStringLiteral("costComponentsChart"));
    setAccessibleName(tr("Cost of each model by component"));
}

report::CostComponentsPlot CostComponentsChart::plot() const
{
    return report::CostComponentsPlot(m_data, chartStyle(*this), const_cast<CostComponentsChart *>(this));
}

std::vector<report::ReportItem> CostComponentsChart::layoutItems(const QRectF &rect) const
{
    return plot().items(rect);
}

std::vector<report::CostChartHit> CostComponentsChart::layoutHits(const QRectF &rect) const
{
    return plot().hits(rect);
}

double CostComponentsChart::plotMinimumHeight() const
{
    return m_data.modelCount() > 0 ? plot().minimumHeight() : 120.0;
}

int CostComponentsChart::heightForWidth(int width) const
{
    return m_data.modelCount() > 0 ? static_cast<int>(std::ceil(plot().naturalHeight(width))) : 120;
}

QSize CostComponentsChart::sizeHint() const
{
    return {560, heightForWidth(560)};
}

QString CostComponentsChart::describe() const
{
    QStringList parts;
    for (int m = 0; m < m_data.modelCount(); ++m) {
        const CostBreakdown &cost = m_data.costs[static_cast<size_t>(m)];
        QStringList components;
        for (int c = 0; c < report::kCostComponentCount; ++c) {
            const auto component = static_cast<report::CostComponent>(c);
            const double value = report::costComponentValue(cost, component);
            if (value > 0)
                components << tr("%1 %2").arg(report::costComponentName(component),
                                              formatMoney(value, m_data.currency));
        }
        parts << tr("%1: %2 in total (%3)")
                     .arg(m_data.modelName(m), formatMoney(cost.total(), m_data.currency),
                          components.join(QStringLiteral(", ")));
    }
    return m_data.costAxisTitle() + QStringLiteral(". ") + parts.join(QStringLiteral("; "));
}

// ---- Value for money -------------------------------------------------------------------------------------

ValueForMoneyChart::ValueForMoneyChart(QWidget *parent) : CostChartWidget(parent)
{
    setObjectName(QStringLiteral("valueForMoneyChart"));
    setAccessibleName(tr("Value for money: overall fit against total cost"));
}

report::ValueForMoneyPlot ValueForMoneyChart::plot() const
{
    return report::ValueForMoneyPlot(m_data, chartStyle(*this), const_cast<ValueForMoneyChart *>(this));
}

std::vector<report::ReportItem> ValueForMoneyChart::layoutItems(const QRectF &rect) const
{
    return plot().items(rect);
}

std::vector<report::CostChartHit> ValueForMoneyChart::layoutHits(const QRectF &rect) const
{
    return plot().hits(rect);
}

double ValueForMoneyChart::plotMinimumHeight() const
{
    return plot().minimumHeight();
}

int ValueForMoneyChart::heightForWidth(int width) const
{
    return static_cast<int>(std::ceil(plot().naturalHeight(width)));
}

QSize ValueForMoneyChart::sizeHint() const
{
    return {560, heightForWidth(560)};
}

QString ValueForMoneyChart::describe() const
{
    QStringList parts;
    for (int m = 0; m < m_data.modelCount(); ++m) {
        const bool front = m < static_cast<int>(m_data.front.size()) && m_data.front[static_cast<size_t>(m)];
        const QString point = tr("%1: fit %2, %3 in total")
                                  .arg(m_data.modelName(m), QLocale().toString(m_data.fits[static_cast<size_t>(m)], 'f', 1),
                                       formatMoney(m_data.costs[static_cast<size_t>(m)].total(), m_data.currency));
        parts << (front ? tr("%1, best value").arg(point) : point);
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace splitbench::gui
