#include "theme.h"

#include "model_palette.h"

#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleFactory>
#include <QToolTip>
#include <QWidget>

#include <algorithm>
#include <cmath>
#include <optional>

namespace splitbench::gui {

namespace {

std::optional<QPalette> &systemPalette()
{
    static std::optional<QPalette> palette;
    return palette;
}

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xf3, 0xf3, 0xf3));
    p.setColor(QPalette::WindowText, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Base, report::chartBackground(report::PaletteTone::Light)); // model colours assume it
    p.setColor(QPalette::AlternateBase, QColor(0xf6, 0xf7, 0xf9));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xe8));
    p.setColor(QPalette::ToolTipText, Qt::black);
    p.setColor(QPalette::PlaceholderText, QColor(0x68, 0x68, 0x68)); // 4.5:1 on Window, Base and Button
    p.setColor(QPalette::Text, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Button, QColor(0xf0, 0xf0, 0xf0));
    p.setColor(QPalette::ButtonText, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Light, Qt::white);
    p.setColor(QPalette::Midlight, QColor(0xe3, 0xe3, 0xe3));
    p.setColor(QPalette::Mid, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Dark, QColor(0x78, 0x78, 0x78));
    p.setColor(QPalette::Shadow, QColor(0x40, 0x40, 0x40));
    p.setColor(QPalette::Highlight, QColor(0x1f, 0x6f, 0xb5));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x00, 0x5a, 0x9c));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x90, 0x90, 0x90));
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, report::chartBackground(report::PaletteTone::Dark)); // model colours assume it
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2c));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3c, 0x40));
    p.setColor(QPalette::ToolTipText, QColor(0xf0, 0xf0, 0xf0));
    p.setColor(QPalette::PlaceholderText, QColor(0xa6, 0xa6, 0xa6)); // 4.5:1 on Window, Base and Button
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x36, 0x38, 0x3c));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4c, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x3e, 0x40, 0x44));
    p.setColor(QPalette::Mid, QColor(0x5c, 0x5e, 0x62));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1b, 0x1d));
    p.setColor(QPalette::Shadow, QColor(0x10, 0x10, 0x10));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x74, 0xb5)); // white text on it at 4.9:1
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7c, 0xc0, 0xf5));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

} // namespace

QString themeChoiceId(ThemeChoice choice)
{
    switch (choice) {
    case ThemeChoice::Light:
        return QStringLiteral("light");
    case ThemeChoice::Dark:
        return QStringLiteral("dark");
    case ThemeChoice::System:
        break;
    }
    return QStringLiteral("system");
}

ThemeChoice themeChoiceFromId(const QString &id)
{
    if (id == QLatin1String("light"))
        return ThemeChoice::Light;
    if (id == QLatin1String("dark"))
        return ThemeChoice::Dark;
    return ThemeChoice::System;
}

