// The workbench on the screens people have: every view at 1280×720 and 1366×768 (the most common laptop size),
// in both languages and both themes. Nothing may grow the window past the screen, lie outside what its parent
// shows, be squeezed below the size it needs, or cut a dimension name where the layout has room for it.
#include "app_language.h"
#include "dimension_explorer.h"
#include "fit_table_view.h"
#include <QSplitter>
#include "gui_test_support.h"
#include "model_panel.h"
#include "model_view_state.h"
#include "profile_document.h"
#include "profile_panel.h"
#include "radar_view.h"
#include "sensitivity_view.h"
#include "theme.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QListView>
#include <QScrollBar>
#include <QSplitterHandle>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

#include <optional>

using namespace splitbench;
using namespace splitbench::gui;
using namespace splitbench::gui::test;

namespace {

const QString kClinic = QStringLiteral(SPLITBENCH_EXAMPLES "/4-regulated-clinic.splitbench.json");

struct Screen {
    int width;
    int height;
};
/// A maximised window on a laptop: the screen less a top panel (28 px) and the window's title bar (about 30 px).
constexpr Screen kLaptops[] = {{1280, 720 - 58}, {1366, 768 - 58}};

struct Setting {
    QString language;
    ThemeChoice theme;
};

/// One language and theme for the whole test; English and the light theme again afterwards.
class SettingScope {
public:
    explicit SettingScope(const Setting &setting)
    {
        EXPECT_TRUE(installLanguage(setting.language));
        applyTheme(setting.theme);
    }
    ~SettingScope()
    {
        installLanguage(QStringLiteral("en"));
        applyTheme(ThemeChoice::Light);
    }
    SettingScope(const SettingScope &) = delete;
    SettingScope &operator=(const SettingScope &) = delete;
};

/// True for the widgets a scroll area moves around: their place inside the viewport is meant to vary.
bool isScrolledContent(const QWidget *widget)
{
    const QWidget *parent = widget->parentWidget();
    const auto *area = parent ? qobject_cast<const QAbstractScrollArea *>(parent->parentWidget()) : nullptr;
    return area && area->viewport() == parent;
}

/// What is wrong with the layout of everything `root` shows: a child outside its parent's rectangle, a widget
/// smaller than its minimum size hint (its content is cut), a wrapped label too short for its text.
QStringList layoutProblems(const QWidget *root)
{
    QStringList problems;
    const auto visit = [&](const auto &self, const QWidget *widget) -> void {
        for (const QObject *object : widget->children()) {
            const auto *child = qobject_cast<const QWidget *>(object);
            if (!child || !child->isVisible() || child->isWindow())
                continue;
            if (!isScrolledContent(child) && !widget->rect().adjusted(-1, -1, 1, 1).contains(child->geometry()))
                problems << QStringLiteral("%1 at %2,%3 %4×%5 lies outside %6 (%7×%8)")
                                .arg(describeWidget(child))
                                .arg(child->x())
                                .arg(child->y())
                                .arg(child->width())
                                .arg(child->height())
                                .arg(describeWidget(widget))
                                .arg(widget->width())
                                .arg(widget->height());
            // Only what our layouts place: Qt sizes the parts of its own widgets (spin box editors, dock
            // buttons) below their hints on purpose.
            const QSize minimum = child->minimumSizeHint();
            const bool laidOut = widget->layout() && widget->layout()->indexOf(child) >= 0 &&
                                 !child->objectName().startsWith(QLatin1String("qt_"));
            const bool ignored = !laidOut || child->sizePolicy().horizontalPolicy() == QSizePolicy::Ignored;
            if (!ignored && minimum.isValid() && (child->width() < minimum.width() - 1 || child->height() < minimum.height() - 1))
                problems << QStringLiteral("%1 is %2×%3, less than the %4×%5 it needs")
                                .arg(describeWidget(child))
                                .arg(child->width())
                                .arg(child->height())
                                .arg(minimum.width())
                                .arg(minimum.height());
            if (const auto *label = qobject_cast<const QLabel *>(child);
                label && label->wordWrap() && !label->text().isEmpty() &&
                label->heightForWidth(label->width()) > label->height() + 1)
                problems << QStringLiteral("%1 needs %2 px of height for \"%3\" but has %4")
                                .arg(describeWidget(label))
                                .arg(label->heightForWidth(label->width()))
                                .arg(label->text().left(40))
                                .arg(label->height());
            if (const auto *label = qobject_cast<const QLabel *>(child);
                label && !label->wordWrap() && !label->text().isEmpty() && label->pixmap().isNull() &&
                label->sizeHint().width() > label->width() + 1)
                problems << QStringLiteral("%1 needs %2 px of width for \"%3\" but has %4")
                                .arg(describeWidget(label))
                                .arg(label->sizeHint().width())
                                .arg(label->text().left(40))
                                .arg(label->width());
            self(self, child);
        }
    };
    visit(visit, root);
    return problems;
}

/// True when `text` fits `rect` (less the item's margins) on one line, or on the lines of a wrapping view.
bool textFits(const QFontMetrics &metrics, const QRect &rect, const QString &text, bool wraps, int margins)
{
    const QRect room = rect.adjusted(margins, 0, -margins, 0);
    if (!wraps)
        return metrics.horizontalAdvance(text) <= room.width();
    return metrics.boundingRect(QRect(0, 0, room.width(), 10000), Qt::TextWordWrap, text).height() <= room.height() &&
           metrics.boundingRect(QRect(0, 0, room.width(), 10000), Qt::TextWordWrap, text).width() <= room.width();
}

/// Dimension names the view cuts (elided, or wrapped into too few lines).
QStringList cutNames(const QAbstractItemView *view, int column, int margins)
{
    QStringList cut;
    const QAbstractItemModel *model = view->model();
    const bool wraps = qobject_cast<const QListView *>(view) ? qobject_cast<const QListView *>(view)->wordWrap()
                                                             : qobject_cast<const QTableView *>(view)->wordWrap();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, column);
        const QString name = index.data().toString();
        const QRect rect = view->visualRect(index);
        int iconRoom = 0;
        if (!index.data(Qt::DecorationRole).isNull())
            iconRoom = view->iconSize().width() + 6;
        if (!textFits(view->fontMetrics(), rect.adjusted(iconRoom, 0, 0, 0), name, wraps, margins))
            cut << QStringLiteral("%1 (%2×%3)").arg(name).arg(rect.width()).arg(rect.height());
    }
    return cut;
}

