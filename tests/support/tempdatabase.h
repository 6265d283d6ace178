#pragma once

#include "storage/database.h"

#include <QTemporaryDir>
#include <QTest>

// A fresh Kinerja database in a temporary folder, removed with the fixture.
class TempDatabase {
public:
    TempDatabase() { QVERIFY2(m_dir.isValid(), "cannot create a temporary folder"); }
    // Opens (creating) the database; fails the current test on error.
    kinerja::Database &open()
    {
        const kinerja::Status s = m_db.open(path());
        if (!s)
            qFatal("cannot open test database: %s", qPrintable(s.message()));
        return m_db;
    }
    QString path() const { return m_dir.filePath(QStringLiteral("test.sqlite")); }
    QString dir() const { return m_dir.path(); }
    kinerja::Database &db() { return m_db; }

private:
    QTemporaryDir m_dir;
    kinerja::Database m_db;
};
