#include "model_palette.h"

#include <algorithm>
#include <array>

namespace splitbench::report {

QColor modelColor(int index)
{
    // Okabe & Ito (2008), in the order that keeps the first two models far apart for every kind of
    // colour vision: blue, orange, green, purple, sky blue, vermillion, yellow, black.
    static constexpr std::array<QRgb, kModelPaletteSize> colours{0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7,
                                                                 0x56B4E9, 0xD55E00, 0xF0E442, 0x000000};
    const int slot = ((index % kModelPaletteSize) + kModelPaletteSize) % kModelPaletteSize;
    return QColor::fromRgb(colours[static_cast<size_t>(slot)]);
}

Qt::PenStyle modelPenStyle(int index)
{
    static constexpr std::array<Qt::PenStyle, 5> styles{Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine,
                                                        Qt::DashDotDotLine};
    // Offset by the colour cycle so a model that repeats a colour never repeats its dash as well.
    const int cycle = index >= 0 ? index / kModelPaletteSize : 0;
    const int slot = (std::max(index, 0) + cycle) % static_cast<int>(styles.size());
    return styles[static_cast<size_t>(slot)];
}

} // namespace splitbench::report
