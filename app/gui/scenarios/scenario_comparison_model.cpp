#include "scenario_comparison_model.h"

#include "number_format.h"

#include <QFont>
#include <QLocale>

namespace splitbench::gui {

void ScenarioComparisonModel::setComparison(ScenarioComparison comparison, const Catalogue &catalogue)
{
    QStringList names;
    for (const ServiceModel &model : catalogue.models)
        names << model.name;
    const bool sameShape = names.size() == m_modelNames.size() &&
                           comparison.outcomes.size() == m_comparison.outcomes.size() &&
                           comparison.hasCosts == m_comparison.hasCosts;
    if (!sameShape)
        beginResetModel();
    m_comparison = std::move(comparison);
    const bool namesChanged = names != m_modelNames;
    m_modelNames = names;
    if (!sameShape) {
        endResetModel();
        return;
    }
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    if (columnCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (namesChanged && rowCount() > 0)
        emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
}

void ScenarioComparisonModel::setEditedScenario(int scenario)
{
    if (scenario == m_edited)
        return;
    m_edited = scenario;
    if (columnCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

int ScenarioComparisonModel::scenarioOfColumn(int column) const
{
    return column >= 0 && column < columnCount() ? m_comparison.outcomes[static_cast<size_t>(column)].scenario : -1;
}

bool ScenarioComparisonModel::isFlipped(int column) const
{
    return std::find(m_comparison.flips.begin(), m_comparison.flips.end(), column) != m_comparison.flips.end();
}

int ScenarioComparisonModel::modelOfRow(int row) const
{
    return modelCount() > 0 ? row % modelCount() : -1;
}

bool ScenarioComparisonModel::isCostRow(int row) const
{
    return row >= modelCount();
}

int ScenarioComparisonModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return modelCount() * (m_comparison.hasCosts ? 2 : 1);
}

int ScenarioComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_comparison.outcomes.size());
}

QVariant ScenarioComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const ScenarioOutcome &outcome = m_comparison.outcomes[static_cast<size_t>(index.column())];
    const int model = modelOfRow(index.row());
    const bool recommended = !isCostRow(index.row()) && !outcome.isTie() && outcome.recommended == model;
    if (isCostRow(index.row())) {
        if (static_cast<size_t>(model) >= outcome.costs.size())
            return {};
        const CostBreakdown &cost = outcome.costs[static_cast<size_t>(model)];
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return formatMoney(cost.total() / cost.termMonths, m_comparison.currency);
        case Qt::ToolTipRole:
            return tr("%1 over the %2-month term")
                .arg(formatMoney(cost.total(), m_comparison.currency), QString::number(cost.termMonths));
        case Qt::TextAlignmentRole:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    if (static_cast<size_t>(model) >= outcome.overall.size())
        return {};
    const QString fit = QLocale().toString(outcome.overall[static_cast<size_t>(model)], 'f', 1);
    switch (role) {
    case Qt::DisplayRole:
        return fit;
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return recommended ? tr("%1, recommended in \"%2\"").arg(fit, outcome.name) : fit;
    case Qt::FontRole:
        if (recommended) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ScenarioComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= rowCount() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
            return {};
        const QString &name = m_modelNames[modelOfRow(section)];
        return isCostRow(section) ? tr("%1: cost per month").arg(name) : tr("%1: fit").arg(name);
    }
    if (section < 0 || section >= columnCount())
        return {};
    const ScenarioOutcome &outcome = m_comparison.outcomes[static_cast<size_t>(section)];
    const bool edited = outcome.scenario == m_edited;
    switch (role) {
    case Qt::DisplayRole: {
        QString text = isFlipped(section) ? tr("%1 (flips)").arg(outcome.name) : outcome.name;
        return edited ? tr("▸ %1").arg(text) : text;
    }
    case Qt::ToolTipRole: {
        QString tip = isFlipped(section) ? tr("\"%1\" changes the recommendation").arg(outcome.name)
                      : section == 0     ? tr("The profile's own values")
                                         : tr("\"%1\" keeps the recommendation").arg(outcome.name);
        tip = outcome.name + u'\n' + tip; // the whole of an elided name
        if (edited)
            tip += u'\n' + tr("Shown and edited in the workbench now");
        else
            tip += u'\n' + tr("Double-click or press Enter in this column to show and edit it");
        return tip;
    }
    case Qt::FontRole:
        if (edited || isFlipped(section)) {
            QFont font;
            font.setBold(edited);
            font.setItalic(isFlipped(section));
            return font;
        }
        return {};
    default:
        return {};
    }
}

} // namespace splitbench::gui
