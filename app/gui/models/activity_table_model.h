// Table model of who does what in one dimension for one model or today's split; editable for custom models
// and today's split.
#pragma once

#include "catalogue.h"

#include <vector>

#include <QAbstractTableModel>

namespace splitbench::gui {

class ProfileDocument;

/**
 * Rows are the dimension's activities. Columns: activity, owner (Qt::EditRole holds the Owner as int),
 * provider share, provider RACI, internal RACI. Edits go through ProfileDocument (one undo step each).
 * Every edit keeps exactly one party Accountable: adding A to the second party is refused; removing A
 * from the only Accountable party hands accountability to the other one. An owner or share that no longer
 * agree are brought in line, and the user is told.
 */
class ActivityTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ActivityColumn = 0, OwnerColumn, ShareColumn, ProviderRaciColumn, InternalRaciColumn, ColumnCount };
    static constexpr int OwnerRole = Qt::UserRole + 1; ///< The Owner as int, for the chip delegate.
    static constexpr int NobodyResponsibleRole = Qt::UserRole + 2;
    /// What checkModel() finds at the activity beyond nobody Responsible (a split dependency, accountability
    /// given away), in plain words; empty for none.
    static constexpr int FindingRole = Qt::UserRole + 3;

    ActivityTableModel(ProfileDocument *document, int model, int dimension, QObject *parent = nullptr);

    /// The model index, or ProfileDocument::kTodayModel for today's split (editable while one is recorded).
    [[nodiscard]] int serviceModel() const { return m_model; }
    [[nodiscard]] bool isToday() const;
    [[nodiscard]] int dimension() const { return m_dimension; }
    void setDimension(int dimension);
    [[nodiscard]] bool isEditable() const;
    /// Activities of the dimension nobody is Responsible for in this model.
    [[nodiscard]] int nobodyResponsibleCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

signals:
    /// An edit was not applied; `reason` says why in plain words.
    void editRefused(const QString &reason);
    /// An edit was applied with an adjustment the user should know about.
    void editAdjusted(const QString &message);

private:
    [[nodiscard]] const Responsibility &responsibility(int activity) const;
    bool commit(int activity, const Responsibility &candidate);
    /// Recomputes the findings of the shown dimension (on a change of the split, not of the fit).
    void refreshFindings();

    std::vector<QString> m_findings; ///< Per activity of the shown dimension: FindingRole's text.

    ProfileDocument *m_document;
    int m_model;
    int m_dimension;
};

} // namespace splitbench::gui
