#include "employeeimport.h"

#include "storedemployees.h"
#include "unitnames.h"

#include "domain/nip.h"
#include "storage/database.h"
#include "storage/employeerepository.h"
#include "storage/transaction.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace kinerja::exchange {

namespace {

const int NipDigits = 18;

// The column a domain validation field (EmployeeRules, EmployeeRepository) points at.
QString columnKeyForField(const QString &field, const ColumnMap &map)
{
    if (field == u"nip")
        return QStringLiteral("nip");
    if (field == u"name")
        return QStringLiteral("name");
    if (field == u"grade")
        return QStringLiteral("grade");
    if (field == u"jabatan")
        return QStringLiteral("jabatan");
    if (field == u"jenjang")
        return map.has(QStringLiteral("jenjang")) ? QStringLiteral("jenjang")
                                                  : QStringLiteral("jabatanKind");
    if (field == u"unit")
        return QStringLiteral("unit");
    if (field == u"atasan")
        return QStringLiteral("atasan");
    return {};
}

} // namespace

int ImportPreview::count(ImportAction action) const
{
    return int(std::count_if(rows.cbegin(), rows.cend(),
                             [action](const ImportRow &r) { return r.action == action; }));
}

QString ImportSummary::text() const
{
    return EmployeeImport::tr("%1 new, %2 changed, %3 unchanged")
        .arg(created)
        .arg(changed)
        .arg(unchanged);
}

QVector<ColumnSpec> EmployeeImport::employeeColumns()
{
    auto spec = [](const char *key, std::initializer_list<const char *> names, bool required) {
        ColumnSpec s;
        s.key = QString::fromLatin1(key);
        for (const char *n : names)
            s.names.append(QString::fromUtf8(n));
        s.required = required;
        return s;
    };
    return {
        spec("nip", {"NIP"}, true),
        spec("name", {"Nama", "Name"}, true),
        spec("gelarDepan", {"Gelar Depan", "Title before", "Prefix title"}, false),
        spec("gelarBelakang", {"Gelar Belakang", "Title after", "Suffix title"}, false),
        spec("status", {"Status", "Status Kepegawaian", "Employee status"}, false),
        spec("grade",
             {"Pangkat/Golongan", "Golongan", "Pangkat", "Golongan Ruang", "Grade", "Rank",
              "Rank/grade"},
             false),
        spec("jabatan", {"Jabatan", "Nama Jabatan", "Position"}, true),
        spec("jabatanKind", {"Jenis Jabatan", "Position type"}, false),
        spec("jenjang", {"Jenjang", "Jenjang Jabatan", "Level"}, false),
        spec("unit", {"Unit Kerja", "Unit", "Work unit"}, true),
        spec("atasan", {"NIP Atasan", "Supervisor NIP"}, false),
    };
}

