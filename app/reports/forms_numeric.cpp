#include "formbuilder.h"

#include "indonesian.h"

#include "scoring/pp30.h"
#include "scoring/pp46.h"
#include "scoring/weighted.h"

#include <cmath>

namespace kinerja::reports {

namespace {

Cell at(const QString &text, Align align = Align::Center, bool bold = false)
{
    Cell c;
    c.text = text;
    c.align = align;
    c.bold = bold;
    return c;
}

} // namespace

Document FormBuilder::numericSkp()
{
    Document doc =
        begin(documentName(DocumentKind::NumericSkp), {tr("CIVIL SERVANT WORK TARGET FORM")});
    doc.blocks << periodLine();

    TableBlock people = sideBySide(Role::Rater, Role::Employee);
    people.header.first().cells[1].text = QStringLiteral("I. ") + roleTitle(Role::Rater);
    people.header.first().cells[3].text = QStringLiteral("II. ") + tr("CIVIL SERVANT APPRAISED");
    doc.blocks << people;

    TableBlock t;
    t.fontPt = 8.0;
    t.widths = {5, 47, 12, 12, 12, 12};
    t.header << Row{
        {head(tr("NO")), head(tr("III. DUTIES OF THE POSITION")), head(tr("TARGET"), 4)}, false};
    t.header << Row{{head(QString()), head(QString()), head(tr("QUANTITY/OUTPUT")),
                     head(tr("QUALITY")), head(tr("TIME")), head(tr("COST"))},
                    false};
    int n = 0;
    for (const KegiatanEntry &e : m_sheet.kegiatan) {
        const Kegiatan &k = e.kegiatan;
        const QString kuantitas =
            number(k.targetKuantitas, 0) + QLatin1Char(' ') + e.satuanKuantitas;
        const QString waktu = number(k.targetWaktu, 0) + QLatin1Char(' ') + e.satuanWaktu;
        const QString biaya =
            k.targetBiaya && *k.targetBiaya > 0 ? number(*k.targetBiaya, 0) : QStringLiteral("-");
        t.rows << Row{{at(QString::number(++n)), value(k.name, Align::Left),
                       at(kuantitas.trimmed()), at(number(k.targetKualitas, 0)),
                       at(waktu.trimmed()), at(biaya)},
                      false};
    }
    if (m_sheet.kegiatan.isEmpty()) {
        Cell c;
        c.text = none();
        c.italic = true;
        c.span = 6;
        t.rows << Row{{c}, false};
        warn(tr("DUTIES OF THE POSITION"), tr("The SKP has no kegiatan."));
    }
    doc.blocks << SpacerBlock{2.0} << t;

    SignatureBlock s;
    SignatureColumn rater = signature(Role::Rater, DateUse::Plan);
    rater.dateLine.clear();
    s.columns << rater << signature(Role::Employee, DateUse::Plan);
    doc.blocks << s;
    return doc;
}

Document FormBuilder::penilaianPrestasiKerja()
{
    const bool pp46 = m_a.schemeKind == SchemeKind::Pp46;
    Document doc = begin(documentName(DocumentKind::PenilaianPrestasiKerja),
                         {tr("CIVIL SERVANT WORK PERFORMANCE APPRAISAL"),
                          SchemeDefinition::ruleSource(m_a.schemeKind)});
    doc.blocks << periodLine();

    TableBlock people;
    people.widths = {6, 34, 60};
    people.fontPt = 8.5;
    stackedPeople(&people, {Role::Employee, Role::Rater, Role::Atasan});
    doc.blocks << people;

    const bool structural = m_a.isStructural();
    std::optional<double> capaian;
    if (pp46) {
        // Penilaian capaian SKP: each kegiatan's aspects as the scoring computes them.
        TableBlock t;
        t.fontPt = 7.0;
        t.condensed = true;
        t.widths = {4, 17, 9, 7, 7, 6, 7, 7, 7, 6, 12, 11};
        t.header << Row{{head(tr("NO")), head(tr("DUTIES OF THE POSITION")), head(tr("TARGET"), 4),
                         head(tr("REALISATION"), 4), head(tr("CALCULATION")),
                         head(tr("SKP ACHIEVEMENT SCORE"))},
                        false};
        QVector<Cell> sub{head(QString()), head(QString())};
        for (int i = 0; i < 2; ++i)
            sub << head(tr("QUANT.")) << head(tr("QUAL.")) << head(tr("TIME")) << head(tr("COST"));
        sub << head(QString()) << head(QString());
        t.header << Row{sub, false};
        int n = 0;
        for (const KegiatanEntry &e : m_sheet.kegiatan) {
            const Kegiatan &k = e.kegiatan;
            const auto real = [this](const std::optional<double> &v) {
                return v ? number(*v, std::fmod(*v, 1.0) == 0 ? 0 : 2) : QString();
            };
            const bool cost = k.targetBiaya && *k.targetBiaya > 0;
            const ScoreResult r = Pp46::kegiatan(k, Explain::No);
            QString perhitungan;
            if (r.value)
                perhitungan = number(*r.value * (cost ? 4 : 3));
            QVector<Cell> cells{
                at(QString::number(++n)),
                value(k.name, Align::Left),
                at(number(k.targetKuantitas, 0) + QLatin1Char(' ') + e.satuanKuantitas),
                at(number(k.targetKualitas, 0)),
                at(number(k.targetWaktu, 0) + QLatin1Char(' ') + e.satuanWaktu),
                at(cost ? number(*k.targetBiaya, 0) : QStringLiteral("-")),
                value(real(k.realKuantitas), Align::Center),
                value(real(k.realKualitas), Align::Center),
                value(real(k.realWaktu), Align::Center),
                at(cost ? real(k.realBiaya) : QStringLiteral("-")),
                value(perhitungan, Align::Right),
                value(r.value ? number(*r.value) : QString(), Align::Right)};
            t.rows << Row{cells, false};
        }
        if (m_sheet.kegiatan.isEmpty()) {
            Cell c;
            c.text = none();
            c.italic = true;
            c.span = 12;
            t.rows << Row{{c}, false};
            warn(tr("DUTIES OF THE POSITION"), tr("The SKP has no kegiatan."));
        }
        const ScoreResult skp = Pp46::capaianSkp(
            [this] {
                QVector<Kegiatan> list;
                for (const KegiatanEntry &e : m_sheet.kegiatan)
                    list << e.kegiatan;
                return list;
            }(),
            m_a.tugasTambahan, m_a.kreativitas, Explain::No);
        capaian = skp.value;
        const auto extra = [&](const QString &what, double points) {
            Cell l = label(what, 11);
            t.rows << Row{{l, at(number(points), Align::Right)}, false};
        };
        extra(tr("Additional duties (points)"), m_a.tugasTambahan);
        extra(tr("Creativity (points)"), m_a.kreativitas);
        Cell l = label(tr("SKP ACHIEVEMENT SCORE"), 11, true);
        l.align = Align::Right;
        Cell v = value(capaian ? number(*capaian) : QString(), Align::Right);
        v.bold = !v.italic;
        t.rows << Row{{l, v}, false};
        if (!capaian)
            warn(tr("SKP ACHIEVEMENT SCORE"),
                 tr("The SKP achievement cannot be computed yet: %1")
                     .arg(skp.explanation.missing().join(QStringLiteral("; "))));
        TextBlock h;
        h.font = FontSpec{9.0, true, false};
        h.keepWithNext = true;
        h.spaceBefore = 2.0;
        h.text = tr("SKP ACHIEVEMENT");
        doc.blocks << h << t;
    } else {
        capaian = m_a.capaianSkp;
        if (!capaian)
            warn(tr("SKP ACHIEVEMENT SCORE"), tr("The capaian SKP is not given yet."));
    }

    // Unsur yang dinilai: SKP × weight, perilaku aspects, their mean × weight.
    const int skpPercent = pp46 ? 60 : Pp30::skpWeightPercent(m_sheet.scheme.pp30Weighting);
    TableBlock u;
    u.fontPt = 8.0;
    u.widths = {5, 45, 16, 16, 18};
    u.header << Row{{head(tr("NO")), head(tr("ELEMENTS APPRAISED")), head(tr("SCORE")),
                     head(tr("WEIGHT")), head(tr("RESULT"))},
                    false};
    u.rows << Row{
        {at(QStringLiteral("a")), label(tr("Work target (SKP)")),
         value(capaian ? number(*capaian) : QString(), Align::Right),
         at(QStringLiteral("%1%").arg(skpPercent)),
         value(capaian ? number(*capaian * skpPercent / 100.0) : QString(), Align::Right)},
        false};
    QVector<QPair<QString, std::optional<double>>> aspects;
    if (pp46) {
        for (const Pp46Aspect a : Pp46::aspects(structural)) {
            const int key = static_cast<int>(a);
            aspects.append({Pp46::aspectName(a), m_sheet.aspects.contains(key)
                                                     ? std::optional<double>(m_sheet.aspects[key])
                                                     : std::nullopt});
        }
    } else {
        for (const Pp30Aspect a : Pp30::aspects(structural)) {
            const int key = static_cast<int>(a);
            aspects.append({Pp30::aspectName(a), m_sheet.aspects.contains(key)
                                                     ? std::optional<double>(m_sheet.aspects[key])
                                                     : std::nullopt});
        }
    }
    u.rows << Row{{at(QStringLiteral("b")), label(tr("Work behaviour"), 4, true)}, true};
    double sum = 0;
    int scored = 0;
    for (int i = 0; i < aspects.size(); ++i) {
        const auto &[name, score] = aspects.at(i);
        QString band;
        if (score) {
            sum += *score;
            ++scored;
            const ScoreBand *b = findBand(m_sheet.scheme.effectiveBands(), *score);
            band = b ? b->name : QString();
        } else {
            warn(tr("Work behaviour"), tr("The aspect %1 has no score.").arg(name));
        }
        u.rows << Row{{at(QString()), label(QString::number(i + 1) + QStringLiteral(". ") + name),
                       value(score ? number(*score) : QString(), Align::Right), at(band),
                       at(QString())},
                      false};
    }
    // A plain flag, not std::optional: GCC 12 at -O2 warns (falsely) that it may be unset.
    const bool complete = scored == aspects.size() && scored > 0;
    const double mean = complete ? sum / scored : 0;
    u.rows << Row{{at(QString()), label(tr("Total")),
                   value(scored ? number(sum) : QString(), Align::Right), at(QString()),
                   at(QString())},
                  false};
    u.rows << Row{
        {at(QString()), label(tr("Average")),
         value(complete ? number(mean) : QString(), Align::Right),
         at(QStringLiteral("%1%").arg(100 - skpPercent)),
         value(complete ? number(mean * (100 - skpPercent) / 100.0) : QString(), Align::Right)},
        false};
    Cell total = label(tr("WORK PERFORMANCE SCORE"), 2, true);
    Cell score = value(m_a.score ? number(*m_a.score) : QString(), Align::Right);
    score.bold = !score.italic;
    Cell predikat = value(m_a.predikat.isEmpty() ? QString() : m_a.predikat.toUpper());
    predikat.bold = !predikat.italic;
    predikat.span = 2;
    predikat.align = Align::Center;
    u.rows << Row{{total, score, predikat}, false};
    if (!pp46) {
        u.rows << Row{{label(tr("New idea or way of working"), 2),
                       at(m_a.newIdea ? tr("Yes") : tr("No"), Align::Center),
                       at(QString(), Align::Center, false)},
                      false};
        u.rows.last().cells.last().span = 2;
    }
    if (!m_a.score || m_a.predikat.isEmpty())
        warn(tr("WORK PERFORMANCE SCORE"),
             tr("The appraisal has no result yet (incomplete); left blank."));
    TextBlock h;
    h.font = FontSpec{9.0, true, false};
    h.keepWithNext = true;
    h.spaceBefore = 2.0;
    h.text = tr("ELEMENTS APPRAISED");
    doc.blocks << h << u;

    // The employee receives the sheet, the rater signs it, the atasan acknowledges it.
    SignatureBlock s;
    SignatureColumn employee = signature(Role::Employee, DateUse::Evaluation);
    employee.dateLine.clear();
    SignatureColumn atasan = signature(Role::Atasan, DateUse::Evaluation);
    atasan.dateLine.clear();
    s.columns << employee << signature(Role::Rater, DateUse::Evaluation) << atasan;
    doc.blocks << s;
    return doc;
}

Document FormBuilder::weightedSheet()
{
    const WeightedTemplate &tpl = m_sheet.scheme.weighted;
    Document doc = begin(documentName(DocumentKind::WeightedSheet),
                         {tr("WEIGHTED INDICATOR APPRAISAL"), m_sheet.scheme.name});
    doc.blocks << periodLine();
    doc.blocks << sideBySide(Role::Employee, Role::Rater);

    WeightedRatings ratings;
    for (const WeightedEntry &e : m_sheet.weighted) {
        IndicatorRatings &r = ratings[e.indicatorId];
        switch (e.source) {
        case RaterSource::Self:
            r.self = e.value;
            break;
        case RaterSource::Supervisor:
            r.supervisor = e.value;
            break;
        case RaterSource::Peers:
            r.peers << e.value;
            break;
        case RaterSource::Public:
            r.publicScore = e.value;
            break;
        }
    }

    TableBlock t;
    t.fontPt = 7.0;
    t.condensed = true;
    t.widths = {4, 28, 8, 11, 10, 10, 9, 9, 11};
    t.header << Row{{head(tr("NO")), head(tr("INDICATOR")), head(tr("WEIGHT")), head(tr("SCALE")),
                     head(tr("RATINGS BY SOURCE"), 4), head(tr("SCORE (0–100)"))},
                    false};
    QVector<Cell> sub{head(QString()), head(QString()), head(QString()), head(QString())};
    for (const RaterSource s : WeightedScoring::allSources())
        sub << head(WeightedScoring::sourceName(s));
    sub << head(QString());
    t.header << Row{sub, false};
    int n = 0;
    for (const WeightedIndicator &ind : tpl.indicators) {
        const IndicatorRatings r = ratings.value(ind.id);
        QVector<Cell> cells{at(QString::number(++n)), label(ind.name),
                            at(WeightedScoring::formatBasisPoints(ind.weightBp, m_locale)),
                            at(WeightedScoring::scaleName(ind.scale))};
        for (const RaterSource s : WeightedScoring::allSources()) {
            if (!ind.sourceWeightsBp.contains(s)) {
                cells << at(QStringLiteral("·"));
                continue;
            }
            QString text;
            switch (s) {
            case RaterSource::Self:
                text = r.self ? number(*r.self, 2) : QString();
                break;
            case RaterSource::Supervisor:
                text = r.supervisor ? number(*r.supervisor, 2) : QString();
                break;
            case RaterSource::Peers: {
                QStringList values;
                for (const double v : r.peers)
                    values << number(v, 2);
                text = values.join(QStringLiteral("; "));
                break;
            }
            case RaterSource::Public:
                text = r.publicScore ? number(*r.publicScore, 2) : QString();
                break;
            }
            cells << (text.isEmpty() ? at(QStringLiteral("—")) : at(text));
        }
        // The indicator alone under the same rules: its score on 0–100.
        WeightedTemplate single = tpl;
        WeightedIndicator whole = ind;
        whole.weightBp = WeightedScoring::FullWeight;
        single.indicators = {whole};
        WeightedRatings own;
        if (ratings.contains(ind.id))
            own.insert(ind.id, r);
        const Result<BandedScore> s = WeightedScoring::evaluate(single, own, Explain::No);
        cells << (s.value ? at(number(s.value->value), Align::Right) : at(QStringLiteral("—")));
        t.rows << Row{cells, false};
    }
    Cell l = label(tr("WEIGHTED SCORE"), 8, true);
    l.align = Align::Right;
    Cell v = value(m_a.score ? number(*m_a.score) : QString(), Align::Right);
    v.bold = !v.italic;
    t.rows << Row{{l, v}, false};
    Cell pl = label(tr("PREDICATE"), 8, true);
    pl.align = Align::Right;
    Cell pv = value(m_a.predikat.toUpper(), Align::Center);
    pv.bold = !pv.italic;
    t.rows << Row{{pl, pv}, false};
    if (!m_a.score || m_a.predikat.isEmpty())
        warn(tr("WEIGHTED SCORE"), tr("The appraisal has no result yet (incomplete); left blank."));
    doc.blocks << SpacerBlock{2.0} << t;

    TextBlock note;
    note.font = FontSpec{7.0, false, false};
    note.text = tpl.missingPolicy == MissingPolicy::Reweight
                    ? tr("Parts without a rating are left out and the weights of the others "
                         "renormalised.")
                    : tr("Parts without a rating count as a score of 0.");
    doc.blocks << note;

    SignatureBlock s;
    SignatureColumn employee = signature(Role::Employee, DateUse::Evaluation);
    employee.dateLine.clear();
    s.columns << employee << signature(Role::Rater, DateUse::Evaluation);
    doc.blocks << s;
    return doc;
}

} // namespace kinerja::reports
