#include "profile_files.h"

#include "autosave_manager.h"
#include "dialog_provider.h"
#include "profile_document.h"
#include "workbench_settings.h"

#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QRegularExpression>
#include <QStyle>
#include <QUndoStack>

#include <cerrno>

#include <sys/stat.h>

namespace splitbench::gui {

namespace {
QString profileFilter()
{
    return ProfileFiles::tr("Splitbench profiles (*.splitbench.json);;JSON files (*.json);;All files (*)");
}

QIcon themedIcon(const QString &name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(name, QApplication::style()->standardIcon(fallback));
}
} // namespace

FileStamp FileStamp::of(const QString &path)
{
    FileStamp stamp;
    QFile file(path);
    const QFileInfo info(path);
    // Profiles are small (kMaxProfileBytes); anything that is not a readable regular file has no content to keep.
    if (path.isEmpty() || !info.isFile() || !file.open(QIODevice::ReadOnly))
        return stamp;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return stamp;
    stamp.exists = true;
    stamp.size = info.size();
    stamp.modified = info.lastModified();
    stamp.hash = hash.result();
    return stamp;
}

ProfileFiles::ProfileFiles(QWidget *window, ProfileDocument *document, WorkbenchSettings *settings,
                           std::function<DialogProvider *()> dialogs)
    : QObject(window), m_window(window), m_document(document), m_settings(settings), m_dialogs(std::move(dialogs))
{
    createActions();
    rebuildRecentMenu();
    connect(m_settings, &WorkbenchSettings::recentFilesChanged, this, &ProfileFiles::rebuildRecentMenu);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &ProfileFiles::fileChangedOnDisk);
}

ProfileFiles::~ProfileFiles() = default;

void ProfileFiles::createActions()
{
    const auto make = [this](const QString &text, const QString &name, const QKeySequence &shortcut) {
        auto *action = new QAction(text, m_window);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        return action;
    };
    m_newAction = make(tr("&New"), QStringLiteral("actionNew"), QKeySequence::New);
    m_newAction->setIcon(themedIcon(QStringLiteral("document-new"), QStyle::SP_FileIcon));
    m_newAction->setStatusTip(tr("Start a new profile with the default values"));
    connect(m_newAction, &QAction::triggered, this, &ProfileFiles::newProfile);

    m_openAction = make(tr("&Open…"), QStringLiteral("actionOpen"), QKeySequence::Open);
    m_openAction->setIcon(themedIcon(QStringLiteral("document-open"), QStyle::SP_DialogOpenButton));
    m_openAction->setStatusTip(tr("Open a saved profile"));
    connect(m_openAction, &QAction::triggered, this, &ProfileFiles::open);

    m_saveAction = make(tr("&Save"), QStringLiteral("actionSave"), QKeySequence::Save);
    m_saveAction->setIcon(themedIcon(QStringLiteral("document-save"), QStyle::SP_DialogSaveButton));
    m_saveAction->setStatusTip(tr("Save the profile, with its notes and custom models"));
    connect(m_saveAction, &QAction::triggered, this, &ProfileFiles::save);

    m_saveAsAction = make(tr("Save &As…"), QStringLiteral("actionSaveAs"), QKeySequence::SaveAs);
    m_saveAsAction->setIcon(themedIcon(QStringLiteral("document-save-as"), QStyle::SP_DialogSaveButton));
    connect(m_saveAsAction, &QAction::triggered, this, &ProfileFiles::saveAs);

    m_recentMenu = new QMenu(tr("Open &Recent"), m_window);
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
}

void ProfileFiles::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_settings->recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        QAction *action = m_recentMenu->addAction(
            tr("&%1 %2").arg(QString::number(i + 1), QFileInfo(path).fileName().replace(u'&', QStringLiteral("&&"))));
        action->setObjectName(QStringLiteral("actionRecent_%1").arg(i));
        action->setData(path);
        action->setStatusTip(path);
        action->setToolTip(path);
        connect(action, &QAction::triggered, this, [this, path] { openRecent(path); });
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        QAction *clear = m_recentMenu->addAction(tr("&Clear List"));
        clear->setObjectName(QStringLiteral("actionClearRecent"));
        connect(clear, &QAction::triggered, m_settings, &WorkbenchSettings::clearRecentFiles);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void ProfileFiles::openRecent(const QString &path)
{
    if (!maybeSave())
        return;
    // Only a name that is really gone (ENOENT) is dropped; a loop of links, a name too long or a missing
    // permission is a problem openFile() names as it is.
    struct stat entry {};
    if (::lstat(QFile::encodeName(path).constData(), &entry) != 0 && errno == ENOENT) {
        dialogs()->showError(m_window, tr("Cannot open profile"),
                             tr("%1: the file no longer exists; it was removed from the recent files.").arg(path));
        m_settings->removeRecentFile(path);
        return;
    }
    openFile(path);
}

