#pragma once

#include "appraisal/appraisal.h"
#include "domain/status.h"

#include <QCoreApplication>

#include <optional>

namespace kinerja {

class Database;

// The workflow Draft → Diajukan → Dinilai → Final, and the keberatan. Every step is
// logged with who (the user given to the constructor), when and, where given, why.
// Steps back: Diajukan → Draft and Dinilai → Diajukan (returned for correction); a
// Final appraisal is reopened to Dinilai only with a reason. A closed period refuses
// every step.
class AppraisalWorkflow {
    Q_DECLARE_TR_FUNCTIONS(kinerja::AppraisalWorkflow)
public:
    AppraisalWorkflow(Database &db, QString user) : m_db(db), m_user(std::move(user)) {}

    // Draft → Diajukan: the self-assessment is submitted. PermenPANRB needs at least one
    // RHK Utama and an indicator for every RHK; PP 46 at least one kegiatan.
    Status submit(qint64 id);
    Status returnToDraft(qint64 id, const QString &reason = {});
    // Diajukan → Dinilai: needs a complete result (the message lists what is missing,
    // e.g. the rating hasil kerja).
    Status markRated(qint64 id);
    Status returnToSubmitted(qint64 id, const QString &reason = {});
    // Dinilai → Final (locked): needs a complete result and no undecided keberatan.
    Status finalize(qint64 id);
    // Final → Dinilai; the reason is required and logged.
    Status reopen(qint64 id, const QString &reason);

    // Keberatan, while the appraisal is Dinilai (rated, not final): the employee's
    // objection, the pejabat penilai's explanation, the atasan's decision.
    std::optional<Objection> objection(qint64 id) const;
    Status fileObjection(qint64 id, const QString &text, const QDate &on);
    Status explainObjection(qint64 id, const QString &explanation, const QDate &on);
    Status decideObjection(qint64 id, ObjectionDecision decision, const QString &text,
                           const QDate &on);

    // finalize() for many, in one transaction, set-based (see AppraisalBulk::finalizeMany).
    Status finalizeMany(const QVector<qint64> &ids, BulkReport *report,
                        const ProgressCallback &progress);

private:
    Status transition(qint64 id, AppraisalState from, AppraisalState to, const QString &action,
                      const QString &reason, const QString &stamp);
    Status objectionStep(qint64 id, const QString &action, const QString &sql,
                         const QVariantList &values, bool needsFiled);

    Database &m_db;
    QString m_user;
};

} // namespace kinerja
