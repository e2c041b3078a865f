// report --jobs: workers are capped at the number of profiles and kMaxWorkers, and a thread that cannot start
// stops the run cleanly (no new job begins, every begun job finishes, the reason is returned).
#include "worker_threads.h"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <system_error>
#include <vector>

#include <gtest/gtest.h>

using namespace splitbench::cli;

TEST(WorkerThreads, CappedAtTheJobsAndTheMaximum)
{
    EXPECT_EQ(workerCount(1200, 2), 2);
    EXPECT_EQ(workerCount(1200, 5000), kMaxWorkers);
    EXPECT_EQ(workerCount(3, 10), 3);
    EXPECT_EQ(workerCount(8, 1), 1);
    EXPECT_EQ(workerCount(1, 0), 1);
}

TEST(WorkerThreads, EveryJobRunsExactlyOnce)
{
    std::vector<std::atomic<int>> runs(100);
    std::vector<bool> begun;
    const QString problem = runOnWorkers(runs.size(), 7, [&](std::size_t i) { ++runs[i]; }, begun);
    EXPECT_EQ(problem, QString());
    for (std::size_t i = 0; i < runs.size(); ++i) {
        EXPECT_EQ(runs[i].load(), 1) << i;
        EXPECT_TRUE(begun[i]) << i;
    }
}

TEST(WorkerThreads, AThreadThatCannotStartStopsTheRunCleanly)
{
    for (const int failing : {0, 2}) { // the first thread, or the third
        int started = 0;
        const ThreadStarter starter = [&](std::function<void()> body) {
            if (started == failing)
                throw std::system_error(std::make_error_code(std::errc::resource_unavailable_try_again));
            ++started;
            return std::thread(std::move(body));
        };
        std::mutex mutex;
        std::vector<int> finished(50, 0);
        std::vector<bool> begun;
        const QString problem = runOnWorkers(
            finished.size(), 4,
            [&](std::size_t i) {
                const std::lock_guard lock(mutex);
                ++finished[i];
            },
            begun, starter);
        EXPECT_TRUE(problem.contains(QStringLiteral("could not start worker thread %1 of 4").arg(failing + 1)))
            << problem.toStdString();
        for (std::size_t i = 0; i < finished.size(); ++i)
            EXPECT_EQ(finished[i], begun[i] ? 1 : 0) << "job " << i << " begun but not finished, or run twice";
        if (failing == 0) {
            EXPECT_EQ(std::count(begun.begin(), begun.end(), true), 0);
        }
    }
}
