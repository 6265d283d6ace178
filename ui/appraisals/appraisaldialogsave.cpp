// AppraisalDialog: saving the tabs and the workflow steps.
#include "appraisals/appraisaldialog.h"

#include "appraisals/feedbackeditor.h"
#include "appraisals/hasilkerjaeditor.h"
#include "appraisals/numericeditor.h"
#include "appraisals/perilakueditor.h"
#include "appraisals/weightededitor.h"
#include "common/appraisaltext.h"
#include "common/conflictprompt.h"
#include "common/messagebox.h"
#include "common/reasonprompt.h"
#include "storage/appraisalcontent.h"
#include "storage/appraisalrepository.h"
#include "storage/appraisalworkflow.h"
#include "storage/database.h"
#include "storage/rowversion.h"
#include "storage/transaction.h"

#include <QTabWidget>

namespace kinerja::ui {

Status AppraisalDialog::saveContent()
{
    AppraisalContent content(m_db);
    AppraisalRepository repo(m_db);
    Status s;
    if (m_hasil) {
        if (!(s = content.setRhk(m_id, m_hasil->plan())))
            return s;
        if (!(s = content.setPerilaku(m_id, m_perilaku->entries())))
            return s;
        if (!(s = repo.setRatings(m_id, m_feedback->ratingHasil(), m_feedback->ratingPerilaku())))
            return s;
        if (!(s = repo.setSelfRatings(m_id, m_feedback->selfHasil(), m_feedback->selfPerilaku())))
            return s;
    }
    if (m_numeric) {
        if (m_appraisal.schemeKind == SchemeKind::Pp46) {
            if (!(s = content.setKegiatan(m_id, m_numeric->kegiatan())))
                return s;
            if (!(s = repo.setPp46Extras(m_id, m_numeric->tugasTambahan(),
                                         m_numeric->kreativitas())))
                return s;
        } else if (!(s = repo.setPp30(m_id, m_numeric->capaianSkp(), m_numeric->newIdea()))) {
            return s;
        }
        if (!(s = content.setAspectScores(m_id, m_numeric->aspects())))
            return s;
    }
    if (m_weighted) {
        for (const WeightedEntry &e : m_weighted->cleared()) {
            if (!(s = content.removeWeightedRating(m_id, e.indicatorId, e.source, e.raterId)))
                return s;
        }
        for (const WeightedEntry &e : m_weighted->entries()) {
            if (!(s = content.setWeightedRating(m_id, e)))
                return s;
        }
    }
    return repo.setRekomendasi(m_id, m_feedback->rekomendasi(), m_feedback->competency());
}

bool AppraisalDialog::save()
{
    if (!m_dirty)
        return true;
    if (m_readOnly)
        return false;
    QString invalid;
    QWidget *at = nullptr;
    if (m_hasil) {
        invalid = m_hasil->validate();
        at = m_hasil;
    } else if (m_numeric) {
        invalid = m_numeric->validate();
        at = m_numeric;
    } else if (m_weighted) {
        invalid = m_weighted->validate();
        at = m_weighted;
    }
    if (!invalid.isEmpty()) {
        m_tabs->setCurrentWidget(at);
        MessageBox::warning(
            this, tr("Cannot save the appraisal"),
            tr("%1\n\nCorrect the field marked in red; nothing was saved.").arg(invalid));
        return false;
    }
    // All tabs or nothing: each part is saved in a savepoint of this transaction. The
    // claim comes first, so a copy someone else saved since it was loaded writes nothing.
    Transaction tx(m_db);
    Status s = RowVersion::claim(m_db, RowVersion::Record::Appraisal, m_id, m_appraisal.rowVersion);
    if (s)
        s = saveContent();
    const int saved = RowVersion::current(m_db, RowVersion::Record::Appraisal, m_id);
    if (s && !tx.commit())
        s = Status::error(tx.lastError());
    if (!s) {
        tx.rollback();
        s = m_db.explainFailure(s);
    }
    if (RowVersion::isConflict(s)) {
        tx.rollback();
        resolveConflict(s.message());
        return false;
    }
    if (!s) {
        tx.rollback();
        MessageBox::warning(
            this, tr("Cannot save the appraisal"),
            tr("The appraisal was not saved; nothing was changed:\n%1").arg(s.message()));
        return false;
    }
    m_appraisal.rowVersion = saved;
    setDirty(false);
    loadResult(); // the stored result was recomputed with what was saved
    emit changed();
    return true;
}

void AppraisalDialog::resolveConflict(const QString &message)
{
    const bool exists = AppraisalRepository(m_db).find(m_id).has_value();
    if (ConflictPrompt::ask(this, tr("Cannot save the appraisal"), message, exists) ==
        ConflictPrompt::Reload) {
        load();
        emit changed();
    }
    // Kept: still dirty, and refused again until reloaded (the row version is the old one).
}

void AppraisalDialog::runStep(const QString &title, const std::function<Status()> &step,
                              bool saveFirst)
{
    if (saveFirst && m_dirty && !save())
        return;
    const Status s = step();
    load();
    emit changed();
    if (!s)
        MessageBox::warning(this, title, s.message());
}

void AppraisalDialog::objectionStep(const QString &title, const std::function<Status()> &step)
{
    const Status s = step();
    load();
    emit changed();
    if (!s)
        MessageBox::warning(this, title, s.message());
}

void AppraisalDialog::submit()
{
    runStep(
        tr("Cannot submit"),
        [this] { return AppraisalWorkflow(m_db, m_db.userName()).submit(m_id); }, true);
}

void AppraisalDialog::rate()
{
    runStep(
        tr("Cannot mark as rated"),
        [this] { return AppraisalWorkflow(m_db, m_db.userName()).markRated(m_id); },
        true);
}

void AppraisalDialog::finalize()
{
    if (m_dirty && !save())
        return;
    if (!MessageBox::confirm(this, tr("Finalize appraisal"),
                             tr("Finalize the appraisal of %1 for %2? A final appraisal is "
                                "locked; changing it later needs a recorded reason.")
                                 .arg(m_appraisal.employee.name, m_appraisal.period.toString()),
                             tr("Finalize")))
        return;
    runStep(
        tr("Cannot finalize"),
        [this] { return AppraisalWorkflow(m_db, m_db.userName()).finalize(m_id); },
        false);
}

void AppraisalDialog::reopen()
{
    QString reason;
    if (!ReasonPrompt::ask(this, tr("Reopen appraisal"),
                           tr("Why is the final appraisal of %1 reopened? (recorded with your "
                              "name and the time)")
                               .arg(m_appraisal.employee.name),
                           &reason))
        return;
    runStep(
        tr("Cannot reopen"),
        [this, reason] {
            return AppraisalWorkflow(m_db, m_db.userName()).reopen(m_id, reason);
        },
        false);
}

} // namespace kinerja::ui
