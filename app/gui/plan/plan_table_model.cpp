#include "plan_table_model.h"

#include "number_format.h"
#include "plan_formats.h"

#include <QFont>

namespace splitbench::gui {

namespace {
QString arrow(const QString &before, const QString &after)
{
    return before == after ? before : QStringLiteral("%1 → %2").arg(before, after);
}
} // namespace

PlanTableModel::PlanTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void PlanTableModel::setPlan(const Catalogue *catalogue, HandoverPlan plan)
{
    beginResetModel();
    m_catalogue = catalogue;
    m_plan = std::move(plan);
    endResetModel();
}

int PlanTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_catalogue ? 0 : static_cast<int>(m_plan.steps.size());
}

int PlanTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PlanTableModel::text(int row, int column) const
{
    const HandoverStep &step = m_plan.steps.at(static_cast<size_t>(row));
    const Dimension &dimension = m_catalogue->dimensions.at(static_cast<size_t>(step.dimension));
    const Activity &activity = dimension.activities.at(static_cast<size_t>(step.activity));
    switch (column) {
    case StepColumn:
        return QString::number(row + 1);
    case DimensionColumn:
        return dimension.name;
    case ActivityColumn:
        return activity.name;
    case OwnerColumn:
        return arrow(ownerDisplayName(step.before.owner), ownerDisplayName(step.after.owner));
    case ProviderRaciColumn:
        return arrow(planRaci(step.before.providerRaci), planRaci(step.after.providerRaci));
    case InternalRaciColumn:
        return arrow(planRaci(step.before.internalRaci), planRaci(step.after.internalRaci));
    case ShareColumn: {
        const QString shares = arrow(formatDecimal(step.before.providerShare, 0) + u'%',
                                     formatDecimal(step.after.providerShare, 0) + u'%');
        if (!step.shareChanges())
            return shares;
        const double change = step.providerShareChange();
        return tr("%1 (%2%3)").arg(shares, change > 0 ? QStringLiteral("+") : QString(), formatDecimal(change, 0));
    }
    case PrerequisitesColumn: {
        QStringList numbers;
        for (const int p : step.prerequisites)
            numbers << QString::number(p + 1);
        return numbers.join(QStringLiteral(", "));
    }
    case ChecklistColumn:
        return activity.handover;
    default:
        return {};
    }
}

QVariant PlanTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_catalogue)
        return {};
    const int row = index.row();
    const int column = index.column();
    const bool groupStart = m_plan.startsGroup(static_cast<size_t>(row));
    switch (role) {
    case Qt::DisplayRole:
        // The dimension heads its group; the rows below it leave the cell empty, so the groups stand out.
        if (column == DimensionColumn && !groupStart)
            return QString();
        return text(row, column);
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        if (column == PrerequisitesColumn) {
            const QString numbers = text(row, column);
            return numbers.isEmpty() ? tr("Waits for no other step") : tr("Do after steps %1").arg(numbers);
        }
        if (column == OwnerColumn)
            return stepDirection(m_plan.steps.at(static_cast<size_t>(row)));
        return text(row, column);
    case Qt::FontRole:
        if (column == DimensionColumn && groupStart) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == StepColumn || column == ProviderRaciColumn || column == InternalRaciColumn)
            return QVariant(Qt::AlignCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant PlanTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::AccessibleTextRole && section >= 0 && section < rowCount())
            return tr("Step %1: %2").arg(QString::number(section + 1), text(section, ActivityColumn));
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (section) {
        case StepColumn: return tr("Step");
        case DimensionColumn: return tr("Dimension");
        case ActivityColumn: return tr("Activity");
        case OwnerColumn: return tr("Owner");
        case ProviderRaciColumn: return tr("Provider RACI");
        case InternalRaciColumn: return tr("In-house RACI");
        case ShareColumn: return tr("Provider share");
        case PrerequisitesColumn: return tr("After steps");
        case ChecklistColumn: return tr("Checklist");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case OwnerColumn: return tr("Who carries the activity today → in the target model");
        case ProviderRaciColumn: return tr("The provider's RACI letters today → in the target model");
        case InternalRaciColumn: return tr("The in-house team's RACI letters today → in the target model");
        case ShareColumn: return tr("The provider's share of the work today → in the target model (change in points)");
        case PrerequisitesColumn: return tr("The steps that must be done first");
        case ChecklistColumn: return tr("What to do when the activity changes hands");
        default: return {};
        }
    }
    return {};
}

} // namespace splitbench::gui
