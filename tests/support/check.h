#pragma once

// How a fixture helper fails: it stops the test program at once, naming the step and why.
// A QVERIFY inside a helper only returns from the helper, and the test would go on with
// half-built data; helpers also return values and run in constructors, where QVERIFY cannot
// stop anything. Under Qt Test the fatal message is reported as the failure of the running
// test, at the helper's file and line.

#include "domain/status.h"

#include <QTest>
#include <QtGlobal>

namespace support::detail {

[[noreturn]] inline void fixtureFailed(const char *file, int line, const char *step,
                                       const QString &why)
{
    QMessageLogger(file, line, nullptr)
        .fatal("fixture step failed: %s%s%s", step, why.isEmpty() ? "" : ": ", qPrintable(why));
}

} // namespace support::detail

// `expr` (a kinerja::Status) must succeed.
#define FIXTURE_OK(expr)                                                                           \
    do {                                                                                           \
        const kinerja::Status fixtureStatus_ = (expr);                                             \
        if (!fixtureStatus_)                                                                       \
            support::detail::fixtureFailed(__FILE__, __LINE__, #expr, fixtureStatus_.message());   \
    } while (false)

// `condition` must hold; `why` (a QString) says what is wrong otherwise.
#define FIXTURE_CHECK(condition, why)                                                              \
    do {                                                                                           \
        if (!(condition))                                                                          \
            support::detail::fixtureFailed(__FILE__, __LINE__, #condition, (why));                 \
    } while (false)

// In a test: the kinerja::Status of `expr` is OK, or the test fails with its message.
#define VERIFY_OK(expr)                                                                            \
    do {                                                                                           \
        const kinerja::Status verifyStatus_ = (expr);                                              \
        QVERIFY2(verifyStatus_.isOk(), qPrintable(verifyStatus_.message()));                       \
    } while (false)
