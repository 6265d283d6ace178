#pragma once

#include "documents.h"
#include "domain/status.h"
#include "sheetdata.h"

#include <QCoreApplication>
#include <QHash>
#include <QPair>

namespace kinerja {
class Database;
}

namespace kinerja::reports {

// Loads SheetData for one appraisal through the storage API (no SQL here), only what
// the chosen documents print. Keeps the unit distributions and unit names it has read,
// so a batch over one unit reads them once: use one SheetSource per batch.
class SheetSource {
    Q_DECLARE_TR_FUNCTIONS(kinerja::reports::SheetSource)
public:
    explicit SheetSource(Database &db) : m_db(db) {}

    // `documents` empty = everything the appraisal's scheme prints. An unknown appraisal
    // or an unreadable scheme version is an error naming it.
    Status load(qint64 appraisalId, const QVector<DocumentKind> &documents, SheetData *out);

private:
    QString unitName(qint64 unitId);

    Database &m_db;
    QHash<QPair<qint64, qint64>, UnitDistribution> m_distributions; // (period, unit)
    QHash<qint64, QString> m_unitNames;
    QHash<qint64, SchemeDefinition> m_schemes; // by version id
};

} // namespace kinerja::reports
