#include "storage/appraisalcontent.h"
#include "storage/appraisalresults.h"
#include "storage/schemerepository.h"
#include "support/appraisalfixture.h"
#include "support/tempdatabase.h"

#include <QLocale>
#include <QSqlQuery>
#include <QTest>

using namespace kinerja;

namespace {

SchemeDefinition loaded(Database &db, qint64 versionId)
{
    SchemeDefinition d;
    const Status s = SchemeRepository(db).load(versionId, &d);
    if (!s)
        qWarning("%s", qPrintable(s.message()));
    return d;
}

} // namespace

class TestSchemeRepository : public QObject {
    Q_OBJECT
private slots:
    // Messages in the English UI's notation ("99.25%") whatever LANG is.
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    // The seeds written in migration 003 are the scoring library's definitions.
    void seedsMatchTheLibrary()
    {
        TempDatabase t;
        SchemeRepository repo(t.open());
        const QVector<SchemeInfo> all = repo.all();
        QCOMPARE(all.size(), 4);
        for (const SchemeInfo &s : all) {
            QVERIFY(s.builtin);
            QCOMPARE(s.latestVersion, 1);
            const SchemeDefinition d = loaded(t.db(), s.latestVersionId);
            VERIFY_OK(d.validate());
            const SchemeDefinition lib = SchemeDefinition::builtin(s.kind);
            QCOMPARE(d.kind, s.kind);
            QVERIFY(sameBands(d.effectiveBands(), lib.effectiveBands()));
            QCOMPARE(d.perilakuMinDiAtas, lib.perilakuMinDiAtas);
            QCOMPARE(d.pp30Weighting, lib.pp30Weighting);
            QCOMPARE(d.weighted.missingPolicy, lib.weighted.missingPolicy);
            QCOMPARE(d.weighted.indicators.size(), lib.weighted.indicators.size());
            for (int i = 0; i < d.weighted.indicators.size(); ++i) {
                const WeightedIndicator &a = d.weighted.indicators.at(i);
                const WeightedIndicator &b = lib.weighted.indicators.at(i);
                QCOMPARE(a.id, b.id);
                QCOMPARE(a.weightBp, b.weightBp);
                QCOMPARE(a.scale, b.scale);
                QCOMPARE(a.direction, b.direction);
                QCOMPARE(a.target, b.target);
                QCOMPARE(a.sourceWeightsBp, b.sourceWeightsBp);
            }
        }
        QCOMPARE(repo.defaultVersionId(),
                 repo.findByCode(QStringLiteral("permenpan2022"))->latestVersionId);
    }

    void jsonRoundTrip()
    {
        for (const SchemeKind k : {SchemeKind::PermenPan2022, SchemeKind::Pp46, SchemeKind::Pp30,
                                   SchemeKind::Weighted}) {
            const SchemeDefinition d = SchemeDefinition::builtin(k);
            SchemeDefinition back;
            VERIFY_OK(SchemeDefinition::fromJson(d.toJson(), &back));
            QCOMPARE(back.toJson(), d.toJson());
        }
        SchemeDefinition out;
        QVERIFY(!SchemeDefinition::fromJson(QStringLiteral("{not json"), &out));
        const Status s = SchemeDefinition::fromJson(
            QStringLiteral("{\"format\":1,\"kind\":\"pp30\",\"name\":\"x\","
                           "\"settings\":{\"weighting\":\"50/50\",\"bands\":[]}}"),
            &out);
        QVERIFY(!s);
        QVERIFY2(s.message().contains(QStringLiteral("settings.weighting")),
                 qPrintable(s.message()));
    }

