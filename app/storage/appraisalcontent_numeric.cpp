#include "appraisalcontent.h"

#include "appraisalaccess.h"
#include "appraisalresults.h"
#include "database.h"
#include "schemerepository.h"
#include "sqlutil.h"
#include "transaction.h"

#include <QSqlQuery>

#include <cmath>

namespace kinerja {

namespace {

QString num(double v)
{
    return Explanation::number(v);
}

// A target: finite and more than 0.
Status checkTarget(double value, const QString &what)
{
    if (!std::isfinite(value))
        return Status::error(AppraisalContent::tr("%1 is not a number.").arg(what),
                             QStringLiteral("target"));
    if (value <= 0)
        return Status::error(
            AppraisalContent::tr("%1 must be more than 0, not %2.").arg(what, num(value)),
            QStringLiteral("target"));
    return Status::ok();
}

// A realisation: not given, or finite and 0 or more.
Status checkRealised(const std::optional<double> &value, const QString &what)
{
    if (!value)
        return Status::ok();
    if (!std::isfinite(*value))
        return Status::error(AppraisalContent::tr("%1 is not a number.").arg(what),
                             QStringLiteral("realisasi"));
    if (*value < 0)
        return Status::error(
            AppraisalContent::tr("%1 cannot be negative (%2).").arg(what, num(*value)),
            QStringLiteral("realisasi"));
    return Status::ok();
}

Status checkKegiatan(const Kegiatan &k, int index)
{
    const QString name = k.name.trimmed().isEmpty()
                             ? AppraisalContent::tr("Kegiatan %1").arg(index + 1)
                             : k.name.trimmed();
    const QString prefix = AppraisalContent::tr("Kegiatan “%1”: ").arg(name);
    const Status checks[] = {
        checkTarget(k.targetKuantitas, prefix + AppraisalContent::tr("the quantity target (TO)")),
        checkTarget(k.targetKualitas, prefix + AppraisalContent::tr("the quality target (TK)")),
        checkTarget(k.targetWaktu, prefix + AppraisalContent::tr("the time target (TW)")),
        k.targetBiaya && *k.targetBiaya != 0
            ? checkTarget(*k.targetBiaya, prefix + AppraisalContent::tr("the cost target (TB)"))
            : Status::ok(),
        checkRealised(k.realKuantitas, prefix + AppraisalContent::tr("the quantity realised (RO)")),
        checkRealised(k.realKualitas, prefix + AppraisalContent::tr("the quality realised (RK)")),
        checkRealised(k.realWaktu, prefix + AppraisalContent::tr("the time realised (RW)")),
        checkRealised(k.realBiaya, prefix + AppraisalContent::tr("the cost realised (RB)")),
    };
    for (const Status &s : checks)
        if (!s)
            return s;
    if (k.realBiaya && !(k.targetBiaya && *k.targetBiaya > 0))
        return Status::error(
            prefix + AppraisalContent::tr("a cost realised (RB) needs a cost target (TB)."),
            QStringLiteral("realisasi"));
    return Status::ok();
}

} // namespace

QVector<KegiatanEntry> AppraisalContent::kegiatan(qint64 appraisalId) const
{
    QVector<KegiatanEntry> list;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT id, name, target_kuantitas, satuan_kuantitas, real_kuantitas, target_kualitas, "
        "real_kualitas, target_waktu, satuan_waktu, real_waktu, target_biaya, real_biaya "
        "FROM kegiatan WHERE appraisal_id = ? ORDER BY position"));
    q.addBindValue(appraisalId);
    if (!sql::exec(q))
        return list;
    while (q.next()) {
        KegiatanEntry e;
        e.id = q.value(0).toLongLong();
        e.kegiatan.name = q.value(1).toString();
        e.kegiatan.targetKuantitas = q.value(2).toDouble();
        e.satuanKuantitas = q.value(3).toString();
        e.kegiatan.realKuantitas = detail::toDouble(q.value(4));
        e.kegiatan.targetKualitas = q.value(5).toDouble();
        e.kegiatan.realKualitas = detail::toDouble(q.value(6));
        e.kegiatan.targetWaktu = q.value(7).toDouble();
        e.satuanWaktu = q.value(8).toString();
        e.kegiatan.realWaktu = detail::toDouble(q.value(9));
        e.kegiatan.targetBiaya = detail::toDouble(q.value(10));
        e.kegiatan.realBiaya = detail::toDouble(q.value(11));
        list << e;
    }
    return list;
}

