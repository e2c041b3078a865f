#include "autosave_manager.h"

#include "logging.h"
#include "output_file.h"
#include "profile_document.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>
#include <atomic>
#include <cstring>

namespace splitbench::gui {

namespace {
const QString kLockSuffix = QStringLiteral(".recovery.lock");

QString baseName(const QString &fileName)
{
    return fileName.left(fileName.size() - static_cast<qsizetype>(std::strlen(AutosaveManager::kSuffix)));
}

/// Unique per window within the process; the pid makes it unique between processes.
QString nextInstanceName()
{
    static std::atomic<int> counter{0};
    return QString::number(QCoreApplication::applicationPid()) + u'-' + QString::number(++counter);
}

/// Recovery copies hold the user's notes: their folders are the user's alone (0700), the copies too (0600).
void makePrivateFolder(const QString &folder)
{
    QDir().mkpath(folder);
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

QString writePrivateFile(const QString &path, const QByteArray &bytes)
{
    const QString problem = writeFileAtomically(path, bytes);
    if (problem.isEmpty())
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return problem;
}

/// Moves a copy that cannot be read out of the way, so it never blocks a start again but stays for a rescue.
void moveAside(const QString &folder, const QString &path)
{
    QDir dir(folder);
    makePrivateFolder(dir.filePath(QStringLiteral("damaged")));
    QString target = dir.filePath(QStringLiteral("damaged/") + QFileInfo(path).fileName());
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = dir.filePath(QStringLiteral("damaged/%1.%2").arg(QFileInfo(path).fileName(), QString::number(n)));
    if (!QFile::rename(path, target))
        QFile::remove(path);
}
} // namespace

void OrphanedRecovery::discard() const
{
    QFile::remove(file.path);
    if (lock)
        lock->unlock(); // removes the lock file
}

QString AutosaveManager::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("recovery"));
}

AutosaveManager::AutosaveManager(ProfileDocument *document, const QString &folder, const QString &cataloguePath,
                                 QObject *parent)
    : QObject(parent), m_document(document), m_folder(folder), m_cataloguePath(cataloguePath),
      m_path(QDir(folder).filePath(nextInstanceName() + QLatin1String(kSuffix))), m_lock(baseName(m_path) + kLockSuffix)
{
    makePrivateFolder(m_folder);
    m_lock.setStaleLockTime(0); // only a dead owner makes a lock stale, never its age
    if (!m_lock.tryLock(0))
        log::named("gui")->warn("cannot lock {} (error {}); another instance may claim this window's recovery copy",
                                m_lock.fileName(), static_cast<int>(m_lock.error()));

    m_interval.setInterval(kIntervalMs);
    connect(&m_interval, &QTimer::timeout, this, [this] {
        if (m_pending)
            writeNow();
    });
    m_interval.start();
    m_soon.setSingleShot(true);
    m_soon.setInterval(0);
    connect(&m_soon, &QTimer::timeout, this, &AutosaveManager::writeNow);
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this, [this] { m_pending = m_document->isModified(); });
    connect(m_document, &ProfileDocument::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            discard();
    });
}

AutosaveManager::~AutosaveManager()
{
    discard();
}

void AutosaveManager::stepCompleted()
{
    if (!m_document->isModified())
        return;
    m_pending = true;
    m_soon.start();
}

bool AutosaveManager::writeNow()
{
    m_soon.stop();
    if (!m_document->isModified()) {
        discard();
        return true;
    }
    makePrivateFolder(m_folder);
    const QByteArray bytes = RecoveryFile::serialize(m_document->toJson(), QDateTime::currentDateTimeUtc(),
                                                     m_document->filePath(), m_cataloguePath);
    // Atomic and private (0600): when this write fails (a full disk), the last good copy stays as it was.
    if (const QString problem = writePrivateFile(m_path, bytes); !problem.isEmpty()) {
        m_pending = true; // try again at the next step or tick
        // Said once, not at every step of the same trouble; said again only after a copy was written since.
        if (!m_failing) {
            m_failing = true;
            log::named("gui")->warn("recovery copy not written: {}", problem);
            emit writeFailed(problem);
        }
        return false;
    }
    if (m_failing)
        log::named("gui")->info("recovery copy written again: {}", m_path);
    m_failing = false;
    m_written = true;
    m_pending = false;
    return true;
}

void AutosaveManager::discard()
{
    m_soon.stop();
    m_pending = false;
    if (m_written || QFileInfo::exists(m_path))
        QFile::remove(m_path);
    m_written = false;
}

std::vector<OrphanedRecovery> AutosaveManager::claimOrphans(const QString &folder, const Catalogue &catalogue,
                                                            const QString &cataloguePath,
                                                            std::vector<LoadError> &problems)
{
    std::vector<OrphanedRecovery> found;
    const QDir dir(folder);
    const QStringList files =
        dir.entryList({QStringLiteral("*") + QLatin1String(kSuffix)}, QDir::Files | QDir::Hidden, QDir::Name);
    for (const QString &name : files) {
        auto lock = std::make_shared<QLockFile>(dir.filePath(baseName(name) + kLockSuffix));
        lock->setStaleLockTime(0);
        if (!lock->tryLock(0))
            continue; // its window is still open (in this or another process): not ours to offer
        Loaded<RecoveryFile> read = RecoveryFile::read(dir.filePath(name), catalogue, cataloguePath);
        if (!read) {
            log::named("gui")->warn("recovery copy cannot be read: {}", read.error().logText());
            problems.push_back(read.error());
            moveAside(folder, dir.filePath(name));
            lock->unlock();
            continue;
        }
        found.push_back({std::move(read).value(), std::move(lock)});
    }
    // Locks left by windows that ended without changes (e.g. killed while clean): drop the dead ones.
    for (const QString &name : dir.entryList({QStringLiteral("*") + kLockSuffix}, QDir::Files | QDir::Hidden)) {
        const QString base = name.left(name.size() - kLockSuffix.size());
        if (QFileInfo::exists(dir.filePath(base + QLatin1String(kSuffix))))
            continue;
        QLockFile stale(dir.filePath(name));
        stale.setStaleLockTime(0);
        if (stale.tryLock(0))
            stale.unlock();
    }
    std::sort(found.begin(), found.end(),
              [](const OrphanedRecovery &a, const OrphanedRecovery &b) { return a.file.savedAt > b.file.savedAt; });
    return found;
}

} // namespace splitbench::gui
