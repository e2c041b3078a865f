// One horizontal bar per model: the share of Monte Carlo variations in which that model is recommended.
#pragma once

#include <QWidget>

#include <vector>

namespace splitbench::gui {

class WinProbabilityChart final : public QWidget {
    Q_OBJECT
public:
    explicit WinProbabilityChart(QWidget *parent = nullptr);

    /// Probabilities 0..1 per model, in catalogue order.
    void setData(std::vector<double> probabilities, QStringList modelNames);
    [[nodiscard]] const std::vector<double> &probabilities() const { return m_probabilities; }
    /// The percentage as shown next to a model's bar, e.g. "87.3 %".
    [[nodiscard]] QString labelText(int model) const;

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::vector<double> m_probabilities;
    QStringList m_names;
};

} // namespace splitbench::gui
