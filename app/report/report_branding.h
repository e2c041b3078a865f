// Whose report it is: *Prepared by* (a consultant's name, company, contact and logo) and *Prepared for*, on the
// cover, in every page's footer and in the PDF's document information.
#pragma once

#include "load_error.h"

#include <QByteArray>
#include <QSizeF>
#include <QString>

#include <memory>

class QPainter;
class QRectF;

namespace splitbench::report {

/// A logo for the cover: SVG (drawn as vectors) or a PNG or JPEG image.
struct Logo {
    static constexpr qsizetype kMaxBytes = 1024 * 1024;
    static constexpr int kMaxPixels = 4096; ///< Per side, for an image.
    enum class Format { Svg, Image };
    Format format = Format::Svg;
    QByteArray data;
    QSizeF size; ///< Its natural size (SVG view box or image pixels): only the aspect ratio matters.
};

/// Reads a logo, checked: at most Logo::kMaxBytes, an SVG Qt can draw or an image it can decode of at most
/// Logo::kMaxPixels a side. Errors name the file and say what is wrong.
[[nodiscard]] Loaded<Logo> loadLogo(const QString &path);
/// Draws `logo` as large as fits `rect`, keeping its aspect ratio, against the right edge of `rect`.
void paintLogo(QPainter &painter, const Logo &logo, const QRectF &rect);

struct PreparedBy {
    static constexpr int kMaxLength = 120; ///< Per field.
    QString name;
    QString company;
    QString contact; ///< An e-mail address, a phone number or a web address.
    std::shared_ptr<const Logo> logo;

    [[nodiscard]] bool isEmpty() const { return name.isEmpty() && company.isEmpty() && contact.isEmpty() && !logo; }
    /// "Dana Reyes, Harbour IT": the PDF's author; empty without a name or company.
    [[nodiscard]] QString author() const;
    /// "Dana Reyes · Harbour IT · dana@harbour-it.example": the cover's line.
    [[nodiscard]] QString line() const;
    /// The company, else the name: who the footer names.
    [[nodiscard]] QString shortName() const;
};

} // namespace splitbench::report
