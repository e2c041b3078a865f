// Writes recovery copies of the open profile while it has unsaved changes, and finds copies left by crashes.
#pragma once

#include "recovery_file.h"

#include <QLockFile>
#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

namespace splitbench::gui {

class ProfileDocument;

/// A recovery copy whose owner has gone (crashed or killed). Holding it keeps its lock, so a second
/// Splitbench starting at the same moment does not offer the same copy.
struct OrphanedRecovery {
    RecoveryFile file;
    std::shared_ptr<QLockFile> lock;

    /// Deletes the copy and releases its lock.
    void discard() const;
};

/**
 * Each window has its own recovery file `<pid>-<n>.recovery.json` next to a QLockFile `<pid>-<n>.recovery.lock`
 * it holds while it runs. A copy is written atomically on every completed undo step (a slider drag counts once,
 * when released) and every 30 s while changes remain unwritten; it is deleted when the document becomes clean
 * (saved, opened, new, undone to the saved state) and when the window closes normally.
 */
class AutosaveManager final : public QObject {
    Q_OBJECT
public:
    static constexpr int kIntervalMs = 30'000;
    static constexpr const char *kSuffix = ".recovery.json";

    /// The folder used by the workbench: AppLocalDataLocation/recovery.
    [[nodiscard]] static QString defaultFolder();

    /// Writes into `folder` (created when needed). `cataloguePath` is the custom catalogue the document
    /// uses, empty for the built-in one; it is recorded in every copy.
    AutosaveManager(ProfileDocument *document, const QString &folder, const QString &cataloguePath = {},
                    QObject *parent = nullptr);
    /// Deletes this window's copy: destruction is a normal end (crashes never get here).
    ~AutosaveManager() override;

    [[nodiscard]] QString folder() const { return m_folder; }
    [[nodiscard]] QString recoveryPath() const { return m_path; }
    [[nodiscard]] bool hasCopy() const { return m_written; }
    /// How often unwritten changes (e.g. during a long drag) are copied; kIntervalMs unless a test changes it.
    void setInterval(int milliseconds) { m_interval.setInterval(milliseconds); }

    /// An undo step was completed: write a copy soon (once per burst of steps).
    void stepCompleted();
    /// Writes the copy now if the document has unsaved changes; returns false when the write failed.
    bool writeNow();
    /// Deletes this window's copy (the document is saved, or its changes were discarded).
    void discard();

    /**
     * Copies in `folder` whose owner is no longer running, newest first; this process holds their locks.
     * Copies that cannot be read are moved into `folder`/damaged and reported in `problems`.
     */
    [[nodiscard]] static std::vector<OrphanedRecovery> claimOrphans(const QString &folder, const Catalogue &catalogue,
                                                                    const QString &cataloguePath,
                                                                    std::vector<LoadError> &problems);

signals:
    /// A copy could not be written; `problem` names the file and the reason. Emitted once when writing starts
    /// to fail, not again for each later failure until a copy has been written in between. The previous copy
    /// (if any) stays intact.
    void writeFailed(const QString &problem);

private:
    ProfileDocument *m_document;
    QString m_folder;
    QString m_cataloguePath;
    QString m_path;
    QLockFile m_lock;
    QTimer m_interval;
    QTimer m_soon;
    bool m_written = false;
    bool m_pending = false; ///< Changes since the last copy.
    bool m_failing = false; ///< The last write failed and writeFailed() was emitted for it.
};

} // namespace splitbench::gui
