// The Workshop tab's strips: a thin widget over report::DisagreementPlot (one strip per trait, every
// participant's value, the consensus and the spread), the same drawing as the report's "Who thinks what".
#pragma once

#include "disagreement_plot.h"

#include <QTimer>
#include <QWidget>

#include <vector>

namespace splitbench::gui {

class DisagreementChart final : public QWidget {
    Q_OBJECT
public:
    explicit DisagreementChart(QWidget *parent = nullptr);

    /// Shows `analysis` of `workshop`; `highlighted` (a participant, or -1) is drawn larger and named in bold.
    /// While values keep changing (a slider held down) the strips keep their order; they take the order of
    /// their spreads kSettleMs after the last change, so rows do not jump under the user's eyes.
    void setWorkshop(const Catalogue &catalogue, const Profile &workshop, const WorkshopAnalysis &analysis,
                     int highlighted);
    [[nodiscard]] const report::DisagreementData &data() const { return m_data; }
    [[nodiscard]] report::DisagreementPlot plot() const;
    /// The drawing at the widget's size (what paintEvent() draws).
    [[nodiscard]] const std::vector<report::ReportItem> &items() const;
    /// The markers and group marks at the widget's size.
    [[nodiscard]] const std::vector<report::DisagreementHit> &hits() const;
    /// The tooltip text at `position`, empty where there is none.
    [[nodiscard]] QString toolTipAt(QPointF position) const;

    static constexpr int kSettleMs = 400;
    /// True while the strips show an earlier order than their spreads' (until the edits settle).
    [[nodiscard]] bool holdsOrder() const { return m_settle.isActive(); }

    [[nodiscard]] bool hasHeightForWidth() const override { return true; }
    [[nodiscard]] int heightForWidth(int width) const override;
    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void invalidate();
    void settle();
    [[nodiscard]] QString describe() const;

    report::DisagreementData m_data;
    report::DisagreementData m_sorted; ///< The latest data in its own order, shown once the edits settle.
    QTimer m_settle;
    mutable QSize m_itemsSize;
    mutable QSize m_hitsSize;
    mutable std::vector<report::ReportItem> m_items;
    mutable std::vector<report::DisagreementHit> m_hits;
};

} // namespace splitbench::gui
