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
};

QTEST_GUILESS_MAIN(TestPrefetch)
#include "test_prefetch.moc"
