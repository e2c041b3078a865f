#include "chart_scale.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace splitbench::report {

ChartScale::ChartScale(double low, double high, double left, double right, int targetTicks)
    : m_low(low), m_high(high), m_left(left), m_right(right)
{
    if (!(m_high > m_low)) { // one value only: give it some room
        m_low -= 1;
        m_high += 1;
    }
    const double raw = (m_high - m_low) / std::max(1, targetTicks);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double fraction = raw / magnitude;
    m_step = (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10) * magnitude;
    m_low = std::floor(m_low / m_step) * m_step;
    m_high = std::ceil(m_high / m_step) * m_step;
    for (double tick = m_low; tick <= m_high + m_step * 1e-6; tick += m_step)
        m_ticks.push_back(std::abs(tick) < m_step * 1e-9 ? 0.0 : tick);
}

double ChartScale::toPixel(double value) const
{
    return m_left + (value - m_low) / (m_high - m_low) * (m_right - m_left);
}

QString ChartScale::tickLabel(double value, bool signedValues, const QLocale &locale) const
{
    const int decimals = m_step >= 1 ? 0 : m_step >= 0.1 ? 1 : 2;
    QString text = locale.toString(value, 'f', decimals);
    if (signedValues && value > 0)
        text.prepend(u'+');
    return text;
}

} // namespace splitbench::report