/// Shows a tab the way Ctrl+1/2/4 do and lets every deferred layout and paint happen.
void show(Workbench &bench, int tab)
{
    bench.window->viewTabs()->setCurrentIndex(tab);
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
}

class LaptopScreens : public ::testing::TestWithParam<std::tuple<Screen, Setting>> {};

TEST_P(LaptopScreens, EveryViewFitsTheScreenAndCutsNothing)
{
    const auto [screen, setting] = GetParam();
    const SettingScope scope(setting);
    Workbench bench;
    ASSERT_TRUE(bench.window->openFile(kClinic));
    const QSize size(screen.width, screen.height);
    bench.window->resize(size);
    QApplication::processEvents();

    // The window can be as small as the screen: nothing asks for more than a maximised window has.
    EXPECT_LE(bench.window->minimumSizeHint().width(), size.width());
    EXPECT_LE(bench.window->minimumSizeHint().height(), size.height());

    const ProfileDocument *document = bench.window->document();
    for (const int tab : {MainWindow::OverviewTab, MainWindow::ExplorerTab, MainWindow::SensitivityTab,
                          MainWindow::CostTab}) {
        for (const char *dimension : {"service_ownership", "security"}) {
            if (tab != MainWindow::ExplorerTab && QByteArray(dimension) == "security")
                continue;
            bench.window->viewState()->setSelectedDimension(
                document->catalogue().dimensionIndex(QString::fromLatin1(dimension)));
            show(bench, tab);
            SCOPED_TRACE(QStringLiteral("%1×%2, %3, tab %4, %5")
                             .arg(size.width())
                             .arg(size.height())
                             .arg(setting.language)
                             .arg(tab)
                             .arg(QString::fromLatin1(dimension))
                             .toStdString());
            // Switching views never grows the window (the Sensitivity tab used to, past the screen's bottom).
            EXPECT_EQ(bench.window->size(), size);
            const QStringList problems = layoutProblems(bench.window.get());
            EXPECT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char('\n')).toStdString();
        }
    }

    // The explorer arranges every dimension alike, however many activities it has (Security used to stack its
    // panels where Service Ownership had them side by side); in English both laptops have them side by side.
    // German owner and column names are longer: at 1280 the panels stack, each showing its table whole.
    show(bench, MainWindow::ExplorerTab);
    std::optional<bool> firstSideBySide;
    for (int d = 0; d < static_cast<int>(document->catalogue().dimensions.size()); ++d) {
        bench.window->viewState()->setSelectedDimension(d);
        for (int i = 0; i < 3; ++i)
            QApplication::processEvents(); // the panels' posted layout requests
        const auto &panels = bench.window->explorer()->panels();
        ASSERT_GE(panels.size(), 2u);
        const bool sideBySide = panels[0]->y() == panels[1]->y();
        if (!firstSideBySide)
            firstSideBySide = sideBySide;
        EXPECT_EQ(sideBySide, *firstSideBySide) << document->catalogue().dimensions[static_cast<size_t>(d)].id.toStdString();
        const QStringList problems = layoutProblems(bench.window->explorer());
        EXPECT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char('\n')).toStdString();
    }
    if (setting.language == QLatin1String("en") || size.width() >= 1366) {
        EXPECT_TRUE(*firstSideBySide);
    }

    // Dimension names whole: the explorer list wraps what it cannot show on one line, the Importance table too,
    // and the fit table has the room on these screens with two models.
    const QStringList listCut = cutNames(bench.window->explorer()->listView(), 0, 2);
    EXPECT_TRUE(listCut.isEmpty()) << listCut.join(QStringLiteral(", ")).toStdString();
    show(bench, MainWindow::OverviewTab);
    // Where the table still cuts a name (the long German ones at 1280), the radar has given all it can spare.
    const QStringList tableCut = cutNames(bench.window->fitTable(), 0, 4);
    EXPECT_TRUE(tableCut.isEmpty() || bench.window->radarView()->width() <= 462)
        << "radar " << bench.window->radarView()->width() << " px; " << tableCut.join(QStringLiteral(", ")).toStdString();
    bench.window->profilePanel()->showTab(1);
    QApplication::processEvents();
    auto *importance = bench.window->profilePanel()->findChild<QTableView *>(QStringLiteral("importanceView"));
    ASSERT_NE(importance, nullptr);
    const QStringList importanceCut = cutNames(importance, 0, 4);
    EXPECT_TRUE(importanceCut.isEmpty()) << importanceCut.join(QStringLiteral(", ")).toStdString();
    const QStringList problems = layoutProblems(bench.window.get());
    EXPECT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char('\n')).toStdString();

    // Radar labels keep clear of each other (with the selected label's highlight) and stay inside the chart.
    const RadarView *radar = bench.window->radarView();
    for (int selected : {0, 10}) {
        bench.window->viewState()->setSelectedDimension(selected);
        QApplication::processEvents();
        const int n = radar->dimensionCount();
        for (int k = 0; k < n; ++k) {
            const QRectF label = radar->labelRect(k).adjusted(-4, -1, 4, 1);
            EXPECT_TRUE(QRectF(radar->rect()).contains(label)) << radar->labelText(k).toStdString();
            for (int j = k + 1; j < n; ++j)
                EXPECT_FALSE(label.intersects(radar->labelRect(j).adjusted(-4, -1, 4, 1)))
                    << radar->labelText(k).toStdString() << " touches " << radar->labelText(j).toStdString();
        }
    }
}

