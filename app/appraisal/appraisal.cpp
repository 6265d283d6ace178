#include "appraisal.h"

#include <QHash>

namespace kinerja {

namespace {
struct AppraisalTr {
    Q_DECLARE_TR_FUNCTIONS(kinerja::Appraisal)
};
} // namespace

QString appraisalStateName(AppraisalState state)
{
    switch (state) {
    case AppraisalState::Draft:
        return AppraisalTr::tr("Draft");
    case AppraisalState::Diajukan:
        return AppraisalTr::tr("Submitted (diajukan)");
    case AppraisalState::Dinilai:
        return AppraisalTr::tr("Rated (dinilai)");
    case AppraisalState::Final:
        break;
    }
    return AppraisalTr::tr("Final");
}

QString appraisalActionName(const QString &code)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("submit"), QT_TRANSLATE_NOOP("kinerja::Appraisal", "submitted")},
        {QStringLiteral("return"), QT_TRANSLATE_NOOP("kinerja::Appraisal", "returned")},
        {QStringLiteral("rate"), QT_TRANSLATE_NOOP("kinerja::Appraisal", "rated")},
        {QStringLiteral("finalize"), QT_TRANSLATE_NOOP("kinerja::Appraisal", "finalized")},
        {QStringLiteral("reopen"), QT_TRANSLATE_NOOP("kinerja::Appraisal", "reopened")},
        {QStringLiteral("objection"), QT_TRANSLATE_NOOP("kinerja::Appraisal", "keberatan filed")},
        {QStringLiteral("objection-explained"),
         QT_TRANSLATE_NOOP("kinerja::Appraisal", "keberatan explained")},
        {QStringLiteral("objection-decided"),
         QT_TRANSLATE_NOOP("kinerja::Appraisal", "keberatan decided")},
        {QStringLiteral("rollup"), QT_TRANSLATE_NOOP("kinerja::Appraisal", "rolled up")},
    };
    const auto it = names.constFind(code);
    return it == names.constEnd() ? code : AppraisalTr::tr(*it);
}

QString competencyCategoryName(CompetencyCategory category)
{
    switch (category) {
    case CompetencyCategory::None:
        return AppraisalTr::tr("Not set");
    case CompetencyCategory::Teknis:
        return AppraisalTr::tr("Technical (teknis)");
    case CompetencyCategory::Manajerial:
        return AppraisalTr::tr("Managerial (manajerial)");
    case CompetencyCategory::SosialKultural:
        break;
    }
    return AppraisalTr::tr("Socio-cultural (sosial kultural)");
}

QString rollupPolicyName(RollupPolicy policy)
{
    switch (policy) {
    case RollupPolicy::RatedAfresh:
        return AppraisalTr::tr("rated afresh");
    case RollupPolicy::MeanOfPeriods:
        return AppraisalTr::tr("mean of the sub-periods");
    case RollupPolicy::LastPeriod:
        break;
    }
    return AppraisalTr::tr("result of the last sub-period");
}

QString missingPeriodPolicyName(MissingPeriodPolicy policy)
{
    switch (policy) {
    case MissingPeriodPolicy::Skip:
        return AppraisalTr::tr("a missing sub-period is left out");
    case MissingPeriodPolicy::CountAsLowest:
        return AppraisalTr::tr("a missing sub-period counts as the lowest result");
    case MissingPeriodPolicy::Block:
        break;
    }
    return AppraisalTr::tr("no result while a sub-period is missing");
}

bool Appraisal::isStructural() const
{
    return employee.jabatanKind == JabatanKind::Jpt ||
           employee.jabatanKind == JabatanKind::Administrator ||
           employee.jabatanKind == JabatanKind::Pengawas;
}

} // namespace kinerja
