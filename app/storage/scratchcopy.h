#pragma once

#include "domain/status.h"
#include "serveraddress.h"

#include <QCoreApplication>
#include <QString>

namespace kinerja {

// A throwaway copy of a Kinerja database, for a tool that must write without changing the
// original (kinerja-bench creates appraisals and imports on it). A file is copied into a
// folder; a server database is cloned on its own server with CREATE DATABASE ... TEMPLATE,
// a copy of the files that takes seconds where DatabaseCopy takes minutes, and keeps the
// planner statistics. The clone needs the CREATEDB privilege and no other session on the
// original (PostgreSQL refuses otherwise; the message says so). The copy is removed when
// this object is destroyed.
class ScratchCopy {
    Q_DECLARE_TR_FUNCTIONS(kinerja::ScratchCopy)
public:
    ScratchCopy() = default;
    ~ScratchCopy();
    ScratchCopy(const ScratchCopy &) = delete;
    ScratchCopy &operator=(const ScratchCopy &) = delete;

    // Copies `location` (a file path or a server address) under the name `name`: a file
    // `name`.sqlite in `folder`, or a server database `name` (any earlier one of that name
    // is replaced). No database may be open on `location` meanwhile.
    Status create(const QString &location, const QString &folder, const QString &name);
    // What Database::open() takes to open the copy; empty before create(). A server
    // address carries no password: libpq takes it from PGPASSWORD or ~/.pgpass.
    QString location() const { return m_location; }
    void remove();

private:
    QString m_location;
    ServerAddress m_server; // of a server copy, password included
};

} // namespace kinerja
