#include "history.h"

#include "report.h"
#include "storage/appraisalbulk.h"
#include "storage/appraisalcontent.h"
#include "storage/appraisalquery.h"
#include "storage/appraisalworkflow.h"
#include "storage/database.h"
#include "storage/periodrepository.h"
#include "storage/transaction.h"
#include "storage/unitrepository.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace kinerja::bench {

namespace {

const QString kAdmin = QStringLiteral("Admin Kepegawaian (bench)");

// A number in [0, 1) fixed by its inputs (splitmix64): the same history on every run.
double draw(quint64 seed, quint64 a, quint64 b, quint64 salt)
{
    quint64 z = seed ^ (a * 0x9E3779B97F4A7C15ULL) ^ (b * 0xC2B2AE3D27D4EB4FULL) ^
                (salt * 0x165667B19E3779F9ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    z ^= z >> 31;
    return static_cast<double>(z >> 11) / 9007199254740992.0; // 2^53
}

quint64 key(const QString &text)
{
    return qHash(text, 0x5eed);
}

enum class Lean { Normal, Lenient, Strict };

struct Person {
    double level = 0; // -1 … +1: the personal tendency
    double trend = 0; // per year
    quint64 skpFrom = 0;
};

struct Year {
    QHash<qint64, int> hasilSum, perilakuSum, rated; // by employee
};

class Writer {
public:
    Writer(Database &db, quint64 seed) : m_db(db), m_seed(seed) {}

    bool run(int years, int lastYear, HistoryFigures *figures, QString *error);

private:
    bool fail(const Status &s, const QString &what)
    {
        if (!s)
            m_error = what + QStringLiteral(": ") + s.message();
        return !s;
    }
    Person person(qint64 employeeId);
    Lean lean(const QString &raterName) const;
    Rating hasil(const AppraisalRow &a, int quarterIndex, int yearIndex);
    Rating perilaku(const AppraisalRow &a, Rating hasil, int quarterIndex) const;
    bool period(const Period &p, qint64 previousId, qint64 *id, QVector<AppraisalRow> *rows);
    bool plans(qint64 periodId, qint64 previousId, const QVector<AppraisalRow> &rows);
    bool quarter(const Period &p, int index, bool inProgress, qint64 *previousId, Year *year);
    bool annual(const Period &p, bool inProgress, qint64 previousId, const Year &year);
    bool finish(qint64 periodId, const QVector<BulkRating> &ratings, const QVector<qint64> &finals,
                bool close, const QString &code, int appraisals);

    Database &m_db;
    quint64 m_seed = 0;
    qint64 m_root = 0;
    QVector<qint64> m_organs; // the root and its children: capaian kinerja organisasi
    QHash<qint64, Person> m_people;
    QSet<qint64> m_planned; // employees whose SKP exists in the previous period
    QElapsedTimer m_clock;
    HistoryFigures m_figures;
    QString m_error;
};

Person Writer::person(qint64 employeeId)
{
    auto it = m_people.find(employeeId);
    if (it != m_people.end())
        return *it;
    Person p;
    const double u = draw(m_seed, static_cast<quint64>(employeeId), 0, 1);
    // Most people are steady and around Sesuai; some strong, some weak.
    p.level = u < 0.08 ? -0.6 : u < 0.80 ? 0.0 : u < 0.95 ? 0.6 : 1.0;
    const double t = draw(m_seed, static_cast<quint64>(employeeId), 0, 2);
    p.trend = t < 0.15 ? 0.12 : t < 0.25 ? -0.12 : 0.0;
    m_people.insert(employeeId, p);
    return p;
}

Lean Writer::lean(const QString &raterName) const
{
    const double u = draw(m_seed, key(raterName), 0, 3);
    return u < 0.10 ? Lean::Lenient : u < 0.1667 ? Lean::Strict : Lean::Normal;
}

Rating Writer::hasil(const AppraisalRow &a, int quarterIndex, int yearIndex)
{
    const Person p = person(a.employeeId);
    const double level = p.level + p.trend * yearIndex;
    double above = 0.12 + 0.12 * level;
    double below = 0.045 - 0.05 * level;
    switch (lean(a.raterName)) {
    case Lean::Lenient:
        above += 0.25;
        below *= 0.5;
        break;
    case Lean::Strict:
        above *= 0.4;
        below += 0.08;
        break;
    case Lean::Normal:
        break;
    }
    const double u =
        draw(m_seed, static_cast<quint64>(a.employeeId), static_cast<quint64>(quarterIndex), 4);
    if (u < std::max(0.0, below))
        return Rating::DiBawahEkspektasi;
    return u < std::max(0.0, below) + std::clamp(above, 0.0, 0.9) ? Rating::DiAtasEkspektasi
                                                                  : Rating::SesuaiEkspektasi;
}

Rating Writer::perilaku(const AppraisalRow &a, Rating hasil, int quarterIndex) const
{
    const double u =
        draw(m_seed, static_cast<quint64>(a.employeeId), static_cast<quint64>(quarterIndex), 5);
    if (u < 0.02)
        return Rating::DiBawahEkspektasi;
    const double above = hasil == Rating::DiAtasEkspektasi ? 0.55 : 0.04;
    return u < 0.02 + above ? Rating::DiAtasEkspektasi : Rating::SesuaiEkspektasi;
}

// The period with its capaian kinerja organisasi and everyone's appraisal, with an SKP.
bool Writer::period(const Period &p, qint64 previousId, qint64 *id, QVector<AppraisalRow> *rows)
{
    PeriodRepository periods(m_db);
    if (fail(periods.create(p, 0, id), p.toString()))
        return false;
    for (const qint64 unit : std::as_const(m_organs)) {
        OrganisationAchievement a;
        a.periodId = *id;
        a.unitId = unit;
        const double u = draw(m_seed, static_cast<quint64>(unit), static_cast<quint64>(*id), 6);
        a.predikat = u < 0.1   ? OrganisationPredikat::Istimewa
                     : u < 0.9 ? OrganisationPredikat::Baik
                               : OrganisationPredikat::ButuhPerbaikan;
        if (fail(periods.setOrganisationAchievement(a), p.toString()))
            return false;
    }
    BulkReport report;
    if (fail(AppraisalBulk(m_db, kAdmin).createForUnit(*id, m_root, true, &report), p.toString()))
        return false;
    AppraisalFilter filter;
    filter.periodId = *id;
    *rows = AppraisalQuery(m_db).rows(filter);
    std::sort(rows->begin(), rows->end(),
              [](const AppraisalRow &x, const AppraisalRow &y) { return x.id < y.id; });
    return plans(*id, previousId, *rows);
}

// The SKP: copied from the previous period; written afresh for who had none there.
bool Writer::plans(qint64 periodId, qint64 previousId, const QVector<AppraisalRow> &rows)
{
    if (previousId) {
        BulkReport report;
        if (fail(AppraisalBulk(m_db, kAdmin).copyForward(previousId, periodId, 0, true, &report),
                 QStringLiteral("copyForward")))
            return false;
    }
    Rhk rhk;
    rhk.kind = RhkKind::Utama;
    rhk.text = QStringLiteral("Terlaksananya tugas jabatan sesuai rencana kerja unit");
    rhk.intervensi = QStringLiteral("Meningkatnya kualitas pelayanan publik daerah");
    RhkIndicator indicator;
    indicator.aspek = IndicatorAspect::Kuantitas;
    indicator.indikator = QStringLiteral("Persentase tugas yang diselesaikan tepat waktu");
    indicator.target = QStringLiteral("100");
    indicator.satuan = QStringLiteral("%");
    rhk.indicators << indicator;
    Transaction tx(m_db);
    AppraisalContent content(m_db);
    QSet<qint64> planned;
    for (const AppraisalRow &a : rows) {
        planned.insert(a.employeeId);
        if (m_planned.contains(a.employeeId))
            continue;
        if (fail(content.setRhk(a.id, {rhk}), a.name))
            return false;
    }
    if (!tx.commit())
        return fail(Status::error(tx.lastError()), QStringLiteral("SKP"));
    m_planned = planned;
    return true;
}

bool Writer::finish(qint64 periodId, const QVector<BulkRating> &ratings,
                    const QVector<qint64> &finals, bool close, const QString &code, int appraisals)
{
    QElapsedTimer t;
    t.start();
    AppraisalBulk bulk(m_db, kAdmin);
    BulkReport report;
    if (fail(bulk.rateMany(ratings, &report), code + QStringLiteral(" rateMany")))
        return false;
    const double rateS = static_cast<double>(t.restart()) / 1000.0;
    if (fail(bulk.finalizeMany(finals, &report), code + QStringLiteral(" finalizeMany")))
        return false;
    if (!report.skipped.isEmpty())
        return fail(Status::error(report.skipped.first().reason), code);
    const double finalS = static_cast<double>(t.restart()) / 1000.0;
    if (close && fail(PeriodRepository(m_db).close(periodId, kAdmin), code))
        return false;
    ++m_figures.periods;
    m_figures.appraisals += appraisals;
    print(QStringLiteral("  %1: %2 appraisals, %3 rated (rateMany %4 s), %5 final (%6 s)%7; "
                         "%8 s so far")
              .arg(code, -7)
              .arg(appraisals)
              .arg(ratings.size())
              .arg(rateS, 0, 'f', 2)
              .arg(finals.size())
              .arg(finalS, 0, 'f', 2)
              .arg(close ? QStringLiteral(", closed") : QStringLiteral(", left open"))
              .arg(static_cast<double>(m_clock.elapsed()) / 1000.0, 0, 'f', 1));
    return true;
}

bool Writer::quarter(const Period &p, int index, bool inProgress, qint64 *previousId, Year *year)
{
    qint64 id = 0;
    QVector<AppraisalRow> rows;
    if (!period(p, *previousId, &id, &rows))
        return false;
    const int yearIndex = index / 4;
    QVector<BulkRating> ratings;
    QVector<qint64> finals;
    ratings.reserve(rows.size());
    finals.reserve(rows.size());
    for (const AppraisalRow &a : rows) {
        // The quarter in progress: some drafts, some submitted, some rated, most final.
        const double stage =
            inProgress ? draw(m_seed, static_cast<quint64>(a.employeeId), 0, 7) : 1.0;
        if (stage < 0.12)
            continue;
        if (stage < 0.20) {
            if (fail(AppraisalWorkflow(m_db, a.name).submit(a.id), a.name))
                return false;
            continue;
        }
        BulkRating r;
        r.appraisalId = a.id;
        r.hasil = hasil(a, index, yearIndex);
        r.perilaku = perilaku(a, *r.hasil, index);
        const double self =
            draw(m_seed, static_cast<quint64>(a.employeeId), static_cast<quint64>(index), 8);
        if (self < 0.40) {
            // Most rate themselves as the rater does or higher.
            const int up = self < 0.14 ? 1 : self < 0.36 ? 0 : -1;
            r.selfHasil = static_cast<Rating>(std::clamp(static_cast<int>(*r.hasil) + up, 0, 2));
            r.selfPerilaku =
                static_cast<Rating>(std::clamp(static_cast<int>(*r.perilaku) + up, 0, 2));
        }
        r.submittedBy = a.name;
        r.ratedBy = a.raterName;
        ratings << r;
        year->hasilSum[a.employeeId] += static_cast<int>(*r.hasil);
        year->perilakuSum[a.employeeId] += static_cast<int>(*r.perilaku);
        ++year->rated[a.employeeId];
        if (stage >= 0.30)
            finals << a.id;
    }
    *previousId = id;
    return finish(id, ratings, finals, !inProgress, p.toString(), static_cast<int>(rows.size()));
}

// The year, rated afresh with the mean of the quarters (rounded half up).
bool Writer::annual(const Period &p, bool inProgress, qint64 previousId, const Year &year)
{
    qint64 id = 0;
    QVector<AppraisalRow> rows;
    if (!period(p, previousId, &id, &rows))
        return false;
    QVector<BulkRating> ratings;
    QVector<qint64> finals;
    for (const AppraisalRow &a : rows) {
        const int n = year.rated.value(a.employeeId);
        if (inProgress || n == 0)
            continue; // the year is not over, or nothing to go on: a draft
        BulkRating r;
        r.appraisalId = a.id;
        r.hasil = static_cast<Rating>((2 * year.hasilSum.value(a.employeeId) + n) / (2 * n));
        r.perilaku = static_cast<Rating>((2 * year.perilakuSum.value(a.employeeId) + n) / (2 * n));
        r.submittedBy = a.name;
        r.ratedBy = a.raterName;
        ratings << r;
        finals << a.id;
    }
    return finish(id, ratings, finals, !inProgress, p.toString(), static_cast<int>(rows.size()));
}

bool Writer::run(int years, int lastYear, HistoryFigures *figures, QString *error)
{
    m_clock.start();
    const QVector<Unit> units = UnitRepository(m_db).all();
    for (const Unit &u : units)
        if (u.parentId == 0)
            m_root = u.id;
    m_organs << m_root;
    for (const Unit &u : units)
        if (u.parentId == m_root)
            m_organs << u.id;
    const int firstYear = lastYear - years + 1;
    qint64 previousId = 0;
    bool ok = true;
    for (int y = firstYear; ok && y <= lastYear; ++y) {
        Year year;
        for (int q = 1; ok && q <= 4; ++q)
            ok = quarter(Period::quarter(y, q), (y - firstYear) * 4 + q - 1,
                         y == lastYear && q == 4, &previousId, &year);
        // The year's SKP is copied from its last quarter; the next quarter copies from it.
        ok = ok && annual(Period::annual(y), y == lastYear, previousId, year);
    }
    m_figures.seconds = static_cast<double>(m_clock.elapsed()) / 1000.0;
    *figures = m_figures;
    if (!ok)
        *error = m_error;
    return ok;
}

} // namespace

bool writeHistory(Database &db, int years, int lastYear, quint64 seed, HistoryFigures *result,
                  QString *error)
{
    return Writer(db, seed).run(years, lastYear, result, error);
}

} // namespace kinerja::bench
