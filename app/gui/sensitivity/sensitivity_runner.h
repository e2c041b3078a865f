// Runs the Monte Carlo part of a sensitivity analysis on the thread pool: debounced, cancellable, with progress.
#pragma once

#include "sensitivity.h"

#include <QFuture>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace splitbench::gui {

/**
 * request() (re)starts a short timer; when it fires, the newest analysis runs on QThreadPool. A request or
 * cancel() while a run is going stops that run (the core checks the flag between chunks of samples), so a
 * slider drag never queues up work and never shows a stale result.
 */
class SensitivityRunner final : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultDebounceMs = 200;

    explicit SensitivityRunner(QObject *parent = nullptr);
    /// Cancels a running analysis and waits for the worker, so nothing outlives the runner.
    ~SensitivityRunner() override;

    void setDebounce(int milliseconds) { m_timer.setInterval(milliseconds); }
    [[nodiscard]] int debounce() const { return m_timer.interval(); }
    void setSamples(int samples) { m_samples = samples; }
    [[nodiscard]] int samples() const { return m_samples; }
    void setSeed(std::uint64_t seed) { m_seed = seed; }
    [[nodiscard]] std::uint64_t seed() const { return m_seed; }
    void setPriceUncertainty(double percent) { m_priceUncertainty = percent; }
    [[nodiscard]] double priceUncertainty() const { return m_priceUncertainty; }

    /// Runs `analysis` after the debounce interval, replacing any pending or running one.
    void request(std::shared_ptr<const SensitivityAnalysis> analysis);
    /// Stops the pending or running analysis; emits cancelled() if there was one.
    void cancel();

    [[nodiscard]] bool isPending() const { return m_timer.isActive(); }
    [[nodiscard]] bool isRunning() const { return m_running; }
    /// The latest completed result (kept while a newer one is computed).
    [[nodiscard]] const std::optional<MonteCarloResult> &result() const { return m_result; }

signals:
    void started();
    void progress(double fraction);
    void finished();
    void cancelled();

private:
    void start();
    void stopRunning();

    QTimer m_timer;
    std::shared_ptr<const SensitivityAnalysis> m_pending;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::vector<QFuture<std::optional<MonteCarloResult>>> m_futures; ///< Runs not yet known to be done.
    std::optional<MonteCarloResult> m_result;
    int m_samples = MonteCarloOptions::kDefaultSamples;
    std::uint64_t m_seed = MonteCarloOptions::kDefaultSeed;
    double m_priceUncertainty = 0;
    int m_generation = 0;
    bool m_running = false;
};

} // namespace splitbench::gui
