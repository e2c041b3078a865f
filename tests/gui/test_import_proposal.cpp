// Importing a provider's proposal in the workbench (issue 20): File ▸ Import Proposal… with its review, Prepared by
// in the preferences and Prepared for in the profile panel.
#include "accessibility_audit.h"
#include "gui_test_support.h"
#include "matrix_import.h"
#include "preferences_dialog.h"
#include "profile_document.h"
#include "proposals/import_review_dialog.h"
#include "proposals/proposal_actions.h"
#include "report_actions.h"
#include "report_export.h"
#include "sheet_file.h"
#include "workbench_settings.h"

#include <QAction>
#include <QComboBox>
#include <QDate>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>
#include <QUrl>

#include <gtest/gtest.h>

using namespace splitbench;
using namespace splitbench::gui;
using namespace splitbench::gui::test;

namespace {

const QString kNordwind = QStringLiteral(SPLITBENCH_EXAMPLES "/proposals/nordwind-angebot.csv");
const QString kManufacturer = QStringLiteral(SPLITBENCH_EXAMPLES "/2-manufacturer-with-cio.splitbench.json");

/// What the CLI's import reads from `path` (its first matrix) against `catalogue`.
MatrixImport coreImport(const QString &path, const Catalogue &catalogue)
{
    const Loaded<sheets::SheetFile> file = sheets::readSheetFile(path);
    EXPECT_TRUE(file.ok());
    if (!file)
        return {};
    const std::vector<MatrixCandidate> candidates = findMatrices(file.value().sheets);
    EXPECT_FALSE(candidates.empty());
    if (candidates.empty())
        return {};
    const Loaded<MatrixImport> imported =
        importMatrix(catalogue, builtInNameCatalogues(), file.value().sheets, candidates.front(), path);
    EXPECT_TRUE(imported.ok());
    return imported.ok() ? imported.value() : MatrixImport{};
}

/// The texts in `column` of the rows of the details' group of `kind`; empty when the group is not shown.
QStringList groupTexts(const ImportReviewDialog &dialog, ImportReviewDialog::Kind kind, int column)
{
    QStandardItemModel *model = dialog.detailsModel();
    for (int r = 0; r < model->rowCount(); ++r) {
        QStandardItem *group = model->item(r, 0);
        if (group->data(Qt::UserRole).toInt() != static_cast<int>(kind))
            continue;
        QStringList texts;
        for (int c = 0; c < group->rowCount(); ++c)
            texts << group->child(c, column)->text();
        return texts;
    }
    return {};
}

/// Answers the next review by clicking `button` ("importButton" or "cancelButton") after `inspect` saw it.
void answerReview(Workbench &bench, const char *button,
                  const std::function<void(ImportReviewDialog &)> &inspect = [](ImportReviewDialog &) {})
{
    bench.dialogs->dialogAnswers.push_back([button, inspect](QDialog *dialog) {
        auto *review = qobject_cast<ImportReviewDialog *>(dialog);
        EXPECT_NE(review, nullptr);
        if (!review)
            return false;
        inspect(*review);
        auto *push = review->findChild<QPushButton *>(QString::fromLatin1(button));
        EXPECT_NE(push, nullptr);
        if (push)
            QTest::mouseClick(push, Qt::LeftButton);
        return review->result() == QDialog::Accepted;
    });
}

} // namespace

