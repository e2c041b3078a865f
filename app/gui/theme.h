// Colours and palettes of the workbench: light/dark application palettes and colour-blind-safe model colours.
#pragma once

#include "catalogue.h"

#include <QColor>
#include <QPalette>
#include <QString>

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

/// The Okabe–Ito based colour of model `index` (built-in models first, then custom ones), tuned so it
/// stands out on the palette's background in both light and dark themes.
QColor modelColor(int index, const QPalette &palette);
/// Dashes that tell models apart even without colour.
Qt::PenStyle modelPenStyle(int index);

/// Chip colours for who owns an activity (background and text), readable in both themes.
QColor ownerChipColor(Owner owner, const QPalette &palette);
QColor ownerChipTextColor(Owner owner, const QPalette &palette);

/// Background of rows that need the user's attention (e.g. nobody is Responsible).
QColor warningBackground(const QPalette &palette);

} // namespace splitbench::gui