Status EmployeeImport::readTable(const SheetTable &table, const ColumnChoices &choices)
{
    begin(table);
    m_preview = ImportPreview();
    m_preview.sourceName = table.sourceName;
    m_ready = false;
    if (Status s = findColumns(choices); !s)
        return s;
    const ColumnMap &map = m_columns;
    auto &problems = m_problems;

    const UnitNames units(m_db);
    EmployeeRepository repo(m_db);
    QHash<QString, int> rowOfNip; // digits -> first row
    QVector<QString> keys = map.columns.keys().toVector();
    std::sort(keys.begin(), keys.end(),
              [&map](const QString &a, const QString &b) { return map.column(a) < map.column(b); });

    m_preview.rows.reserve(table.rowCount());
    // The stored employees of the file's NIPs and NIP Atasan, in a few queries.
    StoredEmployees stored(repo);
    {
        QStringList nips;
        const int nipColumn = map.column(QStringLiteral("nip"));
        const int atasanColumn = map.column(QStringLiteral("atasan"));
        for (int r = headerRow() + 1; r <= table.rowCount(); ++r) {
            for (const int column : {nipColumn, atasanColumn}) {
                if (column > 0) {
                    const QString digits = Nip::normalize(table.text(r, column));
                    if (digits.size() == NipDigits)
                        nips.append(digits);
                }
            }
        }
        stored.preload(nips);
    }

    for (int r = headerRow() + 1; r <= table.rowCount(); ++r) {
        if (!rowStep(r)) {
            m_preview.rows.clear();
            return refuseCancelled();
        }
        if (table.isRowEmpty(r))
            continue;
        const int problemsBefore = int(problems.size());
        checkCellTypes(table, r, keys);

        NipKind nipKind = NipKind::Pns;
        QString nip = readNip(table, r, &nipKind);
        std::optional<Employee> existing;
        if (!nip.isEmpty()) {
            if (const int first = rowOfNip.value(nip, 0); first > 0) {
                addProblem(r, QStringLiteral("nip"),
                           tr("NIP %1 already appears in row %2; each employee may appear only "
                              "once.")
                               .arg(Nip::format(nip))
                               .arg(first));
            } else {
                rowOfNip.insert(nip, r);
                existing = stored.byNip(nip);
            }
        }

        Employee e = existing ? *existing : Employee();
        QString storedAtasanNip;
        if (existing && existing->atasanId != 0)
            storedAtasanNip = stored.nipOf(existing->atasanId);
        e.nip = nip;
        e.name = table.text(r, map.column(QStringLiteral("name")));
        if (map.has(QStringLiteral("gelarDepan")))
            e.gelarDepan = table.text(r, map.column(QStringLiteral("gelarDepan")));
        if (map.has(QStringLiteral("gelarBelakang")))
            e.gelarBelakang = table.text(r, map.column(QStringLiteral("gelarBelakang")));
        const bool isNew = !existing;
        // A new employee's status defaults to what the NIP says.
        const std::optional<NipKind> statusFromNip =
            isNew && !nip.isEmpty() ? std::optional<NipKind>(nipKind) : std::nullopt;
        const bool statusOk = readStatus(table, r, statusFromNip, &e);
        readGrade(table, r, isNew, statusOk, &e);
        readJabatan(table, r, isNew, &e);
        readUnit(table, r, units, &e);
        const QString atasanNip = readAtasan(table, r, nip, storedAtasanNip);

        ImportRow row;
        row.row = r;
        row.atasanNip = atasanNip;
        if (int(problems.size()) == problemsBefore && !nip.isEmpty()) {
            Employee probe = e;
            probe.atasanId = 0;
            for (const FieldProblem &p : EmployeeRules::problems(probe))
                addProblem(r, columnKeyForField(p.field, map), p.message);
        }
        if (int(problems.size()) == problemsBefore) {
            row.employee = e;
            if (!existing) {
                row.action = ImportAction::New;
            } else {
                row.changedFields = changedFields(*existing, e);
                if (storedAtasanNip != atasanNip)
                    row.changedFields.append(QStringLiteral("atasan"));
                row.action =
                    row.changedFields.isEmpty() ? ImportAction::Unchanged : ImportAction::Changed;
            }
        }
        m_preview.rows.append(std::move(row));
    }

    // Atasan: in the file or in the database.
    for (const ImportRow &row : std::as_const(m_preview.rows)) {
        if (row.atasanNip.isEmpty() || rowOfNip.contains(row.atasanNip) ||
            stored.byNip(row.atasanNip))
            continue;
        addProblem(row.row, QStringLiteral("atasan"),
                   tr("No employee with NIP %1 is in the file or in the database.")
                       .arg(Nip::format(row.atasanNip)));
    }
    refuseAtasanLoops(stored);
    // A row whose atasan is missing has no employee to write.
    QSet<int> rowsWithProblems;
    for (const ImportProblem &p : std::as_const(problems))
        rowsWithProblems.insert(p.row);
    for (ImportRow &row : m_preview.rows) {
        if (rowsWithProblems.contains(row.row))
            row.employee.reset();
    }
    std::stable_sort(problems.begin(), problems.end(),
                     [](const ImportProblem &a, const ImportProblem &b) {
                         return a.row != b.row ? a.row < b.row : a.column < b.column;
                     });
    m_ready = true;
    return Status::ok();
}