TEST(ImportProposal, TheFileMenuOffersItNextToTheOtherImports)
{
    Workbench bench;
    QAction *action = bench.action("actionImportProposal");
    ASSERT_NE(action, nullptr);
    EXPECT_TRUE(bench.window->fileMenu()->actions().contains(action));
    EXPECT_EQ(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+I")));
}

TEST(ImportProposal, TheReviewOfNordwindShowsExactlyWhatTheCoreImportFinds)
{
    Workbench bench;
    ProfileDocument *document = bench.window->document();
    const MatrixImport expected = coreImport(kNordwind, document->catalogue());
    ASSERT_FALSE(expected.isExact());

    std::unique_ptr<ImportReviewDialog> review = bench.window->proposalActions()->reviewFor(kNordwind);
    ASSERT_NE(review, nullptr);
    ASSERT_TRUE(review->currentImport().has_value());
    const MatrixImport &shown = *review->currentImport();
    EXPECT_EQ(shown.exact.size(), expected.exact.size());
    EXPECT_EQ(shown.guessed.size(), expected.guessed.size());
    EXPECT_EQ(shown.extra.size(), expected.extra.size());
    EXPECT_EQ(shown.missing.size(), expected.missing.size());
    EXPECT_EQ(shown.problems.size(), expected.problems.size());

    using Kind = ImportReviewDialog::Kind;
    EXPECT_EQ(groupTexts(*review, Kind::Exact, 0).size(), static_cast<qsizetype>(expected.exact.size()));
    EXPECT_EQ(groupTexts(*review, Kind::Guessed, 0).size(), static_cast<qsizetype>(expected.guessed.size()));
    EXPECT_EQ(groupTexts(*review, Kind::Extra, 0).size(), static_cast<qsizetype>(expected.extra.size()));
    EXPECT_EQ(groupTexts(*review, Kind::Missing, 0).size(), static_cast<qsizetype>(expected.missing.size()));
    EXPECT_EQ(groupTexts(*review, Kind::Problem, 0).size(), static_cast<qsizetype>(expected.problems.size()));
    // The rows the CLI names (tests/test_cli_import.cpp): the extra row and the missing activity.
    EXPECT_TRUE(groupTexts(*review, Kind::Extra, 1).contains(QStringLiteral("Kaffeemaschine im Serverraum")))
        << groupTexts(*review, Kind::Extra, 1).join(u'|').toStdString();
    EXPECT_TRUE(groupTexts(*review, Kind::Missing, 2).contains(QStringLiteral("Compliance & Documentation › Record keeping")))
        << groupTexts(*review, Kind::Missing, 2).join(u'|').toStdString();
    for (const MatchedRow &row : expected.guessed) {
        EXPECT_TRUE(groupTexts(*review, Kind::Guessed, 1).contains(row.text)) << row.text.toStdString();
        EXPECT_TRUE(groupTexts(*review, Kind::Guessed, 0).contains(QStringLiteral("Row %1").arg(row.row + 1)));
    }
    // The summary says it in words, with the model the missing activities come from.
    const QString summary = review->summaryLabel()->text();
    EXPECT_TRUE(summary.startsWith(QString::number(expected.exact.size()) + u' ')) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("matched exactly"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("missing: taken from"))) << summary.toStdString();
    EXPECT_FALSE(review->nameEdit()->text().isEmpty());
    EXPECT_TRUE(review->importButton()->isEnabled());
    EXPECT_TRUE(review->importButton()->isDefault());
    EXPECT_FALSE(review->detailsView()->accessibleName().isEmpty());
    EXPECT_FALSE(review->matrixCombo()->isEnabled()); // one matrix: nothing to choose
}

TEST(ImportProposal, CancelLeavesTheProfileAsItWas)
{
    Workbench bench;
    ProfileDocument *document = bench.window->document();
    const QByteArray before = document->toJson();
    answerReview(bench, "cancelButton");
    EXPECT_FALSE(bench.window->proposalActions()->importFile(kNordwind));
    EXPECT_TRUE(bench.dialogs->dialogAnswers.empty());
    EXPECT_EQ(document->toJson(), before);
    EXPECT_FALSE(document->isModified());
    EXPECT_EQ(document->undoStack()->count(), 0);
}