Status AppraisalContent::setKegiatan(qint64 appraisalId, const QVector<KegiatanEntry> &list)
{
    for (int i = 0; i < list.size(); ++i)
        if (Status s = checkKegiatan(list.at(i).kegiatan, i); !s)
            return s;
    Transaction tx(m_db);
    detail::AppraisalHead head;
    if (Status s = detail::editableHead(m_db, appraisalId, &head); !s)
        return s;
    if (Status s = detail::checkKind(head, SchemeKind::Pp46); !s)
        return s;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM kegiatan WHERE appraisal_id = ?"));
    q.addBindValue(appraisalId);
    QString error;
    if (!sql::exec(q, &error))
        return detail::dbError(error);
    q.prepare(QStringLiteral(
        "INSERT INTO kegiatan (appraisal_id, position, name, target_kuantitas, "
        "satuan_kuantitas, real_kuantitas, target_kualitas, real_kualitas, target_waktu, "
        "satuan_waktu, real_waktu, target_biaya, real_biaya) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < list.size(); ++i) {
        const KegiatanEntry &e = list.at(i);
        const Kegiatan &k = e.kegiatan;
        const bool hasBiaya = k.targetBiaya && *k.targetBiaya > 0;
        q.addBindValue(appraisalId);
        q.addBindValue(i);
        q.addBindValue(detail::text(k.name));
        q.addBindValue(k.targetKuantitas);
        q.addBindValue(detail::text(e.satuanKuantitas));
        q.addBindValue(detail::doubleValue(k.realKuantitas));
        q.addBindValue(k.targetKualitas);
        q.addBindValue(detail::doubleValue(k.realKualitas));
        q.addBindValue(k.targetWaktu);
        q.addBindValue(detail::text(e.satuanWaktu));
        q.addBindValue(detail::doubleValue(k.realWaktu));
        q.addBindValue(hasBiaya ? QVariant(*k.targetBiaya) : QVariant());
        q.addBindValue(hasBiaya ? detail::doubleValue(k.realBiaya) : QVariant());
        if (!sql::exec(q, &error))
            return detail::dbError(error);
    }
    if (Status s = AppraisalResults(m_db).recompute(appraisalId); !s)
        return s;
    return detail::commitChange(m_db, tx, head.id);
}

QMap<int, double> AppraisalContent::aspectScores(qint64 appraisalId) const
{
    QMap<int, double> scores;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT aspect, value FROM aspect_score WHERE appraisal_id = ?"));
    q.addBindValue(appraisalId);
    if (sql::exec(q))
        while (q.next())
            scores.insert(q.value(0).toInt(), q.value(1).toDouble());
    return scores;
}

Status AppraisalContent::setAspectScores(qint64 appraisalId, const QMap<int, double> &scores)
{
    Transaction tx(m_db);
    detail::AppraisalHead head;
    if (Status s = detail::editableHead(m_db, appraisalId, &head); !s)
        return s;
    const bool pp46 = head.kind == SchemeKind::Pp46;
    if (!pp46)
        if (Status s = detail::checkKind(head, SchemeKind::Pp30); !s)
            return s;
    const double max = pp46 ? Pp46::MaxAspectScore : Pp30::MaxScore;
    const int lastAspect = pp46 ? static_cast<int>(Pp46Aspect::Kepemimpinan)
                                : static_cast<int>(Pp30Aspect::Kepemimpinan);
    for (auto it = scores.constBegin(); it != scores.constEnd(); ++it) {
        if (it.key() < 0 || it.key() > lastAspect)
            return Status::error(tr("Unknown perilaku aspect %1.").arg(it.key()),
                                 QStringLiteral("aspect"));
        const QString name = pp46 ? Pp46::aspectName(static_cast<Pp46Aspect>(it.key()))
                                  : Pp30::aspectName(static_cast<Pp30Aspect>(it.key()));
        if (!(it.value() >= 0 && it.value() <= max))
            return Status::error(
                tr("%1 must be a score from 0 to %2, not %3.").arg(name, num(max), num(it.value())),
                QStringLiteral("aspect"));
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM aspect_score WHERE appraisal_id = ?"));
    q.addBindValue(appraisalId);
    QString error;
    if (!sql::exec(q, &error))
        return detail::dbError(error);
    q.prepare(QStringLiteral("INSERT INTO aspect_score (appraisal_id, aspect, value) "
                             "VALUES (?, ?, ?)"));
    for (auto it = scores.constBegin(); it != scores.constEnd(); ++it) {
        q.addBindValue(appraisalId);
        q.addBindValue(it.key());
        q.addBindValue(it.value());
        if (!sql::exec(q, &error))
            return detail::dbError(error);
    }
    if (Status s = AppraisalResults(m_db).recompute(appraisalId); !s)
        return s;
    return detail::commitChange(m_db, tx, head.id);
}

QVector<WeightedEntry> AppraisalContent::weightedRatings(qint64 appraisalId,
                                                         bool revealHidden) const
{
    QVector<WeightedEntry> list;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT w.indicator, w.source, w.rater_id, w.value, w.hide_name, e.name, "
        "e.gelar_depan, e.gelar_belakang FROM weighted_rating w LEFT JOIN employee e ON "
        "e.id = w.rater_id WHERE w.appraisal_id = ? ORDER BY w.indicator, w.source, w.id"));
    q.addBindValue(appraisalId);
    if (!sql::exec(q))
        return list;
    while (q.next()) {
        WeightedEntry w;
        w.indicatorId = q.value(0).toString();
        w.source = static_cast<RaterSource>(q.value(1).toInt());
        w.raterId = q.value(2).toLongLong();
        w.value = q.value(3).toDouble();
        w.hideName = q.value(4).toBool();
        if (!q.value(5).isNull() && (!w.hideName || revealHidden)) {
            Employee e;
            e.name = q.value(5).toString();
            e.gelarDepan = q.value(6).toString();
            e.gelarBelakang = q.value(7).toString();
            w.raterName = e.fullName();
        }
        if (w.hideName && !revealHidden)
            w.raterId = 0; // the name stays hidden from whoever reads this list
        list << w;
    }
    return list;
}

