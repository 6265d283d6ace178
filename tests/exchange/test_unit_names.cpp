#include "exchange/unitnames.h"
#include "support/smalldistrict.h"
#include "support/tempdatabase.h"

#include <QTest>

using namespace kinerja;
using namespace kinerja::exchange;

class TestUnitNames : public QObject {
    Q_OBJECT
private slots:
    // Pemkab ── Dinas Pendidikan ── Bidang Pembinaan SD, Sekretariat
    //        └─ Dinas Kesehatan ── Sekretariat
    void repeatedNamesCarryTheirParent()
    {
        TempDatabase t;
        SmallDistrict d;
        d.build(t.open());
        UnitRepository units(t.db());
        Unit a = SmallDistrict::unit(QStringLiteral("Sekretariat"), d.dinasA.id, UnitKind::Bidang);
        Unit b = SmallDistrict::unit(QStringLiteral("Sekretariat"), d.dinasB.id, UnitKind::Bidang);
        QVERIFY(units.create(a));
        QVERIFY(units.create(b));

        const UnitNames names(t.db());
        QCOMPARE(names.label(d.bidangA1.id), QStringLiteral("Bidang Pembinaan SD"));
        QCOMPARE(names.label(a.id), QStringLiteral("Sekretariat (Dinas Pendidikan)"));
        QCOMPARE(names.label(b.id), QStringLiteral("Sekretariat (Dinas Kesehatan)"));
        // A name an appraisal recorded: the parent is added only when the name repeats.
        QCOMPARE(names.label(a.id, QStringLiteral("Sekretariat")),
                 QStringLiteral("Sekretariat (Dinas Pendidikan)"));
        QCOMPARE(names.label(a.id, QStringLiteral("Sekretariat Dinas")),
                 QStringLiteral("Sekretariat Dinas"));
        QCOMPARE(names.label(d.root.id, QStringLiteral("Sekretariat")),
                 QStringLiteral("Sekretariat")); // no parent to name

        QCOMPARE(names.find(QStringLiteral("bidang  pembinaan sd")).size(), 1);
        QCOMPARE(names.find(QStringLiteral("Sekretariat")).size(), 2); // ambiguous
        const QVector<Unit> found = names.find(QStringLiteral("sekretariat (dinas kesehatan)"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().id, b.id);
        QVERIFY(names.find(QStringLiteral("Dinas Antariksa")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestUnitNames)
#include "test_unit_names.moc"
