// Runs a fuzz target's LLVMFuzzerTestOneInput over seeds and deterministic
// mutations of them (truncations, byte flips), so the fuzz entry points run in
// every CI build, also with GCC. With a folder argument, its files are run too
// (e.g. a libFuzzer corpus or crash files); `--write-seeds DIR` writes the seeds
// there instead, as the starting corpus of scripts/fuzz.sh.
#include "../xlsxtestutil.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

void run(const QByteArray &input)
{
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()),
                           size_t(input.size()));
}

QVector<QByteArray> seeds()
{
    QVector<QByteArray> out;
#ifdef KINERJA_FUZZ_XLSX
    QTemporaryDir dir;
    const QString p = dir.filePath(QStringLiteral("seed.xlsx"));
    const QByteArray shared = "<si><t>NIP</t></si><si><r><t>Na</t></r><r><t>ma</t></r></si>";
    const QByteArray styles = "<numFmts><numFmt numFmtId=\"164\" formatCode=\"d/m/yyyy\"/>"
                              "</numFmts><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/>"
                              "</cellXfs>";
    const QByteArray sheet =
        "<dimension ref=\"A1:D3\"/><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
        "<c r=\"B1\" t=\"s\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\"><v>1.98501E+17</v></c>"
        "<c r=\"B2\" t=\"inlineStr\"><is><t>Budi</t></is></c><c r=\"C2\" s=\"1\"><v>31048</v></c>"
        "<c r=\"D2\"><f>1+1</f><v>2</v></c></row><row r=\"3\"><c r=\"A3\" t=\"b\"><v>1</v></c>"
        "<c r=\"B3\" t=\"e\"><v>#N/A</v></c></row></sheetData>"
        "<mergeCells><mergeCell ref=\"A5:B6\"/></mergeCells>";
    if (testutil::writeZip(p, testutil::minimalWorkbook(sheet, shared, styles, true)))
        out.append(testutil::readAll(p));
    out.append(QByteArray());
    out.append(QByteArray("PK\x03\x04"));
    out.append(QByteArray("\xD0\xCF\x11\xE0"));
#else
    out.append("NIP,Nama\n198501012010011001,Budi\n");
    out.append("a;b;c\r\n\"x;y\";\"q\"\"q\";\"multi\nline\"\r\n1,5;2,5;\r\n");
    out.append("\xEF\xBB\xBF"
               "a\tb\n1\t2\n");
    out.append("Nama\nRen\xE9 \x92\x80\n");
    out.append("a,\"unterminated\n");
    out.append(QByteArray("\xFF\xFE"
                          "a\0",
                          4));
    out.append("\x81\x8D\x8F");
    out.append("1.98501E+17,x\n");
    out.append(QByteArray());
#endif
    return out;
}

// Writes the seeds into a folder, as a starting corpus for the libFuzzer target.
int writeSeeds(const QString &folder)
{
    if (!QDir().mkpath(folder)) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(folder));
        return 1;
    }
    const QVector<QByteArray> base = seeds();
    for (int i = 0; i < base.size(); ++i) {
        QFile f(QDir(folder).filePath(QStringLiteral("seed-%1").arg(i)));
        if (!f.open(QIODevice::WriteOnly) || f.write(base[i]) != base[i].size()) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(f.fileName()));
            return 1;
        }
    }
    std::printf("%d seeds written to %s\n", int(base.size()), qPrintable(folder));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--write-seeds") == 0)
        return writeSeeds(QString::fromLocal8Bit(argv[2]));
    int runs = 0;
    const QVector<QByteArray> base = seeds();
    quint32 state = 12345;
    auto nextRandom = [&state]() {
        state = state * 1103515245u + 12345u;
        return state >> 8;
    };
    for (const QByteArray &seed : base) {
        run(seed);
        ++runs;
        for (int cut = 0; cut < seed.size(); cut += std::max(1, int(seed.size() / 64))) {
            run(seed.left(cut));
            ++runs;
        }
        for (int i = 0; i < 300 && !seed.isEmpty(); ++i) {
            QByteArray m = seed;
            const int flips = 1 + int(nextRandom() % 4);
            for (int k = 0; k < flips; ++k)
                m[int(nextRandom() % quint32(m.size()))] = char(nextRandom() & 0xFF);
            run(m);
            ++runs;
        }
    }
    if (argc > 1) {
        const QDir dir(QString::fromLocal8Bit(argv[1]));
        for (const QString &name : dir.entryList(QDir::Files)) {
            run(testutil::readAll(dir.filePath(name)));
            ++runs;
        }
    }
    std::printf("%d inputs run without a crash\n", runs);
    return 0;
}
