#include "proposal_actions.h"

#include "dialog_provider.h"
#include "import_review_dialog.h"
#include "matrix_import.h"
#include "profile_document.h"
#include "sheet_file.h"
#include "workbench_settings.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QKeySequence>


namespace splitbench::gui {

ProposalActions::ProposalActions(QWidget *window, ProfileDocument *document, WorkbenchSettings *settings,
                                 std::function<DialogProvider *()> dialogs)
    : QObject(window), m_window(window), m_document(document), m_settings(settings), m_dialogs(std::move(dialogs))
{
    m_import = new QAction(tr("Import &Proposal…"), this);
    m_import->setObjectName(QStringLiteral("actionImportProposal"));
    m_import->setShortcut(QKeySequence(tr("Ctrl+I")));
    m_import->setStatusTip(tr("Add a provider's responsibility matrix (an Excel workbook or a CSV file) as a "
                              "custom model, after a review of what matched"));
    connect(m_import, &QAction::triggered, this, &ProposalActions::importProposal);
}

QString ProposalActions::sheetFilter()
{
    return tr("Responsibility matrices (*.xlsx *.csv);;All files (*)");
}

bool ProposalActions::refuseWhenFull()
{
    if (static_cast<int>(m_document->profile().customModels.size()) < kMaxCustomModels)
        return false;
    showError(tr("A profile holds at most %1 custom models, and this one has them all; remove one first.")
                  .arg(kMaxCustomModels));
    return true;
}

void ProposalActions::showError(const QString &text)
{
    dialogs()->showError(m_window, tr("Cannot import proposal"), text);
}

bool ProposalActions::importProposal()
{
    if (refuseWhenFull())
        return false;
    const QString path =
        dialogs()->openFileName(m_window, tr("Import Proposal"), m_settings->lastDirectory(), sheetFilter());
    return !path.isEmpty() && importFile(path);
}

std::unique_ptr<ImportReviewDialog> ProposalActions::reviewFor(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    Loaded<sheets::SheetFile> file = [&path] {
        // Files are at most a few megabytes (readSheetFile's limits): read at once, with the wait cursor.
        QApplication::setOverrideCursor(Qt::WaitCursor);
        Loaded<sheets::SheetFile> read = sheets::readSheetFile(path);
        QApplication::restoreOverrideCursor();
        return read;
    }();
    if (!file) {
        showError(tr("Nothing was imported; the profile is unchanged.\n\n%1").arg(file.error().toString()));
        return nullptr;
    }
    std::vector<MatrixCandidate> candidates = findMatrices(file.value().sheets);
    if (candidates.empty()) {
        showError(tr("Nothing was imported; the profile is unchanged.\n\n%1: no sheet holds a responsibility "
                     "matrix (a column of activities and columns of who does them: owner, provider share, or RACI "
                     "letters per party).")
                      .arg(shown));
        return nullptr;
    }
    const QStringList notes = file.value().notes;
    auto dialog = std::make_unique<ImportReviewDialog>(m_document->catalogue(), std::move(file).value().sheets,
                                                       std::move(candidates), path, notes, m_window);
    return dialog;
}

bool ProposalActions::importFile(const QString &path)
{
    if (refuseWhenFull())
        return false;
    std::unique_ptr<ImportReviewDialog> review = reviewFor(path);
    if (!review)
        return false;
    m_settings->setLastDirectory(QFileInfo(path).absolutePath());
    if (!dialogs()->runDialog(review.get()) || !review->currentImport() || !review->nameProblem().isEmpty())
        return false;
    const CustomModel model = review->model();
    const int added = m_document->addCustomModel(model, tr("Import Proposal “%1”").arg(model.name));
    if (added < 0)
        return false;
    emit modelImported(added);
    emit message(tr("Imported “%1” from %2. Undo removes it again.")
                     .arg(model.name, QFileInfo(path).fileName()));
    return true;
}

} // namespace splitbench::gui
