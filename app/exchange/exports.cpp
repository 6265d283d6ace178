#include "exports.h"

#include "domain/grade.h"
#include "domain/nip.h"
#include "prefetch.h"
#include "storage/database.h"
#include "storage/exportquery.h"
#include "storage/periodrepository.h"
#include "storage/settingrepository.h"
#include "storage/unitrepository.h"
#include "unitnames.h"
#include "xlsxfilewriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>

#include <memory>

namespace kinerja::exchange {

namespace {

// Translation context of the export's sheet names, headers and messages.
class RecapExport {
    Q_DECLARE_TR_FUNCTIONS(kinerja::exchange::RecapExport)
};

constexpr int kProgressEvery = 256;

template <typename Row>
using RowsOf = Status (ExportQuery::*)(const RecapFilter &,
                                       const std::function<bool(const Row &)> &, bool *) const;

// The rows of `rows`, read on a second connection on a worker thread while the caller
// writes them. The worker connects and runs its query as soon as the source is made,
// while the caller counts rows and opens its file. Inside a transaction (whose changes
// another connection would not see) they are read on this connection, when read() is called.
template <typename Row> class RowSource {
public:
    RowSource(Database &db, RowsOf<Row> rows, const RecapFilter &filter)
        : m_db(db), m_rows(rows), m_filter(filter)
    {
        if (db.transactionDepth() > 0 || (!db.isServer() && !QFileInfo(db.path()).isFile()))
            return;
        m_prefetch = std::make_unique<Prefetch<Row>>(
            [&db, rows, filter](const typename Prefetch<Row>::Emit &handOver) {
                Database reader;
                if (Status s = reader.openReader(db); !s)
                    return s;
                return (ExportQuery(reader).*rows)(filter, handOver, nullptr);
            });
    }

    Status read(const std::function<bool(const Row &)> &each)
    {
        if (!m_prefetch)
            return (ExportQuery(m_db).*m_rows)(m_filter, each, nullptr);
        return m_prefetch->consume(each);
    }

private:
    Database &m_db;
    RowsOf<Row> m_rows;
    RecapFilter m_filter;
    std::unique_ptr<Prefetch<Row>> m_prefetch;
};

ExportColumn col(const QString &header, ColumnKind kind = ColumnKind::Text, int maxWidth = 50)
{
    ExportColumn c;
    c.header = header;
    c.kind = kind;
    c.maxWidth = maxWidth;
    return c;
}

// The main table of an export: one CSV file, or the first sheet of a workbook with
// the other sheets beside it.
class Output {
public:
    Output(const QString &path, const ExportOptions &options) : m_options(options)
    {
        if (options.format == ExportFormat::Csv)
            m_csv = std::make_unique<CsvWriter>(path, options.csv);
        else
            m_xlsx = std::make_unique<XlsxWriter>(path);
    }

    bool isXlsx() const { return m_xlsx != nullptr; }
    XlsxWriter *xlsx() { return m_xlsx.get(); }

