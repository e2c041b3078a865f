// Table model of the fit per dimension: importance, each model's fit, and the lead of the recommended model.
#pragma once

#include <QAbstractTableModel>
#include <QString>

#include <vector>

namespace splitbench::gui {

class ProfileDocument;

/**
 * One row per dimension. Columns: dimension, importance, one fit column per model, and the lead of the
 * recommended model over the runner-up. Display text is rounded; Qt::EditRole holds the exact number and
 * SortRole the number as shown, so sorting is numeric and agrees with what the user reads.
 *
 * A slider step changes almost every exact fit but only a few shown ones, so views are told only about the
 * cells whose shown text or emphasis changed: the table then repaints those cells instead of itself.
 */
class FitTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DimensionColumn = 0, ImportanceColumn, FirstModelColumn };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit FitTableModel(ProfileDocument *document, QObject *parent = nullptr);

    [[nodiscard]] int modelColumn(int model) const { return FirstModelColumn + model; }
    [[nodiscard]] int leadColumn() const;
    /// Today's split's column, after the lead (it is no candidate: not bold, not in the lead); -1 without one.
    [[nodiscard]] int todayColumn() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    /// What a numeric cell shows: its text, and whether it is in bold. Compared as text, so a change is
    /// announced exactly when the display changes, whatever the rounding.
    struct ShownCell {
        QString text;
        bool bold = false;
        bool operator==(const ShownCell &) const = default;
    };

    [[nodiscard]] double exactValue(int row, int column) const;
    [[nodiscard]] QString displayText(int column, double number) const;
    [[nodiscard]] ShownCell shownCell(int row, int column) const;
    [[nodiscard]] std::vector<ShownCell> shownCells() const;
    void announceChangedCells();

    ProfileDocument *m_document;
    std::vector<ShownCell> m_shown; ///< Row-major, numeric columns only (ImportanceColumn onwards).
    int m_shownRecommended = -1;
    int m_shownRunnerUp = -1;
};

} // namespace splitbench::gui
