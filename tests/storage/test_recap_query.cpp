#include "storage/appraisalbulk.h"
#include "storage/appraisalcontent.h"
#include "storage/recapquery.h"
#include "storage/schemerepository.h"
#include "support/appraisalfixture.h"
#include "support/tempdatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace kinerja;

namespace {

qint64 schemeVersion(Database &db, const char *code)
{
    return SchemeRepository(db).findByCode(QLatin1String(code))->latestVersionId;
}

QStringList names(const QVector<RecapAppraisal> &rows)
{
    QStringList out;
    for (const RecapAppraisal &r : rows)
        out << r.name;
    return out;
}

} // namespace

class TestRecapQuery : public QObject {
    Q_OBJECT

    // Q1 (PermenPANRB), everyone appraised:
    //   kadis   Di Bawah / Di Bawah   Sangat Kurang       (Dinas Pendidikan)
    //   kabid   Di Bawah / Sesuai     Butuh Perbaikan     (Bidang Pembinaan SD), Manajerial
    //   staff1  Sesuai / Sesuai       Baik                (Bidang Pembinaan SD)
    //   staff2  Di Atas / Di Bawah    Kurang/Misconduct   (Bidang Pembinaan SD), Teknis
    //   staffB  no ratings            incomplete          (Dinas Kesehatan)
    static void rateQ1(Database &db, const AppraisalWorld &w)
    {
        BulkReport report;
        VERIFY_OK(AppraisalBulk(db, QStringLiteral("admin"))
                      .createForUnit(w.q1, w.d.root.id, true, &report));
        AppraisalRepository repo(db);
        using R = Rating;
        const auto id = [&](const Employee &e) { return repo.findFor(e.id, w.q1)->id; };
        VERIFY_OK(repo.setRatings(id(w.kadis), R::DiBawahEkspektasi, R::DiBawahEkspektasi));
        VERIFY_OK(repo.setRatings(id(w.kabid), R::DiBawahEkspektasi, R::SesuaiEkspektasi));
        VERIFY_OK(repo.setRatings(id(w.staff1), R::SesuaiEkspektasi, R::SesuaiEkspektasi));
        VERIFY_OK(repo.setRatings(id(w.staff2), R::DiAtasEkspektasi, R::DiBawahEkspektasi));
        VERIFY_OK(repo.setRekomendasi(id(w.kabid), QStringLiteral("Pelatihan kepemimpinan"),
                                      CompetencyCategory::Manajerial));
        VERIFY_OK(repo.setRekomendasi(id(w.staff2), QStringLiteral("Pembinaan disiplin kerja"),
                                      CompetencyCategory::Teknis));
    }

private slots:
    void appraisalsOfASubtree()
    {
        TempDatabase t;
        AppraisalWorld w;
        w.build(t.open());
        rateQ1(t.db(), w);
        RecapQuery query(t.db());

        QVector<RecapAppraisal> rows;
        VERIFY_OK(query.appraisals({w.q1, w.d.root.id, true}, &rows));
        // By unit name, then name.
        QCOMPARE(names(rows),
                 (QStringList{QStringLiteral("Budi Santoso"), QStringLiteral("Kepala Bidang"),
                              QStringLiteral("Siti Aminah"), QStringLiteral("Rina Wati"),
                              QStringLiteral("Kepala Dinas")}));
        QCOMPARE(rows.at(0).unitName, QStringLiteral("Bidang Pembinaan SD"));
        QCOMPARE(rows.at(0).nip, w.staff1.nip);
        QCOMPARE(rows.at(0).predikat, QStringLiteral("Baik"));
        QCOMPARE(rows.at(0).predikatLevel, std::optional<int>(3));
        QCOMPARE(rows.at(2).ratingHasil, std::optional<Rating>(Rating::DiAtasEkspektasi));
        QCOMPARE(rows.at(2).ratingPerilaku, std::optional<Rating>(Rating::DiBawahEkspektasi));
        QCOMPARE(rows.at(2).predikat, QStringLiteral("Kurang/Misconduct"));
        QCOMPARE(rows.at(2).rekomendasi, QStringLiteral("Pembinaan disiplin kerja"));
        QCOMPARE(rows.at(2).competency, CompetencyCategory::Teknis);
        QCOMPARE(rows.at(3).predikat, QString());
        QVERIFY(!rows.at(3).ratingHasil);
        QVERIFY(!rows.at(3).predikatLevel);
        QCOMPARE(rows.at(4).jabatan, QStringLiteral("Kepala Dinas Pendidikan"));
        QCOMPARE(rows.at(4).schemeKind, SchemeKind::PermenPan2022);
        QCOMPARE(rows.at(4).state, AppraisalState::Draft);

        VERIFY_OK(query.appraisals({w.q1, w.d.dinasA.id, false}, &rows));
        QCOMPARE(names(rows), QStringList{QStringLiteral("Kepala Dinas")});
        VERIFY_OK(query.appraisals({w.q1, w.d.dinasA.id, true}, &rows));
        QCOMPARE(rows.size(), 4);
        VERIFY_OK(query.appraisals({w.q1, 0, true}, &rows)); // every unit
        QCOMPARE(rows.size(), 5);
        const qint64 q2 = AppraisalWorld::period(t.db(), Period::quarter(2026, 2));
        VERIFY_OK(query.appraisals({q2, w.d.root.id, true}, &rows));
        QVERIFY(rows.isEmpty());
    }

