// Valid files with very long names: the PDF report keeps a sane page count and size (it used to grow without
// bound: a table header taller than a page made the page-break loop add pages for ever), and the workbench
// stays within the screen and never saves a huge window size (issue 15, item 5).
#include "hostile_support.h"

#include "gui/gui_test_support.h"
#include "main_window.h"
#include "profile_document.h"
#include "report_export.h"
#include "report_flow.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QScreen>
#include <QTest>

#include <gtest/gtest.h>

namespace splitbench::test {
namespace {

/// A name of `length` characters: one word (no place to break), or words of `wordLength` characters.
QString longName(int index, int length, int wordLength = 0)
{
    QString name = QStringLiteral("Model%1").arg(index);
    while (name.size() < length)
        name += (wordLength > 0 && name.size() % wordLength == 0) ? QStringLiteral(" ") : QStringLiteral("x");
    return name.left(length);
}

Profile profileWithLongModels(int count, int length, int wordLength = 0)
{
    QStringList names;
    for (int i = 0; i < count; ++i)
        names << longName(i, length, wordLength);
    Profile profile = profileWithModels(names);
    profile.name = QStringLiteral("Long names");
    return profile;
}

/// The built-in catalogue grown to `count` models named with `length` characters, written out and loaded
/// again, so it is a catalogue `validate` accepts.
Catalogue catalogueWithLongModels(int count, int length)
{
    Catalogue catalogue = Catalogue::builtIn();
    const size_t base = catalogue.models.size();
    for (int m = 0; m < count; ++m) {
        if (static_cast<size_t>(m) >= base) {
            ServiceModel model = catalogue.models[static_cast<size_t>(m) % base];
            model.id = QStringLiteral("model_%1").arg(m);
            catalogue.models.push_back(model);
            for (Dimension &dimension : catalogue.dimensions) {
                dimension.descriptions.push_back(dimension.descriptions[static_cast<size_t>(m) % base]);
                for (Activity &activity : dimension.activities)
                    activity.byModel.push_back(activity.byModel[static_cast<size_t>(m) % base]);
            }
        }
        catalogue.models[static_cast<size_t>(m)].name = longName(m, length);
    }
    Loaded<Catalogue> loaded = Catalogue::parse(catalogue.toJson(), QStringLiteral("long-names.json"));
    EXPECT_TRUE(loaded.ok()) << loaded.error().toString().toStdString();
    return loaded ? std::move(loaded).value() : Catalogue::builtIn();
}

struct Pdf {
    QByteArray bytes;
    int pages = 0;
};

Pdf pdfFor(const Catalogue &catalogue, const Profile &profile)
{
    MonteCarloOptions options;
    options.samples = 200;
    const report::ReportContent content = report::ReportContent::make(catalogue, profile, {2026, 3, 14}, options);
    Pdf pdf;
    pdf.bytes = report::reportPdf(content, QPageSize(QPageSize::A4), &pdf.pages);
    return pdf;
}

/// Long names may add lines, never pages upon pages: the report stays within twice the pages and bytes of
/// the same report with short names.
void expectSane(const Pdf &pdf, const Pdf &shortNames)
{
    ASSERT_FALSE(pdf.bytes.isEmpty()) << "no PDF";
    ASSERT_FALSE(shortNames.bytes.isEmpty()) << "no PDF with short names";
    EXPECT_LE(pdf.pages, 2 * shortNames.pages) << "with short names: " << shortNames.pages << " pages";
    EXPECT_LE(pdf.bytes.size(), 2 * shortNames.bytes.size()) << "with short names: " << shortNames.bytes.size();
}

TEST(LongNames, OneModelNamedWith2400CharactersGivesASaneReport)
{
    expectSane(pdfFor(Catalogue::builtIn(), profileWithLongModels(1, 2400)),
               pdfFor(Catalogue::builtIn(), profileWithLongModels(1, 8)));
}

TEST(LongNames, EightModelsNamedWith500CharactersGiveASaneReport)
{
    expectSane(pdfFor(Catalogue::builtIn(), profileWithLongModels(8, 500)),
               pdfFor(Catalogue::builtIn(), profileWithLongModels(8, 8)));
}

TEST(LongNames, SixteenCatalogueModelsNamedWith200CharactersGiveASaneReport)
{
    const Catalogue catalogue = catalogueWithLongModels(16, 200);
    ASSERT_EQ(catalogue.models.size(), 16u);
    const Catalogue shortNames = catalogueWithLongModels(16, 8);
    expectSane(pdfFor(catalogue, Profile::defaults(catalogue)), pdfFor(shortNames, Profile::defaults(shortNames)));
}

TEST(LongNames, LongNamesWithSpacesGiveASaneReport)
{
    expectSane(pdfFor(Catalogue::builtIn(), profileWithLongModels(8, 2000, 9)),
               pdfFor(Catalogue::builtIn(), profileWithLongModels(8, 8)));
}

// ---- The flow's guarantees, on a small page ------------------------------------------------------------

struct SmallPage {
    QBuffer buffer;
    QPdfWriter writer{&buffer};
    report::PageFrame frame;
    SmallPage()
    {
        writer.setResolution(300);
        const double mm = 300 / 25.4;
        frame.dpi = 300;
        frame.paper = QRectF(0, 0, 140 * mm, 120 * mm);
        frame.content = QRectF(20 * mm, 20 * mm, 100 * mm, 80 * mm);
    }
};

TEST(LongNames, ATableHeaderTallerThanAPageIsCutAndTheTableEnds)
{
    SmallPage page;
    report::Flow flow(&page.writer, page.frame);
    const double mm = page.frame.dpi / 25.4;
    report::TableSpec spec;
    spec.style.font = QFont(QStringLiteral("DejaVu Sans"));
    spec.style.font.setPointSizeF(8);
    spec.style.headerFont = spec.style.font;
    spec.style.smallFont = spec.style.font;
    spec.style.padding = mm;
    spec.columnWeights = {10, 10, 10, 10};
    spec.header.push_back({report::TableCell::plain(longName(0, 3000)), report::TableCell::plain(QStringLiteral("B")),
                           report::TableCell::plain(longName(1, 3000, 7)), report::TableCell::plain(QStringLiteral("D"))});
    for (int r = 0; r < 30; ++r)
        spec.rows.push_back({report::TableCell::plain(QString::number(r)), report::TableCell::plain(longName(r, 60, 6)),
                             report::TableCell::plain(QStringLiteral("c")), report::TableCell::plain(QStringLiteral("d"))});
    std::vector<report::BlockPtr> blocks;
    blocks.push_back(report::table(flow, std::move(spec)));
    flow.setPageLimit(report::pageBound(flow, blocks));
    EXPECT_NO_THROW(report::placeBlocks(flow, blocks));
    const std::vector<report::ReportPage> pages = flow.takePages();
    EXPECT_LT(pages.size(), 40u);
    // The header's cut lines end in an ellipsis, and every row's number is on some page.
    int ellipses = 0;
    QSet<QString> numbers;
    for (const report::ReportPage &p : pages)
        for (const report::ReportItem &item : p.items)
            if (item.kind == report::ReportItem::Kind::Text) {
                ellipses += item.text.endsWith(QChar(0x2026)) ? 1 : 0;
                numbers.insert(item.text);
            }
    EXPECT_GT(ellipses, 0);
    for (int r = 0; r < 30; ++r)
        EXPECT_TRUE(numbers.contains(QString::number(r))) << "row " << r;
}

TEST(LongNames, ALayoutThatWouldRunAwayStopsAtItsPageLimit)
{
    SmallPage page;
    report::Flow flow(&page.writer, page.frame);
    flow.setPageLimit(5);
    int pages = 1;
    EXPECT_THROW(
        {
            for (;;) {
                flow.newPage();
                ++pages;
            }
        },
        report::LayoutOverflow);
    EXPECT_EQ(pages, 5);
}

// ---- The workbench --------------------------------------------------------------------------------------

QString writeProfile(const QString &path, const Profile &profile)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(profile.toJson(Catalogue::builtIn()));
    return path;
}

/// What the window needs with the default profile: long names must not make it need more.
QSize defaultMinimum()
{
    static const QSize size = [] {
        gui::test::Workbench bench;
        return bench.window->minimumSizeHint();
    }();
    return size;
}

/// The window fits the screen, or the size the test gave it (the offscreen screen is smaller than a laptop's),
/// and needs hardly more room than with the default profile (more models add narrow columns; names add none).
void expectSaneSize(gui::MainWindow &window, const char *what)
{
    const QSize available = window.screen()->availableSize();
    const QSize allowed = available.expandedTo(QSize(1400, 900)).expandedTo(defaultMinimum());
    EXPECT_LE(window.minimumSizeHint().width(), defaultMinimum().width() + 300) << what;
    EXPECT_LE(window.width(), allowed.width()) << what;
    EXPECT_LE(window.height(), allowed.height() + 300) << what;
}

/// A window as the next start makes it: within the screen, unless the window cannot be that small (the
/// offscreen test screen, 800 × 800 pixels, is smaller than the window's minimum).
void expectWithinScreen(gui::MainWindow &window, const char *what)
{
    const QSize available = window.screen()->availableSize();
    EXPECT_LE(window.width(), std::max(available.width(), window.minimumSizeHint().width())) << what;
    EXPECT_LE(window.height(), std::max(available.height(), window.minimumSizeHint().height())) << what;
    EXPECT_LE(window.minimumSizeHint().width(), defaultMinimum().width() + 300) << what;
}

TEST(LongNames, TheWorkbenchStaysWithinTheScreenAndSavesASaneSize)
{
    defaultMinimum();
    gui::test::Workbench bench;
    gui::MainWindow &window = *bench.window;
    const std::pair<const char *, Profile> cases[] = {{"one model of 2400 characters", profileWithLongModels(1, 2400)},
                                                      {"eight models of 500 characters", profileWithLongModels(8, 500)},
                                                      {"eight models of 2000 with spaces", profileWithLongModels(8, 2000, 9)}};
    for (const auto &[what, profile] : cases) {
        ASSERT_TRUE(window.openFile(writeProfile(bench.path(QStringLiteral("long.splitbench.json")), profile))) << what;
        for (int tab = 0; tab < window.viewTabs()->count(); ++tab) {
            window.viewTabs()->setCurrentIndex(tab);
            QCoreApplication::processEvents();
            QTest::qWait(20);
            expectSaneSize(window, what);
        }
        window.document()->undoStack()->setClean();
    }
    window.close(); // saves the window's geometry
    // What a next start restores.
    gui::MainWindow next(bench.settings.get(), bench.dialogs);
    next.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&next));
    // The size it had is kept (it was sane), so the next start is as sane.
    expectSaneSize(next, "the next start");
}

TEST(LongNames, AHugeSavedWindowSizeIsClampedToTheScreen)
{
    defaultMinimum();
    gui::test::Workbench bench;
    // What an earlier version saved after such a profile: a window 32,767 pixels wide.
    bench.window->setMinimumSize(0, 0);
    bench.window->setGeometry(0, 0, 32767, 900);
    bench.settings->setWindowGeometry(bench.window->saveGeometry());
    bench.window->hide();
    gui::MainWindow next(bench.settings.get(), bench.dialogs);
    next.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&next));
    expectWithinScreen(next, "a restored huge geometry");
}

} // namespace
} // namespace splitbench::test

