#pragma once

// Storage-internal: the appraisal row that the printed recaps (RecapQuery) and the
// spreadsheet export (ExportQuery) both read, selected and read in one way.

#include "recapquery.h"

#include <QString>
#include <QVariantList>

class QSqlQuery;

namespace kinerja::detail {

// The columns readAppraisalRow() reads; a query's own columns follow them.
constexpr int AppraisalRowColumns = 16;

// "SELECT <the appraisal row>[, extraColumns] FROM appraisal a JOIN … scheme s ", ready
// for a WHERE clause.
QString appraisalRowSelect(QLatin1String extraColumns = {});

// A recap's order: unit name, unit, then name.
QLatin1String appraisalRowOrder();

// "<column> IN (…)" for the filter's unit or its subtree, "1" for every unit; appends
// the values it binds.
QString recapUnitCondition(const RecapFilter &filter, const char *column, QVariantList *values);

// Fills every field of `r` from the first AppraisalRowColumns columns of `q`, so one
// row object can be read into again and again.
void readAppraisalRow(const QSqlQuery &q, RecapAppraisal *r);

} // namespace kinerja::detail
