#include "scoring/permenpan.h"

#include <QLocale>
#include <QTest>

namespace kinerja {

// Readable QCOMPARE failures (found by argument-dependent lookup).
char *toString(Predikat predikat)
{
    return qstrdup(predikatName(predikat).toUtf8().constData());
}

char *toString(Rating rating)
{
    return qstrdup(ratingName(rating).toUtf8().constData());
}

} // namespace kinerja

using namespace kinerja;

namespace {

using P = Predikat;
using R = Rating;

PredikatCounts counts(int sangatKurang, int kurang, int butuhPerbaikan, int baik, int sangatBaik)
{
    return {{P::SangatKurang, sangatKurang},
            {P::KurangMisconduct, kurang},
            {P::ButuhPerbaikan, butuhPerbaikan},
            {P::Baik, baik},
            {P::SangatBaik, sangatBaik}};
}

QStringList messages(const QVector<DistributionBreach> &breaches)
{
    QStringList list;
    for (const DistributionBreach &b : breaches)
        list.append(b.message);
    return list;
}

} // namespace

class TestPermenpan : public QObject {
    Q_OBJECT

private slots:
    // The explanation texts below are in the English UI's notation ("87.43"), whatever
    // LANG is (the Indonesian notation: test_pp46, test_weighted).
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void matrix_data();
    void matrix();
    void explainedPredikat();
    void siasnCodes();
    void parseRating_data();
    void parseRating();
    void predikatNamesAndOrder();
    void parsePredikatNames();
    void organisationPredikats();
    void unitHeadRatingFollowsTheOrganisation();
    void berakhlak();
    void suggestion_data();
    void suggestion();
    void suggestionIncomplete();
    void distribution_data();
    void distribution();
    void distributionCounts();
    void distributionIsData();
};

void TestPermenpan::matrix_data()
{
    QTest::addColumn<Rating>("hasil");
    QTest::addColumn<Rating>("perilaku");
    QTest::addColumn<Predikat>("expected");

    // Rows: rating hasil kerja; columns: rating perilaku kerja (PermenPANRB 6/2022).
    QTest::newRow("hasil atas, perilaku bawah")
        << R::DiAtasEkspektasi << R::DiBawahEkspektasi << P::KurangMisconduct;
    QTest::newRow("hasil atas, perilaku sesuai")
        << R::DiAtasEkspektasi << R::SesuaiEkspektasi << P::Baik;
    QTest::newRow("hasil atas, perilaku atas")
        << R::DiAtasEkspektasi << R::DiAtasEkspektasi << P::SangatBaik;
    QTest::newRow("hasil sesuai, perilaku bawah")
        << R::SesuaiEkspektasi << R::DiBawahEkspektasi << P::KurangMisconduct;
    QTest::newRow("hasil sesuai, perilaku sesuai")
        << R::SesuaiEkspektasi << R::SesuaiEkspektasi << P::Baik;
    QTest::newRow("hasil sesuai, perilaku atas")
        << R::SesuaiEkspektasi << R::DiAtasEkspektasi << P::Baik;
    QTest::newRow("hasil bawah, perilaku bawah")
        << R::DiBawahEkspektasi << R::DiBawahEkspektasi << P::SangatKurang;
    QTest::newRow("hasil bawah, perilaku sesuai")
        << R::DiBawahEkspektasi << R::SesuaiEkspektasi << P::ButuhPerbaikan;
    QTest::newRow("hasil bawah, perilaku atas")
        << R::DiBawahEkspektasi << R::DiAtasEkspektasi << P::ButuhPerbaikan;
}

void TestPermenpan::matrix()
{
    QFETCH(Rating, hasil);
    QFETCH(Rating, perilaku);
    QFETCH(Predikat, expected);
    QCOMPARE(predikat(hasil, perilaku), expected);

    const Result<Predikat> explained = explainPredikat(hasil, perilaku);
    QVERIFY(explained.isComplete());
    QCOMPARE(*explained.value, expected);
    QCOMPARE(explained.explanation.steps().size(), 1);
    const ExplanationStep &step = explained.explanation.steps().first();
    QCOMPARE(step.value, predikatName(expected));
    QCOMPARE(step.source, QStringLiteral("PermenPANRB 6/2022, matriks predikat kinerja"));
    QVERIFY(step.formula.contains(ratingName(hasil)));
    QVERIFY(step.formula.contains(ratingName(perilaku)));
}

