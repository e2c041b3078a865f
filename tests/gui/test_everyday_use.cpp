// Small things people notice in everyday use: the banner after Duplicate Model, an owner change at an even split,
// the toolbar's Undo button, notes of several lines, and Help ▸ User Guide (F1).
#include "dimension_explorer.h"
#include "gui_test_support.h"
#include "model_panel.h"
#include "models/activity_table_model.h"
#include "note_edit.h"
#include "profile_document.h"
#include "profile_panel.h"
#include "recommendation_banner.h"
#include "user_guide.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolBar>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace splitbench;
using namespace splitbench::gui;
using namespace splitbench::gui::test;

namespace {

/// For looking at: SPLITBENCH_SCREENSHOT_DIR=folder writes `widget` there as `name`.png.
void screenshot(QWidget *widget, const QString &name)
{
    if (const QString folder = qEnvironmentVariable("SPLITBENCH_SCREENSHOT_DIR"); !folder.isEmpty()) {
        EXPECT_TRUE(widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png"))));
    }
}

TEST(EverydayUse, AfterDuplicatingTheRecommendedModelTheBannerSaysTheTwoAreIdentical)
{
    Workbench bench;
    MainWindow &window = *bench.window;
    const int recommended = window.document()->result().recommended;
    const int copy = bench.duplicateThroughMenu(recommended, QStringLiteral("Acme"));
    QApplication::processEvents();
    RecommendationBanner *banner = window.banner();
    EXPECT_TRUE(banner->headline().contains(QStringLiteral("are identical"))) << banner->headline().toStdString();
    EXPECT_FALSE(banner->reasons().contains(QStringLiteral("tip the balance"))) << banner->reasons().toStdString();
    EXPECT_TRUE(banner->reasons().contains(QStringLiteral("Acme"))) << "names the copy to edit";
    screenshot(banner, QStringLiteral("banner-identical"));

    // One share changed in the copy: the two differ, and the banner stops saying they are identical.
    ActivityTableModel *activities = bench.panelOf(copy)->activityModel();
    const QModelIndex share = activities->index(0, ActivityTableModel::ShareColumn);
    const double before = share.data(Qt::EditRole).toDouble();
    ASSERT_TRUE(activities->setData(share, before > 50 ? before - 30 : before + 30, Qt::EditRole));
    QApplication::processEvents();
    EXPECT_FALSE(banner->headline().contains(QStringLiteral("identical"))) << banner->headline().toStdString();
    EXPECT_FALSE(banner->reasons().contains(QStringLiteral("no slider"))) << banner->reasons().toStdString();
}

TEST(EverydayUse, ChoosingProviderAsOwnerAtAnEvenSplitMovesTheShareInOneUndoableEdit)
{
    Workbench bench;
    MainWindow &window = *bench.window;
    const int copy = bench.duplicateThroughMenu(1, QStringLiteral("Acme"));
    window.showDimension(0);
    ModelPanel *panel = bench.panelOf(copy);
    ActivityTableModel *activities = panel->activityModel();
    const QModelIndex share = activities->index(0, ActivityTableModel::ShareColumn);
    const QModelIndex owner = activities->index(0, ActivityTableModel::OwnerColumn);
    ASSERT_TRUE(activities->setData(share, 50.0, Qt::EditRole));
    const int ownerAtEven = owner.data(Qt::EditRole).toInt();
    ASSERT_NE(ownerAtEven, static_cast<int>(Owner::Provider));
    const int steps = window.document()->undoStack()->count();

    // Through the real editor: pick "Provider" in the owner's combo box and press Enter.
    QTableView *view = panel->activityView();
    view->setFocus();
    view->setCurrentIndex(owner);
    view->edit(owner);
    auto *combo = view->findChild<QComboBox *>();
    ASSERT_NE(combo, nullptr);
    combo->setCurrentIndex(combo->findData(static_cast<int>(Owner::Provider)));
    QTest::keyClick(combo, Qt::Key_Return);
    QApplication::processEvents();

    EXPECT_EQ(owner.data(Qt::EditRole).toInt(), static_cast<int>(Owner::Provider));
    EXPECT_EQ(share.data(Qt::EditRole).toDouble(), Responsibility::typicalProviderShare(Owner::Provider));
    EXPECT_EQ(window.document()->undoStack()->count(), steps + 1) << "one undoable edit";
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("80%")))
        << window.statusBar()->currentMessage().toStdString();

