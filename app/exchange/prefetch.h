#pragma once

#include "domain/status.h"

#include <QThread>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace kinerja::exchange {

// Rows produced on a worker thread while the calling thread consumes them in order, so
// that reading the database overlaps writing the file (an XLSX export spends most of its
// time in zlib on one core). Rows travel in chunks so the lock is taken rarely; at most
// `maxChunks` chunks wait, which bounds the memory. Spent chunks go back to the worker,
// which destroys their rows and refills them: the rows' memory is freed on the thread
// that allocated it, not by the writing thread.
//
// The worker starts when the Prefetch is made, so that it connects and runs its query
// while the caller prepares its output.
template <typename Row> class Prefetch {
public:
    // Hands one row over; false once the consumer has stopped.
    using Emit = std::function<bool(const Row &)>;
    // Runs on the worker thread: reads (opening what it reads from there) and emits.
    using Producer = std::function<Status(const Emit &)>;
    using Consumer = std::function<bool(const Row &)>;

    explicit Prefetch(Producer produce, int chunkRows = 512, int maxChunks = 8)
        : m_state(std::make_shared<State>())
    {
        m_worker.reset(
            QThread::create([state = m_state, produce = std::move(produce), chunkRows, maxChunks] {
                std::vector<Row> chunk;
                auto refill = [&] {
                    std::vector<Row> spent;
                    {
                        std::lock_guard<std::mutex> lock(state->mutex);
                        if (!state->spent.empty()) {
                            spent = std::move(state->spent.front());
                            state->spent.pop_front();
                        }
                    }
                    spent.clear(); // the rows die here, on the thread that made them
                    chunk = std::move(spent);
                    chunk.reserve(size_t(chunkRows));
                };
                auto hand = [&] {
                    {
                        std::unique_lock<std::mutex> lock(state->mutex);
                        state->space.wait(lock, [&] {
                            return state->stopped || int(state->chunks.size()) < maxChunks;
                        });
                        if (state->stopped)
                            return false;
                        state->chunks.push_back(std::move(chunk));
                        state->ready.notify_one();
                    }
                    refill();
                    return true;
                };
                refill();
                Status produced = produce([&](const Row &row) {
                    chunk.push_back(row);
                    return int(chunk.size()) < chunkRows || hand();
                });
                if (!chunk.empty())
                    hand();
                std::lock_guard<std::mutex> lock(state->mutex);
                state->produced = produced;
                state->done = true;
                state->ready.notify_one();
            }));
        m_worker->start();
    }

    Prefetch(const Prefetch &) = delete;
    Prefetch &operator=(const Prefetch &) = delete;

    // Stops the worker when consume() was not called (or returned early) and waits for it.
    ~Prefetch() { stop(); }

    // Calls consume(row) for every row the producer emits, in order, until it returns
    // false or the rows end. Returns the producer's status (ok when the consumer stopped).
    Status consume(const Consumer &consume)
    {
        bool go = true;
        while (go) {
            std::vector<Row> chunk;
            {
                std::unique_lock<std::mutex> lock(m_state->mutex);
                m_state->ready.wait(lock,
                                    [&] { return m_state->done || !m_state->chunks.empty(); });
                if (m_state->chunks.empty())
                    break; // done, and everything consumed
                chunk = std::move(m_state->chunks.front());
                m_state->chunks.pop_front();
                m_state->space.notify_one();
            }
            for (const Row &row : chunk) {
                if (!consume(row)) {
                    go = false;
                    break;
                }
            }
            std::lock_guard<std::mutex> lock(m_state->mutex);
            if (!m_state->done)
                m_state->spent.push_back(std::move(chunk));
        }
        stop();
        if (!go)
            return Status::ok();
        std::lock_guard<std::mutex> lock(m_state->mutex);
        return m_state->produced;
    }

    // The whole run in one call.
    static Status run(const Producer &produce, const Consumer &consume, int chunkRows = 512,
                      int maxChunks = 8)
    {
        Prefetch prefetch(produce, chunkRows, maxChunks);
        return prefetch.consume(consume);
    }

private:
    struct State {
        std::mutex mutex;
        std::condition_variable ready; // a chunk is waiting, or the producer is done
        std::condition_variable space; // room for a chunk, or the consumer stopped
        std::deque<std::vector<Row>> chunks;
        std::deque<std::vector<Row>> spent; // consumed, for the worker to empty and reuse
        Status produced;
        bool done = false;
        bool stopped = false;
    };

    void stop()
    {
        if (!m_worker)
            return;
        {
            std::lock_guard<std::mutex> lock(m_state->mutex);
            m_state->stopped = true;
            m_state->space.notify_one();
        }
        m_worker->wait();
        m_worker.reset();
    }

    std::shared_ptr<State> m_state;
    std::unique_ptr<QThread> m_worker;
};

} // namespace kinerja::exchange