void TestPermenpan::explainedPredikat()
{
    const Result<Predikat> noPerilaku = explainPredikat(R::DiAtasEkspektasi, std::nullopt);
    QVERIFY(!noPerilaku.isComplete());
    QCOMPARE(noPerilaku.explanation.missing().size(), 1);
    QVERIFY(noPerilaku.explanation.missing().first().contains(QLatin1String("perilaku")));

    const Result<Predikat> none = explainPredikat(std::nullopt, std::nullopt);
    QVERIFY(!none.isComplete());
    QCOMPARE(none.explanation.missing().size(), 2);
    QVERIFY(none.explanation.steps().isEmpty());
}

void TestPermenpan::siasnCodes()
{
    QCOMPARE(siasnCode(R::DiAtasEkspektasi), 1);
    QCOMPARE(siasnCode(R::SesuaiEkspektasi), 2);
    QCOMPARE(siasnCode(R::DiBawahEkspektasi), 3);
    for (const Rating rating : allRatings()) {
        Rating back = R::SesuaiEkspektasi;
        QVERIFY(ratingFromSiasnCode(siasnCode(rating), &back));
        QCOMPARE(back, rating);
    }
    Rating untouched = R::SesuaiEkspektasi;
    QVERIFY(!ratingFromSiasnCode(0, &untouched));
    QVERIFY(!ratingFromSiasnCode(4, &untouched));
    QCOMPARE(untouched, R::SesuaiEkspektasi);

    QCOMPARE(ratingName(R::DiAtasEkspektasi), QStringLiteral("Di Atas Ekspektasi"));
    QCOMPARE(ratingName(R::SesuaiEkspektasi), QStringLiteral("Sesuai Ekspektasi"));
    QCOMPARE(ratingName(R::DiBawahEkspektasi), QStringLiteral("Di Bawah Ekspektasi"));
    QVERIFY(R::DiBawahEkspektasi < R::SesuaiEkspektasi);
    QVERIFY(R::SesuaiEkspektasi < R::DiAtasEkspektasi);
}

void TestPermenpan::parseRating_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<Rating>("expected");

    QTest::newRow("name") << QStringLiteral("Di Atas Ekspektasi") << true << R::DiAtasEkspektasi;
    QTest::newRow("upper case") << QStringLiteral("SESUAI EKSPEKTASI") << true
                                << R::SesuaiEkspektasi;
    QTest::newRow("lower case, spaces")
        << QStringLiteral("  di   bawah ekspektasi ") << true << R::DiBawahEkspektasi;
    QTest::newRow("short") << QStringLiteral("di atas") << true << R::DiAtasEkspektasi;
    QTest::newRow("joined") << QStringLiteral("DiBawah") << true << R::DiBawahEkspektasi;
    QTest::newRow("sesuai") << QStringLiteral("Sesuai") << true << R::SesuaiEkspektasi;
    QTest::newRow("code 1") << QStringLiteral("1") << true << R::DiAtasEkspektasi;
    QTest::newRow("code 2") << QStringLiteral(" 2 ") << true << R::SesuaiEkspektasi;
    QTest::newRow("code 3") << QStringLiteral("3") << true << R::DiBawahEkspektasi;
    QTest::newRow("above") << QStringLiteral("above") << true << R::DiAtasEkspektasi;
    QTest::newRow("meets") << QStringLiteral("Meets") << true << R::SesuaiEkspektasi;
    QTest::newRow("below expectations")
        << QStringLiteral("below expectations") << true << R::DiBawahEkspektasi;
    QTest::newRow("code 0") << QStringLiteral("0") << false << R::SesuaiEkspektasi;
    QTest::newRow("code 4") << QStringLiteral("4") << false << R::SesuaiEkspektasi;
    QTest::newRow("empty") << QString() << false << R::SesuaiEkspektasi;
    QTest::newRow("only the word") << QStringLiteral("ekspektasi") << false << R::SesuaiEkspektasi;
    QTest::newRow("other") << QStringLiteral("luar biasa") << false << R::SesuaiEkspektasi;
}