    window.document()->undoStack()->undo();
    EXPECT_EQ(owner.data(Qt::EditRole).toInt(), ownerAtEven);
    EXPECT_EQ(share.data(Qt::EditRole).toDouble(), 50.0);
}

TEST(EverydayUse, TheToolbarUndoButtonKeepsItsWidthWhateverTheCommand)
{
    Workbench bench;
    MainWindow &window = *bench.window;
    auto *bar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    ASSERT_NE(bar, nullptr);
    QToolButton *undo = nullptr;
    QToolButton *redo = nullptr;
    for (auto *button : bar->findChildren<QToolButton *>()) {
        if (!button->defaultAction())
            continue;
        if (button->defaultAction()->objectName().startsWith(QLatin1String("actionUndo")))
            undo = button;
        if (button->defaultAction()->objectName().startsWith(QLatin1String("actionRedo")))
            redo = button;
    }
    ASSERT_TRUE(undo && redo);
    QApplication::processEvents();
    const int undoWidth = undo->width();
    const int redoWidth = redo->width();
    const int undoHint = undo->sizeHint().width();

    const int copy = bench.duplicateThroughMenu(1, QStringLiteral("Acme"));
    const QString longName = QStringLiteral("Acme Managed Services proposal of 14 March, revised after the workshop");
    window.document()->renameCustomModel(copy, longName);
    ASSERT_TRUE(bench.action("actionUndo")->text().contains(longName)) << "the Edit menu names the command";
    QApplication::processEvents();
    EXPECT_EQ(undo->width(), undoWidth);
    EXPECT_EQ(undo->sizeHint().width(), undoHint);
    EXPECT_TRUE(undo->isEnabled());
    EXPECT_TRUE(undo->toolTip().contains(longName)) << undo->toolTip().toStdString();

    // The button undoes, and Redo keeps its width with a long text too.
    undo->click();
    EXPECT_NE(window.document()->catalogue().models[static_cast<size_t>(copy)].name, longName);
    QApplication::processEvents();
    EXPECT_TRUE(redo->isEnabled());
    EXPECT_EQ(redo->width(), redoWidth);
    EXPECT_TRUE(redo->toolTip().contains(longName)) << redo->toolTip().toStdString();
    screenshot(bar, QStringLiteral("toolbar-after-long-command"));
}

TEST(EverydayUse, ANoteShowsSeveralLinesAndGrowsWithItsText)
{
    Workbench bench;
    MainWindow &window = *bench.window;
    auto *note = qobject_cast<NoteEdit *>(bench.note("compliance_burden"));
    ASSERT_NE(note, nullptr);
    QApplication::processEvents();
    const int empty = note->height();
    EXPECT_GE(empty, note->heightForLines(NoteEdit::kMinLines));
    EXPECT_TRUE(note->tabChangesFocus()) << "Tab moves on, as in every other field";

    note->setFocus();
    const QString text =
        QStringLiteral("ISO 27001 audit in May.\nPen test in June.\nNew DPO from July.\nBoard review.");
    for (const QString &line : text.split(u'\n')) {
        if (!note->toPlainText().isEmpty())
            QTest::keyClick(note, Qt::Key_Return);
        QTest::keyClicks(note, line);
    }
    QApplication::processEvents();
    EXPECT_EQ(window.document()->profile().notes.value(QStringLiteral("compliance_burden")), text);
    EXPECT_GE(note->height(), note->heightForLines(4)) << "all four lines show";
    EXPECT_GT(note->height(), empty);
    EXPECT_LE(note->height(), note->heightForLines(NoteEdit::kMaxLines));
    EXPECT_FALSE(note->verticalScrollBar()->isVisible()) << "four lines show without scrolling";
    // The rows below make room: the next trait's slider starts under the note.
    EXPECT_GT(bench.slider("security_exposure")->geometry().top(), note->geometry().bottom());
    screenshot(window.profilePanel(), QStringLiteral("profile-note-several-lines"));

    // The line breaks survive saving and opening.
    const QString path = bench.path(QStringLiteral("notes.splitbench.json"));
    ASSERT_TRUE(window.saveFile(path));
    window.document()->undoStack()->undo();
    EXPECT_TRUE(note->toPlainText().isEmpty());
    ASSERT_TRUE(window.openFile(path));
    EXPECT_EQ(bench.note("compliance_burden")->toPlainText(), text);
}