    void predikatCounts()
    {
        TempDatabase t;
        AppraisalWorld w;
        w.build(t.open());
        rateQ1(t.db(), w);
        QVector<RecapPredikatCount> counts;
        VERIFY_OK(RecapQuery(t.db()).predikatCounts({w.q1, w.d.root.id, true}, &counts));
        QCOMPARE(counts.size(), 5);
        // The incomplete one first, then worst to best.
        QVERIFY(!counts.at(0).level);
        QCOMPARE(counts.at(0).count, 1);
        const QStringList expected{QStringLiteral("Sangat Kurang"),
                                   QStringLiteral("Kurang/Misconduct"),
                                   QStringLiteral("Butuh Perbaikan"), QStringLiteral("Baik")};
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(counts.at(i + 1).level, std::optional<int>(i));
            QCOMPARE(counts.at(i + 1).predikat, expected.at(i));
            QCOMPARE(counts.at(i + 1).count, 1);
            QCOMPARE(counts.at(i + 1).schemeKind, SchemeKind::PermenPan2022);
        }
        VERIFY_OK(RecapQuery(t.db()).predikatCounts({w.q1, w.d.bidangA1.id, true}, &counts));
        QCOMPARE(counts.size(), 3); // Kurang/Misconduct, Butuh Perbaikan, Baik
        QCOMPARE(counts.at(0).predikat, QStringLiteral("Kurang/Misconduct"));
    }

    void trainingNeedsPermenPan()
    {
        TempDatabase t;
        AppraisalWorld w;
        w.build(t.open());
        rateQ1(t.db(), w);
        RecapQuery query(t.db());
        QVector<RecapAppraisal> rows;
        VERIFY_OK(query.trainingNeeds({w.q1, w.d.root.id, true}, &rows));
        // Butuh Perbaikan, Kurang/Misconduct, Sangat Kurang; not Baik nor incomplete.
        QCOMPARE(names(rows),
                 (QStringList{QStringLiteral("Kepala Bidang"), QStringLiteral("Siti Aminah"),
                              QStringLiteral("Kepala Dinas")}));
        QCOMPARE(rows.at(0).predikat, QStringLiteral("Butuh Perbaikan"));
        QCOMPARE(rows.at(0).rekomendasi, QStringLiteral("Pelatihan kepemimpinan"));
        QCOMPARE(rows.at(0).competency, CompetencyCategory::Manajerial);
        QCOMPARE(rows.at(0).unitName, QStringLiteral("Bidang Pembinaan SD"));
        QCOMPARE(rows.at(0).nip, w.kabid.nip);
        QCOMPARE(rows.at(1).predikat, QStringLiteral("Kurang/Misconduct"));
        QCOMPARE(rows.at(2).predikat, QStringLiteral("Sangat Kurang"));
        QCOMPARE(rows.at(2).unitName, QStringLiteral("Dinas Pendidikan"));
        QCOMPARE(rows.at(2).competency, CompetencyCategory::None);

        VERIFY_OK(query.trainingNeeds({w.q1, w.d.dinasA.id, false}, &rows));
        QCOMPARE(names(rows), QStringList{QStringLiteral("Kepala Dinas")});
        VERIFY_OK(query.trainingNeeds({w.q1, w.d.dinasB.id, true}, &rows));
        QVERIFY(rows.isEmpty()); // Rina Wati has no result yet
    }

    // Numeric schemes: the bands under Cukup (PP 30: Kurang, Sangat Kurang; PP 46:
    // Kurang, Buruk); Cukup is not a need.
    void trainingNeedsNumeric()
    {
        TempDatabase t;
        AppraisalWorld w;
        w.build(t.open());
        AppraisalRepository repo(t.db());
        AppraisalContent content(t.db());
        RecapQuery query(t.db());

        // PP 30/2019, 70/30: nilai = 0.7 capaian + 0.3 perilaku.
        const qint64 pp30 =
            AppraisalWorld::period(t.db(), Period::quarter(2026, 3), schemeVersion(t.db(), "pp30"));
        const QVector<Employee> staff{w.staff1, w.staff2, w.staffB};
        const double values[] = {40, 60, 80}; // Sangat Kurang, Kurang, Cukup
        for (int i = 0; i < staff.size(); ++i) {
            const qint64 id = AppraisalWorld::appraisal(t.db(), staff.at(i).id, pp30);
            VERIFY_OK(repo.setPp30(id, values[i], false));
            const double v = values[i];
            VERIFY_OK(content.setAspectScores(id, {{0, v}, {1, v}, {2, v}, {3, v}}));
        }
        QVector<RecapAppraisal> all;
        VERIFY_OK(query.appraisals({pp30, 0, true}, &all));
        QCOMPARE(all.size(), 3);
        QStringList predikats;
        for (const RecapAppraisal &r : all)
            predikats << r.predikat + QLatin1Char('/') +
                             QString::number(r.predikatLevel.value_or(-1));
        // Bidang Pembinaan SD (Budi, Siti), then Dinas Kesehatan (Rina).
        QCOMPARE(predikats, (QStringList{QStringLiteral("Sangat Kurang/0"),
                                         QStringLiteral("Kurang/1"), QStringLiteral("Cukup/2")}));
        QCOMPARE(all.at(0).schemeKind, SchemeKind::Pp30);
        QVERIFY(all.at(0).score);
        QCOMPARE(*all.at(0).score, 40.0);

        QVector<RecapAppraisal> rows;
        VERIFY_OK(query.trainingNeeds({pp30, 0, true}, &rows));
        QCOMPARE(names(rows),
                 (QStringList{QStringLiteral("Budi Santoso"), QStringLiteral("Siti Aminah")}));

        // PP 46/2011: capaian (100 + 100 + 76) / 3 = 92 with RO = 10; 65.33 with RO = 2.
        const qint64 pp46 =
            AppraisalWorld::period(t.db(), Period::quarter(2026, 4), schemeVersion(t.db(), "pp46"));
        const auto plan = [](double realised) {
            KegiatanEntry e;
            e.kegiatan.name = QStringLiteral("Menyusun laporan");
            e.kegiatan.targetKuantitas = 10;
            e.kegiatan.realKuantitas = realised;
            e.kegiatan.targetKualitas = 100;
            e.kegiatan.realKualitas = 100;
            e.kegiatan.targetWaktu = 5;
            e.kegiatan.realWaktu = 5;
            return QVector<KegiatanEntry>{e};
        };
        const auto aspects = [](double v) {
            return QMap<int, double>{{0, v}, {1, v}, {2, v}, {3, v}, {4, v}};
        };
        // Budi 0.6 × 65.33 + 0.4 × 10 = 43.2 Buruk; Siti 55.2 + 4 = 59.2 Kurang;
        // Rina 55.2 + 16 = 71.2 Cukup.
        const double realised[] = {2, 10, 10};
        const double perilaku[] = {10, 10, 40};
        for (int i = 0; i < staff.size(); ++i) {
            const qint64 id = AppraisalWorld::appraisal(t.db(), staff.at(i).id, pp46);
            VERIFY_OK(content.setKegiatan(id, plan(realised[i])));
            VERIFY_OK(content.setAspectScores(id, aspects(perilaku[i])));
        }
        VERIFY_OK(query.appraisals({pp46, 0, true}, &all));
        predikats.clear();
        for (const RecapAppraisal &r : all)
            predikats << r.predikat;
        QCOMPARE(predikats, (QStringList{QStringLiteral("Buruk"), QStringLiteral("Kurang"),
                                         QStringLiteral("Cukup")}));
        VERIFY_OK(query.trainingNeeds({pp46, 0, true}, &rows));
        QCOMPARE(names(rows),
                 (QStringList{QStringLiteral("Budi Santoso"), QStringLiteral("Siti Aminah")}));
        QVector<RecapPredikatCount> counts;
        VERIFY_OK(query.predikatCounts({pp46, 0, true}, &counts));
        QCOMPARE(counts.size(), 3);
        QCOMPARE(counts.at(0).schemeKind, SchemeKind::Pp46);
        QCOMPARE(counts.at(0).predikat, QStringLiteral("Buruk"));
        QCOMPARE(counts.at(2).predikat, QStringLiteral("Cukup"));
    }

    void developmentLevels()
    {
        QVERIFY(RecapQuery::needsDevelopment(SchemeKind::PermenPan2022, 0));
        QVERIFY(RecapQuery::needsDevelopment(SchemeKind::PermenPan2022, 2));
        QVERIFY(!RecapQuery::needsDevelopment(SchemeKind::PermenPan2022, 3));
        QVERIFY(RecapQuery::needsDevelopment(SchemeKind::Pp46, 1));
        QVERIFY(!RecapQuery::needsDevelopment(SchemeKind::Pp46, 2)); // Cukup
        QVERIFY(!RecapQuery::needsDevelopment(SchemeKind::Pp30, 2));
        QVERIFY(RecapQuery::needsDevelopment(SchemeKind::Weighted, 0));
        QVERIFY(!RecapQuery::needsDevelopment(SchemeKind::Pp30, -1));
    }

    void staffWithoutAppraisal()
    {
        TempDatabase t;
        AppraisalWorld w;
        w.build(t.open());
        AppraisalWorld::appraisal(t.db(), w.staff1.id, w.q1);
        RecapQuery query(t.db());
        QVector<StaffWithoutAppraisal> rows;
        VERIFY_OK(query.staffWithoutAppraisal({w.q1, w.d.root.id, true}, &rows));
        QStringList got;
        for (const StaffWithoutAppraisal &r : rows)
            got << r.unitName + QStringLiteral(": ") + r.name;
        QCOMPARE(got, (QStringList{QStringLiteral("Bidang Pembinaan SD: Kepala Bidang"),
                                   QStringLiteral("Bidang Pembinaan SD: Siti Aminah"),
                                   QStringLiteral("Dinas Kesehatan: Rina Wati"),
                                   QStringLiteral("Dinas Pendidikan: Kepala Dinas")}));
        QCOMPARE(rows.at(1).nip, w.staff2.nip);
        QCOMPARE(rows.at(1).jabatan, QStringLiteral("Pengelola Data"));
        QCOMPARE(rows.at(1).unitId, w.d.bidangA1.id);
        VERIFY_OK(query.staffWithoutAppraisal({w.q1, w.d.dinasA.id, false}, &rows));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().name, QStringLiteral("Kepala Dinas"));
        VERIFY_OK(query.staffWithoutAppraisal({w.q1, 0, true}, &rows));
        QCOMPARE(rows.size(), 4);

        // Names carry their gelar.
        Employee e = w.staff2;
        e.gelarDepan = QStringLiteral("Dr.");
        e.gelarBelakang = QStringLiteral("S.Pd.");
        VERIFY_OK(EmployeeRepository(t.db()).update(e));
        VERIFY_OK(query.staffWithoutAppraisal({w.q1, w.d.bidangA1.id, true}, &rows));
        QCOMPARE(rows.at(1).name, QStringLiteral("Dr. Siti Aminah, S.Pd."));
    }

    void sqlFailureIsAnError()
    {
        TempDatabase t;
        AppraisalWorld w;
        w.build(t.open());
        QSqlQuery drop(t.db().connection());
        QVERIFY(drop.exec(QStringLiteral("ALTER TABLE appraisal RENAME COLUMN rekomendasi TO x")));
        QVector<RecapAppraisal> rows;
        const Status s = RecapQuery(t.db()).trainingNeeds({w.q1, 0, true}, &rows);
        QVERIFY(!s);
        QVERIFY2(s.message().contains(QStringLiteral("training needs")), qPrintable(s.message()));
    }
};

QTEST_GUILESS_MAIN(TestRecapQuery)
#include "test_recap_query.moc"
