// Rekapitulasi penilaian kinerja yang belum selesai: per unit, then who is pending.

#include "recapbuilder.h"

namespace kinerja::reports {

Document RecapBuilder::pending(const PendingRecapData &data)
{
    Document doc = begin(RecapKind::Pending, tr("RECAP OF PENDING PERFORMANCE APPRAISALS"));
    if (data.units.isEmpty()) {
        doc.blocks << sentence(tr("%1 has no active staff and no appraisals in %2.")
                                   .arg(m_heading.unitName, m_heading.period.officialLabel()),
                               false, true);
        finish(&doc);
        return doc;
    }

    doc.blocks << heading(tr("A. APPRAISALS BY WORK UNIT"));
    TableBlock t;
    t.fontPt = 7.5;
    t.widths = {7, 47, 16.5, 16.5, 16.5, 16.5, 16.5, 16.5, 16.5};
    t.header << Row{{head(tr("No")), head(tr("Work unit")), head(tr("Not created")),
                     head(tr("Draft")), head(tr("Submitted")), head(tr("Rated")), head(tr("Final")),
                     head(tr("Not final yet")), head(tr("Total"))},
                    false};
    UnitPendingCounts sum;
    int no = 0;
    for (const UnitPendingCounts &u : data.units) {
        t.rows << Row{{cell(QString::number(++no), Align::Right), cell(u.unitName),
                       number(u.notCreated), number(u.draft), number(u.diajukan), number(u.dinilai),
                       number(u.final), number(u.notCreated + u.pending()),
                       number(u.notCreated + u.total)},
                      false};
        sum.notCreated += u.notCreated;
        sum.draft += u.draft;
        sum.diajukan += u.diajukan;
        sum.dinilai += u.dinilai;
        sum.final += u.final;
        sum.total += u.total;
    }
    const auto bold = [](int n) { return cell(QString::number(n), Align::Right, true); };
    Cell label = cell(tr("TOTAL"), Align::Center, true);
    label.span = 2;
    label.shaded = true;
    t.rows << Row{{label, bold(sum.notCreated), bold(sum.draft), bold(sum.diajukan),
                   bold(sum.dinilai), bold(sum.final), bold(sum.notCreated + sum.pending()),
                   bold(sum.notCreated + sum.total)},
                  false};
    doc.blocks << t;
    doc.blocks << sentence(tr("Not created: active employees of the unit without an appraisal "
                              "for the period. Not final yet: not created, draft, submitted or "
                              "rated."),
                           true);

    if (m_options.listPendingStaff) {
        doc.blocks << heading(tr("B. EMPLOYEES WHOSE APPRAISAL IS NOT FINAL"));
        if (data.people.isEmpty()) {
            doc.blocks << sentence(tr("Every appraisal is final: nobody is pending."), false, true);
        } else {
            TableBlock list;
            list.fontPt = 8.0;
            list.widths = {7, 40, 35, 18};
            list.header << Row{
                {head(tr("No")), head(tr("Name / NIP")), head(tr("Position")), head(tr("Status"))},
                false};
            qint64 unit = -1;
            QString unitName;
            int n = 0;
            for (const PendingPerson &p : data.people) {
                if (p.unitId != unit || p.unitName != unitName) {
                    unit = p.unitId;
                    unitName = p.unitName;
                    Cell group = cell(p.unitName, Align::Left, true);
                    group.span = 4;
                    group.shaded = true;
                    list.rows << Row{{group}, true};
                    n = 0;
                }
                Cell state = p.state ? cell(stateName(*p.state), Align::Center)
                                     : cell(tr("Not created"), Align::Center, true);
                list.rows << Row{{cell(QString::number(++n), Align::Right),
                                  cell(nameAndNip(p.name, p.nip)), cell(p.jabatan), state},
                                 false};
            }
            doc.blocks << list;
        }
    }
    finish(&doc);
    return doc;
}

} // namespace kinerja::reports
