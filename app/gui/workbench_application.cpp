#include "workbench_application.h"

#include "autosave_manager.h"
#include "logging_setup.h"
#include "main_window.h"
#include "proposals/proposals_page.h"
#include "models/activity_table_model.h"
#include "model_view_state.h"
#include "profile_document.h"
#include "sensitivity_runner.h"
#include "sensitivity_view.h"
#include "proposals/import_review_dialog.h"
#include "proposals/proposal_actions.h"
#include "preferences_dialog.h"
#include "theme.h"
#include "app_language.h"
#include "workbench_settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QDir>
#include <QEventLoop>
#include <QIcon>
#include <QImage>
#include <QStatusBar>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QPainter>
#include <QTimer>

#include <cstring>
#include <ctime>
#include <memory>

#include <unistd.h>

namespace splitbench::gui {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("splitbench::gui", text);
}

bool hasOption(int argc, char *argv[], const char *option)
{
    const size_t length = std::strlen(option);
    for (int i = 1; i < argc; ++i)
        if (std::strncmp(argv[i], option, length) == 0 && (argv[i][length] == '\0' || argv[i][length] == '='))
            return true;
    return false;
}

/// Nanoseconds since the kernel started this process: /proc/self/stat's start time (field 22, in clock ticks
/// since boot, so up to one tick, usually 10 ms, too long) against CLOCK_BOOTTIME now. It includes loading and
/// linking the Qt libraries, which a timer started in main() would miss. -1 if /proc is unavailable.
qint64 nanosecondsSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    // read-ok: this process's own status line from the kernel, never blocks, never a user's file
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // The command name (field 2) is in parentheses and may contain spaces: count fields after the last ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    constexpr int kStartTimeAfterName = 22 - 3;
    bool ok = false;
    const qint64 startTicks = fields.value(kStartTimeAfterName).toLongLong(&ok);
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    timespec now{};
    if (!ok || ticksPerSecond <= 0 || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    const qint64 nowNs = qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
    return nowNs - startTicks * (1'000'000'000 / ticksPerSecond);
}

/// For `--measure-startup`: after the window's first paint event (and the rest of that repaint pass), prints
/// the milliseconds since the process started and quits.
class FirstPaintProbe final : public QObject {
public:
    explicit FirstPaintProbe(QElapsedTimer sinceMain) : m_sinceMain(sinceMain) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // Queued: runs once the children are painted and the backing store is flushed to the screen.
            QMetaObject::invokeMethod(this, &FirstPaintProbe::report, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void report()
    {
        const qint64 sinceStart = nanosecondsSinceProcessStart();
        const qint64 ns = sinceStart >= 0 ? sinceStart : m_sinceMain.nsecsElapsed();
        QTextStream(stdout) << (ns + 500'000) / 1'000'000 << '\n';
        QCoreApplication::exit(0);
    }

    QElapsedTimer m_sinceMain;
    bool m_seen = false;
};

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
        window.viewTabs()->setCurrentIndex(view == QLatin1String("proposals")   ? window.viewTabs()->indexOf(window.proposalsPage())
                                           : view == QLatin1String("plan")          ? window.planTabIndex()
                                           : view == QLatin1String("explorer")      ? MainWindow::ExplorerTab
                                           : view == QLatin1String("sensitivity") ? MainWindow::SensitivityTab
                                           : view == QLatin1String("cost")        ? MainWindow::CostTab
                                           : view == QLatin1String("workshop")    ? MainWindow::WorkshopTab
                                           : view == QLatin1String("scenarios")   ? MainWindow::ScenariosTab
                                                                                  : MainWindow::OverviewTab);
    }
    if (parser.isSet(QStringLiteral("participant"))) {
        const int participant = window.document()->profile().participantIndex(parser.value(QStringLiteral("participant")));
        if (participant < 0)
            return fail(tr("unknown participant id \"%1\"").arg(parser.value(QStringLiteral("participant"))));
        window.document()->setEditedParticipant(participant);
    }
    if (parser.isSet(QStringLiteral("scenario"))) {
        const QString wanted = parser.value(QStringLiteral("scenario"));
        const int scenario = window.document()->profile().scenarioIndex(wanted);
        if (scenario < 0)
            return fail(tr("unknown scenario \"%1\" (give its id or its name)").arg(wanted));
        window.document()->setEditedScenario(scenario);
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
    if (parser.isSet(QStringLiteral("edit-activity"))) {
        // For the user guide: a custom model's activity table with the owner editor open, as after a double-click.
        const QString id = parser.value(QStringLiteral("edit-activity"));
        auto *panel = window.findChild<QWidget *>(QStringLiteral("modelPanel_%1").arg(id));
        auto *view = panel ? panel->findChild<QTableView *>(QStringLiteral("activityView")) : nullptr;
        if (!view || view->model()->rowCount() == 0)
            return fail(tr("no model \"%1\" in the dimension explorer").arg(id));
        const QModelIndex cell = view->model()->index(0, ActivityTableModel::OwnerColumn);
        if (!(view->model()->flags(cell) & Qt::ItemIsEditable))
            return fail(tr("\"%1\" is a built-in model; only custom models can be edited").arg(id));
        if (auto *scroll = window.findChild<QScrollArea *>(QStringLiteral("explorerScrollArea")))
            scroll->ensureWidgetVisible(view, 0, 40);
        view->setCurrentIndex(cell);
        view->edit(cell);
        for (int i = 0; i < 5; ++i)
            QApplication::processEvents();
    }
    QImage image = window.grab().toImage();
    // A dialog over the window, as the user sees it: --import-review SHEET or --preferences.
    std::unique_ptr<ImportReviewDialog> review;
    QDialog *dialog = nullptr;
    if (parser.isSet(QStringLiteral("import-review"))) {
        review = window.proposalActions()->reviewFor(parser.value(QStringLiteral("import-review")));
        if (!review)
            return fail(tr("%1: no matrix to review").arg(parser.value(QStringLiteral("import-review"))));
        review->resize(std::min(940, width - 60), std::min(620, height - 80));
        dialog = review.get();
    } else if (parser.isSet(QStringLiteral("preferences"))) {
        window.showPreferences();
        dialog = window.preferencesDialog();
        dialog->adjustSize();
    }
    if (dialog) {
        dialog->show();
        for (int i = 0; i < 5; ++i)
            QApplication::processEvents();
        const QImage over = dialog->grab().toImage();
        QPainter painter(&image);
        const qreal ratio = image.devicePixelRatio();
        const QPointF at((image.width() / ratio - over.width() / over.devicePixelRatio()) / 2,
                         (image.height() / ratio - over.height() / over.devicePixelRatio()) / 2);
        painter.fillRect(QRectF(QPointF(0, 0), QSizeF(image.size()) / ratio), QColor(0, 0, 0, 60)); // the window behind
        painter.drawImage(at, over);
    }
    if (!image.save(output, "PNG"))
        return fail(tr("%1: cannot write the screenshot").arg(output));
    return 0;
}
} // namespace

int runWorkbench(int argc, char *argv[])
{
    QElapsedTimer sinceMain; // the fallback for --measure-startup where /proc is unavailable
    sinceMain.start();
    const bool screenshot = hasOption(argc, argv, "--screenshot");
    const bool measureStartup = hasOption(argc, argv, "--measure-startup");
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

    // Screenshots must not depend on (or change) the user's settings or logs, and should look the same
    // everywhere; they show problems on stderr. The workbench itself logs to its file.
    // --measure-startup too: every run must start from the same state (default profile, default window size).
    const bool isolated = screenshot || measureStartup;
    QTemporaryDir scratch;
    std::unique_ptr<WorkbenchSettings> settings;
    if (isolated)
        settings = std::make_unique<WorkbenchSettings>(QDir(scratch.path()).filePath(QStringLiteral("settings.ini")));
    else
        settings = std::make_unique<WorkbenchSettings>();

    // Before any text is made (--help included): widgets take their texts when they are created, so a new
    // choice in the preferences applies at the next start. Screenshots are English unless --language asks.
    const auto useLanguage = [](const QString &choice) {
        if (!installLanguage(resolveLanguage(choice)))
            QTextStream(stderr) << "splitbench: "
                                << tr("the translation for \"%1\" could not be loaded; using English").arg(choice)
                                << '\n';
    };
    useLanguage(screenshot ? QStringLiteral("en") : settings->language());

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
    parser.addOption({QStringLiteral("measure-startup"),
                      tr("Print the milliseconds from process start to the window's first paint, then exit. "
                         "Uses the default profile and leaves the settings alone.")});
    parser.addOption(hidden(
        {QStringLiteral("screenshot"), tr("Render the window to PNG offscreen and exit."), QStringLiteral("png")}));
    parser.addOption(hidden({QStringLiteral("size"), tr("Window size for --screenshot."), QStringLiteral("WxH"),
                             QStringLiteral("1400x900")}));
    parser.addOption(hidden({QStringLiteral("theme"), tr("system, light or dark."), QStringLiteral("theme")}));
    parser.addOption(
        hidden({QStringLiteral("language"), tr("system, en or de (screenshots: en)."), QStringLiteral("language")}));
    parser.addOption(
        hidden({QStringLiteral("view"), tr("overview, explorer, sensitivity, cost, workshop, scenarios, plan or proposals."), QStringLiteral("view")}));
    parser.addOption(hidden({QStringLiteral("participant"), tr("Workshop participant id whose values to show."),
                             QStringLiteral("id")}));
    parser.addOption(hidden({QStringLiteral("scenario"), tr("Scenario (id or name) to show and edit."),
                             QStringLiteral("id-or-name")}));
    parser.addOption(hidden({QStringLiteral("dimension"), tr("Dimension id to select."), QStringLiteral("id")}));
    parser.addOption(hidden({QStringLiteral("import-review"),
                             tr("Show File ▸ Import Proposal…'s review of this sheet over the window."),
                             QStringLiteral("sheet")}));
    parser.addOption(hidden({QStringLiteral("preferences"), tr("Show the preferences over the window.")}));
    parser.addOption(hidden({QStringLiteral("edit-activity"),
                             tr("Open the owner editor of the first activity of this custom model (with --view "
                                "explorer)."),
                             QStringLiteral("model-id")}));
    // For the crash-recovery test: one change through the normal undo path, which writes a recovery copy.
    parser.addOption(hidden({QStringLiteral("test-set-trait"),
                             tr("Change one trait through the undo path (test only)."), QStringLiteral("id=value")}));
    parser.process(app);
    if (parser.isSet(QStringLiteral("language")))
        useLanguage(parser.value(QStringLiteral("language")));

    app::configureLogging({.fileBaseName = {},
                           .folder = isolated ? scratch.path() : QString(),
                           .console = screenshot,
                           .verbosity = app::Verbosity::Normal});

    if (screenshot) {
        QFont font(QStringLiteral("DejaVu Sans"), 9);
        QApplication::setFont(font);
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

    // A start-up measurement must not touch (or be slowed by) the user's recovery copies.
    if (!measureStartup)
        window.enableAutosave(AutosaveManager::defaultFolder());
    FirstPaintProbe probe(sinceMain);
    if (measureStartup) {
        window.resize(1400, 900);
        window.installEventFilter(&probe);
    }
    window.show();
    if (!measureStartup)
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