// --- Opening ---------------------------------------------------------------------------------------------

bool ProfileFiles::maybeSave()
{
    if (!m_document->isModified())
        return true;
    switch (dialogs()->askSaveChanges(m_window, m_document->displayName())) {
    case DialogProvider::SaveChoice::Save:
        return save();
    case DialogProvider::SaveChoice::Discard:
        return true;
    case DialogProvider::SaveChoice::Cancel:
        break;
    }
    return false;
}

void ProfileFiles::newProfile()
{
    if (!maybeSave())
        return;
    m_document->newProfile();
    track();
    emit message(tr("New profile with the default values."));
}

void ProfileFiles::open()
{
    if (!maybeSave())
        return;
    const QString path =
        dialogs()->openFileName(m_window, tr("Open Profile"), m_settings->lastDirectory(), profileFilter());
    if (!path.isEmpty())
        openFile(path);
}

bool ProfileFiles::openFile(const QString &path)
{
    if (const std::optional<LoadError> error = m_document->load(path)) {
        // The document is untouched: the user's current work stays on screen.
        dialogs()->showError(
            m_window, tr("Cannot open profile"),
            tr("The profile could not be opened; your current profile is unchanged.\n\n%1").arg(error->toString()));
        return false;
    }
    track();
    m_settings->addRecentFile(m_document->filePath());
    m_settings->setLastDirectory(QFileInfo(m_document->filePath()).absolutePath());
    const int version = m_document->profile().loadedVersion;
    if (version < Profile::kFormatVersion)
        // Opening never rewrites the file; the upgrade reaches the disk only when the user saves.
        emit message(tr("Opened %1, written in the older profile format %2. The file is unchanged; saving it writes "
                        "format %3.")
                         .arg(QDir::toNativeSeparators(m_document->filePath()), QString::number(version),
                              QString::number(Profile::kFormatVersion)));
    else if (m_document->profile().groupValuesRecomputed)
        // The group's values of a workshop are always its participants' consensus; a hand edit did not survive.
        emit message(tr("Opened %1. Its group values differed from its participants' and were recomputed from "
                        "them; saving writes the recomputed values.")
                         .arg(QDir::toNativeSeparators(m_document->filePath())));
    else
        emit message(tr("Opened %1.").arg(QDir::toNativeSeparators(m_document->filePath())));
    return true;
}

// --- Saving ----------------------------------------------------------------------------------------------

bool ProfileFiles::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    return saveFile(m_document->filePath());
}

bool ProfileFiles::saveAs()
{
    QString suggestion = m_document->filePath();
    if (suggestion.isEmpty()) {
        QString base = m_document->profile().name.trimmed();
        base.replace(QRegularExpression(QStringLiteral("[^\\w\\- ]+")), QString());
        base = base.simplified().left(60);
        if (base.isEmpty())
            base = tr("profile");
        suggestion = QDir(m_settings->lastDirectory()).filePath(base + QStringLiteral(".splitbench.json"));
    }
    QString path = dialogs()->saveFileName(m_window, tr("Save Profile As"), suggestion, profileFilter());
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        path += QStringLiteral(".splitbench.json");
    return saveFile(path);
}

bool ProfileFiles::changedOnDisk() const
{
    return m_stamp.exists && m_stamp.differsFrom(FileStamp::of(m_document->filePath()));
}

bool ProfileFiles::saveFile(const QString &path)
{
    const bool sameFile =
        !m_document->filePath().isEmpty() && QFileInfo(path).absoluteFilePath() == m_document->filePath();
    // Checked here and not only by the watcher: watchers miss changes, and editors replace files.
    if (sameFile && changedOnDisk()) {
        const QString name = QDir::toNativeSeparators(m_document->filePath());
        switch (dialogs()->askExternalChange(m_window, name)) {
        case DialogProvider::ExternalChangeChoice::Reload:
            // The user chose the version on disk: this window's changes go, the file stays as it is.
            if (openFile(m_document->filePath()))
                emit message(tr("Reloaded %1 as changed on disk; your changes were discarded.").arg(name));
            return false;
        case DialogProvider::ExternalChangeChoice::Overwrite:
            break;
        case DialogProvider::ExternalChangeChoice::SaveAs:
            return saveAs();
        case DialogProvider::ExternalChangeChoice::Cancel:
            return false;
        }
    }
    if (const QString problem = m_document->save(path); !problem.isEmpty()) {
        dialogs()->showError(m_window, tr("Cannot save profile"), problem);
        return false;
    }
    track();
    m_settings->addRecentFile(m_document->filePath());
    m_settings->setLastDirectory(QFileInfo(m_document->filePath()).absolutePath());
    emit message(tr("Saved %1.").arg(QDir::toNativeSeparators(m_document->filePath())));
    return true;
}

