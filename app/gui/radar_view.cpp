#include "radar_view.h"

#include "accessibility.h"
#include "profile_document.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QToolTip>

#include <cmath>

namespace splitbench::gui {

RadarView::RadarView(ProfileDocument *document, QWidget *parent)
    : RadarChart(parent), m_document(document)
{
    installAccessibleInterfaces(); // one element per axis for screen readers (radar_accessibility.h)
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumSize(360, 320);
    setAccessibleName(tr("Radar chart of fit"));
    setAccessibleDescription(tr("One axis per dimension, one outline per model; the further out, the better the "
                                "model fits. Left and Right arrows select a dimension, Enter opens it."));
    setToolTip({});
}

QString RadarView::describe(int dimension) const
{
    const Catalogue &catalogue = m_document->catalogue();
    const DimensionFit &fit = m_document->result().dimensions[static_cast<size_t>(dimension)];
    QString text =
        QStringLiteral("<b>%1</b>").arg(catalogue.dimensions[static_cast<size_t>(dimension)].name.toHtmlEscaped());
    for (size_t m = 0; m < catalogue.models.size(); ++m)
        text += QStringLiteral("<br>") +
                tr("%1: fit %2").arg(catalogue.models[m].name.toHtmlEscaped(), QString::number(std::lround(fit.fit[m])));
    text += QStringLiteral("<br><i>") + tr("Click to see the models side by side") + QStringLiteral("</i>");
    return text;
}

void RadarView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const int dimension = dimensionAt(event->position());
        if (dimension >= 0) {
            setFocus(Qt::MouseFocusReason);
            emit dimensionActivated(dimension);
            event->accept();
            return;
        }
    }
    RadarChart::mousePressEvent(event);
}

void RadarView::mouseMoveEvent(QMouseEvent *event)
{
    const int dimension = dimensionAt(event->position());
    if (dimension != m_hovered) {
        m_hovered = dimension;
        setCursor(dimension >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        if (dimension >= 0)
            QToolTip::showText(event->globalPosition().toPoint(), describe(dimension), this);
        else
            QToolTip::hideText();
    }
    RadarChart::mouseMoveEvent(event);
}

void RadarView::keyPressEvent(QKeyEvent *event)
{
    const int n = dimensionCount();
    const int current = std::max(0, selectedDimension());
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
        emit dimensionSelected((current + 1) % n);
        return;
    case Qt::Key_Left:
    case Qt::Key_Up:
        emit dimensionSelected((current + n - 1) % n);
        return;
    case Qt::Key_Home:
        emit dimensionSelected(0);
        return;
    case Qt::Key_End:
        emit dimensionSelected(n - 1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        emit dimensionActivated(current);
        return;
    default:
        RadarChart::keyPressEvent(event);
    }
}

} // namespace splitbench::gui
