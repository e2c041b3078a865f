// List model of the catalogue's dimensions, marked with the colour of the model that fits each one best.
#pragma once

#include <QAbstractListModel>

namespace splitbench::gui {

class ProfileDocument;
class ModelViewState;

class DimensionListModel final : public QAbstractListModel {
    Q_OBJECT
public:
    DimensionListModel(ProfileDocument *document, ModelViewState *viewState, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    [[nodiscard]] int bestVisibleModel(int dimension) const;

    ProfileDocument *m_document;
    ModelViewState *m_viewState;
};

} // namespace splitbench::gui