INSTANTIATE_TEST_SUITE_P(
    LaptopSizesLanguagesThemes, LaptopScreens,
    ::testing::Combine(::testing::ValuesIn(kLaptops),
                       ::testing::Values(Setting{QStringLiteral("en"), ThemeChoice::Light},
                                         Setting{QStringLiteral("de"), ThemeChoice::Dark},
                                         Setting{QStringLiteral("en"), ThemeChoice::Dark},
                                         Setting{QStringLiteral("de"), ThemeChoice::Light})),
    [](const auto &info) {
        const Screen screen = std::get<0>(info.param);
        const Setting setting = std::get<1>(info.param);
        return QStringLiteral("%1x%2_%3_%4")
            .arg(screen.width)
            .arg(screen.height)
            .arg(setting.language)
            .arg(setting.theme == ThemeChoice::Dark ? QStringLiteral("dark") : QStringLiteral("light"))
            .toStdString();
    });

/// A workshop of `count` participants with long names and roles, written into the test's folder.
QString writeLongNamedWorkshop(const Workbench &bench, int count)
{
    ProfileDocument document(Catalogue::builtIn(installedLanguage()));
    for (int i = 0; i < count; ++i) {
        document.addParticipant(QStringLiteral("Maximiliane Zimmermann-Oberhauser %1").arg(i + 1),
                                QStringLiteral("Stellvertretende Leiterin Informationstechnik"));
        document.setTrait(0, 5.0 + 8.0 * i);
        document.setTrait(2, 95.0 - 6.0 * i);
    }
    document.setEditedParticipant(-1);
    const QString path = bench.path(QStringLiteral("workshop-%1.splitbench.json").arg(count));
    EXPECT_TRUE(document.save(path).isEmpty());
    return path;
}

class WorkshopOnLaptops : public ::testing::TestWithParam<std::tuple<Screen, Setting, int>> {};