void TestPermenpan::parseRating()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(Rating, expected);
    Rating rating = R::SesuaiEkspektasi;
    QCOMPARE(kinerja::parseRating(text, &rating), ok);
    QCOMPARE(rating, expected);
}

void TestPermenpan::predikatNamesAndOrder()
{
    const QVector<Predikat> all = allPredikats();
    QCOMPARE(all, (QVector<Predikat>{P::SangatKurang, P::KurangMisconduct, P::ButuhPerbaikan,
                                     P::Baik, P::SangatBaik}));
    QStringList names;
    for (const Predikat p : all)
        names.append(predikatName(p));
    QCOMPARE(names,
             (QStringList{QStringLiteral("Sangat Kurang"), QStringLiteral("Kurang/Misconduct"),
                          QStringLiteral("Butuh Perbaikan"), QStringLiteral("Baik"),
                          QStringLiteral("Sangat Baik")}));
    // Ordinal order for charts: Sangat Kurang < Kurang/Misconduct < Butuh Perbaikan < Baik < Sangat
    // Baik.
    for (int i = 1; i < all.size(); ++i)
        QVERIFY(all.at(i - 1) < all.at(i));
}

void TestPermenpan::parsePredikatNames()
{
    Predikat p = P::Baik;
    QVERIFY(parsePredikat(QStringLiteral("sangat baik"), &p));
    QCOMPARE(p, P::SangatBaik);
    QVERIFY(parsePredikat(QStringLiteral("Kurang / Misconduct"), &p));
    QCOMPARE(p, P::KurangMisconduct);
    p = P::Baik;
    QVERIFY(parsePredikat(QStringLiteral("KURANG"), &p));
    QCOMPARE(p, P::KurangMisconduct);
    QVERIFY(parsePredikat(QStringLiteral(" butuh  perbaikan "), &p));
    QCOMPARE(p, P::ButuhPerbaikan);
    QVERIFY(!parsePredikat(QStringLiteral("Istimewa"), &p));
    QCOMPARE(p, P::ButuhPerbaikan);
    for (const Predikat each : allPredikats()) {
        QVERIFY(parsePredikat(predikatName(each), &p));
        QCOMPARE(p, each);
    }
}

void TestPermenpan::organisationPredikats()
{
    QStringList names;
    for (const OrganisationPredikat o : allOrganisationPredikats())
        names.append(organisationPredikatName(o));
    QCOMPARE(names, (QStringList{QStringLiteral("Sangat Kurang"), QStringLiteral("Kurang"),
                                 QStringLiteral("Butuh Perbaikan"), QStringLiteral("Baik"),
                                 QStringLiteral("Istimewa")}));
    OrganisationPredikat o = OrganisationPredikat::Baik;
    QVERIFY(parseOrganisationPredikat(QStringLiteral("istimewa"), &o));
    QCOMPARE(o, OrganisationPredikat::Istimewa);
    QVERIFY(!parseOrganisationPredikat(QStringLiteral("Kurang/Misconduct"), &o));
}

// SE MenPANRB 3/2023: a unit head's rating hasil kerja is the unit's capaian.
void TestPermenpan::unitHeadRatingFollowsTheOrganisation()
{
    QCOMPARE(unitHeadRatingHasil(OrganisationPredikat::Istimewa), Rating::DiAtasEkspektasi);
    QCOMPARE(unitHeadRatingHasil(OrganisationPredikat::Baik), Rating::SesuaiEkspektasi);
    QCOMPARE(unitHeadRatingHasil(OrganisationPredikat::ButuhPerbaikan), Rating::DiBawahEkspektasi);
    QCOMPARE(unitHeadRatingHasil(OrganisationPredikat::Kurang), Rating::DiBawahEkspektasi);
    QCOMPARE(unitHeadRatingHasil(OrganisationPredikat::SangatKurang), Rating::DiBawahEkspektasi);
}