void EmployeeImport::refuseAtasanLoops(StoredEmployees &stored)
{
    // Each employee's atasan after the import: the file's, else the stored one.
    QHash<QString, const ImportRow *> rowOfNip;
    for (const ImportRow &row : std::as_const(m_preview.rows)) {
        if (row.employee)
            rowOfNip.insert(row.employee->nip, &row);
    }
    auto atasanOf = [&](const QString &nip) {
        if (const ImportRow *row = rowOfNip.value(nip))
            return row->atasanNip;
        const std::optional<Employee> e = stored.byNip(nip);
        return e && e->atasanId != 0 ? stored.nipOf(e->atasanId) : QString();
    };
    // Each NIP is walked once (one atasan each, so the chains form a functional graph):
    // a walk that meets its own path has found a loop.
    enum Visit { OnPath = 1, Done = 2 };
    QHash<QString, int> visit;
    QHash<QString, QStringList> loopOf; // NIP -> its loop, starting anywhere
    QStringList path;
    for (const ImportRow &row : std::as_const(m_preview.rows)) {
        if (!row.employee || row.atasanNip.isEmpty())
            continue;
        path.clear();
        QString nip = row.employee->nip;
        while (!nip.isEmpty() && !visit.contains(nip)) {
            visit.insert(nip, OnPath);
            path.append(nip);
            nip = atasanOf(nip);
        }
        if (!nip.isEmpty() && visit.value(nip) == OnPath) {
            const QStringList loop = path.mid(path.indexOf(nip));
            for (const QString &member : loop)
                loopOf.insert(member, loop);
        }
        for (const QString &walked : std::as_const(path))
            visit.insert(walked, Done);
    }
    if (loopOf.isEmpty())
        return;

    auto nameOf = [&](const QString &nip) {
        if (const ImportRow *row = rowOfNip.value(nip))
            return row->employee->fullName();
        const std::optional<Employee> e = stored.byNip(nip);
        return e ? e->fullName() : Nip::format(nip);
    };
    for (const ImportRow &row : std::as_const(m_preview.rows)) {
        if (!row.employee || !loopOf.contains(row.employee->nip))
            continue;
        // The loop as seen from this row: its employee, their atasan, ..., the employee.
        const QStringList &loop = loopOf.value(row.employee->nip);
        const int start = int(loop.indexOf(row.employee->nip));
        QStringList names;
        for (int k = 0; k <= loop.size(); ++k)
            names.append(nameOf(loop.at((start + k) % loop.size())));
        addProblem(
            row.row, QStringLiteral("atasan"),
            tr("The chain of atasan would loop back: %1.").arg(names.join(QStringLiteral(" → "))));
    }
}

Status EmployeeImport::commit(const QDate &effective, ImportSummary *summary,
                              const Progress &progress)
{
    if (!m_ready)
        return Status::error(tr("Read an employee file first."));
    if (hasProblems()) {
        return Status::error(tr("The file has %n problem(s); nothing was imported. Correct them "
                                "and read the file again.",
                                nullptr, int(m_problems.size())));
    }
    auto rowError = [](const ImportRow &row, const Status &s) {
        return Status::error(tr("Row %1: %2").arg(row.row).arg(s.message()), s.field());
    };
    const QString note = tr("Imported from %1").arg(m_preview.sourceName);

    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::error(tr("The database refused the import: %1").arg(tx.lastError()));
    EmployeeRepository repo(m_db);
    QHash<QString, qint64> idOfNip;
    ImportSummary result;
    // Both passes report progress: every row, then every row that gets an atasan.
    auto getsAtasan = [](const ImportRow &row) {
        return !row.atasanNip.isEmpty() &&
               (row.action == ImportAction::New || row.changedFields.contains(u"atasan"));
    };
    const int total = int(m_preview.rows.size() + std::count_if(m_preview.rows.cbegin(),
                                                                m_preview.rows.cend(), getsAtasan));
    int done = 0;
    auto cancelled = [&] {
        ++done;
        return progress && !progress(done, total);
    };

    // Pass 1: create and update, with the new atasan left for pass 2 (so that atasan rows
    // later in the file exist, and no intermediate state makes a cycle).
    for (const ImportRow &row : std::as_const(m_preview.rows)) {
        Employee e = *row.employee;
        const bool atasanChanges =
            row.action == ImportAction::New || row.changedFields.contains(u"atasan");
        if (atasanChanges)
            e.atasanId = 0;
        Status s;
        switch (row.action) {
        case ImportAction::New:
            s = repo.create(e);
            ++result.created;
            break;
        case ImportAction::Changed:
            s = repo.update(e, effective, note);
            ++result.changed;
            break;
        case ImportAction::Unchanged:
            ++result.unchanged;
            break;
        }
        if (!s)
            return rowError(row, s);
        idOfNip.insert(e.nip, e.id);
        if (cancelled())
            return Status::error(tr("The import was cancelled; nothing was imported."));
    }

    // Pass 2: the atasan, by NIP.
    for (const ImportRow &row : std::as_const(m_preview.rows)) {
        if (!getsAtasan(row))
            continue;
        qint64 atasanId = idOfNip.value(row.atasanNip, 0);
        if (atasanId == 0) {
            if (const auto a = repo.findByNip(row.atasanNip))
                atasanId = a->id;
        }
        const qint64 id = idOfNip.value(row.employee->nip, 0);
        if (id == 0)
            return rowError(row, Status::error(tr("The employee was not stored.")));
        if (Status s = repo.setAtasan(id, atasanId); !s)
            return rowError(row, s);
        if (cancelled())
            return Status::error(tr("The import was cancelled; nothing was imported."));
    }

    if (!tx.commit())
        return Status::error(tr("The database refused the import: %1").arg(tx.lastError()));
    m_ready = false; // a second commit would need a fresh preview
    if (summary)
        *summary = result;
    return Status::ok();
}

