#include "worker_threads.h"

#include <QCoreApplication>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <system_error>
#include <vector>

namespace splitbench::cli {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("splitbench::cli", text); }
} // namespace

int workerCount(int requested, std::size_t jobs)
{
    const auto most = static_cast<int>(std::min<std::size_t>(jobs, static_cast<std::size_t>(kMaxWorkers)));
    return std::max(1, std::min(requested, most));
}

QString runOnWorkers(std::size_t count, int workers, const std::function<void(std::size_t)> &work,
                     std::vector<bool> &begun, const ThreadStarter &start)
{
    begun.assign(count, false);
    std::atomic<std::size_t> next{0};
    std::atomic<bool> stop{false};
    std::mutex beganMutex;
    const auto loop = [&] {
        while (!stop.load()) {
            const std::size_t job = next.fetch_add(1);
            if (job >= count)
                return;
            {
                const std::lock_guard lock(beganMutex);
                begun[job] = true;
            }
            work(job);
        }
    };
    std::vector<std::thread> threads;
    threads.reserve(static_cast<std::size_t>(workers));
    QString problem;
    for (int i = 0; i < workers; ++i) {
        try {
            threads.push_back(start ? start(loop) : std::thread(loop));
        } catch (const std::system_error &error) {
            stop.store(true); // the jobs under way finish; no new one begins
            problem = tr("could not start worker thread %1 of %2: %3")
                          .arg(QString::number(i + 1), QString::number(workers), QString::fromLocal8Bit(error.what()));
            break;
        }
    }
    for (std::thread &thread : threads)
        thread.join();
    return problem;
}

} // namespace splitbench::cli
