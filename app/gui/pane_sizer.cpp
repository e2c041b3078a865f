#include "pane_sizer.h"

#include <QEvent>
#include <QSplitter>

#include <algorithm>

namespace splitbench::gui {

PaneSizer::PaneSizer(QSplitter *splitter, int pane, std::function<int(int total)> preferred)
    : QObject(splitter), m_splitter(splitter), m_pane(pane), m_preferred(std::move(preferred))
{
    connect(splitter, &QSplitter::splitterMoved, this, [this] { m_sizedByUser = true; });
    splitter->installEventFilter(this);
}

bool PaneSizer::restoreState(const QByteArray &state)
{
    m_sizedByUser = !state.isEmpty() && m_splitter->restoreState(state);
    return m_sizedByUser;
}

void PaneSizer::apply()
{
    if (m_sizedByUser || m_splitter->count() != 2)
        return;
    const int total = m_splitter->width() - m_splitter->handleWidth();
    if (total <= 0)
        return;
    const int pane = std::clamp(m_preferred(total), 0, total);
    QList<int> sizes{total - pane, total - pane};
    sizes[m_pane] = pane;
    sizes[1 - m_pane] = total - pane;
    if (m_splitter->sizes() != sizes)
        m_splitter->setSizes(sizes);
}

bool PaneSizer::eventFilter(QObject *watched, QEvent *event)
{
    // Before the splitter's own resize handling, with its new geometry already set: that then finds the sizes
    // adding up and keeps them.
    if (watched == m_splitter && event->type() == QEvent::Resize)
        apply();
    return QObject::eventFilter(watched, event);
}

} // namespace splitbench::gui
