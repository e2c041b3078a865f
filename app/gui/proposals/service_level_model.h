// The service levels of one proposal (a custom model's ProposalTerms) as an editable table: priority, response,
// resolution, cover. Every edit is one undo step through ProfileDocument::setProposalTerms().
#pragma once

#include "proposal_terms.h"

#include <QAbstractTableModel>
#include <QStyledItemDelegate>

namespace splitbench::gui {

class ProfileDocument;

class ServiceLevelModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { PriorityColumn = 0, ResponseColumn, ResolutionColumn, CoverColumn, ColumnCount };

    explicit ServiceLevelModel(ProfileDocument *document, QObject *parent = nullptr);

    /// The custom model whose service levels are shown (a catalogue index), or -1 for none.
    void setServiceModel(int model);
    [[nodiscard]] int serviceModel() const { return m_model; }
    /// The shown proposal's terms (empty without any).
    [[nodiscard]] ProposalTerms terms() const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    /// An edit was not applied; `reason` says why in plain words.
    void editRefused(const QString &reason);

private:
    ProfileDocument *m_document;
    int m_model = -1;
};

/// Editors of the service level table: a line for the priority, spin boxes within core's limits, a list of covers.
class ServiceLevelDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace splitbench::gui
