#pragma once

#include "storage/audittrail.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <functional>

namespace kinerja::reports {

// Audit entries as lines a person reads, in the UI language and notation (QLocale()):
//   "14:05 7 Des 2026 — ani mengubah Jabatan: 'Analis' → 'Analis Kebijakan'"
// Common columns get their translated names and their values their names (states,
// ratings, grades, units by name); unknown columns show as the column name; unchanged and
// bookkeeping columns (row version, search text, ...) are left out. An insert or a delete
// is one line naming the row.
class AuditDescription {
    Q_DECLARE_TR_FUNCTIONS(kinerja::reports::AuditDescription)
public:
    // Names the row a reference points at: ("unit_id", 7) → "Bagian Umum"; empty when
    // unknown (then "#7" is shown). Optional.
    using Resolver = std::function<QString(const QString &column, qint64 id)>;
    explicit AuditDescription(Resolver resolver = {}) : m_resolver(std::move(resolver)) {}

    // Every line of the entry: one per changed column of an update, one for an insert or
    // a delete; none for an update that changed only bookkeeping columns.
    QStringList lines(const AuditEntry &entry) const;
    // One line for a table cell: the changes joined ("Jabatan: 'A' → 'B'; Unit: …"),
    // without the time and the person; "Changed <row>" for bookkeeping alone.
    QString summary(const AuditEntry &entry) const;
    // "14:05 7 Des 2026" (local time).
    static QString time(const QDateTime &at);
    // The table as a reader names it: "Pegawai", "Indikator RHK"; unknown: the table name.
    static QString tableName(const QString &table);
    // "Jabatan", "Target indikator"; unknown: the column name.
    static QString fieldName(const QString &table, const QString &column);
    // The changed columns of an update that a reader sees, by column name.
    static QStringList changedColumns(const AuditEntry &entry);
    // A value as a reader sees it; `row` is the rest of the row (a grade needs its status).
    QString value(const QString &table, const QString &column, const QJsonValue &v,
                  const QJsonObject &row) const;
    // What the row is: "Pegawai 'Ani Lestari'", "Indikator RHK #12".
    QString rowLabel(const AuditEntry &entry) const;

private:
    QString change(const AuditEntry &entry, const QString &column) const;
    Resolver m_resolver;
};

} // namespace kinerja::reports
