// What screen readers get beyond Qt's defaults: the workbench's own accessible interfaces and small helpers.
#pragma once

#include <QString>

class QLabel;
class QLineEdit;

namespace splitbench::gui {

/**
 * Installs the workbench's accessible interfaces (once; call after the QApplication exists, before the widgets
 * are read): the radar chart with one element per axis (radar_accessibility.h), and combo boxes named by their
 * accessible name or label rather than by their current value (Qt names them by value on Linux).
 */
void installAccessibleInterfaces();

/// Turns on the field's clear button and names it after the field ("Clear Note on …"): Qt leaves it unnamed.
/// Set the field's accessible name first.
void enableClearButton(QLineEdit *edit);

/// The text a screen reader should read for a label showing rich text `html`: plain text without the colour
/// swatches ("■"), which would be read as "black square".
[[nodiscard]] QString screenReaderText(const QString &html);

/// Sets `label`'s accessible name to screenReaderText() of its text; call after each setText().
void nameFromRichText(QLabel *label);

} // namespace splitbench::gui
