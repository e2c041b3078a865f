// Helpers for the workbench's widget tests: scripted dialog answers and a main window with private settings.
#pragma once

#include "dialog_provider.h"
#include "main_window.h"
#include "workbench_settings.h"

#include <QTemporaryDir>

#include <deque>
#include <memory>

class QSlider;
class QPlainTextEdit;

namespace splitbench::gui {
class ModelPanel;
}

namespace splitbench::gui::test {

/// Answers the workbench's questions from queues the test fills, and records what it was told.
class ScriptedDialogs final : public DialogProvider {
public:
    std::deque<QString> openAnswers;
    std::deque<QString> saveAnswers;
    std::deque<SaveChoice> saveChoices;
    std::deque<QString> textAnswers; ///< A null QString() answers "Cancel".
    std::deque<int> itemAnswers;     ///< -1 answers "Cancel".
    std::deque<RecoveryChoice> recoveryChoices;
    QStringList recoveryQuestions; ///< "document name | saved at" of each recovery question.
    std::deque<ExternalChangeChoice> externalChangeChoices;
    QStringList externalChangeQuestions; ///< The file name of each "changed on disk" question.

    QStringList errors; ///< Texts of showError calls.
    int saveChangesQuestions = 0;
    /// "Print…" answers: the PDF file the printer writes to; a null QString() answers "Cancel".
    std::deque<QString> printAnswers;
    int previews = 0;          ///< How often Print Preview was shown.
    int previewPageCount = -1; ///< Pages the last preview showed.

    QString openFileName(QWidget *, const QString &, const QString &, const QString &) override;
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override;
    SaveChoice askSaveChanges(QWidget *, const QString &) override;
    void showError(QWidget *, const QString &, const QString &text) override;
    std::optional<QString> askText(QWidget *, const QString &, const QString &, const QString &initial) override;
    std::optional<int> chooseItem(QWidget *, const QString &, const QString &, const QStringList &, int) override;
    bool setUpPrinter(QWidget *, QPrinter *printer) override;
    /// Renders the preview as QPrintPreviewDialog does (through QPrintPreviewWidget), without showing it.
    void showPrintPreview(QWidget *, QPrinter *printer, const std::function<void(QPrinter *)> &paint) override;
    RecoveryChoice askRestoreRecovery(QWidget *, const QString &documentName, const QString &savedAt) override;
    ExternalChangeChoice askExternalChange(QWidget *, const QString &fileName) override;
    /// The workbench's own modal dialogs (the import review): each answer gets the dialog and says whether it
    /// was accepted (e.g. after clicking a button in it).
    std::deque<std::function<bool(QDialog *)>> dialogAnswers;
    bool runDialog(QDialog *dialog) override;
};

/// A MainWindow with settings in a temporary folder and scripted dialogs, shown offscreen at 1400×900.
struct Workbench {
    Workbench();
    ~Workbench();

    QString path(const QString &fileName) const; ///< A file in the test's temporary folder.
    /// Writes `bytes` to a file in the temporary folder and returns its path.
    QString writeFile(const QString &fileName, const QByteArray &bytes) const;

    QSlider *slider(const char *traitId) const;
    QPlainTextEdit *note(const char *traitId) const;
    QAction *action(const char *objectName) const;
    int traitIndex(const char *traitId) const;
    double trait(const char *traitId) const;
    /// The explorer's panel showing `model` (a test failure and nullptr when there is none).
    ModelPanel *panelOf(int model) const;
    /// Adds a custom copy of `model` called `name` through Edit ▸ Duplicate Model…; returns its index.
    int duplicateThroughMenu(int model, const QString &name);

    QTemporaryDir dir;
    std::unique_ptr<WorkbenchSettings> settings;
    std::shared_ptr<ScriptedDialogs> dialogs;
    std::unique_ptr<MainWindow> window;
};

/// A widget as failure messages name it: class, object name and accessible name.
QString describeWidget(const QWidget *widget);

/// Runs a tool (pdfinfo, pdftotext…) and returns its standard output; fails the test unless it exits 0.
QByteArray toolOutput(const QString &program, const QStringList &arguments);

} // namespace splitbench::gui::test
