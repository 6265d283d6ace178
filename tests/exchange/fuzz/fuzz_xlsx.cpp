// libFuzzer target for XlsxReader: every sheet of whatever opens.
#include "exchange/xlsxreader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace kinerja::exchange;
    XlsxOptions options;
    options.maxRows = 5000;
    options.maxColumns = 200;
    options.maxPartSize = 64 * 1024 * 1024;
    XlsxReader reader(options);
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (!reader.openData(bytes, QStringLiteral("fuzz.xlsx")))
        return 0;
    for (const QString &name : reader.sheetNames()) {
        SheetTable table;
        (void)reader.readSheet(name, table);
    }
    return 0;
}
