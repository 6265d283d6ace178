#include "employeeimport.h"

#include "unitnames.h"

#include "domain/grade.h"
#include "domain/nip.h"
#include "storage/database.h"
#include "storage/employeerepository.h"
#include "storage/transaction.h"
#include "storage/unitrepository.h"

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

// The stored employees an import refers to, read in a few queries for the whole file
// instead of one per row; a NIP or id not asked for beforehand is read on its own.
class StoredEmployees {
public:
    explicit StoredEmployees(const EmployeeRepository &repo) : m_repo(repo) {}

    // Reads the employees with these NIPs, and the NIPs of their atasan.
    void preload(const QStringList &nips)
    {
        m_byNip = m_repo.findByNips(nips);
        for (const QString &nip : nips)
            m_askedNips.insert(Nip::normalize(nip));
        QVector<qint64> atasanIds;
        for (const Employee &e : std::as_const(m_byNip)) {
            if (e.atasanId != 0 && !m_askedIds.contains(e.atasanId)) {
                atasanIds.append(e.atasanId);
                m_askedIds.insert(e.atasanId);
            }
        }
        m_nipOfId = m_repo.nipsOf(atasanIds);
    }

    // As EmployeeRepository::findByNip.
    std::optional<Employee> byNip(const QString &nip)
    {
        const QString digits = Nip::normalize(nip);
        if (!m_askedNips.contains(digits)) {
            m_askedNips.insert(digits);
            if (const std::optional<Employee> e = m_repo.findByNip(digits))
                m_byNip.insert(e->nip, *e);
        }
        const auto it = m_byNip.constFind(digits);
        return it == m_byNip.constEnd() ? std::nullopt : std::optional<Employee>(it.value());
    }

    // The NIP of the employee `id` (as EmployeeRepository::find(id)->nip), empty when unknown.
    QString nipOf(qint64 id)
    {
        if (!m_askedIds.contains(id)) {
            m_askedIds.insert(id);
            if (const std::optional<Employee> e = m_repo.find(id))
                m_nipOfId.insert(id, e->nip);
        }
        return m_nipOfId.value(id);
    }

private:
    const EmployeeRepository &m_repo;
    QHash<QString, Employee> m_byNip;
    QSet<QString> m_askedNips;
    QHash<qint64, QString> m_nipOfId;
    QSet<qint64> m_askedIds;
};

struct JenjangName {
    const char *normalised;
    Jenjang jenjang;
};

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

Jenjang EmployeeImport::findJenjang(const QString &text, bool jpt)
{
    static const JenjangName Fungsional[] = {
        {"ahlipertama", Jenjang::AhliPertama},
        {"ahlimuda", Jenjang::AhliMuda},
        {"ahlimadya", Jenjang::AhliMadya},
        {"ahliutama", Jenjang::AhliUtama},
        {"pemula", Jenjang::Pemula},
        {"terampil", Jenjang::Terampil},
        {"mahir", Jenjang::Mahir},
        {"penyelia", Jenjang::Penyelia},
    };
    static const JenjangName Jpt[] = {
        {"pratama", Jenjang::JptPratama},
        {"madya", Jenjang::JptMadya},
        {"utama", Jenjang::JptUtama},
    };
    const QString t = TableColumns::normalise(text);
    if (jpt) {
        for (const JenjangName &j : Jpt) {
            if (t.contains(QLatin1String(j.normalised)))
                return j.jenjang;
        }
        return Jenjang::None;
    }
    for (const JenjangName &j : Fungsional) {
        if (t.contains(QLatin1String(j.normalised)))
            return j.jenjang;
    }
    return Jenjang::None;
}

