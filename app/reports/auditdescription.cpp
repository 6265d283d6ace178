#include "auditdescription.h"

#include "appraisal/appraisal.h"
#include "domain/employee.h"
#include "domain/grade.h"
#include "scoring/rating.h"

#include <QDate>
#include <QHash>
#include <QLocale>
#include <QSet>

namespace kinerja::reports {

namespace {

// Bookkeeping a reader does not ask about: versions, search keys, the snapshot columns
// that follow another column shown (an appraisal's rater_name follows rater_id).
bool hidden(const QString &table, const QString &column)
{
    static const QSet<QString> always{
        QStringLiteral("id"),          QStringLiteral("row_version"),
        QStringLiteral("changed_by"),  QStringLiteral("changed_at"),
        QStringLiteral("sort_name"),   QStringLiteral("search_text"),
        QStringLiteral("position"),    QStringLiteral("predikat_level"),
        QStringLiteral("copied_from"),
    };
    if (always.contains(column))
        return true;
    if (table == QLatin1String("appraisal"))
        return (column.startsWith(QLatin1String("rater_")) &&
                column != QLatin1String("rater_id")) ||
               (column.startsWith(QLatin1String("atasan_")) &&
                column != QLatin1String("atasan_id"));
    return false;
}

bool isReference(const QString &column)
{
    static const QSet<QString> refs{
        QStringLiteral("unit_id"),      QStringLiteral("parent_id"), QStringLiteral("atasan_id"),
        QStringLiteral("rater_id"),     QStringLiteral("head_id"),   QStringLiteral("employee_id"),
        QStringLiteral("appraisal_id"), QStringLiteral("period_id"),
    };
    return refs.contains(column);
}

bool isRating(const QString &column)
{
    static const QSet<QString> ratings{
        QStringLiteral("rating_hasil"), QStringLiteral("rating_perilaku"),
        QStringLiteral("self_hasil"),   QStringLiteral("self_perilaku"),
        QStringLiteral("assessment"),
    };
    return ratings.contains(column);
}

QString shortened(const QString &text)
{
    constexpr int kMax = 80;
    const QString oneLine = text.simplified();
    return oneLine.size() <= kMax ? oneLine : oneLine.left(kMax - 1) + QChar(0x2026);
}

} // namespace

QString AuditDescription::time(const QDateTime &at)
{
    const QDateTime local = at.toLocalTime();
    const QLocale locale;
    return tr("%1 %2").arg(locale.toString(local.time(), QStringLiteral("HH:mm")),
                           locale.toString(local.date(), QStringLiteral("d MMM yyyy")));
}

QString AuditDescription::tableName(const QString &table)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("employee"), QT_TR_NOOP("Employee")},
        {QStringLiteral("unit"), QT_TR_NOOP("Unit")},
        {QStringLiteral("position_history"), QT_TR_NOOP("Position history")},
        {QStringLiteral("period"), QT_TR_NOOP("Period")},
        {QStringLiteral("period_log"), QT_TR_NOOP("Period log")},
        {QStringLiteral("appraisal_log"), QT_TR_NOOP("Appraisal log")},
        {QStringLiteral("org_achievement"), QT_TR_NOOP("Capaian kinerja organisasi")},
        {QStringLiteral("scheme"), QT_TR_NOOP("Scheme")},
        {QStringLiteral("scheme_version"), QT_TR_NOOP("Scheme version")},
        {QStringLiteral("appraisal"), QT_TR_NOOP("Appraisal")},
        {QStringLiteral("rhk"), QT_TR_NOOP("RHK")},
        {QStringLiteral("rhk_indicator"), QT_TR_NOOP("RHK indicator")},
        {QStringLiteral("perilaku"), QT_TR_NOOP("Perilaku")},
        {QStringLiteral("kegiatan"), QT_TR_NOOP("Kegiatan")},
        {QStringLiteral("aspect_score"), QT_TR_NOOP("Aspect score")},
        {QStringLiteral("weighted_rating"), QT_TR_NOOP("Weighted rating")},
        {QStringLiteral("objection"), QT_TR_NOOP("Keberatan")},
        {QStringLiteral("ikm_survey"), QT_TR_NOOP("IKM survey")},
        {QStringLiteral("setting"), QT_TR_NOOP("Setting")},
    };
    const auto it = names.constFind(table);
    return it == names.constEnd() ? table : tr(it.value());
}

