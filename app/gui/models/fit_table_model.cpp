#include "fit_table_model.h"

#include "display_text.h"
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
        m_shown = shownCells();
        m_shownRecommended = m_document->result().recommended;
        m_shownRunnerUp = m_document->result().runnerUp;
        endResetModel();
    });
    // Today's split adds or drops its column.
    connect(document, &ProfileDocument::todayChanged, this, [this] {
        beginResetModel();
        m_shown = shownCells();
        endResetModel();
    });
    // Values only: the row and column structure stays, so views keep selection and sorting.
    connect(document, &ProfileDocument::resultChanged, this, &FitTableModel::announceChangedCells);
    m_shown = shownCells();
    m_shownRecommended = m_document->result().recommended;
    m_shownRunnerUp = m_document->result().runnerUp;
}

double FitTableModel::exactValue(int row, int column) const
{
    if (column == ImportanceColumn)
        return m_document->profile().importance[static_cast<size_t>(row)];
    const FitResult &result = m_document->result();
    const DimensionFit &fit = result.dimensions[static_cast<size_t>(row)];
    if (column == todayColumn())
        return m_document->todayDimensionFit().at(static_cast<size_t>(row));
    if (column < leadColumn())
        return fit.fit[static_cast<size_t>(column - FirstModelColumn)];
    return fit.fit[static_cast<size_t>(result.recommended)] - fit.fit[static_cast<size_t>(result.runnerUp)];
}

QString FitTableModel::displayText(int column, double number) const
{
    if (column == ImportanceColumn)
        return QLocale().toString(number, 'g', 3);
    if (column == leadColumn())
        return QLocale().toString(number, 'f', 1);
    return QLocale().toString(number, 'f', 0);
}

FitTableModel::ShownCell FitTableModel::shownCell(int row, int column) const
{
    const double exact = exactValue(row, column);
    ShownCell cell;
    cell.text = displayText(column, exact);
    if (column >= FirstModelColumn && column < leadColumn()) {
        // The best fit of the row in bold: the table reads like the radar's outermost point.
        const std::vector<double> &fits = m_document->result().dimensions[static_cast<size_t>(row)].fit;
        cell.bold = fits.size() > 1 && exact == *std::max_element(fits.begin(), fits.end());
    }
    return cell;
}

std::vector<FitTableModel::ShownCell> FitTableModel::shownCells() const
{
    std::vector<ShownCell> cells;
    const int rows = rowCount();
    const int columns = columnCount();
    cells.reserve(static_cast<size_t>(rows * (columns - ImportanceColumn)));
    for (int row = 0; row < rows; ++row)
        for (int column = ImportanceColumn; column < columns; ++column)
            cells.push_back(shownCell(row, column));
    return cells;
}

