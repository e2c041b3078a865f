#include "stable_height_holder.h"

#include <QEvent>
#include <QLabel>

#include <algorithm>

namespace splitbench::gui {

StableHeightHolder::StableHeightHolder(QLabel *label, QWidget *parent) : QWidget(parent), m_label(label)
{
    label->setParent(this);
    // As a QLabel's policy; a fixed height with height-for-width would make the height at the current,
    // possibly unlaid-out, width the window's minimum.
    QSizePolicy policy(QSizePolicy::Expanding, label->wordWrap() ? QSizePolicy::Preferred : QSizePolicy::Fixed);
    policy.setHeightForWidth(label->wordWrap());
    setSizePolicy(policy);
    m_lineHeight = m_label->sizeHint().height();
}

QSize StableHeightHolder::sizeHint() const
{
    return m_label->wordWrap() ? m_label->sizeHint() : QSize(m_label->sizeHint().width(), m_lineHeight);
}

// A wrapped label's own minimum keeps it from a narrow, tall shape; a one-line label is clipped rather than
// widening the window.
QSize StableHeightHolder::minimumSizeHint() const
{
    return m_label->wordWrap() ? m_label->minimumSizeHint() : QSize();
}

bool StableHeightHolder::hasHeightForWidth() const
{
    return m_label->wordWrap();
}

int StableHeightHolder::heightForWidth(int width) const
{
    return m_label->wordWrap() ? m_label->heightForWidth(std::max(1, width)) : m_lineHeight;
}

void StableHeightHolder::fitText()
{
    if (m_label->wordWrap() && heightForWidth(width()) > height()) {
        updateGeometry();
        // The parent's own layout passes the request up only when it handles it, one event-loop pass later;
        // asking for the parent's place in the window too lays the window out in this pass, before the text is
        // painted clipped.
        if (QWidget *container = parentWidget())
            container->updateGeometry();
    }
}

bool StableHeightHolder::event(QEvent *event)
{
    // The label's updateGeometry() arrives here, as the label is in no layout.
    if (event->type() == QEvent::LayoutRequest)
        fitText();
    return QWidget::event(event);
}

void StableHeightHolder::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_label->setGeometry(rect());
}

void StableHeightHolder::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        m_lineHeight = m_label->sizeHint().height();
        updateGeometry();
    }
}

} // namespace splitbench::gui