TEST(ImportProposal, ImportAddsOneModelWithItsSourceAsOneUndoStep)
{
    Workbench bench;
    ProfileDocument *document = bench.window->document();
    const int models = document->modelCount();
    bench.dialogs->openAnswers.push_back(kNordwind);
    answerReview(bench, "importButton", [](ImportReviewDialog &review) {
        review.nameEdit()->selectAll();
        QTest::keyClicks(review.nameEdit(), QStringLiteral("Nordwind IT"));
    });
    bench.action("actionImportProposal")->trigger();
    EXPECT_TRUE(bench.dialogs->errors.isEmpty()) << bench.dialogs->errors.join(u'\n').toStdString();
    ASSERT_EQ(document->modelCount(), models + 1);
    ASSERT_EQ(document->profile().customModels.size(), 1U);
    const CustomModel model = document->profile().customModels.front();
    EXPECT_EQ(model.name, QStringLiteral("Nordwind IT"));
    ASSERT_TRUE(model.source.has_value());
    EXPECT_EQ(model.source->file, QStringLiteral("nordwind-angebot.csv"));
    EXPECT_EQ(model.source->imported, QDate::currentDate().toString(Qt::ISODate));
    EXPECT_EQ(model.responsibilities, coreImport(kNordwind, Catalogue::builtIn()).responsibilities);
    EXPECT_EQ(document->undoStack()->count(), 1);
    EXPECT_EQ(document->undoStack()->undoText(), QStringLiteral("Import Proposal “Nordwind IT”"));

    document->undoStack()->undo();
    EXPECT_EQ(document->modelCount(), models);
    EXPECT_TRUE(document->profile().customModels.empty());
    document->undoStack()->redo();
    ASSERT_EQ(document->profile().customModels.size(), 1U);
    EXPECT_EQ(document->profile().customModels.front(), model);
}

TEST(ImportProposal, AFileThatIsNoSheetIsRefusedNamingItAndChangesNothing)
{
    Workbench bench;
    ProfileDocument *document = bench.window->document();
    const QByteArray before = document->toJson();
    const QString broken = bench.writeFile(QStringLiteral("broken.xlsx"), "PK\x03\x04 this is not a workbook");
    const QString prose = bench.writeFile(QStringLiteral("letter.csv"), "Dear client,\nthank you for your interest.\n");
    for (const QString &path : {broken, prose}) {
        bench.dialogs->errors.clear();
        EXPECT_FALSE(bench.window->proposalActions()->importFile(path));
        ASSERT_EQ(bench.dialogs->errors.size(), 1);
        EXPECT_TRUE(bench.dialogs->errors.front().contains(QFileInfo(path).fileName()))
            << bench.dialogs->errors.front().toStdString();
    }
    EXPECT_TRUE(bench.dialogs->dialogAnswers.empty());
    EXPECT_EQ(document->toJson(), before);
    EXPECT_EQ(document->undoStack()->count(), 0);
}

TEST(ImportProposal, AFullProfileIsRefusedBeforeTheFileDialog)
{
    Workbench bench;
    ProfileDocument *document = bench.window->document();
    for (int i = 0; i < kMaxCustomModels; ++i)
        ASSERT_GE(document->duplicateModel(0, QStringLiteral("Copy %1").arg(i)), 0);
    bench.action("actionImportProposal")->trigger(); // no open answer queued: the file dialog must not be asked
    ASSERT_EQ(bench.dialogs->errors.size(), 1);
    EXPECT_TRUE(bench.dialogs->errors.front().contains(QString::number(kMaxCustomModels)));
    EXPECT_EQ(static_cast<int>(document->profile().customModels.size()), kMaxCustomModels);
}

