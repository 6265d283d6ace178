#include "domain/unit.h"

#include <QSet>
#include <QTest>

using namespace kinerja;

class TestUnit : public QObject {
    Q_OBJECT

private slots:
    void kindNames_data();
    void kindNames();
    void allKinds();
};

void TestUnit::kindNames_data()
{
    QTest::addColumn<UnitKind>("kind");
    QTest::addColumn<QString>("name");

    QTest::newRow("pemerintah") << UnitKind::Pemerintah << QStringLiteral("Regency government");
    QTest::newRow("perangkat daerah")
        << UnitKind::PerangkatDaerah << QStringLiteral("Regional agency (perangkat daerah)");
    QTest::newRow("bidang") << UnitKind::Bidang << QStringLiteral("Division (bidang/bagian)");
    QTest::newRow("seksi") << UnitKind::Seksi << QStringLiteral("Section (seksi/subbagian)");
    QTest::newRow("kecamatan") << UnitKind::Kecamatan << QStringLiteral("District (kecamatan)");
    QTest::newRow("kelurahan") << UnitKind::Kelurahan << QStringLiteral("Village (kelurahan/desa)");
}

void TestUnit::kindNames()
{
    QFETCH(UnitKind, kind);
    QFETCH(QString, name);
    QCOMPARE(unitKindName(kind), name);
}

void TestUnit::allKinds()
{
    const QVector<UnitKind> kinds = allUnitKinds();
    QCOMPARE(kinds.size(), 6);
    QCOMPARE(kinds.first(), UnitKind::Pemerintah); // root level first
    QSet<QString> names;
    for (const UnitKind kind : kinds)
        names.insert(unitKindName(kind));
    QCOMPARE(names.size(), kinds.size());
}

QTEST_GUILESS_MAIN(TestUnit)
#include "test_unit.moc"
