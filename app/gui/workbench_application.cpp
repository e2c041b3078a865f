#include "workbench_application.h"

#include "autosave_manager.h"
#include "logging_setup.h"
#include "main_window.h"
#include "model_view_state.h"
#include "profile_document.h"
#include "sensitivity_runner.h"
#include "sensitivity_view.h"
#include "theme.h"
#include "workbench_settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QIcon>
#include <QImage>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <cstring>
#include <memory>

namespace splitbench::gui {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("splitbench::gui::WorkbenchApplication", text);
}

bool wantsScreenshot(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--screenshot") == 0 || std::strncmp(argv[i], "--screenshot=", 13) == 0)
            return true;
    return false;
}

int fail(const QString &message)
{
    QTextStream(stderr) << "splitbench: " << message << '\n';
    return 1;
}

/// Renders the window offscreen into a PNG, like a user would see it at that size.
int takeScreenshot(MainWindow &window, const QCommandLineParser &parser, const QString &output)
{
    const QStringList size = parser.value(QStringLiteral("size")).split(u'x');
    const int width = size.value(0).toInt();
    const int height = size.value(1).toInt();
    if (size.size() != 2 || width < 200 || height < 200)
        return fail(tr("--size must look like 1400x900"));
    if (parser.isSet(QStringLiteral("view"))) {
        const QString view = parser.value(QStringLiteral("view"));
        window.viewTabs()->setCurrentIndex(view == QLatin1String("explorer")      ? MainWindow::ExplorerTab
                                           : view == QLatin1String("sensitivity") ? MainWindow::SensitivityTab
                                                                                  : MainWindow::OverviewTab);
    }
    if (parser.isSet(QStringLiteral("dimension"))) {
        const int dimension = window.document()->catalogue().dimensionIndex(parser.value(QStringLiteral("dimension")));
        if (dimension < 0)
            return fail(tr("unknown dimension id \"%1\"").arg(parser.value(QStringLiteral("dimension"))));
        window.viewState()->setSelectedDimension(dimension);
    }
    window.resize(width, height);
    window.statusBar()->clearMessage(); // "Opened /path/…" would show the machine's folders
    window.show();
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    if (window.viewTabs()->currentIndex() == MainWindow::SensitivityTab) {
        // The robustness figures come from a background run: wait for it so the picture is complete.
        SensitivityRunner *runner = window.sensitivityView()->runner();
        QEventLoop loop;
        QObject::connect(runner, &SensitivityRunner::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        if (runner->isPending() || runner->isRunning())
            loop.exec();
        for (int i = 0; i < 5; ++i)
            QApplication::processEvents();
    }
    const QImage image = window.grab().toImage();
    if (!image.save(output, "PNG"))
        return fail(tr("%1: cannot write the screenshot").arg(output));
    return 0;
}
} // namespace

int runWorkbench(int argc, char *argv[])
{
    const bool screenshot = wantsScreenshot(argc, argv);
    if (screenshot && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // documentation screenshots need no display

    QApplication::setOrganizationName(QStringLiteral("Splitbench"));
    QApplication::setApplicationName(QStringLiteral("splitbench"));
    QApplication::setApplicationDisplayName(QStringLiteral("Splitbench"));
    QApplication::setApplicationVersion(QStringLiteral(SPLITBENCH_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(SPLITBENCH_APP_ID));
    app::installQtMessageHandler();
    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon::fromTheme(
        QStringLiteral(SPLITBENCH_APP_ID), QIcon(QStringLiteral(":/splitbench/icons/" SPLITBENCH_APP_ID ".svg"))));

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Compare fully managed and co-managed IT services for an organisation."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), tr("Profile to open (*.splitbench.json)."),
                                 QStringLiteral("[file]"));
    const auto hidden = [](QCommandLineOption option) {
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        return option;
    };
    parser.addOption(hidden(
        {QStringLiteral("screenshot"), tr("Render the window to PNG offscreen and exit."), QStringLiteral("png")}));
    parser.addOption(hidden({QStringLiteral("size"), tr("Window size for --screenshot."), QStringLiteral("WxH"),
                             QStringLiteral("1400x900")}));
    parser.addOption(hidden({QStringLiteral("theme"), tr("system, light or dark."), QStringLiteral("theme")}));
    parser.addOption(
        hidden({QStringLiteral("view"), tr("overview, explorer or sensitivity."), QStringLiteral("view")}));
    parser.addOption(hidden({QStringLiteral("dimension"), tr("Dimension id to select."), QStringLiteral("id")}));
    // For the crash-recovery test: one change through the normal undo path, which writes a recovery copy.
    parser.addOption(hidden({QStringLiteral("test-set-trait"),
                             tr("Change one trait through the undo path (test only)."), QStringLiteral("id=value")}));
    parser.process(app);

    // Screenshots must not depend on (or change) the user's settings or logs, and should look the same
    // everywhere; they show problems on stderr. The workbench itself logs to its file.
    QTemporaryDir scratch;
    app::configureLogging({.fileBaseName = {},
                           .folder = screenshot ? scratch.path() : QString(),
                           .console = screenshot,
                           .verbosity = app::Verbosity::Normal});

    std::unique_ptr<WorkbenchSettings> settings;
    if (screenshot) {
        settings = std::make_unique<WorkbenchSettings>(QDir(scratch.path()).filePath(QStringLiteral("settings.ini")));
        QFont font(QStringLiteral("DejaVu Sans"), 9);
        QApplication::setFont(font);
    } else {
        settings = std::make_unique<WorkbenchSettings>();
    }
    const QString theme =
        parser.isSet(QStringLiteral("theme")) ? parser.value(QStringLiteral("theme")) : settings->theme();
    settings->setTheme(themeChoiceId(themeChoiceFromId(theme)));
    applyTheme(themeChoiceFromId(theme));

    MainWindow window(settings.get());
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty() && !window.openFile(files.first()) && screenshot)
        return 2;

    if (screenshot)
        return takeScreenshot(window, parser, parser.value(QStringLiteral("screenshot")));

    window.enableAutosave(AutosaveManager::defaultFolder());
    window.show();
    window.offerRecovery();
    if (parser.isSet(QStringLiteral("test-set-trait"))) {
        const QStringList parts = parser.value(QStringLiteral("test-set-trait")).split(u'=');
        const int trait = window.document()->baseCatalogue().traitIndex(parts.value(0));
        bool ok = false;
        const double value = parts.value(1).toDouble(&ok);
        if (parts.size() != 2 || trait < 0 || !ok)
            return fail(tr("--test-set-trait needs TRAIT_ID=VALUE with a known trait id"));
        window.document()->setTrait(trait, value);
    }
    return QApplication::exec();
}

} // namespace splitbench::gui
