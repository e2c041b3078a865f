// Colours and line styles that tell service models apart in every chart: report, exports and the workbench.
#pragma once

#include <QColor>
#include <Qt>

namespace splitbench::report {

/// Number of distinct colours before the palette repeats (with a different dash pattern).
inline constexpr int kModelPaletteSize = 8;

/// Which background the colours are drawn on: white paper and the light theme, or the dark theme.
enum class PaletteTone { Light, Dark };

/// The chart background each tone is designed against (the themes' QPalette::Base; reports are white).
QColor chartBackground(PaletteTone tone);

/// Colour of the model at `index` (built-in models first, then custom ones). The first four stay far
/// apart for protanopes, deuteranopes and tritanopes too, and every colour contrasts at least 3:1 with
/// the tone's chart background; tests/themes checks both.
QColor modelColor(int index, PaletteTone tone = PaletteTone::Light);

/// The outline style for the model at `index`: solid, dashed, dotted… so models differ without colour.
/// Models whose colours are closest (or repeat) never share a dash pattern.
Qt::PenStyle modelPenStyle(int index);

/// The hatching laid over the model's filled bars (none for the first model, diagonal lines for the next…),
/// so bars that colour alone tells apart also differ for readers who cannot see the colours.
Qt::BrushStyle modelFillPattern(int index);

/// Colour of today's split (issue 19): a neutral grey, unlike every model's hue, contrasting at least 3:1
/// with the tone's chart background. Drawn dashed and unfilled, so it reads as "where we are", not a candidate.
QColor todayColor(PaletteTone tone = PaletteTone::Light);

/// Number of cost components (provider fees, modules, onboarding, in-house staff, contractor, tools, recruiting).
inline constexpr int kCostComponentColours = 7;

/// Colour of a cost component (cost_plots.h's CostComponent order) in the stacked cost bars: the provider's
/// parts in cool hues, the in-house parts in warm ones; each contrasts at least 3:1 with the tone's chart
/// background, and neighbours differ in hatching too (costComponentPattern()); tests/themes checks both tones.
QColor costComponentColor(int component, PaletteTone tone = PaletteTone::Light);
/// The hatching over a cost component's segment, so neighbouring segments differ without colour.
Qt::BrushStyle costComponentPattern(int component);

} // namespace splitbench::report
