// Two connections to one database (two Kinerja windows on a file, or two office PCs on
// the server): A and B load the same record, A saves, then B's save is a conflict naming
// A's user, and nothing of B's is written; after reloading, B saves.
#include "storage/appraisalcontent.h"
#include "storage/appraisalrepository.h"
#include "storage/appraisalworkflow.h"
#include "storage/employeerepository.h"
#include "storage/rowversion.h"
#include "storage/schemerepository.h"
#include "storage/transaction.h"
#include "support/appraisalfixture.h"
#include "support/tempdatabase.h"

#include <QTest>

using namespace kinerja;

namespace {

// The name A's changes are recorded under: on a file the operating-system account (not
// $USER, which a user can set), on the server the login; the same for both connections of a
// test. `user` only names the actor in the test's reading.
QString actAs(Database &db, const char *user)
{
    Q_UNUSED(user)
    return db.userName();
}

// What the appraisal editor does on Save: claim first, then the content, all or nothing.
Status editorSave(Database &db, qint64 id, int loadedVersion, const QString &rekomendasi)
{
    Transaction tx(db);
    Status s = RowVersion::claim(db, RowVersion::Record::Appraisal, id, loadedVersion);
    if (s)
        s = AppraisalContent(db).setPerilaku(
            id, {PerilakuEntry{CoreValue::BerorientasiPelayanan, rekomendasi, {}, {}}});
    if (s)
        s = AppraisalRepository(db).setRekomendasi(id, rekomendasi, CompetencyCategory::None);
    if (s && !tx.commit())
        s = Status::error(tx.lastError());
    return s;
}

} // namespace

class TestRowVersion : public QObject {
    Q_OBJECT
private slots:
    void employeeRepository()
    {
        TempDatabase t;
        AppraisalWorld w;
        w.build(t.open());
        Database b;
        VERIFY_OK(b.open(t.location()));
        EmployeeRepository repoA(t.db()), repoB(b);
        Employee a = *repoA.find(w.staff1.id);
        Employee other = *repoB.find(w.staff1.id);
        QCOMPARE(a.rowVersion, other.rowVersion);

        const QString ani = actAs(t.db(), "ani");
        a.name = QStringLiteral("Ani's spelling");
        VERIFY_OK(repoA.update(a));
        actAs(b, "budi");
        other.name = QStringLiteral("Budi's spelling");
        other.jabatan = QStringLiteral("Analis Baru");
        const Status s = repoB.update(other);
        QVERIFY(RowVersion::isConflict(s));
        QVERIFY2(s.message().startsWith(ani + QLatin1String(" changed this employee at ")),
                 qPrintable(s.message()));
        QVERIFY2(s.message().contains(QStringLiteral("not saved")), qPrintable(s.message()));
        const Employee stored = *repoB.find(w.staff1.id);
        QCOMPARE(stored.name, QStringLiteral("Ani's spelling"));
        QCOMPARE(stored.jabatan, w.staff1.jabatan);
        QCOMPARE(repoB.history(w.staff1.id).size(), repoA.history(w.staff1.id).size());

        other = stored; // reload
        other.name = QStringLiteral("Budi's spelling");
        VERIFY_OK(repoB.update(other));
        QCOMPARE(repoA.find(w.staff1.id)->name, QStringLiteral("Budi's spelling"));
        // update() keeps the saved copy current: B's copy is the stored version, one past A's.
        QCOMPARE(repoA.find(w.staff1.id)->rowVersion, other.rowVersion);
        QCOMPARE(other.rowVersion, a.rowVersion + 1);

        // Import's second pass (setAtasan) also moves the version on.
        const Employee before = *repoA.find(w.staff2.id);
        VERIFY_OK(repoB.setAtasan(w.staff2.id, w.kadis.id));
        Employee stale = before;
        QVERIFY(RowVersion::isConflict(repoA.update(stale)));
    }