    // The distribution quotas are data of the PermenPANRB scheme: a version without
    // them (the seed) uses the circular's; edited ones round-trip; bad ones are refused
    // with the place named.
    void distributionQuotasAsData()
    {
        SchemeDefinition seed;
        VERIFY_OK(SchemeDefinition::fromJson(
            QStringLiteral("{\"format\":1,\"kind\":\"permenpan2022\",\"name\":\"x\","
                           "\"settings\":{\"perilakuSuggestionMinDiAtas\":4}}"),
            &seed));
        QCOMPARE(seed.distribution.size(), 5);
        QCOMPARE(patternFor(seed.distribution, OrganisationPredikat::Baik).quotas.size(), 2);

        SchemeDefinition d = SchemeDefinition::builtin(SchemeKind::PermenPan2022);
        d.distribution[0].quotas << DistributionQuota{
            {Predikat::Baik, Predikat::SangatBaik}, 5, 95, true};
        SchemeDefinition back;
        VERIFY_OK(SchemeDefinition::fromJson(d.toJson(), &back));
        QCOMPARE(back.toJson(), d.toJson());
        const DistributionQuota &q = back.distribution[0].quotas.last();
        QCOMPARE(q.predikats, (QVector<Predikat>{Predikat::Baik, Predikat::SangatBaik}));
        QCOMPARE(q.minPercent, 5);
        QCOMPARE(q.maxPercent, 95);
        QVERIFY(q.requireSome);

        const auto refused = [](const QString &settings, const QString &expected) {
            SchemeDefinition out;
            const Status s = SchemeDefinition::fromJson(
                QStringLiteral("{\"format\":1,\"kind\":\"permenpan2022\",\"name\":\"x\","
                               "\"settings\":{\"distribution\":%1}}")
                    .arg(settings),
                &out);
            QVERIFY2(!s && s.message().contains(expected), qPrintable(s.message()));
        };
        refused(QStringLiteral("{}"), QStringLiteral("settings.distribution"));
        refused(QStringLiteral("[{\"organisation\":\"Hebat\",\"quotas\":[]}]"),
                QStringLiteral("settings.distribution[0].organisation"));
        refused(QStringLiteral("[{\"organisation\":\"Baik\",\"quotas\":[{\"predikats\":"
                               "[\"Lumayan\"],\"atLeast\":0,\"atMost\":70}]}]"),
                QStringLiteral("quotas[0].predikats"));
        refused(QStringLiteral("[{\"organisation\":\"Baik\",\"quotas\":[{\"predikats\":"
                               "[\"Baik\"],\"atLeast\":0}]}]"),
                QStringLiteral("atMost"));
        refused(QStringLiteral("[{\"organisation\":\"Baik\",\"quotas\":[{\"predikats\":"
                               "[\"Baik\"],\"atLeast\":80,\"atMost\":70}]}]"),
                QStringLiteral("at least ≤ at most"));
        refused(QStringLiteral("[{\"organisation\":\"Baik\",\"quotas\":[]},"
                               "{\"organisation\":\"Baik\",\"quotas\":[]}]"),
                QStringLiteral("two patterns"));
        refused(QStringLiteral("[{\"organisation\":\"Baik\",\"quotas\":[{\"predikats\":"
                               "[],\"atLeast\":0,\"atMost\":70}]}]"),
                QStringLiteral("names no predikat"));

        d = SchemeDefinition::builtin(SchemeKind::PermenPan2022);
        d.distribution[1].quotas[0].maxPercent = 120;
        QVERIFY(!d.validate());
    }

    void weightsNotTotallingHundredRefused()
    {
        TempDatabase t;
        SchemeRepository repo(t.open());
        SchemeDefinition d = SchemeDefinition::builtin(SchemeKind::Weighted);
        d.name = QStringLiteral("Kecamatan");
        d.weighted.indicators[0].weightBp = 2425; // 99.25% in total
        qint64 scheme = 0, version = 0;
        Status s = repo.create(d, &scheme, &version);
        QVERIFY(!s);
        QVERIFY2(s.message().contains(QStringLiteral("99.25%")), qPrintable(s.message()));
        QCOMPARE(repo.all().size(), 4);

        d.weighted.indicators[0].weightBp = 2500;
        d.weighted.indicators[1].weightBp = 2475; // fractional weights that total 100%
        d.weighted.indicators[4].weightBp = 1025;
        VERIFY_OK(repo.create(d, &scheme, &version));
        QCOMPARE(repo.find(scheme)->code, QStringLiteral("custom-%1").arg(scheme));
        QCOMPARE(loaded(t.db(), version).weighted.indicators.at(1).weightBp, 2475);

        d.weighted.indicators[4].weightBp = 1000; // 99.75%
        s = repo.save(scheme, repo.find(scheme)->rowVersion, d, {}, &version);
        QVERIFY(!s);
        QVERIFY2(s.message().contains(QStringLiteral("99.75%")), qPrintable(s.message()));
        QCOMPARE(loaded(t.db(), version).weighted.indicators.at(4).weightBp, 1025);
    }