    Status open(const XlsxProperties &properties, const QString &sheet,
                const QVector<ExportColumn> &columns)
    {
        if (m_csv)
            return m_csv->open(columns);
        const Status s = m_xlsx->open(properties);
        if (!s)
            return s;
        return m_xlsx->addSheet(sheet, columns, &m_main);
    }
    Status writeRow(const ExportRow &row)
    {
        return m_csv ? m_csv->writeRow(row) : m_xlsx->writeRow(m_main, row);
    }
    Status finish() { return m_csv ? m_csv->commit() : m_xlsx->finish(); }
    void discard()
    {
        if (m_csv)
            m_csv->cancel();
        else
            m_xlsx->discard();
    }

private:
    ExportOptions m_options;
    std::unique_ptr<CsvWriter> m_csv;
    std::unique_ptr<XlsxWriter> m_xlsx;
    int m_main = 0;
};

Status cancelled(const QString &path, Output *out, ExportResult *result)
{
    out->discard();
    if (result)
        result->cancelled = true;
    return Status::error(RecapExport::tr("The export to %1 was cancelled; no file was written.")
                             .arg(QDir::toNativeSeparators(path)),
                         cancelledField());
}

// Rows done of the total; false when the user cancelled.
class Progress {
public:
    Progress(const ExportProgress &callback, int total) : m_callback(callback), m_total(total) {}
    bool step()
    {
        ++m_done;
        if (!m_callback || m_done % kProgressEvery != 0)
            return true;
        return m_callback(m_done, m_total);
    }
    bool end() { return !m_callback || m_callback(m_done, m_total); }
    bool start() { return !m_callback || m_callback(0, m_total); }

private:
    const ExportProgress &m_callback;
    int m_total = 0;
    int m_done = 0;
};

QVector<ExportColumn> detailColumns()
{
    return {col(RecapExport::tr("NIP"), ColumnKind::Identifier),
            col(RecapExport::tr("Name"), ColumnKind::Text, 40),
            col(RecapExport::tr("RHK no."), ColumnKind::Integer),
            col(RecapExport::tr("RHK type")),
            col(RecapExport::tr("Work result plan (RHK)"), ColumnKind::Text, 60),
            col(RecapExport::tr("Aspect")),
            col(RecapExport::tr("Indicator"), ColumnKind::Text, 60),
            col(RecapExport::tr("Target")),
            col(RecapExport::tr("Unit of measure")),
            col(RecapExport::tr("Realisation"), ColumnKind::Text, 40),
            col(RecapExport::tr("Feedback"), ColumnKind::Text, 60)};
}

QString aspectName(IndicatorAspect aspect)
{
    switch (aspect) {
    case IndicatorAspect::Kuantitas:
        return RecapExport::tr("Quantity");
    case IndicatorAspect::Kualitas:
        return RecapExport::tr("Quality");
    case IndicatorAspect::Waktu:
        return RecapExport::tr("Time");
    }
    return {};
}

// Counts of one unit (or the total) for "Ringkasan Unit".
struct UnitSummary {
    QString name;
    int total = 0;
    int states[4] = {0, 0, 0, 0};
    int incomplete = 0;
    QHash<QString, int> predikats;

