// The Workshop tab's table: each participant's role, weight, own recommendation and margin.
#pragma once

#include <QAbstractTableModel>

#include <vector>

namespace splitbench::gui {

class ProfileDocument;

class ParticipantTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, RecommendsColumn, MarginColumn, WeightColumn, RoleColumn, ColumnCount };

    explicit ParticipantTableModel(ProfileDocument *document, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// Re-reads the document: the rows when the participants changed, else the answers.
    void refresh();

private:
    /// What each row's cells show (display text, font, tooltip), to tell which rows a refresh changed.
    [[nodiscard]] std::vector<QVariantList> snapshot() const;

    ProfileDocument *m_document;
    int m_rows = 0;
    std::vector<QVariantList> m_shown;
};

} // namespace splitbench::gui
