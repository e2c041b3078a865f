#include "sensitivity_runner.h"

#include "logging.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QPointer>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace splitbench::gui {

SensitivityRunner::SensitivityRunner(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultDebounceMs);
    connect(&m_timer, &QTimer::timeout, this, &SensitivityRunner::start);
}

SensitivityRunner::~SensitivityRunner()
{
    if (m_cancel)
        *m_cancel = true;
    for (QFuture<std::optional<MonteCarloResult>> &future : m_futures)
        future.waitForFinished(); // workers post progress to this object; they must be done first
}

void SensitivityRunner::request(std::shared_ptr<const SensitivityAnalysis> analysis)
{
    m_pending = std::move(analysis);
    stopRunning(); // a run for an older profile is of no use any more
    m_timer.start();
}

void SensitivityRunner::cancel()
{
    const bool hadWork = m_timer.isActive() || m_running;
    m_timer.stop();
    m_pending.reset();
    stopRunning();
    if (hadWork)
        emit cancelled();
}

void SensitivityRunner::stopRunning()
{
    if (!m_running)
        return;
    *m_cancel = true;
    ++m_generation; // the stopped run's progress and end are ignored
    m_running = false;
}

void SensitivityRunner::start()
{
    if (!m_pending)
        return;
    const std::shared_ptr<const SensitivityAnalysis> analysis = std::move(m_pending);
    m_pending.reset();
    const int generation = ++m_generation;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_running = true;

    MonteCarloOptions options;
    options.samples = m_samples;
    options.seed = m_seed;
    options.priceUncertaintyPercent = m_priceUncertainty;
    // Leave a core for the GUI so drawing stays smooth while the samples run.
    options.threads = std::max(1, QThread::idealThreadCount() - 1);
    options.cancel = m_cancel.get();
    QPointer<SensitivityRunner> self(this);
    options.progress = [self, generation](double fraction) {
        // Called on the worker; the destructor waits for the worker, so `self` is valid when this is posted.
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, fraction] {
                if (self && self->m_generation == generation)
                    emit self->progress(fraction);
            },
            Qt::QueuedConnection);
    };
    const std::shared_ptr<std::atomic<bool>> keepFlag = m_cancel; // outlives the run even if replaced

    auto *watcher = new QFutureWatcher<std::optional<MonteCarloResult>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // superseded or cancelled: cancel() already said so
        m_running = false;
        std::optional<MonteCarloResult> result = watcher->result();
        if (!result) {
            emit cancelled();
            return;
        }
        m_result = std::move(result);
        emit finished();
    });
    std::erase_if(m_futures, [](const auto &future) { return future.isFinished(); });
    m_futures.push_back(QtConcurrent::run(QThreadPool::globalInstance(), [analysis, options, keepFlag] {
        QElapsedTimer timer;
        timer.start();
        std::optional<MonteCarloResult> result = analysis->monteCarlo(options);
        log::named("gui")->debug("sensitivity: {} samples in {} ms{}", options.samples, timer.elapsed(),
                                 result ? "" : " (cancelled)");
        return result;
    }));
    watcher->setFuture(m_futures.back());
    emit started();
}

} // namespace splitbench::gui
