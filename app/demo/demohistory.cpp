#include "demohistory.h"

#include "demoratings.h"
#include "demoskp.h"
#include "rng.h"
#include "storage/appraisalbulk.h"
#include "storage/appraisalcontent.h"
#include "storage/appraisalquery.h"
#include "storage/appraisalrepository.h"
#include "storage/periodrepository.h"
#include "storage/unitrepository.h"

#include <QHash>

#include <algorithm>

namespace kinerja::demo {

namespace {

constexpr int kPeriodsPerYear = 5; // four quarters and the year
constexpr int kProgressStep = 64;

// Who takes the bulk steps (finalising, closing the periods): data, not UI text.
QString adminUser()
{
    return QStringLiteral("Admin Kepegawaian (data demo)");
}

} // namespace

struct HistoryWriter::State {
    State(Database &database, const DemoDraft &d, quint64 seed, int last, int n, Progress p)
        : db(database), draft(d), rng(Rng(seed ^ 0x48495354ULL).fork(7)),
          selfRng(seed ^ 0x53454C46ULL), lastYear(last), years(n), progress(std::move(p)),
          repo(database), content(database)
    {
    }

    Status write();
    void prepare();
    Status year(int y);
    Status quarter(qint64 periodId, int index);
    Status annual(qint64 periodId);
    Status achievements(qint64 periodId, bool yearly);
    Status createAll(qint64 periodId, QVector<AppraisalRow> *rows);
    Status rate(const QVector<BulkRating> &ratings);
    Status finish(const QVector<qint64> &ids);
    Status refused(const AppraisalRow &a, const Status &why) const;
    QStringList intervensi(qint64 raterId) const;
    bool tick(int steps = 1);
    bool cancelled() const { return progress && !progress(qMin(done, total), total); }