TEST(EverydayUse, F1OpensTheUserGuideAtItsFirstHeading)
{
    Workbench bench;
    MainWindow &window = *bench.window;
    QAction *guide = bench.action("actionUserGuide");
    EXPECT_EQ(guide->shortcut(), QKeySequence(QKeySequence::HelpContents));
    EXPECT_EQ(window.userGuideDialog(), nullptr);
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F1);
    QApplication::processEvents();
    UserGuideDialog *dialog = window.userGuideDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());

    const QTextDocument *document = dialog->browser()->document();
    QString firstHeading;
    int images = 0;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (firstHeading.isEmpty() && block.blockFormat().headingLevel() == 1)
            firstHeading = block.text();
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (!it.fragment().charFormat().isImageFormat())
                continue;
            ++images;
            const QString name = it.fragment().charFormat().toImageFormat().name();
            const QVariant data = dialog->browser()->loadResource(QTextDocument::ImageResource,
                                                                  dialog->browser()->source().resolved(QUrl(name)));
            EXPECT_FALSE(QImage::fromData(data.toByteArray()).isNull()) << "missing screenshot " << name.toStdString();
            EXPECT_LE(it.fragment().charFormat().toImageFormat().width(), dialog->browser()->viewport()->width())
                << "screenshots fit the page";
        }
    }
    EXPECT_EQ(firstHeading, QStringLiteral("Splitbench user guide"));
    EXPECT_GE(images, 5);
    screenshot(dialog, QStringLiteral("user-guide"));

    // The table of contents works: a heading's anchor scrolls to it.
    QScrollBar *scroll = dialog->browser()->verticalScrollBar();
    EXPECT_EQ(scroll->value(), 0);
    emit dialog->browser()->anchorClicked(QUrl(QStringLiteral("#keyboard-shortcuts")));
    QApplication::processEvents();
    EXPECT_GT(scroll->value(), 0) << "the guide scrolled to its shortcuts";
    // A link to another page of the documentation opens it in the same window.
    emit dialog->browser()->anchorClicked(QUrl(QStringLiteral("fit-model.md")));
    QApplication::processEvents();
    EXPECT_EQ(dialog->browser()->source().fileName(), QStringLiteral("fit-model.md"));
    EXPECT_FALSE(dialog->browser()->document()->isEmpty());
    dialog->browser()->backward();
    EXPECT_EQ(dialog->browser()->source().fileName(), QStringLiteral("user-guide.md"));

    // A second F1 shows the same window.
    QTest::keyClick(&window, Qt::Key_F1);
    EXPECT_EQ(window.userGuideDialog(), dialog);
}

TEST(EverydayUse, HeadingAnchorsAreGitHubs)
{
    EXPECT_EQ(GuideBrowser::headingAnchor(QStringLiteral("Keyboard shortcuts")), QStringLiteral("keyboard-shortcuts"));
    EXPECT_EQ(GuideBrowser::headingAnchor(QStringLiteral("How firm is the answer: the Sensitivity tab")),
              QStringLiteral("how-firm-is-the-answer-the-sensitivity-tab"));
    EXPECT_EQ(GuideBrowser::headingAnchor(QStringLiteral("Modelling a provider's proposal")),
              QStringLiteral("modelling-a-providers-proposal"));
    EXPECT_EQ(GuideBrowser::headingAnchor(QStringLiteral("splitbench-cli for consultants")),
              QStringLiteral("splitbench-cli-for-consultants"));
}

} // namespace
