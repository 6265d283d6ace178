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
// `maxChunks` chunks wait, which bounds the memory.
template <typename Row> class Prefetch {
public:
    // Hands one row over; false once the consumer has stopped.
    using Emit = std::function<bool(const Row &)>;
    // Runs on the worker thread: reads (opening what it reads from there) and emits.
    using Producer = std::function<Status(const Emit &)>;
    using Consumer = std::function<bool(const Row &)>;

    // Calls consume(row) for every row the producer emits, in order, until it returns
    // false or the rows end. Returns the producer's status (ok when the consumer stopped).
    static Status run(const Producer &produce, const Consumer &consume, int chunkRows = 512,
                      int maxChunks = 8)
    {
        auto state = std::make_shared<State>();
        Status produced;
        std::unique_ptr<QThread> worker(QThread::create([&, state] {
            std::vector<Row> chunk;
            chunk.reserve(size_t(chunkRows));
            auto hand = [&] {
                std::unique_lock<std::mutex> lock(state->mutex);
                state->space.wait(
                    lock, [&] { return state->stopped || int(state->chunks.size()) < maxChunks; });
                if (state->stopped)
                    return false;
                state->chunks.push_back(std::move(chunk));
                state->ready.notify_one();
                chunk = std::vector<Row>();
                chunk.reserve(size_t(chunkRows));
                return true;
            };
            produced = produce([&](const Row &row) {
                chunk.push_back(row);
                return int(chunk.size()) < chunkRows || hand();
            });
            if (!chunk.empty())
                hand();
            std::lock_guard<std::mutex> lock(state->mutex);
            state->done = true;
            state->ready.notify_one();
        }));
        worker->start();

        bool go = true;
        while (go) {
            std::vector<Row> chunk;
            {
                std::unique_lock<std::mutex> lock(state->mutex);
                state->ready.wait(lock, [&] { return state->done || !state->chunks.empty(); });
                if (state->chunks.empty())
                    break; // done, and everything consumed
                chunk = std::move(state->chunks.front());
                state->chunks.pop_front();
                state->space.notify_one();
            }
            for (const Row &row : chunk) {
                if (!consume(row)) {
                    go = false;
                    break;
                }
            }
        }
        {
            std::lock_guard<std::mutex> lock(state->mutex);
            state->stopped = true;
            state->space.notify_one();
        }
        worker->wait();
        return go ? produced : Status::ok();
    }

private:
    struct State {
        std::mutex mutex;
        std::condition_variable ready; // a chunk is waiting, or the producer is done
        std::condition_variable space; // room for a chunk, or the consumer stopped
        std::deque<std::vector<Row>> chunks;
        bool done = false;
        bool stopped = false;
    };
};

} // namespace kinerja::exchange
