// EmployeeDialog: reading the fields back, validation as you type, and saving.
#include "employees/employeedialog.h"

#include "common/conflictprompt.h"
#include "common/displaytext.h"
#include "common/fieldmessage.h"
#include "employees/atasanchooser.h"
#include "storage/database.h"
#include "storage/employeerepository.h"
#include "storage/rowversion.h"
#include "units/unitcombobox.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>

namespace kinerja::ui {

Employee EmployeeDialog::currentEmployee() const
{
    Employee e = m_original.value_or(Employee{});
    e.nip = Nip::normalize(m_nip->text());
    e.gelarDepan = m_gelarDepan->text().simplified();
    e.name = m_name->text().simplified();
    e.gelarBelakang = m_gelarBelakang->text().simplified();
    e.status = static_cast<EmployeeStatus>(m_status->currentData().toInt());
    e.grade = m_grade->currentData().toInt();
    e.jabatanKind = static_cast<JabatanKind>(m_kind->currentData().toInt());
    e.jenjang = static_cast<Jenjang>(m_jenjang->currentData().toInt());
    e.jabatan = m_jabatan->text().simplified();
    e.unitId = m_unit->unitId();
    e.atasanId = m_atasan->atasanId();
    e.state = static_cast<EmploymentState>(m_state->currentData().toInt());
    e.stateDate = e.state == EmploymentState::Aktif ? QDate() : m_stateDate->date();
    return e;
}

bool EmployeeDialog::positionChanged() const
{
    if (!m_original)
        return false;
    const Employee now = currentEmployee();
    const Employee &was = *m_original;
    return now.unitId != was.unitId || now.jabatan != was.jabatan.simplified() ||
           now.jabatanKind != was.jabatanKind || now.jenjang != was.jenjang ||
           now.status != was.status || now.grade != was.grade;
}

void EmployeeDialog::fieldEdited(const QString &field)
{
    if (m_loading)
        return;
    m_touched.insert(field);
    m_storageErrors.remove(field);
    m_storageErrors.remove(QStringLiteral("form"));
    if (field == QLatin1String("nip") && !m_touched.contains(QStringLiteral("status"))) {
        // The NIP tells PNS from PPPK: follow it until the user picks a status.
        const NipParseResult parsed = Nip::parse(m_nip->text());
        if (parsed.isValid()) {
            const auto status = static_cast<EmployeeStatus>(m_status->currentData().toInt());
            const bool pppk = parsed.info.kind == NipKind::Pppk;
            if (pppk != (status == EmployeeStatus::Pppk))
                m_status->setCurrentIndex(m_status->findData(
                    static_cast<int>(pppk ? EmployeeStatus::Pppk : EmployeeStatus::Pns)));
        }
    }
    revalidate();
}

void EmployeeDialog::revalidate()
{
    if (m_loading)
        return;
    const Employee e = currentEmployee();
    QHash<QString, QString> errors;
    for (const FieldProblem &p : EmployeeRules::problems(e))
        errors.insert(p.field, p.message);

    // What the NIP says, under the NIP.
    const NipParseResult parsed = Nip::parse(m_nip->text());
    if (parsed.isValid())
        m_nipInfo->showInfo(DisplayText::nipSummary(parsed.info));
    else
        m_nipInfo->clearMessage();
    if (!errors.contains(QStringLiteral("nip")) && parsed.isValid()) {
        const std::optional<Employee> other = EmployeeRepository(m_db).findByNip(e.nip);
        if (other && other->id != e.id)
            errors.insert(QStringLiteral("nip"),
                          tr("This NIP is already recorded for %1.").arg(other->fullName()));
    }
    const QString atasanProblem = m_atasan->problem();
    if (!atasanProblem.isEmpty())
        errors.insert(QStringLiteral("atasan"), atasanProblem);

    const QString fullName = e.fullName();
    if (!m_gelarDepan->text().trimmed().isEmpty() || !m_gelarBelakang->text().trimmed().isEmpty())
        m_fullName->showInfo(tr("Written as: %1").arg(fullName));
    else
        m_fullName->clearMessage();

    const bool changed = positionChanged();
    m_validFrom->setEnabled(changed);
    m_note->setEnabled(changed);

    for (auto it = m_storageErrors.constBegin(); it != m_storageErrors.constEnd(); ++it)
        errors.insert(it.key(), it.value());
    showFieldMessages(errors);

    // Storage refusals without a field (e.g. a database error) may be retried.
    QHash<QString, QString> blocking = errors;
    if (m_storageErrors.contains(QStringLiteral("form")) &&
        blocking.value(QStringLiteral("form")) == m_storageErrors.value(QStringLiteral("form")))
        blocking.remove(QStringLiteral("form"));
    m_save->setEnabled(blocking.isEmpty());
}

void EmployeeDialog::showFieldMessages(const QHash<QString, QString> &errors)
{
    QString firstHidden;
    for (const QString &field : std::as_const(m_messageOrder)) {
        if (field == QLatin1String("form"))
            continue;
        FieldMessage *shown = m_messages.value(field);
        const QString message = errors.value(field);
        const bool visible =
            m_showAll || m_touched.contains(field) || m_storageErrors.contains(field);
        if (!message.isEmpty() && visible)
            shown->showError(message);
        else
            shown->clearMessage();
        if (!message.isEmpty() && !visible && firstHidden.isEmpty())
            firstHidden = message;
    }
    // Problems with fields not filled in yet are summed up once, quietly.
    const QString formError = errors.value(QStringLiteral("form"));
    if (!formError.isEmpty())
        m_formMessage->showError(formError);
    else if (!firstHidden.isEmpty())
        m_formMessage->showInfo(tr("Still needed: %1").arg(firstHidden));
    else
        m_formMessage->clearMessage();
}

bool EmployeeDialog::canSave() const
{
    return m_save->isEnabled();
}

QWidget *EmployeeDialog::widgetForField(const QString &field) const
{
    if (field == QLatin1String("nip"))
        return m_nip;
    if (field == QLatin1String("name"))
        return m_name;
    if (field == QLatin1String("grade"))
        return m_grade;
    if (field == QLatin1String("jenjang"))
        return m_jenjang;
    if (field == QLatin1String("jabatan"))
        return m_jabatan;
    if (field == QLatin1String("unit"))
        return m_unit;
    if (field == QLatin1String("atasan"))
        return m_atasan->lineEdit();
    if (field == QLatin1String("stateDate"))
        return m_stateDate;
    if (field == QLatin1String("effective"))
        return m_validFrom;
    return nullptr;
}

void EmployeeDialog::save()
{
    revalidate();
    if (!m_save->isEnabled())
        return;
    Employee e = currentEmployee();
    // A server connection lost while the dialog was open is opened again first; while the
    // server is away the edits stay in the dialog for another try.
    Status s = m_db.ensureConnected();
    if (s) {
        EmployeeRepository repo(m_db);
        if (m_original) {
            const bool changed = positionChanged();
            s = repo.update(e, changed ? m_validFrom->date() : QDate(),
                            changed ? m_note->text().simplified() : QString());
        } else {
            s = repo.create(e);
        }
    }
    s = m_db.explainFailure(s);
    if (RowVersion::isConflict(s)) {
        resolveConflict(s.message());
        return;
    }
    if (!s) {
        QString field = s.field();
        if (!m_messages.contains(field))
            field = QStringLiteral("form");
        m_storageErrors.insert(field, s.message());
        m_showAll = true;
        revalidate();
        if (QWidget *w = widgetForField(field); w && w->isEnabled())
            w->setFocus();
        return;
    }
    m_savedId = e.id;
    accept();
}

void EmployeeDialog::resolveConflict(const QString &message)
{
    const std::optional<Employee> current = EmployeeRepository(m_db).find(m_original->id);
    if (ConflictPrompt::ask(this, tr("Cannot save the employee"), message, current.has_value()) ==
        ConflictPrompt::KeepEdits) {
        // Stays refused: the copy keeps its old row version until reloaded.
        m_storageErrors.insert(QStringLiteral("form"), message);
        m_showAll = true;
        revalidate();
        return;
    }
    m_original = current;
    const QVector<PositionRecord> history = EmployeeRepository(m_db).history(current->id);
    m_lastHistoryDate = history.isEmpty() ? QDate() : history.last().validFrom;
    m_storageErrors.clear();
    m_touched.clear();
    m_showAll = false;
    load(*current);
    revalidate();
}

} // namespace kinerja::ui
