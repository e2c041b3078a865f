// The Scenarios tab: each model's fit (and cost) as profiled and in every scenario, side by side, with the
// sentence that says whether the recommendation holds. For a profile without scenarios: what a scenario is, and
// the button that adds one.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace splitbench::gui {

class ProfileDocument;
class ScenarioComparisonModel;
class StableHeightHolder;

class ScenariosPage final : public QWidget {
    Q_OBJECT
public:
    explicit ScenariosPage(ProfileDocument *document, QWidget *parent = nullptr);
    ~ScenariosPage() override;

    /// "New Scenario…" of the empty page; the window connects it.
    [[nodiscard]] QPushButton *addButton() const { return m_addButton; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] ScenarioComparisonModel *tableModel() const { return m_model; }
    /// Robust, or which scenario flips the recommendation.
    [[nodiscard]] QLabel *sentenceLabel() const { return m_sentence; }
    /// True while the comparison (not the explanation of a profile without scenarios) is shown.
    [[nodiscard]] bool showsComparison() const;
    /// How many times the comparison was computed (the benchmark and the tests check it is not on every step).
    [[nodiscard]] int refreshCount() const { return m_refreshes; }

    /// See WorkshopPage: the page fills what the tab gives it.
    [[nodiscard]] bool hasHeightForWidth() const override { return false; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();

    ProfileDocument *m_document;
    QStackedWidget *m_stack = nullptr;
    QPushButton *m_addButton = nullptr;
    QLabel *m_sentence = nullptr;
    StableHeightHolder *m_sentenceHolder = nullptr;
    QTableView *m_table = nullptr;
    ScenarioComparisonModel *m_model = nullptr;
    bool m_dirty = true;
    bool m_queued = false; ///< A refresh is posted to the event loop.
    int m_refreshes = 0;
};

} // namespace splitbench::gui
