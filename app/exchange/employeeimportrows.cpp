// EmployeeImport: reading the fields of one sheet row (see employeeimport.cpp for the
// whole file, the preview and the commit).
#include "employeeimport.h"

#include "jabatantext.h"
#include "unitnames.h"

#include "domain/grade.h"

namespace kinerja::exchange {

namespace {

const int NipDigits = 18;

// The cell of `key` in row r, empty when the column is absent.
QString optionalText(const SheetTable &table, const ColumnMap &map, int r, const char *key)
{
    const QString k = QString::fromLatin1(key);
    return map.has(k) ? table.text(r, map.column(k)) : QString();
}

} // namespace

void EmployeeImport::checkCellTypes(const SheetTable &table, int r, const QVector<QString> &keys)
{
    // Cells a spreadsheet turned into something else than text.
    for (const QString &key : keys) {
        if (key == u"nip" || key == u"atasan")
            continue; // TableColumns::checkIdentifier, in readNip and readAtasan
        const Cell c = table.cell(r, m_columns.column(key));
        if (c.type == CellType::Formula) {
            addProblem(
                r, key,
                c.formula.isEmpty()
                    ? tr("Cell %1 holds a formula; replace it with its value.").arg(c.reference())
                    : tr("Cell %1 holds a formula (=%2); replace it with its value.")
                          .arg(c.reference(), c.formula));
        } else if (c.type == CellType::Date) {
            addProblem(r, key,
                       tr("Cell %1 holds a date (serial number %2), but this column holds "
                          "text. Format the column as Text and type the value again.")
                           .arg(c.reference(), c.text));
        } else if (c.type == CellType::Error) {
            addProblem(r, key, tr("Cell %1 holds the error %2.").arg(c.reference(), c.text));
        }
    }
}

QString EmployeeImport::readNip(const SheetTable &table, int r, NipKind *kind)
{
    const QString key = QStringLiteral("nip");
    const Cell cell = table.cell(r, m_columns.column(key));
    const IdentifierCheck check =
        TableColumns::checkIdentifier(cell, QStringLiteral("NIP"), NipDigits);
    if (check.isRefused()) {
        addProblem(r, key, check.message);
        return {};
    }
    if (check.kind == IdentifierCell::Empty) {
        addProblem(r, key, tr("The NIP is missing."));
        return {};
    }
    const NipParseResult parsed = Nip::parse(table.text(r, m_columns.column(key)));
    if (!parsed.isValid()) {
        addProblem(r, key, Nip::errorMessage(parsed.error));
        return {};
    }
    *kind = parsed.info.kind;
    return parsed.info.digits;
}

bool EmployeeImport::readStatus(const SheetTable &table, int r,
                                std::optional<NipKind> statusFromNip, Employee *e)
{
    // Written, else kept, else (a new employee) from the NIP.
    const QString statusText = optionalText(table, m_columns, r, "status");
    if (statusText.isEmpty()) {
        if (statusFromNip)
            e->status =
                *statusFromNip == NipKind::Pppk ? EmployeeStatus::Pppk : EmployeeStatus::Pns;
        return true;
    }
    EmployeeStatus status = EmployeeStatus::Pns;
    if (parseStatus(statusText, &status)) {
        e->status = status;
    } else if (statusText.compare(QLatin1String("P3K"), Qt::CaseInsensitive) == 0) {
        e->status = EmployeeStatus::Pppk;
    } else {
        addProblem(r, QStringLiteral("status"),
                   tr("“%1” is no employment status; write PNS, CPNS or PPPK.").arg(statusText));
        return false;
    }
    return true;
}

void EmployeeImport::readGrade(const SheetTable &table, int r, bool isNew, bool statusOk,
                               Employee *e)
{
    const QString gradeText = optionalText(table, m_columns, r, "grade");
    if (!gradeText.isEmpty() && statusOk) {
        const int g = Grade::parse(e->status, gradeText);
        if (g == 0) {
            addProblem(
                r, QStringLiteral("grade"),
                e->status == EmployeeStatus::Pppk
                    ? tr("“%1” is no PPPK golongan; write I to XVII, e.g. “IX”.").arg(gradeText)
                    : tr("“%1” is no pangkat/golongan ruang; write e.g. “III/b” or "
                         "“Penata Muda Tingkat I, III/b”.")
                          .arg(gradeText));
        }
        e->grade = g;
    } else if (isNew) {
        e->grade = 0; // EmployeeRules names it
    }
}

void EmployeeImport::readJabatan(const SheetTable &table, int r, bool isNew, Employee *e)
{
    e->jabatan = table.text(r, m_columns.column(QStringLiteral("jabatan")));
    const bool hasKind = m_columns.has(QStringLiteral("jabatanKind"));
    const QString kindText = optionalText(table, m_columns, r, "jabatanKind");
    if (!kindText.isEmpty()) {
        JabatanKind kind = JabatanKind::Pelaksana;
        Jenjang jenjang = Jenjang::None;
        if (parseJabatanKind(kindText, &kind, &jenjang)) {
            e->jabatanKind = kind;
            e->jenjang = jenjang;
        } else {
            addProblem(r, QStringLiteral("jabatanKind"),
                       tr("“%1” is no jenis jabatan; write JPT Utama, JPT Madya, JPT Pratama, "
                          "Administrator, Pengawas, Pelaksana or Fungsional with its jenjang "
                          "(e.g. “Fungsional Ahli Muda”).")
                           .arg(kindText));
        }
    } else if (isNew || hasKind) {
        const Jenjang j = findJenjang(e->jabatan, false);
        e->jabatanKind = j == Jenjang::None ? JabatanKind::Pelaksana : JabatanKind::Fungsional;
        e->jenjang = j;
    }
    const QString jenjangText = optionalText(table, m_columns, r, "jenjang");
    if (!jenjangText.isEmpty()) {
        const Jenjang j = findJenjang(jenjangText, e->jabatanKind == JabatanKind::Jpt);
        if (j == Jenjang::None) {
            addProblem(r, QStringLiteral("jenjang"),
                       tr("“%1” is no jenjang; write e.g. “Ahli Muda”, “Terampil” or “JPT "
                          "Pratama”.")
                           .arg(jenjangText));
        }
        e->jenjang = j;
    }
    // "Fungsional" alone: the jenjang is usually in the jabatan name.
    if (e->jabatanKind == JabatanKind::Fungsional && e->jenjang == Jenjang::None)
        e->jenjang = findJenjang(e->jabatan, false);
}

void EmployeeImport::readUnit(const SheetTable &table, int r, const UnitNames &units, Employee *e)
{
    const QString unitText = table.text(r, m_columns.column(QStringLiteral("unit")));
    if (unitText.isEmpty()) {
        addProblem(r, QStringLiteral("unit"), tr("The unit kerja is missing."));
        return;
    }
    const QVector<Unit> found = units.find(unitText);
    if (found.isEmpty()) {
        addProblem(r, QStringLiteral("unit"),
                   tr("No unit is named “%1”. Check the spelling or create the unit first.")
                       .arg(unitText));
    } else if (found.size() > 1) {
        addProblem(
            r, QStringLiteral("unit"),
            tr("%1 units are named “%2”; add the parent unit in brackets, e.g. "
               "“%2 (%3)”.")
                .arg(found.size())
                .arg(unitText,
                     units.label(found.first().id).section(QLatin1String(" ("), 1).chopped(1)));
    } else {
        e->unitId = found.first().id;
    }
}

QString EmployeeImport::readAtasan(const SheetTable &table, int r, const QString &nip,
                                   const QString &storedAtasanNip)
{
    const QString key = QStringLiteral("atasan");
    if (!m_columns.has(key))
        return storedAtasanNip;
    // Checked against the file and the database once all rows are read.
    const IdentifierCheck check = TableColumns::checkIdentifier(
        table.cell(r, m_columns.column(key)), QStringLiteral("NIP Atasan"), NipDigits);
    if (check.isRefused()) {
        addProblem(r, key, check.message);
        return {};
    }
    if (check.kind == IdentifierCell::Empty)
        return {};
    const NipParseResult parsed = Nip::parse(table.text(r, m_columns.column(key)));
    if (!parsed.isValid()) {
        addProblem(r, key, Nip::errorMessage(parsed.error));
        return {};
    }
    if (parsed.info.digits == nip && !nip.isEmpty()) {
        addProblem(r, key, tr("An employee cannot be their own atasan."));
        return {};
    }
    return parsed.info.digits;
}

QStringList EmployeeImport::changedFields(const Employee &stored, const Employee &e)
{
    QStringList fields;
    auto changed = [&fields](bool differs, const char *field) {
        if (differs)
            fields.append(QString::fromLatin1(field));
    };
    changed(stored.name != e.name, "name");
    changed(stored.gelarDepan != e.gelarDepan, "gelarDepan");
    changed(stored.gelarBelakang != e.gelarBelakang, "gelarBelakang");
    changed(stored.status != e.status, "status");
    changed(stored.grade != e.grade, "grade");
    changed(stored.jabatan != e.jabatan, "jabatan");
    changed(stored.jabatanKind != e.jabatanKind, "jabatanKind");
    changed(stored.jenjang != e.jenjang, "jenjang");
    changed(stored.unitId != e.unitId, "unit");
    return fields;
}

} // namespace kinerja::exchange