QStringList EmployeeImport::previewHeaders() const
{
    return {tr("Action"), tr("NIP"), tr("Name"), tr("Jabatan"), tr("Changes")};
}

QStringList EmployeeImport::previewCells(int index) const
{
    const ImportRow &row = m_preview.rows.at(index);
    QString action;
    switch (row.action) {
    case ImportAction::New:
        action = tr("New");
        break;
    case ImportAction::Changed:
        action = tr("Changed");
        break;
    case ImportAction::Unchanged:
        action = tr("Unchanged");
        break;
    }
    if (!row.employee) { // a row with problems: what the file says
        auto raw = [&](const char *key) {
            return m_table.text(row.row, m_columns.column(QLatin1String(key)));
        };
        return {tr("Not imported"), raw("nip"), raw("name"), raw("jabatan"), {}};
    }
    const Employee &e = *row.employee;
    QStringList changes;
    for (const QString &field : row.changedFields)
        changes.append(fieldName(field));
    return {action, Nip::format(e.nip), e.fullName(), e.jabatan, changes.join(QLatin1String(", "))};
}

QString EmployeeImport::fieldName(const QString &key)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("name"), QT_TR_NOOP("name")},
        {QStringLiteral("gelarDepan"), QT_TR_NOOP("gelar depan")},
        {QStringLiteral("gelarBelakang"), QT_TR_NOOP("gelar belakang")},
        {QStringLiteral("status"), QT_TR_NOOP("status")},
        {QStringLiteral("grade"), QT_TR_NOOP("pangkat/golongan")},
        {QStringLiteral("jabatan"), QT_TR_NOOP("jabatan")},
        {QStringLiteral("jabatanKind"), QT_TR_NOOP("jenis jabatan")},
        {QStringLiteral("jenjang"), QT_TR_NOOP("jenjang")},
        {QStringLiteral("unit"), QT_TR_NOOP("unit kerja")},
        {QStringLiteral("atasan"), QT_TR_NOOP("atasan")},
    };
    const char *name = names.value(key, nullptr);
    return name ? tr(name) : key;
}

QString EmployeeImport::previewSummary() const
{
    // Rows with problems (no employee) are not imported: they count in neither.
    ImportSummary s;
    for (const ImportRow &row : m_preview.rows) {
        if (!row.employee)
            continue;
        s.created += row.action == ImportAction::New;
        s.changed += row.action == ImportAction::Changed;
        s.unchanged += row.action == ImportAction::Unchanged;
    }
    return s.text();
}

Status EmployeeImport::commitAll(const Progress &progress, QString *summary)
{
    ImportSummary result;
    const Status s = commit(m_effective, &result, progress);
    if (s && summary)
        *summary = result.text();
    return s;
}

} // namespace kinerja::exchange
