#include "report_branding.h"

#include "file_access.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>
#include <QPainter>
#include <QSvgRenderer>

namespace splitbench::report {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("splitbench::report", text); }
} // namespace

Loaded<Logo> loadLogo(const QString &path)
{
    Loaded<QByteArray> bytes = readInputFile(path, Logo::kMaxBytes);
    if (!bytes)
        return bytes.error();
    Logo logo;
    logo.data = bytes.value();
    const QByteArray head = logo.data.left(512).trimmed();
    if (head.startsWith("<?xml") || head.startsWith("<svg") || head.contains("<svg")) {
        QSvgRenderer renderer(logo.data);
        if (!renderer.isValid() || renderer.viewBoxF().isEmpty())
            return LoadError{path, {}, tr("the file is not an SVG drawing Splitbench can draw")};
        logo.format = Logo::Format::Svg;
        logo.size = renderer.viewBoxF().size();
        return logo;
    }
    QBuffer buffer(&logo.data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QSize size = reader.size();
    if (!reader.canRead() || (reader.format() != "png" && reader.format() != "jpeg"))
        return LoadError{path, {}, tr("the file is neither an SVG drawing nor a PNG or JPEG image")};
    if (size.width() > Logo::kMaxPixels || size.height() > Logo::kMaxPixels)
        return LoadError{path, {},
                         tr("the image is %1 × %2 pixels; a logo may be at most %3 pixels a side")
                             .arg(QString::number(size.width()), QString::number(size.height()),
                                  QString::number(Logo::kMaxPixels))};
    if (reader.read().isNull())
        return LoadError{path, {}, tr("the image cannot be decoded: %1").arg(reader.errorString())};
    logo.format = Logo::Format::Image;
    logo.size = QSizeF(size);
    return logo;
}

void paintLogo(QPainter &painter, const Logo &logo, const QRectF &rect)
{
    if (logo.size.isEmpty() || rect.isEmpty())
        return;
    const QSizeF size = logo.size.scaled(rect.size(), Qt::KeepAspectRatio);
    const QRectF target(rect.right() - size.width(), rect.top() + (rect.height() - size.height()) / 2, size.width(),
                        size.height());
    if (logo.format == Logo::Format::Svg) {
        QSvgRenderer renderer(logo.data);
        renderer.render(&painter, target);
    } else {
        QImage image;
        image.loadFromData(logo.data);
        painter.save();
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(target, image);
        painter.restore();
    }
}

QString PreparedBy::author() const
{
    QStringList parts;
    for (const QString &part : {name, company})
        if (!part.isEmpty())
            parts << part;
    return parts.join(QStringLiteral(", "));
}

QString PreparedBy::line() const
{
    QStringList parts;
    for (const QString &part : {name, company, contact})
        if (!part.isEmpty())
            parts << part;
    return parts.join(QStringLiteral("  ·  "));
}

QString PreparedBy::shortName() const
{
    return company.isEmpty() ? name : company;
}

} // namespace splitbench::report