QString AuditDescription::fieldName(const QString &table, const QString &column)
{
    // Table-specific names first ("rhk_indicator.target"), then names by column alone.
    static const QHash<QString, const char *> names{
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("nip"), QT_TR_NOOP("NIP")},
        {QStringLiteral("gelar_depan"), QT_TR_NOOP("Title before")},
        {QStringLiteral("gelar_belakang"), QT_TR_NOOP("Title after")},
        {QStringLiteral("status"), QT_TR_NOOP("Employee status")},
        {QStringLiteral("grade"), QT_TR_NOOP("Rank/grade")},
        {QStringLiteral("jabatan"), QT_TR_NOOP("Jabatan")},
        {QStringLiteral("jabatan_kind"), QT_TR_NOOP("Jabatan type")},
        {QStringLiteral("jenjang"), QT_TR_NOOP("Jenjang")},
        {QStringLiteral("unit_id"), QT_TR_NOOP("Unit")},
        {QStringLiteral("unit_name"), QT_TR_NOOP("Unit")},
        {QStringLiteral("atasan_id"), QT_TR_NOOP("Atasan")},
        {QStringLiteral("state_date"), QT_TR_NOOP("State date")},
        {QStringLiteral("submitted_at"), QT_TR_NOOP("Submitted on")},
        {QStringLiteral("action"), QT_TR_NOOP("Action")},
        {QStringLiteral("at"), QT_TR_NOOP("Time")},
        {QStringLiteral("reason"), QT_TR_NOOP("Reason")},
        {QStringLiteral("user_name"), QT_TR_NOOP("User")},
        {QStringLiteral("period_id"), QT_TR_NOOP("Period")},
        {QStringLiteral("appraisal_id"), QT_TR_NOOP("Appraisal")},
        {QStringLiteral("rated_at"), QT_TR_NOOP("Rated on")},
        {QStringLiteral("finalized_at"), QT_TR_NOOP("Finalized on")},
        {QStringLiteral("employee.state"), QT_TR_NOOP("Employment state")},
        {QStringLiteral("appraisal.state"), QT_TR_NOOP("Appraisal state")},
        {QStringLiteral("appraisal.atasan_id"), QT_TR_NOOP("Atasan pejabat penilai")},
        {QStringLiteral("period.state"), QT_TR_NOOP("Period state")},
        {QStringLiteral("rater_id"), QT_TR_NOOP("Pejabat penilai")},
        {QStringLiteral("rating_hasil"), QT_TR_NOOP("Rating hasil kerja")},
        {QStringLiteral("rating_perilaku"), QT_TR_NOOP("Rating perilaku kerja")},
        {QStringLiteral("self_hasil"), QT_TR_NOOP("Self-assessment hasil kerja")},
        {QStringLiteral("self_perilaku"), QT_TR_NOOP("Self-assessment perilaku kerja")},
        {QStringLiteral("capaian_skp"), QT_TR_NOOP("Capaian SKP")},
        {QStringLiteral("score"), QT_TR_NOOP("Score")},
        {QStringLiteral("predikat"), QT_TR_NOOP("Predikat")},
        {QStringLiteral("rekomendasi"), QT_TR_NOOP("Recommendation")},
        {QStringLiteral("parent_id"), QT_TR_NOOP("Parent unit")},
        {QStringLiteral("head_id"), QT_TR_NOOP("Unit head")},
        {QStringLiteral("dissolved_on"), QT_TR_NOOP("Dissolved on")},
        {QStringLiteral("code"), QT_TR_NOOP("Code")},
        {QStringLiteral("start_date"), QT_TR_NOOP("Start")},
        {QStringLiteral("end_date"), QT_TR_NOOP("End")},
        {QStringLiteral("rhk.text"), QT_TR_NOOP("RHK")},
        {QStringLiteral("rhk.kind"), QT_TR_NOOP("RHK kind")},
        {QStringLiteral("intervensi"), QT_TR_NOOP("Intervensi")},
        {QStringLiteral("perspektif"), QT_TR_NOOP("Perspektif")},
        {QStringLiteral("indikator"), QT_TR_NOOP("Indicator")},
        {QStringLiteral("rhk_indicator.target"), QT_TR_NOOP("Indicator target")},
        {QStringLiteral("rhk_indicator.realisasi"), QT_TR_NOOP("Indicator realisasi")},
        {QStringLiteral("satuan"), QT_TR_NOOP("Unit of measure")},
        {QStringLiteral("bukti_dukung"), QT_TR_NOOP("Bukti dukung")},
        {QStringLiteral("umpan_balik"), QT_TR_NOOP("Umpan balik")},
        {QStringLiteral("ekspektasi"), QT_TR_NOOP("Ekspektasi")},
        {QStringLiteral("assessment"), QT_TR_NOOP("Rater's view")},
        {QStringLiteral("objection.text"), QT_TR_NOOP("Keberatan")},
        {QStringLiteral("explanation"), QT_TR_NOOP("Explanation")},
        {QStringLiteral("decision"), QT_TR_NOOP("Decision")},
        {QStringLiteral("decision_text"), QT_TR_NOOP("Decision text")},
        {QStringLiteral("kegiatan.name"), QT_TR_NOOP("Kegiatan")},
        {QStringLiteral("value"), QT_TR_NOOP("Value")},
    };
    auto it = names.constFind(table + QLatin1Char('.') + column);
    if (it == names.constEnd())
        it = names.constFind(column);
    return it == names.constEnd() ? column : tr(it.value());
}