// --- Watching the open file ------------------------------------------------------------------------------

void ProfileFiles::track()
{
    const QString path = m_document->filePath();
    m_stamp = FileStamp::of(path);
    m_toldAbout.clear();
    if (const QStringList watched = m_watcher.files(); !watched.isEmpty())
        m_watcher.removePaths(watched);
    if (m_stamp.exists)
        m_watcher.addPath(path);
}

void ProfileFiles::fileChangedOnDisk(const QString &path)
{
    if (path != m_document->filePath())
        return;
    // An editor that saves by replacing the file ends the watch on the old one: watch the new one.
    if (!m_watcher.files().contains(path) && QFileInfo::exists(path))
        m_watcher.addPath(path);
    const FileStamp now = FileStamp::of(path);
    if (!m_stamp.exists || !m_stamp.differsFrom(now) || now.hash == m_toldAbout)
        return; // our own save, a touch, or a change already told about
    m_toldAbout = now.hash;
    emit message(
        now.exists
            ? tr("%1 was changed on disk by another program. Saving asks whether to reload it, "
                 "overwrite it or save under another name.")
                  .arg(QDir::toNativeSeparators(path))
            : tr("%1 was removed or renamed on disk. Saving writes it again.").arg(QDir::toNativeSeparators(path)));
}

// --- Recovery copies -------------------------------------------------------------------------------------

void ProfileFiles::enableAutosave(const QString &folder, std::function<bool()> dragging)
{
    delete m_autosave;
    m_dragging = std::move(dragging);
    m_autosave = new AutosaveManager(m_document, folder, {}, this);
    // A drag is one step, saved when the slider is released rather than on every move.
    connect(m_document->undoStack(), &QUndoStack::indexChanged, m_autosave, [this] {
        if (!m_dragging || !m_dragging())
            m_autosave->stepCompleted();
    });
    // Once per run of failures (the manager says it once): the user must know that a crash would now lose
    // the changes, and that saving is what keeps them.
    connect(m_autosave, &AutosaveManager::writeFailed, this, [this](const QString &problem) {
        emit message(tr("No recovery copy could be written: %1").arg(problem));
        dialogs()->showError(m_window, tr("Recovery copy not written"),
                             tr("Splitbench could not write a recovery copy of your unsaved changes, so they would "
                                "be lost if the program or the computer stopped now. Save the profile to keep them. "
                                "The last recovery copy, if there is one, is unchanged; Splitbench keeps trying and "
                                "will not ask again until a copy could be written.\n\n%1")
                                 .arg(problem));
    });
    m_autosave->stepCompleted();
}

void ProfileFiles::dragFinished()
{
    if (m_autosave)
        m_autosave->stepCompleted();
}

void ProfileFiles::closing()
{
    if (m_autosave)
        m_autosave->discard(); // a normal end: the changes were saved or the user chose to discard them
}

bool ProfileFiles::offerRecovery()
{
    const QString folder = m_autosave ? m_autosave->folder() : AutosaveManager::defaultFolder();
    std::vector<LoadError> problems;
    const std::vector<OrphanedRecovery> orphans =
        AutosaveManager::claimOrphans(folder, m_document->baseCatalogue(), {}, problems);
    for (const LoadError &problem : problems)
        dialogs()->showError(
            m_window, tr("Cannot read a recovery copy"),
            tr("A recovery copy of unsaved changes could not be read. It was moved to %1 and "
               "will not be offered again.\n\n%2")
                .arg(QDir::toNativeSeparators(QDir(folder).filePath(QStringLiteral("damaged"))), problem.toString()));
    for (const OrphanedRecovery &orphan : orphans) {
        const RecoveryFile &copy = orphan.file;
        const QString name =
            copy.originalFile.isEmpty() ? tr("an untitled profile") : QDir::toNativeSeparators(copy.originalFile);
        const QString when = QLocale().toString(copy.savedAt.toLocalTime(), QLocale::LongFormat);
        switch (dialogs()->askRestoreRecovery(m_window, name, when)) {
        case DialogProvider::RecoveryChoice::Restore:
            if (!maybeSave())
                return false;
            m_document->restore(copy.profile, copy.originalFile);
            track();
            // The old copy goes only once this window's own copy holds the same changes.
            if (!m_autosave || m_autosave->writeNow())
                orphan.discard();
            emit message(tr("Restored the unsaved changes of %1 from %2. Save to keep them.").arg(name, when));
            return true; // further copies stay for the next start
        case DialogProvider::RecoveryChoice::Discard:
            orphan.discard();
            break;
        case DialogProvider::RecoveryChoice::Later:
            break;
        }
    }
    return false;
}

} // namespace splitbench::gui
