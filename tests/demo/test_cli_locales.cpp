// Files Kinerja writes are the same whatever the desktop's locale: the built
// kinerja-cli runs under C.UTF-8 and under id_ID.UTF-8 (decimal comma in the C library),
// and what it writes is compared part by part, and read by openpyxl.
#include "support/process.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kPython = QStringLiteral("/usr/bin/python3");
const QString kIndonesian = QStringLiteral("id_ID.UTF-8");
const QString kC = QStringLiteral("C.UTF-8");

using support::Run;

Run run(const QString &program, const QStringList &args, const QString &locale)
{
    QProcessEnvironment env = support::localeEnvironment(locale);
    for (const char *name : {"LC_NUMERIC", "LANGUAGE"})
        env.insert(QLatin1String(name), locale);
    // Qt's PDF writer orders its font objects by a hash that is seeded per process:
    // a fixed seed makes two runs comparable.
    env.insert(QStringLiteral("QT_HASH_SEED"), QStringLiteral("0"));
    return support::run(program, args, env);
}

Run cli(const QStringList &args, const QString &locale)
{
    return run(QStringLiteral(KINERJA_CLI_PATH), args, locale);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Every part of an XLSX (a zip) by name. docProps/core.xml carries the time of writing,
// which is the only thing allowed to differ between two runs.
const char *const kParts = R"(
import json, re, sys, zipfile
parts = {}
with zipfile.ZipFile(sys.argv[1]) as z:
    for name in z.namelist():
        data = z.read(name).decode('utf-8', 'replace')
        if name == 'docProps/core.xml':
            data = re.sub(r'<dcterms:(created|modified)[^>]*>[^<]*<', '<dcterms:\\1>T<', data)
        parts[name] = data
print(json.dumps(parts))
)";

// The numbers of every sheet as openpyxl reads them: it refuses a workbook whose numbers
// or column widths are written with a decimal comma.
const char *const kOpenpyxlNumbers = R"(
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {}
for ws in wb.worksheets:
    widths = [d.width for d in ws.column_dimensions.values() if d.width]
    rows = [[c for c in row] for row in ws.iter_rows(values_only=True)]
    out[ws.title] = {'widths': widths, 'rows': rows,
                     'margins': [ws.page_margins.left, ws.page_margins.top]}
print(json.dumps(out, default=str))
)";

