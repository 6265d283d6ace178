#pragma once
// What the importer tests share: input files written whole, and problems looked up by
// where they are.
#include "exchange/tableimport.h"

#include <QDebug>
#include <QFile>
#include <QString>
#include <QVector>

namespace importtest {

// Writes `data` to `path` (the test program stops when it cannot) and returns `path`.
inline QString writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

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
