#include "appraisalimport.h"

#include "xlsxreader.h"

#include "domain/nip.h"
#include "storage/appraisalcontent.h"
#include "storage/appraisalrepository.h"
#include "storage/database.h"
#include "storage/employeerepository.h"
#include "storage/periodrepository.h"
#include "storage/transaction.h"

#include <QFileInfo>
#include <algorithm>

namespace kinerja::exchange {

namespace {

using Kind = AppraisalSheets::Kind;
const int NipDigits = 18;

QStringList headersOf(const SheetTable &table)
{
    QStringList out;
    if (table.rowCount() > 0) {
        for (const Cell &c : table.rows[0])
            out.append(c.text);
    }
    return out;
}

} // namespace

Status AppraisalImport::read(const QString &path, const QString &sheet,
                             const ColumnChoices &choices)
{
    m_extra.clear();
    const bool xlsx =
        QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0;
    // A template is read whole when no other sheet than its first two is asked for (the
    // import dialog offers the first sheet, Petunjuk).
    const QString asked = TableColumns::normalise(sheet);
    const bool whole =
        asked.isEmpty() ||
        asked == TableColumns::normalise(AppraisalSheets::instructionsSheetName()) ||
        asked == TableColumns::normalise(AppraisalSheets::sheetName(Kind::Penilaian));
    if (!xlsx || !whole)
        return TableImport::read(path, sheet, choices);

    XlsxOptions options;
    options.progress = fileProgress();
    XlsxReader reader(options);
    auto refuseFile = [&](const Status &s) {
        SheetTable empty;
        empty.sourceName = QFileInfo(path).fileName();
        begin(empty);
        m_changes.clear();
        m_ready = false;
        return refuse(s);
    };
    if (Status s = reader.open(path); !s)
        return refuseFile(s);
    auto sheetNamed = [&](Kind kind) {
        const QString wanted = TableColumns::normalise(AppraisalSheets::sheetName(kind));
        for (const QString &n : reader.sheetNames()) {
            if (TableColumns::normalise(n) == wanted)
                return n;
        }
        return QString();
    };
    const QString main = sheetNamed(Kind::Penilaian);
    if (main.isEmpty())
        return TableImport::read(path, sheet, choices);
    SheetTable table;
    if (Status s = reader.readSheet(main, table); !s)
        return refuseFile(s);
    for (Kind kind : {Kind::HasilKerja, Kind::Kegiatan}) {
        const QString name = sheetNamed(kind);
        if (name.isEmpty())
            continue;
        SheetTable extra;
        if (Status s = reader.readSheet(name, extra); !s)
            return refuseFile(s);
        m_extra.append(extra);
    }
    return readTable(table, choices);
}

Status AppraisalImport::readTable(const SheetTable &table, const ColumnChoices &choices)
{
    begin(table);
    m_changes.clear();
    m_index.clear();
    m_seenRow.clear();
    m_ready = false;
    m_kind = AppraisalSheets::detect(headersOf(m_table));
    if (Status s = findColumns(choices); !s)
        return s;
    if (!build()) {
        m_changes.clear();
        return refuseCancelled();
    }
    m_ready = true;
    return Status::ok();
}

bool AppraisalImport::build()
{
    QVector<Table> tables{{m_kind, &m_table, m_columns}};
    for (const SheetTable &extra : std::as_const(m_extra)) {
        if (!TableColumns::requireDataRows(extra, 1))
            continue; // a sheet with no rows: nothing of that kind in the template
        const Kind kind = AppraisalSheets::detect(headersOf(extra));
        Table t{kind, &extra, {}};
        Status s = TableColumns::find(extra, 1, AppraisalSheets::columns(kind), t.columns);
        if (s)
            s = TableColumns::refuseMergedCells(extra, 1);
        if (!s) {
            m_problems.append(ImportProblem{0, 0, {}, s.message(), extra.sheetName});
            continue;
        }
        tables.append(t);
    }
    m_numbers.clear();
    for (const Table &t : std::as_const(tables)) {
        for (const char *key : {"capaianSkp", "target", "realisasi", "targetKuantitas",
                                "targetKualitas", "targetWaktu", "targetBiaya", "realKuantitas",
                                "realKualitas", "realWaktu", "realBiaya"}) {
            if (t.columns.has(QLatin1String(key)))
                m_numbers.addColumn(*t.table, t.columns.column(QLatin1String(key)));
        }
    }
    for (const Table &t : std::as_const(tables)) {
        if (!t.columns.has(QStringLiteral("period")) && m_defaultPeriod == 0) {
            problem(t, 0, {},
                    tr("There is no column Periode: add one, or choose the period of the "
                       "file."));
            continue;
        }
        const int first = int(m_problems.size());
        if (!readRows(t))
            return false;
        std::stable_sort(m_problems.begin() + first, m_problems.end(),
                         [](const ImportProblem &a, const ImportProblem &b) {
                             return a.row != b.row ? a.row < b.row : a.column < b.column;
                         });
    }
    for (Change &c : m_changes) {
        if (c.ratingsChange) {
            if (c.hasil != c.stored.ratingHasil)
                c.changes.append(tr("rating hasil kerja"));
            if (c.perilaku != c.stored.ratingPerilaku)
                c.changes.append(tr("rating perilaku kerja"));
        }
        if (c.capaianChange)
            c.changes.append(tr("capaian SKP"));
        if (c.rekomendasiChange)
            c.changes.append(tr("rekomendasi"));
        if (c.targetsChange)
            c.changes.append(tr("targets"));
        if (!c.evaluated.isEmpty())
            c.changes.append(tr("%n indicator evaluation(s)", nullptr, int(c.evaluated.size())));
        if (c.kegiatanChange)
            c.changes.append(tr("kegiatan"));
        if (c.hasChanges() && !c.editable) {
            ImportProblem p{c.row,
                            0,
                            {},
                            c.stored.periodClosed
                                ? tr("The period %1 is closed: the appraisal of %2 cannot change "
                                     "(%3).")
                                      .arg(c.period, c.name, c.changes.join(QLatin1String(", ")))
                                : tr("The appraisal of %1 is final and cannot change (%2). "
                                     "Reopen it in Kinerja first.")
                                      .arg(c.name, c.changes.join(QLatin1String(", "))),
                            c.sheet};
            m_problems.append(p);
        }
    }
    return true;
}

bool AppraisalImport::readRows(const Table &t)
{
    for (int r = 2; r <= t.table->rowCount(); ++r) {
        if (!rowStep(r))
            return false;
        if (t.table->isRowEmpty(r))
            continue;
        const int index = changeIndex(t, r);
        if (index < 0)
            continue;
        Change &c = m_changes[index];
        switch (t.kind) {
        case Kind::Penilaian:
            penilaianRow(t, r, c);
            break;
        case Kind::HasilKerja:
            hasilKerjaRow(t, r, c);
            break;
        case Kind::Kegiatan:
            kegiatanRow(t, r, c);
            break;
        }
    }
    return true;
}

int AppraisalImport::changeIndex(const Table &t, int r)
{
    const QString nipKey = QStringLiteral("nip");
    const IdentifierCheck id = TableColumns::checkIdentifier(
        t.table->cell(r, t.columns.column(nipKey)), QStringLiteral("NIP"), NipDigits);
    if (id.isRefused()) {
        problem(t, r, nipKey, id.message);
        return -1;
    }
    if (id.kind != IdentifierCell::Digits || id.digits.size() != NipDigits) {
        problem(t, r, nipKey,
                id.kind == IdentifierCell::Empty
                    ? tr("The NIP is empty.")
                    : tr("“%1” is not a NIP of 18 digits.")
                          .arg(t.table->text(r, t.columns.column(nipKey))));
        return -1;
    }
    qint64 periodId = m_defaultPeriod;
    QString periodCode;
    if (t.columns.has(QStringLiteral("period"))) {
        const QString text = t.table->text(r, t.columns.column(QStringLiteral("period")));
        if (text.isEmpty() && periodId == 0) {
            problem(t, r, QStringLiteral("period"), tr("The period is empty."));
            return -1;
        }
        if (!text.isEmpty()) {
            const auto period = PeriodRepository(m_db).findByCode(text);
            if (!period) {
                problem(t, r, QStringLiteral("period"),
                        tr("There is no period “%1” in Kinerja (write it as 2026-Q1, 2026-M03, "
                           "2026-S1 or 2026).")
                            .arg(text));
                return -1;
            }
            periodId = period->id;
        }
    }
    const QString key = id.digits + u'|' + QString::number(periodId);
    if (const auto it = m_index.constFind(key); it != m_index.cend())
        return it.value();

    const auto employee = EmployeeRepository(m_db).findByNip(id.digits);
    if (!employee) {
        problem(t, r, nipKey, tr("No employee has the NIP %1.").arg(Nip::format(id.digits)));
        return -1;
    }
    const auto period = PeriodRepository(m_db).find(periodId);
    const auto appraisal = AppraisalRepository(m_db).findFor(employee->id, periodId);
    if (!appraisal || !period) {
        problem(t, r, nipKey,
                tr("%1 has no appraisal in %2: create it in Kinerja first.")
                    .arg(employee->fullName(), period ? period->code() : QString()));
        return -1;
    }
    Change c;
    c.row = r;
    c.sheet = m_extra.isEmpty() ? QString() : t.table->sheetName;
    c.appraisalId = appraisal->id;
    c.nip = id.digits;
    c.name = employee->fullName();
    c.period = period->code();
    c.scheme = appraisal->schemeKind;
    c.editable = appraisal->state != AppraisalState::Final && !appraisal->periodClosed;
    c.stored = *appraisal;
    c.hasil = appraisal->ratingHasil;
    c.perilaku = appraisal->ratingPerilaku;
    c.capaian = appraisal->capaianSkp;
    c.rekomendasi = appraisal->rekomendasi;
    m_changes.append(c);
    m_index.insert(key, int(m_changes.size()) - 1);
    return int(m_changes.size()) - 1;
}

bool AppraisalImport::firstTime(const Table &t, int row, const Change &c, const QString &what)
{
    const QString key = t.table->sheetName + u'|' + QString::number(c.appraisalId) + u'|' + what;
    const auto it = m_seenRow.constFind(key);
    if (it == m_seenRow.cend()) {
        m_seenRow.insert(key, row);
        return true;
    }
    problem(t, row, QStringLiteral("nip"),
            what.isEmpty()
                ? tr("The appraisal of %1 in %2 is also in row %3.").arg(c.name, c.period).arg(*it)
                : tr("%1 of %2 in %3 is also in row %4.").arg(what, c.name, c.period).arg(*it));
    return false;
}

void AppraisalImport::problem(const Table &t, int row, const QString &key, const QString &reason)
{
    const int column = key.isEmpty() ? 0 : t.columns.column(key);
    m_problems.append(ImportProblem{row, column, column > 0 ? t.table->text(1, column) : QString(),
                                    reason, m_extra.isEmpty() ? QString() : t.table->sheetName});
}

bool AppraisalImport::cellText(const Table &t, int row, const QString &key, QString *out)
{
    const Cell c = t.table->cell(row, t.columns.column(key));
    if (c.type == CellType::Formula) {
        problem(t, row, key,
                tr("The cell holds a formula (=%1); type the value itself.").arg(c.formula));
        return false;
    }
    if (c.type == CellType::Date) {
        problem(t, row, key, tr("The cell holds a date, not a value of this column."));
        return false;
    }
    *out = c.text.trimmed();
    return true;
}

bool AppraisalImport::cellNumber(const Table &t, int row, const QString &key,
                                 std::optional<double> *out)
{
    const Cell c = t.table->cell(row, t.columns.column(key));
    if (c.type == CellType::Number) {
        *out = c.number;
        return true;
    }
    QString text;
    if (!cellText(t, row, key, &text))
        return false;
    const int column = t.columns.column(key);
    const NumberColumns::Result n = m_numbers.read(*t.table, column, text);
    if (!n.problem.isEmpty()) {
        problem(t, row, key, n.problem);
        return false;
    }
    const Status s = AppraisalContent::parseAmount(
        text, t.table->text(1, column), out,
        m_numbers.convention(*t.table, column).value_or(NumberConvention::Indonesian));
    if (!s)
        problem(t, row, key, s.message());
    return bool(s);
}

bool AppraisalImport::numberText(const Table &t, int row, const QString &key, QString *out)
{
    if (!cellText(t, row, key, out))
        return false;
    if (const Cell c = t.table->cell(row, t.columns.column(key)); c.type == CellType::Number) {
        *out = NumberText::plain(c.number); // the file keeps "90.5" or "1.5E-3"
        return true;
    }
    const NumberReading reading = NumberText::read(*out);
    if (!reading.isNumber())
        return true; // "100%", "12 dokumen": text, kept as written
    const NumberColumns::Result n = m_numbers.read(*t.table, t.columns.column(key), *out);
    if (!n.problem.isEmpty()) {
        problem(t, row, key, n.problem);
        return false;
    }
    if (n.value && (reading.kind == NumberReading::Kind::PointOnly ||
                    *n.value != reading.value(NumberConvention::Indonesian)))
        *out = NumberText::plain(*n.value);
    return true;
}

} // namespace kinerja::exchange
