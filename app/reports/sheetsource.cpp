#include "sheetsource.h"

#include "storage/appraisalcontent.h"
#include "storage/appraisalquery.h"
#include "storage/appraisalrepository.h"
#include "storage/appraisalresults.h"
#include "storage/appraisalworkflow.h"
#include "storage/periodrepository.h"
#include "storage/schemerepository.h"
#include "storage/unitrepository.h"

namespace kinerja::reports {

Status SheetSource::load(qint64 appraisalId, const QVector<DocumentKind> &documents, SheetData *out)
{
    std::optional<Appraisal> appraisal = AppraisalRepository(m_db).find(appraisalId);
    if (!appraisal)
        return Status::error(tr("Appraisal %1 does not exist.").arg(appraisalId),
                             QStringLiteral("appraisal"));
    SheetData sheet;
    sheet.appraisal = std::move(*appraisal);
    // A rolled-up PermenPANRB result (the year from its quarters) stores no ratings: print
    // the ones its predikat comes from.
    if (sheet.appraisal.schemeKind == SchemeKind::PermenPan2022 &&
        sheet.appraisal.rollup.policy != RollupPolicy::RatedAfresh &&
        (!sheet.appraisal.ratingHasil || !sheet.appraisal.ratingPerilaku)) {
        const AppraisalResult result = AppraisalResults(m_db).explain(appraisalId);
        if (!sheet.appraisal.ratingHasil)
            sheet.appraisal.ratingHasil = result.hasil;
        if (!sheet.appraisal.ratingPerilaku)
            sheet.appraisal.ratingPerilaku = result.perilaku;
    }
    const Appraisal &a = sheet.appraisal;

    auto scheme = m_schemes.constFind(a.schemeVersionId);
    if (scheme == m_schemes.constEnd()) {
        SchemeDefinition definition;
        if (Status s = SchemeRepository(m_db).load(a.schemeVersionId, &definition); !s)
            return Status::error(tr("The scheme of the appraisal of %1 for %2 cannot be read: %3")
                                     .arg(a.employee.name, a.period.label(), s.message()),
                                 QStringLiteral("scheme"));
        scheme = m_schemes.insert(a.schemeVersionId, definition);
    }
    sheet.scheme = scheme.value();

    const QVector<DocumentKind> kinds =
        documents.isEmpty() ? documentsFor(a.schemeKind) : documents;
    const auto wants = [&](DocumentKind k) {
        return kinds.contains(k) && documentApplies(k, a.schemeKind);
    };
    AppraisalContent content(m_db);
    if (wants(DocumentKind::Skp) || wants(DocumentKind::Evaluasi)) {
        sheet.rhk = content.rhk(a.id);
        sheet.perilaku = content.perilaku(a.id);
    }
    if (wants(DocumentKind::NumericSkp) || wants(DocumentKind::PenilaianPrestasiKerja)) {
        if (a.schemeKind == SchemeKind::Pp46)
            sheet.kegiatan = content.kegiatan(a.id);
        sheet.aspects = content.aspectScores(a.id);
    }
    if (wants(DocumentKind::WeightedSheet))
        sheet.weighted = content.weightedRatings(a.id);

    if (wants(DocumentKind::Evaluasi) || wants(DocumentKind::DokumenEvaluasi)) {
        const PeriodRepository periods(m_db);
        if (const std::optional<OrganisationAchievement> org =
                periods.effectiveOrganisationAchievement(a.periodId, a.employee.unitId)) {
            sheet.capaianOrganisasi = org->predikat;
            sheet.capaianUnitName = unitName(org->unitId);
            if (wants(DocumentKind::Evaluasi)) {
                const QPair<qint64, qint64> key(a.periodId, org->unitId);
                auto d = m_distributions.constFind(key);
                if (d == m_distributions.constEnd())
                    d = m_distributions.insert(
                        key, AppraisalQuery(m_db).distribution(a.periodId, org->unitId, true));
                sheet.distribution = d.value();
            }
        }
        sheet.objection = AppraisalWorkflow(m_db, QString()).objection(a.id);
    }
    *out = std::move(sheet);
    return Status::ok();
}

QString SheetSource::unitName(qint64 unitId)
{
    auto it = m_unitNames.constFind(unitId);
    if (it == m_unitNames.constEnd()) {
        const std::optional<Unit> unit = UnitRepository(m_db).find(unitId);
        it = m_unitNames.insert(unitId, unit ? unit->name : QString());
    }
    return it.value();
}

} // namespace kinerja::reports