bool EmployeeImport::parseJabatanKind(const QString &text, JabatanKind *kind, Jenjang *jenjang)
{
    QString t = TableColumns::normalise(text);
    if (t.isEmpty())
        return false;
    auto set = [&](JabatanKind k, Jenjang j) {
        *kind = k;
        *jenjang = j;
        return true;
    };
    // Old eselon: I.a JPT Utama, I.b JPT Madya, II.a/b JPT Pratama, III.a/b Administrator,
    // IV.a/b Pengawas.
    QString eselon = t;
    if (eselon.startsWith(QLatin1String("eselon")))
        eselon = eselon.mid(6);
    if (eselon == u"ia")
        return set(JabatanKind::Jpt, Jenjang::JptUtama);
    if (eselon == u"ib")
        return set(JabatanKind::Jpt, Jenjang::JptMadya);
    if (eselon == u"iia" || eselon == u"iib")
        return set(JabatanKind::Jpt, Jenjang::JptPratama);
    if (eselon == u"iiia" || eselon == u"iiib")
        return set(JabatanKind::Administrator, Jenjang::None);
    if (eselon == u"iva" || eselon == u"ivb")
        return set(JabatanKind::Pengawas, Jenjang::None);

    if (t.startsWith(QLatin1String("jabatan")))
        t = t.mid(7);
    auto starts = [&t](std::initializer_list<const char *> prefixes) {
        for (const char *p : prefixes) {
            if (t.startsWith(QLatin1String(p)))
                return true;
        }
        return false;
    };
    if (starts({"jpt", "pimpinantinggi", "seniorexecutive"}))
        return set(JabatanKind::Jpt, findJenjang(t, true));
    if (starts({"administrator", "administrasi"}))
        return set(JabatanKind::Administrator, Jenjang::None);
    if (starts({"pengawas", "supervisor", "supervisory"}))
        return set(JabatanKind::Pengawas, Jenjang::None);
    if (starts({"pelaksana", "staff", "executor"}))
        return set(JabatanKind::Pelaksana, Jenjang::None);
    if (starts({"fungsional", "functional", "jf"}))
        return set(JabatanKind::Fungsional, findJenjang(t, false));
    if (const Jenjang j = findJenjang(t, false); j != Jenjang::None)
        return set(JabatanKind::Fungsional, j);
    return false;
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
    auto problem = [this](int row, const QString &key, const QString &reason) {
        addProblem(row, key, reason);
    };

    // Units by name (case- and space-insensitive).
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
        if (table.isRowEmpty(r))
            continue;
        const int problemsBefore = int(problems.size());
        auto text = [&](const QString &key) { return table.text(r, map.column(key)); };
        auto has = [&](const QString &key) { return map.has(key); };

        // Cells a spreadsheet turned into something else than text.
        for (const QString &key : keys) {
            if (key == u"nip" || key == u"atasan")
                continue; // checkIdentifier below
            const Cell c = table.cell(r, map.column(key));
            if (c.type == CellType::Formula) {
                problem(r, key,
                        c.formula.isEmpty()
                            ? tr("Cell %1 holds a formula; replace it with its value.")
                                  .arg(c.reference())
                            : tr("Cell %1 holds a formula (=%2); replace it with its value.")
                                  .arg(c.reference(), c.formula));
            } else if (c.type == CellType::Date) {
                problem(r, key,
                        tr("Cell %1 holds a date (serial number %2), but this column holds "
                           "text. Format the column as Text and type the value again.")
                            .arg(c.reference(), c.text));
            } else if (c.type == CellType::Error) {
                problem(r, key, tr("Cell %1 holds the error %2.").arg(c.reference(), c.text));
            }
        }

        // NIP.
        QString nip;
        NipKind nipKind = NipKind::Pns;
        const IdentifierCheck nipCheck = TableColumns::checkIdentifier(
            table.cell(r, map.column(QStringLiteral("nip"))), QStringLiteral("NIP"), NipDigits);
        std::optional<Employee> existing;
        if (nipCheck.isRefused()) {
            problem(r, QStringLiteral("nip"), nipCheck.message);
        } else if (nipCheck.kind == IdentifierCell::Empty) {
            problem(r, QStringLiteral("nip"), tr("The NIP is missing."));
        } else {
            const NipParseResult parsed = Nip::parse(text(QStringLiteral("nip")));
            if (!parsed.isValid()) {
                problem(r, QStringLiteral("nip"), Nip::errorMessage(parsed.error));
            } else {
                nip = parsed.info.digits;
                nipKind = parsed.info.kind;
                if (const int first = rowOfNip.value(nip, 0); first > 0) {
                    problem(r, QStringLiteral("nip"),
                            tr("NIP %1 already appears in row %2; each employee may appear only "
                               "once.")
                                .arg(Nip::format(nip))
                                .arg(first));
                } else {
                    rowOfNip.insert(nip, r);
                    existing = stored.byNip(nip);
                }
            }
        }

        Employee e = existing ? *existing : Employee();
        QString storedAtasanNip;
        if (existing && existing->atasanId != 0)
            storedAtasanNip = stored.nipOf(existing->atasanId);
        e.nip = nip;
        e.name = text(QStringLiteral("name"));
        if (has(QStringLiteral("gelarDepan")))
            e.gelarDepan = text(QStringLiteral("gelarDepan"));
        if (has(QStringLiteral("gelarBelakang")))
            e.gelarBelakang = text(QStringLiteral("gelarBelakang"));

        // Status: written, else kept, else from the NIP.
        bool statusOk = true;
        const QString statusText =
            has(QStringLiteral("status")) ? text(QStringLiteral("status")) : QString();
        if (!statusText.isEmpty()) {
            EmployeeStatus st = EmployeeStatus::Pns;
            if (parseStatus(statusText, &st)) {
                e.status = st;
            } else if (statusText.compare(QLatin1String("P3K"), Qt::CaseInsensitive) == 0) {
                e.status = EmployeeStatus::Pppk;
            } else {
                statusOk = false;
                problem(
                    r, QStringLiteral("status"),
                    tr("“%1” is no employment status; write PNS, CPNS or PPPK.").arg(statusText));
            }
        } else if (!existing && !nip.isEmpty()) {
            e.status = nipKind == NipKind::Pppk ? EmployeeStatus::Pppk : EmployeeStatus::Pns;
        }

        // Pangkat / golongan.
        const QString gradeText =
            has(QStringLiteral("grade")) ? text(QStringLiteral("grade")) : QString();
        if (!gradeText.isEmpty() && statusOk) {
            const int g = Grade::parse(e.status, gradeText);
            if (g == 0) {
                problem(
                    r, QStringLiteral("grade"),
                    e.status == EmployeeStatus::Pppk
                        ? tr("“%1” is no PPPK golongan; write I to XVII, e.g. “IX”.").arg(gradeText)
                        : tr("“%1” is no pangkat/golongan ruang; write e.g. “III/b” or "
                             "“Penata Muda Tingkat I, III/b”.")
                              .arg(gradeText));
            }
            e.grade = g;
        } else if (!existing) {
            e.grade = 0; // EmployeeRules names it
        }

        // Jabatan, jenis jabatan, jenjang.
        e.jabatan = text(QStringLiteral("jabatan"));
        const QString kindText =
            has(QStringLiteral("jabatanKind")) ? text(QStringLiteral("jabatanKind")) : QString();
        if (!kindText.isEmpty()) {
            JabatanKind kind = JabatanKind::Pelaksana;
            Jenjang jenjang = Jenjang::None;
            if (parseJabatanKind(kindText, &kind, &jenjang)) {
                e.jabatanKind = kind;
                e.jenjang = jenjang;
            } else {
                problem(r, QStringLiteral("jabatanKind"),
                        tr("“%1” is no jenis jabatan; write JPT Utama, JPT Madya, JPT Pratama, "
                           "Administrator, Pengawas, Pelaksana or Fungsional with its jenjang "
                           "(e.g. “Fungsional Ahli Muda”).")
                            .arg(kindText));
            }
        } else if (!existing || has(QStringLiteral("jabatanKind"))) {
            const Jenjang j = findJenjang(e.jabatan, false);
            e.jabatanKind = j == Jenjang::None ? JabatanKind::Pelaksana : JabatanKind::Fungsional;
            e.jenjang = j;
        }
        const QString jenjangText =
            has(QStringLiteral("jenjang")) ? text(QStringLiteral("jenjang")) : QString();
        if (!jenjangText.isEmpty()) {
            const Jenjang j = findJenjang(jenjangText, e.jabatanKind == JabatanKind::Jpt);
            if (j == Jenjang::None) {
                problem(r, QStringLiteral("jenjang"),
                        tr("“%1” is no jenjang; write e.g. “Ahli Muda”, “Terampil” or “JPT "
                           "Pratama”.")
                            .arg(jenjangText));
            }
            e.jenjang = j;
        }
        // "Fungsional" alone: the jenjang is usually in the jabatan name.
        if (e.jabatanKind == JabatanKind::Fungsional && e.jenjang == Jenjang::None)
            e.jenjang = findJenjang(e.jabatan, false);

        // Unit kerja.
        const QString unitText = text(QStringLiteral("unit"));
        if (unitText.isEmpty()) {
            problem(r, QStringLiteral("unit"), tr("The unit kerja is missing."));
        } else {
            const QVector<Unit> found = units.find(unitText);
            if (found.isEmpty()) {
                problem(r, QStringLiteral("unit"),
                        tr("No unit is named “%1”. Check the spelling or create the unit first.")
                            .arg(unitText));
            } else if (found.size() > 1) {
                problem(r, QStringLiteral("unit"),
                        tr("%1 units are named “%2”; add the parent unit in brackets, e.g. "
                           "“%2 (%3)”.")
                            .arg(found.size())
                            .arg(unitText, units.label(found.first().id)
                                               .section(QLatin1String(" ("), 1)
                                               .chopped(1)));
            } else {
                e.unitId = found.first().id;
            }
        }

        // NIP atasan (resolved after all rows are known).
        QString atasanNip = storedAtasanNip;
        if (has(QStringLiteral("atasan"))) {
            atasanNip.clear();
            const IdentifierCheck check =
                TableColumns::checkIdentifier(table.cell(r, map.column(QStringLiteral("atasan"))),
                                              QStringLiteral("NIP Atasan"), NipDigits);
            if (check.isRefused()) {
                problem(r, QStringLiteral("atasan"), check.message);
            } else if (check.kind != IdentifierCell::Empty) {
                const NipParseResult parsed = Nip::parse(text(QStringLiteral("atasan")));
                if (!parsed.isValid())
                    problem(r, QStringLiteral("atasan"), Nip::errorMessage(parsed.error));
                else if (parsed.info.digits == nip && !nip.isEmpty())
                    problem(r, QStringLiteral("atasan"),
                            tr("An employee cannot be their own atasan."));
                else
                    atasanNip = parsed.info.digits;
            }
        }

        ImportRow row;
        row.row = r;
        row.atasanNip = atasanNip;
        if (int(problems.size()) == problemsBefore && !nip.isEmpty()) {
            Employee probe = e;
            probe.atasanId = 0;
            if (const Status s = EmployeeRules::validate(probe); !s)
                problem(r, columnKeyForField(s.field(), map), s.message());
        }
        if (int(problems.size()) == problemsBefore) {
            row.employee = e;
            if (!existing) {
                row.action = ImportAction::New;
            } else {
                const Employee &o = *existing;
                auto changed = [&row](bool differs, const char *field) {
                    if (differs)
                        row.changedFields.append(QString::fromLatin1(field));
                };
                changed(o.name != e.name, "name");
                changed(o.gelarDepan != e.gelarDepan, "gelarDepan");
                changed(o.gelarBelakang != e.gelarBelakang, "gelarBelakang");
                changed(o.status != e.status, "status");
                changed(o.grade != e.grade, "grade");
                changed(o.jabatan != e.jabatan, "jabatan");
                changed(o.jabatanKind != e.jabatanKind, "jabatanKind");
                changed(o.jenjang != e.jenjang, "jenjang");
                changed(o.unitId != e.unitId, "unit");
                changed(storedAtasanNip != atasanNip, "atasan");
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
        problem(row.row, QStringLiteral("atasan"),
                tr("No employee with NIP %1 is in the file or in the database.")
                    .arg(Nip::format(row.atasanNip)));
    }
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
    const int total = int(m_preview.rows.size());
    int done = 0;

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
        ++done;
        if (progress && !progress(done, total))
            return Status::error(tr("The import was cancelled; nothing was imported."));
    }

    // Pass 2: the atasan, by NIP.
    for (const ImportRow &row : std::as_const(m_preview.rows)) {
        const bool atasanChanges =
            row.action == ImportAction::New || row.changedFields.contains(u"atasan");
        if (!atasanChanges || row.atasanNip.isEmpty())
            continue;
        qint64 atasanId = idOfNip.value(row.atasanNip, 0);
        if (atasanId == 0) {
            if (const auto a = repo.findByNip(row.atasanNip))
                atasanId = a->id;
        }
        std::optional<Employee> e = repo.find(idOfNip.value(row.employee->nip));
        if (!e)
            return rowError(row, Status::error(tr("The employee was not stored.")));
        e->atasanId = atasanId;
        if (Status s = repo.update(*e, effective, note); !s)
            return rowError(row, s);
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