    void add(const RecapExportRow &r)
    {
        ++total;
        ++states[static_cast<int>(r.state)];
        if (r.predikat.isEmpty())
            ++incomplete;
        else
            ++predikats[r.predikat];
    }
};

struct PredikatColumn {
    int kind = 0;
    int level = 0;
    QString name;
};

// Translated names looked up once per export, not once per row.
struct NameCache {
    QString states[4];
    QString ratings[3];
    QHash<int, QString> grades;
    NameCache()
    {
        for (int i = 0; i < 4; ++i)
            states[i] = appraisalStateName(static_cast<AppraisalState>(i));
        for (int i = 0; i < 3; ++i)
            ratings[i] = ratingName(static_cast<Rating>(i));
    }
    const QString &grade(EmployeeStatus status, int code)
    {
        const int key = static_cast<int>(status) * 1000 + code;
        auto it = grades.find(key);
        if (it == grades.end())
            it = grades.insert(key, Grade::display(status, code));
        return *it;
    }
};

void fillRecapRow(const RecapExportRow &r, int number, const QString &unitLabel, NameCache &names,
                  ExportRow *row)
{
    ExportRow &c = *row;
    c[0].setNumber(number);
    c[1].setText(r.nip);
    c[2].setText(r.name);
    c[3].setText(r.jabatan);
    c[4].setText(names.grade(r.status, r.grade));
    c[5].setText(unitLabel);
    c[6].setText(r.raterName);
    c[7].setText(r.raterNip);
    if (r.ratingHasil)
        c[8].setText(names.ratings[static_cast<int>(*r.ratingHasil)]);
    else
        c[8].clear();
    if (r.ratingPerilaku)
        c[9].setText(names.ratings[static_cast<int>(*r.ratingPerilaku)]);
    else
        c[9].clear();
    if (r.score)
        c[10].setNumber(*r.score);
    else
        c[10].clear();
    c[11].setText(r.predikat);
    c[12].setText(names.states[static_cast<int>(r.state)]);
    c[13].setDate(r.finalizedOn);
    c[14].setText(r.rekomendasi);
}

Status writeSummary(XlsxWriter *xlsx, int sheet, const QVector<UnitSummary> &units,
                    QVector<PredikatColumn> predikats)
{
    std::sort(predikats.begin(), predikats.end(),
              [](const PredikatColumn &a, const PredikatColumn &b) {
                  if (a.kind != b.kind)
                      return a.kind < b.kind;
                  return a.level > b.level; // best first
              });
    QVector<ExportColumn> columns{col(RecapExport::tr("Work unit"), ColumnKind::Text, 50),
                                  col(RecapExport::tr("Appraisals"), ColumnKind::Integer)};
    for (int s = 0; s < 4; ++s)
        columns << col(appraisalStateName(static_cast<AppraisalState>(s)), ColumnKind::Integer);
    for (const PredikatColumn &p : std::as_const(predikats))
        columns << col(p.name, ColumnKind::Integer);
    columns << col(RecapExport::tr("Without predikat"), ColumnKind::Integer);
    ExportColumn share = col(RecapExport::tr("Final share"), ColumnKind::Percent);
    share.places = 1;
    columns << share;
    Status s = xlsx->setColumns(sheet, columns);
    if (!s)
        return s;

    UnitSummary all;
    all.name = RecapExport::tr("Total");
    for (const UnitSummary &u : units) {
        all.total += u.total;
        for (int i = 0; i < 4; ++i)
            all.states[i] += u.states[i];
        all.incomplete += u.incomplete;
        for (auto it = u.predikats.cbegin(); it != u.predikats.cend(); ++it)
            all.predikats[it.key()] += it.value();
    }
    ExportRow row(columns.size());
    auto write = [&](const UnitSummary &u) {
        int c = 0;
        row[c++].setText(u.name);
        row[c++].setNumber(u.total);
        for (const int state : u.states)
            row[c++].setNumber(state);
        for (const PredikatColumn &p : std::as_const(predikats))
            row[c++].setNumber(u.predikats.value(p.name));
        row[c++].setNumber(u.incomplete);
        row[c++].setNumber(u.total > 0 ? double(u.states[3]) / u.total : 0.0);
        return xlsx->writeRow(sheet, row);
    };
    for (const UnitSummary &u : units) {
        s = write(u);
        if (!s)
            return s;
    }
    return write(all);
}

} // namespace

QVector<ExportColumn> recapColumns()
{
    ExportColumn score = col(RecapExport::tr("Score"), ColumnKind::Decimal);
    score.places = 2;
    return {col(RecapExport::tr("No."), ColumnKind::Integer),
            col(RecapExport::tr("NIP"), ColumnKind::Identifier),
            col(RecapExport::tr("Name"), ColumnKind::Text, 40),
            col(RecapExport::tr("Position"), ColumnKind::Text, 45),
            col(RecapExport::tr("Rank/grade"), ColumnKind::Text, 35),
            col(RecapExport::tr("Work unit"), ColumnKind::Text, 45),
            col(RecapExport::tr("Appraising official"), ColumnKind::Text, 40),
            col(RecapExport::tr("Appraising official's NIP"), ColumnKind::Identifier),
            col(RecapExport::tr("Work result rating"), ColumnKind::Text, 30),
            col(RecapExport::tr("Work behaviour rating"), ColumnKind::Text, 30),
            score,
            col(RecapExport::tr("Predikat"), ColumnKind::Text, 30),
            col(RecapExport::tr("Status")),
            col(RecapExport::tr("Finalised on"), ColumnKind::Date),
            col(RecapExport::tr("Development recommendation"), ColumnKind::Text, 60)};
}

// "JPT Pratama", "Administrator", "Fungsional Ahli Muda": how the import reads it back.
static QString jabatanTypeText(JabatanKind kind, Jenjang jenjang)
{
    if (kind == JabatanKind::Jpt && jenjang != Jenjang::None)
        return jenjangName(jenjang);
    if (kind == JabatanKind::Fungsional && jenjang != Jenjang::None)
        return jabatanKindName(kind) + QLatin1Char(' ') + jenjangName(jenjang);
    return jabatanKindName(kind);
}

QVector<ExportColumn> employeeColumns()
{
    // The employee import's columns first (name and gelar apart, jenis jabatan, NIP
    // atasan), so that an exported list imports again unchanged.
    return {col(RecapExport::tr("No."), ColumnKind::Integer),
            col(RecapExport::tr("NIP"), ColumnKind::Identifier),
            col(RecapExport::tr("Name"), ColumnKind::Text, 40),
            col(RecapExport::tr("Title before"), ColumnKind::Text, 12),
            col(RecapExport::tr("Title after"), ColumnKind::Text, 20),
            col(RecapExport::tr("Position"), ColumnKind::Text, 45),
            col(RecapExport::tr("Position type"), ColumnKind::Text, 25),
            col(RecapExport::tr("Employee status")),
            col(RecapExport::tr("Rank/grade"), ColumnKind::Text, 35),
            col(RecapExport::tr("Work unit"), ColumnKind::Text, 45),
            col(RecapExport::tr("Supervisor NIP"), ColumnKind::Identifier),
            col(RecapExport::tr("Date of birth"), ColumnKind::Date),
            col(RecapExport::tr("Start date (TMT)"), ColumnKind::Date),
            col(RecapExport::tr("Employment state"))};
}

Status exportRecap(Database &db, const RecapFilter &filter, const QString &path,
                   const ExportOptions &options, const ExportProgress &progress,
                   ExportResult *result)
{
    if (result)
        *result = {};
    const std::optional<PeriodInfo> period = PeriodRepository(db).find(filter.periodId);
    if (!period)
        return Status::error(RecapExport::tr("There is no such appraisal period."),
                             QStringLiteral("period"));
    QString unitName = RecapExport::tr("all units");
    if (filter.unitId > 0) {
        const std::optional<Unit> unit = UnitRepository(db).find(filter.unitId);
        if (!unit)
            return Status::error(RecapExport::tr("There is no such unit."), QStringLiteral("unit"));
        unitName = unit->name;
    }

    RowSource<RecapExportRow> recapRows(db, &ExportQuery::forEachRecapRow, filter);
    ExportQuery query(db);
    Output out(path, options);
    const bool xlsx = out.isXlsx();
    const bool detail = xlsx && options.detailSheet;
    const bool summary = xlsx && options.summarySheet;
    const bool perUnit = xlsx && options.sheetPerUnit;
    int total = 0;
    Status s = query.recapCount(filter, &total);
    if (!s)
        return s;
    int detailTotal = 0;
    if (detail) {
        s = query.detailCount(filter, &detailTotal);
        if (!s)
            return s;
    }
    Progress steps(progress, total + detailTotal);
    if (!steps.start())
        return cancelled(path, &out, result);

    XlsxProperties properties;
    properties.title = RecapExport::tr("Appraisal recap %1, %2").arg(period->code(), unitName);
    properties.subject = RecapExport::tr("Performance appraisal of civil servants");
    properties.company = SettingRepository(db).agency().name;
    const QVector<ExportColumn> columns = recapColumns();
    s = out.open(properties, RecapExport::tr("Recap"), columns);
    if (!s)
        return s;
    int detailSheet = -1;
    int summarySheet = -1;
    if (detail &&
        !(s = out.xlsx()->addSheet(RecapExport::tr("Details"), detailColumns(), &detailSheet)))
        return s;
    if (summary && !(s = out.xlsx()->addSheet(RecapExport::tr("Unit summary"), &summarySheet)))
        return s;

    QVector<UnitSummary> units;
    QVector<PredikatColumn> predikats;
    QHash<QString, int> predikatIndex;
    qint64 currentUnit = -1;
    int unitSheet = -1;
    int unitNumber = 0;
    int number = 0;
    ExportRow row(columns.size());
    NameCache names;
    // Every kecamatan has its "Seksi Pemerintahan": repeated names carry their parent.
    const UnitNames unitNames(db);
    QString unitLabel;
    Status failed;
    bool stopped = false;
    // One row done: false (stop reading) when the user cancelled.
    const auto advance = [&steps, &stopped]() {
        stopped = !steps.step();
        return !stopped;
    };
    s = recapRows.read([&](const RecapExportRow &r) {
        if (r.unitId != currentUnit) {
            currentUnit = r.unitId;
            unitNumber = 0;
            unitLabel = unitNames.label(r.unitId, r.unitName);
            UnitSummary u;
            u.name = unitLabel;
            units << u;
            if (perUnit) {
                failed = out.xlsx()->addSheet(unitLabel, columns, &unitSheet);
                if (!failed)
                    return false;
            }
        }
        fillRecapRow(r, ++number, unitLabel, names, &row);
        failed = out.writeRow(row);
        if (!failed)
            return false;
        units.last().add(r);
        if (!r.predikat.isEmpty() && !predikatIndex.contains(r.predikat)) {
            predikatIndex.insert(r.predikat, int(predikats.size()));
            predikats << PredikatColumn{static_cast<int>(r.schemeKind), r.predikatLevel.value_or(0),
                                        r.predikat};
        }
        if (perUnit) {
            row[0].setNumber(++unitNumber);
            failed = out.xlsx()->writeRow(unitSheet, row);
            if (!failed)
                return false;
        }
        return advance();
    });
    if (!s || !failed) {
        out.discard();
        return s ? failed : s;
    }
    if (stopped)
        return cancelled(path, &out, result);

    if (detail) {
        ExportRow d(detailColumns().size());
        RowSource<RecapDetailRow> detailRows(db, &ExportQuery::forEachDetailRow, filter);
        s = detailRows.read([&](const RecapDetailRow &r) {
            d[0].setText(r.nip);
            d[1].setText(r.name);
            d[2].setNumber(r.rhkNumber);
            d[3].setText(r.kind == RhkKind::Utama ? RecapExport::tr("Main")
                                                  : RecapExport::tr("Additional"));
            d[4].setText(r.rhk);
            d[5].setText(aspectName(r.aspek));
            d[6].setText(r.indikator);
            d[7].setText(r.target);
            d[8].setText(r.satuan);
            d[9].setText(r.realisasi);
            d[10].setText(r.umpanBalik);
            failed = out.xlsx()->writeRow(detailSheet, d);
            return failed && advance();
        });
        if (!s || !failed) {
            out.discard();
            return s ? failed : s;
        }
        if (stopped)
            return cancelled(path, &out, result);
    }
    if (summary) {
        s = writeSummary(out.xlsx(), summarySheet, units, predikats);
        if (!s) {
            out.discard();
            return s;
        }
    }
    if (!steps.end())
        return cancelled(path, &out, result);
    s = out.finish();
    if (s && result)
        result->rows = number;
    return s;
}

Status exportEmployees(Database &db, const EmployeeFilter &filter, const QString &path,
                       const ExportOptions &options, const ExportProgress &progress,
                       ExportResult *result)
{
    if (result)
        *result = {};
    EmployeeListQuery query(db);
    const QVector<qint64> ids = query.ids(filter, EmployeeColumn::Unit, Qt::AscendingOrder);
    Progress steps(progress, int(ids.size()));
    Output out(path, options);
    if (!steps.start())
        return cancelled(path, &out, result);
    XlsxProperties properties;
    properties.title = RecapExport::tr("Employees");
    properties.subject = RecapExport::tr("Civil servants of the agency");
    properties.company = SettingRepository(db).agency().name;
    const QVector<ExportColumn> columns = employeeColumns();
    Status s = out.open(properties, RecapExport::tr("Employees"), columns);
    if (!s)
        return s;
    constexpr int kChunk = 1000;
    ExportRow row(columns.size());
    int number = 0;
    const UnitNames units(db);
    for (int from = 0; from < ids.size(); from += kChunk) {
        const QVector<EmployeeRow> rows = query.rows(ids.mid(from, kChunk));
        for (const EmployeeRow &e : rows) {
            const NipParseResult nip = Nip::parse(e.nip);
            row[0].setNumber(++number);
            row[1].setText(e.nip);
            row[2].setText(e.name);
            row[3].setText(e.gelarDepan);
            row[4].setText(e.gelarBelakang);
            row[5].setText(e.jabatan);
            row[6].setText(jabatanTypeText(e.jabatanKind, e.jenjang));
            row[7].setText(statusName(e.status));
            row[8].setText(Grade::display(e.status, e.grade));
            row[9].setText(units.label(e.unitId)); // the import finds it again
            row[10].setText(e.atasanNip);
            row[11].setDate(nip.isValid() ? nip.info.birthDate : QDate());
            row[12].setDate(nip.isValid() ? nip.info.startDate : QDate());
            row[13].setText(employmentStateName(e.state));
            s = out.writeRow(row);
            if (!s) {
                out.discard();
                return s;
            }
            if (!steps.step())
                return cancelled(path, &out, result);
        }
    }
    if (!steps.end())
        return cancelled(path, &out, result);
    s = out.finish();
    if (s && result)
        result->rows = number;
    return s;
}

} // namespace kinerja::exchange
