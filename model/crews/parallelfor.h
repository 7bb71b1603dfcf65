#pragma once

#include <QtGlobal>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace stormcrew::crews {

// Threads the simulation uses: one per core.
[[nodiscard]] inline int workerCount()
{
    return int(std::max(1U, std::thread::hardware_concurrency()));
}

// Runs body(states[worker], index) for every index in [0, count), one thread per state, handing
// out indices in small batches (territories differ a lot in work). Each worker owns its state
// (scratch buffers, partial sums); results must not depend on which worker ran which index.
// Batches are 8 indices for thousands of them, fewer for a few (down to one at a time): a few
// territories can hold most of the work (a utility's largest, with dozens of crews), and
// batches of 8 left a loop of 14 of them to one thread.
template <typename State, typename Body>
void parallelFor(qsizetype count, std::vector<State> &states, Body body)
{
    const int threads =
        int(std::min<qsizetype>(qsizetype(states.size()), std::max<qsizetype>(1, count)));
    std::atomic<qsizetype> next{0};
    const qsizetype batch = std::clamp<qsizetype>(count / (qsizetype(threads) * 16), 1, 8);
    auto run = [&](int worker) {
        for (;;) {
            const qsizetype begin = next.fetch_add(batch);
            if (begin >= count)
                break;
            for (qsizetype i = begin; i < std::min(count, begin + batch); ++i)
                body(states[size_t(worker)], i);
        }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(run, t);
    run(0);
    for (std::thread &thread : pool)
        thread.join();
}

} // namespace stormcrew::crews
