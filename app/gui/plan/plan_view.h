// The Handover Plan tab: the plan from today's split to a chosen model (core/handover_plan.h), with its exports.
#pragma once

#include "handover_plan.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace splitbench::gui {

class PlanTableModel;
class ProfileDocument;
class TodayActions;

/**
 * A target-model selector (the recommended model until the user picks one; it follows the recommendation until
 * then), a one-line summary, export buttons (CSV, Excel, Markdown: ReportActions writes them) and the plan's
 * steps in a table grouped by dimension. Without today's split it shows what the plan is for and how to start
 * one; with a plan that is empty it says that nothing changes hands. The plan is computed with planHandover()
 * when today's split, the models or the target change; a slider step only checks whether the recommendation
 * moved.
 */
class PlanView final : public QWidget {
    Q_OBJECT
public:
    PlanView(ProfileDocument *document, TodayActions *todayActions, QWidget *parent = nullptr);

    /// The model the plan leads to (an index into the document's catalogue), or -1 without today's split.
    [[nodiscard]] int targetModel() const;
    /// Chooses the target as the user does: from now on it no longer follows the recommendation.
    void setTargetModel(int model);
    /// True while the target follows the recommended model.
    [[nodiscard]] bool followsRecommendation() const { return m_follow; }
    /// The plan shown (empty without today's split).
    [[nodiscard]] const HandoverPlan &plan() const;
    [[nodiscard]] QString summaryText() const;

    [[nodiscard]] QComboBox *targetSelector() const { return m_target; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] PlanTableModel *planModel() const { return m_model; }
    [[nodiscard]] QPushButton *csvButton() const { return m_csv; }
    [[nodiscard]] QPushButton *xlsxButton() const { return m_xlsx; }
    [[nodiscard]] QPushButton *markdownButton() const { return m_markdown; }
    /// The page shown without today's split.
    [[nodiscard]] QWidget *emptyState() const { return m_empty; }

signals:
    /// The export buttons: 0 CSV, 1 Excel workbook, 2 Markdown (ReportActions::PlanFormat).
    void exportRequested(int format);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitChecklistColumn();
    void rebuildTargets();
    void followRecommendation();
    void recompute();

    ProfileDocument *m_document;
    QStackedWidget *m_pages;
    QWidget *m_empty;
    QWidget *m_content;
    QComboBox *m_target;
    QLabel *m_summary;
    QLabel *m_noChange;
    QPushButton *m_csv;
    QPushButton *m_xlsx;
    QPushButton *m_markdown;
    QTableView *m_table;
    PlanTableModel *m_model;
    bool m_follow = true;
};

} // namespace splitbench::gui
