#include "zippart.h"

#include <algorithm>
#include <cstring>

namespace kinerja::exchange::detail {

namespace {

constexpr int kChunk = 256 * 1024;

voidpf ZCALLBACK memOpen(voidpf opaque, const void *, int)
{
    return opaque;
}

uLong ZCALLBACK memRead(voidpf, voidpf stream, void *buf, uLong size)
{
    auto *f = static_cast<MemoryFile *>(stream);
    const qint64 left = f->data->size() - f->pos;
    const qint64 n = std::max<qint64>(0, std::min<qint64>(left, qint64(size)));
    if (n > 0)
        memcpy(buf, f->data->constData() + f->pos, size_t(n));
    f->pos += n;
    return uLong(n);
}

uLong ZCALLBACK memWrite(voidpf, voidpf, const void *, uLong)
{
    return 0;
}

ZPOS64_T ZCALLBACK memTell(voidpf, voidpf stream)
{
    return ZPOS64_T(static_cast<MemoryFile *>(stream)->pos);
}

long ZCALLBACK memSeek(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto *f = static_cast<MemoryFile *>(stream);
    qint64 base = 0;
    switch (origin) {
    case ZLIB_FILEFUNC_SEEK_CUR:
        base = f->pos;
        break;
    case ZLIB_FILEFUNC_SEEK_END:
        base = f->data->size();
        break;
    default:
        break;
    }
    const qint64 target = base + qint64(offset);
    if (target < 0 || target > f->data->size())
        return -1;
    f->pos = target;
    return 0;
}

int ZCALLBACK memClose(voidpf, voidpf)
{
    return 0;
}

int ZCALLBACK memError(voidpf, voidpf)
{
    return 0;
}

} // namespace

unzFile openMemoryZip(MemoryFile *file)
{
    file->pos = 0;
    zlib_filefunc64_def funcs{};
    funcs.zopen64_file = memOpen;
    funcs.zread_file = memRead;
    funcs.zwrite_file = memWrite;
    funcs.ztell64_file = memTell;
    funcs.zseek64_file = memSeek;
    funcs.zclose_file = memClose;
    funcs.zerror_file = memError;
    funcs.opaque = file;
    return unzOpen2_64("memory", &funcs);
}

PartXml::~PartXml()
{
    if (m_open)
        unzCloseCurrentFile(m_zip);
}

bool PartXml::open()
{
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) == UNZ_OK)
        m_size = qint64(info.uncompressed_size);
    m_open = unzOpenCurrentFile(m_zip) == UNZ_OK;
    return m_open;
}

QXmlStreamReader::TokenType PartXml::next()
{
    for (;;) {
        const auto t = xml.readNext();
        if (t == QXmlStreamReader::Invalid &&
            xml.error() == QXmlStreamReader::PrematureEndOfDocumentError && !m_eof) {
            feed();
            continue;
        }
        return t;
    }
}

bool PartXml::nextChild(QLatin1String parent)
{
    for (;;) {
        const auto t = next();
        if (t == QXmlStreamReader::Invalid || t == QXmlStreamReader::EndDocument)
            return false;
        if (t == QXmlStreamReader::EndElement && xml.name() == parent)
            return false;
        if (t == QXmlStreamReader::StartElement)
            return true;
    }
}

bool PartXml::elementText(QString &out)
{
    out.clear();
    int depth = 1;
    while (depth > 0) {
        const auto t = next();
        if (t == QXmlStreamReader::StartElement)
            ++depth;
        else if (t == QXmlStreamReader::EndElement)
            --depth;
        else if (t == QXmlStreamReader::Characters)
            out += xml.text();
        else if (t == QXmlStreamReader::Invalid || t == QXmlStreamReader::EndDocument)
            return false;
    }
    return true;
}

void PartXml::skipElement()
{
    int depth = 1;
    while (depth > 0) {
        const auto t = next();
        if (t == QXmlStreamReader::StartElement)
            ++depth;
        else if (t == QXmlStreamReader::EndElement)
            --depth;
        else if (t == QXmlStreamReader::Invalid || t == QXmlStreamReader::EndDocument)
            return;
    }
}

void PartXml::feed()
{
    m_buffer.resize(kChunk);
    const int n = unzReadCurrentFile(m_zip, m_buffer.data(), kChunk);
    if (n < 0) {
        m_ioError = true;
        m_eof = true;
        return;
    }
    if (n == 0) {
        m_eof = true;
        return;
    }
    m_total += n;
    if (m_total > m_cap) {
        m_tooLarge = true;
        m_eof = true;
        return;
    }
    xml.addData(QByteArray(m_buffer.constData(), n));
}

} // namespace kinerja::exchange::detail
