// Colours and line styles that tell service models apart in every chart (report, exports and the GUI).
#pragma once

#include <QColor>
#include <Qt>

namespace splitbench::report {

/// Number of distinct colours before the palette repeats (with a different dash pattern).
inline constexpr int kModelPaletteSize = 8;

/// Okabe–Ito colour-blind-safe colour for the model at `index` (0 = first catalogue model).
QColor modelColor(int index);

/// The outline style for the model at `index`: solid, dashed, dotted… so models differ without colour.
Qt::PenStyle modelPenStyle(int index);

} // namespace splitbench::report
