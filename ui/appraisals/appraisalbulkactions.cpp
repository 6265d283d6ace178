// AppraisalsPage: the bulk actions and opening the appraisal form.
#include "appraisals/appraisalspage.h"

#include "appraisals/appraisaldialog.h"
#include "appraisals/appraisaltablemodel.h"
#include "common/appraisaltext.h"
#include "common/bulkprogress.h"
#include "common/messagebox.h"
#include "exchange/exportdialog.h"
#include "exchange/printdialog.h"
#include "storage/appraisalbulk.h"
#include "storage/database.h"
#include "storage/periodrepository.h"
#include "storage/unitrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QTableView>

namespace kinerja::ui {

void AppraisalsPage::createForUnit()
{
    if (!m_db || !periodId())
        return;
    const auto period = PeriodRepository(*m_db).find(periodId());
    if (!period)
        return;
    qint64 unit = unitId();
    bool subunits = m_subunits->isChecked();
    if (unit == 0) { // every unit: the root with everything under it
        const QVector<Unit> units = UnitRepository(*m_db).all();
        if (units.isEmpty())
            return;
        unit = units.first().id;
        subunits = true;
    }
    const QString title = tr("Create appraisals");
    if (MessageBox::question(this, title,
                             tr("Create the %1 appraisals of every active employee of %2 who has "
                                "none yet?")
                                 .arg(period->code(), unitDescription()),
                             QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::Yes) != QMessageBox::Yes)
        return;
    const qint64 pid = periodId();
    Status status;
    const BulkReport report = BulkProgress::run(
        this, title, tr("Creating the appraisals of %1…").arg(period->code()),
        [this, pid, unit, subunits](const ProgressCallback &progress, BulkReport *out) {
            return AppraisalBulk(*m_db, m_db->userName())
                .createForUnit(pid, unit, subunits, out, progress);
        },
        &status);
    refresh();
    emit appraisalsChanged();
    BulkProgress::report(this, title,
                         report.done == 1 ? tr("1 appraisal created.")
                                          : tr("%1 appraisals created.").arg(report.done),
                         report, status);
}

void AppraisalsPage::copyForward()
{
    if (!m_db || !periodId())
        return;
    const PeriodRepository periods(*m_db);
    const auto to = periods.find(periodId());
    if (!to)
        return;
    // The source: the latest earlier period of the same kind (2026-Q3 takes 2026-Q2, or
    // 2025-Q4 when the office skipped quarters), or one of the few before it.
    QVector<PeriodInfo> earlier;
    const QVector<PeriodInfo> all = periods.all();
    for (auto it = all.crbegin(); it != all.crend() && earlier.size() < 4; ++it)
        if (it->period.kind() == to->period.kind() && it->period.end() < to->period.start())
            earlier << *it;
    const QString title = tr("Copy last period's SKP");
    if (earlier.isEmpty()) {
        MessageBox::information(this, title,
                                tr("There is no period of this kind before %1 to copy the SKP "
                                   "plans from.")
                                    .arg(to->code()));
        return;
    }
    QStringList choices;
    for (const PeriodInfo &p : std::as_const(earlier))
        choices << tr("From %1").arg(p.code());
    choices << tr("Cancel");
    const int chosen = MessageBox::choose(
        this, QMessageBox::Question, title,
        tr("Copy the SKP plans (RHK, indicators and targets, without realisasi) into the %1 "
           "appraisals of %2 that have no plan yet. From which period?")
            .arg(to->code(), unitDescription()),
        choices, 0);
    if (chosen < 0 || chosen >= earlier.size())
        return;
    const PeriodInfo *from = &earlier.at(chosen);
    const qint64 fromId = from->id;
    const qint64 toId = to->id;
    const qint64 unit = unitId();
    const bool subunits = m_subunits->isChecked();
    Status status;
    const BulkReport report = BulkProgress::run(
        this, title, tr("Copying the SKP plans of %1 into %2…").arg(from->code(), to->code()),
        [this, fromId, toId, unit, subunits](const ProgressCallback &progress, BulkReport *out) {
            return AppraisalBulk(*m_db, m_db->userName())
                .copyForward(fromId, toId, unit, subunits, out, progress);
        },
        &status);
    refresh();
    emit appraisalsChanged();
    BulkProgress::report(this, title,
                         report.done == 1 ? tr("1 SKP plan copied.")
                                          : tr("%1 SKP plans copied.").arg(report.done),
                         report, status);
}

void AppraisalsPage::finalizeSelected()
{
    if (!m_db || !periodId())
        return;
    QVector<qint64> ids = selectedIds();
    const QString title = tr("Finalize appraisals");
    QString question;
    if (ids.size() > 1) {
        question = tr("Finalize the %1 selected appraisals? Final appraisals are locked; only "
                      "rated, complete ones are finalized, the others are listed with the reason.")
                       .arg(ids.size());
    } else {
        // One or none selected: every rated appraisal listed.
        ids.clear();
        for (int r = 0; r < m_model->rowCount(); ++r) {
            if (m_model->row(r)->state == AppraisalState::Dinilai)
                ids << m_model->row(r)->id;
        }
        if (ids.isEmpty()) {
            MessageBox::information(this, title,
                                    tr("None of the appraisals listed is rated (Dinilai): "
                                       "nothing to finalize. Select appraisals to see why each "
                                       "cannot be finalized."));
            return;
        }
        question = tr("Finalize all %1 rated appraisals listed? Final appraisals are locked.")
                       .arg(ids.size());
    }
    if (!MessageBox::confirm(this, title, question, tr("Finalize")))
        return;
    Status status;
    const BulkReport report = BulkProgress::run(
        this, title, tr("Finalizing %1 appraisals…").arg(ids.size()),
        [this, ids](const ProgressCallback &progress, BulkReport *out) {
            return AppraisalBulk(*m_db, m_db->userName()).finalizeMany(ids, out, progress);
        },
        &status);
    refresh();
    emit appraisalsChanged();
    BulkProgress::report(this, title,
                         report.done == 1 ? tr("1 appraisal finalized.")
                                          : tr("%1 appraisals finalized.").arg(report.done),
                         report, status);
}

void AppraisalsPage::printAppraisals()
{
    if (!m_db)
        return;
    PrintDialog::Scope scope;
    scope.periodId = periodId();
    scope.unitId = unitId();
    scope.includeSubunits = m_subunits->isChecked();
    scope.description = tr("%1, %2").arg(unitDescription(), m_period->currentText());
    scope.selectedIds = selectedIds();
    for (int r = 0; r < m_model->rowCount(); ++r)
        scope.listedIds << m_model->row(r)->id;
    PrintDialog dialog(*m_db, scope, this);
    dialog.exec();
}

void AppraisalsPage::exportAppraisals()
{
    if (!m_db)
        return;
    ExportDialog::Scope scope;
    scope.periodId = periodId();
    scope.unitId = unitId();
    scope.includeSubunits = m_subunits->isChecked();
    scope.description = tr("%1, %2").arg(unitDescription(), m_period->currentText());
    if (const std::optional<PeriodInfo> p = PeriodRepository(*m_db).find(periodId()))
        scope.periodCode = p->code();
    ExportDialog dialog(*m_db, scope, this);
    dialog.exec();
}

void AppraisalsPage::openCurrent()
{
    openAppraisal(currentAppraisalId());
}

void AppraisalsPage::openAppraisal(qint64 id)
{
    if (!m_db || id == 0)
        return;
    auto *dialog = new AppraisalDialog(*m_db, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AppraisalDialog::changed, this, [this] {
        refresh();
        emit appraisalsChanged();
    });
    dialog->open();
}

} // namespace kinerja::ui