void TestPermenpan::berakhlak()
{
    const QVector<CoreValueInfo> &values = berakhlakValues();
    QCOMPARE(values.size(), 7);
    QStringList names;
    for (const CoreValueInfo &v : values) {
        names.append(v.name);
        QCOMPARE(v.indicators.size(), 3);
        QCOMPARE(coreValueName(v.value), v.name);
    }
    QCOMPARE(names, (QStringList{QStringLiteral("Berorientasi Pelayanan"),
                                 QStringLiteral("Akuntabel"), QStringLiteral("Kompeten"),
                                 QStringLiteral("Harmonis"), QStringLiteral("Loyal"),
                                 QStringLiteral("Adaptif"), QStringLiteral("Kolaboratif")}));
    QCOMPARE(values.at(0).indicators.at(1),
             QStringLiteral("Ramah, cekatan, solutif, dan dapat diandalkan"));
    QCOMPARE(values.at(1).indicators.at(0),
             QStringLiteral("Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin "
                            "dan berintegritas tinggi"));
    QCOMPARE(values.at(4).indicators.at(0),
             QStringLiteral("Memegang teguh ideologi Pancasila, UUD NRI 1945, setia kepada NKRI "
                            "serta pemerintahan yang sah"));
    QCOMPARE(values.at(6).indicators.at(2),
             QStringLiteral("Menggerakkan pemanfaatan berbagai sumberdaya untuk tujuan bersama"));
    QCOMPARE(ekspektasiKhususPimpinanLabel(), QStringLiteral("Ekspektasi khusus pimpinan"));
}

void TestPermenpan::suggestion_data()
{
    QTest::addColumn<int>("diAtas");
    QTest::addColumn<int>("diBawah");
    QTest::addColumn<Rating>("expected");

    QTest::newRow("all sesuai") << 0 << 0 << R::SesuaiEkspektasi;
    QTest::newRow("3 di atas") << 3 << 0 << R::SesuaiEkspektasi;
    QTest::newRow("4 di atas") << 4 << 0 << R::DiAtasEkspektasi;
    QTest::newRow("all di atas") << 7 << 0 << R::DiAtasEkspektasi;
    QTest::newRow("6 di atas, 1 di bawah") << 6 << 1 << R::DiBawahEkspektasi;
    QTest::newRow("1 di bawah") << 0 << 1 << R::DiBawahEkspektasi;
}

void TestPermenpan::suggestion()
{
    QFETCH(int, diAtas);
    QFETCH(int, diBawah);
    QFETCH(Rating, expected);
    QMap<CoreValue, Rating> assessments;
    const QVector<CoreValue> values = allCoreValues();
    for (int i = 0; i < values.size(); ++i) {
        assessments[values.at(i)] = i < diAtas         ? R::DiAtasEkspektasi
                                    : i >= 7 - diBawah ? R::DiBawahEkspektasi
                                                       : R::SesuaiEkspektasi;
    }
    const Result<Rating> result = suggestedPerilakuRating(assessments);
    QVERIFY(result.isComplete());
    QCOMPARE(*result.value, expected);
    QCOMPARE(result.explanation.steps().size(), 1);
    // Labelled a suggestion: the rater decides.
    QVERIFY(result.explanation.steps().first().label.contains(QLatin1String("Suggested")));
}

