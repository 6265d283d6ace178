// Laporan kebutuhan pengembangan kompetensi: the employees whose result shows a need for
// development, with the recommendation, by unit and by recommended competency category.

#include "recapbuilder.h"

namespace kinerja::reports {

namespace {

const CompetencyCategory kCategories[] = {
    CompetencyCategory::Teknis, CompetencyCategory::Manajerial, CompetencyCategory::SosialKultural,
    CompetencyCategory::None};

} // namespace

Document RecapBuilder::training(const TrainingRecapData &data)
{
    Document doc = begin(RecapKind::TrainingNeeds, tr("COMPETENCY DEVELOPMENT NEEDS REPORT"));
    const QString criteria =
        tr("Employees rated Butuh Perbaikan, Kurang/Misconduct or Sangat Kurang "
           "(PermenPANRB 6/2022), or Kurang, Buruk or Sangat Kurang (numeric schemes).");
    if (data.rows.isEmpty()) {
        doc.blocks << sentence(tr("Nobody in %1 needs competency development according to the "
                                  "appraisals of %2.")
                                   .arg(m_heading.unitName, m_heading.period.officialLabel()),
                               false, true);
        doc.blocks << sentence(criteria, true);
        finish(&doc);
        return doc;
    }
    doc.blocks << sentence(
        criteria + QLatin1Char(' ') + tr("%1 employee(s) in all.").arg(data.rows.size()), true);

    const auto predikatCell = [this](const RecapAppraisal &r) {
        QString text = resultText(r);
        if (r.state != AppraisalState::Final)
            text += QStringLiteral("\n(") + stateName(r.state) + QLatin1Char(')');
        return cell(text, Align::Center, true);
    };
    const auto recommendation = [this](const RecapAppraisal &r) {
        return r.rekomendasi.trimmed().isEmpty()
                   ? marked(QStringLiteral("— (") + tr("no recommendation written") +
                            QLatin1Char(')'))
                   : cell(r.rekomendasi.trimmed());
    };

    // Part I: by unit.
    doc.blocks << heading(tr("I. BY WORK UNIT"), 10.5);
    for (int i = 0; i < data.rows.size();) {
        int end = i;
        while (end < data.rows.size() && data.rows.at(end).unitId == data.rows.at(i).unitId &&
               data.rows.at(end).unitName == data.rows.at(i).unitName)
            ++end;
        doc.blocks << heading(tr("%1 (%2 employee(s))").arg(data.rows.at(i).unitName).arg(end - i),
                              9.5);
        TableBlock t;
        t.fontPt = 7.5;
        t.widths = {7, 29, 19, 22, 32, 17};
        t.header << Row{{head(tr("No")), head(tr("Name / NIP")), head(tr("Position")),
                         head(tr("Predikat")), head(tr("Competency development recommendation")),
                         head(tr("Competency"))},
                        false};
        for (int k = i; k < end; ++k) {
            const RecapAppraisal &r = data.rows.at(k);
            t.rows << Row{{cell(QString::number(k - i + 1), Align::Right),
                           cell(nameAndNip(r.name, r.nip)), cell(r.jabatan), predikatCell(r),
                           recommendation(r),
                           r.competency == CompetencyCategory::None
                               ? marked(QStringLiteral("—"))
                               : cell(competencyName(r.competency), Align::Center)},
                          false};
        }
        doc.blocks << t;
        i = end;
    }

    // Part II: by recommended competency category.
    doc.blocks << heading(tr("II. BY RECOMMENDED COMPETENCY"), 10.5);
    TableBlock summary;
    summary.fontPt = 8.5;
    summary.widths = {50, 25};
    summary.header << Row{{head(tr("Competency")), head(tr("Number of employees"))}, false};
    for (const CompetencyCategory c : kCategories) {
        int n = 0;
        for (const RecapAppraisal &r : data.rows)
            n += r.competency == c ? 1 : 0;
        summary.rows << Row{{cell(competencyName(c)), number(n)}, false};
    }
    summary.rows << Row{{cell(tr("Total"), Align::Left, true),
                         cell(QString::number(data.rows.size()), Align::Right, true)},
                        false};
    doc.blocks << summary;
    for (const CompetencyCategory c : kCategories) {
        QVector<const RecapAppraisal *> rows;
        for (const RecapAppraisal &r : data.rows)
            if (r.competency == c)
                rows << &r;
        if (rows.isEmpty())
            continue;
        doc.blocks << heading(tr("%1 (%2 employee(s))").arg(competencyName(c)).arg(rows.size()),
                              9.5);
        TableBlock t;
        t.fontPt = 7.5;
        t.widths = {7, 29, 22, 22, 46};
        t.header << Row{{head(tr("No")), head(tr("Name / NIP")), head(tr("Work unit")),
                         head(tr("Predikat")), head(tr("Competency development recommendation"))},
                        false};
        int no = 0;
        for (const RecapAppraisal *r : std::as_const(rows))
            t.rows << Row{{cell(QString::number(++no), Align::Right),
                           cell(nameAndNip(r->name, r->nip)), cell(r->unitName), predikatCell(*r),
                           recommendation(*r)},
                          false};
        doc.blocks << t;
    }
    finish(&doc);
    return doc;
}

} // namespace kinerja::reports
