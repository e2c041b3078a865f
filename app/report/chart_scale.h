// A linear value-to-pixel scale with "nice" tick values, shared by the sensitivity charts of the workbench
// and of the report.
#pragma once

#include <QLocale>
#include <QString>

#include <vector>

namespace splitbench::report {

class ChartScale final {
public:
    /// Covers `low`..`high` widened to round tick values (about `targetTicks` of them), mapped to `left`..`right`.
    ChartScale(double low, double high, double left, double right, int targetTicks = 6);

    [[nodiscard]] double toPixel(double value) const;
    [[nodiscard]] double low() const { return m_low; }
    [[nodiscard]] double high() const { return m_high; }
    [[nodiscard]] const std::vector<double> &ticks() const { return m_ticks; }
    /// A tick value as text: no decimals unless the step needs them, "+" for positive margins if asked.
    /// The report passes a fixed locale so its output does not depend on the machine.
    [[nodiscard]] QString tickLabel(double value, bool signedValues = false,
                                    const QLocale &locale = QLocale()) const;

private:
    double m_low;
    double m_high;
    double m_left;
    double m_right;
    double m_step = 1;
    std::vector<double> m_ticks;
};

} // namespace splitbench::report