    void unusedVersionChangesInPlace()
    {
        TempDatabase t;
        SchemeRepository repo(t.open());
        const SchemeInfo pp30 = *repo.findByCode(QStringLiteral("pp30"));
        SchemeDefinition d = loaded(t.db(), pp30.latestVersionId);
        d.pp30Weighting = Pp30Weighting::Skp60Perilaku40;
        qint64 version = 0;
        bool created = true;
        VERIFY_OK(
            repo.save(pp30.id, pp30.rowVersion, d, QStringLiteral("360°"), &version, &created));
        QVERIFY(!created);
        QCOMPARE(version, pp30.latestVersionId);
        QCOMPARE(loaded(t.db(), version).pp30Weighting, Pp30Weighting::Skp60Perilaku40);

        d.kind = SchemeKind::Pp46;
        QVERIFY(!repo.save(pp30.id, repo.find(pp30.id)->rowVersion, d, {}, &version));
        QVERIFY(!repo.remove(pp30.id)); // built in
    }

    void usedVersionIsFrozenAndResultsStay()
    {
        TempDatabase t;
        AppraisalWorld w;
        w.build(t.open());
        SchemeRepository repo(t.db());
        const SchemeInfo pp30 = *repo.findByCode(QStringLiteral("pp30"));
        const qint64 p =
            AppraisalWorld::period(t.db(), Period::quarter(2026, 2), pp30.latestVersionId);
        const qint64 id = AppraisalWorld::appraisal(t.db(), w.staff1.id, p);
        AppraisalRepository appraisals(t.db());
        VERIFY_OK(appraisals.setPp30(id, 95, false));
        AppraisalContent content(t.db());
        VERIFY_OK(content.setAspectScores(id, {{0, 80}, {1, 80}, {2, 80}, {3, 80}}));
        const Appraisal before = *appraisals.find(id);
        // (95 × 70 + 80 × 30) / 100 = 90.5 → Baik
        QCOMPARE(*before.score, 90.5);
        QCOMPARE(before.predikat, QStringLiteral("Baik"));
        QVERIFY(repo.isFrozen(pp30.latestVersionId));

        // Edit: stricter bands (Baik from 91). This writes version 2.
        SchemeDefinition d = loaded(t.db(), pp30.latestVersionId);
        d.bands[1].lower = 91;
        d.bands[2].upper = 91;
        qint64 version = 0;
        bool created = false;
        VERIFY_OK(repo.save(pp30.id, pp30.rowVersion, d, QStringLiteral("Perbup 2026"), &version,
                            &created));
        QVERIFY(created);
        QVERIFY(version != pp30.latestVersionId);
        QCOMPARE(repo.versions(pp30.id).size(), 2);
        QCOMPARE(repo.find(pp30.id)->latestVersion, 2);
        QVERIFY(sameBands(loaded(t.db(), pp30.latestVersionId).bands, Pp30::bands()));

        // The appraisal keeps version 1 and its result, even after a full recompute.
        VERIFY_OK(AppraisalResults(t.db()).recomputePeriod(p));
        const Appraisal after = *appraisals.find(id);
        QCOMPARE(after.schemeVersionId, pp30.latestVersionId);
        QCOMPARE(after.predikat, QStringLiteral("Baik"));
        QCOMPARE(*after.score, 90.5);

        // An appraisal under version 2 gets the new bands.
        VERIFY_OK(PeriodRepository(t.db()).setSchemeVersion(p, version));
        const qint64 other = AppraisalWorld::appraisal(t.db(), w.staff2.id, p);
        VERIFY_OK(appraisals.setPp30(other, 95, false));
        VERIFY_OK(content.setAspectScores(other, {{0, 80}, {1, 80}, {2, 80}, {3, 80}}));
        QCOMPARE(appraisals.find(other)->predikat, QStringLiteral("Cukup"));
        const AppraisalResult explained = AppraisalResults(t.db()).explain(other);
        QVERIFY2(explained.explanation.toText().contains(QStringLiteral("version 2")),
                 qPrintable(explained.explanation.toText()));

        // The database refuses to rewrite a used version behind the program's back.
        QSqlQuery q(t.db().connection());
        q.prepare(QStringLiteral("UPDATE scheme_version SET definition = '{}' WHERE id = ?"));
        q.addBindValue(pp30.latestVersionId);
        QVERIFY(!q.exec());
    }
};

QTEST_GUILESS_MAIN(TestSchemeRepository)
#include "test_scheme_repository.moc"
