// Running one job per profile on a bounded number of worker threads, failing cleanly when a thread cannot start.
#pragma once

#include <QString>

#include <cstddef>
#include <functional>
#include <thread>
#include <vector>

namespace splitbench::cli {

/// The most workers `report --jobs` starts: far more than a machine has cores for reports (each is one
/// core's work), few enough that threads, their stacks and their open files stay within ordinary limits.
inline constexpr int kMaxWorkers = 64;

/// How many workers to start for `jobs` jobs when `requested` were asked for: never more than there are jobs
/// or kMaxWorkers, never fewer than one.
int workerCount(int requested, std::size_t jobs);

/// Starts a thread running `body`; throws std::system_error when the system cannot start one.
using ThreadStarter = std::function<std::thread(std::function<void()>)>;

/// Runs `work(i)` for every i below `count` on `workers` threads, each taking the next job until none is left.
/// When a thread cannot start, no further job is begun (jobs under way finish) and the reason is returned;
/// `begun[i]` (resized to `count`) tells which jobs ran. Returns an empty string when every job ran.
QString runOnWorkers(std::size_t count, int workers, const std::function<void(std::size_t)> &work,
                     std::vector<bool> &begun, const ThreadStarter &start = {});

} // namespace splitbench::cli
