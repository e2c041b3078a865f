// Build-time tool: renders the scalable application icon into the PNG sizes of the hicolor icon theme.
// Usage: splitbench-render-icon <icon.svg> <output-folder> <icon-name> <size>...
// Writes <output-folder>/<size>x<size>/apps/<icon-name>.png for every size.
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char *argv[])
{
    // Runs during the build, where there is no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    QTextStream err(stderr);
    if (arguments.size() < 5) {
        err << "usage: splitbench-render-icon <icon.svg> <output-folder> <icon-name> <size>...\n";
        return 1;
    }
    QSvgRenderer renderer(arguments.at(1));
    if (!renderer.isValid()) {
        err << "error: " << arguments.at(1) << ": not a valid SVG file\n";
        return 1;
    }
    const QDir outputFolder(arguments.at(2));
    const QString iconName = arguments.at(3);
    for (const QString &sizeText : arguments.mid(4)) {
        bool ok = false;
        const int size = sizeText.toInt(&ok);
        if (!ok || size < 8 || size > 1024) {
            err << "error: icon size \"" << sizeText << "\" is not between 8 and 1024\n";
            return 1;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            renderer.render(&painter, QRectF(0, 0, size, size));
        }
        const QString folder = QStringLiteral("%1x%1/apps").arg(size);
        const QString path = outputFolder.filePath(folder + u'/' + iconName + QStringLiteral(".png"));
        if (!outputFolder.mkpath(folder) || !image.save(path, "PNG")) {
            err << "error: " << path << ": could not write the icon\n";
            return 1;
        }
    }
    return 0;
}