void applyTheme(ThemeChoice choice)
{
    if (!systemPalette())
        systemPalette() = QApplication::palette();
    // Fusion draws every control from the palette, so light and dark look equally finished.
    if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    switch (choice) {
    case ThemeChoice::Light:
        QApplication::setPalette(lightPalette());
        break;
    case ThemeChoice::Dark:
        QApplication::setPalette(darkPalette());
        break;
    case ThemeChoice::System:
        QApplication::setPalette(*systemPalette());
        break;
    }
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor modelColor(int index, const QPalette &palette)
{
    // One palette for the workbench, the report and the exports (app/report/model_palette.cpp).
    return report::modelColor(index, isDark(palette) ? report::PaletteTone::Dark : report::PaletteTone::Light);
}

QColor todayColor(const QPalette &palette)
{
    return report::todayColor(isDark(palette) ? report::PaletteTone::Dark : report::PaletteTone::Light);
}

QColor modelTextColor(int index, const QPalette &palette)
{
    const bool dark = isDark(palette);
    const QColor backgrounds[] = {palette.color(QPalette::Base), palette.color(QPalette::Window),
                                  palette.color(QPalette::AlternateBase), palette.color(QPalette::Button)};
    const auto worst = [&](const QColor &colour) {
        double least = 21;
        for (const QColor &background : backgrounds)
            least = std::min(least, contrastRatio(colour, background));
        return least;
    };
    // Fusion shades headers slightly around Button, so aim a little above the limit.
    constexpr double kTarget = kTextContrast + 0.2;
    QColor colour = modelColor(index, palette).toHsl();
    float hue = 0;
    float saturation = 0;
    float lightness = 0;
    colour.getHslF(&hue, &saturation, &lightness);
    hue = std::max(hue, 0.0f); // -1 for greys, which setHslF() rejects
    for (int step = 0; step < 100 && worst(colour) < kTarget; ++step) {
        lightness = std::clamp(lightness + (dark ? 0.01f : -0.01f), 0.0f, 1.0f);
        colour.setHslF(hue, saturation, lightness);
    }
    return colour.toRgb();
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double x = luminance(a);
    const double y = luminance(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}

Qt::PenStyle modelPenStyle(int index)
{
    return report::modelPenStyle(index);
}

void fillModelRect(QPainter &painter, const QRectF &rect, int index, const QPalette &palette, double alpha)
{
    QColor colour = modelColor(index, palette);
    colour.setAlphaF(alpha);
    painter.fillRect(rect, colour);
    const Qt::BrushStyle pattern = report::modelFillPattern(index);
    if (pattern == Qt::NoBrush || rect.width() < 3 || rect.height() < 3)
        return;
    // Stripes in the background colour: lighter on the light theme, darker on the dark one.
    QColor stripes = palette.color(QPalette::Base);
    stripes.setAlphaF(0.6 * alpha);
    painter.save();
    painter.setBrushOrigin(rect.topLeft());
    painter.fillRect(rect, QBrush(stripes, pattern));
    painter.restore();
}

bool changesChartLook(const QEvent &event)
{
    return event.type() == QEvent::FontChange || event.type() == QEvent::PaletteChange ||
           event.type() == QEvent::LanguageChange || event.type() == QEvent::StyleChange;
}

void showChartToolTip(QWidget &chart, QHelpEvent &help, const QString &text)
{
    if (text.isEmpty()) {
        QToolTip::hideText();
        help.ignore();
    } else {
        QToolTip::showText(help.globalPos(), text, &chart);
    }
}

report::ChartStyle chartStyle(const QWidget &widget)
{
    const QPalette palette = widget.palette();
    const bool dark = isDark(palette);
    const auto textAlpha = [&](float alpha) {
        QColor colour = palette.color(QPalette::Text);
        colour.setAlphaF(alpha);
        return colour;
    };
    report::ChartStyle style;
    style.font = widget.font();
    style.smallFont = widget.font();
    if (style.smallFont.pointSizeF() > 0)
        style.smallFont.setPointSizeF(style.smallFont.pointSizeF() * 0.85);
    style.legendFont = widget.font();
    style.tone = dark ? report::PaletteTone::Dark : report::PaletteTone::Light;
    style.background = palette.color(QPalette::Base);
    style.text = palette.color(QPalette::Text);
    style.muted = palette.color(QPalette::PlaceholderText);
    style.rule = textAlpha(dark ? 0.18f : 0.12f);
    style.stripe = textAlpha(dark ? 0.06f : 0.035f);
    style.track = textAlpha(dark ? 0.12f : 0.07f);
    // Stripes in the background colour: lighter on the light theme, darker on the dark one.
    style.hatch = palette.color(QPalette::Base);
    style.hatch.setAlphaF(0.6f);
    style.hatchWidth = 1.5;
    style.pixelsPerMm = widget.logicalDpiY() / 25.4;
    style.locale = QLocale();
    style.rowMinimumMm = 0;
    style.rowPaddingMm = 0.6;
    style.nameShare = 0.38;
    style.axisTitle = false;
    return style;
}

QColor ownerChipColor(Owner owner, const QPalette &palette)
{
    const bool darkTheme = isDark(palette);
    switch (owner) {
    case Owner::Provider:
        return darkTheme ? QColor(0x1d, 0x4f, 0x73) : QColor(0xd4, 0xe8, 0xf7);
    case Owner::Internal:
        return darkTheme ? QColor(0x1c, 0x5c, 0x47) : QColor(0xd3, 0xf0, 0xe3);
    case Owner::Shared:
        return darkTheme ? QColor(0x66, 0x4d, 0x12) : QColor(0xfb, 0xea, 0xc4);
    }
    return palette.color(QPalette::Button);
}

QColor ownerChipTextColor(Owner owner, const QPalette &palette)
{
    if (isDark(palette))
        return QColor(0xf2, 0xf2, 0xf2);
    switch (owner) {
    case Owner::Provider:
        return QColor(0x0b, 0x3d, 0x63);
    case Owner::Internal:
        return QColor(0x0d, 0x4a, 0x35);
    case Owner::Shared:
        return QColor(0x5c, 0x3f, 0x00);
    }
    return palette.color(QPalette::ButtonText);
}

QColor warningBackground(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x5a, 0x3a, 0x18) : QColor(0xff, 0xf1, 0xd6);
}

} // namespace splitbench::gui
