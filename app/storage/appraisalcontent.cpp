#include "appraisalcontent.h"

#include "appraisalaccess.h"
#include "database.h"
#include "sqlutil.h"
#include "transaction.h"

#include "domain/numbertext.h"

#include <QHash>
#include <QSqlQuery>

#include <cmath>

namespace kinerja {

namespace {

// A numeric reading of a typed target or realisasi ("2", "12,5", "5.000" = 5000: see
// NumberText); empty if not a number.
std::optional<double> numeric(const QString &text)
{
    return NumberText::parse(text, NumberConvention::Indonesian);
}

} // namespace

Status AppraisalContent::parseAmount(const QString &text, const QString &field,
                                     std::optional<double> *out, NumberConvention convention)
{
    if (text.trimmed().isEmpty()) {
        *out = std::nullopt;
        return Status::ok();
    }
    const std::optional<double> v = NumberText::parse(text, convention);
    if (!v)
        return Status::error(tr("%1: “%2” is not a number.").arg(field, text.trimmed()), field);
    if (*v < 0)
        return Status::error(tr("%1 cannot be negative (%2).").arg(field, Explanation::number(*v)),
                             field);
    *out = v;
    return Status::ok();
}

QVector<Rhk> AppraisalContent::rhk(qint64 appraisalId) const
{
    QVector<Rhk> plan;
    QHash<qint64, int> index;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, kind, text, intervensi, perspektif FROM rhk WHERE "
                             "appraisal_id = ? ORDER BY kind, position"));
    q.addBindValue(appraisalId);
    if (!sql::exec(q))
        return plan;
    while (q.next()) {
        Rhk r;
        r.id = q.value(0).toLongLong();
        r.kind = static_cast<RhkKind>(q.value(1).toInt());
        r.text = q.value(2).toString();
        r.intervensi = q.value(3).toString();
        r.perspektif = q.value(4).toString();
        index.insert(r.id, static_cast<int>(plan.size()));
        plan << r;
    }
    q.prepare(QStringLiteral(
        "SELECT i.rhk_id, i.id, i.aspek, i.indikator, i.target, i.satuan, i.realisasi, "
        "i.bukti_dukung, i.umpan_balik FROM rhk_indicator i JOIN rhk r ON r.id = i.rhk_id "
        "WHERE r.appraisal_id = ? ORDER BY i.rhk_id, i.position"));
    q.addBindValue(appraisalId);
    if (!sql::exec(q))
        return plan;
    while (q.next()) {
        const int at = index.value(q.value(0).toLongLong(), -1);
        if (at < 0)
            continue;
        RhkIndicator i;
        i.id = q.value(1).toLongLong();
        i.aspek = static_cast<IndicatorAspect>(q.value(2).toInt());
        i.indikator = q.value(3).toString();
        i.target = q.value(4).toString();
        i.satuan = q.value(5).toString();
        i.realisasi = q.value(6).toString();
        i.buktiDukung = q.value(7).toString();
        i.umpanBalik = q.value(8).toString();
        plan[at].indicators << i;
    }
    return plan;
}