void TestPermenpan::suggestionIncomplete()
{
    QMap<CoreValue, Rating> assessments;
    for (const CoreValue v : allCoreValues())
        assessments[v] = R::DiAtasEkspektasi;
    assessments.remove(CoreValue::Loyal);
    const Result<Rating> result = suggestedPerilakuRating(assessments);
    QVERIFY(!result.isComplete());
    QCOMPARE(result.explanation.missing(), QStringList{QStringLiteral("Loyal")});

    // The threshold is a setting.
    assessments[CoreValue::Loyal] = R::SesuaiEkspektasi;
    PerilakuSuggestionRule strict;
    strict.minDiAtas = 7;
    QCOMPARE(*suggestedPerilakuRating(assessments, strict).value, R::SesuaiEkspektasi);
    QCOMPARE(*suggestedPerilakuRating(assessments).value, R::DiAtasEkspektasi);
}

void TestPermenpan::distribution_data()
{
    QTest::addColumn<OrganisationPredikat>("organisation");
    QTest::addColumn<PredikatCounts>("unit");
    QTest::addColumn<QStringList>("breaches");

    using O = OrganisationPredikat;
    // counts(Sangat Kurang, Kurang/Misconduct, Butuh Perbaikan, Baik, Sangat Baik)
    QTest::newRow("istimewa fits") << O::Istimewa << counts(0, 0, 1, 2, 7) << QStringList();
    QTest::newRow("istimewa, 80% sangat baik")
        << O::Istimewa << counts(0, 0, 0, 2, 8)
        << QStringList{QStringLiteral("Sangat Baik: 80% > at most 70%")};

    QTest::newRow("baik fits at exactly 70%") << O::Baik << counts(0, 1, 1, 7, 1) << QStringList();
    QTest::newRow("baik, 80% baik") << O::Baik << counts(0, 0, 1, 8, 1)
                                    << QStringList{QStringLiteral("Baik: 80% > at most 70%")};
    QTest::newRow("baik without butuh perbaikan or kurang")
        << O::Baik << counts(1, 0, 0, 6, 3)
        << QStringList{QStringLiteral("Butuh Perbaikan and/or Kurang/Misconduct: none, but the "
                                      "pattern must include some")};
    QTest::newRow("baik, kurang alone satisfies the and/or")
        << O::Baik << counts(0, 1, 0, 7, 2) << QStringList();

    QTest::newRow("butuh perbaikan fits")
        << O::ButuhPerbaikan << counts(0, 0, 6, 3, 1) << QStringList();
    QTest::newRow("butuh perbaikan, both rules broken")
        << O::ButuhPerbaikan << counts(0, 0, 5, 3, 2)
        << QStringList{QStringLiteral("Butuh Perbaikan: 50% < at least 60%"),
                       QStringLiteral("Sangat Baik: 20% > at most 10%")};

    QTest::newRow("kurang fits") << O::Kurang << counts(0, 6, 1, 3, 0) << QStringList();
    QTest::newRow("kurang without butuh perbaikan")
        << O::Kurang << counts(0, 6, 0, 4, 0)
        << QStringList{QStringLiteral("Butuh Perbaikan: 0% < at least 10%")};
    QTest::newRow("kurang, too few kurang")
        << O::Kurang << counts(0, 5, 1, 3, 1)
        << QStringList{QStringLiteral("Kurang/Misconduct: 50% < at least 60%")};

    QTest::newRow("sangat kurang fits")
        << O::SangatKurang << counts(6, 1, 0, 3, 0) << QStringList();
    QTest::newRow("sangat kurang, butuh perbaikan counts for the and/or")
        << O::SangatKurang << counts(6, 0, 1, 3, 0) << QStringList();
    QTest::newRow("sangat kurang with a sangat baik")
        << O::SangatKurang << counts(6, 0, 1, 2, 1)
        << QStringList{QStringLiteral("Sangat Baik: 10% > at most 0%")};
    QTest::newRow("sangat kurang, neither kurang nor butuh perbaikan")
        << O::SangatKurang << counts(7, 0, 0, 3, 0)
        << QStringList{
               QStringLiteral("Kurang/Misconduct and/or Butuh Perbaikan: 0% < at least 10%")};

    // Small units: whole people, no rounding.
    QTest::newRow("unit of 3, baik 2 of 3 is within 70%")
        << O::Baik << counts(0, 0, 1, 2, 0) << QStringList();
    QTest::newRow("unit of 3, all baik")
        << O::Baik << counts(0, 0, 0, 3, 0)
        << QStringList{QStringLiteral("Baik: 100% > at most 70%"),
                       QStringLiteral("Butuh Perbaikan and/or Kurang/Misconduct: none, but the "
                                      "pattern must include some")};
    QTest::newRow("unit of 3, 2 butuh perbaikan is 60% or more")
        << O::ButuhPerbaikan << counts(0, 0, 2, 1, 0) << QStringList();
    QTest::newRow("unit of 3, 1 butuh perbaikan")
        << O::ButuhPerbaikan << counts(0, 0, 1, 2, 0)
        << QStringList{QStringLiteral("Butuh Perbaikan: 33.33% < at least 60%")};
    QTest::newRow("unit of 3, one sangat baik is over 10%")
        << O::ButuhPerbaikan << counts(0, 0, 2, 0, 1)
        << QStringList{QStringLiteral("Sangat Baik: 33.33% > at most 10%")};
    QTest::newRow("nobody appraised") << O::Kurang << PredikatCounts() << QStringList();
}