QJsonObject python(const char *script, const QString &file, QString *error)
{
    QProcess p;
    p.start(kPython, {QStringLiteral("-c"), QString::fromUtf8(script), file});
    if (!p.waitForFinished(120000) || p.exitCode() != 0) {
        *error = QString::fromUtf8(p.readAllStandardError());
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

// The PDF with its creation time taken out.
QByteArray pdfWithoutDate(const QString &path)
{
    QByteArray pdf = readAll(path);
    static const QRegularExpression date(QStringLiteral("/CreationDate ?\\(D:[^)]*\\)"));
    return QString::fromLatin1(pdf).remove(date).toLatin1();
}

} // namespace

class TestCliLocales : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QProcess locales;
        locales.start(QStringLiteral("locale"), {QStringLiteral("-a")});
        QVERIFY(locales.waitForFinished());
        const QString all = QString::fromUtf8(locales.readAllStandardOutput()).toLower();
        QVERIFY2(all.contains(QLatin1String("id_id.utf8")),
                 "the id_ID.UTF-8 locale is missing: run scripts/install-deps.sh");
        m_db = m_dir.filePath(QStringLiteral("district.sqlite"));
        const Run r =
            cli({QStringLiteral("demo"), QStringLiteral("--db"), m_db,
                 QStringLiteral("--employees"), QStringLiteral("90"), QStringLiteral("--years"),
                 QStringLiteral("1"), QStringLiteral("--seed"), QStringLiteral("16")},
                kC);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void exportsAreTheSameInEveryLocale_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("suffix");
        const QString export_ = QStringLiteral("export");
        const QString period = QStringLiteral("--period");
        const QString q4 = QStringLiteral("2025-Q4");
        QTest::newRow("recap xlsx") << QStringList{export_, QStringLiteral("--recap"), period, q4,
                                                   QStringLiteral("--sheet-per-unit")}
                                    << QStringLiteral("xlsx");
        QTest::newRow("recap csv")
            << QStringList{export_, QStringLiteral("--recap"), period, q4} << QStringLiteral("csv");
        QTest::newRow("employees xlsx")
            << QStringList{export_, QStringLiteral("--employees")} << QStringLiteral("xlsx");
        QTest::newRow("employees csv")
            << QStringList{export_, QStringLiteral("--employees")} << QStringLiteral("csv");
        QTest::newRow("template xlsx")
            << QStringList{export_, QStringLiteral("--template"), period, q4}
            << QStringLiteral("xlsx");
        QTest::newRow("sheets pdf") << QStringList{QStringLiteral("print"), period, q4,
                                                   QStringLiteral("--unit"), QStringLiteral("1")}
                                    << QStringLiteral("pdf");
        QTest::newRow("recap pdf")
            << QStringList{QStringLiteral("print"), period, q4, QStringLiteral("--recap"),
                           QStringLiteral("predikat")}
            << QStringLiteral("pdf");
    }

    // Under id_ID the C library writes "0,7": an export must not notice.
    void exportsAreTheSameInEveryLocale()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, suffix);
        const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
        QMap<QString, QString> files;
        for (const QString &locale : {kC, kIndonesian}) {
            const QString out =
                m_dir.filePath(tag + QLatin1Char('-') + locale + QLatin1Char('.') + suffix);
            const Run r =
                cli(QStringList{args} << QStringLiteral("--db") << m_db << QStringLiteral("--lang")
                                      << QStringLiteral("id") << QStringLiteral("--out") << out,
                    locale);
            QVERIFY2(r.exitCode == 0, qPrintable(locale + QLatin1String(": ") + r.err));
            files.insert(locale, out);
        }
        if (suffix == QLatin1String("xlsx")) {
            QString error;
            const QJsonObject c = python(kParts, files[kC], &error);
            QVERIFY2(!c.isEmpty(), qPrintable(error));
            const QJsonObject id = python(kParts, files[kIndonesian], &error);
            QCOMPARE(id.keys(), c.keys());
            for (const QString &part : c.keys())
                QVERIFY2(id.value(part) == c.value(part),
                         qPrintable(part + QLatin1String(" differs under id_ID.UTF-8")));
        } else if (suffix == QLatin1String("pdf")) {
            QCOMPARE(pdfWithoutDate(files[kIndonesian]), pdfWithoutDate(files[kC]));
        } else {
            QCOMPARE(readAll(files[kIndonesian]), readAll(files[kC]));
        }
    }

    // The recap exported on an Indonesian desktop opens in openpyxl, and its numbers
    // are the stored ones: the unit summary counts every appraisal of the period, and
    // its final share is final / all of the row.
    void indonesianRecapOpensInOpenpyxl()
    {
        const QString out = m_dir.filePath(QStringLiteral("rekap-id.xlsx"));
        const Run r = cli({QStringLiteral("export"), QStringLiteral("--recap"),
                           QStringLiteral("--period"), QStringLiteral("2025-Q4"),
                           QStringLiteral("--db"), m_db, QStringLiteral("--out"), out},
                          kIndonesian);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QString error;
        const QJsonObject book = python(kOpenpyxlNumbers, out, &error);
        QVERIFY2(!book.isEmpty(),
                 qPrintable(QLatin1String("openpyxl refused the export: ") + error));

        const QJsonObject rekap = book.value(QStringLiteral("Rekap")).toObject();
        QVERIFY(!rekap.value(QStringLiteral("widths")).toArray().isEmpty());
        for (const QJsonValue &w : rekap.value(QStringLiteral("widths")).toArray())
            QVERIFY(w.toDouble() > 1);
        QCOMPARE(rekap.value(QStringLiteral("margins")).toArray().at(0).toDouble(), 0.7);

        int stored = 0, storedFinal = 0;
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(m_db);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(
                QStringLiteral("SELECT count(*), sum(a.state = 3) FROM appraisal a JOIN period p "
                               "ON p.id = a.period_id WHERE p.code = '2025-Q4'")));
            QVERIFY(q.next());
            stored = q.value(0).toInt();
            storedFinal = q.value(1).toInt();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        QVERIFY(stored > 0);

        // Rekap: one row per appraisal, numbered 1..n as numbers.
        const QJsonArray rows = rekap.value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size() - 1, stored);
        for (int i = 1; i < rows.size(); ++i)
            QCOMPARE(rows.at(i).toArray().at(0).toDouble(), double(i));

        // Ringkasan Unit: Appraisals, the four states, ..., Final share (a number 0..1).
        const QJsonObject summary = book.value(QStringLiteral("Ringkasan Unit")).toObject();
        const QJsonArray srows = summary.value(QStringLiteral("rows")).toArray();
        QVERIFY(srows.size() > 1);
        const QJsonArray header = srows.at(0).toArray();
        const int finalColumn = 5; // Unit, Appraisals, the four states: Final is the last
        QCOMPARE(header.at(finalColumn).toString(), QStringLiteral("Final"));
        // The last row is the total (Jumlah) of the unit rows above it.
        const QJsonArray sum = srows.last().toArray();
        QCOMPARE(sum.at(1).toInt(), stored);
        QCOMPARE(sum.at(finalColumn).toInt(), storedFinal);
        int total = 0, final = 0;
        for (int i = 1; i < srows.size() - 1; ++i) {
            const QJsonArray row = srows.at(i).toArray();
            QVERIFY2(row.at(1).isDouble(), qPrintable(row.at(0).toString()));
            const int n = row.at(1).toInt();
            const int f = row.at(finalColumn).toInt();
            total += n;
            final += f;
            const QJsonValue share = row.at(header.size() - 1);
            QVERIFY2(share.isDouble(), qPrintable(row.at(0).toString()));
            QCOMPARE(share.toDouble(), n > 0 ? double(f) / n : 0.0);
        }
        QCOMPARE(total, stored);
        QCOMPARE(final, storedFinal);
    }

    // The demo database written on an Indonesian desktop holds the same values.
    void demoDatabaseIsTheSameInEveryLocale()
    {
        QMap<QString, QStringList> dumps;
        for (const QString &locale : {kC, kIndonesian}) {
            const QString file =
                m_dir.filePath(QStringLiteral("demo-") + locale + QStringLiteral(".sqlite"));
            const Run r =
                cli({QStringLiteral("demo"), QStringLiteral("--db"), file,
                     QStringLiteral("--employees"), QStringLiteral("40"), QStringLiteral("--years"),
                     QStringLiteral("1"), QStringLiteral("--seed"), QStringLiteral("4")},
                    locale);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            dumps.insert(locale, dump(file));
        }
        QVERIFY(dumps[kC].size() > 1000);
        QCOMPARE(dumps[kIndonesian].size(), dumps[kC].size());
        for (int i = 0; i < dumps[kC].size(); ++i)
            QCOMPARE(dumps[kIndonesian].at(i), dumps[kC].at(i));
    }

