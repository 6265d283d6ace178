#pragma once

// Internal to XlsxReader: the open workbook, shared by xlsxreader.cpp (the workbook,
// its shared strings and styles) and xlsxsheetreader.cpp (a sheet's cells).
#include "xlsxreader.h"
#include "zippart.h"

#include <QHash>
#include <QString>
#include <QVector>

namespace kinerja::exchange {

struct XlsxReader::Private {
    XlsxOptions options;
    QByteArray data;
    detail::MemoryFile memFile;
    unzFile zip = nullptr;
    QString sourceName;
    QString path;

    struct Sheet {
        QString name;
        QString part;
    };
    QVector<Sheet> sheets;
    QVector<QString> sharedStrings;
    QVector<bool> xfIsDate;
    bool date1904 = false;

    QString label() const { return sourceName; }
    Status fail(const QString &message) const { return Status::error(message, path); }
    bool locate(const QString &part) const
    {
        return unzLocateFile(zip, part.toUtf8().constData(), 2) == UNZ_OK;
    }
    Status partError(const detail::PartXml &x, const QString &part) const;
    Status readRelationships(const QString &relsPart, QHash<QString, QString> &targets,
                             QHash<QString, QString> *types);
    Status readWorkbook();
    Status readSharedStrings(const QString &part);
    Status readStyles(const QString &part);
};

} // namespace kinerja::exchange