TEST(ImportProposal, AWorkbookWithSeveralMatricesOffersEachAndRefusesATakenName)
{
    Workbench bench;
    ASSERT_TRUE(bench.window->openFile(kManufacturer));
    const QString sheet = bench.path(QStringLiteral("matrix.xlsx"));
    const report::ReportContent content = bench.window->reportActions()->currentContent();
    ASSERT_TRUE(report::exportMatrix(sheet, report::ExportFormat::Xlsx, content).isEmpty());

    std::unique_ptr<ImportReviewDialog> review = bench.window->proposalActions()->reviewFor(sheet);
    ASSERT_NE(review, nullptr);
    QComboBox *combo = review->matrixCombo();
    EXPECT_TRUE(combo->isEnabled());
    const Catalogue &catalogue = bench.window->document()->catalogue();
    QStringList items;
    for (int i = 0; i < combo->count(); ++i)
        items << combo->itemText(i);
    for (const ServiceModel &model : catalogue.models)
        EXPECT_TRUE(items.filter(model.name).size() >= 1) << items.join(u'|').toStdString();
    for (int i = 0; i < combo->count(); ++i) {
        combo->setCurrentIndex(i);
        ASSERT_TRUE(review->currentImport().has_value()) << review->importError().toStdString();
        // The models' own export reads back exactly, under a name no model has yet.
        EXPECT_TRUE(review->currentImport()->isExact()) << combo->itemText(i).toStdString();
        EXPECT_TRUE(review->nameProblem().isEmpty()) << review->nameEdit()->text().toStdString();
    }
    // A name another model has is refused, ignoring case; so is an empty one.
    review->nameEdit()->setText(catalogue.models.front().name.toUpper());
    EXPECT_FALSE(review->nameProblem().isEmpty());
    EXPECT_FALSE(review->importButton()->isEnabled());
    EXPECT_FALSE(review->nameProblemLabel()->text().isEmpty());
    review->nameEdit()->setText(QStringLiteral("   "));
    EXPECT_FALSE(review->importButton()->isEnabled());
    review->nameEdit()->setText(QStringLiteral("Acme IT"));
    EXPECT_TRUE(review->importButton()->isEnabled());
}

TEST(ImportProposal, EveryControlOfTheReviewAndThePreferencesHasAName)
{
    Workbench bench;
    std::unique_ptr<ImportReviewDialog> review = bench.window->proposalActions()->reviewFor(kNordwind);
    ASSERT_NE(review, nullptr);
    review->show();
    AccessibilityAudit audit;
    QStringList unnamed = AccessibilityAudit::unnamedElements(review.get());
    EXPECT_TRUE(unnamed.isEmpty()) << unnamed.join(u'\n').toStdString();
    review->hide();
    bench.window->showPreferences();
    unnamed = AccessibilityAudit::unnamedElements(bench.window->preferencesDialog());
    EXPECT_TRUE(unnamed.isEmpty()) << unnamed.join(u'\n').toStdString();
}

// --- Prepared by and Prepared for

