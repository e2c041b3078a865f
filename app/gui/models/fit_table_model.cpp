#include "fit_table_model.h"

#include "profile_document.h"
#include "theme.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

#include <cmath>

namespace splitbench::gui {

FitTableModel::FitTableModel(ProfileDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(document, &ProfileDocument::modelsChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(document, &ProfileDocument::resultChanged, this, [this] {
        if (rowCount() == 0)
            return;
        // Values only: the row and column structure stays, so views keep selection and sorting.
        emit dataChanged(index(0, ImportanceColumn), index(rowCount() - 1, columnCount() - 1));
        emit headerDataChanged(Qt::Horizontal, leadColumn(), leadColumn());
    });
}

int FitTableModel::leadColumn() const
{
    return FirstModelColumn + m_document->modelCount();
}

int FitTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_document->dimensionCount();
}

int FitTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : leadColumn() + 1;
}

QVariant FitTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int row = index.row();
    const int column = index.column();
    const Catalogue &catalogue = m_document->catalogue();
    const Dimension &dimension = catalogue.dimensions[static_cast<size_t>(row)];
    const FitResult &result = m_document->result();
    const DimensionFit &fit = result.dimensions[static_cast<size_t>(row)];

    double number = 0;
    if (column == DimensionColumn) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
            return dimension.name;
        case Qt::ToolTipRole:
            return dimension.summary;
        default:
            return {};
        }
    } else if (column == ImportanceColumn) {
        number = m_document->profile().importance[static_cast<size_t>(row)];
    } else if (column < leadColumn()) {
        number = fit.fit[static_cast<size_t>(column - FirstModelColumn)];
    } else {
        number = fit.fit[static_cast<size_t>(result.recommended)] - fit.fit[static_cast<size_t>(result.runnerUp)];
    }

    switch (role) {
    case Qt::DisplayRole:
        if (column == ImportanceColumn)
            return QLocale().toString(number, 'g', 3);
        if (column == leadColumn())
            return QLocale().toString(number, 'f', 1);
        return QLocale().toString(number, 'f', 0);
    case Qt::EditRole:
        return number;
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (column >= FirstModelColumn && column < leadColumn()) {
            // The best fit of the row in bold: the table reads like the radar's outermost point.
            const auto best = std::max_element(fit.fit.begin(), fit.fit.end());
            if (fit.fit[static_cast<size_t>(column - FirstModelColumn)] == *best && fit.fit.size() > 1) {
                QFont font;
                font.setBold(true);
                return font;
            }
        }
        return {};
    case Qt::ToolTipRole:
        if (column >= FirstModelColumn && column < leadColumn()) {
            const int model = column - FirstModelColumn;
            return tr("%1 keeps about %2% of %3 in-house; your profile suggests %4%. Fit %5 of 100.")
                .arg(catalogue.models[static_cast<size_t>(model)].name)
                .arg(std::lround(fit.modelInternalShare[static_cast<size_t>(model)]))
                .arg(dimension.name)
                .arg(std::lround(fit.desiredInternalShare))
                .arg(QLocale().toString(number, 'f', 1));
        }
        return {};
    default:
        return {};
    }
}

QVariant FitTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    const Catalogue &catalogue = m_document->catalogue();
    const FitResult &result = m_document->result();
    const bool isModel = section >= FirstModelColumn && section < leadColumn();
    if (role == Qt::DisplayRole) {
        if (section == DimensionColumn)
            return tr("Dimension");
        if (section == ImportanceColumn)
            return tr("Weight");
        if (isModel) {
            // Two short lines keep the numeric columns narrow, leaving room for the dimension names.
            QString name = catalogue.models[static_cast<size_t>(section - FirstModelColumn)].name;
            qsizetype best = -1;
            for (qsizetype i = name.indexOf(u' '); i >= 0; i = name.indexOf(u' ', i + 1))
                if (best < 0 || std::abs(i - name.size() / 2) < std::abs(best - name.size() / 2))
                    best = i;
            if (best > 0)
                name[best] = u'\n';
            return name;
        }
        return tr("Lead");
    }
    if (role == Qt::ToolTipRole) {
        if (section == ImportanceColumn)
            return tr("How much this dimension counts in the overall fit (0 to 10; 1 is normal).");
        if (isModel)
            return tr("Fit of %1 for each dimension, 0 to 100.")
                .arg(catalogue.models[static_cast<size_t>(section - FirstModelColumn)].name);
        if (section == leadColumn())
            return tr("Fit of the recommended model (%1) minus fit of the runner-up (%2): positive where the "
                      "dimension favours the recommendation.")
                .arg(catalogue.models[static_cast<size_t>(result.recommended)].name,
                     catalogue.models[static_cast<size_t>(result.runnerUp)].name);
        return {};
    }
    if (role == Qt::ForegroundRole && isModel)
        return modelColor(section - FirstModelColumn, QApplication::palette()); // ties the column to the chart
    if (role == Qt::TextAlignmentRole && section != DimensionColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace splitbench::gui
