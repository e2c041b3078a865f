// File ▸ Import Proposal…: reads a provider's responsibility matrix (XLSX or CSV), shows the import review and,
// on Import, adds it to the profile as a custom model (one undo step). Every question goes through the window's
// DialogProvider.
#pragma once

#include <QObject>

#include <functional>
#include <memory>

class QAction;
class QWidget;

namespace splitbench::gui {

class DialogProvider;
class ImportReviewDialog;
class ProfileDocument;
class WorkbenchSettings;

class ProposalActions final : public QObject {
    Q_OBJECT
public:
    ProposalActions(QWidget *window, ProfileDocument *document, WorkbenchSettings *settings,
                    std::function<DialogProvider *()> dialogs);

    /// File ▸ Import Proposal… (Ctrl+I).
    [[nodiscard]] QAction *importAction() const { return m_import; }
    /// Asks for a sheet and imports it; true when a model was added.
    bool importProposal();
    /// Reads `path`, shows the review and adds the model on Import; true when one was added. Errors (the file
    /// cannot be read, holds no matrix, the profile is full) are shown naming the file; the profile stays as it was.
    bool importFile(const QString &path);
    /// Reads `path` and makes its review (not shown yet); nullptr after showing why it cannot be imported.
    [[nodiscard]] std::unique_ptr<ImportReviewDialog> reviewFor(const QString &path);
    /// The file dialog's filter: spreadsheets and CSV files.
    [[nodiscard]] static QString sheetFilter();

signals:
    void message(const QString &text);
    /// A model was imported: its index in the document's catalogue.
    void modelImported(int model);

private:
    /// Shows "the profile is full" and returns true when it is.
    bool refuseWhenFull();
    void showError(const QString &text);
    [[nodiscard]] DialogProvider *dialogs() const { return m_dialogs(); }

    QWidget *m_window;
    ProfileDocument *m_document;
    WorkbenchSettings *m_settings;
    std::function<DialogProvider *()> m_dialogs;
    QAction *m_import = nullptr;
};

} // namespace splitbench::gui