TEST(PreparedBy, ThePreferencesStoreItAndTheReportCarriesIt)
{
    Workbench bench;
    bench.window->showPreferences();
    PreferencesDialog *preferences = bench.window->preferencesDialog();
    ASSERT_NE(preferences, nullptr);
    using Field = PreferencesDialog::PreparedByField;
    QTest::keyClicks(preferences->preparedByEdit(Field::Name), QStringLiteral("Dana Reyes"));
    QTest::keyClicks(preferences->preparedByEdit(Field::Company), QStringLiteral("Harbour IT"));
    QTest::keyClicks(preferences->preparedByEdit(Field::Contact), QStringLiteral("dana@example.org"));
    EXPECT_EQ(preferences->preparedByEdit(Field::Name)->maxLength(), report::PreparedBy::kMaxLength);

    const QString logo = bench.writeFile(QStringLiteral("logo.svg"),
                                         "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 40 20'>"
                                         "<rect width='40' height='20' fill='navy'/></svg>");
    bench.dialogs->openAnswers.push_back(logo);
    preferences->browseLogo();
    EXPECT_TRUE(bench.dialogs->errors.isEmpty()) << bench.dialogs->errors.join(u'\n').toStdString();
    EXPECT_EQ(bench.settings->logoFile(), logo);
    EXPECT_FALSE(preferences->logoPreview()->pixmap().isNull());
    // A file that is no logo is refused, naming it; the logo chosen before stays.
    const QString notALogo = bench.writeFile(QStringLiteral("notes.png"), "not an image");
    bench.dialogs->openAnswers.push_back(notALogo);
    preferences->browseLogo();
    ASSERT_EQ(bench.dialogs->errors.size(), 1);
    EXPECT_TRUE(bench.dialogs->errors.front().contains(QStringLiteral("notes.png")));
    EXPECT_EQ(bench.settings->logoFile(), logo);

    // Stored in the settings file: a new settings object reads them back.
    bench.settings->sync();
    WorkbenchSettings reread(bench.dir.filePath(QStringLiteral("settings.ini")));
    EXPECT_EQ(reread.preparedByName(), QStringLiteral("Dana Reyes"));
    EXPECT_EQ(reread.preparedByCompany(), QStringLiteral("Harbour IT"));
    EXPECT_EQ(reread.preparedByContact(), QStringLiteral("dana@example.org"));
    EXPECT_EQ(reread.logoFile(), logo);

    const report::ReportContent content = bench.window->reportActions()->currentContent();
    EXPECT_EQ(content.preparedBy.name, QStringLiteral("Dana Reyes"));
    EXPECT_EQ(content.preparedBy.company, QStringLiteral("Harbour IT"));
    EXPECT_EQ(content.preparedBy.contact, QStringLiteral("dana@example.org"));
    ASSERT_NE(content.preparedBy.logo, nullptr);
    EXPECT_EQ(content.preparedBy.logo->format, report::Logo::Format::Svg);

    // A logo that no longer loads: the report is still made, without it, and the user is told once.
    ASSERT_TRUE(QFile::remove(logo));
    QSignalSpy messages(bench.window->reportActions(), &ReportActions::message);
    const report::ReportContent without = bench.window->reportActions()->currentContent();
    EXPECT_EQ(without.preparedBy.name, QStringLiteral("Dana Reyes"));
    EXPECT_EQ(without.preparedBy.logo, nullptr);
    (void)bench.window->reportActions()->currentContent();
    EXPECT_EQ(messages.count(), 1);

    preferences->clearLogo();
    EXPECT_TRUE(bench.settings->logoFile().isEmpty());
}

TEST(PreparedFor, TypingIsOneUndoStepAndIsSaved)
{
    Workbench bench;
    ProfileDocument *document = bench.window->document();
    auto *edit = bench.window->findChild<QLineEdit *>(QStringLiteral("preparedForEdit"));
    ASSERT_NE(edit, nullptr);
    EXPECT_EQ(edit->maxLength(), Prepared::kMaxLength);
    EXPECT_FALSE(edit->accessibleName().isEmpty());
    EXPECT_EQ(edit->placeholderText(), document->profile().name.trimmed().isEmpty() ? edit->placeholderText()
                                                                                      : document->profile().name.trimmed());
    QTest::keyClicks(edit, QStringLiteral("Board of Harbour Lane"));
    ASSERT_TRUE(document->profile().prepared.has_value());
    EXPECT_EQ(document->profile().prepared->forWhom, QStringLiteral("Board of Harbour Lane"));
    EXPECT_EQ(document->undoStack()->count(), 1);

    const QString path = bench.path(QStringLiteral("prepared.splitbench.json"));
    ASSERT_TRUE(bench.window->saveFile(path));
    const Loaded<Profile> saved = Profile::load(path, Catalogue::builtIn());
    ASSERT_TRUE(saved.ok());
    ASSERT_TRUE(saved.value().prepared.has_value());
    EXPECT_EQ(saved.value().prepared->forWhom, QStringLiteral("Board of Harbour Lane"));

    document->undoStack()->undo();
    EXPECT_FALSE(document->profile().prepared.has_value());
    EXPECT_TRUE(edit->text().isEmpty());
    document->undoStack()->redo();
    EXPECT_EQ(edit->text(), QStringLiteral("Board of Harbour Lane"));
}