QString AuditDescription::value(const QString &table, const QString &column, const QJsonValue &v,
                                const QJsonObject &row) const
{
    if (v.isNull() || v.isUndefined())
        return tr("(none)");
    const QLocale locale;
    const int n = v.toVariant().toInt();
    if (isReference(column)) {
        const qint64 id = v.toVariant().toLongLong();
        const QString name = m_resolver ? m_resolver(column, id) : QString();
        return name.isEmpty() ? tr("#%1").arg(id) : name;
    }
    if (column == QLatin1String("action") && table == QLatin1String("period_log"))
        return v.toString() == QLatin1String("close") ? tr("closed") : tr("reopened");
    if (column == QLatin1String("action") && table == QLatin1String("appraisal_log"))
        return appraisalActionName(v.toString());
    if (isRating(column) && n >= 0 && n <= 2)
        return ratingName(static_cast<Rating>(n));
    if (column == QLatin1String("state")) {
        if (table == QLatin1String("appraisal") && n >= 0 && n <= 3)
            return appraisalStateName(static_cast<AppraisalState>(n));
        if (table == QLatin1String("employee") && n >= 0 && n <= 3)
            return employmentStateName(static_cast<EmploymentState>(n));
        if (table == QLatin1String("period"))
            return n == 0 ? tr("Open") : tr("Closed");
    }
    if (column == QLatin1String("status") && n >= 0 && n <= 2)
        return statusName(static_cast<EmployeeStatus>(n));
    if (column == QLatin1String("grade")) {
        const auto status =
            static_cast<EmployeeStatus>(row.value(QStringLiteral("status")).toInt());
        const QString label = Grade::golonganLabel(status, n);
        return label.isEmpty() ? QString::number(n) : label;
    }
    if (column == QLatin1String("jabatan_kind") && n >= 0 && n <= 4)
        return jabatanKindName(static_cast<JabatanKind>(n));
    if (column == QLatin1String("jenjang")) {
        const QString name = jenjangName(static_cast<Jenjang>(n));
        return name.isEmpty() ? tr("(none)") : name;
    }
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == static_cast<qint64>(d) ? locale.toString(static_cast<qint64>(d))
                                           : locale.toString(d, 'g', 12);
    }
    if (v.isBool())
        return v.toBool() ? tr("yes") : tr("no");
    const QString text = v.toVariant().toString();
    if (column.endsWith(QLatin1String("_date")) || column.endsWith(QLatin1String("_on"))) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            return locale.toString(date, QStringLiteral("d MMM yyyy"));
    }
    return shortened(text);
}

