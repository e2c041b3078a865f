// Names from files as widgets show them: short enough that no label, header or legend widens the window.
#pragma once

#include "catalogue.h"

#include <QString>

namespace splitbench::gui {

/// The longest name a label, header or legend shows whole; longer ones end in "…" (tooltips show them whole).
inline constexpr int kShortNameLength = 40;

/// `name` cut to `maxCharacters` (ending in "…") when longer; a valid file can hold names of thousands of
/// characters, which would otherwise make the window as wide as the name.
[[nodiscard]] QString shortName(const QString &name, int maxCharacters = kShortNameLength);

/// `text` (a sentence the core wrote) with every model name of `catalogue` longer than kShortNameLength
/// replaced by its shortName(), so a label showing the sentence does not grow with the name.
[[nodiscard]] QString withShortNames(QString text, const Catalogue &catalogue);

} // namespace splitbench::gui
