// The Overview's table of fit per dimension: its model, sorting, column sizing and the selected dimension.
#pragma once

#include <QList>
#include <QTableView>

class QSortFilterProxyModel;

namespace splitbench::gui {

class FitTableModel;
class ModelViewState;
class ProfileDocument;

/**
 * Shows a FitTableModel sorted through a proxy (catalogue order until the user sorts). The number columns are
 * as wide as their header text, the dimension column takes the rest but never less than a readable width; with
 * many models the columns lose padding before the table scrolls sideways. Follows the shared ModelViewState:
 * hidden models' columns are hidden, the selected dimension is the current row (and the other way round).
 */
class FitTableView final : public QTableView {
    Q_OBJECT
public:
    FitTableView(ProfileDocument *document, ModelViewState *viewState, QWidget *parent = nullptr);

    [[nodiscard]] FitTableModel *fitModel() const { return m_model; }
    [[nodiscard]] QSortFilterProxyModel *proxy() const { return m_proxy; }
    /// The width the number columns take now, for sharing the window between the table and the chart.
    [[nodiscard]] int numberColumnsWidth() const;
    /// The width that shows every dimension name whole beside the number columns (frame and scroll bar included).
    [[nodiscard]] int preferredWidth() const;

signals:
    /// The user activated a row (double click, Enter): show that dimension in detail.
    void dimensionActivated(int dimension);

protected:
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fitNumberColumns();
    void fitDimensionColumn();
    void applyModelVisibility();
    void showSelectedDimension(int dimension);

    ProfileDocument *m_document;
    ModelViewState *m_viewState;
    FitTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QList<int> m_numberTextWidths; ///< Widest header line (or number) of each column after the names.
};

} // namespace splitbench::gui
