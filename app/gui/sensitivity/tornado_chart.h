// Tornado chart: how far each trait, moved from 0 to 100, shifts the margin between the two leading models.
#pragma once

#include "sensitivity.h"

#include <QWidget>

namespace splitbench::gui {

/**
 * One row per trait, largest swing first. A pale bar spans the margin with the trait at 0 and at 100, a solid
 * bar the margin within the ± window around the current value; each part takes the colour of the model that
 * leads there. Custom-painted so names, end values and the zero line never collide.
 */
class TornadoChart final : public QWidget {
    Q_OBJECT
public:
    explicit TornadoChart(QWidget *parent = nullptr);

    /// `traitNames` in catalogue order; `margin` is the current lead of `first` over `second`.
    void setData(std::vector<TornadoBar> bars, QStringList traitNames, double margin, double window, int first,
                 int second, QString firstName, QString secondName);
    [[nodiscard]] const std::vector<TornadoBar> &bars() const { return m_bars; }

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::vector<TornadoBar> m_bars;
    QStringList m_traitNames;
    QString m_firstName;
    QString m_secondName;
    double m_margin = 0;
    double m_window = 10;
    int m_first = 0;
    int m_second = 1;
};

} // namespace splitbench::gui