QStringList AuditDescription::changedColumns(const AuditEntry &entry)
{
    QStringList columns;
    if (entry.action != AuditEntry::Action::Update)
        return columns;
    QStringList keys = entry.oldValues.keys() + entry.newValues.keys();
    keys.removeDuplicates();
    keys.sort();
    for (const QString &key : std::as_const(keys)) {
        if (!hidden(entry.table, key) && entry.oldValues.value(key) != entry.newValues.value(key))
            columns << key;
    }
    return columns;
}

QString AuditDescription::rowLabel(const AuditEntry &entry) const
{
    const QJsonObject &row = entry.newValues.isEmpty() ? entry.oldValues : entry.newValues;
    for (const char *key : {"name", "indikator", "text", "code", "indicator"}) {
        const QString text = row.value(QLatin1String(key)).toString();
        if (!text.isEmpty())
            return tr("%1 '%2'").arg(tableName(entry.table), shortened(text));
    }
    return tr("%1 #%2").arg(tableName(entry.table)).arg(entry.rowId);
}

QString AuditDescription::change(const AuditEntry &entry, const QString &column) const
{
    const auto shown = [&](const QJsonObject &row) {
        const QJsonValue v = row.value(column);
        const QString text = value(entry.table, column, v, row);
        if (v.isNull() || v.isUndefined())
            return text;
        return text.isEmpty() ? tr("(empty)") : tr("'%1'").arg(text);
    };
    return tr("%1: %2 → %3")
        .arg(fieldName(entry.table, column), shown(entry.oldValues), shown(entry.newValues));
}

QStringList AuditDescription::lines(const AuditEntry &entry) const
{
    const QString when = time(entry.at);
    const QString who = entry.login.isEmpty() ? tr("(unknown)") : entry.login;
    switch (entry.action) {
    case AuditEntry::Action::Insert:
        return {tr("%1 — %2 added %3").arg(when, who, rowLabel(entry))};
    case AuditEntry::Action::Delete:
        return {tr("%1 — %2 deleted %3").arg(when, who, rowLabel(entry))};
    case AuditEntry::Action::Update:
        break;
    }
    // An update of bookkeeping alone (a row version bumped with its content) is no news.
    const QStringList columns = changedColumns(entry);
    QStringList out;
    for (const QString &column : columns)
        out << tr("%1 — %2 changed %3").arg(when, who, change(entry, column));
    return out;
}

QString AuditDescription::summary(const AuditEntry &entry) const
{
    switch (entry.action) {
    case AuditEntry::Action::Insert:
        return tr("Added %1").arg(rowLabel(entry));
    case AuditEntry::Action::Delete:
        return tr("Deleted %1").arg(rowLabel(entry));
    case AuditEntry::Action::Update:
        break;
    }
    QStringList parts;
    for (const QString &column : changedColumns(entry))
        parts << change(entry, column);
    return parts.isEmpty() ? tr("Changed %1").arg(rowLabel(entry))
                           : parts.join(QStringLiteral("; "));
}

} // namespace kinerja::reports
