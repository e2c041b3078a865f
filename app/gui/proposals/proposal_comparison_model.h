// The Proposals tab's table: two or three models side by side (one column each, then the usual market range),
// one row per figure: fit and rank, cost, contract term, notice, each priority's service level, findings.
#pragma once

#include "cost_model.h"
#include "fit_engine.h"
#include "proposal_terms.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace splitbench::gui {

/// What one compared model shows, except its fit (which follows every slider step: setFits()).
struct ComparedModel {
    int model = -1;
    QString name;
    bool custom = false;
    CostBreakdown cost;                  ///< Over the model's own contract term.
    std::optional<ProposalTerms> terms;  ///< Custom models only.
    std::vector<TermFlag> flags;         ///< The terms outside their usual ranges.
    int findings = 0;                    ///< checkModel()'s findings.
};

class ProposalComparisonModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    /// True for a cell whose figure is outside its usual range.
    static constexpr int FlaggedRole = Qt::UserRole + 1;
    /// The TermFlag's text of a flagged cell.
    static constexpr int FlagTextRole = Qt::UserRole + 2;

    enum class Row { Fit, Rank, CostPerMonth, CostOverTerm, Term, Notice, Response, Resolution, Cover, Findings };

    using QAbstractTableModel::QAbstractTableModel;

    /// "1 month", "24 months".
    [[nodiscard]] static QString monthsText(int months);

    /// Takes new models (their costs, terms and findings); resets the model.
    void setCompared(std::vector<ComparedModel> models, const QString &currency);
    /// Takes the fits of a new result: only the fit and rank rows change.
    void setFits(const FitResult &result);
    [[nodiscard]] const std::vector<ComparedModel> &compared() const { return m_models; }

    [[nodiscard]] Row rowKind(int row) const { return m_rows.at(static_cast<size_t>(row)).kind; }
    /// The priority of a Response, Resolution or Cover row; empty for others.
    [[nodiscard]] QString rowPriority(int row) const { return m_rows.at(static_cast<size_t>(row)).priority; }
    /// The row of `kind` (and `priority`), or -1.
    [[nodiscard]] int rowOf(Row kind, const QString &priority = {}) const;
    /// The catalogue model a column shows, or -1 for the usual range column.
    [[nodiscard]] int modelOfColumn(int column) const;
    [[nodiscard]] int usualRangeColumn() const { return static_cast<int>(m_models.size()); }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    struct RowInfo {
        Row kind;
        QString priority;
    };
    [[nodiscard]] QString cellText(const ComparedModel &model, const RowInfo &row) const;
    [[nodiscard]] QString usualText(const RowInfo &row) const;
    [[nodiscard]] const TermFlag *flagOf(const ComparedModel &model, const RowInfo &row) const;
    [[nodiscard]] const ServiceLevel *levelOf(const ComparedModel &model, const QString &priority) const;

    std::vector<ComparedModel> m_models;
    std::vector<RowInfo> m_rows;
    QString m_currency;
    std::vector<double> m_fits;  ///< Per compared model.
    std::vector<int> m_ranks;    ///< Per compared model, 1 = best of all models.
    int m_modelCount = 0;        ///< All models of the catalogue, for "rank 2 of 5".
    int m_recommended = -1;      ///< The catalogue's recommended model, -1 on a tie.
};

} // namespace splitbench::gui
