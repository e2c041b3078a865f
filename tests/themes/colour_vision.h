// Colour science for the palette tests: colour-vision-deficiency simulation, CIELAB, CIEDE2000. (WCAG contrast is
// gui::contrastRatio(), which the workbench uses to pick readable text colours.)
#pragma once

#include <QColor>

#include <array>

namespace splitbench::test {

enum class Vision { Normal, Protanopia, Deuteranopia, Tritanopia };
inline constexpr std::array<Vision, 4> kAllVisions{Vision::Normal, Vision::Protanopia, Vision::Deuteranopia,
                                                   Vision::Tritanopia};
const char *visionName(Vision vision);

struct Lab {
    double l = 0, a = 0, b = 0;
};

/// How `colour` looks with the given vision: Machado, Oliveira & Fernandes (2009) at severity 1.0, applied to
/// linear RGB and clamped to the sRGB gamut; returned in CIELAB (D65).
Lab simulate(const QColor &colour, Vision vision);

/// The sRGB colour in CIELAB (D65 white).
Lab toLab(const QColor &colour);

/// CIEDE2000 colour difference (Sharma, Wu & Dalal 2005), kL = kC = kH = 1.
double deltaE2000(const Lab &x, const Lab &y);

} // namespace splitbench::test
