// The workshop in the workbench: participants edited through undoable commands, the selector above the
// sliders, importing and exporting participant files, and the Workshop tab.
#include "gui_test_support.h"
#include "importance_editor.h"
#include "models/importance_model.h"
#include "profile_document.h"
#include "profile_panel.h"
#include "radar_chart.h"
#include "workshop/disagreement_chart.h"
#include "workshop/participant_actions.h"
#include "workshop/participant_table_model.h"
#include "workshop/workshop_page.h"
#include "workshop.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSlider>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

#include <cmath>

using namespace splitbench;
using namespace splitbench::gui;
using namespace splitbench::gui::test;

namespace {

const Catalogue &catalogue()
{
    return Catalogue::builtIn();
}
size_t at(int i)
{
    return static_cast<size_t>(i);
}
int traitIndex(const char *id)
{
    return catalogue().traitIndex(QString::fromUtf8(id));
}

/// A workshop of `count` people whose values of the first trait are 10, 20, 30…
void makeWorkshop(ProfileDocument &document, int count, const QString &longName = {})
{
    for (int i = 0; i < count; ++i) {
        const QString name = longName.isEmpty() ? QStringLiteral("Person %1").arg(i + 1) : longName + QString::number(i);
        ASSERT_EQ(document.addParticipant(name, QStringLiteral("Role %1").arg(i + 1)), i);
        document.setTrait(0, 10.0 * (i + 1));
        document.setTrait(1, 90.0 - 7.0 * i);
    }
    document.setEditedParticipant(-1);
}

/// A workshop profile with `count` participants written to `path` (through the document).
QString writeWorkshop(const Workbench &bench, const QString &fileName, int count, const QString &longName = {})
{
    ProfileDocument document(catalogue());
    makeWorkshop(document, count, longName);
    const QString path = bench.path(fileName);
    EXPECT_TRUE(document.save(path).isEmpty());
    return path;
}

void settle()
{
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
}

TEST(WorkshopDocument, APlainProfileBehavesAsBefore)
{
    ProfileDocument document(catalogue());
    EXPECT_FALSE(document.isWorkshop());
    EXPECT_EQ(document.editedParticipant(), -1);
    EXPECT_FALSE(document.groupValuesComputed());
    document.setEditedParticipant(0); // nobody there: still the profile itself
    EXPECT_EQ(document.editedParticipant(), -1);
    const int t = traitIndex("inhouse_capacity");
    document.setTrait(t, 77.0);
    EXPECT_EQ(document.profile().traits[at(t)], 77.0);
    EXPECT_EQ(document.shownTrait(t), 77.0);
    EXPECT_TRUE(document.setImportance(0, 3.0).isEmpty());
    EXPECT_EQ(document.profile().importance[0], 3.0);
    EXPECT_EQ(document.undoStack()->count(), 2);
    EXPECT_TRUE(document.profile().participants.empty());
}

TEST(WorkshopDocument, AFreshParticipantStartsFromTheGroupAndAddingUndoes)
{
    ProfileDocument document(catalogue());
    document.setTrait(0, 64.0);
    const Profile plain = document.profile();
    ASSERT_EQ(document.addParticipant(QStringLiteral("Dana Reyes"), QStringLiteral("Owner")), 0);
    EXPECT_TRUE(document.isWorkshop());
    EXPECT_EQ(document.editedParticipant(), 0);
    const Participant &dana = document.profile().participants[0];
    EXPECT_EQ(dana.id, QStringLiteral("dana_reyes"));
    EXPECT_EQ(dana.label(), QStringLiteral("Dana Reyes (Owner)"));
    EXPECT_EQ(dana.traits, plain.traits);
    EXPECT_TRUE(sameGroupValues(document.profile(), plain)); // adding moves nothing
    const Profile workshop = document.profile();

    document.undoStack()->undo();
    EXPECT_EQ(document.profile(), plain);
    EXPECT_EQ(document.editedParticipant(), -1); // the person is gone, so is their selection
    document.undoStack()->redo();
    EXPECT_EQ(document.profile(), workshop);
}

TEST(WorkshopDocument, EditingAPersonChangesTheConsensusAndUndoes)
{
    ProfileDocument document(catalogue());
    makeWorkshop(document, 3); // trait 0: 10, 20, 30
    EXPECT_EQ(document.profile().traits[0], 20.0);
    document.setEditedParticipant(2);
    const Profile before = document.profile();
    const int steps = document.undoStack()->count();
    for (double v : {40.0, 60.0, 80.0})
        document.setTrait(0, v, 5); // one drag: one step
    EXPECT_EQ(document.undoStack()->count(), steps + 1);
    EXPECT_EQ(document.profile().participants[2].traits[0], 80.0);
    EXPECT_EQ(document.profile().traits[0], 20.0); // the median stays with the middle voice
    document.setEditedParticipant(1);
    document.setTrait(0, 70.0);
    EXPECT_EQ(document.profile().traits[0], 70.0); // now the middle voice moved
    EXPECT_EQ(document.result().overall, FitEngine(catalogue()).score(document.profile()).overall);
    const Profile after = document.profile();

    document.undoStack()->undo();
    document.undoStack()->undo();
    EXPECT_EQ(document.profile(), before);
    document.undoStack()->redo();
    document.undoStack()->redo();
    EXPECT_EQ(document.profile(), after);
}

TEST(WorkshopDocument, TheGroupsValuesAreReadOnlyButItsNotesAreNot)
{
    ProfileDocument document(catalogue());
    makeWorkshop(document, 2);
    ASSERT_TRUE(document.groupValuesComputed());
    const Profile before = document.profile();
    const int steps = document.undoStack()->count();
    document.setTrait(0, 99.0);
    document.setTraitUncertainty(0, 33.0);
    EXPECT_FALSE(document.setImportance(0, 4.0).isEmpty());
    EXPECT_EQ(document.profile(), before);
    EXPECT_EQ(document.undoStack()->count(), steps);
    document.setNote(0, QStringLiteral("agreed in the room"));
    EXPECT_EQ(document.profile().notes.value(catalogue().traits[0].id), QStringLiteral("agreed in the room"));
}

TEST(WorkshopDocument, EveryParticipantEditUndoesAndRedoes)
{
    ProfileDocument document(catalogue());
    makeWorkshop(document, 3);
    document.setEditedParticipant(1);
    const std::vector<std::pair<const char *, std::function<void()>>> edits = {
        {"rename", [&] { document.renameParticipant(1, QStringLiteral("Lee Chen")); }},
        {"role", [&] { document.setParticipantRole(1, QStringLiteral("Finance director")); }},
        {"weight", [&] { EXPECT_TRUE(document.setParticipantWeight(0, 3.0).isEmpty()); }},
        {"consensus", [&] { document.setConsensusMethod(ConsensusMethod::WeightedMean); }},
        {"trait", [&] { document.setTrait(2, 5.0); }},
        {"importance", [&] { EXPECT_TRUE(document.setImportance(1, 4.0).isEmpty()); }},
        {"uncertainty", [&] { document.setTraitUncertainty(2, 30.0); }},
        {"note", [&] { document.setNote(2, QStringLiteral("Lee's reason")); }},
        {"add", [&] { document.addParticipant(QStringLiteral("Sam Patel")); }},
        {"remove", [&] { EXPECT_TRUE(document.removeParticipant(0).isEmpty()); }},
    };
    for (const auto &[name, edit] : edits) {
        const Profile before = document.profile();
        const int steps = document.undoStack()->count();
        edit();
        const Profile after = document.profile();
        EXPECT_EQ(document.undoStack()->count(), steps + 1) << name;
        EXPECT_NE(after, before) << name;
        document.undoStack()->undo();
        EXPECT_EQ(document.profile(), before) << name;
        document.undoStack()->redo();
        EXPECT_EQ(document.profile(), after) << name;
    }
    // The person's own values, not the group's, were edited.
    EXPECT_EQ(document.profile().participants[0].notes.value(catalogue().traits[2].id), QStringLiteral("Lee's reason"));
    EXPECT_TRUE(document.profile().notes.isEmpty());
}

TEST(WorkshopDocument, EveryWeightZeroIsRefusedAndTheLastOneGoneLeavesAPlainProfile)
{
    ProfileDocument document(catalogue());
    makeWorkshop(document, 2);
    EXPECT_TRUE(document.setParticipantWeight(0, 0.0).isEmpty());
    const int steps = document.undoStack()->count();
    EXPECT_FALSE(document.setParticipantWeight(1, 0.0).isEmpty());
    EXPECT_FALSE(document.removeParticipant(1).isEmpty()); // person 0 alone would count for nothing
    EXPECT_EQ(document.undoStack()->count(), steps);
    EXPECT_EQ(document.profile().traits[0], 20.0); // person 1's value alone

    EXPECT_TRUE(document.removeParticipant(0).isEmpty());
    const Profile group = document.profile();
    EXPECT_TRUE(document.removeParticipant(0).isEmpty());
    EXPECT_FALSE(document.isWorkshop());
    EXPECT_TRUE(sameGroupValues(document.profile(), group)); // the group's values are kept
    document.setTrait(0, 55.0); // and the sliders edit the profile again
    EXPECT_EQ(document.profile().traits[0], 55.0);
}

TEST(WorkshopDocument, ImportingTheSameFileTwiceChangesNothingTheSecondTime)
{
    ProfileDocument facilitator(catalogue());
    makeWorkshop(facilitator, 3);
    facilitator.setEditedParticipant(1);
    facilitator.setTrait(3, 3.0);
    const Profile returned = participantFile(facilitator.profile(), 1);

    ProfileDocument document(catalogue());
    makeWorkshop(document, 3);
    const int steps = document.undoStack()->count();
    Loaded<MergeReport> first = document.importParticipants({{returned, QStringLiteral("lee.json")}});
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(first.value().updated, QStringList{QStringLiteral("Person 2 (Role 2)")});
    EXPECT_EQ(document.undoStack()->count(), steps + 1);
    EXPECT_EQ(document.profile().participants[1].traits[3], 3.0);
    const Profile once = document.profile();

    Loaded<MergeReport> second = document.importParticipants({{returned, QStringLiteral("lee.json")}});
    ASSERT_TRUE(second.ok());
    EXPECT_TRUE(second.value().updated.isEmpty());
    EXPECT_EQ(second.value().unchanged, QStringList{QStringLiteral("Person 2 (Role 2)")});
    EXPECT_EQ(document.profile(), once);
    EXPECT_EQ(document.undoStack()->count(), steps + 1);

    document.undoStack()->undo(); // the import was one step
    EXPECT_EQ(document.profile().participants[1].traits[3], catalogue().traits[3].defaultValue);
}

// --- In the window -----------------------------------------------------------------------------------------

TEST(WorkshopWindow, ImportingABadFileShowsWhereAndWhyAndChangesNothing)
{
    Workbench bench;
    const QString workshop = writeWorkshop(bench, QStringLiteral("workshop.splitbench.json"), 2);
    ASSERT_TRUE(bench.window->openFile(workshop));
    ProfileDocument *document = bench.window->document();
    const Profile before = document->profile();
    const int steps = document->undoStack()->count();
    // A participant file whose person has no name: refused with its place.
    QByteArray badJson = participantFile(before, 0).toJson(catalogue());
    ASSERT_TRUE(badJson.contains("\"name\": \"Person 1\""));
    badJson.replace("\"name\": \"Person 1\"", "\"name\": \"\"");
    const QString bad = bench.writeFile(QStringLiteral("bad.json"), badJson);

    EXPECT_FALSE(bench.window->participantActions()->importFiles({bad}));
    ASSERT_EQ(bench.dialogs->errors.size(), 1);
    EXPECT_TRUE(bench.dialogs->errors[0].contains(QStringLiteral("bad.json"))) << bench.dialogs->errors[0].toStdString();
    EXPECT_TRUE(bench.dialogs->errors[0].contains(QStringLiteral("participants[0].name")))
        << bench.dialogs->errors[0].toStdString();

    // A good file and a refused one: all or nothing.
    const Profile returned = participantFile(before, 0);
    const QString good = bench.writeFile(QStringLiteral("good.json"), returned.toJson(catalogue()));
    EXPECT_FALSE(bench.window->participantActions()->importFiles({good, bad}));
    EXPECT_EQ(bench.dialogs->errors.size(), 2);
    EXPECT_EQ(document->profile(), before);
    EXPECT_EQ(document->undoStack()->count(), steps);
}

TEST(WorkshopWindow, ImportThroughTheMenuListsWhatChangedAndExportWritesOnePersonsFile)
{
    Workbench bench;
    const QString workshop = writeWorkshop(bench, QStringLiteral("workshop.splitbench.json"), 2);
    ASSERT_TRUE(bench.window->openFile(workshop));
    ProfileDocument *document = bench.window->document();

    bench.dialogs->saveAnswers.push_back(bench.path(QStringLiteral("person_2.splitbench.json")));
    document->setEditedParticipant(1);
    ASSERT_TRUE(bench.window->participantActions()->exportParticipant());
    Loaded<Profile> exported = Profile::load(bench.path(QStringLiteral("person_2.splitbench.json")), catalogue());
    ASSERT_TRUE(exported.ok());
    ASSERT_EQ(exported.value().participants.size(), 1u);
    EXPECT_EQ(exported.value().participants[0].name, QStringLiteral("Person 2"));

    // A new person returns a file: File ▸ Import Participant… adds them.
    ProfileDocument newcomer(catalogue());
    newcomer.addParticipant(QStringLiteral("Sam Patel"), QStringLiteral("IT lead"));
    const QString file = bench.path(QStringLiteral("sam.json"));
    ASSERT_TRUE(newcomer.save(file).isEmpty());
    bench.dialogs->openAnswers.push_back(file);
    bench.action("actionImportParticipants")->trigger();
    EXPECT_EQ(document->participantCount(), 3);
    EXPECT_TRUE(bench.window->statusBar()->currentMessage().contains(QStringLiteral("added Sam Patel (IT lead)")))
        << bench.window->statusBar()->currentMessage().toStdString();
}

TEST(WorkshopWindow, TheSelectorShowsAPersonsValuesAndTheGroupsAreReadOnly)
{
    Workbench bench;
    ASSERT_TRUE(bench.window->openFile(writeWorkshop(bench, QStringLiteral("w.splitbench.json"), 3)));
    ProfilePanel *panel = bench.window->profilePanel();
    QComboBox *combo = panel->participantCombo();
    ASSERT_EQ(combo->count(), 4);
    EXPECT_EQ(combo->itemText(0), QStringLiteral("Group"));
    EXPECT_EQ(combo->itemText(3), QStringLiteral("Person 3 (Role 3)"));
    EXPECT_FALSE(panel->slider(0)->isEnabled());
    EXPECT_FALSE(panel->groupHint()->isHidden());
    EXPECT_TRUE(panel->groupHint()->text().contains(QStringLiteral("weighted median")));
    EXPECT_EQ(panel->slider(0)->value(), 20);

    combo->setCurrentIndex(3);
    emit combo->activated(3);
    EXPECT_EQ(bench.window->document()->editedParticipant(), 2);
    EXPECT_TRUE(panel->slider(0)->isEnabled());
    EXPECT_TRUE(panel->groupHint()->isHidden());
    EXPECT_EQ(panel->slider(0)->value(), 30); // this person's value
    panel->slider(0)->setValue(75);
    EXPECT_EQ(bench.window->document()->profile().participants[2].traits[0], 75.0);
    EXPECT_EQ(bench.window->document()->profile().traits[0], 20.0);
    // The importance editor shows and edits this person's weights too.
    ImportanceModel *importance = bench.window->profilePanel()->importanceEditor()->model();
    EXPECT_TRUE(importance->flags(importance->index(0, ImportanceModel::ImportanceColumn)) & Qt::ItemIsEditable);
    EXPECT_TRUE(importance->setData(importance->index(0, ImportanceModel::ImportanceColumn), 5.0, Qt::EditRole));
    EXPECT_EQ(bench.window->document()->profile().participants[2].importance[0], 5.0);
    EXPECT_EQ(importance->index(0, ImportanceModel::ImportanceColumn).data(Qt::EditRole).toDouble(), 5.0);

    bench.action("actionUndo")->trigger();
    bench.action("actionUndo")->trigger();
    combo->setCurrentIndex(0);
    emit combo->activated(0);
    EXPECT_FALSE(panel->slider(0)->isEnabled());
    EXPECT_EQ(bench.window->document()->profile().participants[2].traits[0], 30.0);
}

TEST(WorkshopWindow, APlainProfilesWorkshopTabExplainsAndAddsAParticipant)
{
    Workbench bench;
    QAction *action = bench.action("actionWorkshop");
    ASSERT_NE(action, nullptr);
    EXPECT_EQ(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+6")));
    action->trigger();
    settle();
    WorkshopPage *page = bench.window->workshopPage();
    EXPECT_EQ(bench.window->viewTabs()->currentWidget(), page);
    EXPECT_FALSE(page->showsWorkshop());
    EXPECT_EQ(QApplication::focusWidget(), page->addButton());
    bench.dialogs->textAnswers = {QStringLiteral("Dana Reyes"), QStringLiteral("Owner")};
    page->addButton()->click();
    settle();
    EXPECT_TRUE(page->showsWorkshop());
    EXPECT_EQ(page->tableModel()->rowCount(), 1);
    EXPECT_EQ(bench.window->document()->editedParticipant(), 0);
}

TEST(WorkshopWindow, TheWorkshopTabShowsTwelveParticipants)
{
    Workbench bench;
    ASSERT_TRUE(bench.window->openFile(writeWorkshop(bench, QStringLiteral("w12.splitbench.json"), 12)));
    bench.action("actionWorkshop")->trigger();
    settle();
    WorkshopPage *page = bench.window->workshopPage();
    ASSERT_TRUE(page->showsWorkshop());
    EXPECT_EQ(page->tableModel()->rowCount(), 12);
    EXPECT_FALSE(page->disagreementLabel()->text().isEmpty());
    EXPECT_FALSE(page->decisiveLabel()->text().isEmpty());
    const WorkshopAnalysis &analysis = bench.window->document()->workshopAnalysis();
    for (int row = 0; row < 12; ++row) {
        const ParticipantOutcome &outcome = analysis.outcomes[at(row)];
        EXPECT_EQ(page->tableModel()->index(row, ParticipantTableModel::MarginColumn).data().toString(),
                  QLocale().toString(outcome.margin, 'f', 1));
    }
    // A slider step of a selected person updates the tab while it is shown.
    bench.window->document()->setEditedParticipant(11);
    bench.window->profilePanel()->slider(0)->setValue(0);
    settle();
    EXPECT_EQ(page->tableModel()->index(11, ParticipantTableModel::MarginColumn).data().toString(),
              QLocale().toString(bench.window->document()->workshopAnalysis().outcomes[11].margin, 'f', 1));
    // Activating a row edits that person.
    emit page->table()->activated(page->tableModel()->index(4, 0));
    EXPECT_EQ(bench.window->document()->editedParticipant(), 4);
    EXPECT_EQ(bench.window->profilePanel()->participantCombo()->currentIndex(), 5);
}

TEST(WorkshopWindow, TheRadarShowsTheEditedPersonsViewOfTheGroupsAnswer)
{
    Workbench bench;
    ASSERT_TRUE(bench.window->openFile(writeWorkshop(bench, QStringLiteral("w.splitbench.json"), 3)));
    bench.window->viewTabs()->setCurrentIndex(MainWindow::OverviewTab);
    settle();
    RadarChart *radar = bench.window->radarChart();
    EXPECT_FALSE(radar->hasOverlay()); // the group: nothing more
    bench.window->document()->setEditedParticipant(2);
    settle();
    ASSERT_TRUE(radar->hasOverlay());
    EXPECT_TRUE(radar->overlayCaption().contains(QStringLiteral("Person 3"))) << radar->overlayCaption().toStdString();
    // The caption has a band of its own above every axis label.
    for (int k = 0; k < radar->dimensionCount(); ++k)
        EXPECT_FALSE(radar->overlayCaptionRect().intersects(radar->labelRect(k))) << k;
    // Another tab in front: still right when the radar is shown again after the person's values moved.
    bench.window->viewTabs()->setCurrentIndex(MainWindow::WorkshopTab);
    settle();
    bench.window->document()->setTrait(0, 100.0);
    bench.window->viewTabs()->setCurrentIndex(MainWindow::OverviewTab);
    settle();
    EXPECT_TRUE(radar->hasOverlay());
    bench.window->document()->setEditedParticipant(-1);
    settle();
    EXPECT_FALSE(radar->hasOverlay());
}

TEST(WorkshopWindow, OpeningHandEditedGroupValuesSaysTheyWereRecomputed)
{
    Workbench bench;
    ProfileDocument document(catalogue());
    makeWorkshop(document, 2);
    QByteArray json = document.toJson();
    // Hand-edit the group's first trait in the file.
    const QString id = catalogue().traits[0].id;
    json.replace(QByteArray("\"") + id.toUtf8() + "\": 15", QByteArray("\"") + id.toUtf8() + "\": 99");
    const QString path = bench.writeFile(QStringLiteral("edited.splitbench.json"), json);
    ASSERT_TRUE(bench.window->openFile(path));
    if (bench.window->document()->profile().groupValuesRecomputed)
        EXPECT_TRUE(bench.window->statusBar()->currentMessage().contains(QStringLiteral("recomputed")))
            << bench.window->statusBar()->currentMessage().toStdString();
    else
        ADD_FAILURE() << "the hand edit was not found in the file: " << json.toStdString();
}



TEST(WorkshopWindow, TheQuestionnaireActionWritesTheSelectedPersonsOnePagePdf)
{
    Workbench bench;
    ASSERT_TRUE(bench.window->openFile(writeWorkshop(bench, QStringLiteral("w.splitbench.json"), 3)));
    bench.window->document()->setEditedParticipant(1);
    const QString pdf = bench.path(QStringLiteral("person-questionnaire.pdf"));
    bench.dialogs->saveAnswers.push_back(pdf);
    bench.action("actionExportQuestionnaire")->trigger();
    ASSERT_TRUE(bench.dialogs->errors.empty());
    const QString info = QString::fromUtf8(toolOutput(QStringLiteral(SPLITBENCH_TOOL_PDFINFO), {pdf}));
    EXPECT_TRUE(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n")))) << info.toStdString();
    const QString text = QString::fromUtf8(toolOutput(QStringLiteral(SPLITBENCH_TOOL_PDFTOTEXT), {pdf, QStringLiteral("-")}));
    EXPECT_TRUE(text.contains(QStringLiteral("Person 2"))) << text.toStdString();
    EXPECT_TRUE(bench.window->statusBar()->currentMessage().contains(QStringLiteral("person-questionnaire.pdf")));

    // An unwritable place: the error names it, and nothing is claimed.
    bench.dialogs->saveAnswers.push_back(QStringLiteral("/proc/no-such-folder/q.pdf"));
    bench.action("actionExportQuestionnaire")->trigger();
    ASSERT_EQ(bench.dialogs->errors.size(), 1u);
    EXPECT_TRUE(bench.dialogs->errors[0].contains(QStringLiteral("/proc/no-such-folder/q.pdf")))
        << bench.dialogs->errors[0].toStdString();
}

TEST(WorkshopWindow, TheStripsKeepTheirOrderWhileValuesChangeAndSortOnceTheySettle)
{
    Workbench bench;
    ASSERT_TRUE(bench.window->openFile(writeWorkshop(bench, QStringLiteral("w3.splitbench.json"), 3)));
    bench.action("actionWorkshop")->trigger();
    settle();
    DisagreementChart *chart = bench.window->workshopPage()->chart();
    ASSERT_EQ(chart->data().strips.front().trait, 0); // 10, 20 and 30: the widest spread
    ProfileDocument *document = bench.window->document();
    document->setEditedParticipant(2);
    const int moved = 5;
    document->setTrait(moved, 100.0); // now the widest spread
    settle();
    // Held: the rows do not jump while the value may still be moving; every value is the new one.
    EXPECT_TRUE(chart->holdsOrder());
    EXPECT_EQ(chart->data().strips.front().trait, 0);
    const auto shown = std::find_if(chart->data().strips.begin(), chart->data().strips.end(),
                                    [&](const report::DisagreementStrip &strip) { return strip.trait == moved; });
    ASSERT_NE(shown, chart->data().strips.end());
    EXPECT_EQ(shown->values[2], 100.0);
    // Settled: sorted by spread again.
    QTest::qWait(DisagreementChart::kSettleMs + 200);
    EXPECT_FALSE(chart->holdsOrder());
    EXPECT_EQ(chart->data().strips.front().trait, moved);
}

/// Counts the layout requests a widget receives.
class LayoutRequestCounter final : public QObject {
public:
    int count = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LayoutRequest)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

TEST(WorkshopWindow, ASentenceThatChangesLaysOutNeitherThePageNorTheWindow)
{
    // A slider step changes the sentences above the strips; each new text used to lay out the page and, through
    // the tab widget, the whole window (most of a slider step's time with eight people).
    Workbench bench;
    ProfileDocument *document = bench.window->document();
    for (int p = 0; p < 8; ++p) {
        document->addParticipant(QStringLiteral("Participant %1").arg(p + 1), QStringLiteral("Role %1").arg(p + 1));
        for (int t = 0; t < document->traitCount(); ++t)
            document->setTrait(t, std::fmod(17.0 * (p + 1) + 29.0 * t, 100.0));
    }
    document->setEditedParticipant(3);
    bench.action("actionWorkshop")->trigger();
    // The window's own layouts after showing the tab take a few rounds of the event loop (one more since the
    // Scenarios tab and the scenario selector came); they are not a slider step's.
    for (int i = 0; i < 3; ++i)
        settle();
    WorkshopPage *page = bench.window->workshopPage();
    LayoutRequestCounter pageLayouts;
    LayoutRequestCounter windowLayouts;
    page->installEventFilter(&pageLayouts);
    bench.window->installEventFilter(&windowLayouts);

    int sentenceChanges = 0;
    QString shown = page->decisiveLabel()->text() + page->disagreementLabel()->text();
    const int trait = traitIndex("inhouse_capacity");
    for (int value = 0; value <= 100; value += 2) {
        document->setTrait(trait, value);
        settle();
        const QString now = page->decisiveLabel()->text() + page->disagreementLabel()->text();
        sentenceChanges += now != shown ? 1 : 0;
        shown = now;
    }
    ASSERT_GE(sentenceChanges, 10); // else this test proves nothing
    // Only a sentence that needs more lines than it had asks for a layout: a few times in a drag, not each time.
    EXPECT_LE(pageLayouts.count, 3);
    EXPECT_LE(windowLayouts.count, 3);
}

TEST(WorkshopTable, ARefreshRepaintsOnlyTheRowsWhoseCellsChanged)
{
    // A slider step refreshes the table; repainting every row on every step cost more than the rest of the tab.
    ProfileDocument document(catalogue());
    makeWorkshop(document, 4);
    ParticipantTableModel model(&document);
    model.refresh();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.refresh(); // nothing changed
    EXPECT_EQ(changed.count(), 0);

    document.setParticipantRole(2, QStringLiteral("Finance director"));
    model.refresh();
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).toModelIndex().row(), 2);
    EXPECT_EQ(changed.at(0).at(1).toModelIndex().row(), 2);
    EXPECT_EQ(changed.at(0).at(1).toModelIndex().column(), ParticipantTableModel::ColumnCount - 1);
    EXPECT_EQ(model.index(2, ParticipantTableModel::RoleColumn).data().toString(), QStringLiteral("Finance director"));

    // The person whose values the sliders show is set in italics: both the row left and the row chosen change.
    changed.clear();
    document.setEditedParticipant(1);
    model.refresh();
    std::vector<int> rows;
    for (const QList<QVariant> &signal : changed)
        rows.push_back(signal.at(0).toModelIndex().row());
    EXPECT_EQ(rows, std::vector<int>{1});
    changed.clear();
    document.setEditedParticipant(3);
    model.refresh();
    rows.clear();
    for (const QList<QVariant> &signal : changed)
        rows.push_back(signal.at(0).toModelIndex().row());
    EXPECT_EQ(rows, (std::vector<int>{1, 3}));
}

} // namespace
