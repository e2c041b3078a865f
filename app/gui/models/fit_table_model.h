// Table model of the fit per dimension: importance, each model's fit, and the lead of the recommended model.
#pragma once

#include <QAbstractTableModel>

namespace splitbench::gui {

class ProfileDocument;

/**
 * One row per dimension. Columns: dimension, importance, one fit column per model, and the lead of the
 * recommended model over the runner-up. Display text is rounded; Qt::EditRole
 * (the sort role) holds the exact number so sorting is numeric.
 */
class FitTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DimensionColumn = 0, ImportanceColumn, FirstModelColumn };

    explicit FitTableModel(ProfileDocument *document, QObject *parent = nullptr);

    [[nodiscard]] int modelColumn(int model) const { return FirstModelColumn + model; }
    [[nodiscard]] int leadColumn() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    ProfileDocument *m_document;
};

} // namespace splitbench::gui
