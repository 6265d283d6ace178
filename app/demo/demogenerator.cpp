#include "demogenerator.h"

#include "demodraft.h"
#include "demohistory.h"
#include "storage/database.h"
#include "storage/employeerepository.h"
#include "storage/settingrepository.h"
#include "storage/transaction.h"
#include "storage/unitrepository.h"

namespace kinerja {

namespace {

// Writes a DemoDraft through the repositories (so every row passes the same
// validation as typed-in data), heads before their staff.
class DraftWriter {
    Q_DECLARE_TR_FUNCTIONS(kinerja::DemoGenerator)
public:
    DraftWriter(Database &db, demo::DemoDraft &draft, const DemoGenerator::Progress &progress)
        : m_units(db), m_employees(db), m_draft(draft), m_progress(progress)
    {
        m_total = static_cast<int>(draft.plan.units.size() + draft.people.size()) + draft.changes;
    }

    Status write();

private:
    static constexpr int kProgressStep = 256;

    Status createUnits();
    Status createPeople();
    Status applyChanges();
    Status refused(const Employee &e, const Status &why) const;
    qint64 atasanOf(const demo::Draft &d, int unit) const;
    bool tick();

    UnitRepository m_units;
    EmployeeRepository m_employees;
    demo::DemoDraft &m_draft;
    const DemoGenerator::Progress &m_progress;
    QVector<qint64> m_unitIds;
    QVector<qint64> m_headIds;
    int m_done = 0;
    int m_total = 0;
};

Status DraftWriter::write()
{
    if (m_progress && !m_progress(0, m_total))
        return Status::error(tr("Cancelled; nothing was written."));
    Status s = createUnits();
    if (s)
        s = createPeople();
    if (s)
        s = applyChanges();
    if (s && m_progress && !m_progress(m_total, m_total))
        return Status::error(tr("Cancelled; nothing was written."));
    return s;
}

bool DraftWriter::tick()
{
    ++m_done;
    if (!m_progress || m_done % kProgressStep != 0)
        return true;
    return m_progress(m_done, m_total);
}

Status DraftWriter::createUnits()
{
    const QVector<demo::PlannedUnit> &planned = m_draft.plan.units;
    m_unitIds.reserve(planned.size());
    m_headIds.fill(0, planned.size());
    for (const demo::PlannedUnit &p : planned) {
        Unit u;
        u.name = p.name;
        u.kind = p.kind;
        u.parentId = p.parent >= 0 ? m_unitIds.at(p.parent) : 0;
        const Status s = m_units.create(u);
        if (!s)
            return Status::error(tr("The demo unit “%1” was refused: %2").arg(p.name, s.message()),
                                 s.field());
        m_unitIds.append(u.id);
        if (!tick())
            return Status::error(tr("Cancelled; nothing was written."));
    }
    return Status::ok();
}

// A head reports to the head of the parent unit (the root head to no one);
// staff report to the head of their unit.
qint64 DraftWriter::atasanOf(const demo::Draft &d, int unit) const
{
    if (!d.head)
        return m_headIds.at(unit);
    const int parent = m_draft.plan.units.at(unit).parent;
    return parent >= 0 ? m_headIds.at(parent) : 0;
}

Status DraftWriter::refused(const Employee &e, const Status &why) const
{
    return Status::error(
        tr("The demo employee %1 (NIP %2) was refused: %3").arg(e.fullName(), e.nip, why.message()),
        why.field());
}

Status DraftWriter::createPeople()
{
    for (demo::Draft &d : m_draft.people) {
        const bool changes = d.change != demo::Change::None;
        const int unit = changes ? d.initialUnit : d.unit;
        Employee e = changes ? d.initial : d.person.employee;
        e.unitId = m_unitIds.at(unit);
        e.atasanId = atasanOf(d, unit);
        Status s = m_employees.create(e, d.person.start);
        if (!s)
            return refused(e, s);
        d.person.employee.id = e.id;
        d.person.employee.rowVersion = e.rowVersion;
        d.person.employee.atasanId = atasanOf(d, d.unit); // as of today (after any change)
        if (d.head) {
            s = m_units.setHead(m_unitIds.at(d.unit), e.id);
            if (!s)
                return refused(e, s);
            m_headIds[d.unit] = e.id;
        }
        if (!tick())
            return Status::error(tr("Cancelled; nothing was written."));
    }
    return Status::ok();
}

Status DraftWriter::applyChanges()
{
    for (const demo::Draft &d : m_draft.people) {
        if (d.change == demo::Change::None)
            continue;
        Employee e = d.person.employee;
        e.unitId = m_unitIds.at(d.unit);
        e.atasanId = atasanOf(d, d.unit);
        const Status s = m_employees.update(e, d.effective, d.note);
        if (!s)
            return refused(e, s);
        if (!tick())
            return Status::error(tr("Cancelled; nothing was written."));
    }
    return Status::ok();
}

} // namespace

Status DemoGenerator::run(Database &db, const Progress &progress)
{
    m_summary = {};
    if (m_options.employees < 1 || m_options.employees > kMaxEmployees) {
        return Status::error(tr("The number of employees must be from 1 to %1.").arg(kMaxEmployees),
                             QStringLiteral("employees"));
    }
    if (!m_options.referenceDate.isValid() || m_options.referenceDate.year() < 1970)
        return Status::error(tr("The reference date is not a valid date."),
                             QStringLiteral("referenceDate"));
    if (m_options.years < 0 || m_options.years > kMaxYears)
        return Status::error(
            tr("The years of appraisal history must be from 0 to %1.").arg(kMaxYears),
            QStringLiteral("years"));
    if (!db.isOpen())
        return Status::error(tr("The database is not open."), QStringLiteral("file"));
    if (!UnitRepository(db).all().isEmpty() || EmployeeRepository(db).count() > 0) {
        return Status::error(tr("The database already holds units or employees; demo data is "
                                "only written into an empty database."),
                             QStringLiteral("file"));
    }

    demo::DemoDraft draft =
        demo::draftDemo(m_options.seed, m_options.employees, m_options.referenceDate);

    Transaction tx(db);
    if (!tx.isActive())
        return Status::error(tr("Could not start writing to the database: %1").arg(tx.lastError()),
                             QStringLiteral("file"));
    // One progress for both parts: the district, then the history.
    const int draftSteps =
        static_cast<int>(draft.plan.units.size() + draft.people.size()) + draft.changes;
    const int historySteps =
        m_options.years > 0 ? demo::HistoryWriter::steps(draft, m_options.years) : 0;
    const Progress draftProgress = [&](int done, int total) {
        return !progress || progress(done, total + historySteps);
    };
    Status s = DraftWriter(db, draft, draftProgress).write();
    if (!s)
        return s; // the transaction rolls back
    // The agency that prints the sheets: the district's personnel office.
    AgencySettings agency;
    agency.parent = draft.plan.governmentName.toUpper();
    agency.name = QStringLiteral("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia");
    agency.place = draft.plan.governmentName.section(QLatin1Char(' '), 2);
    s = SettingRepository(db).setAgency(agency);
    if (!s)
        return s;
    const int lastYear = m_options.referenceDate.year() - 1;
    demo::HistorySummary history;
    if (m_options.years > 0) {
        demo::HistoryWriter writer(
            db, draft, m_options.seed, lastYear, m_options.years, [&](int done, int total) {
                return !progress || progress(draftSteps + done, draftSteps + total);
            });
        s = writer.write();
        if (!s)
            return s;
        history = writer.summary();
        if (progress && !progress(draftSteps + historySteps, draftSteps + historySteps))
            return Status::error(tr("Cancelled; nothing was written."));
    }
    if (!tx.commit())
        return Status::error(tr("Could not save the demo data: %1").arg(tx.lastError()),
                             QStringLiteral("file"));

    m_summary.government = draft.plan.governmentName;
    m_summary.units = static_cast<int>(draft.plan.units.size());
    m_summary.employees = static_cast<int>(draft.people.size());
    m_summary.riwayatChanges = draft.changes;
    m_summary.periods = history.periods;
    m_summary.appraisals = history.appraisals;
    if (m_options.years > 0) {
        m_summary.firstYear = lastYear - m_options.years + 1;
        m_summary.lastYear = lastYear;
    }
    for (const demo::Draft &d : draft.people) {
        if (!d.person.employee.isActive())
            ++m_summary.inactive;
        if (d.person.employee.status == EmployeeStatus::Pppk)
            ++m_summary.pppk;
    }
    return Status::ok();
}

} // namespace kinerja