void FitTableModel::announceChangedCells()
{
    std::vector<ShownCell> shown = shownCells();
    if (shown.size() != m_shown.size()) { // the structure changed without modelsChanged: be safe
        m_shown = std::move(shown);
        if (rowCount() > 0)
            emit dataChanged(index(0, ImportanceColumn), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    const int numericColumns = columnCount() - ImportanceColumn;
    for (size_t i = 0; i < shown.size(); ++i) {
        if (shown[i] == m_shown[i])
            continue;
        // One cell per signal: for a range, Qt 6.4's views repaint their whole viewport.
        const int row = static_cast<int>(i) / numericColumns;
        const int column = ImportanceColumn + static_cast<int>(i) % numericColumns;
        const QModelIndex cell = index(row, column);
        emit dataChanged(cell, cell);
    }
    m_shown = std::move(shown);

    const FitResult &result = m_document->result();
    if (result.recommended != m_shownRecommended || result.runnerUp != m_shownRunnerUp) {
        m_shownRecommended = result.recommended;
        m_shownRunnerUp = result.runnerUp;
        emit headerDataChanged(Qt::Horizontal, leadColumn(), leadColumn()); // its tooltip names the two models
    }
}

int FitTableModel::leadColumn() const
{
    return FirstModelColumn + m_document->modelCount();
}

int FitTableModel::todayColumn() const
{
    return m_document->hasToday() ? leadColumn() + 1 : -1;
}

int FitTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_document->dimensionCount();
}

int FitTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : leadColumn() + (m_document->hasToday() ? 2 : 1);
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

    if (column == DimensionColumn) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
        case SortRole:
            return dimension.name;
        case Qt::ToolTipRole:
            // The whole name first: a narrow table elides it.
            return QStringLiteral("<b>%1</b><br>%2").arg(dimension.name.toHtmlEscaped(), dimension.summary.toHtmlEscaped());
        default:
            return {};
        }
    }
    const double number = exactValue(row, column);

    switch (role) {
    case Qt::DisplayRole:
        return displayText(column, number);
    case Qt::EditRole:
        return number;
    case SortRole:
        return QLocale().toDouble(displayText(column, number));
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (shownCell(row, column).bold) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (column == todayColumn())
            return todayColor(QApplication::palette());
        return {};
    case Qt::ToolTipRole:
        if (column == todayColumn())
            return tr("Today's split fits %1 %2 of 100 (not a candidate: never recommended, not in the lead).")
                .arg(dimension.name, QLocale().toString(number, 'f', 1));
        if (column >= FirstModelColumn && column < leadColumn()) {
            const int model = column - FirstModelColumn;
            return tr("%1 keeps about %2% of %3 in-house; your profile suggests %4%. Fit %5 of 100.")
                .arg(catalogue.models[static_cast<size_t>(model)].name,
                     QString::number(std::lround(fit.modelInternalShare[static_cast<size_t>(model)])), dimension.name,
                     QString::number(std::lround(fit.desiredInternalShare)), QLocale().toString(number, 'f', 1));
        }
        return {};
    default:
        return {};
    }
}

QVariant FitTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const Catalogue &catalogue = m_document->catalogue();
    if (orientation == Qt::Vertical) {
        // The row headers are hidden, but screen readers name each row by its header.
        if (role == Qt::AccessibleTextRole && section >= 0 && section < rowCount())
            return catalogue.dimensions[static_cast<size_t>(section)].name;
        return {};
    }
    const FitResult &result = m_document->result();
    const bool isModel = section >= FirstModelColumn && section < leadColumn();
    if (role == Qt::DisplayRole) {
        if (section == DimensionColumn)
            return tr("Dimension");
        if (section == ImportanceColumn)
            return tr("Weight");
        if (isModel) {
            // Two short lines keep the numeric columns narrow, leaving room for the dimension names.
            // A long name is cut: the column would otherwise be as wide as the name (the tooltip shows it whole).
            QString name = shortName(catalogue.models[static_cast<size_t>(section - FirstModelColumn)].name, 24);
            qsizetype best = -1;
            for (qsizetype i = name.indexOf(u' '); i >= 0; i = name.indexOf(u' ', i + 1))
                if (best < 0 || std::abs(i - name.size() / 2) < std::abs(best - name.size() / 2))
                    best = i;
            if (best > 0)
                name[best] = u'\n';
            return name;
        }
        if (section == todayColumn())
            return tr("Today");
        return tr("Lead");
    }
    if (role == Qt::ToolTipRole) {
        if (section == ImportanceColumn)
            return tr("How much this dimension counts in the overall fit (0 to 10; 1 is normal).");
        if (isModel)
            return tr("Fit of %1 for each dimension, 0 to 100.")
                .arg(catalogue.models[static_cast<size_t>(section - FirstModelColumn)].name);
        if (section == todayColumn())
            return tr("Fit of today's split for each dimension, 0 to 100: where the handover starts, not a candidate.");
        if (section == leadColumn())
            return tr("Fit of the recommended model (%1) minus fit of the runner-up (%2): positive where the "
                      "dimension favours the recommendation.")
                .arg(catalogue.models[static_cast<size_t>(result.recommended)].name,
                     catalogue.models[static_cast<size_t>(result.runnerUp)].name);
        return {};
    }
    if (role == Qt::ForegroundRole && isModel)
        return modelTextColor(section - FirstModelColumn, QApplication::palette()); // ties the column to the chart
    if (role == Qt::FontRole && section == todayColumn() && section >= 0) {
        QFont font;
        font.setItalic(true); // unlike the candidates' names
        return font;
    }
    if (role == Qt::TextAlignmentRole && section != DimensionColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace splitbench::gui
