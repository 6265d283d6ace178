#pragma once

// Builds small .xlsx files for the reader tests: by hand from XML parts with
// minizip's zip.h (for odd cases), and with libxlsxwriter (as Excel would).

#include <QByteArray>
#include <QFile>
#include <QPair>
#include <QString>
#include <QVector>

#include <minizip/zip.h>
#include <zlib.h>

namespace testutil {

using Parts = QVector<QPair<QString, QByteArray>>;

inline bool writeZip(const QString &path, const Parts &parts)
{
    zipFile zf = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zf)
        return false;
    for (const auto &[name, data] : parts) {
        zip_fileinfo info{};
        if (zipOpenNewFileInZip64(zf, name.toUtf8().constData(), &info, nullptr, 0, nullptr, 0,
                                  nullptr, Z_DEFLATED, Z_DEFAULT_COMPRESSION, 0) != ZIP_OK)
            return false;
        zipWriteInFileInZip(zf, data.constData(), unsigned(data.size()));
        zipCloseFileInZip(zf);
    }
    return zipClose(zf, nullptr) == ZIP_OK;
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// A minimal workbook with one sheet "Data" whose <sheetData> (and what follows
// it) is `sheetBody`. Empty `shared`/`styles` leave those parts out.
inline Parts minimalWorkbook(const QByteArray &sheetBody, const QByteArray &shared = {},
                             const QByteArray &styles = {}, bool date1904 = false,
                             const QByteArray &sheetName = "Data")
{
    Parts p;
    p.append({QStringLiteral("[Content_Types].xml"),
              "<?xml version=\"1.0\"?><Types "
              "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"});
    p.append({QStringLiteral("_rels/.rels"),
              "<?xml version=\"1.0\"?><Relationships "
              "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              "<Relationship Id=\"rId1\" "
              "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
              "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"});
    p.append({QStringLiteral("xl/workbook.xml"),
              "<?xml version=\"1.0\"?><workbook "
              "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
              "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">" +
                  QByteArray(date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>") +
                  "<sheets><sheet name=\"" + sheetName +
                  "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"});
    QByteArray rels = "<?xml version=\"1.0\"?><Relationships "
                      "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                      "<Relationship Id=\"rId1\" "
                      "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                      "relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>";
    if (!shared.isEmpty())
        rels += "<Relationship Id=\"rId2\" "
                "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                "sharedStrings\" Target=\"sharedStrings.xml\"/>";
    if (!styles.isEmpty())
        rels += "<Relationship Id=\"rId3\" "
                "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                "styles\" Target=\"styles.xml\"/>";
    rels += "</Relationships>";
    p.append({QStringLiteral("xl/_rels/workbook.xml.rels"), rels});
    p.append({QStringLiteral("xl/worksheets/sheet1.xml"),
              "<?xml version=\"1.0\"?><worksheet "
              "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" +
                  sheetBody + "</worksheet>"});
    if (!shared.isEmpty())
        p.append({QStringLiteral("xl/sharedStrings.xml"),
                  "<?xml version=\"1.0\"?><sst "
                  "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" +
                      shared + "</sst>"});
    if (!styles.isEmpty())
        p.append({QStringLiteral("xl/styles.xml"),
                  "<?xml version=\"1.0\"?><styleSheet "
                  "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" +
                      styles + "</styleSheet>"});
    return p;
}

} // namespace testutil
