// ScratchCopy: a copy that may be written while the original stays as it was, removed
// with the object; on a file and (KINERJA_TEST_ENGINE=postgresql) a server database.
#include "storage/scratchcopy.h"
#include "storage/unitrepository.h"
#include "support/tempdatabase.h"

#include <QFileInfo>
#include <QTest>

using namespace kinerja;

namespace {

int unitCount(const QString &location)
{
    Database db;
    FIXTURE_OK(db.open(location));
    return int(UnitRepository(db).all().size());
}

void addUnit(const QString &location, const QString &name)
{
    Database db;
    FIXTURE_OK(db.open(location));
    Unit u;
    u.name = name;
    for (const Unit &other : UnitRepository(db).all())
        if (other.parentId == 0)
            u.parentId = other.id; // below the root, the one top a tree has
    FIXTURE_OK(UnitRepository(db).create(u));
}

// Whether the copy still exists: a file, or a server database that accepts a connection.
bool exists(const QString &location)
{
    if (!ServerAddress::isServerLocation(location))
        return QFileInfo::exists(location);
    Database db;
    return db.open(location).isOk();
}

} // namespace

class TestScratchCopy : public QObject {
    Q_OBJECT
private slots:
    void theCopyIsWrittenAndTheOriginalIsNot()
    {
        TempDatabase original;
        original.open();
        original.db().close();
        addUnit(original.location(), QStringLiteral("Dinas Pendidikan"));
        QString copied;
        {
            ScratchCopy copy;
            const Status s = copy.create(original.location(), original.dir(),
                                         QStringLiteral("kinerja_test_scratch"));
            QVERIFY2(s, qPrintable(s.message()));
            copied = copy.location();
            QVERIFY(copied != original.location());
            QCOMPARE(unitCount(copied), 1);
            addUnit(copied, QStringLiteral("Dinas Kesehatan"));
            QCOMPARE(unitCount(copied), 2);
            QCOMPARE(unitCount(original.location()), 1);
        }
        QVERIFY2(!exists(copied), qPrintable(copied + QStringLiteral(" still exists")));
        QCOMPARE(unitCount(original.location()), 1);
    }

    void aMissingOriginalSaysWhich()
    {
        TempDatabase original;
        const QString missing = TempDatabase::onServer()
                                    ? original.createOnServer(true) + QStringLiteral("_absent")
                                    : original.path();
        ScratchCopy copy;
        const Status s =
            copy.create(missing, original.dir(), QStringLiteral("kinerja_test_scratch_absent"));
        QVERIFY(!s);
        QVERIFY2(s.message().contains(TempDatabase::onServer() ? QStringLiteral("_absent")
                                                               : original.path()),
                 qPrintable(s.message()));
        QVERIFY(copy.location().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestScratchCopy)
#include "test_scratch_copy.moc"