Status AppraisalContent::setRhk(qint64 appraisalId, const QVector<Rhk> &plan)
{
    for (int r = 0; r < plan.size(); ++r) {
        const Rhk &rhk = plan.at(r);
        const QString where = tr("RHK %1").arg(r + 1);
        if (rhk.text.trimmed().isEmpty())
            return Status::error(tr("%1: the Rencana Hasil Kerja is empty.").arg(where),
                                 QStringLiteral("rhk"));
        for (int i = 0; i < rhk.indicators.size(); ++i) {
            const RhkIndicator &ind = rhk.indicators.at(i);
            const QString at = tr("%1, indicator %2").arg(where).arg(i + 1);
            if (ind.indikator.trimmed().isEmpty())
                return Status::error(tr("%1: the indicator text is empty.").arg(at),
                                     QStringLiteral("indikator"));
            const std::optional<double> target = numeric(ind.target);
            if (target && *target <= 0)
                return Status::error(
                    tr("%1: the target must be more than 0, not %2.").arg(at, ind.target.trimmed()),
                    QStringLiteral("target"));
            const std::optional<double> real = numeric(ind.realisasi);
            if (real && *real < 0)
                return Status::error(tr("%1: the realisasi cannot be negative (%2).")
                                         .arg(at, ind.realisasi.trimmed()),
                                     QStringLiteral("realisasi"));
        }
    }
    Transaction tx(m_db);
    detail::AppraisalHead head;
    if (Status s = detail::editableHead(m_db, appraisalId, &head); !s)
        return s;
    if (Status s = detail::checkKind(head, SchemeKind::PermenPan2022); !s)
        return s;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM rhk WHERE appraisal_id = ?"));
    q.addBindValue(appraisalId);
    QString error;
    if (!sql::exec(q, &error))
        return detail::dbError(error);
    QSqlQuery insertRhk(m_db.connection());
    insertRhk.prepare(QStringLiteral("INSERT INTO rhk (appraisal_id, position, kind, text, "
                                     "intervensi, perspektif) VALUES (?, ?, ?, ?, ?, ?) "
                                     "RETURNING id"));
    QSqlQuery insertIndicator(m_db.connection());
    insertIndicator.prepare(QStringLiteral(
        "INSERT INTO rhk_indicator (rhk_id, position, aspek, indikator, target, satuan, "
        "realisasi, bukti_dukung, umpan_balik) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int r = 0; r < plan.size(); ++r) {
        const Rhk &rhk = plan.at(r);
        insertRhk.addBindValue(appraisalId);
        insertRhk.addBindValue(r);
        insertRhk.addBindValue(static_cast<int>(rhk.kind));
        insertRhk.addBindValue(detail::text(rhk.text));
        insertRhk.addBindValue(detail::text(rhk.intervensi));
        insertRhk.addBindValue(detail::text(rhk.perspektif));
        if (!sql::exec(insertRhk, &error))
            return detail::dbError(error);
        const qint64 rhkId = sql::insertedId(insertRhk);
        for (int i = 0; i < rhk.indicators.size(); ++i) {
            const RhkIndicator &ind = rhk.indicators.at(i);
            insertIndicator.addBindValue(rhkId);
            insertIndicator.addBindValue(i);
            insertIndicator.addBindValue(static_cast<int>(ind.aspek));
            insertIndicator.addBindValue(detail::text(ind.indikator));
            insertIndicator.addBindValue(detail::text(ind.target));
            insertIndicator.addBindValue(detail::text(ind.satuan));
            insertIndicator.addBindValue(detail::text(ind.realisasi));
            insertIndicator.addBindValue(detail::text(ind.buktiDukung));
            insertIndicator.addBindValue(detail::text(ind.umpanBalik));
            if (!sql::exec(insertIndicator, &error))
                return detail::dbError(error);
        }
    }
    return detail::commitChange(m_db, tx, head.id);
}

Status AppraisalContent::setIndicatorEvaluation(qint64 indicatorId, const QString &realisasi,
                                                const QString &buktiDukung,
                                                const QString &umpanBalik)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT r.appraisal_id, i.indikator FROM rhk_indicator i "
                             "JOIN rhk r ON r.id = i.rhk_id WHERE i.id = ?"));
    q.addBindValue(indicatorId);
    if (!sql::exec(q) || !q.next())
        return Status::error(tr("The indicator no longer exists."), QStringLiteral("indikator"));
    const qint64 appraisalId = q.value(0).toLongLong();
    const QString name = q.value(1).toString();
    const std::optional<double> real = numeric(realisasi);
    if (real && *real < 0)
        return Status::error(
            tr("“%1”: the realisasi cannot be negative (%2).").arg(name, realisasi.trimmed()),
            QStringLiteral("realisasi"));
    Transaction tx(m_db);
    detail::AppraisalHead head;
    if (Status s = detail::editableHead(m_db, appraisalId, &head); !s)
        return s;
    q.prepare(QStringLiteral("UPDATE rhk_indicator SET realisasi = ?, bukti_dukung = ?, "
                             "umpan_balik = ? WHERE id = ?"));
    q.addBindValue(detail::text(realisasi));
    q.addBindValue(detail::text(buktiDukung));
    q.addBindValue(detail::text(umpanBalik));
    q.addBindValue(indicatorId);
    QString error;
    if (!sql::exec(q, &error))
        return detail::dbError(error);
    return detail::commitChange(m_db, tx, head.id);
}

QVector<PerilakuEntry> AppraisalContent::perilaku(qint64 appraisalId) const
{
    QVector<PerilakuEntry> entries;
    for (const CoreValue v : allCoreValues()) {
        PerilakuEntry e;
        e.value = v;
        entries << e;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT core_value, ekspektasi, umpan_balik, assessment FROM "
                             "perilaku WHERE appraisal_id = ?"));
    q.addBindValue(appraisalId);
    if (!sql::exec(q))
        return entries;
    while (q.next()) {
        const int v = q.value(0).toInt();
        if (v < 0 || v >= entries.size())
            continue;
        entries[v].ekspektasi = q.value(1).toString();
        entries[v].umpanBalik = q.value(2).toString();
        entries[v].assessment = detail::toRating(q.value(3));
    }
    return entries;
}

Status AppraisalContent::setPerilaku(qint64 appraisalId, const QVector<PerilakuEntry> &entries)
{
    Transaction tx(m_db);
    detail::AppraisalHead head;
    if (Status s = detail::editableHead(m_db, appraisalId, &head); !s)
        return s;
    if (Status s = detail::checkKind(head, SchemeKind::PermenPan2022); !s)
        return s;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO perilaku (appraisal_id, core_value, ekspektasi, umpan_balik, assessment) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (appraisal_id, core_value) DO UPDATE SET "
        "ekspektasi = excluded.ekspektasi, umpan_balik = excluded.umpan_balik, "
        "assessment = excluded.assessment"));
    QString error;
    for (const PerilakuEntry &e : entries) {
        q.addBindValue(appraisalId);
        q.addBindValue(static_cast<int>(e.value));
        q.addBindValue(detail::text(e.ekspektasi));
        q.addBindValue(detail::text(e.umpanBalik));
        q.addBindValue(detail::ratingValue(e.assessment));
        if (!sql::exec(q, &error))
            return detail::dbError(error);
    }
    return detail::commitChange(m_db, tx, head.id);
}

} // namespace kinerja
