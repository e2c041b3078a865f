// The banner above the chart: the recommended model, every model's overall fit, the margin, what it costs
// beside the runner-up, and what decides it.
#pragma once

#include <QFrame>

class QLabel;

namespace splitbench::gui {

class ProfileDocument;
class StableHeightHolder;

class RecommendationBanner final : public QFrame {
    Q_OBJECT
public:
    explicit RecommendationBanner(ProfileDocument *document, QWidget *parent = nullptr);

    /// The texts shown, for tests and accessibility.
    [[nodiscard]] QString headline() const;
    [[nodiscard]] QString scores() const;
    /// Fit and cost side by side: the recommended model's fit and total cost, and the runner-up's cost.
    [[nodiscard]] QString cost() const;
    [[nodiscard]] QString reasons() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    ProfileDocument *m_document;
    QLabel *m_headline;
    QLabel *m_scores;
    QLabel *m_cost;
    QLabel *m_reasons;
    StableHeightHolder *m_costHolder = nullptr;
    StableHeightHolder *m_reasonsHolder = nullptr; // set once the layout is built; refresh() may run before
};

} // namespace splitbench::gui
