// Entry point of splitbench-cli; everything else lives in splitbench_cli_lib so tests can call it.
#include "cli_app.h"
#include "logging_setup.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

int main(int argc, char *argv[])
{
    // First, so that Qt's own start-up messages reach the log too.
    splitbench::app::installQtMessageHandler();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    QCoreApplication::setOrganizationName(QStringLiteral("Splitbench"));
    QCoreApplication::setApplicationName(QStringLiteral("splitbench-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SPLITBENCH_VERSION));

    std::unique_ptr<QCoreApplication> app;
    if (splitbench::cli::needsGui(arguments)) {
        // Reports paint text and charts; they need fonts but never a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    return splitbench::cli::run(arguments);
}
