#include "dimension_list_model.h"

#include "model_view_state.h"
#include "profile_document.h"
#include "theme.h"

#include <QApplication>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

namespace splitbench::gui {

DimensionListModel::DimensionListModel(ProfileDocument *document, ModelViewState *viewState, QObject *parent)
    : QAbstractListModel(parent), m_document(document), m_viewState(viewState)
{
    const auto refresh = [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0), index(rowCount() - 1), {Qt::DecorationRole, Qt::ToolTipRole});
    };
    connect(document, &ProfileDocument::resultChanged, this, refresh);
    connect(viewState, &ModelViewState::visibilityChanged, this, refresh);
}

int DimensionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_document->dimensionCount();
}

int DimensionListModel::bestVisibleModel(int dimension) const
{
    const std::vector<double> &fit = m_document->result().dimensions[static_cast<size_t>(dimension)].fit;
    int best = -1;
    for (int m = 0; m < static_cast<int>(fit.size()); ++m)
        if (m_viewState->isVisible(m) && (best < 0 || fit[static_cast<size_t>(m)] > fit[static_cast<size_t>(best)]))
            best = m;
    return best;
}

QVariant DimensionListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int row = index.row();
    const Dimension &dimension = m_document->catalogue().dimensions[static_cast<size_t>(row)];
    switch (role) {
    case Qt::DisplayRole:
        return dimension.name;
    case Qt::AccessibleTextRole:
        return dimension.name;
    case Qt::DecorationRole: {
        const int best = bestVisibleModel(row);
        if (best < 0)
            return {};
        QPixmap pixmap(QSize(10, 10) * 2);
        pixmap.setDevicePixelRatio(2); // crisp on high-DPI screens, sized right on normal ones
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(modelColor(best, QApplication::palette()));
        painter.drawEllipse(QRectF(1, 1, 8, 8));
        return QIcon(pixmap);
    }
    case Qt::ToolTipRole: {
        const int best = bestVisibleModel(row);
        QString tip = dimension.summary;
        if (best >= 0)
            tip += u'\n' +
                   tr("Best fit: %1 (%2 of 100)")
                       .arg(m_document->catalogue().models[static_cast<size_t>(best)].name,
                            QString::number(std::lround(m_document->result()
                                                            .dimensions[static_cast<size_t>(row)]
                                                            .fit[static_cast<size_t>(best)])));
        return tip;
    }
    default:
        return {};
    }
}

} // namespace splitbench::gui
