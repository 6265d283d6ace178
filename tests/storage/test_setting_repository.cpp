#include "storage/settingrepository.h"
#include "support/tempdatabase.h"

#include <QTest>

using namespace kinerja;

class TestSettingRepository : public QObject {
    Q_OBJECT
private slots:
    void emptyDatabaseHasNoAgency()
    {
        TempDatabase t;
        const AgencySettings a = SettingRepository(t.open()).agency();
        QVERIFY(a.name.isEmpty());
        QVERIFY(a.logo.isEmpty());
        QCOMPARE(SettingRepository(t.db()).value(QStringLiteral("x"), QStringLiteral("d")),
                 QStringLiteral("d"));
    }

    void agencyRoundTripsAndSurvivesReopen()
    {
        TempDatabase t;
        AgencySettings a;
        a.name = QStringLiteral("  Badan Kepegawaian Daerah ");
        a.parent = QStringLiteral("PEMERINTAH KABUPATEN SLEMAN");
        a.place = QStringLiteral("Sleman");
        a.logo = QByteArray("\x89PNG\r\n\x1a\n\0\x01\x02", 11);
        QVERIFY(SettingRepository(t.open()).setAgency(a));
        t.db().close();
        const AgencySettings back = SettingRepository(t.open()).agency();
        QCOMPARE(back.name, QStringLiteral("Badan Kepegawaian Daerah")); // trimmed
        QCOMPARE(back.parent, a.parent);
        QCOMPARE(back.place, a.place);
        QCOMPARE(back.logo, a.logo); // binary bytes, including NUL
    }

    void clearingAValueRemovesIt()
    {
        TempDatabase t;
        SettingRepository repo(t.open());
        QVERIFY(repo.setValue(QStringLiteral("k"), QStringLiteral("v")));
        QCOMPARE(repo.value(QStringLiteral("k")), QStringLiteral("v"));
        QVERIFY(repo.setValue(QStringLiteral("k"), QStringLiteral("w")));
        QCOMPARE(repo.value(QStringLiteral("k")), QStringLiteral("w"));
        QVERIFY(repo.setValue(QStringLiteral("k"), QString()));
        QCOMPARE(repo.value(QStringLiteral("k"), QStringLiteral("gone")), QStringLiteral("gone"));
    }

    void oversizedLogoIsRefusedAndNothingChanges()
    {
        TempDatabase t;
        SettingRepository repo(t.open());
        AgencySettings a;
        a.name = QStringLiteral("Instansi");
        QVERIFY(repo.setAgency(a));
        a.name = QStringLiteral("Other");
        a.logo = QByteArray(SettingRepository::kMaxLogoBytes + 1, 'x');
        const Status s = repo.setAgency(a);
        QVERIFY(!s);
        QCOMPARE(s.field(), QStringLiteral("logo"));
        QCOMPARE(repo.agency().name, QStringLiteral("Instansi"));
    }
};

QTEST_GUILESS_MAIN(TestSettingRepository)
#include "test_setting_repository.moc"
