#pragma once

#include "reports/auditdescription.h"
#include "storage/audittrail.h"

#include <QAbstractTableModel>
#include <QJsonObject>

namespace kinerja::ui {

// The entries of the audit trail that match a filter, newest first, fetched a page at a
// time as the view scrolls (canFetchMore/fetchMore), so a trail of millions of entries
// opens at once.
class AuditTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, LoginColumn, WhatColumn, RowColumn, SummaryColumn, ColumnCount };
    static constexpr int kPage = 500;

    explicit AuditTableModel(QObject *parent = nullptr);

    // Starts over with the first page; the error (no trail, a lost connection) is returned.
    Status setSource(Database *db, const AuditFilter &filter);
    const AuditEntry *entry(int row) const;
    QString summary(const AuditEntry &entry) const;
    QStringList lines(const AuditEntry &entry) const;
    // One stored value of the entry's row as a reader sees it.
    QString value(const AuditEntry &entry, const QString &column, const QJsonObject &row) const
    {
        return m_describe.value(entry.table, column, row.value(column), row);
    }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    Status fetchPage(QList<AuditEntry> *page) const;

    Database *m_db = nullptr;
    AuditFilter m_filter;
    QList<AuditEntry> m_entries;
    bool m_atEnd = true;
    reports::AuditDescription m_describe;
};

} // namespace kinerja::ui
