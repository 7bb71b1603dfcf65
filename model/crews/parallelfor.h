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
// out indices in small batches (territories differ a lot in work), the last ones singly. Each
// worker owns its state (scratch buffers, partial sums); results must not depend on which worker
// ran which index.
template <typename State, typename Body>
void parallelFor(qsizetype count, std::vector<State> &states, Body body)
{
    const int threads =
        int(std::min<qsizetype>(qsizetype(states.size()), std::max<qsizetype>(1, count / 8)));
    std::atomic<qsizetype> next{0};
    constexpr qsizetype Batch = 8;
    // The last indices one at a time, so that the threads finish together (a batch of the
    // largest territories can take a millisecond, and meetTargets runs a dozen loops).
    const qsizetype tail = 2 * Batch * threads;
    auto run = [&](int worker) {
        for (;;) {
            qsizetype begin = next.load(std::memory_order_relaxed);
            qsizetype end = 0;
            do {
                if (begin >= count)
                    return;
                end = std::min(count, begin + (count - begin > tail ? Batch : 1));
            } while (!next.compare_exchange_weak(begin, end));
            for (qsizetype i = begin; i < end; ++i)
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
