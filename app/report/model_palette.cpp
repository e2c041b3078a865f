#include "model_palette.h"

#include <algorithm>
#include <array>

namespace splitbench::report {

namespace {
// Chosen by a search over sRGB for the largest colour differences (CIEDE2000) under simulated protanopia,
// deuteranopia and tritanopia (Machado et al. 2009) and normal vision, with every colour at least 3:1
// against its background (WCAG 2.1, non-text contrast). Same hue families in both tones, in the same
// order: blue, gold, plum, green, second blue, brick, olive, grey. Okabe & Ito's set, which the first
// version used, falls below 3:1 on white for orange, sky blue and yellow, and its dark variant had two
// blues that deuteranopes cannot tell apart.
constexpr std::array<QRgb, kModelPaletteSize> kLight{0x0090F8, 0xB08818, 0x802070, 0x205030,
                                                     0x0078A0, 0xB05840, 0x685000, 0x808880};
constexpr std::array<QRgb, kModelPaletteSize> kDark{0x80D8F8, 0xF8D028, 0xB07098, 0x609868,
                                                    0x0888F0, 0xE0A058, 0x908828, 0xE0D0D0};
// Cost components: provider fees, modules, onboarding (blue, violet, teal), then in-house staff, contractor,
// tools, recruiting (orange, red-purple, olive, brown).
constexpr std::array<QRgb, kCostComponentColours> kComponentsLight{0x1F6FB2, 0x6A4FB3, 0x1F7F80, 0xB4531F,
                                                                   0xA8386E, 0x5E7A1E, 0x7A5A3A};
constexpr std::array<QRgb, kCostComponentColours> kComponentsDark{0x68B0F0, 0xB4A0F0, 0x50C8C0, 0xF09A60,
                                                                  0xE890C0, 0xA8C860, 0xD0B088};
} // namespace

QColor chartBackground(PaletteTone tone)
{
    return tone == PaletteTone::Dark ? QColor(0x1f, 0x20, 0x23) : QColor(Qt::white);
}

QColor todayColor(PaletteTone tone)
{
    return tone == PaletteTone::Dark ? QColor(0xb4, 0xb4, 0xb4) : QColor(0x5c, 0x5c, 0x5c);
}

QColor modelColor(int index, PaletteTone tone)
{
    const auto &colours = tone == PaletteTone::Dark ? kDark : kLight;
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

Qt::BrushStyle modelFillPattern(int index)
{
    static constexpr std::array<Qt::BrushStyle, 4> patterns{Qt::NoBrush, Qt::BDiagPattern, Qt::FDiagPattern,
                                                            Qt::DiagCrossPattern};
    // Like the dashes: offset by the colour cycle, so a repeated colour gets other hatching.
    const int cycle = index >= 0 ? index / kModelPaletteSize : 0;
    const int slot = (std::max(index, 0) + cycle) % static_cast<int>(patterns.size());
    return patterns[static_cast<size_t>(slot)];
}

QColor costComponentColor(int component, PaletteTone tone)
{
    const auto &colours = tone == PaletteTone::Dark ? kComponentsDark : kComponentsLight;
    const int slot = ((component % kCostComponentColours) + kCostComponentColours) % kCostComponentColours;
    return QColor::fromRgb(colours[static_cast<size_t>(slot)]);
}

Qt::BrushStyle costComponentPattern(int component)
{
    // Provider fees and in-house staff, usually the largest, plain; the smaller parts beside them hatched.
    static constexpr std::array<Qt::BrushStyle, kCostComponentColours> patterns{
        Qt::NoBrush, Qt::BDiagPattern, Qt::FDiagPattern, Qt::NoBrush, Qt::DiagCrossPattern, Qt::BDiagPattern,
        Qt::FDiagPattern};
    const int slot = ((component % kCostComponentColours) + kCostComponentColours) % kCostComponentColours;
    return patterns[static_cast<size_t>(slot)];
}

} // namespace splitbench::report
