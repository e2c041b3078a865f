// The questions the workbench asks (file names, save changes?, errors, printing), behind an interface tests replace.
#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QDialog;
class QPrinter;
class QWidget;

namespace splitbench::gui {

class DialogProvider {
public:
    enum class SaveChoice { Save, Discard, Cancel };
    enum class RecoveryChoice { Restore, Discard, Later };
    enum class ExternalChangeChoice { Reload, Overwrite, SaveAs, Cancel };

    virtual ~DialogProvider() = default;
    /// An existing file to open, or an empty string when the user cancels.
    virtual QString openFileName(QWidget *parent, const QString &title, const QString &directory,
                                 const QString &filter) = 0;
    /// Existing files to open (several may be chosen), or none when the user cancels. By default one file
    /// from openFileName().
    virtual QStringList openFileNames(QWidget *parent, const QString &title, const QString &directory,
                                      const QString &filter)
    {
        const QString path = openFileName(parent, title, directory, filter);
        return path.isEmpty() ? QStringList() : QStringList{path};
    }
    /// A file to write, or an empty string when the user cancels.
    virtual QString saveFileName(QWidget *parent, const QString &title, const QString &suggestedPath,
                                 const QString &filter) = 0;
    /// "The profile has unsaved changes": save, discard or cancel the action.
    virtual SaveChoice askSaveChanges(QWidget *parent, const QString &documentName) = 0;
    /// A problem the user must acknowledge; `text` names the file, the place and the reason.
    virtual void showError(QWidget *parent, const QString &title, const QString &text) = 0;
    /// Asks for a line of text (e.g. a model name); nullopt when cancelled.
    virtual std::optional<QString> askText(QWidget *parent, const QString &title, const QString &label,
                                           const QString &initial) = 0;
    /// Lets the user pick one of `items`; returns its index or nullopt when cancelled.
    virtual std::optional<int> chooseItem(QWidget *parent, const QString &title, const QString &label,
                                          const QStringList &items, int current) = 0;
    /// File → Print…: the user picks the printer, paper and pages for `printer`; false when cancelled.
    virtual bool setUpPrinter(QWidget *parent, QPrinter *printer) = 0;
    /// File → Print Preview…: shows what `paint` draws on `printer` (called again whenever the paper changes)
    /// until the user closes the preview or prints from it.
    virtual void showPrintPreview(QWidget *parent, QPrinter *printer, const std::function<void(QPrinter *)> &paint) = 0;
    /// "Splitbench was not closed properly": restore the recovery copy of `documentName` saved at `savedAt`
    /// (both already in the user's words and locale), discard it, or decide at the next start.
    virtual RecoveryChoice askRestoreRecovery(QWidget *parent, const QString &documentName, const QString &savedAt) = 0;
    /// "The file changed on disk since it was opened or saved here" (another program or window wrote it), asked
    /// before Save writes over it: reload it (dropping this window's changes), overwrite it, save under another
    /// name, or cancel the save. `fileName` is already in the user's words.
    virtual ExternalChangeChoice askExternalChange(QWidget *parent, const QString &fileName) = 0;
    /// Runs one of the workbench's own modal dialogs (e.g. the import review); true when it was accepted.
    /// By default `dialog->exec()`.
    virtual bool runDialog(QDialog *dialog);
};

/// The real dialogs: QFileDialog, QMessageBox, QInputDialog, QPrintDialog and QPrintPreviewDialog.
class WidgetDialogProvider final : public DialogProvider {
public:
    QString openFileName(QWidget *parent, const QString &title, const QString &directory,
                         const QString &filter) override;
    QStringList openFileNames(QWidget *parent, const QString &title, const QString &directory,
                              const QString &filter) override;
    QString saveFileName(QWidget *parent, const QString &title, const QString &suggestedPath,
                         const QString &filter) override;
    SaveChoice askSaveChanges(QWidget *parent, const QString &documentName) override;
    void showError(QWidget *parent, const QString &title, const QString &text) override;
    std::optional<QString> askText(QWidget *parent, const QString &title, const QString &label,
                                   const QString &initial) override;
    std::optional<int> chooseItem(QWidget *parent, const QString &title, const QString &label, const QStringList &items,
                                  int current) override;
    bool setUpPrinter(QWidget *parent, QPrinter *printer) override;
    void showPrintPreview(QWidget *parent, QPrinter *printer, const std::function<void(QPrinter *)> &paint) override;
    RecoveryChoice askRestoreRecovery(QWidget *parent, const QString &documentName, const QString &savedAt) override;
    ExternalChangeChoice askExternalChange(QWidget *parent, const QString &fileName) override;
};

} // namespace splitbench::gui
