#pragma once

#include "storage/employeelistquery.h"
#include "storage/employeesearch.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QVector>
#include <memory>

namespace kinerja {
class Database;
}

namespace kinerja::ui {

// The employee list, lazy enough for 50,000 rows: a filter or sort change asks
// EmployeeSearch for the ordered ids and counts only; display rows are fetched
// with rows() one page at a time when data() first needs a row of that page,
// and only a bounded number of pages stays cached (least recently used goes).
class EmployeeTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // Columns follow kinerja::EmployeeColumn so that sort() can pass them on.
    enum Column {
        NipColumn = 0,
        NameColumn,
        JabatanColumn,
        GradeColumn,
        UnitColumn,
        StateColumn,
        ColumnCount
    };
    enum Role { EmployeeIdRole = Qt::UserRole + 1, ActiveRole };
    static constexpr int DefaultPageSize = 128;
    static constexpr int DefaultPageLimit = 24;

    explicit EmployeeTableModel(QObject *parent = nullptr);

    void setDatabase(Database *db);
    // Both at once: one id query instead of two.
    void setDatabase(Database *db, const EmployeeFilter &filter);
    Database *database() const { return m_db; }

    // Re-runs the id query (cheap) and drops every cached page.
    void setFilter(const EmployeeFilter &filter);
    const EmployeeFilter &filter() const { return m_filter; }
    void refresh();

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // From the id list only: never fetches a page.
    qint64 employeeId(int row) const;
    int rowOfEmployee(qint64 id) const;
    const QVector<qint64> &ids() const { return m_ids; }
    // Active and inactive staff matching the filter's units and text,
    // whether or not inactive staff are shown; they come with the ids.
    EmployeeListQuery::Counts counts() const { return m_counts; }

    // Paging, for tests and tuning.
    void setPaging(int pageSize, int pageLimit);
    int pageSize() const { return m_pageSize; }
    int pageLimit() const { return m_pageLimit; }
    bool isRowCached(int row) const;
    int cachedPageCount() const { return static_cast<int>(m_pages.size()); }
    int pageFetchCount() const { return m_fetchCount; }
    // How long the last id query took, for benchmarks.
    qint64 lastIdQueryNanos() const { return m_lastIdQueryNs; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // After every filter, sort or refresh.
    void reloaded();

private:
    const EmployeeRow *rowAt(int row) const;
    void fetchPage(int page) const;
    void reload();
    void queryIds();

    Database *m_db = nullptr;
    std::unique_ptr<EmployeeSearch> m_search;
    EmployeeFilter m_filter;
    int m_sortColumn = NameColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QVector<qint64> m_ids;
    EmployeeListQuery::Counts m_counts;

    int m_pageSize = DefaultPageSize;
    int m_pageLimit = DefaultPageLimit;
    mutable QHash<int, QVector<EmployeeRow>> m_pages;
    mutable QList<int> m_recentPages; // least recently used first
    mutable int m_fetchCount = 0;
    qint64 m_lastIdQueryNs = 0;
};

} // namespace kinerja::ui
