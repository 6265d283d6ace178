#pragma once

#include <QByteArray>
#include <QLatin1String>
#include <QXmlStreamReader>

#include <minizip/unzip.h>

// Internal to the XLSX reader: a zip read from memory and one of its parts parsed as it
// is unpacked.
namespace kinerja::exchange::detail {

struct MemoryFile {
    const QByteArray *data = nullptr;
    qint64 pos = 0;
};

// Opens the zip held in file->data (which must outlive it); null when it is no zip.
unzFile openMemoryZip(MemoryFile *file);

// The current part of `zip`, unpacked in chunks and fed to `xml`; refuses to unpack more
// than `cap` bytes (a zip bomb).
class PartXml {
public:
    PartXml(unzFile zip, qint64 cap) : m_zip(zip), m_cap(cap) {}
    ~PartXml();
    PartXml(const PartXml &) = delete;
    PartXml &operator=(const PartXml &) = delete;

    bool open();
    QXmlStreamReader::TokenType next();
    // The next child element of the element `parent` being read: true at its start, false
    // at the parent's end or on an error.
    bool nextChild(QLatin1String parent);
    // Reads to the end of the current element, collecting its character data.
    // Returns false on an XML error.
    bool elementText(QString &out);
    void skipElement();

    bool failed() const { return xml.hasError() || m_tooLarge || m_ioError; }
    bool tooLarge() const { return m_tooLarge; }
    // Bytes unpacked so far, of size() (the part's unpacked size as the zip states it).
    qint64 unpacked() const { return m_total; }
    qint64 size() const { return m_size; }
    bool ioError() const { return m_ioError; }

    QXmlStreamReader xml;

private:
    void feed();

    unzFile m_zip;
    qint64 m_cap;
    qint64 m_total = 0;
    qint64 m_size = 0;
    bool m_open = false;
    bool m_eof = false;
    bool m_tooLarge = false;
    bool m_ioError = false;
    QByteArray m_buffer;
};

} // namespace kinerja::exchange::detail
