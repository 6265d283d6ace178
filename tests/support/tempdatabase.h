#pragma once

#include "storage/database.h"
#include "support/check.h"

#include <QTemporaryDir>

// A fresh Kinerja database in a temporary folder, removed with the fixture.
class TempDatabase {
public:
    TempDatabase() { FIXTURE_CHECK(m_dir.isValid(), m_dir.errorString()); }
    // Opens (creating) the database.
    kinerja::Database &open()
    {
        FIXTURE_OK(m_db.open(path()));
        return m_db;
    }
    QString path() const { return m_dir.filePath(QStringLiteral("test.sqlite")); }
    QString dir() const { return m_dir.path(); }
    kinerja::Database &db() { return m_db; }

private:
    QTemporaryDir m_dir;
    kinerja::Database m_db;
};
