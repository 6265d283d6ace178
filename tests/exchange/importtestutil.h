#pragma once
// What the importer tests share: input files written whole (support::writeFile), and
// problems looked up by where they are.
#include "exchange/tableimport.h"
#include "support/files.h"

#include <QDebug>
#include <QString>
#include <QVector>

namespace importtest {

// Whether one of `problems` is at `row` and `column` and has `part` in its reason (in
// any case). When none is, all of them are printed: a failing test shows what was found.
inline bool hasProblem(const QVector<kinerja::exchange::ImportProblem> &problems, int row,
                       int column, const QString &part)
{
    for (const auto &p : problems) {
        if (p.row == row && p.column == column && p.reason.contains(part, Qt::CaseInsensitive))
            return true;
    }
    qWarning() << "problems:";
    for (const auto &p : problems)
        qWarning() << p.row << p.column << p.text();
    return false;
}

} // namespace importtest