private:
    // Every row of every table, with each value's SQLite type; times of writing
    // (the demo stamps "now") are blanked, and so are the audit trail's hashes, which
    // chain those times.
    static QStringList dump(const QString &file)
    {
        QStringList lines;
        const QString name = QStringLiteral("dump");
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(file);
            if (!db.open())
                return lines;
            QSqlQuery tables(db);
            tables.exec(QStringLiteral(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
            static const QRegularExpression stamp(
                QStringLiteral("\\d{4}-\\d\\d-\\d\\d[T ]\\d\\d:\\d\\d(:\\d\\d(\\.\\d+)?)?Z?"));
            while (tables.next()) {
                const QString table = tables.value(0).toString();
                QSqlQuery rows(db);
                rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
                while (rows.next()) {
                    QString line = table;
                    for (int c = 0; c < rows.record().count(); ++c) {
                        const QVariant v = rows.value(c);
                        const QString field = rows.record().fieldName(c);
                        const bool hash = table == QLatin1String("audit_entry") &&
                                          field.endsWith(QLatin1String("hash"));
                        line += QLatin1Char('|') + QString::fromLatin1(v.typeName()) +
                                QLatin1Char(':') +
                                (hash ? QStringLiteral("H")
                                      : v.toString().replace(stamp, QStringLiteral("T")));
                    }
                    lines << line;
                }
            }
        }
        QSqlDatabase::removeDatabase(name);
        return lines;
    }

    QTemporaryDir m_dir;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestCliLocales)
#include "test_cli_locales.moc"
