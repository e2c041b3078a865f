// Colours and palettes of the workbench: light/dark application palettes and colour-blind-safe model colours.
#pragma once

#include "catalogue.h"
#include "chart_canvas.h"

#include <QColor>
#include <QEvent>
#include <QPalette>
#include <QRectF>
#include <QString>

class QPainter;
class QWidget;

class QHelpEvent;

namespace splitbench::gui {

/// The user's choice in View ▸ Theme.
enum class ThemeChoice { System, Light, Dark };

QString themeChoiceId(ThemeChoice choice); ///< "system", "light", "dark" (the settings value)
ThemeChoice themeChoiceFromId(const QString &id);

/// Switches the application to Fusion with the chosen palette. `System` restores the palette the platform
/// gave at start-up (captured on the first call).
void applyTheme(ThemeChoice choice);

/// True when the palette has a dark window background.
bool isDark(const QPalette &palette);

/// The colour of model `index` (built-in models first, then custom ones) for the palette's theme: the
/// report's palette (model_palette.h), in its dark tone when the palette is dark.
QColor modelColor(int index, const QPalette &palette);
/// The colour of model `index` for text (the fit table's column headers): the model's hue, darkened on the
/// light theme or lightened on the dark one until it reads at kTextContrast on the palette's Base, Window,
/// AlternateBase and Button (header) colours. The chart colours only need 3:1, which is too little for text.
QColor modelTextColor(int index, const QPalette &palette);

/// The colour of today's split (report::todayColor()) for the palette's theme.
QColor todayColor(const QPalette &palette);

/// WCAG 2.1 AA contrast for normal-size text.
inline constexpr double kTextContrast = 4.5;
/// WCAG 2.1 contrast ratio of two opaque colours, 1 to 21.
double contrastRatio(const QColor &a, const QColor &b);

/// Dashes that tell models apart even without colour (the same as in the report).
Qt::PenStyle modelPenStyle(int index);

/// Fills `rect` with the model's colour (at `alpha`) and its hatching (model_palette.h), for bars and swatches.
void fillModelRect(QPainter &painter, const QRectF &rect, int index, const QPalette &palette, double alpha = 1.0);

/// The look of the shared charts (report::ChartStyle) in a widget: its font, the theme's colours, its
/// resolution, the workbench's locale.
report::ChartStyle chartStyle(const QWidget &widget);
/// True for the events that change what a shared chart measures and says: its font, palette (the theme),
/// language or style.
bool changesChartLook(const QEvent &event);
/// Answers a tooltip request over a shared chart with `text`, hiding any tooltip where there is none.
void showChartToolTip(QWidget &chart, QHelpEvent &help, const QString &text);

/// Chip colours for who owns an activity (background and text), readable in both themes.
QColor ownerChipColor(Owner owner, const QPalette &palette);
QColor ownerChipTextColor(Owner owner, const QPalette &palette);

/// Background of rows that need the user's attention (e.g. nobody is Responsible).
QColor warningBackground(const QPalette &palette);

} // namespace splitbench::gui
