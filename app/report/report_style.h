// The fonts, ink colours and number formats shared by every report page, chart and export, so they agree.
#pragma once

#include <QColor>
#include <QFont>
#include <QString>

namespace splitbench::report {

/// DejaVu Sans at `points`, set explicitly so output is the same on every machine, and without ligatures
/// so text searched or copied from a PDF is exactly the text that was written.
QFont reportFont(double points, bool bold = false, bool italic = false);

/// The text styles of the report's sections, so every section sets body text and headings alike.
struct ReportFonts {
    QFont body = reportFont(9.5);
    QFont small = reportFont(8);
    QFont h1 = reportFont(17, true);
    QFont h2 = reportFont(12, true);
};

/// A light tint of `colour` (0 = white, 1 = the colour itself) for fills that print well.
QColor tint(const QColor &colour, double amount);

/// A fit or overall score as printed everywhere: one decimal ("81.5").
QString formatFit(double value);
/// A share as a whole percentage ("45%").
QString formatPercent(double value);
/// RACI letters, or an en dash for "no role" so an empty cell never looks like missing data.
QString formatRaci(const QString &letters);

namespace ink {
inline const QColor text{0x1A, 0x1A, 0x1A};
inline const QColor muted{0x5F, 0x6B, 0x76};
inline const QColor accent{0x1F, 0x3B, 0x57}; ///< Headings and rules.
inline const QColor rule{0xC8, 0xCE, 0xD6};   ///< Table rules, header and footer lines.
inline const QColor grid{0xB8, 0xC0, 0xC8};   ///< The radar chart's web.
inline const QColor headerFill{0xE6, 0xEC, 0xF2};
inline const QColor stripe{0xF5, 0xF7, 0xFA};
inline const QColor track{0xE4, 0xE8, 0xED}; ///< The empty part of a bar.
} // namespace ink

} // namespace splitbench::report