void TestPermenpan::distribution()
{
    QFETCH(OrganisationPredikat, organisation);
    QFETCH(PredikatCounts, unit);
    QFETCH(QStringList, breaches);
    QCOMPARE(messages(checkDistribution(organisation, unit)), breaches);
}

void TestPermenpan::distributionCounts()
{
    // Unit of 3 under Butuh Perbaikan: at least 60% needs 2 people.
    const QVector<DistributionBreach> few =
        checkDistribution(OrganisationPredikat::ButuhPerbaikan, counts(0, 0, 1, 2, 0));
    QCOMPARE(few.size(), 1);
    QCOMPARE(few.first().rule, DistributionRule::AtLeast);
    QCOMPARE(few.first().count, 1);
    QCOMPARE(few.first().total, 3);
    QCOMPARE(few.first().limitPercent, 60);
    QCOMPARE(few.first().limitCount, 2);
    QCOMPARE(few.first().predikats, QVector<Predikat>{P::ButuhPerbaikan});

    // Unit of 3 under Baik: at most 70% allows 2.
    const QVector<DistributionBreach> many =
        checkDistribution(OrganisationPredikat::Baik, counts(0, 0, 0, 3, 0));
    QCOMPARE(many.size(), 2);
    QCOMPARE(many.at(0).rule, DistributionRule::AtMost);
    QCOMPARE(many.at(0).limitCount, 2);
    QCOMPARE(many.at(1).rule, DistributionRule::RequireSome);
    QCOMPARE(many.at(1).limitCount, 1);

    // countPredikats builds the counts from a list of predikats.
    const PredikatCounts built =
        countPredikats({P::Baik, P::Baik, P::SangatBaik, P::ButuhPerbaikan});
    QCOMPARE(built.value(P::Baik), 2);
    QCOMPARE(built.value(P::SangatBaik), 1);
    QCOMPARE(built.value(P::SangatKurang), 0);
}

void TestPermenpan::distributionIsData()
{
    const QVector<DistributionPattern> table = defaultDistributionPatterns();
    QCOMPARE(table.size(), 5);
    for (const OrganisationPredikat o : allOrganisationPredikats())
        QCOMPARE(defaultDistributionPattern(o).organisation, o);

    // A new circular changes a quota: the check follows the data.
    DistributionPattern pattern = defaultDistributionPattern(OrganisationPredikat::Istimewa);
    pattern.quotas.first().maxPercent = 80;
    QVERIFY(checkDistribution(pattern, counts(0, 0, 0, 2, 8)).isEmpty());
    pattern.quotas.append(DistributionQuota{{P::SangatKurang}, 0, 0, false});
    QCOMPARE(messages(checkDistribution(pattern, counts(1, 0, 0, 1, 8))),
             QStringList{QStringLiteral("Sangat Kurang: 10% > at most 0%")});
}

QTEST_GUILESS_MAIN(TestPermenpan)
#include "test_permenpan.moc"
