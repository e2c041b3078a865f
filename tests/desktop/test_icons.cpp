// The PNG icons rendered at build time: every hicolor size exists, is square, and shows both model colours.
#include <QColor>
#include <QImage>
#include <QString>

#include <gtest/gtest.h>

namespace {

/// True if some pixel is within `tolerance` of `colour` in every channel (antialiasing blurs edges).
bool containsColour(const QImage &image, QColor colour, int tolerance = 24)
{
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.alpha() > 240 && std::abs(pixel.red() - colour.red()) <= tolerance &&
                std::abs(pixel.green() - colour.green()) <= tolerance &&
                std::abs(pixel.blue() - colour.blue()) <= tolerance)
                return true;
        }
    return false;
}

TEST(Icons, EverySizeIsRenderedWithBothModelColours)
{
    for (const int size : {16, 32, 48, 64, 128, 256}) {
        const QString path = QStringLiteral(SPLITBENCH_ICON_FOLDER "/%1x%1/apps/" SPLITBENCH_APP_ID ".png").arg(size);
        const QImage image(path);
        ASSERT_FALSE(image.isNull()) << path.toStdString();
        EXPECT_EQ(image.size(), QSize(size, size)) << size;
        EXPECT_TRUE(image.hasAlphaChannel()) << size;
        // The corners are outside the rounded tile: transparent, so the icon sits on any panel colour.
        EXPECT_EQ(image.pixelColor(0, 0).alpha(), 0) << size;
        EXPECT_TRUE(containsColour(image, QColor(0x00, 0x72, 0xB2))) << "blue at " << size;
        EXPECT_TRUE(containsColour(image, QColor(0xE6, 0x9F, 0x00))) << "orange at " << size;
    }
}

} // namespace
