#pragma once

#include "domain/status.h"

#include <QCoreApplication>
#include <QString>

class QSqlError;

namespace kinerja {

// The server refusing a statement for want of a right (SQLSTATE 42501,
// insufficient_privilege: a missing GRANT, or a row-level security policy), told in words
// a person can act on instead of the driver's text.
class Refusal {
    Q_DECLARE_TR_FUNCTIONS(kinerja::Refusal)
public:
    static constexpr const char *kSqlState = "42501";

    static bool is(const QSqlError &error);
    // For the failures that reach the UI only as text: PostgreSQL's own wording of 42501
    // ("permission denied for …", "… violates row-level security policy …").
    static bool isText(const QString &driverText);
    // "You may not make this change: …" (field "permission").
    static Status status();
    static QString message();
    // `failure` in refusal words when it is one; otherwise unchanged.
    static Status explain(const Status &failure);
};

} // namespace kinerja
