// Editable table of the importance weight of each dimension (the compact weights editor).
#pragma once

#include <QAbstractTableModel>

namespace splitbench::gui {

class ProfileDocument;

class ImportanceModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DimensionColumn = 0, ImportanceColumn, ColumnCount };

    explicit ImportanceModel(ProfileDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Pushes an undo step; refuses values core rejects and reports why through editRefused().
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

signals:
    void editRefused(const QString &reason);

private:
    ProfileDocument *m_document;
};

} // namespace splitbench::gui