TEST_P(WorkshopOnLaptops, TheWorkshopTabAndAPersonsPanelCutNothing)
{
    const auto [screen, setting, participants] = GetParam();
    const SettingScope scope(setting);
    Workbench bench;
    ASSERT_TRUE(bench.window->openFile(writeLongNamedWorkshop(bench, participants)));
    const QSize size(screen.width, screen.height);
    bench.window->resize(size);
    QApplication::processEvents();
    for (const int edited : {-1, participants - 1}) {
        bench.window->document()->setEditedParticipant(edited);
        show(bench, MainWindow::WorkshopTab);
        SCOPED_TRACE(QStringLiteral("%1×%2, %3, %4 participants, edited %5")
                         .arg(size.width())
                         .arg(size.height())
                         .arg(setting.language)
                         .arg(participants)
                         .arg(edited)
                         .toStdString());
        EXPECT_EQ(bench.window->size(), size);
        const QStringList problems = layoutProblems(bench.window.get());
        EXPECT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char('\n')).toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(
    LaptopSizesLanguagesParticipants, WorkshopOnLaptops,
    ::testing::Combine(::testing::ValuesIn(kLaptops),
                       ::testing::Values(Setting{QStringLiteral("en"), ThemeChoice::Light},
                                         Setting{QStringLiteral("de"), ThemeChoice::Dark}),
                       ::testing::Values(2, 12)),
    [](const auto &info) {
        const Screen screen = std::get<0>(info.param);
        const Setting setting = std::get<1>(info.param);
        return QStringLiteral("%1x%2_%3_%4")
            .arg(screen.width)
            .arg(screen.height)
            .arg(setting.language)
            .arg(std::get<2>(info.param))
            .toStdString();
    });

// --- Scenarios
class ScenariosOnLaptops : public ::testing::TestWithParam<std::tuple<Screen, Setting>> {};

TEST_P(ScenariosOnLaptops, TheScenariosTabAndAScenariosPanelCutNothing)
{
    const auto [screen, setting] = GetParam();
    const SettingScope scope(setting);
    Workbench bench;
    ASSERT_TRUE(bench.window->openFile(
        QStringLiteral(SPLITBENCH_EXAMPLES "/%1/2-manufacturer-with-cio.splitbench.json")
            .arg(setting.language == QLatin1String("de") ? QStringLiteral("de") : QStringLiteral("."))));
    const QSize size(screen.width, screen.height);
    bench.window->resize(size);
    QApplication::processEvents();
    for (const int edited : {-1, 1}) {
        bench.window->document()->setEditedScenario(edited);
        for (const int tab : {MainWindow::ScenariosTab, MainWindow::OverviewTab, MainWindow::CostTab}) {
            show(bench, tab);
            SCOPED_TRACE(QStringLiteral("%1×%2, %3, scenario %4, tab %5")
                             .arg(size.width())
                             .arg(size.height())
                             .arg(setting.language)
                             .arg(edited)
                             .arg(tab)
                             .toStdString());
            EXPECT_EQ(bench.window->size(), size);
            const QStringList problems = layoutProblems(bench.window.get());
            EXPECT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char('\n')).toStdString();
        }
    }
}

INSTANTIATE_TEST_SUITE_P(
    LaptopSizesLanguages, ScenariosOnLaptops,
    ::testing::Combine(::testing::ValuesIn(kLaptops),
                       ::testing::Values(Setting{QStringLiteral("en"), ThemeChoice::Light},
                                         Setting{QStringLiteral("de"), ThemeChoice::Dark})),
    [](const auto &info) {
        const Screen screen = std::get<0>(info.param);
        const Setting setting = std::get<1>(info.param);
        return QStringLiteral("%1x%2_%3").arg(screen.width).arg(screen.height).arg(setting.language).toStdString();
    });

} // namespace

// --- Proposals (issue 20)
class ProposalsOnLaptops : public ::testing::TestWithParam<std::tuple<Screen, Setting>> {};

TEST_P(ProposalsOnLaptops, TheProposalsTabCutsNothing)
{
    const auto [screen, setting] = GetParam();
    const SettingScope scope(setting);
    Workbench bench;
    ASSERT_TRUE(bench.window->openFile(
        QStringLiteral(SPLITBENCH_EXAMPLES "/proposals/brightwave-proposals.splitbench.json")));
    const QSize size(screen.width, screen.height);
    bench.window->resize(size);
    QApplication::processEvents();
    show(bench, MainWindow::ProposalsTab);
    SCOPED_TRACE(QStringLiteral("%1×%2, %3").arg(size.width()).arg(size.height()).arg(setting.language).toStdString());
    EXPECT_EQ(bench.window->size(), size);
    const QStringList problems = layoutProblems(bench.window.get());
    EXPECT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char('\n')).toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    LaptopSizesLanguages, ProposalsOnLaptops,
    ::testing::Combine(::testing::ValuesIn(kLaptops),
                       ::testing::Values(Setting{QStringLiteral("en"), ThemeChoice::Light},
                                         Setting{QStringLiteral("de"), ThemeChoice::Dark})),
    [](const auto &info) {
        const Screen screen = std::get<0>(info.param);
        const Setting setting = std::get<1>(info.param);
        return QStringLiteral("%1x%2_%3").arg(screen.width).arg(screen.height).arg(setting.language).toStdString();
    });
