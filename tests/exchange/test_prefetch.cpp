// Prefetch: rows made on a worker thread arrive in order, an early stop stops the
// producer, and the producer's failure is returned.
#include "exchange/prefetch.h"

#include <QTest>
#include <QThread>

#include <atomic>

using namespace kinerja;
using namespace kinerja::exchange;

class TestPrefetch : public QObject {
    Q_OBJECT

    using Ints = Prefetch<int>;

private slots:
    void everyRowInOrderFromAnotherThread()
    {
        QThread *producerThread = nullptr;
        QVector<int> got;
        const Status s = Ints::run(
            [&](const Ints::Emit &handOver) {
                producerThread = QThread::currentThread();
                for (int i = 0; i < 10000; ++i) {
                    if (!handOver(i))
                        return Status::error(QStringLiteral("stopped early"));
                }
                return Status::ok();
            },
            [&](const int &i) {
                got.append(i);
                return true;
            },
            7, 2); // small chunks and a short queue: the threads wait on each other
        QVERIFY2(s, qPrintable(s.message()));
        QVERIFY(producerThread);
        QVERIFY(producerThread != QThread::currentThread());
        QCOMPARE(got.size(), 10000);
        for (int i = 0; i < got.size(); ++i)
            QCOMPARE(got.at(i), i);
    }

    void noRows()
    {
        int calls = 0;
        const Status s = Ints::run([](const Ints::Emit &) { return Status::ok(); },
                                   [&](const int &) { return ++calls > 0; });
        QVERIFY(s);
        QCOMPARE(calls, 0);
    }

    void consumerStopStopsTheProducer()
    {
        std::atomic<int> produced{0};
        bool producerSawStop = false;
        QVector<int> got;
        const Status s = Ints::run(
            [&](const Ints::Emit &handOver) {
                for (int i = 0; i < 1000000; ++i) {
                    ++produced;
                    if (!handOver(i)) {
                        producerSawStop = true;
                        return Status::ok();
                    }
                }
                return Status::ok();
            },
            [&](const int &i) {
                got.append(i);
                return i < 99; // stops at row 100
            },
            10, 2);
        QVERIFY(s);
        QCOMPARE(got.size(), 100);
        QVERIFY(producerSawStop);
        // At most the chunk in hand, the queue and the chunk being filled beyond the stop.
        QVERIFY2(produced <= 100 + 10 * 4, qPrintable(QString::number(produced)));
    }

    void producerFailureIsReturnedAfterItsRows()
    {
        QVector<int> got;
        const Status s = Ints::run(
            [](const Ints::Emit &handOver) {
                for (int i = 0; i < 25; ++i)
                    handOver(i);
                return Status::error(QStringLiteral("disk I/O error"));
            },
            [&](const int &i) {
                got.append(i);
                return true;
            },
            10);
        QVERIFY(!s);
        QCOMPARE(s.message(), QStringLiteral("disk I/O error"));
        QCOMPARE(got.size(), 25); // what was read arrives; the caller then discards its file
    }

    // The worker reads while the caller is still preparing its output.
    void workerStartsBeforeConsume()
    {
        std::atomic<bool> started{false};
        Ints prefetch([&](const Ints::Emit &handOver) {
            started = true;
            for (int i = 0; i < 3; ++i)
                handOver(i);
            return Status::ok();
        });
        QTRY_VERIFY(started.load());
        QVector<int> got;
        QVERIFY(prefetch.consume([&](const int &i) {
            got.append(i);
            return true;
        }));
        QCOMPARE(got, (QVector<int>{0, 1, 2}));
    }

    // A caller that fails before reading (its file cannot be opened) just drops the
    // Prefetch: the worker stops after at most the queue's worth of rows.
    void droppedUnreadStopsTheWorker()
    {
        std::atomic<int> produced{0};
        std::atomic<bool> sawStop{false};
        {
            Ints prefetch(
                [&](const Ints::Emit &handOver) {
                    for (int i = 0; i < 1000000; ++i) {
                        ++produced;
                        if (!handOver(i)) {
                            sawStop = true;
                            break;
                        }
                    }
                    return Status::ok();
                },
                10, 2);
            QTRY_VERIFY(produced.load() >= 20); // the queue is full
        }
        QVERIFY(sawStop.load());
        QVERIFY2(produced <= 10 * 4, qPrintable(QString::number(produced)));
    }

    // Rows are freed by the worker that allocated them (spent chunks go back to it), so
    // the writing thread does not spend its time in another thread's heap.
    void rowsDieOnTheWorker()
    {
        struct Row {
            bool live = false;
            std::atomic<int> *diedOnCaller = nullptr;
            QThread *caller = nullptr;
            Row() = default;
            Row(const Row &o) = default;
            Row &operator=(const Row &o) = default;
            ~Row()
            {
                if (live && QThread::currentThread() == caller)
                    ++*diedOnCaller;
            }
        };
        std::atomic<int> diedOnCaller{0};
        QThread *caller = QThread::currentThread();
        int consumed = 0;
        const Status s = Prefetch<Row>::run(
            [&](const Prefetch<Row>::Emit &handOver) {
                Row r;
                r.diedOnCaller = &diedOnCaller;
                r.caller = caller;
                for (int i = 0; i < 20000; ++i) {
                    r.live = true;
                    const bool go = handOver(r);
                    r.live = false; // the producer's own copy is not counted
                    if (!go)
                        break;
                }
                return Status::ok();
            },
            [&](const Row &) { return ++consumed > 0; }, 100, 4);
        QVERIFY(s);
        QCOMPARE(consumed, 20000);
        // Only the chunks still in flight when the worker finished die on the caller.
        QVERIFY2(diedOnCaller < 100 * 6, qPrintable(QString::number(diedOnCaller.load())));
    }
};

QTEST_GUILESS_MAIN(TestPrefetch)
#include "test_prefetch.moc"
