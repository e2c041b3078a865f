// The profile-file workflow: New, Open, Open Recent, Save, Save As, recovery copies, and changes made on disk.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QFileSystemWatcher>
#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace splitbench::gui {

class AutosaveManager;
class DialogProvider;
class ProfileDocument;
class WorkbenchSettings;

/// What a file on disk held when this window last read or wrote it.
struct FileStamp {
    bool exists = false;
    qint64 size = 0;
    QDateTime modified;
    QByteArray hash; ///< SHA-256 of the content.

    /// The file as it is now; a file that cannot be read counts as missing.
    static FileStamp of(const QString &path);
    /// True when `now` holds other content: size, time and hash are compared, and only the content counts
    /// (a file touched without a change is the same file).
    [[nodiscard]] bool differsFrom(const FileStamp &now) const { return exists != now.exists || hash != now.hash; }
};

/**
 * Owns the file actions (and the recent-files menu) for one window and runs them on its document. Every
 * question goes through the window's DialogProvider, so tests answer them. The open file is watched: when
 * another program (or another Splitbench window) changes it, the status bar says so at once, and Save, which
 * compares the file with what this window last read or wrote (watchers miss changes, and editors replace
 * files rather than write them), asks whether to reload it, overwrite it or save under another name.
 */
class ProfileFiles final : public QObject {
    Q_OBJECT
public:
    /// `dialogs` is asked for the window's current DialogProvider each time (the window may replace it).
    ProfileFiles(QWidget *window, ProfileDocument *document, WorkbenchSettings *settings,
                 std::function<DialogProvider *()> dialogs);
    ~ProfileFiles() override;

    [[nodiscard]] QAction *newAction() const { return m_newAction; }
    [[nodiscard]] QAction *openAction() const { return m_openAction; }
    [[nodiscard]] QAction *saveAction() const { return m_saveAction; }
    [[nodiscard]] QAction *saveAsAction() const { return m_saveAsAction; }
    /// File ▸ Open Recent, kept in step with the settings' recent files.
    [[nodiscard]] QMenu *recentMenu() const { return m_recentMenu; }

    /// Opens `path` without asking about unsaved changes; shows the loader's error and keeps the current
    /// profile if it fails.
    bool openFile(const QString &path);
    /// Saves to `path`; shows the error and keeps the old file if it fails. Asks first when `path` is the open
    /// file and it changed on disk since this window read or wrote it.
    bool saveFile(const QString &path);
    /// Asks whether to save unsaved changes; false when the user cancels (or the save fails).
    bool maybeSave();

    /// Starts writing recovery copies of unsaved changes into `folder`. `dragging` tells whether a slider drag is
    /// under way (its steps are saved once, at dragFinished()).
    void enableAutosave(const QString &folder, std::function<bool()> dragging = {});
    [[nodiscard]] AutosaveManager *autosave() const { return m_autosave; }
    /// Offers the recovery copies left by windows that did not close normally; true when one was restored.
    bool offerRecovery();
    /// The window closes normally: its recovery copy goes.
    void closing();

    /// What this window last read from or wrote to the open file (exists == false when it has none).
    [[nodiscard]] const FileStamp &stamp() const { return m_stamp; }
    /// True when the open file changed on disk since this window last read or wrote it.
    [[nodiscard]] bool changedOnDisk() const;

public slots:
    void newProfile();
    void open();
    bool save();
    bool saveAs();
    /// A slider drag ended: its steps make one recovery copy.
    void dragFinished();

signals:
    /// A line for the status bar.
    void message(const QString &text);

private:
    void createActions();
    void rebuildRecentMenu();
    void openRecent(const QString &path);
    /// Remembers the open file as it is on disk now, and watches it.
    void track();
    void fileChangedOnDisk(const QString &path);
    [[nodiscard]] DialogProvider *dialogs() const { return m_dialogs(); }

    QWidget *m_window;
    ProfileDocument *m_document;
    WorkbenchSettings *m_settings;
    std::function<DialogProvider *()> m_dialogs;
    std::function<bool()> m_dragging;
    AutosaveManager *m_autosave = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QMenu *m_recentMenu = nullptr;

    QFileSystemWatcher m_watcher;
    FileStamp m_stamp;
    QByteArray m_toldAbout; ///< Hash of the outside change the status bar last told about (once per change).
};

} // namespace splitbench::gui
