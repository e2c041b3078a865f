#include "importance_model.h"

#include "profile_document.h"

#include <QLocale>

namespace splitbench::gui {

ImportanceModel::ImportanceModel(ProfileDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(document, &ProfileDocument::importanceChanged, this, [this](int dimension) {
        emit dataChanged(index(dimension, ImportanceColumn), index(dimension, ImportanceColumn));
    });
    const auto all = [this] { emit dataChanged(index(0, ImportanceColumn), index(rowCount() - 1, ImportanceColumn)); };
    connect(document, &ProfileDocument::profileReset, this, all);
    connect(document, &ProfileDocument::editedParticipantChanged, this, all); // another person's weights
}

int ImportanceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_document->dimensionCount();
}

int ImportanceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportanceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Dimension &dimension = m_document->baseCatalogue().dimensions[static_cast<size_t>(index.row())];
    const double weight = m_document->shownImportance(index.row());
    if (index.column() == DimensionColumn) {
        if (role == Qt::DisplayRole)
            return dimension.name;
        if (role == Qt::ToolTipRole)
            return dimension.summary;
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return QLocale().toString(weight, 'g', 3);
    case Qt::EditRole:
        return weight;
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return tr("Importance of %1: 0 ignores it, 1 is normal, up to %2 counts it more. Double-click or press F2 "
                  "to edit.")
            .arg(dimension.name, QString::number(Profile::kMaxImportance));
    default:
        return {};
    }
}

QVariant ImportanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        // The row headers are hidden, but screen readers name each row by its header.
        if (role == Qt::AccessibleTextRole && section >= 0 && section < rowCount())
            return m_document->baseCatalogue().dimensions[static_cast<size_t>(section)].name;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    return section == DimensionColumn ? tr("Dimension") : tr("Importance");
}

Qt::ItemFlags ImportanceModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == ImportanceColumn && !m_document->groupValuesComputed())
        flags |= Qt::ItemIsEditable; // a workshop's group weights are computed from the participants
    return flags;
}

bool ImportanceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != ImportanceColumn || role != Qt::EditRole)
        return false;
    bool ok = false;
    const double weight = value.toDouble(&ok);
    if (!ok) {
        emit editRefused(tr("%1 is not a number").arg(value.toString()));
        return false;
    }
    if (const QString problem = m_document->setImportance(index.row(), weight); !problem.isEmpty()) {
        emit editRefused(tr("Importance not changed: %1.").arg(problem));
        return false;
    }
    return true;
}

} // namespace splitbench::gui
