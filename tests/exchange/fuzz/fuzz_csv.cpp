// libFuzzer target for CsvReader (and the header helper on what it reads).
#include "exchange/csvreader.h"
#include "exchange/tablecolumns.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace kinerja::exchange;
    CsvOptions options;
    options.maxRows = 5000;
    CsvReader reader(options);
    SheetTable table;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (reader.readData(bytes, QStringLiteral("fuzz.csv"), table)) {
        ColumnMap map;
        (void)TableColumns::find(table, 1, {{QStringLiteral("nip"), {QStringLiteral("NIP")}, true}},
                                 map);
        (void)TableColumns::requireDataRows(table, 1);
        for (const auto &row : table.rows) {
            for (const Cell &cell : row)
                (void)TableColumns::checkIdentifier(cell, QStringLiteral("NIP"), 18);
        }
    }
    return 0;
}