    void appraisalRepository()
    {
        TempDatabase t;
        AppraisalWorld w;
        w.build(t.open());
        const qint64 p = AppraisalWorld::period(t.db(), Period::quarter(2026, 3));
        const qint64 id = AppraisalWorld::appraisal(t.db(), w.staff1.id, p);
        Database b;
        VERIFY_OK(b.open(t.location()));
        const Appraisal a = *AppraisalRepository(t.db()).find(id);
        const Appraisal other = *AppraisalRepository(b).find(id);
        QCOMPARE(a.rowVersion, 1);

        const QString ani = actAs(t.db(), "ani");
        VERIFY_OK(editorSave(t.db(), id, a.rowVersion, QStringLiteral("from A")));
        actAs(b, "budi");
        const Status s = editorSave(b, id, other.rowVersion, QStringLiteral("from B"));
        QVERIFY(RowVersion::isConflict(s));
        QVERIFY2(s.message().startsWith(ani + QLatin1String(" changed this appraisal at ")),
                 qPrintable(s.message()));
        QCOMPARE(AppraisalRepository(b).find(id)->rekomendasi, QStringLiteral("from A"));
        QCOMPARE(AppraisalContent(b).perilaku(id).constFirst().ekspektasi,
                 QStringLiteral("from A"));

        const Appraisal reloaded = *AppraisalRepository(b).find(id);
        QVERIFY(reloaded.rowVersion > a.rowVersion);
        VERIFY_OK(editorSave(b, id, reloaded.rowVersion, QStringLiteral("from B")));
        QCOMPARE(AppraisalRepository(t.db()).find(id)->rekomendasi, QStringLiteral("from B"));

        // A workflow step makes an open editor's copy stale, too.
        VERIFY_OK(AppraisalContent(b).setRhk(id, AppraisalWorld::onePlan()));
        const int loaded = AppraisalRepository(t.db()).find(id)->rowVersion;
        VERIFY_OK(AppraisalWorkflow(b, QStringLiteral("Budi")).submit(id));
        QVERIFY(RowVersion::isConflict(editorSave(t.db(), id, loaded, QStringLiteral("late"))));

        // Deleted meanwhile.
        const qint64 gone = AppraisalWorld::appraisal(t.db(), w.staff2.id, p);
        const int goneVersion = AppraisalRepository(t.db()).find(gone)->rowVersion;
        VERIFY_OK(AppraisalRepository(b).remove(gone));
        const Status deleted = editorSave(t.db(), gone, goneVersion, QStringLiteral("x"));
        QVERIFY(RowVersion::isConflict(deleted));
        QVERIFY2(deleted.message().contains(QStringLiteral("was deleted")),
                 qPrintable(deleted.message()));
    }

    void schemeRepository()
    {
        TempDatabase t;
        t.open();
        Database b;
        VERIFY_OK(b.open(t.location()));
        SchemeRepository repoA(t.db()), repoB(b);
        const SchemeInfo a = *repoA.findByCode(QStringLiteral("pp30"));
        const SchemeInfo other = *repoB.findByCode(QStringLiteral("pp30"));
        SchemeDefinition d;
        VERIFY_OK(repoA.load(a.latestVersionId, &d));
        SchemeDefinition mine = d, theirs = d;
        mine.name = QStringLiteral("PP 30 (A)");
        theirs.name = QStringLiteral("PP 30 (B)");
        theirs.pp30Weighting = Pp30Weighting::Skp60Perilaku40;

        const QString ani = actAs(t.db(), "ani");
        qint64 version = 0;
        VERIFY_OK(repoA.save(a.id, a.rowVersion, mine, {}, &version));
        actAs(b, "budi");
        const Status s = repoB.save(other.id, other.rowVersion, theirs, {}, &version);
        QVERIFY(RowVersion::isConflict(s));
        QVERIFY2(s.message().startsWith(ani + QLatin1String(" changed this scheme at ")),
                 qPrintable(s.message()));
        SchemeDefinition stored;
        VERIFY_OK(repoB.load(a.latestVersionId, &stored));
        QCOMPARE(stored.pp30Weighting, d.pp30Weighting);
        QCOMPARE(repoB.find(a.id)->name, QStringLiteral("PP 30 (A)"));

        const SchemeInfo reloaded = *repoB.find(a.id);
        VERIFY_OK(repoB.save(a.id, reloaded.rowVersion, theirs, {}, &version));
        QCOMPARE(repoA.find(a.id)->name, QStringLiteral("PP 30 (B)"));

        // Deleted meanwhile.
        qint64 custom = 0, customVersion = 0;
        SchemeDefinition w = SchemeDefinition::builtin(SchemeKind::Weighted);
        w.name = QStringLiteral("Custom");
        VERIFY_OK(repoA.create(w, &custom, &customVersion));
        const int loaded = repoA.find(custom)->rowVersion;
        VERIFY_OK(repoB.remove(custom));
        const Status deleted = repoA.save(custom, loaded, w, {}, &version);
        QVERIFY(RowVersion::isConflict(deleted));
        QVERIFY2(deleted.message().contains(QStringLiteral("was deleted")),
                 qPrintable(deleted.message()));
    }
};

QTEST_GUILESS_MAIN(TestRowVersion)
#include "test_row_version.moc"