    Database &db;
    const DemoDraft &draft;
    Rng rng;
    Rng selfRng; // self-assessments: their own stream, the rest of the demo unchanged
    int lastYear = 0;
    int years = 0;
    Progress progress;
    AppraisalRepository repo;
    AppraisalContent content;
    QHash<qint64, HistoryPerson> people;
    Organisations org;
    QHash<qint64, OrganisationPredikat> achieved;                // this quarter
    QHash<qint64, QVector<OrganisationPredikat>> achievedInYear; // this year's quarters
    QString periodCode;                                          // the period being written
    HistorySummary summary;
    int done = 0;
    int total = 0;
};

HistoryWriter::HistoryWriter(Database &db, const DemoDraft &draft, quint64 seed, int lastYear,
                             int years, Progress progress)
    : m_state(std::make_unique<State>(db, draft, seed, lastYear, years, std::move(progress)))
{
    m_state->total = steps(draft, years);
}

HistoryWriter::~HistoryWriter() = default;

int HistoryWriter::steps(const DemoDraft &draft, int years)
{
    int active = 0;
    for (const Draft &d : draft.people)
        active += d.person.employee.isActive() ? 1 : 0;
    return qMax(1, active * years * kPeriodsPerYear);
}

Status HistoryWriter::write()
{
    return m_state->write();
}

const HistorySummary &HistoryWriter::summary() const
{
    return m_state->summary;
}

bool HistoryWriter::State::tick(int steps)
{
    const int before = done / kProgressStep;
    done += steps;
    if (!progress || done / kProgressStep == before)
        return true;
    return progress(qMin(done, total - 1), total);
}

Status HistoryWriter::State::write()
{
    if (cancelled())
        return Status::error(tr("Cancelled; nothing was written."));
    prepare();
    for (int y = lastYear - years + 1; y <= lastYear; ++y)
        if (Status s = year(y); !s)
            return s;
    return Status::ok();
}

void HistoryWriter::State::prepare()
{
    org = planOrganisations(UnitRepository(db).all(), rng);
    for (const Draft &d : draft.people)
        if (d.person.employee.isActive())
            people.insert(d.person.employee.id, historyPerson(d, draft.plan, rng));
}

Status HistoryWriter::State::achievements(qint64 periodId, bool yearly)
{
    PeriodRepository periods(db);
    achieved.clear();
    for (const qint64 id : std::as_const(org.organs)) {
        OrganisationPredikat p = OrganisationPredikat::Baik;
        if (yearly) {
            p = yearAchievement(achievedInYear.value(id));
        } else if (id != org.root) {
            p = drawAchievement(org.units.value(id).lean, rng);
            achievedInYear[id] << p;
        }
        achieved.insert(id, p);
        OrganisationAchievement a;
        a.periodId = periodId;
        a.unitId = id;
        a.predikat = p;
        if (Status s = periods.setOrganisationAchievement(a); !s)
            return s;
    }
    return Status::ok();
}

Status HistoryWriter::State::year(int y)
{
    Rng plans = rng.fork(static_cast<quint64>(y));
    for (const Draft &d : draft.people) {
        const auto it = people.find(d.person.employee.id);
        if (it == people.end())
            continue;
        it->plan = draftSkp(it->role, it->unitName, plans);
        it->realised = Realised{};
        it->hasilSum = it->perilakuSum = it->rated = 0;
    }
    achievedInYear.clear();
    PeriodRepository periods(db);
    QVector<qint64> ids;
    for (int q = 1; q <= 4; ++q) {
        qint64 id = 0;
        if (Status s = periods.create(Period::quarter(y, q), 0, &id); !s)
            return s;
        ids << id;
        if (Status s = quarter(id, (y - (lastYear - years + 1)) * 4 + q - 1); !s)
            return s;
    }
    qint64 yearId = 0;
    if (Status s = periods.create(Period::annual(y), 0, &yearId); !s)
        return s;
    ids << yearId;
    if (Status s = annual(yearId); !s)
        return s;
    for (const qint64 id : std::as_const(ids))
        if (Status s = periods.close(id, adminUser()); !s)
            return s;
    summary.periods += static_cast<int>(ids.size());
    return Status::ok();
}

Status HistoryWriter::State::createAll(qint64 periodId, QVector<AppraisalRow> *rows)
{
    BulkReport report;
    AppraisalBulk bulk(db, adminUser());
    const Status s = bulk.createForUnit(periodId, org.root, true, &report,
                                        [this](int, int) { return !cancelled(); });
    if (!s)
        return s;
    if (report.cancelled)
        return Status::error(tr("Cancelled; nothing was written."));
    if (const std::optional<PeriodInfo> p = PeriodRepository(db).find(periodId))
        periodCode = p->code();
    AppraisalFilter filter;
    filter.periodId = periodId;
    *rows = AppraisalQuery(db).rows(filter);
    std::sort(rows->begin(), rows->end(), [](const AppraisalRow &x, const AppraisalRow &y) {
        return x.id < y.id; // creation order: by employee
    });
    return Status::ok();
}

Status HistoryWriter::State::refused(const AppraisalRow &a, const Status &why) const
{
    return Status::error(tr("The demo appraisal of %1 for %2 was refused: %3")
                             .arg(a.name, periodCode, why.message()),
                         why.field());
}

// The RHK Utama of the pejabat penilai that the employee's RHK support (cascading); the
// head of the government supports the goals of the RPJMD.
QStringList HistoryWriter::State::intervensi(qint64 raterId) const
{
    QStringList list;
    const auto it = people.constFind(raterId);
    if (it != people.constEnd())
        for (const RhkPlan &r : it->plan)
            if (r.kind == RhkKind::Utama)
                list << r.text;
    if (list.isEmpty())
        list << QStringLiteral("Meningkatnya kualitas tata kelola pemerintahan daerah")
             << QStringLiteral("Meningkatnya kualitas pelayanan publik daerah");
    return list;
}

// One quarter: the appraisals of everyone, filled, rated and made final.
Status HistoryWriter::State::quarter(qint64 periodId, int index)
{
    if (Status s = achievements(periodId, false); !s)
        return s;
    QVector<AppraisalRow> rows;
    if (Status s = createAll(periodId, &rows); !s)
        return s;
    QVector<qint64> ids;
    QVector<BulkRating> ratings;
    for (const AppraisalRow &a : std::as_const(rows)) {
        const auto it = people.find(a.employeeId);
        if (it == people.end())
            continue;
        const qint64 id = a.id;
        HistoryPerson &p = *it;
        const UnitInfo unit = org.units.value(a.unitId);
        const Rating hasil =
            p.headsOrgan
                ? unitHeadRatingHasil(achieved.value(unit.organisation, OrganisationPredikat::Baik))
                : drawHasil(p, unit.lean, index, years * 4, rng);
        const Rating perilaku = drawPerilaku(p, hasil, rng);
        p.hasilSum += static_cast<int>(hasil);
        p.perilakuSum += static_cast<int>(perilaku);
        ++p.rated;
        const Predikat result = predikat(hasil, perilaku);
        ++summary.predikats[result];
        CompetencyCategory category = CompetencyCategory::None;
        const QString advice = rekomendasi(result, p.role, rng, &category);
        Status s =
            content.setRhk(id, quarterSkp(p.plan, intervensi(p.atasan), hasil, rng, &p.realised));
        if (s)
            s = content.setPerilaku(id, perilakuFeedback(perilaku, rng));
        if (s && !advice.isEmpty())
            s = repo.setRekomendasi(id, advice, category);
        if (!s)
            return refused(a, s);
        // About three in four fill in a self-assessment before submitting.
        std::optional<Rating> selfHasil, selfPerilaku;
        if (selfRng.chance(750)) {
            selfHasil = drawSelf(hasil, selfRng);
            selfPerilaku = drawSelf(perilaku, selfRng);
        }
        // Submitted by the employee, rated by the pejabat penilai: all at once below.
        ratings << BulkRating{id,
                              hasil,
                              perilaku,
                              selfHasil,
                              selfPerilaku,
                              a.name,
                              a.raterName.isEmpty() ? adminUser() : a.raterName};
        ids << id;
        if (!tick())
            return Status::error(tr("Cancelled; nothing was written."));
    }
    if (Status s = rate(ratings); !s)
        return s;
    return finish(ids);
}

// The year: the annual SKP adds up the quarters; the result is the mean of the quarters.
Status HistoryWriter::State::annual(qint64 periodId)
{
    if (Status s = achievements(periodId, true); !s)
        return s;
    QVector<AppraisalRow> rows;
    if (Status s = createAll(periodId, &rows); !s)
        return s;
    RollupSetting rollup;
    rollup.policy = RollupPolicy::MeanOfPeriods;
    rollup.missing = MissingPeriodPolicy::Skip;
    rollup.from = Period::Kind::Quarterly;
    QVector<qint64> rated;
    QVector<BulkRating> ratings;
    for (const AppraisalRow &a : std::as_const(rows)) {
        const qint64 id = a.id;
        const auto it = people.find(a.employeeId);
        if (it == people.end() || it->rated == 0)
            continue; // no quarter to roll up: the annual appraisal stays a draft
        HistoryPerson &p = *it;
        const Rating hasil = meanRating(p.hasilSum, p.rated);
        const Rating perilaku = meanRating(p.perilakuSum, p.rated);
        Status s =
            content.setRhk(id, annualSkp(p.plan, intervensi(p.atasan), p.realised, hasil, rng));
        if (s)
            s = content.setPerilaku(id, perilakuFeedback(perilaku, rng));
        if (s)
            s = repo.setRollup(id, rollup);
        // What the stored policy gives (checked by markRated, which needs a result).
        const Predikat result = predikat(hasil, perilaku);
        CompetencyCategory category = CompetencyCategory::None;
        const QString advice = s ? rekomendasi(result, p.role, rng, &category) : QString();
        if (s && !advice.isEmpty())
            s = repo.setRekomendasi(id, advice, category);
        if (!s)
            return refused(a, s);
        // No ratings of its own: rateMany checks, as markRated does, that the roll-up gives a
        // result.
        ratings << BulkRating{
            id, {}, {}, {}, {}, a.name, a.raterName.isEmpty() ? adminUser() : a.raterName};
        rated << id;
        if (!tick())
            return Status::error(tr("Cancelled; nothing was written."));
    }
    if (Status s = rate(ratings); !s)
        return s;
    return finish(rated);
}

// Submits and rates the period's appraisals in one batch (AppraisalBulk::rateMany): the
// same rows and log as submit and markRated one by one.
Status HistoryWriter::State::rate(const QVector<BulkRating> &ratings)
{
    BulkReport report;
    const Status s = AppraisalBulk(db, adminUser()).rateMany(ratings, &report, [this](int, int) {
        return !cancelled();
    });
    if (!s)
        return Status::error(
            tr("The demo appraisals for %1 were refused: %2").arg(periodCode, s.message()),
            s.field());
    if (report.cancelled)
        return Status::error(tr("Cancelled; nothing was written."));
    return Status::ok();
}

Status HistoryWriter::State::finish(const QVector<qint64> &ids)
{
    BulkReport report;
    const Status s = AppraisalBulk(db, adminUser()).finalizeMany(ids, &report, [this](int, int) {
        return !cancelled();
    });
    if (!s)
        return s;
    if (report.cancelled)
        return Status::error(tr("Cancelled; nothing was written."));
    if (!report.skipped.isEmpty())
        return Status::error(tr("The demo appraisal of %1 could not be made final: %2")
                                 .arg(report.skipped.first().name, report.skipped.first().reason));
    summary.appraisals += report.done;
    return Status::ok();
}

} // namespace kinerja::demo
