#include "colour_vision.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace splitbench::test {

namespace {
using Matrix = std::array<std::array<double, 3>, 3>;

// Machado et al. (2009), table for severity 1.0 (dichromacy), in linear RGB.
constexpr Matrix kProtanopia{{{0.152286, 1.052583, -0.204868},
                              {0.114503, 0.786281, 0.099216},
                              {-0.003882, -0.048116, 1.051998}}};
constexpr Matrix kDeuteranopia{{{0.367322, 0.860646, -0.227968},
                                {0.280085, 0.672501, 0.047413},
                                {-0.011820, 0.042940, 0.968881}}};
constexpr Matrix kTritanopia{{{1.255528, -0.076749, -0.178779},
                              {-0.078411, 0.930809, 0.147602},
                              {0.004733, 0.691367, 0.303900}}};

double toLinear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

std::array<double, 3> linearRgb(const QColor &colour)
{
    return {toLinear(colour.redF()), toLinear(colour.greenF()), toLinear(colour.blueF())};
}

Lab labFromLinear(const std::array<double, 3> &rgb)
{
    const auto [r, g, b] = rgb;
    const double x = 0.4124564 * r + 0.3575761 * g + 0.1804375 * b;
    const double y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b;
    const double z = 0.0193339 * r + 0.1191920 * g + 0.9503041 * b;
    const auto f = [](double t) {
        constexpr double epsilon = 216.0 / 24389.0;
        constexpr double kappa = 24389.0 / 27.0;
        return t > epsilon ? std::cbrt(t) : (kappa * t + 16.0) / 116.0;
    };
    const double fx = f(x / 0.95047);
    const double fy = f(y / 1.0);
    const double fz = f(z / 1.08883);
    return {116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)};
}

double degrees(double radians)
{
    return radians * 180.0 / std::numbers::pi;
}
double radians(double degrees)
{
    return degrees * std::numbers::pi / 180.0;
}
} // namespace

const char *visionName(Vision vision)
{
    switch (vision) {
    case Vision::Normal:
        return "normal vision";
    case Vision::Protanopia:
        return "protanopia";
    case Vision::Deuteranopia:
        return "deuteranopia";
    case Vision::Tritanopia:
        return "tritanopia";
    }
    return "?";
}

Lab toLab(const QColor &colour)
{
    return labFromLinear(linearRgb(colour));
}

Lab simulate(const QColor &colour, Vision vision)
{
    const std::array<double, 3> rgb = linearRgb(colour);
    const Matrix *matrix = vision == Vision::Protanopia     ? &kProtanopia
                           : vision == Vision::Deuteranopia ? &kDeuteranopia
                           : vision == Vision::Tritanopia   ? &kTritanopia
                                                            : nullptr;
    if (!matrix)
        return labFromLinear(rgb);
    std::array<double, 3> seen{};
    for (size_t i = 0; i < 3; ++i)
        seen[i] = std::clamp((*matrix)[i][0] * rgb[0] + (*matrix)[i][1] * rgb[1] + (*matrix)[i][2] * rgb[2], 0.0, 1.0);
    return labFromLinear(seen);
}

double deltaE2000(const Lab &x, const Lab &y)
{
    const double c1 = std::hypot(x.a, x.b);
    const double c2 = std::hypot(y.a, y.b);
    const double cMean7 = std::pow((c1 + c2) / 2.0, 7);
    const double g = 0.5 * (1.0 - std::sqrt(cMean7 / (cMean7 + std::pow(25.0, 7))));
    const double a1 = (1.0 + g) * x.a;
    const double a2 = (1.0 + g) * y.a;
    const double c1p = std::hypot(a1, x.b);
    const double c2p = std::hypot(a2, y.b);
    const auto hue = [](double b, double a) {
        if (a == 0 && b == 0)
            return 0.0;
        const double h = degrees(std::atan2(b, a));
        return h < 0 ? h + 360.0 : h;
    };
    const double h1 = hue(x.b, a1);
    const double h2 = hue(y.b, a2);

    const double dL = y.l - x.l;
    const double dC = c2p - c1p;
    double dh = 0;
    if (c1p * c2p != 0) {
        dh = h2 - h1;
        if (dh > 180)
            dh -= 360;
        else if (dh < -180)
            dh += 360;
    }
    const double dH = 2.0 * std::sqrt(c1p * c2p) * std::sin(radians(dh / 2.0));

    const double lMean = (x.l + y.l) / 2.0;
    const double cMeanP = (c1p + c2p) / 2.0;
    double hMean = h1 + h2;
    if (c1p * c2p != 0) {
        if (std::abs(h1 - h2) <= 180)
            hMean = (h1 + h2) / 2.0;
        else
            hMean = h1 + h2 < 360 ? (h1 + h2 + 360) / 2.0 : (h1 + h2 - 360) / 2.0;
    }
    const double t = 1.0 - 0.17 * std::cos(radians(hMean - 30)) + 0.24 * std::cos(radians(2 * hMean)) +
                     0.32 * std::cos(radians(3 * hMean + 6)) - 0.20 * std::cos(radians(4 * hMean - 63));
    const double dTheta = 30.0 * std::exp(-std::pow((hMean - 275.0) / 25.0, 2));
    const double cMeanP7 = std::pow(cMeanP, 7);
    const double rc = 2.0 * std::sqrt(cMeanP7 / (cMeanP7 + std::pow(25.0, 7)));
    const double sl = 1.0 + 0.015 * std::pow(lMean - 50, 2) / std::sqrt(20 + std::pow(lMean - 50, 2));
    const double sc = 1.0 + 0.045 * cMeanP;
    const double sh = 1.0 + 0.015 * cMeanP * t;
    const double rt = -std::sin(radians(2 * dTheta)) * rc;
    return std::sqrt(std::pow(dL / sl, 2) + std::pow(dC / sc, 2) + std::pow(dH / sh, 2) +
                     rt * (dC / sc) * (dH / sh));
}

} // namespace splitbench::test