Status AppraisalContent::setWeightedRating(qint64 appraisalId, const WeightedEntry &entry)
{
    Transaction tx(m_db);
    detail::AppraisalHead head;
    if (Status s = detail::editableHead(m_db, appraisalId, &head); !s)
        return s;
    if (Status s = detail::checkKind(head, SchemeKind::Weighted); !s)
        return s;
    SchemeDefinition definition;
    if (Status s = SchemeRepository(m_db).load(head.schemeVersionId, &definition); !s)
        return s;
    const WeightedIndicator *indicator = nullptr;
    for (const WeightedIndicator &i : std::as_const(definition.weighted.indicators))
        if (i.id == entry.indicatorId)
            indicator = &i;
    if (!indicator)
        return Status::error(tr("The scheme of %1 has no indicator “%2”.")
                                 .arg(detail::describe(head), entry.indicatorId),
                             QStringLiteral("indicator"));
    const QString source = WeightedScoring::sourceName(entry.source);
    if (indicator->sourceWeightsBp.value(entry.source, 0) <= 0)
        return Status::error(
            tr("“%1” is not rated by %2 in this scheme.").arg(indicator->name, source),
            QStringLiteral("source"));
    QString scaleError;
    if (!std::isfinite(entry.value) ||
        !WeightedScoring::normalise(*indicator, entry.value, &scaleError))
        return Status::error(
            tr("“%1”, %2: %3")
                .arg(indicator->name, source,
                     std::isfinite(entry.value) ? scaleError : tr("not a number.")),
            QStringLiteral("value"));
    const bool peer = entry.source == RaterSource::Peers;
    if (peer && entry.raterId <= 0)
        return Status::error(
            tr("“%1”: a peer rating needs the colleague who gives it.").arg(indicator->name),
            QStringLiteral("rater"));
    if (peer && entry.raterId == head.employeeId)
        return Status::error(
            tr("“%1”: %2 cannot be their own peer.").arg(indicator->name, head.name),
            QStringLiteral("rater"));
    QSqlQuery q(m_db.connection());
    if (peer) {
        q.prepare(QStringLiteral("SELECT 1 FROM employee WHERE id = ?"));
        q.addBindValue(entry.raterId);
        if (!sql::exec(q) || !q.next())
            return Status::error(tr("The colleague giving the peer rating does not exist."),
                                 QStringLiteral("rater"));
    }
    q.prepare(QStringLiteral(
        "INSERT INTO weighted_rating (appraisal_id, indicator, source, rater_id, value, "
        "hide_name) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (appraisal_id, indicator, source, "
        "rater_id) DO UPDATE SET value = excluded.value, hide_name = excluded.hide_name"));
    q.addBindValue(appraisalId);
    q.addBindValue(entry.indicatorId);
    q.addBindValue(static_cast<int>(entry.source));
    q.addBindValue(peer ? entry.raterId : 0);
    q.addBindValue(entry.value);
    q.addBindValue(peer && entry.hideName ? 1 : 0);
    QString error;
    if (!sql::exec(q, &error))
        return detail::dbError(error);
    if (Status s = AppraisalResults(m_db).recompute(appraisalId); !s)
        return s;
    return detail::commitChange(m_db, tx, head.id);
}

Status AppraisalContent::removeWeightedRating(qint64 appraisalId, const QString &indicatorId,
                                              RaterSource source, qint64 raterId)
{
    Transaction tx(m_db);
    detail::AppraisalHead head;
    if (Status s = detail::editableHead(m_db, appraisalId, &head); !s)
        return s;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM weighted_rating WHERE appraisal_id = ? AND "
                             "indicator = ? AND source = ? AND rater_id = ?"));
    q.addBindValue(appraisalId);
    q.addBindValue(indicatorId);
    q.addBindValue(static_cast<int>(source));
    q.addBindValue(source == RaterSource::Peers ? raterId : 0);
    QString error;
    if (!sql::exec(q, &error))
        return detail::dbError(error);
    if (Status s = AppraisalResults(m_db).recompute(appraisalId); !s)
        return s;
    return detail::commitChange(m_db, tx, head.id);
}

} // namespace kinerja
