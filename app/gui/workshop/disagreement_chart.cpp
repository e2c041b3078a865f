#include "disagreement_chart.h"

#include "theme.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QPaintEvent>
#include <QPainter>
#include <QRegion>

#include <algorithm>
#include <cmath>

namespace splitbench::gui {

DisagreementChart::DisagreementChart(QWidget *parent) : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setAccessibleName(tr("Where the participants disagree"));
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, &DisagreementChart::settle);
}

void DisagreementChart::settle()
{
    if (m_sorted.strips.empty())
        return;
    m_sorted.highlighted = m_data.highlighted;
    m_data = std::move(m_sorted);
    m_sorted = {};
    invalidate();
    if (const QString description = describe(); description != accessibleDescription())
        setAccessibleDescription(description);
    update();
}

namespace {

bool sameItem(const report::ReportItem &a, const report::ReportItem &b)
{
    return a.kind == b.kind && a.rect == b.rect && a.text == b.text && a.color == b.color && a.border == b.border &&
           a.width == b.width && a.style == b.style && a.align == b.align && a.radius == b.radius &&
           a.pattern == b.pattern && a.font == b.font;
}

/// Where two drawings of the same shape differ, or nothing when they are the same.
QRegion changedRegion(const std::vector<report::ReportItem> &before, const std::vector<report::ReportItem> &after)
{
    QRegion region;
    for (size_t i = 0; i < after.size(); ++i) {
        if (sameItem(before[i], after[i]))
            continue;
        for (const report::ReportItem *item : {&before[i], &after[i]}) {
            const double reach = item->width + 2;
            region += item->rect.normalized().adjusted(-reach, -reach, reach, reach).toAlignedRect();
        }
    }
    return region;
}

} // namespace

void DisagreementChart::setWorkshop(const Catalogue &catalogue, const Profile &workshop,
                                    const WorkshopAnalysis &analysis, int highlighted)
{
    report::DisagreementData data = report::DisagreementData::make(catalogue, workshop, analysis);
    data.highlighted = highlighted;
    // The height depends on the names and the legend, not on the values: a slider step only repaints.
    const bool sameShape = data.participants == m_data.participants && data.weights == m_data.weights &&
                           data.strips.size() == m_data.strips.size() && data.highlighted == m_data.highlighted;
    // Values that keep changing keep the strips in the order they have (see kSettleMs).
    const auto sameOrder = [](const report::DisagreementData &a, const report::DisagreementData &b) {
        return std::equal(a.strips.begin(), a.strips.end(), b.strips.begin(), b.strips.end(),
                          [](const report::DisagreementStrip &x, const report::DisagreementStrip &y) {
                              return x.trait == y.trait;
                          });
    };
    if (sameShape && !m_data.strips.empty() && !sameOrder(data, m_data)) {
        m_sorted = data;
        std::vector<report::DisagreementStrip> held;
        for (const report::DisagreementStrip &shown : m_data.strips)
            for (const report::DisagreementStrip &strip : data.strips)
                if (strip.trait == shown.trait)
                    held.push_back(strip);
        data.strips = std::move(held);
        m_settle.start();
    } else {
        m_settle.stop();
        m_sorted = {};
    }
    std::vector<report::ReportItem> before;
    if (sameShape && m_itemsSize == size())
        before = std::move(m_items);
    m_data = std::move(data);
    invalidate();
    if (const QString description = describe(); description != accessibleDescription())
        setAccessibleDescription(description);
    if (!sameShape)
        updateGeometry();
    // A slider step moves one person's marker on one strip (and the group's mark): repaint only what moved.
    if (!before.empty() && isVisible()) {
        const std::vector<report::ReportItem> &after = items();
        if (after.size() == before.size()) {
            update(changedRegion(before, after));
            return;
        }
    }
    update();
}

report::DisagreementPlot DisagreementChart::plot() const
{
    return report::DisagreementPlot(m_data, chartStyle(*this), const_cast<DisagreementChart *>(this));
}

void DisagreementChart::invalidate()
{
    m_itemsSize = {};
    m_hitsSize = {};
    m_items.clear();
    m_hits.clear();
}

const std::vector<report::ReportItem> &DisagreementChart::items() const
{
    if (m_itemsSize != size()) {
        m_items = m_data.isEmpty() ? std::vector<report::ReportItem>{} : plot().items(QRectF(rect()));
        m_itemsSize = size();
    }
    return m_items;
}

const std::vector<report::DisagreementHit> &DisagreementChart::hits() const
{
    if (m_hitsSize != size()) {
        m_hits = m_data.isEmpty() ? std::vector<report::DisagreementHit>{} : plot().hits(QRectF(rect()));
        m_hitsSize = size();
    }
    return m_hits;
}

QString DisagreementChart::toolTipAt(QPointF position) const
{
    QStringList texts;
    for (const report::DisagreementHit &hit : hits())
        if (hit.rect.contains(position))
            texts << hit.text;
    return texts.join(u'\n');
}

int DisagreementChart::heightForWidth(int width) const
{
    return m_data.isEmpty() ? 120 : static_cast<int>(std::ceil(plot().naturalHeight(width)));
}

QSize DisagreementChart::sizeHint() const
{
    return {520, heightForWidth(520)};
}

QSize DisagreementChart::minimumSizeHint() const
{
    return {260, 120};
}

bool DisagreementChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        showChartToolTip(*this, *help, toolTipAt(QPointF(help->pos())));
        return true;
    }
    return QWidget::event(event);
}

void DisagreementChart::changeEvent(QEvent *event)
{
    if (changesChartLook(*event)) {
        invalidate();
        updateGeometry();
    }
    QWidget::changeEvent(event);
}

void DisagreementChart::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    for (const QRect &rect : event->region())
        painter.fillRect(rect, palette().color(QPalette::Base));
    report::paintItems(painter, items(), event->region());
}

QString DisagreementChart::describe() const
{
    // For screen readers: each strip's spread and the group's value, widest first.
    QStringList parts;
    for (const report::DisagreementStrip &strip : m_data.strips)
        parts << tr("%1: group %2, participants from %3 to %4")
                     .arg(strip.name, QLocale().toString(strip.consensus, 'f', 0), QLocale().toString(strip.low, 'f', 0),
                          QLocale().toString(strip.high, 'f', 0));
    return parts.join(QStringLiteral("; "));
}

} // namespace splitbench::gui
