// Entry point of splitbench-cli; everything else lives in splitbench_cli_lib so tests can call it.
#include "cli_app.h"
#include "logging_setup.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>

#include <memory>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {
QtMessageHandler g_defaultHandler = nullptr;

/// An offscreen QGuiApplication asks for the session's runtime folder, which cron jobs, containers and CI
/// runners usually lack; Qt then uses a folder in /tmp and says so. That note is noise on a command line
/// (and would precede every real error message), so it alone is dropped.
void quietMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    g_defaultHandler(type, context, message);
}
} // namespace

int main(int argc, char *argv[])
{
#ifdef __GLIBC__
    // A report allocates and frees tens of megabytes in a fraction of a second. By default glibc gives freed
    // memory back to the system and grows the heap in small steps, and the page faults of taking it back cost
    // a sixth of a report's time (docs/performance.md); a short-lived process keeps what it had instead. Only
    // address space is reserved: untouched pages cost no memory.
    mallopt(M_TOP_PAD, 64 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
#endif
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
        g_defaultHandler = qInstallMessageHandler(quietMessages);
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    // The output is English and read by scripts too: "78.8" whatever the system's locale, as the JSON has it.
    QLocale::setDefault(QLocale::c());
    return splitbench::cli::run(arguments);
}
