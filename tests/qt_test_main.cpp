// main() for tests that need a QApplication (widgets, painting, printing): offscreen, isolated settings.
#include <QApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char *argv[])
{
    // Tests never need a display; this also makes test discovery work without the ctest environment.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // settings, logs and recovery files go to a test location
    QApplication::setOrganizationName(QStringLiteral("SplitbenchTests"));
    QApplication::setApplicationName(QStringLiteral("splitbench-tests"));
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