// A sheet's cells can hold anything: a line break, a tab, "%1", thousands of characters. The review shows each
// on one line, cut short, with "%1" as written, and the import still names the row.
TEST(ImportProposal, HostileCellTextsShowOnOneLineCutShortAndAsWritten)
{
    Workbench bench;
    ProfileDocument *document = bench.window->document();
    const Dimension &dimension = document->catalogue().dimensions.front();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("hostile.csv"));
    QFile csv(path);
    ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
    QByteArray bytes = "Activity,Owner\n";
    bytes += dimension.activities.front().name.toUtf8() + ",Provider\n";
    bytes += "\"Toner %1\nand\tpaper\",Provider\n";
    bytes += QByteArray(3000, 'x') + ",Provider\n";
    csv.write(bytes);
    csv.close();

    std::unique_ptr<ImportReviewDialog> review = bench.window->proposalActions()->reviewFor(path);
    ASSERT_NE(review, nullptr);
    const QStringList extra = groupTexts(*review, ImportReviewDialog::Kind::Extra, 1);
    ASSERT_EQ(extra.size(), 2) << extra.join(u'|').toStdString();
    EXPECT_EQ(extra[0], QStringLiteral("Toner %1 and paper"));
    EXPECT_LE(extra[1].size(), 160);
    EXPECT_TRUE(extra[1].endsWith(QChar(0x2026))) << "cut short with an ellipsis";
    for (const QString &text : extra)
        for (const QChar c : text)
            EXPECT_NE(c.category(), QChar::Other_Control) << text.toStdString();
}

// Dropping one file on the window: a provider's sheet goes to the import review, a profile is opened. Anything
// else (two files, a web address, a text file) is not taken.
TEST(ImportProposal, ASheetDroppedOnTheWindowGoesToTheReviewAndAProfileOpens)
{
    const auto mime = [](const QList<QUrl> &urls) {
        auto data = std::make_unique<QMimeData>();
        data->setUrls(urls);
        return data;
    };
    const QUrl sheet = QUrl::fromLocalFile(kNordwind);
    EXPECT_EQ(MainWindow::droppableFile(mime({sheet}).get()), kNordwind);
    EXPECT_EQ(MainWindow::droppableFile(mime({QUrl::fromLocalFile(kManufacturer)}).get()), kManufacturer);
    EXPECT_TRUE(MainWindow::droppableFile(mime({sheet, sheet}).get()).isEmpty());
    EXPECT_TRUE(MainWindow::droppableFile(mime({QUrl(QStringLiteral("https://example.com/a.csv"))}).get()).isEmpty());
    EXPECT_TRUE(MainWindow::droppableFile(mime({QUrl::fromLocalFile(QStringLiteral("/tmp/notes.txt"))}).get()).isEmpty());
    EXPECT_TRUE(MainWindow::droppableFile(nullptr).isEmpty());

    Workbench bench;
    ProfileDocument *document = bench.window->document();
    const int models = document->modelCount();
    bool reviewed = false;
    answerReview(bench, "importButton", [&reviewed](ImportReviewDialog &) { reviewed = true; });
    const std::unique_ptr<QMimeData> data = mime({sheet});
    QDropEvent drop(QPointF(20, 20), Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    // Straight to the window's handler, as a platform drag delivers it (QApplication::sendEvent() does not
    // pass on a drop made up outside a drag).
    static_cast<QObject *>(bench.window.get())->event(&drop);
    EXPECT_TRUE(drop.isAccepted());
    EXPECT_TRUE(QTest::qWaitFor([&reviewed] { return reviewed; }, 5000)) << "the drop opened no review";
    EXPECT_EQ(document->modelCount(), models + 1);
    EXPECT_EQ(document->undoStack()->count(), 1);

    // A profile dropped on a window with unsaved changes asks first; answered "Cancel", nothing changes.
    bench.dialogs->saveChoices.push_back(DialogProvider::SaveChoice::Cancel);
    EXPECT_FALSE(bench.window->openDropped(kManufacturer));
    EXPECT_EQ(bench.dialogs->saveChangesQuestions, 1);
    EXPECT_EQ(document->modelCount(), models + 1);
    bench.dialogs->saveChoices.push_back(DialogProvider::SaveChoice::Discard);
    EXPECT_TRUE(bench.window->openDropped(kManufacturer));
    EXPECT_EQ(document->filePath(), kManufacturer);
}
